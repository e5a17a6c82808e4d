"""Reminders in the participant's language (else her programme's), saying no
more than her first name, the programme, the place and the time."""

import pytest
from django.utils.translation import trans_real

from reminders.backends import sms
from reminders.services.sending import reminders_run
from tests.factories import ProgrammeFactory
from tests.reminders.helpers import reminded_team, session_in

pytestmark = pytest.mark.django_db

BEFORE = (
    "participant\x04Hello %(first_name)s, see you at %(programme)s on %(time)s "
    "at %(place)s."
)


@pytest.fixture
def catalogs(monkeypatch):
    """Translations of the reminder in Ukrainian and Dutch, as the catalogs will
    hold them (whatever they hold today)."""

    def translate(language: str, text: str) -> None:
        translation = trans_real.translation(language)
        catalog = dict(translation._catalog.items())
        catalog[BEFORE] = text
        monkeypatch.setattr(translation, "_catalog", catalog)

    translate("uk", "Привіт, %(first_name)s! %(programme)s, %(time)s, %(place)s.")
    translate("nl", "Hallo %(first_name)s, tot %(time)s bij %(programme)s, %(place)s.")


def test_each_person_reads_her_own_language_or_the_programme_s(catalogs):
    setting = reminded_team(
        people=2, programme=ProgrammeFactory(cpas__default_language="nl")
    )
    ukrainian, unset = setting.people
    ukrainian.preferred_language = "uk"
    ukrainian.save()
    session_in(setting, hours=2)

    reminders_run()

    texts = [body for _to, body in sms.outbox]
    assert any(t.startswith(f"Привіт, {ukrainian.first_name}!") for t in texts)
    assert any(t.startswith(f"Hallo {unset.first_name},") for t in texts)


def test_a_reminder_says_only_first_name_programme_place_and_time():
    setting = reminded_team()
    person = setting.people[0]
    session = session_in(setting, hours=2, notes="Bring the residence permit")

    reminders_run()

    ((_to, body),) = sms.outbox
    assert person.first_name in body
    assert setting.programme.name in body
    assert "Rue Haute 298a" in body
    assert person.last_name not in body
    assert session.notes not in body
