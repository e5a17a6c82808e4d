"""The forms that make an invitation: a session code for a group, or a personal link."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from intake.models import Participant
from surveys.models import FormKind, FormPage, InvitationKind
from surveys.participant_surveys.invitations import PERSONAL_VALIDITY, SESSION_VALIDITY
from surveys.participant_surveys.selectors import invitable_surveys
from surveys.selectors.forms import form_programmes

#: The largest group one session code admits.
MAX_PLACES = 500


class SurveyChoiceField(forms.ModelChoiceField):
    def __init__(self, surveys: list[FormPage], **kwargs):
        self.programmes = form_programmes(surveys)
        super().__init__(
            queryset=FormPage.objects.filter(pk__in=[page.pk for page in surveys]),
            label=_("Survey"),
            **kwargs,
        )

    def label_from_instance(self, page: FormPage) -> str:
        programme = self.programmes.get(page.pk)
        return f"{page.title} ({programme})" if programme else page.title


class InvitationForm(forms.Form):
    label = forms.CharField(
        label=_("Name"),
        max_length=200,
        help_text=_("For example: “Module 3, Tuesday group”."),
    )
    expires_at = forms.DateTimeField(
        label=_("Valid until"), widget=AdminDateTimeInput()
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields = {
            "survey": SurveyChoiceField(invitable_surveys(user)),
            **self.fields,
        }

    def clean_expires_at(self) -> datetime.datetime:
        value = self.cleaned_data["expires_at"]
        if value <= timezone.now():
            raise forms.ValidationError(_("Choose a moment in the future."))
        return value


class SessionInvitationForm(InvitationForm):
    """A group session: one code (QR) for up to N people."""

    kind = InvitationKind.SESSION
    session_date = forms.DateField(label=_("Session date"), widget=AdminDateInput())
    max_uses = forms.IntegerField(
        label=_("Number of people"),
        min_value=1,
        max_value=MAX_PLACES,
        help_text=_("The code closes once this many people have answered."),
    )

    field_order = ["survey", "label", "session_date", "max_uses", "expires_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session_date"].initial = timezone.localdate()
        self.fields["max_uses"].initial = 12
        self.fields["expires_at"].initial = timezone.localtime() + SESSION_VALIDITY
        self.order_fields(self.field_order)


class PersonalInvitationForm(InvitationForm):
    """One person, once: a participant, or a referring social worker."""

    kind = InvitationKind.PERSONAL
    field_order = ["survey", "label", "participant", "expires_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"] = forms.ModelChoiceField(
            queryset=Participant.objects.for_user(self.user).order_by(
                "last_name", "first_name"
            ),
            label=_("Participant"),
            required=False,
            help_text=_(
                "Optional. Leave empty for a referring social worker (referrer "
                "survey) or to keep the link anonymous."
            ),
        )
        self.fields["label"].help_text = _("For example: “Amina, end of programme”.")
        self.fields["expires_at"].initial = timezone.localtime() + PERSONAL_VALIDITY
        self.order_fields(self.field_order)

    def clean(self):
        cleaned = super().clean()
        survey = cleaned.get("survey")
        if (
            survey is not None
            and cleaned.get("participant") is not None
            and survey.kind == FormKind.REFERRER_SATISFACTION
        ):
            self.add_error(
                "participant",
                _("The referrer survey is for social workers, not for a participant."),
            )
        return cleaned
