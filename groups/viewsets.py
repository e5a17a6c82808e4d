"""Groups and sessions in the Wagtail admin, every view through the tenancy
(:class:`intake.viewsets.TenantModelViewSet`): another programme's or CPAS's
group or session answers 404."""

from __future__ import annotations

import django_filters
from django import forms
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList

from groups.forms import GroupForm, SeriesPanel, SessionForm
from groups.models import Group, Session, SessionKind
from groups.selectors.staff import programmes_run_by
from groups.services.schedules import group_schedule_sync
from groups.views.group_detail import GroupDetailMixin
from groups.views.session_detail import SessionDetailMixin
from intake.models import Programme
from intake.viewsets import TenantModelViewSet, _scoped

SERIES_PANELS = [
    FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
    FieldRowPanel([FieldPanel("frequency"), FieldPanel("alternate_weekdays")]),
    FieldPanel("weekdays"),
    FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    FieldPanel("place"),
    FieldPanel("skipped_dates"),
]


class ScheduleSyncMixin:
    """After a group is saved, its rhythms become sessions."""

    def save_instance(self):
        instance = super().save_instance()
        group_schedule_sync(instance)
        return instance


class RunByMixin:
    """Changing is for the team of the record's programme."""

    def tenant_queryset(self, request: HttpRequest, action: str):
        queryset = self.model.objects.for_user(request.user)
        if action == "view":
            return queryset
        return queryset.filter(programme__in=programmes_run_by(request.user))


def _programmes(request):
    return Programme.objects.for_user(request.user)


def _groups(request):
    return Group.objects.for_user(request.user)


class GroupFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=_programmes
    )

    class Meta:
        model = Group
        fields = ["level"]


class GroupViewSet(RunByMixin, TenantModelViewSet):
    model = Group
    icon = "group"
    menu_label = _("Groups")
    name = "groups"
    # Wagtail's own user groups are at /admin/groups/.
    url_prefix = "programme-groups"
    list_display = ["name", "programme", "level", "capacity", "starts_on", "ends_on"]
    list_export = ["name", "programme", "level", "capacity", "place", "starts_on"]
    export_filename = "groups"
    filterset_class = GroupFilterSet
    search_fields = ["name"]
    inspect_template_name = "groups/group_inspect.html"
    inspect_view_fields = [
        "programme",
        "level",
        "capacity",
        "place",
        "starts_on",
        "ends_on",
        "coaches",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("level")]),
            FieldPanel("programme"),
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("place")]),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            FieldPanel("coaches", widget=forms.CheckboxSelectMultiple),
            SeriesPanel(
                "series",
                heading=_("Rhythm"),
                label=_("Sessions that come back"),
                panels=SERIES_PANELS,
            ),
        ],
        base_form_class=GroupForm,
    )

    @property
    def add_view_class(self):
        return _scoped(TenantModelViewSet.add_view_class.fget(self), ScheduleSyncMixin)

    @property
    def edit_view_class(self):
        return _scoped(TenantModelViewSet.edit_view_class.fget(self), ScheduleSyncMixin)

    @property
    def inspect_view_class(self):
        return _scoped(
            TenantModelViewSet.inspect_view_class.fget(self), GroupDetailMixin
        )


class SessionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SessionKind.choices)
    cancelled = django_filters.BooleanFilter(
        field_name="cancelled_at",
        lookup_expr="isnull",
        exclude=True,
        label=_("Cancelled"),
    )

    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=_programmes
    )
    group = django_filters.ModelChoiceFilter(label=_("Group"), queryset=_groups)

    class Meta:
        model = Session
        fields: list[str] = []


class SessionViewSet(RunByMixin, TenantModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    name = "sessions"
    list_display = [
        "display_title",
        "kind",
        "starts_at",
        "group",
        "place",
        "cancelled_at",
    ]
    list_export = ["display_title", "kind", "starts_at", "ends_at", "group", "place"]
    export_filename = "sessions"
    filterset_class = SessionFilterSet
    search_fields = ["title", "place"]
    ordering = ["-starts_at"]
    inspect_template_name = "groups/session_inspect.html"
    inspect_view_fields = [
        "kind",
        "programme",
        "group",
        "place",
        "coach",
        "participant",
        "support",
        "support_language",
        "notes",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
            FieldRowPanel([FieldPanel("programme"), FieldPanel("group")]),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("place"),
            FieldRowPanel([FieldPanel("coach"), FieldPanel("participant")]),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("support"), FieldPanel("support_language")]
                    )
                ],
                heading=_("Interpreter or mediator"),
            ),
            FieldPanel("notes"),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("cancelled"), FieldPanel("cancel_reason")])],
                heading=_("Cancellation"),
            ),
        ],
        base_form_class=SessionForm,
    )

    @property
    def inspect_view_class(self):
        return _scoped(
            TenantModelViewSet.inspect_view_class.fget(self), SessionDetailMixin
        )


group_viewset = GroupViewSet()
session_viewset = SessionViewSet()


def group_url(group: Group) -> str:
    return reverse(group_viewset.get_url_name("inspect"), args=[group.pk])


def session_url(session: Session) -> str:
    return reverse(session_viewset.get_url_name("inspect"), args=[session.pk])
