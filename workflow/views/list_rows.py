"""What each row of a referral list shows, worked out once per page in Python.

The table's template loop is the page's dearest part (on a page of 50 rows, a
variable resolved, a filter applied or a URL reversed inside the loop costs 50
times its price): the view hands it finished texts instead, the same texts the
filters wrote (``date``, ``timesince_simple``, ``capfirst``, ``{% url %}``),
with the translated words looked up once a page.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.template.defaultfilters import date
from django.urls import reverse
from django.utils import timezone
from django.utils.html import avoid_wrapping
from django.utils.text import capfirst
from django.utils.timesince import timesince
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from workflow.models import Referral, ReferralState


def detail_url_prefix() -> str:
    """The detail page's URL without its primary key (``…/referrals/``)."""
    return reverse("referrals:detail", args=[0]).removesuffix("0/")


class Since:
    """Wagtail's ``timesince_simple`` ("3 weeks ago", "just now") for every row
    of a page: the same words, read at the same instant, translated once."""

    def __init__(self) -> None:
        self.now = timezone.now()
        self.zero = avoid_wrapping(gettext("0 minutes"))
        self.just_now = gettext("just now")
        self.ago = gettext("%(time_period)s ago")

    def __call__(self, moment: datetime.datetime) -> str:
        # The first unit only, as timesince_simple keeps (``depth=1``).
        period = timesince(moment, now=self.now, depth=1)
        if period == self.zero:
            return self.just_now
        return self.ago % {"time_period": period}


def prepare_rows(
    referrals: Iterable[Referral],
    *,
    primary_states: frozenset[str],
    shows_antenna: bool,
) -> None:
    """Set on each referral what its row shows: ``detail_url``, ``state_label``,
    ``primary`` (its state waits for this reader), ``since_iso``, ``since_title``
    and ``since_text`` (in its state since), ``created_text``."""
    # ``get_state_display`` hashes every lazy label of the field's choices at each
    # call (2 ms a row): the labels are translated once per page instead.
    labels = {state.value: str(state.label) for state in ReferralState}
    prefix = detail_url_prefix()
    since_text = Since()
    for referral in referrals:
        since = template_localtime(referral.state_changed_at)
        referral.detail_url = f"{prefix}{referral.pk}/"
        referral.state_label = labels.get(referral.state, referral.state)
        referral.primary = referral.state in primary_states
        referral.since_iso = since.isoformat()  # what ``date:'c'`` writes
        referral.since_title = date(since, "DATETIME_FORMAT")
        referral.since_text = capfirst(since_text(referral.state_changed_at))
        if not shows_antenna:
            referral.created_text = date(
                template_localtime(referral.created_at), "SHORT_DATE_FORMAT"
            )
