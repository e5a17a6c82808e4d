"""Results of the participant surveys: one dataset per survey, shown by groups.

A satisfaction survey is anonymous unless its page says otherwise, so its answers
are only ever shown as a group of at least :data:`MIN_GROUP`: below that, the
screen and the export give the number of answers and nothing else. Every language
of a survey is one dataset (its ``translation_key``); free-text answers keep the
language they were written in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from intake.languages import language_name
from intake.models import Programme
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from surveys.models import FormKind, FormPage, FormVersion, Submission
from surveys.participant_surveys.anonymity import MIN_GROUP
from surveys.schema import is_answered
from surveys.selectors.answers import answer_display
from surveys.selectors.catalog import FormCatalog
from surveys.selectors.forms import forms_for_user, forms_of
from surveys.selectors.summaries import FormSummary, submission_summary

#: The surveys participants and referrers answer about the programme.
SATISFACTION_KINDS = frozenset(
    {FormKind.PARTICIPANT_SATISFACTION, FormKind.REFERRER_SATISFACTION}
)
#: Roles that read a programme's survey results.
RESULT_ROLES = frozenset({Role.COACH, Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN})
#: Roles that invite people to a programme's surveys.
TEAM_ROLES = frozenset({Role.COACH, Role.PROGRAMME_MANAGER})


def is_anonymous_survey(page: FormPage) -> bool:
    """A satisfaction survey whose answers are not linked to the person."""
    return page.kind in SATISFACTION_KINDS and not page.identify_participant


def reads_results(user) -> bool:
    scope = scope_of(user)
    return scope.everything or (
        not scope.nothing and bool(roles_of(user) & RESULT_ROLES)
    )


def is_programme_team(user) -> bool:
    scope = scope_of(user)
    return scope.everything or (not scope.nothing and bool(roles_of(user) & TEAM_ROLES))


def surveys_for_user(user) -> QuerySet[FormPage]:
    """The satisfaction surveys (source pages) whose results ``user`` may read."""
    if not reads_results(user):
        return FormPage.objects.none()
    return forms_for_user(user).filter(kind__in=SATISFACTION_KINDS).order_by("title")


def survey_for_user(user, pk: int) -> FormPage | None:
    key = FormPage.objects.filter(pk=pk).values_list("translation_key", flat=True)
    return surveys_for_user(user).filter(translation_key__in=key).first()


def invitable_surveys(user) -> list[FormPage]:
    """Published satisfaction surveys of the programmes where ``user`` is in the
    team (coach or manager): the ones she may invite people to."""
    if not is_programme_team(user):
        return []
    team = Programme.objects.for_team(user, cpas_admin=False)
    return list(
        forms_for_user(user)
        .filter(kind__in=SATISFACTION_KINDS, live=True)
        .filter(pk__in=forms_of(team).values("pk"))
        .order_by("title")
    )


@dataclass(frozen=True)
class FreeText:
    """A free-text answer with the language it was written in."""

    text: str
    language_code: str
    language: str


@dataclass
class SurveyResults:
    """What the results screen shows: always the count; the rest only for a group
    of at least :data:`MIN_GROUP` answers."""

    count: int
    min_group: int = MIN_GROUP
    #: Why a group large enough is still not shown (see ``anonymity``).
    refused: str = ""
    #: The period shown, when the one asked for was widened to whole groups.
    widened_to: str = ""
    summary: FormSummary | None = None
    texts: dict[str, list[FreeText]] = field(default_factory=dict)

    @property
    def shown(self) -> bool:
        return self.count >= self.min_group and not self.refused


def survey_results(
    answers: QuerySet[Submission],
    versions: list[FormVersion],
    language: str,
    *,
    refused: str = "",
) -> SurveyResults:
    """Distribution and mean of each scale, counts of each choice, free texts with
    their language; only the count when the group is smaller than ``MIN_GROUP``
    or ``refused`` says why it may not be shown."""
    count = answers.count()
    if count < MIN_GROUP or refused:
        return SurveyResults(count=count, refused=refused)
    rows = list(
        answers.order_by("-submitted_at", "-pk").values_list(
            "answers", "version_id", "locale__language_code"
        )
    )
    summary = submission_summary(
        [(submitted, version_id) for submitted, version_id, _code in rows],
        versions,
        language,
    )
    catalog = FormCatalog(versions, language)
    texts: dict[str, list[FreeText]] = {}
    for question in summary.questions:
        if not (question.texts or question.more_texts):
            continue
        spec = catalog.spec_or_plain(question.key)
        texts[question.key] = [
            FreeText(answer_display(spec, value).text, code, language_name(code))
            for submitted, _version_id, code in rows
            if is_answered(value := (submitted or {}).get(question.key))
        ]
        question.texts, question.more_texts = [], 0
    return SurveyResults(count=count, summary=summary, texts=texts)
