"""Sending a form for a referral the way a coach does: the interview mode's
send, with the referral (or another subject) named in the query."""

from __future__ import annotations

import uuid

from django.urls import reverse

from tests.factories import form_page, question


def simple_form(programme, kind: str, title: str = ""):
    """A published one-question form of ``kind`` under the programme's page."""
    return form_page(
        programme,
        [question("singleline", "Comment ça va ?", "how_it_goes")],
        kind=kind,
        title=title or kind,
    )


def send_form(client, page, participant, query: str, **answers):
    """POST the interview's send, as the tablet does; the response."""
    url = reverse("interviews:send", args=[page.pk, participant.pk])
    data = {
        "form_version": page.published_version.pk,
        "client_uuid": str(uuid.uuid4()),
        "how_it_goes": "Bien",
        **answers,
    }
    return client.post(f"{url}{query}", data, headers={"X-CSRFToken": "token"})
