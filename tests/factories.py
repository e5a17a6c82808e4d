"""Factories that build the organisation a test needs, and nothing more."""

from __future__ import annotations

import itertools

import factory
from django.contrib.auth import get_user_model
from django.utils import translation

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
    with translation.override("en"):  # the same name whatever the active language
        last_name = str(role.label)
    return team_member_save(
        membership=None,
        cpas=cpas,
        email=email,
        first_name="Test",
        last_name=last_name,
        role=role,
        antenna=antenna,
        programmes=programmes or [],
        password=PASSWORD,
    )


# --- pages and forms -----------------------------------------------------------


def home_page():
    """The French home page (created once), under Wagtail's root."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    locale, _created = Locale.objects.get_or_create(language_code="fr")
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        # A transactional test before this one flushed the tree that Wagtail's
        # migrations create: make the root again.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale)
        )
        for child in root.get_children():
            if not child.get_children().exists() and child.specific_class is Page:
                child.delete()
        home = root.add_child(
            instance=HomePage(title="Accueil", slug="home", locale=locale)
        )
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    return home


def programme_page(programme: Programme):
    from home.models import ProgrammePage

    page = ProgrammePage.objects.filter(programme=programme).first()
    if page is None:
        page = home_page().add_child(
            instance=ProgrammePage(
                title=programme.name, slug=programme.slug, programme=programme
            )
        )
        page.save_revision().publish()
    return page


def question(block_type: str, label: str, key: str = "", **value) -> tuple[str, dict]:
    """One block of a form, e.g. ``question("yes_no", "Motivated?", "motivated")``."""
    return (
        block_type,
        {"label": label, "key": key, "required": value.pop("required", True), **value},
    )


def choices(*pairs: str | tuple[str, str]) -> list[dict]:
    return [
        {"label": pair[1], "value": pair[0]}
        if isinstance(pair, tuple)
        else {"label": pair, "value": ""}
        for pair in pairs
    ]


def condition(field: str, operator: str = "equals", values: str = "") -> dict:
    return {"field": field, "operator": operator, "values": values}


def form_page(
    programme: Programme,
    blocks: list,
    *,
    kind="orientation_interview",
    title="Entretien",
    publish=True,
):
    """A form page under the programme's page, published (so version 1 exists)."""
    from surveys.models import FormPage

    parent = programme_page(programme)
    page = parent.add_child(
        instance=FormPage(
            title=title,
            slug=f"{kind}-{FormPage.objects.count() + 1}",
            kind=kind,
            form_fields=blocks,
        )
    )
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


# --- participants and referrals --------------------------------------------------


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "intake.Participant"

    antenna = factory.SubFactory(AntennaFactory)
    cpas = factory.SelfAttribute("antenna.cpas")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    date_of_birth = factory.Faker("date_of_birth", minimum_age=19, maximum_age=60)
    nationality = "SY"
    residence_status = "recognised_refugee"


def referral_in(
    state: str, *, programme: Programme, antenna: Antenna, referred_by, **fields
):
    """A referral already in ``state`` (set directly: the state machine under test is
    walked by the tests themselves)."""
    from workflow.models import Referral

    referral = Referral.objects.create(
        cpas=programme.cpas,
        programme=programme,
        antenna=antenna,
        referred_by=referred_by,
        participant=ParticipantFactory(antenna=antenna),
        **fields,
    )
    Referral.objects.filter(pk=referral.pk).update(state=state)
    return Referral.objects.get(pk=referral.pk)


def submission_for(referral, kind: str, answers: dict | None = None):
    """A submitted form of ``kind`` linked to the referral (and its participant)."""
    from surveys.models import FormPage, Submission
    from workflow.referrals import referral_submission_link

    page = FormPage.objects.filter(
        kind=kind, path__startswith=programme_page(referral.programme).path
    ).first() or form_page(
        referral.programme,
        [question("singleline", "Note", "note")],
        kind=kind,
        title=kind,
    )
    version = page.versions.get()
    submission = Submission.objects.create(
        version=version,
        translation_key=page.translation_key,
        programme=referral.programme,
        locale=page.locale,
        answers=answers or {"note": "ok"},
        participant=referral.participant,
    )
    referral_submission_link(referral=referral, submission=submission)
    return submission
