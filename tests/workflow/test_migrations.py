"""Existing databases migrate forward: ``Referral`` moved from ``intake`` to
``workflow`` (``workflow/0003``) and a submission's referral is now kept on the
workflow's side (``workflow/0004``, ``surveys/0005``), and nothing is lost.

The database is made by the previous main's own code (commit ``f386a70``, taken
from this repository's history with ``git archive``): its ``migrate`` and
``seed_demo``, then two referrals with their forms sent through its services.
The current code then migrates that database and reads it back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from django.core.management import call_command

from followups.roles import FOLLOW_UP_PERMISSIONS
from groups.roles import GROUP_PERMISSIONS
from paths.roles import PATH_PERMISSIONS
from reminders.roles import REMINDER_PERMISSIONS

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS_MAIN = "f386a70"

#: Run by the previous main's code: its migrate and seed_demo (a fast password
#: hasher: the 21 demo accounts' hashes are not what is tested), then two
#: referrals sent with their referral form, one reviewed and planned, with an
#: orientation interview and an open draft.
OLD_DATABASE = """
import datetime, django, json; django.setup()
from django.conf import settings
from django.core.management import call_command

settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
call_command("migrate", interactive=False, verbosity=0)
call_command("seed_demo", verbosity=0)

from django.contrib.auth import get_user_model
from django.utils import timezone
from intake.models import Programme
from intake.referrals import referral_attach_submission, referral_draft_create
from surveys.models import FormPage, InterviewDraft, Submission
from workflow.services import transition

User = get_user_model()
worker = User.objects.get(username="social-worker@liege.demo")
coach = User.objects.get(username="coach@liege.demo")
programme = Programme.objects.get(slug="mod-actions")
forms = {
    page.kind: page
    for page in FormPage.objects.live().filter(url_path__contains="/mod-actions/")
}

def stored(kind, answers, **links):
    page = forms[kind]
    return Submission.objects.create(
        version=page.versions.get(), translation_key=page.translation_key,
        programme=programme, locale=page.locale, answers=answers, **links,
    )

sent = []
people = [("Yonas", "Tesfay", "1988-05-17"), ("Amina", "Said", "1990-02-01")]
for first, last, born in people:
    referral = referral_draft_create(user=worker, programme=programme)
    form = stored("referral", {"first_name": first, "last_name": last,
                               "date_of_birth": born}, submitted_by=worker)
    referral_attach_submission(referral=referral, submission=form)
    sent.append(transition(referral, "submit", worker))
first = transition(sent[0], "start_review", coach)
first = transition(first, "plan_orientation", coach,
                   orientation_at=timezone.now() + datetime.timedelta(days=2))
stored("orientation_interview", {"note": "ok"}, referral=first,
       participant=first.participant, submitted_by=coach)
plan = forms["strengths_obstacles_dreams"]
InterviewDraft.objects.create(
    participant=first.participant, referral=first, programme=programme,
    translation_key=plan.translation_key, version=plan.versions.get(),
    answers={"a": "b"}, updated_by=coach,
)
"""

#: What must survive, read by either code (``OLD`` tells which models to use).
SNAPSHOT = """
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission

if OLD:
    Referral = apps.get_model("intake", "Referral")
    links = apps.get_model("surveys", "Submission").objects.exclude(referral=None)
    links = links.values_list("pk", "referral_id")
else:
    Referral = apps.get_model("workflow", "Referral")
    links = apps.get_model("workflow", "ReferralSubmission").objects.values_list(
        "submission_id", "referral_id"
    )
TransitionLog = apps.get_model("workflow", "TransitionLog")
counted = ["intake.Cpas", "intake.Antenna", "intake.Programme", "intake.Membership",
           "intake.Participant", "surveys.FormPage", "surveys.FormVersion",
           "surveys.Submission", "surveys.InterviewDraft", "workflow.Notification",
           "auth.User", "auth.Group", "wagtailcore.Page"]
referral_type = ContentType.objects.get_for_model(Referral)
print(json.dumps({
    "referrals": [
        list(row) for row in Referral.objects.order_by("pk").values_list(
            "pk", "state", "phase", "participant_id", "submission_id", "programme_id",
            "antenna_id", "referred_by_id", "answers", "orientation_at",
        )
    ],
    "links": sorted(list(link) for link in links),
    "history": [
        list(row) for row in TransitionLog.objects.order_by("pk").values_list(
            "referral_id", "action", "source", "target", "actor_id"
        )
    ],
    "roles": {
        group.name: sorted(
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        )
        for group in Group.objects.order_by("name")
    },
    "page_permissions": GroupPagePermission.objects.count(),
    "referral_type": [referral_type.pk, referral_type.app_label],
    "referral_permissions": sorted(
        Permission.objects.filter(content_type=referral_type).values_list(
            "codename", "pk"
        )
    ),
    "counts": {name: apps.get_model(name).objects.count() for name in counted},
}, default=str))
"""

#: Run by the current code: its migrate, then the old referrals keep working.
NEW_DATABASE = """
import django, json; django.setup()
from django.core.management import call_command

call_command("migrate", interactive=False, verbosity=0)
"""

STILL_WORKS = """
from django.contrib.auth import get_user_model
from intake.models import Participant
from workflow.models import Referral
from workflow.services import transition

User = get_user_model()
coach = User.objects.get(username="coach@liege.demo")
first, second = Referral.objects.order_by("pk")
kinds = sorted(first.submissions.values_list("version__page__kind", flat=True))
moved = transition(first, "record_orientation", coach)
print(json.dumps({
    "kinds": kinds,
    "recorded": moved.state,
    "coach_sees": Referral.objects.for_user(coach).count(),
    "coach_sees_people": Participant.objects.for_user(coach).count(),
}))
"""


def run(code_root: Path, args: list[str], database: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL"}}
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        PYTHONPATH=f"{code_root / 'site'}{os.pathsep}{code_root}",
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="true",
    )
    done = subprocess.run(
        [sys.executable, *args],
        cwd=code_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def previous_main(folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", PREVIOUS_MAIN],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def roles_with_groups(roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """The old main's roles plus the permissions the groups, followups, paths
    and reminders apps (not in that main) grant each role at ``migrate``, and
    the access log a CPAS administrator reads (issue #12)."""
    grown = {name: set(names) for name, names in roles.items()}
    for role, codenames in GROUP_PERMISSIONS.items():
        grown[role.value] |= {f"groups.{codename}" for codename in codenames}
    for app, permissions in (
        ("followups", FOLLOW_UP_PERMISSIONS),
        ("paths", PATH_PERMISSIONS),
        ("reminders", REMINDER_PERMISSIONS),
    ):
        for role, codenames in permissions.items():
            grown[role.value] |= {f"{app}.{codename}" for codename in codenames}
    grown["CPAS administrator"] |= {"intake.view_accesslog"}
    return {name: sorted(names) for name, names in grown.items()}


def last_lines(output: str, count: int) -> list:
    return [json.loads(line) for line in output.splitlines()[-count:]]


@pytest.mark.django_db
def test_no_model_change_lacks_its_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.fixture
def database(tmp_path) -> Iterator[Path]:
    """A SQLite file, in memory (tmpfs) when the machine has it: SQLite syncs
    to disk often, and this test migrates a whole database twice."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path / "db.sqlite3"
        return
    folder = Path(tempfile.mkdtemp(prefix="cpas-upgrade-", dir=shm))
    yield folder / "db.sqlite3"
    shutil.rmtree(folder, ignore_errors=True)


def test_a_database_of_the_previous_main_migrates_with_nothing_lost(tmp_path, database):
    old_code = previous_main(tmp_path / "previous")
    made = run(old_code, ["-c", f"{OLD_DATABASE}\nOLD = True\n{SNAPSHOT}"], database)
    [before] = last_lines(made, 1)
    assert len(before["referrals"]) == 2
    assert len(before["links"]) == 3  # two referral forms, one interview
    assert before["referral_type"][1] == "intake"

    code = f"{NEW_DATABASE}\nOLD = False\n{SNAPSHOT}\n{STILL_WORKS}"
    after, works = last_lines(run(ROOT, ["-c", code], database), 2)

    for key in ("referrals", "links", "history", "page_permissions", "counts"):
        assert after[key] == before[key], key
    # The same content type and permission rows, now named after workflow.
    assert after["referral_type"] == [before["referral_type"][0], "workflow"]
    assert after["referral_permissions"] == before["referral_permissions"]
    # Every role keeps all it could do; it gains only what groups adds.
    assert after["roles"] == roles_with_groups(before["roles"])
    assert works == {
        "kinds": ["orientation_interview", "referral"],
        "recorded": "orientation_done",
        "coach_sees": 2,
        "coach_sees_people": 2,
    }
