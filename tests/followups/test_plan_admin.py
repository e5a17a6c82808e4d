"""The programme's managers edit its follow-up plan in the admin; nobody else
changes it, and another CPAS does not see it."""

from django.urls import reverse

from followups.models import FollowUpStep
from followups.viewsets import follow_up_plan_viewset as viewset
from intake.roles import Role
from tests.workflow.form_sending import simple_form


def url(name: str, *args) -> str:
    return reverse(viewset.get_url_name(name), args=args)


def test_a_manager_adds_a_step_with_her_programmes_follow_up_form(world, plan):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    listing = manager.get(url("index"))
    assert listing.status_code == 200
    assert plan.form.title in listing.content.decode()
    response = manager.post(
        url("add"),
        {
            "programme": world.programme["a"].pk,
            "months_after": 12,
            "form": plan.form.pk,
        },
    )
    assert response.status_code == 302, response.content
    assert FollowUpStep.objects.filter(
        programme=world.programme["a"], months_after=12, form=plan.form
    ).exists()


def test_another_programmes_form_or_programme_is_refused(world, plan):
    other_form = simple_form(world.programme["b"], "follow_up", "Opvolging")
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    for data in (
        {"programme": world.programme["b"].pk, "months_after": 9, "form": plan.form.pk},
        {
            "programme": world.programme["a"].pk,
            "months_after": 9,
            "form": other_form.pk,
        },
    ):
        response = manager.post(url("add"), data)
        assert response.status_code == 200  # the form again, with its error
    assert not FollowUpStep.objects.filter(months_after=9).exists()


def test_outside_the_programme_nobody_changes_the_plan(world, plan):
    step = FollowUpStep.objects.get(months_after=3)
    other_cpas = world.client("b", Role.PROGRAMME_MANAGER)
    assert other_cpas.get(url("edit", step.pk)).status_code == 404
    assert plan.form.title not in other_cpas.get(url("index")).content.decode()
    coach = world.client("a", Role.COACH)
    assert coach.get(url("index")).status_code == 200  # she reads it
    refused = coach.post(
        url("add"),
        {
            "programme": world.programme["a"].pk,
            "months_after": 12,
            "form": plan.form.pk,
        },
    )
    assert refused.status_code == 302
    assert refused.url == reverse("wagtailadmin_home")
    assert not FollowUpStep.objects.filter(months_after=12).exists()
