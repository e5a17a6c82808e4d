"""Wagtail admin screens for the organisation, all read through the tenancy.

Every view of a :class:`TenantModelViewSet` reads through
``viewset.tenant_queryset(request, action)``: the listing and the export show only
the user's CPAS, and a forged URL to another CPAS's record answers 404.
"""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet
from django.forms import modelform_factory
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from intake.access_log import record_access
from intake.forms import ProgrammeForm, TeamMemberForm, TenantModelForm
from intake.list_exports import list_export_buttons
from intake.models import (
    AccessAction,
    Antenna,
    Cpas,
    Membership,
    Participant,
    Programme,
)
from intake.panels import participant_panels


class TenantIndexMixin:
    tenant_queryset = None

    def get_base_queryset(self):
        allowed = self.tenant_queryset(self.request, "view").values("pk")
        return super().get_base_queryset().filter(pk__in=allowed)


class TenantObjectMixin:
    """A single-object view: an object outside the user's tenancy does not exist."""

    tenant_queryset = None
    tenant_action = "view"

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is not None:
            allowed = self.tenant_queryset(self.request, self.tenant_action)
            if not allowed.filter(pk=obj.pk).exists():
                raise Http404
        return obj


class ListExportMixin:
    """The list's *Export* menu, with its current filters
    (:mod:`intake.list_exports`)."""

    export_kind = ""

    def get_header_buttons(self):
        buttons = list_export_buttons(self.request, self.export_kind)
        return [*super().get_header_buttons(), *buttons]


def _scoped(view_class, mixin, **attrs):
    return type(view_class.__name__, (mixin, view_class), attrs)


class TenantModelViewSet(ModelViewSet):
    """A ModelViewSet whose every view goes through the tenancy."""

    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_admin_menu = False
    form_class_base = TenantModelForm

    def tenant_queryset(self, request: HttpRequest, action: str) -> QuerySet:
        return self.model.objects.for_user(request.user)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            tenant_queryset=self.tenant_queryset, **kwargs
        )

    def get_form_class(self, for_update=False):
        if self._edit_handler:
            return self._edit_handler.get_form_class()
        return modelform_factory(
            self.model,
            form=self.form_class_base,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
            exclude=self.get_exclude_form_fields(),
        )

    @property
    def index_view_class(self):
        return _scoped(ModelViewSet.index_view_class, TenantIndexMixin)

    @property
    def add_view_class(self):
        return _scoped(ModelViewSet.add_view_class, TenantObjectMixin)

    @property
    def edit_view_class(self):
        return _scoped(
            ModelViewSet.edit_view_class, TenantObjectMixin, tenant_action="change"
        )

    @property
    def delete_view_class(self):
        return _scoped(
            ModelViewSet.delete_view_class, TenantObjectMixin, tenant_action="delete"
        )

    @property
    def inspect_view_class(self):
        return _scoped(ModelViewSet.inspect_view_class, TenantObjectMixin)

    @property
    def history_view_class(self):
        return _scoped(ModelViewSet.history_view_class, TenantObjectMixin)

    @property
    def usage_view_class(self):
        return _scoped(ModelViewSet.usage_view_class, TenantObjectMixin)


class CpasViewSet(TenantModelViewSet):
    model = Cpas
    icon = "home"
    menu_label = _("CPAS")
    list_display = ["name", "city", "default_language"]
    search_fields = ["name", "city"]
    form_fields = ["name", "slug", "city", "default_language"]
    inspect_view_fields = ["name", "slug", "city", "default_language"]


class AntennaViewSet(TenantModelViewSet):
    model = Antenna
    icon = "site"
    menu_label = _("Antennas")
    list_display = ["name", "municipality", "cpas", "email", "phone"]
    list_export = ["name", "municipality", "cpas", "address", "email", "phone"]
    export_filename = "antennas"
    search_fields = ["name", "municipality"]
    form_fields = ["cpas", "name", "slug", "municipality", "address", "email", "phone"]


class ProgrammeViewSet(TenantModelViewSet):
    model = Programme
    icon = "list-ul"
    menu_label = _("Programmes")
    list_display = ["name", "cpas", "group_size_max", "typical_duration_months"]
    list_export = ["name", "cpas", "group_size_min", "group_size_max"]
    export_filename = "programmes"
    search_fields = ["name"]

    def tenant_queryset(self, request, action):
        if action in ("change", "delete"):
            return Programme.objects.editable_by(request.user)
        return Programme.objects.for_user(request.user)

    edit_handler = ObjectList(Programme.panels, base_form_class=ProgrammeForm)


class TeamViewSet(TenantModelViewSet):
    model = Membership
    icon = "group"
    menu_label = _("Team")
    name = "team"
    list_display = ["__str__", "cpas", "antenna"]
    list_export = ["user__first_name", "user__last_name", "user__email", "cpas"]
    export_filename = "team"
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    inspect_view_enabled = False
    history_view_enabled = False

    form_class_base = TeamMemberForm
    form_fields = ["cpas", "antenna", "programmes"]


class ParticipantFilterSet(WagtailFilterSet):
    # A yes/no filter: a filter on the duplicate itself would list every name.
    possible_duplicate = django_filters.BooleanFilter(
        field_name="possible_duplicate_of",
        lookup_expr="isnull",
        exclude=True,
        label=_("Possibly recorded twice"),
    )

    class Meta:
        model = Participant
        fields: list[str] = []


class ParticipantPanelsMixin:
    """The participant's pages show the blocks other apps register for her
    (:mod:`intake.panels`: the interviews her programmes' team may start...)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["participant_panels"] = participant_panels(self.object, self.request)
        record_access(
            self.request,
            AccessAction.VIEW_RECORD,
            participant=self.object,
            detail=self.request.path,
        )
        return context


class ParticipantViewSet(TenantModelViewSet):
    """The people referred, as each role may see them (``Participant.for_user``)."""

    model = Participant
    icon = "user"
    menu_label = _("Participants")
    add_to_admin_menu = True
    menu_order = 140
    add_view_enabled = False  # a participant comes with a referral
    list_display = ["__str__", "date_of_birth", "antenna", "possible_duplicate_of"]
    filterset_class = ParticipantFilterSet
    list_export = ["first_name", "last_name", "date_of_birth", "nationality", "antenna"]
    export_filename = "participants"
    inspect_template_name = "intake/participant_inspect.html"
    search_fields = ["first_name", "last_name"]
    form_fields = [
        "first_name",
        "last_name",
        "date_of_birth",
        "nationality",
        "residence_status",
        "municipality",
        "french_level",
        "dutch_level",
        "phone",
        "whatsapp",
        "antenna",
    ]

    edit_template_name = "intake/participant_edit.html"

    @property
    def index_view_class(self):
        return _scoped(
            TenantModelViewSet.index_view_class.fget(self),
            ListExportMixin,
            export_kind="participants",
        )

    # The list opens a participant's edit page and the inspect page shows her:
    # both show the other apps' panels (a coach finds the interviews on both).
    @property
    def edit_view_class(self):
        return _scoped(
            TenantModelViewSet.edit_view_class.fget(self), ParticipantPanelsMixin
        )

    @property
    def inspect_view_class(self):
        return _scoped(
            TenantModelViewSet.inspect_view_class.fget(self),
            ParticipantPanelsMixin,
        )


class OrganisationViewSetGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "home"
    menu_order = 200
    items = (CpasViewSet, AntennaViewSet, ProgrammeViewSet, TeamViewSet)
