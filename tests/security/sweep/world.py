"""The sweep's world: CPAS A with two antennas and two programmes, CPAS B, one
member per role in each place, and an object of every kind in A's first antenna
and programme. Built once per test module (it takes a few seconds).

Visitors are named ``<place>/<ROLE>``:

- ``a/…``: A's first antenna and first programme, the owners of the objects;
- ``antenna/…``: A's second antenna, same programme (her social worker must not
  see the first antenna's people);
- ``programme/…``: A's first antenna, second programme (its coach and manager
  must not see the first programme's people);
- ``b/…``: CPAS B;
- ``anonymous``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from exchange.models import ExportJob
from followups.models import FollowUpStep
from groups.services.enrolments import enrolment_create
from home.services import cpas_page_group_sync
from intake.consents import consent_give
from intake.models import ConsentPurpose, ConsentSource, Participant
from intake.roles import Role
from paths.models import ProgrammePath
from reminders.models import Reminder, ReminderPolicy
from reports.tokens import token_create
from surveys.models import FormPage, InvitationKind, QuestionAudio
from surveys.participant_surveys.invitations import invitation_create
from tests.factories import (
    AntennaFactory,
    CpasFactory,
    ProgrammeFactory,
    form_page,
    programme_page,
    question,
    referral_in,
    staff_member,
    submission_for,
)
from tests.groups.factories import GroupFactory, SessionFactory
from tests.logins import log_in
from tests.security.sweep.wagtail_world import wagtail_objects
from workflow.models import Notification, Referral

#: Texts of A's first antenna and programme that no outsider may read: the
#: participant's name (her antenna's social worker and her programme's team
#: only) and the programme's objects (CPAS A only).
SECRET_NAME = "Zarathoustrova"
SECRET_FORM = "Questionnaire Kestrel-A"
SECRET_GROUP = "Groupe Kestrel"
PLACES = ("a", "antenna", "programme", "b")


@dataclass
class SweepWorld:
    cpas: dict = field(default_factory=dict)
    antenna: dict = field(default_factory=dict)
    programme: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)
    secrets: dict = field(default_factory=dict)

    def user(self, place: str, role: Role):
        return self.users[place, role]

    def visitors(self) -> list[tuple[str, Client]]:
        """Every visitor, logged in (both factors where needed), A's last: their
        allowed requests may change objects the others ask for."""
        found = [("anonymous", _client())]
        for place in ("antenna", "programme", "b", "a"):
            for role in Role:
                found.append(
                    (f"{place}/{role.name}", log_in(_client(), self.user(place, role)))
                )
        return found


def _organisation(world: SweepWorld) -> None:
    for key in ("a", "b"):
        cpas = CpasFactory(name=f"CPAS {key.upper()}", slug=f"cpas-{key}")
        world.cpas[key] = cpas
        world.antenna[key] = AntennaFactory(cpas=cpas, name=f"Antenna {key.upper()}")
        world.programme[key] = ProgrammeFactory(
            cpas=cpas, name=f"Programme {key.upper()}", slug=f"programme-{key}"
        )
    world.antenna["a2"] = AntennaFactory(cpas=world.cpas["a"], name="Antenna A2")
    world.programme["a2"] = ProgrammeFactory(
        cpas=world.cpas["a"], name="Programme A2", slug="programme-a2"
    )
    places = {
        "a": ("a", "a", "a"),
        "antenna": ("a", "a2", "a"),
        "programme": ("a", "a", "a2"),
        "b": ("b", "b", "b"),
    }
    for place, (cpas, antenna, programme) in places.items():
        for role in Role:
            world.users[place, role] = staff_member(
                role,
                cpas=world.cpas[cpas],
                antenna=world.antenna[antenna],
                programmes=[world.programme[programme]],
                email=f"{role.name.lower()}@{place}.sweep",
            ).user
    world.ids.update(
        cpas=world.cpas["a"].pk,
        antenna=world.antenna["a"].pk,
        programme=world.programme["a"].pk,
        membership=world.user("a", Role.SOCIAL_WORKER).membership.pk,
    )


def _people_and_forms(world: SweepWorld) -> None:
    programme, antenna = world.programme["a"], world.antenna["a"]
    worker, coach = world.user("a", Role.SOCIAL_WORKER), world.user("a", Role.COACH)
    page = programme_page(programme)
    for key in ("a", "a2", "b"):
        programme_page(world.programme[key])
    for key in ("a", "b"):
        cpas_page_group_sync(cpas=world.cpas[key])
    form = form_page(
        programme,
        [question("singleline", "Prénom", "first")],
        title=SECRET_FORM,
        kind="follow_up",
    )
    referral = referral_in(
        "accepted", programme=programme, antenna=antenna, referred_by=worker
    )
    participant = referral.participant
    participant.last_name = SECRET_NAME
    participant.save()
    submission = submission_for(referral, "follow_up")
    invitation, token = invitation_create(
        user=coach, form=form, kind=InvitationKind.SESSION, label="Kestrel session"
    )
    world.ids.update(
        programme_page=page.pk,
        form=form.pk,
        version=form.versions.get().pk,
        revision=form.latest_revision.pk,
        referral=referral.pk,
        participant=participant.pk,
        submission=submission.pk,
        invitation=invitation.pk,
    )
    world.secrets["survey_token"] = token


def _groups(world: SweepWorld) -> None:
    programme = world.programme["a"]
    coach = world.user("a", Role.COACH)
    group = GroupFactory(programme=programme, name=SECRET_GROUP)
    group.coaches.add(coach)
    session = SessionFactory(group=group)
    referral_pk = world.ids["referral"]
    referral = Referral.objects.get(pk=referral_pk)
    Referral.objects.filter(pk=referral_pk).update(state="in_progress")
    referral.refresh_from_db()
    enrolment = enrolment_create(group=group, referral=referral, user=coach)
    world.ids.update(group=group.pk, session=session.pk, enrolment=enrolment.pk)


def _programme_settings(world: SweepWorld) -> None:
    programme = world.programme["a"]
    form = FormPage.objects.get(pk=world.ids["form"])
    step = FollowUpStep.objects.create(programme=programme, months_after=3, form=form)
    path = ProgrammePath.objects.create(programme=programme)
    policy = ReminderPolicy.objects.create(programme=programme)
    reminder = Reminder.objects.create(
        session_id=world.ids["session"],
        participant=Participant.objects.get(pk=world.ids["participant"]),
        kind="session",
        key=1,
        due_at=timezone.now() + datetime.timedelta(days=1),
    )
    audio = QuestionAudio(
        programme=programme,
        form=form,
        translation_key=form.translation_key,
        question_key="first",
        language="ti",
        uploaded_by=world.user("a", Role.PROGRAMME_MANAGER),
    )
    audio.file.save("kestrel.mp3", ContentFile(b"ID3" + b"\0" * 64), save=False)
    audio.save()
    world.ids.update(
        follow_up_plan=step.pk,
        programme_paths=path.pk,
        reminder_policies=policy.pk,
        reminders=reminder.pk,
        question_audio=audio.pk,
    )


def _personal_objects(world: SweepWorld) -> None:
    """Objects that belong to one person of A: a notification, an API token, an
    export file."""
    worker = world.user("a", Role.SOCIAL_WORKER)
    notification = Notification.objects.create(
        recipient=worker,
        referral_id=world.ids["referral"],
        kind="transition",
        source="submitted",
        target="accepted",
        actor=world.user("a", Role.COACH),
        reason=f"{SECRET_NAME} accepted",
    )
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    token, secret = token_create(user=manager, name="Kestrel BI")
    job = ExportJob.objects.create(user=manager, kind="participants", language="fr")
    consent = consent_give(
        participant=Participant.objects.get(pk=world.ids["participant"]),
        purpose=ConsentPurpose.REFERRAL,
        text=f"{SECRET_NAME} agrees",
        source=ConsentSource.REFERRAL_FORM,
        by=worker,
    )
    world.ids.update(
        notification=notification.pk, api_token=token.pk, consent=consent.pk
    )
    world.secrets.update(api_token=secret, export=job.token)
    for place in ("antenna", "programme", "b"):
        _token, other = token_create(
            user=world.user(place, Role.PROGRAMME_MANAGER), name="BI"
        )
        world.secrets[f"api_token_{place}"] = other


def sweep_world() -> SweepWorld:
    world = SweepWorld()
    _organisation(world)
    _people_and_forms(world)
    _groups(world)
    _programme_settings(world)
    _personal_objects(world)
    wagtail_objects(world)
    return world


def _client() -> Client:
    """A browser: a server error comes back as a 500, not as an exception."""
    return Client(raise_request_exception=False)
