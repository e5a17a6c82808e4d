"""Two factors for managers, CPAS administrators and operators: nothing in the
admin until a code is verified; enrolment with a QR code and ten recovery codes,
each working once."""

from __future__ import annotations

import re
import time

import pytest
from django.test import Client

from intake.roles import Role
from security.two_factor import recovery_codes_issue
from tests.logins import (
    authenticator,
    current_code,
    log_in,
    operator,
    password_login,
)

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
VERIFY = "/two-factor/verify/"
ENROL = "/two-factor/enrol/"
#: After a wrong code, django-otp refuses every code for 1 s (then 2, 4...).
THROTTLE = 1.1


def first_factor(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert password_login(client, user)
    return client


@pytest.mark.parametrize("role", [Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN])
def test_a_manager_reaches_nothing_before_the_second_factor(world, role):
    user = world.user("a", role)
    authenticator(user)
    client = first_factor(user)
    for url in (ADMIN, "/admin/participants/", "/admin/pages/", "/fr/interviews/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{VERIFY}?next="), url
    wrong = client.post(VERIFY, {"code": "000000", "next": ADMIN})
    assert wrong.status_code == 400
    assert "not valid" in wrong.content.decode()
    assert client.get(ADMIN).status_code == 302
    time.sleep(THROTTLE)
    right = client.post(VERIFY, {"code": current_code(authenticator(user))})
    assert right.status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_the_operator_must_use_two_factors_too():
    superuser = operator()
    client = first_factor(superuser)
    response = client.get(ADMIN)
    assert response["Location"].startswith(f"{ENROL}?next=")


def test_coaches_and_social_workers_may_but_need_not(world):
    coach = world.user("a", Role.COACH)
    assert first_factor(coach).get(ADMIN).status_code == 200
    authenticator(coach)  # she enrolled of her own accord: asked from now on
    assert first_factor(coach).get(ADMIN)["Location"].startswith(VERIFY)


def test_a_recovery_code_works_once(world):
    user = world.user("a", Role.PROGRAMME_MANAGER)
    authenticator(user)
    codes = recovery_codes_issue(user=user)
    assert len(codes) == 10 and len(set(codes)) == 10
    client = first_factor(user)
    assert client.post(VERIFY, {"code": codes[0]}).status_code == 302
    assert client.get(ADMIN).status_code == 200
    again = first_factor(user)
    assert again.post(VERIFY, {"code": codes[0]}).status_code == 400
    assert again.get(ADMIN).status_code == 302
    time.sleep(THROTTLE)
    assert again.post(VERIFY, {"code": codes[1]}).status_code == 302


def test_enrolment_shows_a_qr_code_then_ten_recovery_codes_once(world):
    user = world.user("b", Role.CPAS_ADMIN)
    client = first_factor(user)
    assert client.get(ADMIN)["Location"].startswith(ENROL)
    page = client.get(ENROL)
    html = page.content.decode()
    assert "<svg" in html  # drawn on the server, no image from elsewhere
    assert "http" not in re.search(r"<svg.*?</svg>", html, re.S).group(0).replace(
        "http://www.w3.org/2000/svg", ""
    )
    device = user.totpdevice_set.get(confirmed=False)
    assert client.post(ENROL, {"code": "123456"}).status_code == 400
    time.sleep(THROTTLE)
    done = client.post(ENROL, {"code": current_code(device), "next": ADMIN})
    codes = re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get(ADMIN).status_code == 200
    # Next log-in: the app's code is asked, a recovery code is accepted.
    later = first_factor(user)
    assert later.get(ADMIN)["Location"].startswith(VERIFY)
    assert later.post(VERIFY, {"code": codes[3]}).status_code == 302


def test_the_verify_page_sends_back_only_to_this_site(world):
    user = world.user("a", Role.PROGRAMME_MANAGER)
    client = first_factor(user)
    code = current_code(authenticator(user))
    response = client.post(VERIFY, {"code": code, "next": "https://evil.example/"})
    assert response["Location"] == ADMIN


def test_the_django_admin_is_gone(world):
    client = log_in(Client(), operator())
    assert client.get("/django-admin/").status_code == 404
