"""The forms a user may see, with how many submissions she sees of each."""

from __future__ import annotations

import django_filters
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView

from surveys.models import FormKind, FormPage
from surveys.selectors import form_programmes, forms_with_activity


class FormFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of form"), choices=FormKind.choices, empty_label=_("All")
    )

    class Meta:
        model = FormPage
        fields: list[str] = []


def answers_url(page: FormPage) -> str:
    return reverse("surveys_submissions:index", args=(page.pk,))


class AnswersColumn(Column):
    """A link to the form's answers."""

    cell_template_name = "surveys/admin/includes/answers_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = answers_url(instance)
        return context


class FormIndexView(BaseListingView):
    """Forms of the user's programmes (source language), newest activity first."""

    page_title = _("Forms")
    header_icon = "form"
    index_url_name = "surveys_submissions:forms"
    index_results_url_name = "surveys_submissions:forms_results"
    paginate_by = 20
    default_ordering = "title"
    filterset_class = FormFilterSet
    is_searchable = True
    search_fields = ["title"]
    search_backend_name = None
    verbose_name = _("form")
    verbose_name_plural = _("forms")

    @cached_property
    def columns(self):
        return [
            # The form's title opens the editor for those who edit it; the
            # answers have their own column (issue #13: "Forms" led only to
            # the answers).
            TitleColumn(
                "title",
                label=_("Form"),
                sort_key="title",
                get_url=self.form_url,
            ),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column(
                "programme",
                label=_("Programme"),
                accessor=lambda page: self.programmes.get(page.pk) or "",
            ),
            Column(
                "submission_count",
                label=_("Submissions"),
                sort_key="submission_count",
            ),
            AnswersColumn("answers", label=_("Answers")),
            DateColumn(
                "last_submitted_at",
                label=_("Last submission"),
                sort_key="last_submitted_at",
            ),
        ]

    @cached_property
    def no_results_message(self):
        """A whole sentence, translated as one (not "There are no %(model_name)s")."""
        if self.is_searching or self.is_filtering:
            return _("No form matches your search.")
        return _("No form of your programmes yet.")

    def form_url(self, page: FormPage) -> str:
        """The editor, for whoever may edit the form; its answers otherwise."""
        if page.permissions_for_user(self.request.user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=(page.pk,))
        return answers_url(page)

    def get_base_queryset(self):
        return forms_with_activity(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.programmes = form_programmes(context["object_list"])
        return context
