"""The submissions in the Wagtail admin: the forms, the list, one submission, scope."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override

from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.factories import (
    ProgrammeFactory,
    form_page,
    question,
    staff_member,
)
from tests.surveys.interview_fixtures import (
    client_of,
    english,
    translate,
)
from tests.surveys.submission_helpers import (
    amie_interview,
    content,
    page_urls,
    publish_changed,
    referral_form,
    send,
)

FORMS_URL = reverse("surveys_submissions:forms")


@pytest.fixture
def interview(world) -> FormPage:
    return amie_interview(world)


@pytest.fixture
def referral(world) -> FormPage:
    return referral_form(world)


# --- the menu and the forms -------------------------------------------------------


def test_the_forms_menu_lists_the_forms_of_her_programmes_with_their_counts(
    world, interview
):
    coach = english(world.client("a", Role.COACH))
    send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    send(coach, interview, first_name="Bilal", mood="2", motivated="no")
    other = form_page(
        ProgrammeFactory(cpas=world.cpas["a"], name="Autre programme"),
        [question("singleline", "Nom", "name")],
        title="Formulaire d'un autre programme",
    )

    assert FORMS_URL in content(coach.get(reverse("wagtailadmin_home")))
    listing = content(coach.get(FORMS_URL))
    assert "Entretien AMIE" in listing
    assert "Programme A" in listing
    assert "Orientation interview" in listing
    assert re.search(r"<td[^>]*>\s*2\s*</td>", listing)  # submissions
    assert other.title not in listing

    administrator = content(world.client("a", Role.CPAS_ADMIN).get(FORMS_URL))
    assert "Entretien AMIE" in administrator
    assert other.title.replace("'", "&#x27;") in administrator


def test_a_social_worker_who_sent_nothing_sees_no_form(world, interview):
    coach = world.client("a", Role.COACH)
    send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    social_worker = world.client("a", Role.SOCIAL_WORKER)

    assert FORMS_URL not in content(social_worker.get(reverse("wagtailadmin_home")))
    assert "Entretien AMIE" not in content(social_worker.get(FORMS_URL))


# --- the list ---------------------------------------------------------------------


def test_the_list_shows_every_languages_submissions_and_filters_them(world, interview):
    dutch = translate(
        interview,
        "nl",
        {
            "first_name": "Voornaam",
            "mood": "Hoe gaat het?",
            "motivated": "Gemotiveerd?",
        },
    )
    coach = english(world.client("a", Role.COACH))
    amina = send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    send(coach, interview, first_name="Bilal", mood="3", motivated="no")
    send(coach, dutch, first_name="Chiara", mood="5", motivated="yes")
    Submission.objects.filter(pk=amina.pk).update(
        submitted_at=timezone.make_aware(datetime.datetime(2024, 1, 10, 9, 30))
    )
    index = reverse("surveys_submissions:index", args=(dutch.pk,))

    listing = content(coach.get(index))
    assert all(name in listing for name in ("Amina", "Bilal", "Chiara"))
    assert "Dutch" in listing and "French" in listing

    only_dutch = content(coach.get(index, {"language": "nl"}))
    assert "Chiara" in only_dutch
    assert "Amina" not in only_dutch and "Bilal" not in only_dutch

    january = content(
        coach.get(
            index, {"submitted_at_from": "2024-01-01", "submitted_at_to": "2024-01-31"}
        )
    )
    assert "Amina" in january
    assert "Bilal" not in january and "Chiara" not in january

    publish_changed(interview, rename={"mood": "Votre humeur ?"}, drop=set())
    send(coach, interview, first_name="Dora", mood="1", motivated="no")
    second_version = content(coach.get(index, {"version": "2"}))
    assert "Dora" in second_version
    assert "Amina" not in second_version and "Chiara" not in second_version


def test_the_list_is_paginated(world):
    page = form_page(world.programme["a"], [question("singleline", "Nom", "name")])
    coach = english(world.client("a", Role.COACH))
    for number in range(27):
        send(coach, page, name=f"Person {number:02d}")
    index = reverse("surveys_submissions:index", args=(page.pk,))

    first = content(coach.get(index))
    assert "Person 26" in first and "Person 02" in first
    assert "Person 01" not in first
    second = content(coach.get(index, {"p": "2"}))
    assert "Person 01" in second and "Person 00" in second
    assert "Person 02" not in second


# --- one submission ---------------------------------------------------------------


def test_the_detail_shows_every_answer_under_its_label(world, interview):
    coach = english(world.client("a", Role.COACH))
    submission = send(
        coach,
        interview,
        first_name="Amina",
        mood="4",
        motivated="yes",
        why=["friends", "language"],
        **{"attitude-punctual": "5", "attitude-polite": "3"},
        origin="SY",
        spoken=["ar", "fr"],
        **{"plan-0-goal": "Parler néerlandais", "plan-0-step": "Cours du soir"},
        **{"plan-0-due_date": "2030-09-01", "plan-0-owner": "Amina"},
    )
    url = reverse("surveys_submissions:detail", args=(interview.pk, submission.pk))

    page = content(coach.get(url))
    for text in (
        "Comment allez-vous ?",
        "4 / 5 (Good)",
        "Êtes-vous motivé ?",
        "Des amis",
        "La langue",
        "Ponctuel",
        "5 / 5 (Very good)",
        "Syria",
        "Arabic",
        "Parler néerlandais",
        "Cours du soir",
        "accepted (version v1)",
        "Test Coach",
        "French",
    ):
        assert text in page.replace("&#x27;", "'"), text
    assert ">friends<" not in page and "SY<" not in page


def test_labels_follow_the_readers_language(world, interview):
    dutch = translate(interview, "nl", {"first_name": "Voornaam", "mood": "Gaat het?"})
    coach = world.client("a", Role.COACH)
    submission = send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    coach.defaults["HTTP_ACCEPT_LANGUAGE"] = "nl"

    page = content(
        coach.get(reverse("surveys_submissions:detail", args=(dutch.pk, submission.pk)))
    )
    assert "Voornaam" in page and "Gaat het?" in page
    assert "Prénom" not in page


def test_an_old_submission_keeps_removed_and_renamed_questions(world, interview):
    coach = world.client("a", Role.COACH)
    old = send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    publish_changed(
        interview, rename={"mood": "Votre humeur aujourd'hui"}, drop={"motivated"}
    )
    new = send(coach, interview, first_name="Bilal", mood="2")

    old_page = content(
        coach.get(reverse("surveys_submissions:detail", args=(interview.pk, old.pk)))
    ).replace("&#x27;", "'")
    assert "Votre humeur aujourd'hui" in old_page
    assert "Comment allez-vous ?" not in old_page
    assert "Êtes-vous motivé ?" in old_page
    with override("fr"):
        assert gettext("no longer in the form") in old_page
        new_page = content(
            coach.get(
                reverse("surveys_submissions:detail", args=(interview.pk, new.pk))
            )
        )
        assert gettext("no longer in the form") not in new_page
    assert "Êtes-vous motivé ?" not in new_page


# --- scope --------------------------------------------------------------------------


def test_other_teams_get_404_on_every_url_of_the_form(world, interview, referral):
    coach = world.client("a", Role.COACH)
    submission = send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    other_programme = staff_member(
        Role.COACH,
        cpas=world.cpas["a"],
        programmes=[ProgrammeFactory(cpas=world.cpas["a"])],
    )
    outsiders = {
        "admin of CPAS b": world.client("b", Role.CPAS_ADMIN),
        "manager of CPAS b": world.client("b", Role.PROGRAMME_MANAGER),
        "coach of another programme": client_of(other_programme.user),
        "social worker who sent nothing": world.client("a", Role.SOCIAL_WORKER),
    }
    urls = page_urls(interview, submission)
    for who, client in outsiders.items():
        for url in urls:
            assert client.get(url).status_code == 404, (who, url)
        assert interview.title.replace("'", "&#x27;") not in content(
            client.get(FORMS_URL)
        ), who

    # A submission of another form, through a form she may see: no such thing.
    other = send(coach, referral, name="Bilal", reason="work")
    assert (
        coach.get(
            reverse("surveys_submissions:detail", args=(interview.pk, other.pk))
        ).status_code
        == 404
    )
    for url in page_urls(interview, submission):
        assert coach.get(url).status_code == 200, url


def test_screens_read_a_constant_number_of_queries_whatever_the_count(world, interview):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    coach = english(world.client("a", Role.COACH))
    index = reverse("surveys_submissions:index", args=(interview.pk,))
    urls = [
        index,
        index + "?export=csv",
        reverse("surveys_submissions:summary", args=(interview.pk,)),
    ]

    def queries() -> list[int]:
        counts = []
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                content(coach.get(url))
            counts.append(len(captured))
        return counts

    for name in ("Amina", "Bilal"):
        send(coach, interview, first_name=name, mood="4", motivated="yes")
    few = queries()
    for name in ("Chiara", "Dawit", "Elena", "Farid"):
        send(coach, interview, first_name=name, mood="2", motivated="no")
    assert queries() == few
