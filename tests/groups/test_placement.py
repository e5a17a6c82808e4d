"""Move Up!'s language placement test suggests the group of the right level."""

import pytest

from groups.selectors.placement import placed_level, suggested_groups
from tests.factories import submission_for
from tests.groups.factories import GroupFactory, team

pytestmark = pytest.mark.django_db


def test_the_proposed_level_suggests_its_groups_most_free_places_first():
    setting = team(group_size_max=15)
    setting.group.level = "beginners"
    setting.group.save()
    setting.enrol(3)
    roomier = GroupFactory(
        programme=setting.programme, name="Débutants B", level="beginners"
    )
    GroupFactory(programme=setting.programme, name="Avancés", level="advanced")
    referral = setting.refer("accepted")
    submission_for(referral, "language_placement", {"proposed_group": "beginners"})

    assert placed_level(referral.participant, setting.programme) == "beginners"
    suggested = suggested_groups(referral.participant, setting.programme)
    assert suggested == [roomier, setting.group]
    assert [g.taken for g in suggested] == [0, 3]


def test_no_test_no_suggestion():
    setting = team()
    referral = setting.refer("accepted")
    assert suggested_groups(referral.participant, setting.programme) == []


def test_the_latest_test_counts():
    setting = team()
    GroupFactory(programme=setting.programme, name="Alpha", level="literacy")
    advanced = GroupFactory(
        programme=setting.programme, name="Avancés", level="advanced"
    )
    referral = setting.refer("accepted")
    submission_for(referral, "language_placement", {"proposed_group": "literacy"})
    submission_for(referral, "language_placement", {"proposed_group": "advanced"})
    assert suggested_groups(referral.participant, setting.programme) == [advanced]
