"""Demo organisations for the five programmes: idempotent, so seeding twice changes
nothing.

Organisations and programmes come from :mod:`intake.demo.programmes` (the guide's
facts); one demo account per role per CPAS lets a newcomer try every screen. This is
the ``intake`` step of the demo; ``python manage.py seed_demo`` runs every app's
step (:mod:`workflow.demo`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from intake.demo.programmes import PROGRAMMES
from intake.models import Antenna, Cpas, Membership, Programme, ProgrammePhase
from intake.roles import Role
from intake.services import team_member_save

DEMO_PASSWORD = "demo-activation-2026"
SUPERUSER_USERNAME = "admin"

ROLE_ACCOUNT = {
    Role.SOCIAL_WORKER: ("social-worker", "Sara", "Antenne"),
    Role.COACH: ("coach", "Chris", "Coach"),
    Role.PROGRAMME_MANAGER: ("manager", "Mira", "Manager"),
    Role.CPAS_ADMIN: ("admin", "Alex", "Admin"),
}


@dataclass(frozen=True)
class DemoAccount:
    cpas: str
    role: str
    username: str
    password: str


def demo_email(cpas_slug: str, role: Role) -> str:
    return f"{ROLE_ACCOUNT[role][0]}@{cpas_slug}.demo"


@dataclass
class DemoProgramme:
    """One programme of the demo, with its entry in :data:`PROGRAMMES`."""

    programme: Programme
    entry: dict


@dataclass
class Demo:
    """What the demo seeding made so far, handed from one app's step to the next.

    The steps run in the order of the apps' dependencies (``workflow.demo``);
    each adds what later steps need: ``intake`` the organisations, programmes and
    accounts, ``home`` the programmes' public pages, ``surveys`` their forms.
    """

    with_accounts: bool
    programmes: list[DemoProgramme] = field(default_factory=list)
    #: Each programme's public page per language, by programme pk (``home``).
    programme_pages: dict[int, dict[str, Page]] = field(default_factory=dict)
    accounts: list[DemoAccount] = field(default_factory=list)


@transaction.atomic
def seed_organisation(demo: Demo) -> None:
    """Create or update the CPAS, antennas, programmes and (optionally) the
    demo accounts: the ``intake`` step of the demo."""
    for entry in PROGRAMMES:
        cpas = _cpas(entry["cpas"])
        antennas = [_antenna(cpas, data) for data in entry["antennas"]]
        programme = _programme(cpas, entry["programme"])
        demo.programmes.append(DemoProgramme(programme, entry))
        if demo.with_accounts:
            demo.accounts += _accounts(cpas, antennas[0], programme)
    if demo.with_accounts:
        demo.accounts.append(_superuser())


def _cpas(data: dict) -> Cpas:
    cpas, _created = Cpas.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "name": data["name"][data["default_language"]],
            "city": data["city"],
            "default_language": data["default_language"],
        },
    )
    return cpas


def _antenna(cpas: Cpas, data: dict) -> Antenna:
    antenna, _created = Antenna.objects.update_or_create(
        cpas=cpas,
        slug=data["slug"],
        defaults={"name": data["name"], "municipality": data["municipality"]},
    )
    return antenna


def demo_text(value, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value[language]
    if isinstance(value, list):
        return "\n".join(value)
    return value


def _rules(rules: list[dict], language: str) -> list[tuple[str, dict]]:
    blocks = []
    for rule in rules:
        value = {key: v for key, v in rule.items() if key != "type"}
        value["note"] = demo_text(value.get("note"), language)
        if "area" in value:
            value["area"] = demo_text(value["area"], language)
        blocks.append((rule["type"], value))
    return blocks


def _programme(cpas: Cpas, data: dict) -> Programme:
    language = cpas.default_language
    programme, _created = Programme.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "cpas": cpas,
            "name": data["name"],
            "working_languages": data["working_languages"],
            "summary": demo_text(data["summary"], language),
            "target_group": demo_text(data["target_group"], language),
            "eligibility_rules": _rules(data["eligibility_rules"], language),
            "individual_sessions": demo_text(data["individual_sessions"], language),
            "group_sessions": demo_text(data["group_sessions"], language),
            "group_size_min": data["group_size_min"],
            "group_size_max": data["group_size_max"],
            "typical_duration_months": data["typical_duration_months"],
            "team": demo_text(data["team"], language),
            "funding_note": demo_text(data["funding_note"], language),
        },
    )
    for order, phase in enumerate(data["phases"]):
        ProgrammePhase.objects.update_or_create(
            programme=programme,
            kind=phase["kind"],
            defaults={
                "sort_order": order,
                "objectives": demo_text(phase["objectives"], language),
                "activities": demo_text(phase["activities"], language),
                "rhythm": demo_text(phase["rhythm"], language),
            },
        )
    return programme


def _accounts(cpas: Cpas, antenna: Antenna, programme: Programme) -> list[DemoAccount]:
    accounts = []
    for role, (_prefix, first_name, last_name) in ROLE_ACCOUNT.items():
        email = demo_email(cpas.slug, role)
        membership = Membership.objects.filter(user__username=email).first()
        team_member_save(
            membership=membership,
            cpas=cpas,
            email=email,
            first_name=first_name,
            last_name=f"{last_name} ({cpas.city})",
            role=role,
            antenna=antenna if role == Role.SOCIAL_WORKER else None,
            programmes=[programme]
            if role in (Role.COACH, Role.PROGRAMME_MANAGER)
            else [],
            # Hashing is slow: a second run leaves existing passwords alone.
            password=None if membership else DEMO_PASSWORD,
        )
        accounts.append(DemoAccount(cpas.name, str(role.label), email, DEMO_PASSWORD))
    return accounts


def _superuser() -> DemoAccount:
    User = get_user_model()
    user, _created = User.objects.get_or_create(
        username=SUPERUSER_USERNAME, defaults={"email": "admin@platform.demo"}
    )
    user.is_staff = user.is_superuser = True
    if _created:
        user.set_password(DEMO_PASSWORD)
    user.save()
    return DemoAccount("—", str(_("Superuser")), SUPERUSER_USERNAME, DEMO_PASSWORD)


def accounts_allowed() -> bool:
    return bool(settings.DEBUG)
