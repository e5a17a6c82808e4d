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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language_info, pgettext_lazy
from wagtail.models import Locale

from intake.languages import autonym, language_name
from surveys.field_types import FieldType
from surveys.models import FormPage, FormVersion, QuestionAudio, Submission
from surveys.schema import FieldSpec, FormSchema
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

#: The standard text of each point of a smiley scale, lowest first.
SCALE_TEXTS = {
    3: [
        ("sad", pgettext_lazy("participant", "Not good")),
        ("neutral", pgettext_lazy("participant", "So-so")),
        ("happy", pgettext_lazy("participant", "Good")),
    ],
    5: [
        ("very-sad", pgettext_lazy("participant", "Very bad")),
        ("sad", pgettext_lazy("participant", "Bad")),
        ("neutral", pgettext_lazy("participant", "So-so")),
        ("happy", pgettext_lazy("participant", "Good")),
        ("very-happy", pgettext_lazy("participant", "Very good")),
    ],
}
YES_NO = [
    ("yes", pgettext_lazy("participant", "Yes"), "yes"),
    ("no", pgettext_lazy("participant", "No"), "no"),
]
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


@dataclass
class Option:
    value: str
    text: str
    face: str | None = None
    checked: bool = False


@dataclass
class Screen:
    """One question on one screen (a rating matrix gives one per statement)."""

    key: str
    name: str
    kind: str
    label: str
    required: bool = False
    #: The language of the label when it is not the chosen one (fallback).
    label_lang: str | None = None
    help_text: str = ""
    question_label: str = ""
    options: list[Option] = field(default_factory=list)
    value: str = ""
    #: The consent's text.
    text: str = ""
    #: Instructions the form shows before this question (rich text).
    preface: str = ""
    error: str = ""
    audio_url: str = ""
    widget: Any = None
    max_length: int | None = None

    @property
    def input_id(self) -> str:
        return f"q-{self.name}"

    @property
    def described_by(self) -> str:
        """Ids of the marker, the help text and the error shown with the question."""
        parts = [
            ("marker", self.label_lang),
            ("help", self.help_text),
            ("error", self.error),
        ]
        return " ".join(f"{self.input_id}-{name}" for name, shown in parts if shown)

    @property
    def is_group(self) -> bool:
        return self.kind in {"scale", "choice", "checks"}


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
        if spec.type == FieldType.INSTRUCTIONS:
            preface = spec.options.get("text", "")
            continue
        if not spec.is_question or spec.type == FieldType.HIDDEN:
            continue
        source = source_schema.question(spec.key) if source_schema else None
        untranslated = _untranslated(localised, spec.label, source and source.label)
        made = _screens_of(spec, source, localised, untranslated, data)
        for screen in made:
            screen.error = _error_text(errors.get(spec.key))
            if spec.type == FieldType.MATRIX and any(o.checked for o in screen.options):
                screen.error = ""  # this line of the matrix was answered
            screen.audio_url = audio_url(spec.key) if audio_url else ""
            if spec.type not in _OWN_KINDS:
                screen.widget = form[spec.key]
        if made and preface:
            made[0].preface = preface
            preface = ""
        screens += made
    return screens


_OWN_KINDS = {
    FieldType.LIKERT,
    FieldType.YES_NO,
    FieldType.MATRIX,
    FieldType.RADIO,
    FieldType.CHECKBOXES,
    FieldType.CONSENT,
    FieldType.SINGLELINE,
    FieldType.MULTILINE,
    FieldType.NUMBER,
    FieldType.EMAIL,
}


def _untranslated(localised: LocalisedForm, text: str, source_text) -> bool:
    if localised.language == localised.source_language:
        return False
    if localised.is_fallback:
        return True
    return bool(text) and text == source_text


def _scale_options(spec: FieldSpec, checked: str | None) -> list[Option]:
    labels = spec.options.get("point_labels") or []
    return [
        Option(
            value=str(index + 1),
            text=labels[index]
            if index < len(labels) and labels[index]
            else str(standard),
            face=face,
            checked=checked == str(index + 1),
        )
        for index, (face, standard) in enumerate(
            SCALE_TEXTS[int(spec.options.get("points") or 5)]
        )
    ]


def _screens_of(spec, source, localised, untranslated, data) -> list[Screen]:
    lang = localised.source_language if untranslated else None
    base = {
        "key": spec.key,
        "name": spec.key,
        "label": spec.label,
        "required": spec.required,
        "label_lang": lang,
        "help_text": spec.help_text,
    }
    if spec.type == FieldType.MATRIX:
        source_texts = dict(source.options.get("statements", [])) if source else {}
        return [
            Screen(
                **{
                    **base,
                    "name": f"{spec.key}-{statement}",
                    "label": text,
                    "label_lang": localised.source_language
                    if _untranslated(localised, text, source_texts.get(statement))
                    else None,
                    "question_label": spec.label,
                },
                kind="scale",
                options=_scale_options(spec, data.get(f"{spec.key}-{statement}")),
            )
            for statement, text in spec.options.get("statements", [])
        ]
    if spec.type == FieldType.LIKERT:
        return [
            Screen(
                **base, kind="scale", options=_scale_options(spec, data.get(spec.key))
            )
        ]
    if spec.type == FieldType.YES_NO:
        options = [
            Option(value, str(text), face, data.get(spec.key) == value)
            for value, text, face in YES_NO
        ]
        return [Screen(**base, kind="scale", options=options)]
    if spec.type == FieldType.RADIO:
        options = [
            Option(value, label, None, data.get(spec.key) == value)
            for value, label in spec.options.get("choices", [])
        ]
        return [Screen(**base, kind="choice", options=options)]
    if spec.type == FieldType.CHECKBOXES:
        given = data.getlist(spec.key) if hasattr(data, "getlist") else []
        options = [
            Option(value, label, None, value in given)
            for value, label in spec.options.get("choices", [])
        ]
        return [Screen(**base, kind="checks", options=options)]
    if spec.type == FieldType.CONSENT:
        return [
            Screen(
                **base,
                kind="consent",
                text=spec.options.get("text", ""),
                value="on" if data.get(spec.key) else "",
            )
        ]
    if spec.type == FieldType.MULTILINE:
        return [Screen(**base, kind="textarea", value=data.get(spec.key, ""))]
    if spec.type in (FieldType.SINGLELINE, FieldType.NUMBER, FieldType.EMAIL):
        kind = {FieldType.NUMBER: "number", FieldType.EMAIL: "email"}.get(
            spec.type, "text"
        )
        return [
            Screen(
                **base,
                kind=kind,
                value=data.get(spec.key, ""),
                max_length=int(spec.options.get("max_length") or 255)
                if kind == "text"
                else None,
            )
        ]
    return [Screen(**base, kind="widget")]


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
    consents = [spec.key for spec in schema.questions if spec.type == FieldType.CONSENT]
    return any(
        isinstance(answers.get(key), dict) and answers[key].get("accepted") is True
        for key in consents
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
