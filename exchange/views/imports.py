"""Import screens: upload, the dry run's preview row by row, confirm.

The uploaded file is kept privately (``PRIVATE_MEDIA_ROOT/exchange/imports/``)
between the preview and the confirmation, bound to the user who sent it, and
expires; nothing else is written before she confirms.
"""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.importers import IMPORTERS, may_import
from exchange.imports import FileUnreadable, ImportReport, import_run, read_file
from exchange.models import ImportUpload
from exchange.views.exports import AdminPage

TITLES = {
    "participants": gettext_lazy("Import participants"),
    "referrals": gettext_lazy("Import referrals"),
}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx or .csv)"),
        help_text=gettext_lazy(
            "The first row holds the column headings, as in an export."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in (".xlsx", ".csv"):
            raise forms.ValidationError(_("Choose a .xlsx or .csv file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("This file is too large (20 MB at most)."))
        return upload


class ImportView(AdminPage):
    """GET: the upload form. POST with a file: keep it, dry run, preview.
    POST with ``token``: the confirmed import (``skip_bad_rows`` ticked or not)."""

    template_name = "exchange/import.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["kind"] not in IMPORTERS:
            raise Http404
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(TITLES[self.kwargs["kind"]])

    def get(self, request: HttpRequest, kind: str) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request: HttpRequest, kind: str) -> HttpResponse:
        if "token" in request.POST:
            return self.confirm(request, kind)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = ImportUpload(
            user=request.user, kind=kind, original_name=form.cleaned_data["file"].name
        )
        upload.file.save(
            f"exchange/imports/{upload.token}{PurePath(upload.original_name).suffix}",
            form.cleaned_data["file"],
            save=False,
        )
        upload.save()
        report = self.run(upload, write=False)
        return self.preview(upload, report)

    def upload_of(self, request, kind: str) -> ImportUpload:
        upload = ImportUpload.objects.filter(
            token=request.POST.get("token", ""),
            user=request.user,
            kind=kind,
            expires_at__gt=timezone.now(),
        ).first()
        if upload is None:
            raise Http404
        return upload

    def confirm(self, request: HttpRequest, kind: str) -> HttpResponse:
        upload = self.upload_of(request, kind)
        skip = request.POST.get("skip_bad_rows") == "on"
        report = self.run(upload, write=True, skip_bad_rows=skip)
        if not report.written:
            messages.error(
                request,
                _(
                    "Nothing was imported: correct the rows below, or tick "
                    "“Skip the rows with errors”."
                ),
            )
            return self.preview(upload, report)
        upload.file.delete(save=False)
        upload.delete()
        messages.success(
            request,
            _(
                "Imported: %(created)d created, %(updated)d updated, "
                "%(skipped)d rows with errors skipped."
            )
            % {
                "created": report.count("create"),
                "updated": report.count("update"),
                "skipped": len(report.bad_rows),
            },
        )
        return redirect("exchange:import", kind=kind)

    def run(self, upload: ImportUpload, **options) -> ImportReport:
        importer = IMPORTERS[upload.kind](
            self.request.user, file_name=upload.original_name
        )
        try:
            with upload.file.open("rb") as handle:
                dataset = read_file(handle, upload.original_name)
        except FileUnreadable as problem:
            return ImportReport(problems=[str(problem)])
        return import_run(importer, dataset, **options)

    def preview(self, upload: ImportUpload, report: ImportReport) -> HttpResponse:
        return self.render_to_response(
            self.get_context_data(upload=upload, report=report, form=None)
        )
