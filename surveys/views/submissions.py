"""One form's submissions: the filtered list (and its exports) and one submission."""

from __future__ import annotations

import django_filters
from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import (
    BaseListingView,
    WagtailAdminTemplateMixin,
)
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets.button import HeaderButton

from intake.access_log import record_access
from intake.languages import language_name
from intake.list_exports import list_export_buttons
from intake.models import AccessAction
from surveys.field_types.display import AnswerDisplay
from surveys.models import Submission
from surveys.participant_surveys.selectors import is_anonymous_survey
from surveys.selectors import answer_display
from surveys.sensitive import reads_sensitive, sensitive_keys
from surveys.views.exports import spreadsheet_response
from surveys.views.form_scope import FormScopeMixin

#: Answers shown as columns of the list (the first questions of the form).
PREVIEW_QUESTIONS = 3
#: What a reader who may not read a sensitive answer sees in its place.
HIDDEN_SENSITIVE = AnswerDisplay(
    _("Sensitive answer: shown only to the programme's coaches and managers.")
)


def submitter_name(submission: Submission) -> str:
    user = submission.submitted_by
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def submitted_at_text(submission: Submission) -> str:
    moment = timezone.localtime(submission.submitted_at)
    return formats.date_format(moment, "SHORT_DATETIME_FORMAT")


class AnonymousSurveyMixin:
    """An anonymous satisfaction survey has no per-submission screen: one answer
    (or a filter narrowed to one) could single out its author. Its results page
    shows groups of at least five instead."""

    def dispatch(self, request, *args, **kwargs):
        if is_anonymous_survey(self.form_page):
            return redirect("survey_results:survey", self.form_page.pk)
        return super().dispatch(request, *args, **kwargs)


class SubmissionFilterSet(WagtailFilterSet):
    """Date range, language and version; choices come from the form's dataset."""

    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="locale__language_code",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    version = django_filters.ChoiceFilter(
        label=_("Version"),
        field_name="version__number",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Submission
        fields: list[str] = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        dataset = queryset.order_by()
        codes = dataset.values_list("locale__language_code", flat=True).distinct()
        self.filters["language"].extra["choices"] = sorted(
            ((code, language_name(code)) for code in set(codes)),
            key=lambda choice: choice[1],
        )
        numbers = dataset.values_list("version__number", flat=True).distinct()
        self.filters["version"].extra["choices"] = [
            (str(number), str(number)) for number in sorted(set(numbers))
        ]


class SubmissionFilterMixin:
    """The dataset narrowed by the filters in the query string."""

    filterset_class = SubmissionFilterSet

    def get_filterset_kwargs(self):
        return {
            "data": self.request.GET,
            "request": self.request,
            "queryset": self.dataset,
        }

    @cached_property
    def filters(self):
        return self.filterset_class(**self.get_filterset_kwargs())

    def filtered_dataset(self):
        filters = self.filters
        if filters.is_valid():
            return filters.filter_queryset(self.dataset)
        return self.dataset


class SubmissionIndexView(
    FormScopeMixin,
    AnonymousSurveyMixin,
    SubmissionFilterMixin,
    SpreadsheetExportMixin,
    BaseListingView,
):
    """Every language's submissions of one form; ``?export=csv|xlsx`` downloads
    the filtered rows."""

    page_title = _("Submissions")
    header_icon = "form"
    paginate_by = 25
    default_ordering = "-submitted_at"
    verbose_name = _("submission")
    verbose_name_plural = _("submissions")
    list_export = ["submitted_at"]  # shows Wagtail's download buttons

    def get_page_subtitle(self):
        return self.form_page.title

    def get_index_url(self):
        return self.form_url("index")

    def get_index_results_url(self):
        return self.form_url("index_results")

    def get_breadcrumbs_items(self):
        return [
            *self.form_breadcrumbs()[:-1],
            {"url": "", "label": self.form_page.title, "sublabel": self.page_title},
        ]

    def get_header_buttons(self):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        query.pop("_w_filter_fragment", None)
        url = self.form_url("summary")
        return [
            HeaderButton(
                _("Summary"),
                url=f"{url}?{query.urlencode()}" if query else url,
                icon_name="list-ul",
            ),
            *super().get_header_buttons(),
            *self.sensitive_export_buttons(query),
            *list_export_buttons(
                self.request, "submissions", object_id=self.form_page.pk
            ),
        ]

    def sensitive_export_buttons(self, query) -> list[HeaderButton]:
        """The explicit choice to export sensitive answers too (logged)."""
        if not (reads_sensitive(self.request.user) and sensitive_keys(self.catalog)):
            return []
        query = query.copy()
        query["export"], query["sensitive"] = "xlsx", "1"
        return [
            HeaderButton(
                _("Download XLSX with the sensitive answers"),
                url=f"{self.form_url('index')}?{query.urlencode()}",
                icon_name="download",
            )
        ]

    def get_base_queryset(self):
        return self.dataset.select_related("locale", "submitted_by")

    def export(self, request):
        """The filtered rows; sensitive answers only when asked for
        (``sensitive=1``, the team only), and every export logged."""
        sensitive = sensitive_keys(self.catalog)
        with_sensitive = (
            bool(sensitive)
            and request.GET.get("sensitive") == "1"
            and reads_sensitive(request.user)
        )
        record_access(
            request,
            AccessAction.EXPORT_SENSITIVE if with_sensitive else AccessAction.EXPORT,
            cpas=self.form_page.programme.cpas if self.form_page.programme else None,
            detail=f"{self.form_page.title} ({request.GET.get('export')})",
        )
        return spreadsheet_response(
            self.get_queryset(),
            self.catalog,
            export_format=request.GET["export"],
            filename=self.form_page.slug,
            leave_out=set() if with_sensitive else sensitive,
        )

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "submitted_at",
                label=_("Date"),
                sort_key="submitted_at",
                accessor=submitted_at_text,
                get_url=lambda submission: self.form_url("detail", submission.pk),
            ),
            Column(
                "language",
                label=_("Language"),
                accessor=lambda s: language_name(s.locale.language_code),
            ),
            Column(
                "version",
                label=_("Version"),
                accessor=lambda s: self.catalog.versions[s.version_id].number,
            ),
            Column("submitted_by", label=_("Submitted by"), accessor=submitter_name),
        ]
        for key in self.catalog.keys()[:PREVIEW_QUESTIONS]:
            spec = self.catalog.spec_or_plain(key)
            columns.append(
                Column(
                    f"answer-{key}",
                    label=Truncator(spec.label).chars(40),
                    accessor=lambda s, key=key: self.answer_preview(s, key),
                )
            )
        return columns

    def answer_preview(self, submission: Submission, key: str) -> str:
        if key in sensitive_keys(self.catalog):
            return str(HIDDEN_SENSITIVE)  # the list is not the place to read them
        spec = self.catalog.spec_or_plain(key, submission.version_id)
        text = answer_display(spec, submission.answers.get(key)).text
        return Truncator(text).chars(60)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.export(request)
        return super().get(request, *args, **kwargs)


class SubmissionDetailView(
    FormScopeMixin, AnonymousSurveyMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One submission, every answer under its label in the reader's language."""

    template_name = "surveys/admin/submission_detail.html"
    header_icon = "form"

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.submission = (
            self.dataset.select_related("locale", "submitted_by")
            .filter(pk=kwargs["submission_pk"])
            .first()
        )
        if self.submission is None:
            raise Http404

    def get_page_title(self):
        return _("Submission of %(date)s") % {
            "date": submitted_at_text(self.submission)
        }

    def get_breadcrumbs_items(self):
        return [
            *self.form_breadcrumbs(),
            {
                "url": "",
                "label": self.get_page_title(),
                "sublabel": self.form_page.title,
            },
        ]

    def answers(self) -> list[dict]:
        """The submission's own version's questions, then any other answered key."""
        submission = self.submission
        version = self.catalog.versions.get(submission.version_id)
        keys = list(version.form_schema.keys) if version else []
        keys += [key for key in submission.answers if key not in keys]
        rows = []
        may_read = reads_sensitive(self.request.user)
        shown_sensitive = False
        for key in keys:
            spec = self.catalog.spec_or_plain(key, submission.version_id)
            display = answer_display(spec, submission.answers.get(key))
            if spec.sensitive and not may_read:
                display = HIDDEN_SENSITIVE
            shown_sensitive = shown_sensitive or (spec.sensitive and may_read)
            rows.append(
                {
                    "key": key,
                    "label": spec.label,
                    "display": display,
                    "current": self.catalog.is_current(key),
                }
            )
        self.log_reading(shown_sensitive)
        return rows

    def log_reading(self, shown_sensitive: bool) -> None:
        submission = self.submission
        if submission.participant is None and not shown_sensitive:
            return
        record_access(
            self.request,
            AccessAction.VIEW_SENSITIVE
            if shown_sensitive
            else AccessAction.VIEW_RECORD,
            participant=submission.participant,
            cpas=self.form_page.programme.cpas if self.form_page.programme else None,
            detail=f"{self.form_page.title} #{submission.pk}",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.catalog.versions.get(self.submission.version_id)
        context.update(
            form_page=self.form_page,
            submission=self.submission,
            version_number=version.number if version else "",
            language=language_name(self.submission.locale.language_code),
            submitted_by=submitter_name(self.submission),
            submitted_at=submitted_at_text(self.submission),
            answers=self.answers(),
        )
        return context
