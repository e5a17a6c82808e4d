"""The API's endpoints: lists read through ``for_user`` as the token's user."""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router
from ninja.pagination import PageNumberPagination, paginate

from intake.models import Participant
from reports.access import report_programmes
from reports.api.schemas import (
    FormOut,
    ParticipantOut,
    ReferralOut,
    ReportOut,
    SubmissionOut,
)
from reports.figures import Period, fund_report
from reports.sections import plain, report_sections
from surveys.selectors import form_dataset, form_for_user, forms_for_user
from workflow.models import Referral

router = Router()
#: Rows per page (``?page=2`` for the next).
PAGE_SIZE = 100


@router.get("/participants", response=list[ParticipantOut], tags=["participants"])
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def participants(request):
    """The participants the token's user sees."""
    return (
        Participant.objects.for_user(request.user)
        .select_related("antenna")
        .order_by("pk")
    )


@router.get("/referrals", response=list[ReferralOut], tags=["referrals"])
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def referrals(request, state: str = "", programme: int | None = None):
    """The referrals the token's user sees, optionally of one state or programme."""
    rows = Referral.objects.for_user(request.user).select_related(
        "programme", "antenna"
    )
    if state:
        rows = rows.filter(state=state)
    if programme is not None:
        rows = rows.filter(programme=programme)
    return rows.order_by("pk")


@router.get("/forms", response=list[FormOut], tags=["forms"])
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def forms(request):
    """The forms whose submissions the token's user sees."""
    return forms_for_user(request.user).order_by("pk")


@router.get(
    "/forms/{form_id}/submissions", response=list[SubmissionOut], tags=["forms"]
)
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def submissions(request, form_id: int):
    """A form's submissions in every language, answers under their stable keys."""
    page = form_for_user(request.user, form_id)
    if page is None:
        raise Http404
    return (
        form_dataset(request.user, page)
        .select_related("locale", "version")
        .order_by("pk")
    )


@router.get("/programmes/{programme_id}/report", response=ReportOut, tags=["report"])
def report(
    request,
    programme_id: int,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
):
    """The fund report's figures (the screen's and the XLSX file's); the period
    defaults to the current calendar year."""
    programme = get_object_or_404(report_programmes(request.user), pk=programme_id)
    year = Period.year(timezone.localdate().year)
    period = Period(start or year.start, end or year.end)
    figures = fund_report(request.user, programme, period)
    return {
        "programme_id": programme.pk,
        "programme": programme.name,
        "start": period.start,
        "end": period.end,
        "fund": figures.fund_name,
        "split_key": float(figures.split_key),
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "note": s.note,
                "headings": s.headings,
                "rows": [[plain(v) for v in row] for row in s.rows],
            }
            for s in report_sections(figures)
        ],
    }
