"""Export screens: the options (format, language, pseudonymised) for a list
with its filters, the file (streamed, or made in the background when large),
one's own exports and their private, expiring download links."""

from __future__ import annotations

import tempfile

from django.conf import settings
from django.contrib import messages
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from exchange.exports import KINDS, export_table, may_export
from exchange.jobs import background_threshold, export_job_create
from exchange.models import ExportJob, JobStatus
from exchange.writers import CONTENT_TYPES, FORMATS, csv_lines, json_chunks, write_xlsx
from surveys.selectors import forms_for_user

#: Query parameters that are the export's options, not the list's filters.
OPTIONS = ("format", "language", "pseudonymised")
KIND_TITLES = {
    "participants": gettext_lazy("Export participants"),
    "referrals": gettext_lazy("Export referrals"),
    "attendance": gettext_lazy("Export attendance"),
    "submissions": gettext_lazy("Export a form's submissions"),
}


class AdminPage(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


def _staff_language(code: str) -> str:
    codes = {code for code, _name in settings.STAFF_LANGUAGES}
    return code if code in codes else (translation.get_language() or "fr")


def file_response(table, export_format: str) -> HttpResponse:
    """CSV and JSON streamed as they are read; XLSX written by openpyxl's
    write-only workbook into a temporary file, then sent from it."""
    name = f"{table.filename}.{export_format}"
    if export_format == "xlsx":
        spool = tempfile.TemporaryFile()
        write_xlsx(spool, table.headings, table.rows, table.filename)
        spool.seek(0)
        return FileResponse(
            spool, as_attachment=True, filename=name, content_type=CONTENT_TYPES["xlsx"]
        )
    writer = json_chunks if export_format == "json" else csv_lines
    response = StreamingHttpResponse(
        writer(table.headings, table.rows), content_type=CONTENT_TYPES[export_format]
    )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class ExportView(AdminPage):
    """``?format=csv|xlsx|json`` sends the file (or queues it); without it, the
    options, the list's filters kept as hidden fields."""

    template_name = "exchange/export.html"

    def get_page_title(self):
        return str(KIND_TITLES.get(self.kwargs["kind"], _("Export")))

    def get(self, request: HttpRequest, kind: str, pk: int | None = None):
        if kind not in KINDS:
            raise Http404
        if not may_export(request.user, kind):
            raise Http404  # as a list she cannot see
        export_format = request.GET.get("format")
        if export_format not in FORMATS or (kind == "submissions" and pk is None):
            return super().get(request, kind=kind, pk=pk)
        language = _staff_language(request.GET.get("language", ""))
        with translation.override(language):
            table = export_table(request.user, kind, request.GET, pk, export_format)
            if table.count > background_threshold():
                export_job_create(
                    user=request.user,
                    kind=kind,
                    query=request.GET.urlencode(),
                    export_format=export_format,
                    object_id=pk,
                )
                messages.success(
                    request,
                    _(
                        "%(count)d rows: the file is being made. You will be told "
                        "when it is ready; it will be listed here."
                    )
                    % {"count": table.count},
                )
                return redirect("exchange:files")
            response = file_response(table, export_format)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = [
            (name, value)
            for name, values in self.request.GET.lists()
            if name not in OPTIONS
            for value in values
        ]
        context.update(
            filters=filters,
            formats=FORMATS,
            languages=settings.STAFF_LANGUAGES,
            current_language=translation.get_language(),
            forms=(
                forms_for_user(self.request.user)
                if self.kwargs["kind"] == "submissions" and "pk" not in self.kwargs
                else None
            ),
        )
        return context


class FilesView(AdminPage):
    """One's own exports made in the background."""

    template_name = "exchange/files.html"
    page_title = gettext_lazy("My exports")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jobs"] = ExportJob.objects.filter(user=self.request.user)[:50]
        return context


def download(request: HttpRequest, token: str) -> HttpResponse:
    """The file of one's own finished export, until it expires; 404 for anyone
    else and afterwards."""
    job = get_object_or_404(
        ExportJob, token=token, user=request.user, status=JobStatus.DONE
    )
    if job.expired or not job.file:
        raise Http404
    suffix = job.filename.rsplit(".", 1)[-1]
    response = FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.filename,
        content_type=CONTENT_TYPES.get(suffix, "application/octet-stream"),
    )
    response["Cache-Control"] = "private, no-store"
    return response
