"""Absence certificates: a PDF or a photo, checked by what the file holds (not
by its name), limited in size, kept where only the tenancy hands it out."""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from groups.models import Attendance, Presence
from groups.services.errors import Refused

#: What a certificate may be: the first bytes of each kind, its type and suffix.
SIGNATURES: tuple[tuple[bytes, int, bytes, str, str], ...] = (
    (b"%PDF-", 0, b"", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", 0, b"", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, b"", "image/png", ".png"),
    (b"RIFF", 8, b"WEBP", "image/webp", ".webp"),
    (b"", 4, b"ftypheic", "image/heic", ".heic"),
    (b"", 4, b"ftypmif1", "image/heic", ".heic"),
)


def max_bytes() -> int:
    return settings.ATTENDANCE_CERTIFICATE_MAX_BYTES


def certificate_kind(head: bytes) -> tuple[str, str] | None:
    """The content type and suffix of a PDF or image, from its first bytes."""
    for prefix, offset, marker, content_type, suffix in SIGNATURES:
        if head.startswith(prefix) and head[offset : offset + len(marker)] == marker:
            return content_type, suffix
    return None


def certificate_check(upload: UploadedFile | None) -> tuple[str, str]:
    """Refuse what is not a PDF or an image, or is empty or too large."""
    if upload is None or not upload.size:
        raise Refused("no_file", _("Choose the certificate to upload."))
    limit = max_bytes()
    if upload.size > limit:
        raise Refused(
            "too_large",
            _("This file is too large (at most %(mb)d MB). Take a smaller photo.")
            % {"mb": limit // (1024 * 1024)},
            status=413,
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    kind = certificate_kind(head)
    if kind is None:
        raise Refused(
            "not_a_certificate",
            _("A certificate must be a PDF or a photo (JPEG, PNG, WebP, HEIC)."),
        )
    return kind


def certificate_attach(*, attendance: Attendance, upload: UploadedFile, user) -> None:
    """Keep the certificate of an excused absence (replacing an earlier one)."""
    content_type, suffix = certificate_check(upload)
    if attendance.status != Presence.EXCUSED:
        raise Refused(
            "not_excused",
            _("Mark her absent with an excuse, and save, before adding a certificate."),
            status=409,
        )
    old = attendance.certificate.name if attendance.certificate else ""
    storage = attendance.certificate.storage
    with transaction.atomic():
        attendance.certificate.save(f"certificate{suffix}", upload, save=False)
        new = attendance.certificate.name
        # The file is written before the row: if the row fails, the file goes.
        transaction.on_commit(lambda: old and old != new and storage.delete(old))
        try:
            attendance.certificate_type = content_type
            attendance.recorded_by = user
            attendance.save(
                update_fields=["certificate", "certificate_type", "recorded_by"]
            )
        except Exception:
            storage.delete(new)
            raise
