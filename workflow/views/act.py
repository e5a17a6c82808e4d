"""Taking an action on a referral: the one door to the workflow's service.

The form carries the state the user saw; if the referral moved meanwhile, the
service refuses and she reads why, on the referral's page (never an error page).
"""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from workflow.models import Referral, ReferralState
from workflow.services import TransitionRefused, referral_actions, transition


class ActionForm(forms.Form):
    state = forms.ChoiceField(choices=ReferralState.choices, required=False)
    reason = forms.CharField(required=False)
    override_reason = forms.CharField(required=False)
    orientation_at = forms.DateTimeField(
        label=gettext_lazy("Date and time of the orientation interview"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
    )


def as_seen(referral: Referral, state: str) -> Referral:
    """The referral as the user saw it when she chose the action (its state then),
    so the service can tell her it moved meanwhile."""
    if not state or state == referral.state:
        return referral
    values = {
        field.attname: getattr(referral, field.attname)
        for field in Referral._meta.concrete_fields
        if field.name != "state"
    }
    return Referral(**values, state=state)


@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    referral = get_object_or_404(Referral.objects.for_user(request.user), pk=pk)
    if action not in referral_actions():
        raise Http404
    back = reverse("referrals:detail", args=[referral.pk])
    form = ActionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(back)
    data = form.cleaned_data
    try:
        moved = transition(
            as_seen(referral, data["state"]),
            action,
            request.user,
            reason=data["reason"],
            override_reason=data["override_reason"],
            orientation_at=data["orientation_at"],
        )
    except TransitionRefused as refusal:
        messages.error(request, str(refusal.message))
        return redirect(back)
    messages.success(
        request,
        _("“%(action)s”: done. The referral is now “%(state)s”.")
        % {
            "action": referral_actions()[action].label,
            "state": moved.get_state_display(),
        },
    )
    return redirect(back)
