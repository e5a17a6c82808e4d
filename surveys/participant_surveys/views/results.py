"""Results of the participant surveys: per survey, session, language and period.

Shown, and exported, only for groups of at least ``MIN_GROUP`` answers
(:mod:`surveys.participant_surveys.selectors`); below that, only the number of answers.
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

from surveys.models import Invitation
from surveys.participant_surveys.selectors import (
    is_anonymous_survey,
    reads_results,
    survey_answers,
    survey_for_user,
    survey_languages,
    survey_results,
    survey_sessions,
    surveys_for_user,
)
from surveys.selectors import (
    FormCatalog,
    form_dataset,
    form_programmes,
    form_versions,
)
from surveys.views.exports import spreadsheet_response


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, invitation: Invitation) -> str:
        if invitation.session_date:
            return f"{invitation.label} ({invitation.session_date:%d/%m/%Y})"
        return invitation.label


class ResultFilterForm(forms.Form):
    """Session, language and period; choices come from the survey's answers."""

    session = SessionChoiceField(
        queryset=Invitation.objects.none(),
        label=_("Session"),
        required=False,
        empty_label=_("All"),
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    start = forms.DateField(label=_("From"), required=False, widget=AdminDateInput())
    end = forms.DateField(label=_("To"), required=False, widget=AdminDateInput())

    def __init__(self, *args, dataset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = survey_sessions(dataset)
        self.fields["language"].choices = [
            ("", _("All")),
            *survey_languages(dataset),
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
    def dataset(self):
        return form_dataset(self.request.user, self.survey)

    @cached_property
    def filters(self) -> ResultFilterForm:
        return ResultFilterForm(self.request.GET or None, dataset=self.dataset)

    @cached_property
    def answers(self):
        data = self.filters.cleaned_data if self.filters.is_valid() else {}
        return survey_answers(
            self.dataset,
            invitation=data.get("session"),
            language=data.get("language") or "",
            start=data.get("start"),
            end=data.get("end"),
        )

    @cached_property
    def versions(self):
        return form_versions(self.survey)

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("export")
        if export_format in ("csv", "xlsx"):
            results = survey_results(self.answers, self.versions, get_language())
            if results.shown:
                return spreadsheet_response(
                    self.answers,
                    FormCatalog(self.versions, get_language() or ""),
                    export_format=export_format,
                    filename=f"{self.survey.slug}-results",
                    anonymous=is_anonymous_survey(self.survey),
                )
            return self.render_to_response(
                self.get_context_data(results=results, export_refused=True)
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = kwargs.get("results") or survey_results(
            self.answers, self.versions, get_language()
        )
        query = self.request.GET.copy()
        query.pop("export", None)
        context.update(
            survey=self.survey,
            results=results,
            filters=self.filters,
            form_media=self.filters.media,
            is_filtering=self.filters.is_valid() and self.filters.has_changed(),
            all_count=self.dataset.count(),
            anonymous=is_anonymous_survey(self.survey),
            export_query=query.urlencode(),
            texts=[
                (question, results.texts.get(question.key, []))
                for question in (results.summary.questions if results.summary else [])
            ],
        )
        return context
