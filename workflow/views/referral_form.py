"""The referral form, filled by the referring social worker for one referral.

The form is the programme's own referral form (a :class:`~surveys.models.FormPage`
of kind ``referral``), rendered as its page renders it. "Save draft" keeps the
answers given so far on the referral; "Send" stores a submission, matches the
participant and submits the referral, all in one transaction.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from surveys.builder import form_class_for
from surveys.models import FormKind, FormPage
from surveys.selectors import forms_of
from surveys.services import SubmissionRejected, submission_create
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

    version = page.versions.filter(pk=request.POST.get("form_version") or 0).first()
    version = version or page.published_version
    form = form_class_for(version)(request.POST, page=page, user=request.user)
    if "save_draft" in request.POST:
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
    try:
        with transaction.atomic():
            submission = submission_create(
                page=page,
                version=version,
                form=form,
                data=request.POST,
                user=request.user,
                body_size=int(request.META.get("CONTENT_LENGTH") or 0),
            )
            if submission is None:
                return _render(request, page, form, version, referral, status=400)
            referral_attach_submission(referral=referral, submission=submission)
            transition(referral, action, request.user)
    except SubmissionRejected as rejection:
        return _render(
            request,
            page,
            form,
            version,
            referral,
            status=rejection.status,
            problem=rejection,
        )
    except TransitionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(detail_url(referral))
    messages.success(request, _("The referral was sent to the programme."))
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
