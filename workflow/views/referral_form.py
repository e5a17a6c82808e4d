"""The referral form, filled by the referring social worker for one referral.

The form is the programme's own referral form (a :class:`~surveys.models.FormPage`
of kind ``referral``), rendered as its page renders it. "Save draft" keeps the
answers given so far on the referral; "Send" takes the one path of every form's
answers (:func:`surveys.views.send.form_post`): it stores a submission, links it
and submits the referral, all in one transaction.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from surveys.builder import form_class_for
from surveys.models import FormKind, FormPage
from surveys.selectors import forms_of
from surveys.views.send import form_post, posted_version
from workflow.models import Referral, ReferralState
from workflow.permissions import is_referrer
from workflow.referrals import referral_answers_save, referral_attach_submission
from workflow.services import TransitionRefused, transition
from workflow.subjects import referral_subject

EDITABLE = (ReferralState.DRAFT, ReferralState.RETURNED_FOR_INFORMATION)


def referral_form_page(referral: Referral) -> FormPage | None:
    """The live referral form of the referral's programme (its source language:
    the one under the programme's first page)."""
    return (
        forms_of([referral.programme])
        .live()
        .filter(kind=FormKind.REFERRAL)
        .order_by("path")
        .first()
    )


def detail_url(referral: Referral) -> str:
    try:
        return reverse("referrals:detail", args=[referral.pk])
    except NoReverseMatch:  # the referral screens are not installed
        return reverse("wagtailadmin_home")


def referral_form(request: HttpRequest, pk: int) -> HttpResponse:
    referral = get_object_or_404(Referral.objects.for_user(request.user), pk=pk)
    if not is_referrer(referral, request.user) or referral.state not in EDITABLE:
        raise Http404
    page = referral_form_page(referral)
    if page is None or page.published_version is None:
        messages.error(request, _("This programme has no published referral form yet."))
        return redirect(detail_url(referral))

    if request.method != "POST":
        version = page.published_version
        form = form_class_for(version)(
            initial=referral.answers, page=page, user=request.user
        )
        return _render(request, page, form, version, referral)

    if "save_draft" in request.POST:
        version = posted_version(page, request.POST) or page.published_version
        form = form_class_for(version)(request.POST, page=page, user=request.user)
        form.is_valid()
        answers = {
            key: value
            for key, value in form.answers().items()
            if key not in form.errors
        }
        referral_answers_save(referral=referral, answers=answers)
        messages.success(request, _("Draft saved. You can come back to it later."))
        return redirect(detail_url(referral))

    action = "submit" if referral.state == ReferralState.DRAFT else "resubmit"

    def submit(submission) -> None:
        referral_attach_submission(referral=referral, submission=submission)
        transition(referral, action, request.user)

    def sent(submission) -> HttpResponse:
        messages.success(request, _("The referral was sent to the programme."))
        return redirect(detail_url(referral))

    def render(request, form, *, version, status=200, problem=None):
        return _render(
            request, page, form, version, referral, status=status, problem=problem
        )

    try:
        # The one path of every form's answers: a version that is not the
        # form's is answered with 409, the answers kept.
        return form_post(request, page, render=render, on_stored=submit, on_sent=sent)
    except TransitionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(detail_url(referral))


def _render(request, page, form, version, referral, *, status=200, problem=None):
    response = page.render_form(
        request, form, version=version, status=status, problem=problem
    )
    response.context_data.update(
        form_action="",  # this view, with "Save draft"
        subject=referral_subject(referral),
        save_draft_label=_("Save draft"),
        send_label=_("Send to the programme"),
        back_url=detail_url(referral),
    )
    return response
