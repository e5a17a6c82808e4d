"""One way to send a filled form: every POST of a form takes this path.

:func:`form_post` checks the answers against the version the person had on
screen, stores them through :func:`surveys.services.submission_create` and
answers as the caller says. Every view that shows a form page and takes its
answers calls it (the page's own POST, ``FormPage.serve``; the form's
``action``, :func:`send`, ``surveys_send``), so each refuses the same things
the same way:

- a version that is not one of the page's (a form replaced meanwhile, a forged
  number): 409, the form shown again as currently published;
- answers the form does not have, a payload too large, a client id sent again
  with other answers: the service's status (400, 413, 409), answers kept;
- answers with errors: 400, the form shown again with them.

:func:`send` redirects to the form's thank-you page on success
(post/redirect/get: reloading it sends nothing twice). The participant survey
and the interview mode send through their own services (invitations, drafts,
JSON answers), with the same 409 for a version that is not the form's.

The modules this one imports never import ``surveys.models`` as a package, so
the page model can import it: ``surveys.models`` imports the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from intake.parsing import parse_int
from surveys.builder import form_class_for
from surveys.models.version import FormVersion
from surveys.permissions import can_fill
from surveys.services import SubmissionRejected, submission_create

if TYPE_CHECKING:
    from surveys.models import FormPage, Submission
    from surveys.subjects import FormSubject

#: What a person reads when the version she answered is not the form's.
CHANGED = _("This form changed. Check your answers and send it again.")


def form_access(
    request: HttpRequest, page: FormPage, next_url: str
) -> HttpResponse | None:
    """``None`` when the user may fill ``page`` (what the request names it
    filled for, e.g. ``?referral=``, is then ``request.form_subject``:
    :mod:`surveys.subjects`); a login page for a visitor, ``PermissionDenied``
    (403) or ``Http404`` otherwise."""
    verdict = can_fill(request.user, page)
    if not verdict.allowed:
        if not request.user.is_authenticated:
            return redirect_to_login(next_url)
        raise PermissionDenied(verdict.reason)
    request.form_subject = page.subject_for(request)
    return None


def posted_version(
    page: FormPage, data, default: FormVersion | None = None
) -> FormVersion | None:
    """The version the answers were given on: the one the form names
    (``form_version``; ``default`` when it names none), if it is ``page``'s.

    Answers are checked against it, so a form published anew meanwhile loses
    nothing; ``None`` for another form's version, an unknown one or garbage.
    """
    if "form_version" in data:
        pk = parse_int(data.get("form_version"))
    else:
        pk = default.pk if default is not None else None
    if default is not None and (default.pk, default.page_id) == (pk, page.pk):
        return default
    return page.versions.filter(pk=pk).first() if pk is not None else None


def form_post(
    request: HttpRequest,
    page: FormPage,
    *,
    on_sent: Callable[[Submission], HttpResponse],
    subject: FormSubject | None = None,
    default_version: FormVersion | None = None,
    render: Callable[..., HttpResponse] | None = None,
    on_stored: Callable[[Submission], None] | None = None,
) -> HttpResponse:
    """Store the answers of ``request.POST`` for ``page``, all or nothing.

    The caller checked access (:func:`form_access`). ``subject``: what the
    answers are filled for (a referral: :mod:`surveys.subjects`), linked to the
    submission, with its participant. ``on_sent(submission)`` answers a success;
    ``render(request, form, version=..., status=..., problem=...)`` shows the
    form again (``page.render_form`` by default); ``on_stored(submission)``
    runs in the submission's transaction (an exception it raises stores
    nothing and goes to the caller). ``default_version``: the version answered
    when the form sends no ``form_version`` (the one an address names).
    """
    render = render or page.render_form
    version = posted_version(page, request.POST, default_version)
    if version is None:
        current = page.published_version
        form = form_class_for(current)(page=page, user=request.user)
        problem = SubmissionRejected(CHANGED, status=409)
        return render(request, form, version=current, status=409, problem=problem)
    form = form_class_for(version)(request.POST, page=page, user=request.user)
    try:
        with transaction.atomic():
            submission = submission_create(
                page=page,
                version=version,
                form=form,
                data=request.POST,
                user=request.user,
                body_size=int(request.META.get("CONTENT_LENGTH") or 0),
                subject=subject,
            )
            if submission is not None and on_stored is not None:
                on_stored(submission)
    except SubmissionRejected as rejection:
        return render(
            request, form, version=version, status=rejection.status, problem=rejection
        )
    if submission is None:
        return render(request, form, version=version, status=400)
    return on_sent(submission)


@require_POST
def send(request: HttpRequest, version_id: int) -> HttpResponse:
    """The form's ``action``: the version in the address, then the thank-you
    page (303)."""
    version = get_object_or_404(
        FormVersion.objects.select_related("page"), pk=version_id
    )
    page = version.page
    if not page.live:
        raise Http404
    refused = form_access(request, page, page.url)
    if refused is not None:
        return refused
    return form_post(
        request,
        page,
        subject=request.form_subject,
        default_version=version,
        on_sent=lambda submission: HttpResponseRedirect(
            f"{page.url}?sent={submission.pk}", status=303
        ),
    )
