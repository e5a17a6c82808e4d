"""A large export is made after the request; its owner is told and only she
downloads it, until it expires."""

from __future__ import annotations

import datetime
import os

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from exchange.models import ExportJob, JobStatus
from intake.roles import Role
from tests.exchange.helpers import csv_of, export_url
from tests.factories import ParticipantFactory
from tests.surveys.interview_fixtures import english


@pytest.fixture
def large(settings, tmp_path, world):
    settings.EXCHANGE_BACKGROUND_ROWS = 2
    settings.EXCHANGE_JOBS_INLINE = True  # the worker runs right after commit
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    for name in ("Amina", "Bilal", "Chiara"):
        ParticipantFactory(antenna=world.antenna["a"], first_name=name)


def test_a_large_export_is_made_after_the_request_and_its_owner_told(
    world, large, mailoutbox, django_capture_on_commit_callbacks
):
    admin = english(world.client("a", Role.CPAS_ADMIN))
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.get(export_url("participants", format="csv"))
    assert response.status_code == 302
    assert response.url == reverse("exchange:files")
    job = ExportJob.objects.get()
    assert job.status == JobStatus.DONE and job.rows == 3
    link = reverse("exchange:download", args=[job.token])
    assert [mail.to for mail in mailoutbox] == [
        [world.user("a", Role.CPAS_ADMIN).email]
    ]
    assert link in mailoutbox[0].body
    assert link in admin.get(reverse("exchange:files")).content.decode()

    rows = csv_of(admin.get(link))
    assert sorted(row[0] for row in rows[1:]) == ["Amina", "Bilal", "Chiara"]

    # Another user of the same CPAS (even an administrator) gets nothing.
    assert world.client("a", Role.PROGRAMME_MANAGER).get(link).status_code == 404
    # Once expired, not even she.
    job.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    job.save()
    assert admin.get(link).status_code == 404


def test_the_command_makes_waiting_exports_and_deletes_expired_files(world, large):
    job = ExportJob.objects.create(
        user=world.user("a", Role.CPAS_ADMIN),
        kind="participants",
        language="en",
        filename="xlsx",
    )
    call_command("run_export_jobs")
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.filename.endswith(".xlsx")
    path = job.file.path
    ExportJob.objects.filter(pk=job.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    call_command("run_export_jobs")
    assert not ExportJob.objects.exists()
    assert not os.path.exists(path)
