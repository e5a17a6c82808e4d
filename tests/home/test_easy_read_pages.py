"""Each programme's public page in the newcomers' languages is a short
easy-to-read page in their script, with no French left and the same contact
(issue #13)."""

from html import unescape

import pytest
from django.core.management import call_command
from wagtail_localize.models import StringTranslation

from config.languages import PARTICIPANT, codes
from home.demo_translations import ISOLATE, easy_read
from home.models import ProgrammePage

pytestmark = pytest.mark.django_db

#: A sentence of each programme's long French description.
FRENCH = {
    "amie": "Vous apprenez à mieux connaître la ville et ses services.",
    "interactief": "Vous commencez par GOAL",
    "activ-up": "Vous faites partie d'un groupe où l'on s'entraide.",
    "mod-actions": "Vous pouvez essayer les ateliers pendant une semaine",
    "move-up": "Vous avez des activités cinq jours par semaine.",
}
#: A word of each language's easy-read text, and a letter of its script.
EASY_READ = {
    "ti": ("ማሕበራዊ ሰራሕተኛኹም", "ሀ", "ፐ"),
    "ar": ("مساعدك الاجتماعي", "\u0600", "\u06ff"),
    "ps": ("ټولنیز کارکوونکي", "\u0600", "\u06ff"),
}


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", "--no-accounts")


def french_pages():
    return ProgrammePage.objects.filter(locale__language_code="fr").select_related(
        "programme"
    )


@pytest.mark.parametrize("code", sorted(EASY_READ))
def test_each_programme_page_is_easy_to_read_in_the_newcomers_languages(
    client, demo, code
):
    join, first_letter, last_letter = EASY_READ[code]
    french = list(french_pages())
    assert {page.programme.slug for page in french} == set(FRENCH)
    for source in french:
        page = ProgrammePage.objects.get(
            translation_key=source.translation_key, locale__language_code=code
        )
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = unescape(response.content.decode())
        slug = source.programme.slug
        assert f'lang="{code}"' in html
        assert FRENCH[slug] not in html, (code, slug)
        assert source.summary not in html and source.target_group not in html
        summary, who, paragraphs = easy_read(source, code)
        for text in (summary, who, *paragraphs):
            assert text in html, (code, slug)
            assert any(first_letter <= letter <= last_letter for letter in text)
        assert join in html
        assert f"<h1>{source.programme.name}</h1>" in html
        assert f'href="mailto:{source.contact_email}"' in html
        assert source.programme.cpas.city in html  # the address, untranslated


def test_the_easy_read_strings_wait_for_a_native_speakers_review(demo):
    source = french_pages().get(programme__slug="move-up")
    strings = StringTranslation.objects.filter(
        locale__language_code="so",
        translation_of__segments__source__object_id=source.translation_key,
    ).distinct()
    assert strings.count() == 7  # title, summary, who, four paragraphs
    assert {string.translation_type for string in strings} == {"machine"}
    assert all(string.tool_name for string in strings)


def test_every_participant_language_has_its_easy_read_page(demo):
    for source in french_pages():
        for code in codes(PARTICIPANT):
            page = ProgrammePage.objects.get(
                translation_key=source.translation_key, locale__language_code=code
            )
            summary, who, paragraphs = easy_read(source, code)
            assert page.live and page.title == source.title
            assert (page.summary, page.target_group) == (summary, who)
            assert ISOLATE + source.programme.name in page.summary
            assert FRENCH[source.programme.slug] not in unescape(page.body)
            assert "{" not in page.summary + page.target_group + page.body
            assert page.contact_email == source.contact_email


#: The page's own headings in each language (the participant catalogs), and the
#: French ones a newcomer must no longer meet.
HEADINGS = {
    "ti": ("መን ክሳተፍ ይኽእል?", "ተግባራዊ ሓበሬታ", "ርክብ", "ኣድራሻ", "ኢመይል"),
    "ar": ("من يمكنه المشاركة؟", "معلومات عملية", "للتواصل", "العنوان"),
    "ps": ("څوک ګډون کولی شي؟", "عملي معلومات", "اړیکه", "پته"),
}
FRENCH_HEADINGS = (
    "Qui peut participer",
    "En pratique",
    "Durée",
    "Adresse",
    "Environ",
    "Aller au contenu",
    "Programmes d'activation sociale",
)
#: "Duration" and the months in each plural form of the language.
MONTHS = {
    "ti": ("ንውሓት ግዜ", {1: "ኣስታት 1 ወርሒ", 6: "ኣስታት 6 ኣዋርሕ"}),
    "ar": (
        "المدة",
        {1: "حوالي شهر واحد", 2: "حوالي شهرين", 6: "حوالي 6 أشهر", 12: "حوالي 12 شهرًا"},
    ),
    "ps": ("موده", {1: "نږدې 1 میاشت", 6: "نږدې 6 میاشتې"}),
}


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_the_programme_pages_headings_speak_the_pages_language(client, demo, code):
    for source in french_pages():
        page = ProgrammePage.objects.get(
            translation_key=source.translation_key, locale__language_code=code
        )
        html = unescape(client.get(page.url).content.decode())
        for heading in HEADINGS[code]:
            assert heading in html, (code, source.programme.slug, heading)
        for french in FRENCH_HEADINGS:
            assert french not in html, (code, source.programme.slug, french)


@pytest.mark.parametrize("code", sorted(MONTHS))
def test_a_programmes_duration_takes_the_languages_plural(client, demo, code):
    source = french_pages().get(programme__slug="amie")
    page = ProgrammePage.objects.get(
        translation_key=source.translation_key, locale__language_code=code
    )
    programme = source.programme
    duration, forms = MONTHS[code]
    for months, words in forms.items():
        programme.typical_duration_months = months
        programme.save(update_fields=["typical_duration_months"])
        html = unescape(client.get(page.url).content.decode())
        assert f"<dt>{duration}</dt>" in html and words in html, (code, months)
        assert "Environ" not in html and "Durée" not in html


def test_the_home_page_names_the_programmes_in_the_newcomers_language(client, demo):
    html = unescape(client.get("/ti/").content.decode())
    assert "ፕሮግራማት" in html and "Les programmes" not in html
