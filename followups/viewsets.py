"""The follow-up plan in the Wagtail admin: the programme's managers (and the
CPAS's administrators) list, add and change its steps; its coaches read it."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList

from followups.models import FollowUpStep
from intake.forms import TenantModelForm
from intake.models import Programme
from intake.viewsets import TenantModelViewSet
from surveys.models import FormKind, FormPage
from surveys.selectors.forms import forms_of


def follow_up_forms(programmes: QuerySet[Programme]) -> QuerySet[FormPage]:
    """The follow-up interview forms of ``programmes`` (their source pages)."""
    pages = forms_of(programmes).filter(kind=FormKind.FOLLOW_UP)
    return pages.filter(alias_of__isnull=True).order_by("title")


class FollowUpStepForm(TenantModelForm):
    """Only the programmes the editor manages, and only their follow-up forms:
    a forged value is refused."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        managed = Programme.objects.editable_by(for_user)
        self.fields["programme"].queryset = managed
        self.fields["form"].queryset = follow_up_forms(managed)


class FollowUpPlanViewSet(TenantModelViewSet):
    model = FollowUpStep
    icon = "calendar-check"
    menu_label = _("Follow-up plan")
    name = "follow_up_plan"
    list_display = ["programme", "months_after", "form"]
    inspect_view_enabled = False
    ordering = ["programme__name", "months_after"]
    edit_handler = ObjectList(
        [FieldPanel("programme"), FieldPanel("months_after"), FieldPanel("form")],
        base_form_class=FollowUpStepForm,
    )

    def tenant_queryset(self, request: HttpRequest, action: str) -> QuerySet:
        """Everyone of the team reads; changing is for whoever edits the
        programme (its managers, the CPAS's administrators)."""
        steps = FollowUpStep.objects.for_user(request.user)
        if action == "view":
            return steps
        return steps.filter(programme__in=Programme.objects.editable_by(request.user))


follow_up_plan_viewset = FollowUpPlanViewSet()
