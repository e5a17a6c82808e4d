"""Tokens in the admin: created (shown once), listed without the secret, revoked."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from intake.roles import Role
from reports.models import ApiToken
from reports.tokens import token_digest
from tests.factories import SuperuserFactory
from tests.logins import mark_verified

pytestmark = pytest.mark.django_db
INDEX = reverse("api_tokens:index")


def test_a_token_is_shown_once_then_only_its_beginning(world):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    response = client.post(INDEX, {"name": "Power BI", "pseudonymised": "on"})
    assert response.status_code == 200
    (secret,) = re.findall(r'value="(cpas_[^"]+)"', response.content.decode())
    token = ApiToken.objects.get()
    assert token.digest == token_digest(secret)
    assert token.pseudonymised and token.user == world.user("a", Role.PROGRAMME_MANAGER)
    listing = client.get(INDEX).content.decode()
    assert "Power BI" in listing and token.prefix in listing
    assert secret not in listing


def test_a_token_is_revoked_by_its_owner_only(world):
    owner = world.client("a", Role.COACH)
    owner.post(INDEX, {"name": "Excel", "expires_at": "2030-01-01T10:00"})
    token = ApiToken.objects.get()
    assert token.expires_at.year == 2030 and not token.pseudonymised
    url = reverse("api_tokens:revoke", args=[token.pk])
    assert world.client("a", Role.CPAS_ADMIN).post(url).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    assert owner.get(url).status_code == 405
    assert owner.post(url).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert "Revoked" in owner.get(INDEX, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_someone_in_no_cpas_has_no_tokens(client, django_user_model):
    nobody = django_user_model.objects.create_user("nobody", is_staff=True)
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    # Wagtail answers a refusal with a redirect to the dashboard.
    assert client.get(INDEX)["Location"] == reverse("wagtailadmin_home")
    client.post(INDEX, {"name": "Mine"})
    assert not ApiToken.objects.exists()
    operator = Client()
    superuser = SuperuserFactory()
    superuser.save()  # the factory sets the password after saving
    operator.force_login(superuser)
    mark_verified(operator, superuser)
    assert operator.get(INDEX).status_code == 200
