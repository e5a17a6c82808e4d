"""Nobody from one CPAS ever sees another's data: lists, records, exports, forms."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from intake.models import Antenna, Cpas, Membership, Programme
from intake.roles import Role, roles_of
from tests.factories import SuperuserFactory

OBJECT_VIEWS = ["edit", "delete", "inspect", "history", "usage"]
RECORDS = {"cpas": "cpas", "antenna": "antenna", "programme": "programme"}


@pytest.mark.parametrize("role", list(Role))
def test_querysets_hold_only_the_users_cpas(world, role):
    user = world.user("a", role)
    assert list(Cpas.objects.for_user(user)) == [world.cpas["a"]]
    assert set(Antenna.objects.for_user(user)) == {world.antenna["a"]}
    assert set(Programme.objects.for_user(user)) == {world.programme["a"]}
    assert {m.cpas_id for m in Membership.objects.for_user(user)} == {
        world.cpas["a"].pk
    }


def test_no_membership_sees_nothing_and_the_superuser_everything(world):
    stranger = get_user_model().objects.create_user("stranger", password="x")
    assert not Programme.objects.for_user(stranger).exists()
    assert Programme.objects.for_user(SuperuserFactory()).count() == 2


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("index", ["cpas:index", "antenna:index", "programme:index"])
def test_lists_show_only_the_users_cpas(world, role, index):
    response = world.client("a", role).get(reverse(index))
    page = response.content.decode()
    assert response.status_code == 200
    assert "CPAS A" in page or "Antenna A" in page or "Programme A" in page
    for foreign in ("CPAS B", "Antenna B", "Programme B"):
        assert foreign not in page


def test_the_team_list_shows_only_colleagues(world):
    page = world.client("a", Role.CPAS_ADMIN).get(reverse("team:index")).content
    assert page.count(b"CPAS A") == len(Role)
    assert b"CPAS B" not in page


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("view", OBJECT_VIEWS)
@pytest.mark.parametrize("record", list(RECORDS))
def test_forged_urls_to_another_cpas_answer_404(world, role, view, record):
    obj = getattr(world, RECORDS[record])["b"]
    response = world.client("a", role).get(reverse(f"{record}:{view}", args=[obj.pk]))
    # Either the role may not do this at all (sent to the dashboard), or the
    # record does not exist for her; never the record itself.
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("view", ["edit", "delete"])
def test_a_forged_post_to_another_cpas_changes_nothing(world, view):
    antenna = world.antenna["b"]
    admin = world.client("a", Role.CPAS_ADMIN)
    url = reverse(f"antenna:{view}", args=[antenna.pk])
    response = admin.post(
        url, {"cpas": world.cpas["a"].pk, "name": "Taken", "slug": "t"}
    )
    assert response.status_code == 404
    antenna.refresh_from_db()
    assert antenna.name == "Antenna B"


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_exports_hold_only_the_users_cpas(world, export):
    admin = world.client("a", Role.CPAS_ADMIN)
    response = admin.get(reverse("antenna:index") + f"?export={export}")
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if export == "xlsx":
        import io

        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(body)).active
        names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    else:
        lines = body.decode("utf-8-sig").strip().splitlines()[1:]
        names = [line.split(",")[0] for line in lines]
    assert names == ["Antenna A"]


def test_a_cpas_admin_cannot_create_an_antenna_in_another_cpas(world):
    admin = world.client("a", Role.CPAS_ADMIN)
    response = admin.post(
        reverse("antenna:add"),
        {"cpas": world.cpas["b"].pk, "name": "Sneaky", "slug": "sneaky"},
    )
    assert response.status_code == 200
    assert "cpas" in response.context["form"].errors
    assert not Antenna.objects.filter(name="Sneaky").exists()


def test_the_antenna_form_offers_only_the_users_cpas(world):
    admin = world.client("a", Role.CPAS_ADMIN)
    form = admin.get(reverse("antenna:add")).context["form"]
    assert list(form.fields["cpas"].queryset) == [world.cpas["a"]]
    assert form.fields["cpas"].initial == world.cpas["a"].pk


def test_a_cpas_admin_adds_a_coach_to_her_team(world):
    admin = world.client("a", Role.CPAS_ADMIN)
    response = admin.post(
        reverse("team:add"),
        {
            "first_name": "Nadia",
            "last_name": "El Amrani",
            "email": "Nadia@A.test",
            "role": Role.COACH.value,
            "cpas": world.cpas["a"].pk,
            "programmes": [world.programme["a"].pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    member = Membership.objects.get(user__email="nadia@a.test")
    assert member.cpas == world.cpas["a"]
    assert roles_of(member.user) == {Role.COACH}
    assert list(member.programmes.all()) == [world.programme["a"]]
    assert not member.user.has_usable_password()  # she sets it herself


def test_a_cpas_admin_cannot_put_a_member_in_another_cpas_programme(world):
    admin = world.client("a", Role.CPAS_ADMIN)
    response = admin.post(
        reverse("team:add"),
        {
            "first_name": "Tom",
            "last_name": "Peeters",
            "email": "tom@a.test",
            "role": Role.COACH.value,
            "cpas": world.cpas["a"].pk,
            "programmes": [world.programme["b"].pk],
        },
    )
    assert response.status_code == 200
    assert "programmes" in response.context["form"].errors
    assert not get_user_model().objects.filter(email="tom@a.test").exists()


def test_a_social_worker_needs_an_antenna(world):
    admin = world.client("a", Role.CPAS_ADMIN)
    response = admin.post(
        reverse("team:add"),
        {
            "first_name": "Lies",
            "last_name": "Janssens",
            "email": "lies@a.test",
            "role": Role.SOCIAL_WORKER.value,
            "cpas": world.cpas["a"].pk,
        },
    )
    assert response.status_code == 200
    assert "antenna" in response.context["form"].errors


def test_a_programmes_team_is_its_coaches_and_managers_and_the_cpas_admins(world):
    from tests.factories import ProgrammeFactory

    other = ProgrammeFactory(cpas=world.cpas["a"], name="Programme A2")
    coach, manager = (
        world.user("a", Role.COACH),
        world.user("a", Role.PROGRAMME_MANAGER),
    )
    admin = world.user("a", Role.CPAS_ADMIN)
    mine = {world.programme["a"]}
    assert set(Programme.objects.for_team(coach)) == mine
    assert set(Programme.objects.for_team(manager)) == mine
    assert set(Programme.objects.for_team(admin)) == mine | {other}
    # What only the team itself does (inviting to a survey): not the admin.
    assert not Programme.objects.for_team(admin, cpas_admin=False).exists()
    assert set(Programme.objects.for_team(coach, cpas_admin=False)) == mine
    assert not Programme.objects.for_team(world.user("a", Role.SOCIAL_WORKER)).exists()
    # Everyone of the CPAS sees its programmes; editing is narrower still.
    assert set(Programme.objects.for_user(coach)) == mine | {other}
    assert set(Programme.objects.editable_by(manager)) == mine
    assert not Programme.objects.editable_by(coach).exists()


def test_only_the_programmes_team_sees_its_working_rows_not_the_cpas_admin(world):
    """``ProgrammeTeamQuerySet`` (recorded questions, drafts, invitations...)."""
    from surveys.models import QuestionAudio
    from tests.factories import form_page, question

    rows = {}
    for key in ("a", "b"):
        page = form_page(world.programme[key], [question("singleline", "Q", "q")])
        rows[key] = QuestionAudio.objects.create(
            programme=world.programme[key],
            form=page,
            translation_key=page.translation_key,
            question_key="q",
            language="fr",
            file="question-audio/q.mp3",
        )
    for role in (Role.COACH, Role.PROGRAMME_MANAGER):
        seen = QuestionAudio.objects.for_user(world.user("a", role))
        assert list(seen) == [rows["a"]]
    for role in (Role.CPAS_ADMIN, Role.SOCIAL_WORKER):
        assert not QuestionAudio.objects.for_user(world.user("a", role)).exists()
    assert QuestionAudio.objects.for_user(SuperuserFactory()).count() == 2


def test_a_participants_programmes_come_from_the_registered_links(world):
    """A coach sees the participants linked to her programme by any app that
    registers the link (``workflow``: a referral; here a made-up second one)."""
    from wagtail import hooks

    from intake.models import Participant
    from intake.tenancy import PARTICIPANT_PROGRAMMES_HOOK
    from tests.factories import ParticipantFactory, referral_in

    coach = world.user("a", Role.COACH)
    referred = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    ).participant
    merely_known = ParticipantFactory(antenna=world.antenna["a"])
    assert list(Participant.objects.for_user(coach)) == [referred]
    # A second link, as another app would register it: the participant whose
    # possible duplicate is referred counts as in the programme too.
    merely_known.possible_duplicate_of = referred
    merely_known.save()
    with hooks.register_temporarily(
        PARTICIPANT_PROGRAMMES_HOOK,
        lambda: "possible_duplicate_of__referrals__programme",
    ):
        assert set(Participant.objects.for_user(coach)) == {referred, merely_known}
