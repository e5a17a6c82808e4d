"""Who may edit a CPAS's programme pages: its managers and administrators,
through one page-editor group per CPAS kept in step with each team member's role
(the ``after_team_member_save`` hook of intake's team service)."""

from __future__ import annotations

import pytest
from wagtail.models import GroupPagePermission

from home.services import cpas_page_group_name
from intake.models import Membership
from intake.roles import Role
from intake.services import team_member_save
from tests.factories import programme_page

pytestmark = pytest.mark.django_db


def page_groups(user) -> set[str]:
    return set(
        user.groups.filter(name__startswith="Page editors").values_list(
            "name", flat=True
        )
    )


def test_managers_and_administrators_edit_their_cpas_pages_coaches_do_not(world):
    programme_page(world.programme["a"])
    group = cpas_page_group_name(world.cpas["a"])
    assert page_groups(world.user("a", Role.PROGRAMME_MANAGER)) == {group}
    assert page_groups(world.user("a", Role.CPAS_ADMIN)) == {group}
    assert page_groups(world.user("a", Role.COACH)) == set()
    assert page_groups(world.user("a", Role.SOCIAL_WORKER)) == set()


def test_the_group_covers_the_programmes_pages_once_a_member_is_saved(world):
    page = programme_page(world.programme["a"])
    manager = Membership.objects.get(user=world.user("a", Role.PROGRAMME_MANAGER))
    team_member_save(
        membership=manager,
        cpas=world.cpas["a"],
        email=manager.user.email,
        first_name="Mira",
        last_name="Manager",
        role=Role.PROGRAMME_MANAGER,
        programmes=[world.programme["a"]],
    )
    granted = GroupPagePermission.objects.filter(
        group__name=cpas_page_group_name(world.cpas["a"])
    )
    assert set(granted.values_list("page_id", flat=True)) == {page.pk}
    assert set(granted.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
    }


def test_a_manager_who_becomes_a_coach_leaves_the_page_editors(world):
    membership = Membership.objects.get(user=world.user("a", Role.PROGRAMME_MANAGER))
    team_member_save(
        membership=membership,
        cpas=world.cpas["a"],
        email=membership.user.email,
        first_name="Mira",
        last_name="Coach",
        role=Role.COACH,
        programmes=[world.programme["a"]],
    )
    assert page_groups(membership.user) == set()
