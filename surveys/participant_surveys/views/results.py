"""Results of the participant surveys: per survey, session, language and period.

Shown, and exported, only for groups of at least ``MIN_GROUP`` answers, cut one
way at a time into groups fixed for the whole survey
(:mod:`surveys.participant_surveys.anonymity`); below that, only the number of answers.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from surveys.participant_surveys.anonymity import (
    Cut,
    SurveyGroups,
    reportable,
    survey_groups,
)
from surveys.participant_surveys.selectors import (
    is_anonymous_survey,
    reads_results,
    survey_for_user,
    survey_results,
    surveys_for_user,
)
from surveys.selectors import (
    FormCatalog,
    form_dataset,
    form_programmes,
    form_versions,
)
from surveys.views.exports import spreadsheet_response


class ResultFilterForm(forms.Form):
    """Session, language and period; the choices are the survey's groups."""

    session = forms.ChoiceField(label=_("Session"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    start = forms.DateField(label=_("From"), required=False, widget=AdminDateInput())
    end = forms.DateField(label=_("To"), required=False, widget=AdminDateInput())

    def __init__(self, *args, groups: SurveyGroups, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in (
            ("session", groups.sessions),
            ("language", groups.languages),
        ):
            self.fields[name].choices = [
                ("", _("All")),
                *((group.value, group.label) for group in choices),
            ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end of the period comes before its start."))
        return cleaned


class SurveyListView(WagtailAdminTemplateMixin, TemplateView):
    """The satisfaction surveys whose results the user may read."""

    template_name = "surveys/admin/results/index.html"
    page_title = _("Survey results")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not reads_results(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        surveys = list(surveys_for_user(self.request.user))
        programmes = form_programmes(surveys)
        context["surveys"] = [
            {
                "page": page,
                "programme": programmes.get(page.pk),
                "url": reverse("survey_results:survey", args=[page.pk]),
            }
            for page in surveys
        ]
        return context


class SurveyResultsView(WagtailAdminTemplateMixin, TemplateView):
    """One survey's results (every language), filtered; ``?export=csv|xlsx``."""

    template_name = "surveys/admin/results/survey.html"
    page_title = _("Survey results")
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.survey = survey_for_user(request.user, kwargs["pk"])
        if self.survey is None:
            raise Http404

    def get_page_subtitle(self):
        return self.survey.title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("survey_results:index"), "label": _("Survey results")},
            {"url": "", "label": self.survey.title},
        ]

    @cached_property
    def anonymous(self) -> bool:
        return is_anonymous_survey(self.survey)

    @cached_property
    def dataset(self):
        """The answers the results may show: never one sent through a personal
        link, unless the survey identifies people."""
        dataset = form_dataset(self.request.user, self.survey)
        return reportable(dataset, anonymous=self.anonymous)

    @cached_property
    def groups(self) -> SurveyGroups:
        return survey_groups(self.dataset)

    @cached_property
    def filters(self) -> ResultFilterForm:
        return ResultFilterForm(self.request.GET or None, groups=self.groups)

    @cached_property
    def cut(self) -> Cut:
        data = self.filters.cleaned_data if self.filters.is_valid() else {}
        return self.groups.cut(
            session=data.get("session") or "",
            language=data.get("language") or "",
            start=data.get("start"),
            end=data.get("end"),
        )

    @cached_property
    def answers(self):
        return self.dataset.filter(pk__in=self.cut.members)

    def results(self):
        results = survey_results(
            self.answers, self.versions, get_language(), refused=self.cut.refused
        )
        results.widened_to = self.cut.widened_to
        return results

    @cached_property
    def versions(self):
        return form_versions(self.survey)

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("export")
        if export_format in ("csv", "xlsx"):
            results = self.results()
            if results.shown:
                return spreadsheet_response(
                    self.answers,
                    FormCatalog(self.versions, get_language() or ""),
                    export_format=export_format,
                    filename=f"{self.survey.slug}-results",
                    anonymous=self.anonymous,
                    groups=self.groups,
                )
            return self.render_to_response(
                self.get_context_data(results=results, export_refused=True)
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = kwargs.get("results") or self.results()
        query = self.request.GET.copy()
        query.pop("export", None)
        context.update(
            survey=self.survey,
            results=results,
            filters=self.filters,
            form_media=self.filters.media,
            is_filtering=self.filters.is_valid() and self.filters.has_changed(),
            all_count=self.dataset.count(),
            anonymous=self.anonymous,
            export_query=query.urlencode(),
            texts=[
                (question, results.texts.get(question.key, []))
                for question in (results.summary.questions if results.summary else [])
            ],
        )
        return context
