"""Recorded questions: the programme team uploads, replaces and deletes them."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from intake.roles import Role
from surveys.models import QuestionAudio
from tests.factories import form_page, question

INDEX = reverse("question_audio:index")
ADD = reverse("question_audio:add")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def survey(world):
    return form_page(
        world.programme["a"],
        [
            question("likert", "Le module vous a plu ?", "module", points="5"),
            question("multiline", "Un commentaire ?", "comment", required=False),
        ],
        kind="participant_satisfaction",
        title="Satisfaction",
    )


def recording(name="question.mp3") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"ID3\x03\x00fake-mp3-bytes", "audio/mpeg")


def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def upload(client, survey, key="module", language="ti", file=None):
    return client.post(
        ADD,
        {
            "question": f"{survey.pk}:{key}",
            "language": language,
            "file": file or recording(),
        },
    )


def test_a_coach_uploads_a_recording_for_a_question_and_language(world, survey):
    client = english(world.client("a", Role.COACH))
    form = client.get(ADD).content.decode()
    assert f'value="{survey.pk}:module"' in form
    assert "Le module vous a plu ? [module]" in form

    response = upload(client, survey)

    assert response.status_code == 302, response.content.decode()[-3000:]
    audio = QuestionAudio.objects.get()
    assert (audio.question_key, audio.language) == ("module", "ti")
    assert audio.form == survey and audio.translation_key == survey.translation_key
    assert audio.programme == world.programme["a"]
    assert audio.uploaded_by == world.user("a", Role.COACH)
    assert audio.file.read().startswith(b"ID3")
    listing = client.get(INDEX).content.decode()
    assert "Le module vous a plu ?" in listing and "Tigrinya" in listing


def test_a_wrong_extension_is_refused(world, survey):
    client = english(world.client("a", Role.COACH))
    response = upload(client, survey, file=recording("question.exe"))
    assert response.status_code == 200
    assert "File extension “exe” is not allowed." in response.content.decode()
    assert not QuestionAudio.objects.exists()


def test_one_recording_per_question_and_language_and_replacing_it(world, survey):
    client = english(world.client("a", Role.PROGRAMME_MANAGER))
    upload(client, survey)
    second = upload(client, survey)
    assert "already has a recording in this language" in second.content.decode()
    assert QuestionAudio.objects.count() == 1

    audio = QuestionAudio.objects.get()
    edit = reverse("question_audio:edit", args=[audio.pk])
    replaced = client.post(
        edit,
        {
            "question": f"{survey.pk}:module",
            "language": "ti",
            "file": SimpleUploadedFile("new.ogg", b"OggS-new", "audio/ogg"),
        },
    )
    assert replaced.status_code == 302
    audio.refresh_from_db()
    assert audio.file.name.endswith(".ogg") and audio.file.read() == b"OggS-new"

    deleted = client.post(reverse("question_audio:delete", args=[audio.pk]))
    assert deleted.status_code == 302 and not QuestionAudio.objects.exists()


def test_another_programmes_recordings_do_not_exist_for_me(world, survey):
    upload(world.client("a", Role.COACH), survey)
    audio = QuestionAudio.objects.get()
    outsider = world.client("b", Role.COACH)
    assert (
        outsider.get(reverse("question_audio:edit", args=[audio.pk])).status_code == 404
    )
    assert (
        outsider.post(reverse("question_audio:delete", args=[audio.pk])).status_code
        == 404
    )
    assert "Satisfaction" not in english(outsider).get(INDEX).content.decode()
    # Nor can she upload for a survey of another programme.
    refused = upload(english(outsider), survey, language="ar")
    assert refused.status_code == 200 and QuestionAudio.objects.count() == 1
    assert QuestionAudio.objects.get().file.read().startswith(b"ID3")


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.CPAS_ADMIN])
def test_only_the_programme_team_handles_recordings(world, survey, role):
    client = world.client("a", role)
    for response in (client.get(INDEX), client.get(ADD), upload(client, survey)):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not QuestionAudio.objects.exists()
