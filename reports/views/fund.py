"""The fund report screen (Reports menu): a programme and a period, its figures
as charts with the same figures in tables, and the XLSX file (``?export=xlsx``)."""

from __future__ import annotations

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from reports.access import report_programmes, settable_programmes
from reports.figures import Period, fund_report, fund_settings
from reports.models import FundSettings
from reports.sections import report_sections
from reports.spreadsheet import report_response

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    # The browser's own date input: Wagtail's date chooser writes an inline
    # script, which the coming Content-Security-Policy refuses.
    start = forms.DateField(label=_("From"), widget=DATE_INPUT)
    end = forms.DateField(label=_("To"), widget=DATE_INPUT)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end of the period comes before its start."))
        return cleaned


def this_year() -> Period:
    return Period.year(timezone.localdate().year)


class FundReportIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The programmes whose report the user reads."""

    template_name = "reports/admin/index.html"
    page_title = _("Fund report")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        programmes = list(report_programmes(request.user))
        if len(programmes) == 1:
            return redirect("fund_report:programme", programmes[0].pk)
        self.programmes = programmes
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(programmes=self.programmes, **kwargs)


class FundReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/report.html"
    page_title = _("Fund report")
    header_icon = "table"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.programme = report_programmes(request.user).filter(pk=kwargs["pk"]).first()
        if self.programme is None:
            raise Http404

    def get_page_subtitle(self):
        return self.programme.name

    @cached_property
    def period_form(self) -> PeriodForm:
        year = this_year()
        data = self.request.GET if "start" in self.request.GET else None
        return PeriodForm(data, initial={"start": year.start, "end": year.end})

    @cached_property
    def period(self) -> Period:
        if self.period_form.is_bound and self.period_form.is_valid():
            data = self.period_form.cleaned_data
            return Period(data["start"], data["end"])
        return this_year()

    @cached_property
    def report(self):
        return fund_report(self.request.user, self.programme, self.period)

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "xlsx":
            return report_response(self.report)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        sections = report_sections(self.report)
        query = self.request.GET.copy()
        query.pop("export", None)
        query.setdefault("start", self.period.start.isoformat())
        query.setdefault("end", self.period.end.isoformat())
        return super().get_context_data(
            programme=self.programme,
            report=self.report,
            sections=sections,
            charts={"sections": [s.chart_data() for s in sections if s.chart]},
            period_form=self.period_form,
            export_query=query.urlencode(),
            can_set_split_key=settable_programmes(self.request.user)
            .filter(pk=self.programme.pk)
            .exists(),
            **kwargs,
        )


class FundSettingsForm(forms.ModelForm):
    class Meta:
        model = FundSettings
        fields = ["fund_name", "split_key"]


class FundSettingsView(WagtailAdminTemplateMixin, FormView):
    """The programme's split key, set by its manager or the CPAS's administrator."""

    template_name = "reports/admin/settings.html"
    form_class = FundSettingsForm
    page_title = _("Split key")
    header_icon = "cog"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.programme = get_object_or_404(
            settable_programmes(request.user), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return self.programme.name

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": fund_settings(self.programme)}

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("The split key was saved."))
        return redirect(reverse("fund_report:programme", args=[self.programme.pk]))

    def get_context_data(self, **kwargs):
        return super().get_context_data(programme=self.programme, **kwargs)
