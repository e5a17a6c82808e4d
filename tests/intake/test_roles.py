"""What each role can and cannot open in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from intake.roles import ROLE_PERMISSIONS, Role

SW, COACH, MANAGER, ADMIN = (
    Role.SOCIAL_WORKER,
    Role.COACH,
    Role.PROGRAMME_MANAGER,
    Role.CPAS_ADMIN,
)

DENIED = "denied"  # Wagtail sends the user back to the dashboard with a message


def opens(client, url: str):
    response = client.get(url)
    if response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    ):
        return DENIED
    return response.status_code


@pytest.mark.django_db
def test_every_role_is_a_group_with_the_permissions_it_is_given():
    for role, permissions in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role.value)
        granted = {
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        }
        assert granted == set(permissions)


# (url name, which record, {role: expected})
MATRIX = [
    ("wagtailadmin_home", None, {SW: 200, COACH: 200, MANAGER: 200, ADMIN: 200}),
    ("programme:index", None, {SW: 200, COACH: 200, MANAGER: 200, ADMIN: 200}),
    ("antenna:index", None, {SW: 200, COACH: 200, MANAGER: 200, ADMIN: 200}),
    ("cpas:index", None, {SW: 200, COACH: 200, MANAGER: 200, ADMIN: 200}),
    ("team:index", None, {SW: DENIED, COACH: 200, MANAGER: 200, ADMIN: 200}),
    (
        "programme:edit",
        "programme",
        {SW: DENIED, COACH: DENIED, MANAGER: 200, ADMIN: 200},
    ),
    ("programme:inspect", "programme", {SW: 200, COACH: 200, MANAGER: 200, ADMIN: 200}),
    ("antenna:add", None, {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: 200}),
    (
        "antenna:edit",
        "antenna",
        {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: 200},
    ),
    (
        "antenna:delete",
        "antenna",
        {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: 200},
    ),
    ("cpas:edit", "cpas", {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: 200}),
    ("cpas:add", None, {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: DENIED}),
    ("team:add", None, {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: 200}),
    (
        "wagtailusers_users:index",
        None,
        {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: DENIED},
    ),
    (
        "wagtailusers_groups:index",
        None,
        {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: DENIED},
    ),
    (
        "wagtailsites:index",
        None,
        {SW: DENIED, COACH: DENIED, MANAGER: DENIED, ADMIN: DENIED},
    ),
]


@pytest.mark.parametrize(("url_name", "record", "expected"), MATRIX)
def test_what_each_role_can_open_in_its_own_cpas(world, url_name, record, expected):
    args = []
    if record is not None:
        args = [getattr(world, record)["a"].pk]
    url = reverse(url_name, args=args)
    seen = {role: opens(world.client("a", role), url) for role in Role}
    assert seen == expected


def test_a_manager_may_edit_only_the_programmes_she_manages(world):
    from tests.factories import ProgrammeFactory

    other = ProgrammeFactory(cpas=world.cpas["a"], name="Another programme")
    manager = world.client("a", MANAGER)
    assert (
        opens(manager, reverse("programme:edit", args=[world.programme["a"].pk])) == 200
    )
    assert opens(manager, reverse("programme:edit", args=[other.pk])) == 404
    # ...but she sees it, as a colleague's programme of her CPAS.
    assert opens(manager, reverse("programme:inspect", args=[other.pk])) == 200


def test_a_manager_edits_her_programme(world):
    programme = world.programme["a"]
    manager = world.client("a", MANAGER)
    url = reverse("programme:edit", args=[programme.pk])
    form = manager.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        data[name] = "" if value is None else value
    data.update(
        {
            "name": "Programme A renamed",
            "slug": programme.slug,
            "cpas": world.cpas["a"].pk,
            "working_languages": ["fr", "ar"],
            "eligibility_rules-count": 0,
            "phases-TOTAL_FORMS": 0,
            "phases-INITIAL_FORMS": 0,
            "phases-MIN_NUM_FORMS": 0,
            "phases-MAX_NUM_FORMS": 1000,
            "group_size_min": 4,
            "group_size_max": 15,
        }
    )
    response = manager.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    programme.refresh_from_db()
    assert programme.name == "Programme A renamed"
    assert programme.working_languages == ["fr", "ar"]
    # A largest group smaller than the smallest is refused, and nothing changes.
    data.update({"group_size_min": 12, "group_size_max": 6})
    response = manager.post(url, data)
    assert response.status_code == 200
    assert "group_size_max" in response.context["form"].errors
    programme.refresh_from_db()
    assert programme.group_size_max == 15


def group_reads(queries) -> int:
    """The queries that read which groups (roles) a user is in (not Wagtail's
    permission queries, nor lists of users in a role)."""
    read = '"auth_group"."name" FROM "auth_group" INNER JOIN "auth_user_groups"'
    return sum(read in q["sql"] for q in queries)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(
    "url_name", ["wagtailadmin_home", "referrals:index", "groups_calendar:index"]
)
def test_an_admin_page_reads_the_users_roles_once(world, role, url_name):
    """The menu, the dashboard's panels, the views and the tenancy each ask which
    roles she has: one request reads her groups once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = world.client("a", role)
    url = reverse(url_name)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    assert group_reads(captured.captured_queries) == 1


def test_a_role_given_to_a_user_is_seen_at_once(world):
    from intake.roles import role_group, roles_of

    social_worker = world.user("a", SW)
    assert roles_of(social_worker) == {SW}
    social_worker.groups.add(role_group(COACH))
    assert roles_of(social_worker) == {SW, COACH}
    social_worker.groups.remove(role_group(SW))
    assert roles_of(social_worker) == {COACH}
