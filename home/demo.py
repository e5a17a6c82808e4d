"""The demo's public pages: the home page and one page per programme, in French,
Dutch and English (the ``home`` step of ``seed_demo``: :mod:`workflow.demo`).
Idempotent: a second run publishes nothing new."""

from __future__ import annotations

from html import escape

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from config.languages import PARTICIPANT, codes
from home.demo_texts import PARTICIPANT_HOME_TEXT
from home.demo_translations import programme_page_texts, wording
from home.models import HomePage, ProgrammePage
from home.services import cpas_page_group_sync
from intake.demo.localize import demo_locale, page_translate
from intake.demo.seed import Demo, demo_text
from intake.models import Programme

HOME_TEXT = {
    "fr": (
        "Activation sociale des primo-arrivants",
        "<p>Cinq CPAS accompagnent des personnes arrivées depuis peu en Belgique. "
        "Elles apprennent à connaître la société, rencontrent d'autres personnes et "
        "préparent leur avenir. Voici les programmes.</p>",
    ),
    "nl": (
        "Sociale activering van nieuwkomers",
        "<p>Vijf OCMW's begeleiden mensen die nog niet lang in België wonen. Ze leren "
        "de samenleving kennen, ontmoeten andere mensen en werken aan hun toekomst. "
        "Dit zijn de programma's.</p>",
    ),
    "en": (
        "Social activation of newcomers",
        "<p>Five public social welfare centres support people who came to Belgium "
        "recently. They get to know society, meet other people and prepare their "
        "future. These are the programmes.</p>",
    ),
}
#: The languages the demo's texts are written in.
LANGUAGES = tuple(HOME_TEXT)


def seed_public_pages(demo: Demo) -> None:
    """The home pages, each programme's page, and who may edit them."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    home = _home_pages(locales)
    for item in demo.programmes:
        programme = item.programme
        demo.programme_pages[programme.pk] = _programme_pages(
            home, programme, item.entry["programme"], locales
        )
        cpas_page_group_sync(cpas=programme.cpas)
    _participant_pages(home["fr"], demo)


def _participant_pages(home: HomePage, demo: Demo) -> None:
    """The home page and each programme's page in the participants' languages,
    translated through wagtail-localize (so the forms below them can be too);
    a programme's page becomes a short easy-to-read one
    (:mod:`home.demo_translations`)."""
    with translation.override("fr"):
        note = _("a draft for the demo, to be reviewed by a native speaker")
    for code in codes(PARTICIPANT):
        locale = demo_locale(code)
        title, intro = PARTICIPANT_HOME_TEXT[code]
        source_title, source_intro = HOME_TEXT["fr"]
        texts = {source_title: title, strip_tags(source_intro): intro}
        page_translate(home, locale, texts, review_note=note)
        programme_note = "" if wording(code).REVIEWED else note
        for pages in demo.programme_pages.values():
            page = pages["fr"]
            texts = programme_page_texts(page, code)
            page_translate(page, locale, texts, review_note=programme_note)


def _home_pages(locales: dict[str, Locale]) -> dict[str, HomePage]:
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["fr"])
    )
    # Wagtail's "Welcome to your new Wagtail site!" placeholder takes the slug
    # "home"; it goes (with its Site, which a new one replaces).
    for placeholder in root.get_children().filter(
        content_type__model="page", content_type__app_label="wagtailcore"
    ):
        if not placeholder.get_children().exists():
            placeholder.delete()
    home = HomePage.objects.filter(locale=locales["fr"]).first()
    if home is None:
        title, intro = HOME_TEXT["fr"]
        home = root.add_child(
            instance=HomePage(
                title=title, slug="home", intro=intro, locale=locales["fr"]
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "root_page": home,
            "site_name": "Activation sociale",
        },
    )
    _publish(home, title=HOME_TEXT["fr"][0], intro=HOME_TEXT["fr"][1])
    pages = {"fr": home}
    for code in ("nl", "en"):
        pages[code] = _translation(home, locales[code], HOME_TEXT[code], "intro")
    return pages


def _translation(page: Page, locale: Locale, text: tuple[str, str], field: str) -> Page:
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale)
    translated = translated.specific
    _publish(translated, title=text[0], **{field: text[1]})
    return translated


def _publish(page: Page, **fields) -> None:
    changed = any(getattr(page, name) != value for name, value in fields.items())
    for name, value in fields.items():
        setattr(page, name, value)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()


def _programme_pages(
    home: dict[str, HomePage], programme: Programme, data: dict, locales
) -> dict[str, ProgrammePage]:
    def fields(language: str) -> dict:
        body = "".join(
            f"<p>{escape(paragraph)}</p>"
            for paragraph in data["public_description"][language]
        )
        return {
            "title": data["name"],
            "summary": demo_text(data["summary"], language),
            "target_group": demo_text(data["target_group"], language),
            "body": body,
            # The demo's contact: the CPAS and its city, a demo address to write
            # to (no real phone number is invented).
            "contact_address": f"{programme.cpas.name}\n{programme.cpas.city}",
            "contact_email": f"{programme.slug}@{programme.cpas.slug}.demo",
        }

    pages: dict[str, ProgrammePage] = {}
    page = ProgrammePage.objects.filter(
        programme=programme, locale=locales["fr"]
    ).first()
    if page is None:
        page = home["fr"].add_child(
            instance=ProgrammePage(
                slug=data["slug"],
                programme=programme,
                locale=locales["fr"],
                **fields("fr"),
            )
        )
    _publish(page, **fields("fr"))
    pages["fr"] = page
    for code in ("nl", "en"):
        translated = page.get_translation_or_none(locales[code])
        if translated is None:
            translated = page.copy_for_translation(locales[code])
        pages[code] = translated.specific
        _publish(pages[code], **fields(code))
    return pages
