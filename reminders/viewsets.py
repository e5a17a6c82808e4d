"""The reminder policies (the programme's managers) and the list of reminders
with their state (its team), every view through the tenancy."""

from __future__ import annotations

import django_filters
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from intake.models import Programme
from intake.viewsets import TenantModelViewSet
from reminders.forms import ReminderPolicyForm
from reminders.models import Reminder, ReminderKind, ReminderPolicy, ReminderState


class ReminderPolicyViewSet(TenantModelViewSet):
    model = ReminderPolicy
    icon = "cog"
    menu_label = _("Reminder policies")
    name = "reminder_policies"
    list_display = ["programme", "enabled", "offsets", "notify_changes"]
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("enabled"),
            FieldPanel("offsets"),
            FieldPanel("notify_changes"),
        ],
        base_form_class=ReminderPolicyForm,
    )

    def tenant_queryset(self, request: HttpRequest, action: str):
        policies = ReminderPolicy.objects.for_user(request.user)
        if action == "view":
            return policies
        return policies.filter(
            programme__in=Programme.objects.editable_by(request.user)
        )


class ReminderFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=ReminderState.choices)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ReminderKind.choices)

    class Meta:
        model = Reminder
        fields: list[str] = []


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Nobody, not even the platform's operators, rewrites what was sent: a
    reminder set back to "to send" would go twice."""

    def user_has_permission(self, user, action: str) -> bool:
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return "view" in actions and super().user_has_permission(user, "view")


register_permission_policy(Reminder, ReadOnlyPolicy(Reminder), exact_class=True)


class ReminderViewSet(TenantModelViewSet):
    """What was sent, skipped (and why) or failed: read only."""

    model = Reminder
    icon = "mail"
    menu_label = _("Reminders sent")
    name = "reminders"
    list_display = [
        "participant",
        "session",
        "kind",
        "channel",
        "state",
        "reason",
        "due_at",
        "sent_at",
    ]
    list_filter = None
    filterset_class = ReminderFilterSet
    list_export = ["participant", "session", "kind", "channel", "state", "reason"]
    export_filename = "reminders"
    inspect_view_fields = [
        "participant",
        "session",
        "kind",
        "channel",
        "language",
        "state",
        "reason",
        "detail",
        "due_at",
        "sent_at",
    ]
    form_fields = ["state"]


class RemindersViewSetGroup(ViewSetGroup):
    menu_label = _("Reminders")
    menu_icon = "mail"
    menu_order = 175
    items = (ReminderViewSet, ReminderPolicyViewSet)
