import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from config.languages import codes
from home.models import HomePage, ProgrammePage
from intake.demo.seed import DEMO_PASSWORD
from intake.models import Antenna, Cpas, Membership, Programme, ProgrammePhase
from intake.roles import Role, roles_of
from surveys.models import FormPage, FormVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def development_machine(settings):
    # pytest-django runs with DEBUG off; demo accounts need a developer's machine.
    settings.DEBUG = True


def snapshot() -> dict:
    return {
        "cpas": sorted(Cpas.objects.values_list("slug", "name", "default_language")),
        "antennas": sorted(Antenna.objects.values_list("cpas__slug", "slug", "name")),
        "programmes": sorted(
            Programme.objects.values_list(
                "slug",
                "name",
                "cpas__slug",
                "group_size_max",
                "typical_duration_months",
            )
        ),
        "phases": ProgrammePhase.objects.count(),
        "pages": sorted(
            ProgrammePage.objects.values_list("locale__language_code", "slug", "title")
        ),
        "homes": HomePage.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "memberships": Membership.objects.count(),
        "forms": sorted(
            FormPage.objects.values_list("locale__language_code", "url_path", "live")
        ),
        "versions": FormVersion.objects.count(),
    }


def test_seed_demo_twice_gives_the_same_data(capsys):
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first
    # fr, nl, en, and the participants' languages (issue #13)
    assert first["homes"] == len(codes())


def test_seed_demo_holds_the_guides_five_programmes():
    call_command("seed_demo")
    programmes = {p.slug: p for p in Programme.objects.select_related("cpas")}
    assert set(programmes) == {
        "amie",
        "interactief",
        "activ-up",
        "mod-actions",
        "move-up",
    }
    assert programmes["amie"].cpas.city == "Antwerpen"
    assert programmes["move-up"].group_size_max == 15
    assert programmes["interactief"].group_size_max == 10
    for programme in programmes.values():
        assert programme.cpas.antennas.count() in (2, 3)
        kinds = list(programme.phases.values_list("kind", flat=True))
        assert kinds == ["launch", "intermediate", "final"]
        rules = [block.block_type for block in programme.eligibility_rules]
        assert "minimum_age" in rules
        assert "nationality_outside_eu" in rules
    # Ghent admits all allophones: nationality is information, not a barrier.
    ghent = {b.block_type: b.value for b in programmes["interactief"].eligibility_rules}
    assert ghent["nationality_outside_eu"]["blocking"] is False
    # Charleroi accepts people in contact with another service of the CPAS.
    charleroi = {
        b.block_type: b.value for b in programmes["activ-up"].eligibility_rules
    }
    assert charleroi["integration_income"]["accept_other_cpas_service"] is True


def test_seed_demo_creates_one_account_per_role_per_cpas(capsys):
    call_command("seed_demo")
    printed = capsys.readouterr().out
    for cpas in Cpas.objects.all():
        members = Membership.objects.filter(cpas=cpas).select_related("user")
        roles = [role for member in members for role in roles_of(member.user)]
        assert sorted(roles) == sorted(Role)
        for member in members:
            assert member.user.check_password(DEMO_PASSWORD)
            assert member.user.username in printed
    assert DEMO_PASSWORD in printed


def test_seed_demo_refuses_accounts_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()
    assert not Cpas.objects.exists()
    call_command("seed_demo", "--no-accounts")
    assert Cpas.objects.count() == 5
    assert not get_user_model().objects.exists()


def test_seed_demo_gives_each_programme_its_forms_in_its_language():
    """Written in the programme's language; their translations (issue #13) are
    translations of these pages, never other forms."""
    call_command("seed_demo", "--no-accounts")
    for programme in Programme.objects.select_related("cpas"):
        everywhere = FormPage.objects.live().filter(
            url_path__contains=f"/{programme.slug}/"
        )
        forms = everywhere.filter(locale__language_code=programme.cpas.default_language)
        sources = set(forms.values_list("translation_key", flat=True))
        assert set(everywhere.values_list("translation_key", flat=True)) == sources
        kinds = set(forms.values_list("kind", flat=True))
        assert {
            "referral",
            "orientation_interview",
            "strengths_obstacles_dreams",
            "participant_satisfaction",
        } <= kinds, programme.slug
        for form in forms:
            assert form.versions.get().number == 1
