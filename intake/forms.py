"""Admin forms. Every choice of a related record is limited to the user's tenancy."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from intake.languages import working_language_choices
from intake.models import Antenna, Cpas, Programme
from intake.roles import Role, roles_of
from intake.services import team_member_save


class TenantModelForm(WagtailAdminModelForm):
    """Limits every related-record field to what ``for_user`` (the editor) may see,
    so a forged POST naming another CPAS's record fails validation."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and hasattr(queryset, "for_user"):
                field.queryset = queryset.for_user(for_user)
                if (
                    isinstance(field, forms.ModelChoiceField)
                    and not isinstance(field, forms.ModelMultipleChoiceField)
                    and field.queryset.count() == 1
                    and field.required
                ):
                    field.initial = field.queryset.get().pk


class ProgrammeForm(TenantModelForm):
    working_languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=working_language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Languages in which the team can talk with participants."),
    )


class TeamMemberForm(TenantModelForm):
    """A team member: her account (name, e-mail), role, antenna and programmes.

    Saving goes through :func:`intake.services.team_member_save`.
    """

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    field_order = [
        *("first_name", "last_name", "email", "role"),
        *("cpas", "antenna", "programmes"),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        membership = self.instance
        if membership.pk:
            user = membership.user
            self.fields["first_name"].initial = user.first_name
            self.fields["last_name"].initial = user.last_name
            self.fields["email"].initial = user.email
            roles = roles_of(user)
            if roles:
                self.fields["role"].initial = sorted(roles)[0].value

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        users = get_user_model().objects.filter(email__iexact=email)
        if self.instance.pk:
            users = users.exclude(pk=self.instance.user_id)
        if users.exists():
            raise forms.ValidationError(_("Another account already uses this e-mail."))
        return email

    def clean(self):
        cleaned = super().clean()
        role = cleaned.get("role")
        cpas: Cpas | None = cleaned.get("cpas")
        antenna: Antenna | None = cleaned.get("antenna")
        programmes: list[Programme] = list(cleaned.get("programmes") or [])
        if role == Role.SOCIAL_WORKER and not antenna:
            self.add_error("antenna", _("A social worker belongs to an antenna."))
        if role in (Role.COACH, Role.PROGRAMME_MANAGER) and not programmes:
            self.add_error("programmes", _("Choose the programmes she works in."))
        if cpas and antenna and antenna.cpas_id != cpas.pk:
            self.add_error("antenna", _("This antenna belongs to another CPAS."))
        if cpas and any(programme.cpas_id != cpas.pk for programme in programmes):
            self.add_error("programmes", _("These programmes belong to another CPAS."))
        return cleaned

    def save(self, commit=True):
        self.instance = team_member_save(
            membership=self.instance if self.instance.pk else None,
            cpas=self.cleaned_data["cpas"],
            email=self.cleaned_data["email"],
            first_name=self.cleaned_data["first_name"],
            last_name=self.cleaned_data["last_name"],
            role=Role(self.cleaned_data["role"]),
            antenna=self.cleaned_data.get("antenna"),
            programmes=list(self.cleaned_data.get("programmes") or []),
        )
        return self.instance
