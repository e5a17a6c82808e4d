"""The invitations' admin: the programme team makes, prints, renews, withdraws."""

from __future__ import annotations

import datetime
import html
import re

import pytest
import segno
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import override

from intake.roles import Role
from surveys.models import Invitation, InvitationKind
from surveys.participant_surveys.invitations import (
    InvitationInvalid,
    invitation_create,
    token_hash,
)
from surveys.participant_surveys.invitations import invitation_for_token as opened
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import english, referral_of, session_invitation

INDEX = reverse("survey_invitations:index")
ADD_SESSION = reverse("survey_invitations:add_session")
ADD_PERSONAL = reverse("survey_invitations:add_personal")


def satisfaction(programme, kind="participant_satisfaction", title="Satisfaction"):
    return form_page(
        programme,
        [question("likert", "Le module ?", "module", points="5")],
        kind=kind,
        title=title,
    )


@pytest.fixture
def surveys(world):
    return {key: satisfaction(world.programme[key]) for key in ("a", "b")}


def later(**delta) -> str:
    return (timezone.localtime() + datetime.timedelta(**delta)).strftime(
        "%Y-%m-%d %H:%M"
    )


def session_data(survey, **overrides) -> dict:
    return {
        "survey": survey.pk,
        "label": "Module 3, groupe du mardi",
        "session_date": timezone.localdate().isoformat(),
        "max_uses": "12",
        "expires_at": later(hours=6),
        **overrides,
    }


def printed_url(content: str) -> str:
    match = re.search(r'data-testid="sheet-url">([^<]+)<', content)
    assert match, content[:3000]
    return html.unescape(match.group(1)).strip()


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def qr_path(svg: str) -> str:
    return re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)


def test_a_coach_makes_a_session_code_and_gets_its_printable_sheet(world, surveys):
    client = english(world.client("a", Role.COACH))
    assert client.get(ADD_SESSION).status_code == 200

    response = client.post(ADD_SESSION, session_data(surveys["a"]))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    url = printed_url(content)
    token = token_of(url)
    assert url == f"http://testserver{reverse('survey_entry:open', args=[token])}"
    invitation = Invitation.objects.get()
    assert invitation.token_hash == token_hash(token)
    assert invitation.kind == InvitationKind.SESSION and invitation.max_uses == 12
    assert opened(token) == invitation
    # The QR code is there, labelled, and encodes the printed address.
    svg = re.search(r"<svg .*?</svg>", content, re.S).group(0)
    assert (
        'role="img"' in svg
        and f'aria-label="QR code that opens the survey: {url}"' in svg
    )
    expected = segno.make(url, error="m").svg_inline(scale=1, border=2, omitsize=True)
    assert qr_path(svg) == qr_path(expected)
    # Printing: A4, the screen-only explanations hidden.
    assert "size: A4" in content and "@media print" in content
    assert "This code is shown only now: it is not kept." in content
    assert f'href="{url}?kiosk=1"' in content
    assert "Open on this tablet (kiosk mode)" in content
    assert "Module 3, groupe du mardi" in content
    # The instructions: once per language, marked with its language and direction.
    for code, direction in [("fr", "ltr"), ("ar", "rtl"), ("ti", "ltr"), ("ps", "rtl")]:
        assert f'<li lang="{code}" dir="{direction}">' in content
    with override("fr"):
        from django.utils.translation import pgettext

        french = pgettext(
            "participant",
            "Scan the code with the camera of your phone, "
            "or type the address. Then choose your language.",
        )
    assert html.escape(french) in content or french in content


def test_the_list_shows_the_programmes_invitations_and_their_state(world, surveys):
    mine, _token = session_invitation(
        world, surveys["a"], label="Groupe du mardi", max_uses=8
    )
    Invitation.objects.filter(pk=mine.pk).update(use_count=3)
    session_invitation(world, surveys["b"], key="b", label="Groupe de Gand")

    content = english(world.client("a", Role.COACH)).get(INDEX).content.decode()

    assert "Groupe du mardi" in content and "3 / 8" in content and "Open" in content
    assert "Groupe de Gand" not in content


def test_the_list_shows_dates_not_times_ago(world, surveys):
    # A code valid for another day read "0 minutes ago"; today's session "19 hours ago".
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    today = timezone.localdate()
    mine, _token = session_invitation(world, surveys["a"], label="Groupe du jeudi")
    Invitation.objects.filter(pk=mine.pk).update(
        expires_at=tomorrow, session_date=today
    )

    content = english(world.client("a", Role.COACH)).get(INDEX).content.decode()

    with override("en"):
        valid_until = formats.date_format(
            timezone.localtime(tomorrow), "SHORT_DATETIME_FORMAT"
        )
        session_day = formats.date_format(today, "SHORT_DATE_FORMAT")
    assert valid_until in content and session_day in content
    assert " ago" not in content


def test_the_list_filters_by_state_and_kind(world, surveys):
    session_invitation(world, surveys["a"], label="Groupe ouvert")
    expired, _token = session_invitation(world, surveys["a"], label="Groupe fini")
    Invitation.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - datetime.timedelta(hours=1)
    )
    full, _token = session_invitation(
        world, surveys["a"], label="Groupe complet", max_uses=2
    )
    Invitation.objects.filter(pk=full.pk).update(use_count=2)
    invitation_create(
        user=world.user("a", Role.COACH),
        form=surveys["a"],
        kind=InvitationKind.PERSONAL,
        label="Lien d'Amina",
    )
    session_invitation(world, surveys["b"], key="b", label="Groupe de Gand")
    client = english(world.client("a", Role.COACH))

    def listed(**query) -> set[str]:
        content = client.get(INDEX, query).content.decode()
        names = {"Groupe ouvert", "Groupe fini", "Groupe complet", "Lien d&#x27;Amina"}
        return {name for name in names | {"Groupe de Gand"} if name in content}

    assert listed(state="expired") == {"Groupe fini"}
    assert listed(state="complete") == {"Groupe complet"}
    assert listed(state="open") == {"Groupe ouvert", "Lien d&#x27;Amina"}
    assert listed(kind="personal") == {"Lien d&#x27;Amina"}
    assert listed(kind="session", state="open") == {"Groupe ouvert"}
    # Another programme's invitations stay out, whatever the filter.
    assert "Groupe de Gand" not in listed()


def followed(world):
    """A participant of programme A (her referral is in progress)."""
    return referral_of(world, state="in_progress").participant


def test_a_personal_link_for_a_participant(world, surveys):
    participant = followed(world)
    client = english(world.client("a", Role.COACH))

    response = client.post(
        ADD_PERSONAL,
        {
            "survey": surveys["a"].pk,
            "label": "Amina, fin du programme",
            "participant": participant.pk,
            "expires_at": later(days=14),
        },
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "This link is shown only now: it is not kept." in content
    url = re.search(
        r'id="invitation-link" type="text" readonly value="([^"]+)"', content
    )
    token = token_of(html.unescape(url.group(1)))
    invitation = opened(token)
    assert invitation.kind == InvitationKind.PERSONAL
    assert invitation.participant == participant and invitation.max_uses == 1


def test_a_referrer_survey_link_is_not_for_a_participant(world):
    referrer_survey = satisfaction(
        world.programme["a"], kind="referrer_satisfaction", title="Avis des AS"
    )
    participant = followed(world)
    client = english(world.client("a", Role.PROGRAMME_MANAGER))
    data = {
        "survey": referrer_survey.pk,
        "label": "Antenne Nord",
        "participant": participant.pk,
        "expires_at": later(days=14),
    }

    refused = client.post(ADD_PERSONAL, data)
    assert refused.status_code == 200 and not Invitation.objects.exists()
    assert "The referrer survey is for social workers" in refused.content.decode()

    data.pop("participant")
    assert (
        "This link is shown only now"
        in client.post(ADD_PERSONAL, data).content.decode()
    )
    assert Invitation.objects.get().participant is None


def test_no_session_in_the_past_nor_on_another_programmes_survey(world, surveys):
    client = english(world.client("a", Role.COACH))
    past = client.post(
        ADD_SESSION, session_data(surveys["a"], expires_at=later(hours=-1))
    )
    assert "Choose a moment in the future." in past.content.decode()
    other = client.post(ADD_SESSION, session_data(surveys["b"]))
    assert (
        other.status_code == 200 and "Select a valid choice" in other.content.decode()
    )
    assert not Invitation.objects.exists()


def test_renewing_shows_a_new_sheet_and_the_old_code_stops(world, surveys):
    invitation, old = session_invitation(world, surveys["a"])
    client = english(world.client("a", Role.COACH))
    detail = client.get(reverse("survey_invitations:detail", args=[invitation.pk]))
    assert old not in detail.content.decode()
    results = reverse("survey_results:survey", args=[surveys["a"].pk])
    assert f'href="{results}?session={invitation.pk}"' in detail.content.decode()

    response = client.post(reverse("survey_invitations:renew", args=[invitation.pk]))

    new = token_of(printed_url(response.content.decode()))
    assert "the previous sheet no longer works" in response.content.decode()
    assert opened(new) == invitation
    with pytest.raises(InvitationInvalid):
        opened(old)


def test_withdrawing_closes_the_code(world, surveys):
    invitation, token = session_invitation(world, surveys["a"])
    client = english(world.client("a", Role.PROGRAMME_MANAGER))

    response = client.post(reverse("survey_invitations:withdraw", args=[invitation.pk]))

    assert response.status_code == 302 and response["Location"] == INDEX
    with pytest.raises(InvitationInvalid) as refused:
        opened(token)
    assert refused.value.reason == "withdrawn"
    assert "Withdrawn" in client.get(INDEX).content.decode()
    # A withdrawn invitation cannot be brought back by renewing it.
    renew = client.post(reverse("survey_invitations:renew", args=[invitation.pk]))
    assert renew.status_code == 404


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.CPAS_ADMIN])
def test_only_the_programme_team_makes_invitations(world, surveys, role):
    client = world.client("a", role)
    for response in (
        client.get(INDEX),
        client.get(ADD_SESSION),
        client.post(ADD_SESSION, session_data(surveys["a"])),
    ):
        # Wagtail's admin answers a refusal with a redirect to its home page.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not Invitation.objects.exists()


def test_another_programmes_invitation_does_not_exist_for_me(world, surveys):
    invitation, _token = session_invitation(world, surveys["b"], key="b", label="Gand")
    for client in (
        world.client("b", Role.SOCIAL_WORKER),
        world.client("a", Role.COACH),
    ):
        for name in ("renew", "withdraw"):
            url = reverse(f"survey_invitations:{name}", args=[invitation.pk])
            assert client.post(url).status_code == 404
    detail = reverse("survey_invitations:detail", args=[invitation.pk])
    assert world.client("a", Role.COACH).get(detail).status_code == 404
    assert world.client("a", Role.PROGRAMME_MANAGER).get(detail).status_code == 404
    assert Invitation.objects.get().revoked_at is None


def test_the_menu_shows_the_surveys_to_the_team(world, surveys):
    coach = english(world.client("a", Role.COACH)).get(reverse("wagtailadmin_home"))
    assert INDEX in coach.content.decode()
    worker = world.client("a", Role.SOCIAL_WORKER).get(reverse("wagtailadmin_home"))
    assert INDEX not in worker.content.decode()
