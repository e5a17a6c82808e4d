"""The participant interface's reads and writes (no login, a token in the link).

- :func:`language_options`: the languages offered, each named in itself;
- :func:`form_for_language`: the survey in the chosen language, or its source;
- :func:`survey_screens`: one screen per question (one per statement of a rating
  matrix), with the texts a participant reads and a marker on the questions that
  are not translated yet;
- :func:`audio_for`: the recorded question for a language;
- :func:`participant_submission_create`: the answers, anonymous by default.

Every text of the interface uses the ``participant`` context: the catalogs of
the participants' languages (ar, ti, prs, ps, so, uk) hold exactly those.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language_info, pgettext_lazy
from wagtail.models import Locale

from intake.languages import autonym, language_name
from surveys.field_types.screens import Screen, ScreenContext
from surveys.models import FormPage, FormVersion, QuestionAudio, Submission
from surveys.schema import FormSchema
from surveys.services import submission_create

if TYPE_CHECKING:
    from surveys.builder import SurveyForm
    from surveys.models import Invitation

#: What the participant reads when a link opens nothing, per reason.
INVALID_TITLES = {
    "unknown": pgettext_lazy("participant", "This link does not work."),
    "expired": pgettext_lazy("participant", "This survey is closed."),
    "used": pgettext_lazy("participant", "This link was already used."),
    "withdrawn": pgettext_lazy("participant", "This survey is closed."),
}
INVALID_MESSAGES = {
    "unknown": pgettext_lazy(
        "participant", "Check the link. Or ask the team for a new link."
    ),
    "expired": pgettext_lazy("participant", "You cannot answer any more. Thank you."),
    "used": pgettext_lazy("participant", "Your answers were already sent. Thank you."),
    "withdrawn": pgettext_lazy("participant", "You cannot answer any more. Thank you."),
}
#: HTTP status of each reason: an unknown link is not found, the others are gone.
INVALID_STATUS = {"unknown": 404, "expired": 410, "used": 410, "withdrawn": 410}

REQUIRED = pgettext_lazy("participant", "Please answer this question.")
INVALID_ANSWER = pgettext_lazy("participant", "Check this answer.")


# --- languages ----------------------------------------------------------------


def is_rtl(code: str) -> bool:
    return bool(get_language_info(code)["bidi"])


def language_options() -> list[dict]:
    """The languages of ``settings.LANGUAGES``, each named in its own script."""
    return [
        {"code": code, "name": autonym(code), "dir": "rtl" if is_rtl(code) else "ltr"}
        for code, _name in settings.LANGUAGES
    ]


# --- the survey in a language -------------------------------------------------


@dataclass
class LocalisedForm:
    """The page shown in ``language``, and the source it falls back to."""

    page: FormPage
    source: FormPage
    language: str

    @property
    def source_language(self) -> str:
        return self.source.locale.language_code

    @property
    def is_fallback(self) -> bool:
        """The whole survey is shown in its source language."""
        return self.page.pk == self.source.pk and self.language != self.source_language

    @property
    def source_direction(self) -> str:
        return "rtl" if is_rtl(self.source_language) else "ltr"

    @property
    def source_language_name(self) -> str:
        """The source language's name, in the chosen language."""
        return language_name(self.source_language, in_language=self.language)


def form_for_language(invitation: Invitation, language: str) -> LocalisedForm | None:
    """The invitation's survey in ``language`` when that translation is live and
    published, otherwise the source page; ``None`` when neither can be shown."""
    source = FormPage.objects.select_related("locale").get(pk=invitation.form_id)
    translated = (
        FormPage.objects.live()
        .select_related("locale")
        .filter(
            translation_key=invitation.translation_key,
            locale__language_code=language,
        )
        .first()
    )
    if translated is not None and translated.published_version is not None:
        return LocalisedForm(page=translated, source=source, language=language)
    if not source.live or source.published_version is None:
        return None
    return LocalisedForm(page=source, source=source, language=language)


# --- screens ------------------------------------------------------------------


def survey_screens(
    *,
    localised: LocalisedForm,
    schema: FormSchema,
    form: SurveyForm,
    audio_url=None,
) -> list[Screen]:
    """The screens of ``schema`` in order, filled from the bound ``form``.

    ``audio_url(key)`` gives the recorded question's address, or ``""``.
    """
    source_version = localised.source.published_version
    if localised.page.pk == localised.source.pk:
        source_schema = schema
    elif source_version is not None:
        source_schema = source_version.form_schema
    else:
        source_schema = None  # nothing to compare with: no marker

    errors = form.errors.as_data() if form.is_bound else {}
    data = form.data if form.is_bound else {}
    screens: list[Screen] = []
    preface = ""
    for spec in schema.fields:
        text = spec.definition.participant_preface(spec)
        if text is not None:
            preface = text
            continue
        if not spec.is_question:
            continue
        source = source_schema.question(spec.key) if source_schema else None
        untranslated = _untranslated(localised, spec.label, source and source.label)
        context = ScreenContext(
            spec=spec,
            source=source,
            data=data,
            label_lang=localised.source_language if untranslated else None,
            source_language=localised.source_language,
            error=_error_text(errors.get(spec.key)),
            bound_field=form[spec.key],
            untranslated=partial(_untranslated, localised),
        )
        made = spec.definition.participant_screens(context)
        for screen in made:
            screen.audio_url = audio_url(spec.key) if audio_url else ""
        if made and preface:
            made[0].preface = preface
            preface = ""
        screens += made
    return screens


def _untranslated(localised: LocalisedForm, text: str, source_text) -> bool:
    if localised.language == localised.source_language:
        return False
    if localised.is_fallback:
        return True
    return bool(text) and text == source_text


def _error_text(errors) -> str:
    if not errors:
        return ""
    if any(error.code == "required" for error in errors):
        return str(REQUIRED)
    return str(INVALID_ANSWER)


def form_errors(form: SurveyForm) -> dict[str, list[str]]:
    """The form's errors in the participant's words, by question key."""
    return {key: [_error_text(errors)] for key, errors in form.errors.as_data().items()}


# --- recorded questions -------------------------------------------------------


def audio_keys(invitation: Invitation, language: str) -> set[str]:
    """Keys of the questions recorded in ``language`` for the invitation's survey."""
    return set(
        QuestionAudio.objects.filter(
            translation_key=invitation.translation_key, language=language
        ).values_list("question_key", flat=True)
    )


def audio_for(
    invitation: Invitation, question_key: str, language: str
) -> QuestionAudio | None:
    return QuestionAudio.objects.filter(
        translation_key=invitation.translation_key,
        question_key=question_key,
        language=language,
    ).first()


# --- sending ------------------------------------------------------------------


def consented(schema: FormSchema, answers: dict) -> bool:
    """Whether a consent question of the survey was accepted."""
    return any(
        spec.definition.grants_consent(answers.get(spec.key))
        for spec in schema.questions
    )


def answered_version(invitation: Invitation, pk: int | None) -> FormVersion | None:
    """The version of the invitation's survey the answers were given on, while
    its page is live; ``None`` for another survey's version or a withdrawn one."""
    version = (
        FormVersion.objects.select_related("page")
        .filter(pk=pk, translation_key=invitation.translation_key)
        .first()
    )
    return version if version is not None and version.page.live else None


def earlier_submission(
    invitation: Invitation | None, client_uuid: uuid.UUID | None
) -> Submission | None:
    """What the same answers (same client id) already made with this invitation:
    a phone sending again after its own send took the last place."""
    if invitation is None or client_uuid is None:
        return None
    return Submission.objects.filter(
        client_uuid=client_uuid, invitation=invitation
    ).first()


def participant_submission_create(
    *,
    invitation: Invitation,
    version: FormVersion,
    form: SurveyForm,
    data,
    language: str,
    body_size: int = 0,
) -> Submission | None:
    """Store the answers of one participant, anonymous unless all three hold:
    the survey asks to link answers to the person, the link is personal (made
    for one participant), and the participant agreed (a consent question).

    The submission records the invitation, the programme and the language the
    participant chose (even when some questions were shown in the source
    language). ``None`` when the answers have errors.
    """
    page = version.page
    participant = None
    if (
        page.identify_participant
        and invitation.participant_id is not None
        and form.is_valid()
        and consented(version.form_schema, form.answers())
    ):
        participant = invitation.participant
    locale, _created = Locale.objects.get_or_create(language_code=language)
    return submission_create(
        page=page,
        version=version,
        form=form,
        data=data,
        user=AnonymousUser(),
        body_size=body_size,
        invitation=invitation,
        participant=participant,
        locale=locale,
    )
