"""A participant's consents in the admin: the history on her pages, a consent
withdrawn, her consent to be contacted recorded or withdrawn. Whoever sees her
(``Participant.objects.for_user``) may record what she says; every page that
shows her is written to the access log."""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from intake.access_log import record_access
from intake.consents import consent_withdraw, contact_consent_set, contact_consent_text
from intake.models import AccessAction, ConsentRecord, ContactChannel, Participant
from intake.panels import ParticipantPanel

PANEL_ORDER = 50
CHANNELS = [ContactChannel.SMS, ContactChannel.EMAIL]


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is the consent withdrawn?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=gettext_lazy("Her words, or what she asked for."),
    )


class ContactConsentForm(forms.Form):
    consent = forms.TypedChoiceField(
        label=gettext_lazy("She agrees to be contacted"),
        choices=[
            ("yes", gettext_lazy("Yes")),
            ("no", gettext_lazy("No, not any more")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    channel = forms.ChoiceField(
        label=gettext_lazy("By"),
        choices=[(c.value, c.label) for c in CHANNELS],
        widget=forms.RadioSelect,
        required=False,
    )
    reason = forms.CharField(
        label=gettext_lazy("Why is the consent withdrawn?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("consent") and not data.get("channel"):
            self.add_error("channel", _("Choose how she agrees to be contacted."))
        if data.get("consent") is False and not data.get("reason", "").strip():
            self.add_error("reason", _("Write why the consent is withdrawn."))
        return data


def _seen(request: HttpRequest, pk: int) -> Participant:
    participant = Participant.objects.for_user(request.user).filter(pk=pk).first()
    if participant is None:
        raise Http404
    return participant


def _back(participant: Participant) -> HttpResponse:
    return redirect("participant:inspect", participant.pk)


@require_http_methods(["GET", "POST"])
def consent_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    record = (
        ConsentRecord.objects.for_user(request.user)
        .select_related("participant")
        .filter(pk=pk)
        .first()
    )
    if record is None:
        raise Http404
    participant = record.participant
    if not record.active:
        messages.warning(request, _("This consent was already withdrawn."))
        return _back(participant)
    form = WithdrawalForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        consent_withdraw(
            record=record,
            by=request.user,
            reason=form.cleaned_data["reason"],
            request=request,
        )
        messages.success(request, _("The consent was withdrawn."))
        return _back(participant)
    record_access(
        request, AccessAction.VIEW_RECORD, participant=participant, detail=request.path
    )
    return TemplateResponse(
        request,
        "intake/consents/withdraw.html",
        {"participant": participant, "record": record, "form": form},
    )


@require_http_methods(["GET", "POST"])
def contact_consent_view(request: HttpRequest, pk: int) -> HttpResponse:
    participant = _seen(request, pk)
    form = ContactConsentForm(
        request.POST if request.method == "POST" else None,
        initial={
            "consent": "yes" if participant.contact_consent else "",
            "channel": participant.contact_channel,
        },
    )
    if form.is_valid():
        contact_consent_set(
            participant=participant,
            consent=form.cleaned_data["consent"],
            channel=form.cleaned_data["channel"] or participant.contact_channel,
            by=request.user,
            reason=form.cleaned_data["reason"],
            request=request,
        )
        messages.success(request, _("Her consent to be contacted was recorded."))
        return _back(participant)
    record_access(
        request, AccessAction.VIEW_RECORD, participant=participant, detail=request.path
    )
    return TemplateResponse(
        request,
        "intake/consents/contact.html",
        {
            "participant": participant,
            "form": form,
            "texts": [(c.label, contact_consent_text(c)) for c in CHANNELS],
        },
    )


def consents_panel(participant: Participant, user) -> ParticipantPanel:
    """Her consents, newest first, on her pages (``register_participant_panel``)."""
    consents = (
        ConsentRecord.objects.for_user(user)
        .filter(participant=participant)
        .select_related("recorded_by", "withdrawn_by")
    )
    return ParticipantPanel(
        order=PANEL_ORDER,
        template_name="intake/consents/panel.html",
        context={
            "participant": participant,
            "consents": [
                (
                    record,
                    reverse("participant_consents:withdraw", args=[record.pk]),
                )
                for record in consents
            ],
            "contact_url": reverse(
                "participant_consents:contact", args=[participant.pk]
            ),
        },
    )


urlpatterns = [
    path("<int:pk>/withdraw/", consent_withdraw_view, name="withdraw"),
    path("participant/<int:pk>/contact/", contact_consent_view, name="contact"),
]
