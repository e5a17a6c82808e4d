"""What the referral screens' tests share: the roles, the URLs, a logged-in
client, a page's text and buttons, a referral in a given state."""

from __future__ import annotations

import datetime
import html
import re

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intake.models import Participant
from intake.roles import Role
from tests.factories import (
    referral_in,
)
from tests.logins import log_in
from workflow.models import Referral, ReferralState

S = ReferralState
SW, COACH, MANAGER, ADMIN = (
    Role.SOCIAL_WORKER,
    Role.COACH,
    Role.PROGRAMME_MANAGER,
    Role.CPAS_ADMIN,
)
HOME = reverse("wagtailadmin_home")
#: The screens that not every role uses, and the roles that use them.
SCREENS = {"index": {SW}, "inbox": {COACH, MANAGER}, "new": {SW}}


def url(name: str, *args) -> str:
    return reverse(f"referrals:{name}", args=args)


def english(client: Client) -> Client:
    """The admin in English: the interface's texts do not depend on catalogues."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def client_of(world, key: str, role: Role) -> Client:
    return english(world.client(key, role))


def logged_in(user) -> Client:
    return english(log_in(Client(), user))


def text(response) -> str:
    """The page as a reader reads it: tags removed, entities decoded, one space."""
    assert response.status_code == 200, response.status_code
    body = re.sub(
        r"<script.*?</script>|<svg.*?</svg>", " ", response.content.decode(), flags=re.S
    )
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def buttons(response) -> dict[str, bool]:
    """The action buttons of a referral's page: label → enabled."""
    page = response.content.decode()
    section = re.search(
        r'aria-labelledby="actions-heading">(.*?)</section>', page, flags=re.S
    )
    assert section, "no actions section"
    found = re.findall(
        r"<button type=\"submit\" class=\"[^\"]*\"( disabled)?[^>]*>(.*?)</button>",
        section.group(1),
        flags=re.S,
    )
    return {html.unescape(label.strip()): not disabled for disabled, label in found}


def referral(world, state, key="a", *, name="", days=0, **fields) -> Referral:
    """A referral of CPAS ``key``'s antenna to its programme, in ``state`` since
    ``days`` days, whose participant is called ``name`` when given."""
    if days:
        fields["state_changed_at"] = timezone.now() - datetime.timedelta(days=days)
    made = referral_in(
        state,
        programme=world.programme[key],
        antenna=world.antenna[key],
        referred_by=world.user(key, SW),
        **fields,
    )
    if name:
        first, last = name.split()
        Participant.objects.filter(pk=made.participant_id).update(
            first_name=first, last_name=last
        )
    return Referral.objects.get(pk=made.pk)
