"""Files kept for one person for a while: an export made in the background, a
spreadsheet uploaded for import between its preview and her confirmation.

Both live under ``PRIVATE_MEDIA_ROOT/exchange/`` (never served as media), are
bound to the user who asked, and expire (``EXCHANGE_FILE_HOURS``).
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class _PrivateStorage(FileSystemStorage):
    """``PRIVATE_MEDIA_ROOT``, read when used (tests change it)."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def base_url(self):
        return None


private_storage = _PrivateStorage()


def _token() -> str:
    return secrets.token_urlsafe(24)


def _expiry() -> datetime.datetime:
    hours = getattr(settings, "EXCHANGE_FILE_HOURS", 24)
    return timezone.now() + datetime.timedelta(hours=hours)


class JobStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Being made")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class ExportJob(models.Model):
    """A large export made after the request: what was asked (the list, its
    filters, the options) and, once made, the file."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20)
    object_id = models.PositiveIntegerField(null=True, blank=True)
    query = models.TextField(blank=True, help_text="The list's query string.")
    language = models.CharField(max_length=10)
    status = models.CharField(
        max_length=10, choices=JobStatus.choices, default=JobStatus.PENDING
    )
    token = models.CharField(max_length=40, unique=True, default=_token)
    file = models.FileField(storage=private_storage, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    rows = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_expiry)

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self) -> str:
        return self.filename or self.kind

    @property
    def expired(self) -> bool:
        return self.expires_at <= timezone.now()


class ImportUpload(models.Model):
    """A spreadsheet between its dry run and the manager's confirmation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20)
    token = models.CharField(max_length=40, unique=True, default=_token)
    file = models.FileField(storage=private_storage)
    original_name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_expiry)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return self.original_name
