"""Admin views: import an XLSForm as a new form of a programme (upload,
preview, confirm) and export a published form as an XLSForm workbook."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from intake.models import Programme
from surveys.models import FormKind, FormPage, FormVersion
from surveys.xlsform import uploads
from surveys.xlsform.creating import create_form, programme_language, programme_page
from surveys.xlsform.planning import plan_import
from surveys.xlsform.reading import XlsFormRefused, max_bytes, read_xlsform
from surveys.xlsform.writing import write_xlsform

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class XlsFormUploadForm(forms.Form):
    programme = forms.ModelChoiceField(
        queryset=Programme.objects.none(), label=gettext_lazy("Programme")
    )
    kind = forms.ChoiceField(
        choices=FormKind.choices,
        initial=FormKind.PARTICIPANT_SATISFACTION,
        label=gettext_lazy("Kind of form"),
    )
    title = forms.CharField(
        max_length=255,
        required=False,
        label=gettext_lazy("Title"),
        help_text=gettext_lazy("Empty: the form_title of the file's settings."),
    )
    file = forms.FileField(
        label=gettext_lazy("XLSForm file"),
        help_text=gettext_lazy("An .xlsx, .xls or CSV file in the XLSForm standard."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.xls,.csv"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = Programme.objects.editable_by(user)


class XlsFormImportView(WagtailAdminTemplateMixin, TemplateView):
    """Upload → preview (nothing written) → confirm (the page is created)."""

    template_name = "surveys/admin/xlsform/import.html"
    page_title = gettext_lazy("Import an XLSForm")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not Programme.objects.editable_by(request.user).exists():
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", XlsFormUploadForm(user=self.request.user))
        context["max_kb"] = max_bytes() // 1024
        return context

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        form = XlsFormUploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        upload = form.cleaned_data["file"]
        if upload.size > max_bytes():
            form.add_error(
                "file",
                _("This file is too large: an XLSForm is at most %(limit)s kB.")
                % {"limit": max_bytes() // 1024},
            )
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = upload.read()
        programme = form.cleaned_data["programme"]
        language = programme_language(programme)
        try:
            plan = plan_import(
                read_xlsform(data, language), language, form.cleaned_data["title"]
            )
            plan.title = plan.title or upload.name.rsplit(".", 1)[0]
        except XlsFormRefused as refused:
            form.add_error("file", str(refused))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        token = uploads.keep(
            request.session, data, programme.pk, form.cleaned_data["kind"], plan.title
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                plan=plan,
                token=token,
                programme=programme,
            )
        )

    def confirm(self, request):
        found = uploads.take(request.session, request.POST["token"])
        if found is None:
            messages.error(request, _("This preview has expired: send the file again."))
            return redirect("surveys_xlsform:import")
        pending, data = found
        programme = (
            Programme.objects.editable_by(request.user)
            .filter(pk=pending.programme_id)
            .first()
        )
        if programme is None:
            raise Http404
        if (
            not programme_page(programme)
            .permissions_for_user(request.user)
            .can_publish_subpage()
        ):
            messages.error(
                request,
                _(
                    "You may not publish pages under this programme: nothing "
                    "was created."
                ),
            )
            return redirect("surveys_xlsform:import")
        language = programme_language(programme)
        plan = plan_import(read_xlsform(data, language), language, pending.title)
        if not plan.can_create:
            messages.error(
                request, _("No question can be carried over: nothing was created.")
            )
            return redirect("surveys_xlsform:import")
        page = create_form(plan, programme, pending.kind, request.user)
        count = 1 + len(plan.translations)
        messages.success(
            request,
            ngettext(
                "The form “%(title)s” was created and published in %(count)s language.",
                "The form “%(title)s” was created and published in %(count)s "
                "languages.",
                count,
            )
            % {"title": page.title, "count": count},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


def xlsform_export(request, pk: int):
    """A published version (``?version=N``, else the latest) as a workbook."""
    page = get_object_or_404(FormPage, pk=pk)
    programme = page.programme
    if (
        programme is None
        or not Programme.objects.for_team(request.user).filter(pk=programme.pk).exists()
    ):
        raise Http404
    versions = FormVersion.objects.filter(page=page).select_related("locale", "page")
    number = request.GET.get("version", "")
    version = (
        versions.filter(number=number)
        if number.isdigit()
        else versions.order_by("-number")
    ).first()
    if version is None:
        raise Http404
    export = write_xlsform(version)
    response = HttpResponse(export.content, content_type=XLSX)
    name = f"{page.slug}-v{version.number}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def export_url(page: FormPage) -> str:
    return reverse("surveys_xlsform:export", args=[page.pk])
