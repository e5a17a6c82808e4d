"""The API sweep (issue #12): every endpoint of ``/api/`` asked with the token
of a programme manager of A's first programme, of A's second antenna (same
programme), of A's second programme and of CPAS B, and with none. A's form
and report answer only the first two; the lists of the others name nothing
of A; no token, a guessed token: 401."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.security.sweep.patterns import every_pattern
from tests.security.sweep.world import SECRET_FORM, SECRET_NAME

pytestmark = pytest.mark.django_db

#: Which token may read A's form's submissions and A's programme's report.
OWED = {"": 401, "guessed": 401, "a": 200, "antenna": 200, "programme": 404, "b": 404}


def test_every_api_pattern_is_asked():
    routes = {p.route for p in every_pattern() if p.name.startswith("api:")}
    assert routes == {
        "api/",
        "api/openapi.json",
        "api/participants",
        "api/referrals",
        "api/forms",
        "api/forms/<form_id>/submissions",
        "api/programmes/<programme_id>/report",
    }


@pytest.mark.parametrize("holder", list(OWED))
def test_each_token_reads_only_what_its_user_may(sweep_world_a, holder):
    world = sweep_world_a
    secrets = {"": "", "guessed": "pat_guessed", "a": world.secrets["api_token"]}
    secret = secrets.get(holder) if holder in secrets else None
    secret = world.secrets[f"api_token_{holder}"] if secret is None else secret
    client = Client(raise_request_exception=False)
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    ids = world.ids
    owned = [
        f"/api/forms/{ids['form']}/submissions",
        f"/api/programmes/{ids['programme']}/report",
    ]
    lists = ["/api/participants", "/api/referrals", "/api/forms"]
    for url in owned:
        response = client.get(url, headers=headers)
        assert response.status_code == OWED[holder], (holder, url)
    for url in lists:
        response = client.get(url, headers=headers)
        assert response.status_code == (401 if OWED[holder] == 401 else 200), url
        body = response.content.decode()
        assert SECRET_NAME not in body  # pseudonymised tokens, and tenancy
        if holder in ("programme", "b"):
            assert SECRET_FORM not in body, (holder, url)
    assert client.get("/api/openapi.json", headers=headers).status_code in (200, 401)
