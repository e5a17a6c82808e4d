"""Demo data for the five programmes: idempotent, so seeding twice changes nothing.

Organisations and programmes come from :mod:`intake.demo.programmes` (the guide's
facts); the public pages are written in French, Dutch and English; one demo account
per role per CPAS lets a newcomer try every screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from home.models import HomePage, ProgrammePage
from intake.demo.programmes import PROGRAMMES
from intake.models import Antenna, Cpas, Membership, Programme, ProgrammePhase
from intake.roles import Role
from intake.services import cpas_page_group_sync, team_member_save
from surveys.demo import seed_programme_forms

DEMO_PASSWORD = "demo-activation-2026"
SUPERUSER_USERNAME = "admin"

ROLE_ACCOUNT = {
    Role.SOCIAL_WORKER: ("social-worker", "Sara", "Antenne"),
    Role.COACH: ("coach", "Chris", "Coach"),
    Role.PROGRAMME_MANAGER: ("manager", "Mira", "Manager"),
    Role.CPAS_ADMIN: ("admin", "Alex", "Admin"),
}

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


@dataclass(frozen=True)
class DemoAccount:
    cpas: str
    role: str
    username: str
    password: str


def demo_email(cpas_slug: str, role: Role) -> str:
    return f"{ROLE_ACCOUNT[role][0]}@{cpas_slug}.demo"


@transaction.atomic
def seed_demo(*, with_accounts: bool) -> list[DemoAccount]:
    """Create or update the demo organisations, pages and (optionally) accounts."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    home = _home_pages(locales)
    accounts: list[DemoAccount] = []
    for entry in PROGRAMMES:
        cpas = _cpas(entry["cpas"])
        antennas = [_antenna(cpas, data) for data in entry["antennas"]]
        programme = _programme(cpas, entry["programme"])
        pages = _programme_pages(home, programme, entry["programme"], locales)
        # The forms are written in the CPAS's language, under that language's page.
        seed_programme_forms(pages[cpas.default_language])
        cpas_page_group_sync(cpas=cpas)
        if with_accounts:
            accounts += _accounts(cpas, antennas[0], programme)
    if with_accounts:
        accounts.append(_superuser())
    return accounts


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


def _cpas(data: dict) -> Cpas:
    cpas, _created = Cpas.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "name": data["name"][data["default_language"]],
            "city": data["city"],
            "default_language": data["default_language"],
        },
    )
    return cpas


def _antenna(cpas: Cpas, data: dict) -> Antenna:
    antenna, _created = Antenna.objects.update_or_create(
        cpas=cpas,
        slug=data["slug"],
        defaults={"name": data["name"], "municipality": data["municipality"]},
    )
    return antenna


def _text(value, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value[language]
    if isinstance(value, list):
        return "\n".join(value)
    return value


def _rules(rules: list[dict], language: str) -> list[tuple[str, dict]]:
    blocks = []
    for rule in rules:
        value = {key: v for key, v in rule.items() if key != "type"}
        value["note"] = _text(value.get("note"), language)
        if "area" in value:
            value["area"] = _text(value["area"], language)
        blocks.append((rule["type"], value))
    return blocks


def _programme(cpas: Cpas, data: dict) -> Programme:
    language = cpas.default_language
    programme, _created = Programme.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "cpas": cpas,
            "name": data["name"],
            "working_languages": data["working_languages"],
            "summary": _text(data["summary"], language),
            "target_group": _text(data["target_group"], language),
            "eligibility_rules": _rules(data["eligibility_rules"], language),
            "individual_sessions": _text(data["individual_sessions"], language),
            "group_sessions": _text(data["group_sessions"], language),
            "group_size_min": data["group_size_min"],
            "group_size_max": data["group_size_max"],
            "typical_duration_months": data["typical_duration_months"],
            "team": _text(data["team"], language),
            "funding_note": _text(data["funding_note"], language),
        },
    )
    for order, phase in enumerate(data["phases"]):
        ProgrammePhase.objects.update_or_create(
            programme=programme,
            kind=phase["kind"],
            defaults={
                "sort_order": order,
                "objectives": _text(phase["objectives"], language),
                "activities": _text(phase["activities"], language),
                "rhythm": _text(phase["rhythm"], language),
            },
        )
    return programme


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
            "summary": _text(data["summary"], language),
            "target_group": _text(data["target_group"], language),
            "body": body,
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


def _accounts(cpas: Cpas, antenna: Antenna, programme: Programme) -> list[DemoAccount]:
    accounts = []
    for role, (_prefix, first_name, last_name) in ROLE_ACCOUNT.items():
        email = demo_email(cpas.slug, role)
        membership = Membership.objects.filter(user__username=email).first()
        team_member_save(
            membership=membership,
            cpas=cpas,
            email=email,
            first_name=first_name,
            last_name=f"{last_name} ({cpas.city})",
            role=role,
            antenna=antenna if role == Role.SOCIAL_WORKER else None,
            programmes=[programme]
            if role in (Role.COACH, Role.PROGRAMME_MANAGER)
            else [],
            # Hashing is slow: a second run leaves existing passwords alone.
            password=None if membership else DEMO_PASSWORD,
        )
        accounts.append(DemoAccount(cpas.name, str(role.label), email, DEMO_PASSWORD))
    return accounts


def _superuser() -> DemoAccount:
    User = get_user_model()
    user, _created = User.objects.get_or_create(
        username=SUPERUSER_USERNAME, defaults={"email": "admin@platform.demo"}
    )
    user.is_staff = user.is_superuser = True
    if _created:
        user.set_password(DEMO_PASSWORD)
    user.save()
    return DemoAccount("—", str(_("Superuser")), SUPERUSER_USERNAME, DEMO_PASSWORD)


def accounts_allowed() -> bool:
    return bool(settings.DEBUG)
