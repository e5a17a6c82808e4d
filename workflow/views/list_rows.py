"""What each row of a referral list shows, worked out once per page in Python.

The table's template loop is the page's dearest part (on a page of 50 rows, a
variable resolved, a filter applied or a URL reversed inside the loop costs 50
times its price): the view hands it finished texts instead, the same texts the
filters wrote (``date``, ``timesince_simple``, ``capfirst``, ``{% url %}``).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.template.defaultfilters import date
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

from workflow.models import Referral, ReferralState


def detail_url_prefix() -> str:
    """The detail page's URL without its primary key (``…/referrals/``)."""
    return reverse("referrals:detail", args=[0]).removesuffix("0/")


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
    for referral in referrals:
        since = template_localtime(referral.state_changed_at)
        referral.detail_url = f"{prefix}{referral.pk}/"
        referral.state_label = labels.get(referral.state, referral.state)
        referral.primary = referral.state in primary_states
        referral.since_iso = date(since, "c")
        referral.since_title = date(since, "DATETIME_FORMAT")
        referral.since_text = capfirst(timesince_simple(since))
        if not shows_antenna:
            referral.created_text = date(
                template_localtime(referral.created_at), "SHORT_DATE_FORMAT"
            )
