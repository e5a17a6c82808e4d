"""The rows of the referral lists, written from texts the view works out once a
page: the same words, dates and links the template's filters wrote."""

from __future__ import annotations

import re

from django.template.defaultfilters import date
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

from tests.workflow.view_helpers import COACH, SW, client_of, referral, url
from workflow.models import ReferralState

S = ReferralState


def row_of(response, pk: int) -> str:
    page = response.content.decode()
    found = re.search(rf'<tr data-referral="{pk}">(.*?)</tr>', page, flags=re.S)
    assert found, f"no row for referral {pk}"
    return found.group(1)


def since_cell(moment) -> str:
    """The "in this state since" cell as the filters write it."""
    local = template_localtime(moment)
    return (
        f'<time datetime="{date(local, "c")}" '
        f'title="{date(local, "DATETIME_FORMAT")}">'
        f"{capfirst(timesince_simple(moment))}</time>"
    )


def test_an_inbox_row_links_its_page_and_says_since_when_it_waits(world):
    waiting = referral(world, S.SUBMITTED, name="Amal Haddad", days=23)
    fresh = referral(world, S.IN_REVIEW, name="Yusuf Demir")
    response = client_of(world, "a", COACH).get(url("inbox"))

    row = row_of(response, waiting.pk)
    assert f'<a href="{url("detail", waiting.pk)}"><bdi>Amal Haddad</bdi></a>' in row
    assert '<span data-cell="state" class="w-status w-status--primary">' in row
    assert "3\xa0weeks ago" in row  # a non-breaking space, as timesince writes
    assert since_cell(waiting.state_changed_at) in row
    assert f"<td>{waiting.antenna.name}</td>" in row

    row = row_of(response, fresh.pk)
    assert '<span data-cell="state" class="w-status">In review</span>' in row
    assert "Just now" in row


def test_a_social_workers_row_shows_the_day_it_was_created(world):
    made = referral(world, S.DRAFT, name="Lina Petrova", days=2)
    response = client_of(world, "a", SW).get(url("index"))

    row = row_of(response, made.pk)
    created = date(template_localtime(made.created_at), "SHORT_DATE_FORMAT")
    assert f"<td>{created}</td>" in row
    assert '<span data-cell="state" class="w-status w-status--primary">' in row
    assert since_cell(made.state_changed_at).split(">")[0] in row
