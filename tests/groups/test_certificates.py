"""An absence certificate is a PDF or a photo, checked by its content, not too
large; anything else is refused and nothing is kept."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from groups.models import Attendance
from groups.services.certificates import certificate_attach, certificate_check
from groups.services.errors import Refused
from tests.groups.factories import team
from tests.groups.helpers import take_register

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
HEIC = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64


def upload(content: bytes, name="certificate.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF, "application/pdf"),
        (JPEG, "image/jpeg"),
        (PNG, "image/png"),
        (HEIC, "image/heic"),
    ],
)
def test_pdfs_and_photos_are_accepted_by_their_content(content, kind):
    assert certificate_check(upload(content, name="scan.bin"))[0] == kind


def test_a_file_named_pdf_that_is_not_one_is_refused():
    with pytest.raises(Refused) as refused:
        certificate_check(
            upload(b"MZ\x90\x00 this is a program", name="certificate.pdf")
        )
    assert refused.value.error == "not_a_certificate"
    assert "PDF or a photo" in str(refused.value.message)


def test_a_file_too_large_is_refused(settings):
    settings.ATTENDANCE_CERTIFICATE_MAX_BYTES = 1024
    with pytest.raises(Refused) as refused:
        certificate_check(upload(PDF + b"0" * 2000))
    assert (refused.value.error, refused.value.status) == ("too_large", 413)


def test_an_empty_upload_is_refused():
    with pytest.raises(Refused) as refused:
        certificate_check(upload(b""))
    assert refused.value.error == "no_file"


def excused(setting):
    (amina,) = setting.enrol(1)
    session = setting.session()
    take_register(setting, session, {amina: "excused"})
    return Attendance.objects.get(participant=amina, session=session)


def test_the_certificate_of_an_excused_absence_is_kept_privately(settings):
    setting = team()
    attendance = excused(setting)
    certificate_attach(attendance=attendance, upload=upload(PDF), user=setting.coach)
    attendance.refresh_from_db()
    assert attendance.certificate_type == "application/pdf"
    path = settings.PRIVATE_MEDIA_ROOT / attendance.certificate.name
    assert path.read_bytes() == PDF
    assert not str(path).startswith(str(settings.MEDIA_ROOT))


def test_a_new_certificate_replaces_the_old_file(
    settings, django_capture_on_commit_callbacks
):
    setting = team()
    attendance = excused(setting)
    with django_capture_on_commit_callbacks(execute=True):
        certificate_attach(
            attendance=attendance, upload=upload(PDF), user=setting.coach
        )
    first = attendance.certificate.name
    with django_capture_on_commit_callbacks(execute=True):
        certificate_attach(
            attendance=attendance,
            upload=upload(PNG, "photo.png", "image/png"),
            user=setting.coach,
        )
    attendance.refresh_from_db()
    assert attendance.certificate_type == "image/png"
    assert not (settings.PRIVATE_MEDIA_ROOT / first).exists()
    assert (settings.PRIVATE_MEDIA_ROOT / attendance.certificate.name).exists()


def test_a_bad_file_leaves_the_row_and_the_folder_untouched(settings):
    setting = team()
    attendance = excused(setting)
    with pytest.raises(Refused):
        certificate_attach(
            attendance=attendance, upload=upload(b"<html>"), user=setting.coach
        )
    attendance.refresh_from_db()
    assert not attendance.certificate
    assert not (settings.PRIVATE_MEDIA_ROOT / "certificates").exists()


def test_only_an_excused_absence_takes_a_certificate(settings):
    setting = team()
    (amina,) = setting.enrol(1)
    session = setting.session()
    take_register(setting, session, {amina: "present"})
    attendance = Attendance.objects.get()
    with pytest.raises(Refused) as refused:
        certificate_attach(
            attendance=attendance, upload=upload(PDF), user=setting.coach
        )
    assert refused.value.error == "not_excused"
    assert not (settings.PRIVATE_MEDIA_ROOT / "certificates").exists()
