"""Other apps add blocks to a participant's pages through intake's
``register_participant_panel`` hook: given the participant and the user, in
their order, as HTML or a template."""

from __future__ import annotations

import copy

import pytest
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks

from intake.panels import PARTICIPANT_PANEL_HOOK, ParticipantPanel
from intake.roles import Role
from tests.factories import referral_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def panel_template(settings, tmp_path):
    folder = tmp_path / "intake" / "tests"
    folder.mkdir(parents=True)
    (folder / "panel.html").write_text("<p id='early'>{{ who }}</p>")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], tmp_path]
    settings.TEMPLATES = templates


def test_panels_show_in_their_order_for_the_participant_and_user(world, panel_template):
    participant = referral_in(
        "submitted",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    ).participant
    asked = []

    def late(*, participant, user):
        asked.append((participant, user))
        return ParticipantPanel(
            order=20,
            html=format_html("<p id='late'>{}</p>", participant.first_name),
        )

    def early(*, participant, user):
        return ParticipantPanel(
            order=10,
            template_name="intake/tests/panel.html",
            context={"who": user.username},
        )

    def nothing(*, participant, user):
        return None

    def unsafe(*, participant, user):
        return ParticipantPanel(order=30, html="<script>alert(1)</script>")

    client = world.client("a", Role.SOCIAL_WORKER)
    with (
        hooks.register_temporarily(PARTICIPANT_PANEL_HOOK, late),
        hooks.register_temporarily(PARTICIPANT_PANEL_HOOK, early),
        hooks.register_temporarily(PARTICIPANT_PANEL_HOOK, nothing),
        hooks.register_temporarily(PARTICIPANT_PANEL_HOOK, unsafe),
    ):
        for view in ("participant:inspect", "participant:edit"):
            page = client.get(reverse(view, args=[participant.pk])).content.decode()
            assert page.index("id='early'") < page.index("id='late'"), view
            assert f"<p id='late'>{participant.first_name}</p>" in page
            assert world.user("a", Role.SOCIAL_WORKER).username in page
            assert "<script>alert(1)</script>" not in page
    assert asked[0] == (participant, world.user("a", Role.SOCIAL_WORKER))
