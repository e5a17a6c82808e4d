"""The form a per-form screen is about, resolved through the user's scope."""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from surveys.selectors import FormCatalog, form_dataset, form_for_user, form_versions


class FormScopeMixin:
    """Sets ``form_page`` from the URL's ``pk`` (any language page of the form).

    A form outside the user's CPAS or programmes does not exist for her: 404, so a
    forged URL tells nothing about what other teams hold.
    """

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.form_page = form_for_user(request.user, kwargs["pk"])
        if self.form_page is None:
            raise Http404

    @cached_property
    def dataset(self):
        return form_dataset(self.request.user, self.form_page)

    @cached_property
    def catalog(self) -> FormCatalog:
        return FormCatalog(form_versions(self.form_page), get_language() or "")

    def form_url(self, name: str, *args) -> str:
        return reverse(f"surveys_submissions:{name}", args=(self.form_page.pk, *args))

    def form_breadcrumbs(self) -> list[dict]:
        """Home › Forms › this form's submissions."""
        return [
            *self.breadcrumbs_items,
            {"url": reverse("surveys_submissions:forms"), "label": _("Forms")},
            {"url": self.form_url("index"), "label": self.form_page.title},
        ]
