"""Large exports, made after the request.

An export of more than ``EXCHANGE_BACKGROUND_ROWS`` rows becomes an
:class:`~exchange.models.ExportJob` row; after the request's commit a thread
makes the file (``python manage.py run_export_jobs`` makes those a restart
interrupted, and may run from cron instead). The file lands in
``PRIVATE_MEDIA_ROOT/exchange/``; the user is told in her bell (a notice about
no referral, live in her open tabs), by e-mail unless she asked for none, and
finds it under *Data in and out → My exports*; the download link answers only
her, until it expires (``EXCHANGE_FILE_HOURS``).
"""

from __future__ import annotations

import logging
import tempfile
import threading

from django.conf import settings
from django.core.files import File
from django.core.mail import send_mail
from django.db import close_old_connections, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.exports import export_table
from exchange.models import ExportJob, ImportUpload, JobStatus
from exchange.writers import csv_lines, json_chunks, write_xlsx
from workflow.models import EmailFrequency, Notification
from workflow.notifications import email_frequency, notice_kind_register, notices_create

logger = logging.getLogger(__name__)
#: The bell's notice that a background export is ready.
EXPORT_READY = "export_ready"


def register_notice_kinds() -> None:
    notice_kind_register(
        EXPORT_READY, gettext_lazy("Your export %(details)s is ready.")
    )


def background_threshold() -> int:
    return getattr(settings, "EXCHANGE_BACKGROUND_ROWS", 20000)


def export_job_create(
    *, user, kind: str, query: str, export_format: str, object_id: int | None
) -> ExportJob:
    """Queue the export; its file is made after commit."""
    job = ExportJob.objects.create(
        user=user,
        kind=kind,
        object_id=object_id,
        query=query,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        filename=export_format,
    )
    transaction.on_commit(lambda: start_worker(job.pk))
    return job


def start_worker(job_id: int) -> None:
    if getattr(settings, "EXCHANGE_JOBS_INLINE", False):
        export_job_run(job_id)
        return
    threading.Thread(target=_run_in_thread, args=(job_id,), daemon=True).start()


def _run_in_thread(job_id: int) -> None:
    try:
        export_job_run(job_id)
    finally:
        close_old_connections()


def export_job_run(job_id: int) -> ExportJob | None:
    """Make the file of one waiting job (once, even with two workers)."""
    taken = ExportJob.objects.filter(pk=job_id, status=JobStatus.PENDING).update(
        status=JobStatus.RUNNING
    )
    if not taken:
        return None
    job = ExportJob.objects.select_related("user").get(pk=job_id)
    export_format = job.filename
    try:
        with translation.override(job.language):
            table = export_table(
                job.user, job.kind, QueryDict(job.query), job.object_id, export_format
            )
            with tempfile.TemporaryFile() as spool:
                if export_format == "xlsx":
                    write_xlsx(spool, table.headings, table.rows, table.filename)
                else:
                    writer = json_chunks if export_format == "json" else csv_lines
                    for text in writer(table.headings, table.rows):
                        spool.write(text.encode())
                spool.seek(0)
                name = f"{table.filename}.{export_format}"
                job.file.save(f"exchange/{job.token}/{name}", File(spool), save=False)
    except Exception:
        logger.exception("export job %s failed", job_id)
        job.status = JobStatus.FAILED
        job.save(update_fields=["status"])
        return job
    job.filename, job.rows, job.status = name, table.count, JobStatus.DONE
    job.save(update_fields=["file", "filename", "rows", "status"])
    export_ready_notify(job)
    return job


def export_ready_notify(job: ExportJob) -> None:
    """Tell her the file is ready: a notice in her bell (pushed to her open
    tabs), and an e-mail now unless she asked for none (the notice is then
    marked e-mailed, so no digest repeats it)."""
    user = job.user
    path = reverse("exchange:download", args=[job.token])
    with transaction.atomic():
        notices = notices_create(
            referral=None,
            kind=EXPORT_READY,
            recipients=[user],
            actor=user,
            reason=job.filename,
            link=path,
        )
        if user.email and email_frequency(user) != EmailFrequency.NEVER:
            _email_ready(job, settings.WAGTAILADMIN_BASE_URL + path)
            Notification.objects.filter(pk__in=[n.pk for n in notices]).update(
                emailed_at=timezone.now()
            )


def _email_ready(job: ExportJob, link: str) -> None:
    with translation.override(job.language):
        send_mail(
            _("Your export is ready"),
            _("%(name)s is ready until %(until)s: %(link)s")
            % {
                "name": job.filename,
                "until": timezone.localtime(job.expires_at).strftime("%Y-%m-%d %H:%M"),
                "link": link,
            },
            None,
            [job.user.email],
            fail_silently=True,
        )


def pending_jobs_run() -> int:
    """Run every waiting job (and those a restart left running); how many."""
    ExportJob.objects.filter(status=JobStatus.RUNNING).update(status=JobStatus.PENDING)
    done = 0
    for job_id in ExportJob.objects.filter(status=JobStatus.PENDING).values_list(
        "pk", flat=True
    ):
        done += export_job_run(job_id) is not None
    return done


def expired_files_delete() -> int:
    """Delete the files and rows whose time is over."""
    count = 0
    for model in (ExportJob, ImportUpload):
        for row in model.objects.filter(expires_at__lte=timezone.now()):
            if row.file:
                row.file.delete(save=False)
            row.delete()
            count += 1
    return count
