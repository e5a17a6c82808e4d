"""Imports and the API under generated input: a spreadsheet of hostile cells
(or no spreadsheet at all) uploaded, its dry run confirmed, and the API's query
parameters. Never a 500; an upload or a confirmation that fails writes no
person and no referral."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from exchange.models import ImportUpload
from intake.models import Participant
from intake.roles import Role
from reports.tokens import token_create
from tests.security.fuzz.payloads import FUZZ, nasty_text
from workflow.models import Referral

pytestmark = pytest.mark.django_db
HEAD = ["first name", "last name", "date of birth", "phone", "antenna"]
URL = "/admin/exchange/import/participants/"


def counts() -> tuple[int, int]:
    return Participant.objects.count(), Referral.objects.count()


def csv_file(rows: list[list[str]]) -> SimpleUploadedFile:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return SimpleUploadedFile(
        "people.csv", buffer.getvalue().encode("utf-8", "replace")
    )


cells = st.lists(
    st.lists(nasty_text.map(lambda t: t[:2000]), min_size=0, max_size=6),
    max_size=4,
)
files = st.one_of(
    cells.map(lambda rows: csv_file([HEAD, *rows])),
    cells.map(csv_file),
    st.binary(max_size=300).map(lambda b: SimpleUploadedFile("people.xlsx", b)),
    st.binary(max_size=300).map(lambda b: SimpleUploadedFile("people.csv", b)),
)


def test_an_import_never_fails_on_a_generated_file(world):
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    client = world.client("a", Role.PROGRAMME_MANAGER)

    @FUZZ
    @given(file=files, skip=st.booleans())
    def attempt(file, skip):
        before = counts()
        response = client.post(URL, {"file": file})
        assert response.status_code < 500
        upload = ImportUpload.objects.filter(user=manager)
        token = upload.order_by("-pk").values_list("token", flat=True).first()
        assert counts() == before  # a dry run writes nothing
        if token:
            data = {"token": token, **({"skip_bad_rows": "on"} if skip else {})}
            confirmed = client.post(URL, data)
            assert confirmed.status_code < 500
            if confirmed.status_code >= 400:
                assert counts() == before

    attempt()


def test_the_api_never_fails_on_generated_query_parameters(world):
    _token, secret = token_create(
        user=world.user("a", Role.PROGRAMME_MANAGER), name="BI"
    )
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    programme = world.programme["a"].pk
    paths = st.sampled_from(
        [
            "/api/participants",
            "/api/referrals",
            "/api/forms",
            "/api/forms/1/submissions",
            f"/api/programmes/{programme}/report",
        ]
    )
    query = st.dictionaries(
        st.sampled_from(["page", "state", "programme", "start", "end", "x"]),
        st.one_of(nasty_text.map(lambda t: t[:5000]), st.integers().map(str)),
        max_size=4,
    )

    @FUZZ
    @given(path=paths, params=query)
    def attempt(path, params):
        response = client.get(path, params)
        assert response.status_code < 500, (path, params)

    attempt()
