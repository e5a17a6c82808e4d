"""From the outside: another programme's or CPAS's groups, sessions, registers,
certificates and enrolments answer 404 at every address."""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from groups.models import Attendance, Enrolment
from intake.roles import Role
from tests.factories import staff_member
from tests.groups.factories import team
from tests.groups.helpers import take_register
from tests.groups.test_certificates import PDF
from tests.groups.test_group_admin import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs():
    """A group with a register taken and a certificate kept, in CPAS B."""
    setting = team()
    (amina,) = setting.enrol(1)
    session = setting.session()
    take_register(setting, session, {amina: "excused"})
    attendance = Attendance.objects.get()
    attendance.certificate.save("c.pdf", SimpleUploadedFile("c.pdf", PDF))
    attendance.certificate_type = "application/pdf"
    attendance.save()
    return setting, session, amina, attendance


def addresses(setting, session, amina, attendance) -> dict[str, str]:
    enrolment = Enrolment.objects.get(participant=amina)
    return {
        "group page": reverse("groups:inspect", args=[setting.group.pk]),
        "group edit": reverse("groups:edit", args=[setting.group.pk]),
        "session page": reverse("sessions:inspect", args=[session.pk]),
        "session edit": reverse("sessions:edit", args=[session.pk]),
        "register": reverse("registers:register", args=[session.pk]),
        "enrol": reverse("enrolments:enrol", args=[setting.group.pk]),
        "certificate": reverse("enrolments:certificate", args=[attendance.pk]),
        "promote": reverse("enrolments:promote", args=[enrolment.pk]),
        "leave": reverse("enrolments:leave", args=[enrolment.pk]),
        "save": reverse("registers:save", args=[session.pk]),
        "upload": reverse("registers:certificate", args=[session.pk, amina.pk]),
    }


POSTS = {"promote", "leave", "save", "upload"}


def opened(client, name, url):
    if name == "save":
        return client.post(
            url,
            json.dumps(
                {"client_uuid": str(uuid.uuid4()), "base_revision": 1, "marks": {}}
            ),
            content_type="application/json",
        )
    if name in POSTS:
        return client.post(url, {"certificate": SimpleUploadedFile("c.pdf", PDF)})
    return client.get(url)


@pytest.mark.parametrize(
    "role", [Role.COACH, Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN, Role.SOCIAL_WORKER]
)
def test_another_cpas_gets_404_everywhere(theirs, role):
    outsider = team()
    user = {
        Role.COACH: outsider.coach,
        Role.PROGRAMME_MANAGER: outsider.manager,
        Role.SOCIAL_WORKER: outsider.worker,
        Role.CPAS_ADMIN: staff_member(
            Role.CPAS_ADMIN, cpas=outsider.programme.cpas
        ).user,
    }[role]
    client = client_for(user)
    for name, url in addresses(*theirs).items():
        response = opened(client, name, url)
        # Screens a role never uses send her to the dashboard before any lookup.
        assert response.status_code in (404, 302), (name, response.status_code)
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home"), name
    assert Attendance.objects.get().status == "excused"
    assert Enrolment.objects.get().status == "enrolled"


def test_another_programme_of_the_same_cpas_gets_404(theirs):
    setting = theirs[0]
    neighbour = team(programme=None)
    coach = staff_member(
        Role.COACH, cpas=setting.programme.cpas, programmes=[neighbour.programme]
    ).user
    client = client_for(coach)
    for name, url in addresses(*theirs).items():
        response = opened(client, name, url)
        assert response.status_code in (404, 302), (name, response.status_code)
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home"), name
    assert Enrolment.objects.get().status == "enrolled"


def test_the_social_worker_of_her_antenna_reads_but_does_not_take_the_register(theirs):
    setting, session, amina, attendance = theirs
    client = client_for(setting.worker)
    assert (
        client.get(reverse("enrolments:certificate", args=[attendance.pk])).status_code
        == 200
    )
    assert (
        client.get(reverse("registers:register", args=[session.pk])).status_code == 404
    )
    response = opened(client, "save", reverse("registers:save", args=[session.pk]))
    assert response.status_code == 404
