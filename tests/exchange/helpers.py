"""What the exchange tests share: URLs, reading files, uploading a sheet."""

from __future__ import annotations

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.surveys.interview_fixtures import english


def export_url(kind: str, pk: int | None = None, **query) -> str:
    if pk is None:
        url = reverse("exchange:export", args=[kind])
    else:
        url = reverse("exchange:export_form", args=[kind, pk])
    return url + "?" + "&".join(f"{key}={value}" for key, value in query.items())


def body(response) -> bytes:
    assert response.status_code == 200, response.status_code
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_of(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def xlsx_of(response) -> list[list]:
    workbook = load_workbook(io.BytesIO(body(response)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def sheet(rows: list[list], name: str = "people.csv") -> SimpleUploadedFile:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8"))


def upload(client, kind: str, file) -> tuple[object, str]:
    """Send the file for its dry run: the response and the upload's token."""
    response = english(client).post(
        reverse("exchange:import", args=[kind]), {"file": file}
    )
    assert response.status_code == 200, response.status_code
    token = response.context["upload"].token if response.context.get("upload") else ""
    return response, token


def confirm(client, kind: str, token: str, *, skip: bool = False):
    data = {"token": token, **({"skip_bad_rows": "on"} if skip else {})}
    return english(client).post(reverse("exchange:import", args=[kind]), data)
