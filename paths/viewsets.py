"""*Programme paths* in the Wagtail admin: a programme's team sees its path,
only its managers add or change it (its steps in order, an inline list);
another programme's path answers 404 (:class:`intake.viewsets.TenantModelViewSet`).
"""

from __future__ import annotations

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList

from intake.forms import TenantModelForm
from intake.models import Programme
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from intake.viewsets import TenantModelViewSet
from paths.models import ProgrammePath
from surveys.models import FormPage
from surveys.selectors import forms_of


def programmes_managed_by(user):
    """The programmes whose path ``user`` may write: those she manages."""
    scope = scope_of(user)
    if scope.everything:
        return Programme.objects.all()
    if Role.PROGRAMME_MANAGER not in roles_of(user):
        return Programme.objects.none()
    return Programme.objects.for_user(user).filter(pk__in=scope.programme_ids)


class PathForm(TenantModelForm):
    """The programme and every step's form are limited to what she manages: a
    forged value naming another programme or another programme's form is
    refused."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        programmes = programmes_managed_by(for_user)
        if self.instance.pk:
            programmes = programmes.filter(pk=self.instance.programme_id)
        self.fields["programme"].queryset = programmes
        own_forms = FormPage.objects.filter(
            pk__in=forms_of(list(programmes)).values("pk")
        ).order_by("title")
        steps = self.formsets["steps"]
        add_fields = steps.add_fields

        # Every step form, the blank template too (``empty_form`` is made
        # anew on each reading), offers only her programmes' forms.
        def limited(form, index):
            add_fields(form, index)
            form.fields["form"].queryset = own_forms

        steps.add_fields = limited
        for form in steps.forms:
            form.fields["form"].queryset = own_forms

    def clean(self):
        cleaned = super().clean()
        programme = cleaned.get("programme")
        if programme is None:
            return cleaned
        allowed = set(forms_of([programme]).values_list("pk", flat=True))
        for form in self.formsets["steps"].forms:
            chosen = getattr(form, "cleaned_data", {}).get("form")
            if chosen is not None and chosen.pk not in allowed:
                form.add_error("form", _("Choose a form of this programme."))
        return cleaned


STEP_PANELS = [
    FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
    FieldRowPanel([FieldPanel("times"), FieldPanel("within_days")]),
    FieldPanel("form", widget=forms.Select),
    FieldRowPanel(
        [FieldPanel("session_kind"), FieldPanel("state"), FieldPanel("phase")]
    ),
]


class PathViewSet(TenantModelViewSet):
    model = ProgrammePath
    icon = "list-ol"
    menu_label = _("Programme paths")
    add_to_admin_menu = True
    menu_order = 160
    name = "programme_paths"
    url_prefix = "programme-paths"
    list_display = ["programme"]
    search_fields = ["programme__name"]
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("intro"),
            InlinePanel(
                "steps",
                heading=_("Steps, in order"),
                label=_("Step"),
                panels=STEP_PANELS,
            ),
        ],
        base_form_class=PathForm,
    )

    def tenant_queryset(self, request: HttpRequest, action: str):
        if action == "view":
            return ProgrammePath.objects.for_user(request.user)
        return ProgrammePath.objects.managed_by(request.user)


path_viewset = PathViewSet()
