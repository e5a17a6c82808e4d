"""Where a filled form is sent: one published version, no page-tree routing.

The form's ``action`` points here (``surveys_send``). Success redirects to the
form's thank-you page (post/redirect/get: reloading it sends nothing twice);
errors show the form again with the answers kept.
"""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from surveys.builder import form_class_for
from surveys.models import FormVersion
from surveys.permissions import can_fill
from surveys.services import SubmissionRejected, submission_create


@require_POST
def send(request: HttpRequest, version_id: int) -> HttpResponse:
    version = get_object_or_404(
        FormVersion.objects.select_related("page"), pk=version_id
    )
    page = version.page
    if not page.live:
        raise Http404
    verdict = can_fill(request.user, page)
    if not verdict.allowed:
        if not request.user.is_authenticated:
            return redirect_to_login(page.url)
        raise PermissionDenied(verdict.reason)
    subject = page.subject_for(request)
    request.form_subject = subject
    form = form_class_for(version)(request.POST, page=page, user=request.user)
    try:
        submission = submission_create(
            page=page,
            version=version,
            form=form,
            data=request.POST,
            user=request.user,
            body_size=int(request.META.get("CONTENT_LENGTH") or 0),
            subject=subject,
        )
    except SubmissionRejected as rejection:
        return page.render_form(
            request, form, version=version, status=rejection.status, problem=rejection
        )
    if submission is None:
        return page.render_form(request, form, version=version, status=400)
    return HttpResponseRedirect(f"{page.url}?sent={submission.pk}", status=303)
