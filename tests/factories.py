"""Factories that build the organisation a test needs, and nothing more."""

from __future__ import annotations

import itertools

import factory
from django.contrib.auth import get_user_model

from intake.models import Antenna, Cpas, Membership, Programme
from intake.roles import Role
from intake.services import team_member_save

PASSWORD = "correct horse battery staple"
_emails = itertools.count(1)


class CpasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cpas
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"CPAS {n}")
    slug = factory.Sequence(lambda n: f"cpas-{n}")
    city = factory.Faker("city")
    default_language = "fr"


class AntennaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Antenna

    cpas = factory.SubFactory(CpasFactory)
    name = factory.Sequence(lambda n: f"Antenna {n}")
    slug = factory.Sequence(lambda n: f"antenna-{n}")
    municipality = factory.Faker("city")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    cpas = factory.SubFactory(CpasFactory)
    name = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    working_languages = ["fr"]
    group_size_max = 12


class SuperuserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"operator-{n}")
    is_staff = True
    is_superuser = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)


def staff_member(
    role: Role,
    *,
    cpas: Cpas | None = None,
    antenna: Antenna | None = None,
    programmes: list[Programme] | None = None,
    email: str | None = None,
) -> Membership:
    """A user with ``role`` in ``cpas``, through the same service the admin uses."""
    cpas = cpas or (antenna.cpas if antenna else None) or CpasFactory()
    if role == Role.SOCIAL_WORKER and antenna is None:
        antenna = AntennaFactory(cpas=cpas)
    if role in (Role.COACH, Role.PROGRAMME_MANAGER) and not programmes:
        programmes = [ProgrammeFactory(cpas=cpas)]
    email = email or f"{role.name.lower()}-{next(_emails)}@example.org"
    return team_member_save(
        membership=None,
        cpas=cpas,
        email=email,
        first_name="Test",
        last_name=role.label,
        role=role,
        antenna=antenna,
        programmes=programmes or [],
        password=PASSWORD,
    )
