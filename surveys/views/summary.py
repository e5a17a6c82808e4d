"""A form's summary: counts, means and distributions over the filtered dataset."""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from surveys.selectors import form_versions, submission_summary
from surveys.views.form_scope import FormScopeMixin
from surveys.views.submissions import AnonymousSurveyMixin, SubmissionFilterMixin


class SummaryView(
    FormScopeMixin,
    AnonymousSurveyMixin,
    SubmissionFilterMixin,
    WagtailAdminTemplateMixin,
    TemplateView,
):
    """Reads the same filters as the list, so "Summary" summarises what was listed."""

    template_name = "surveys/admin/summary.html"
    page_title = _("Summary")
    header_icon = "list-ul"

    def get_page_subtitle(self):
        return self.form_page.title

    def get_breadcrumbs_items(self):
        return [
            *self.form_breadcrumbs(),
            {"url": "", "label": self.form_page.title, "sublabel": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.urlencode()
        list_url = self.form_url("index")
        context.update(
            form_page=self.form_page,
            summary=submission_summary(
                self.filtered_dataset(), form_versions(self.form_page), get_language()
            ),
            is_filtering=self.filters.is_valid() and self.filters.form.has_changed(),
            all_count=self.dataset.count(),
            list_url=f"{list_url}?{query}" if query else list_url,
        )
        return context
