"""Satisfaction means per question for the fund report.

The programme's satisfaction surveys (participants' and referrers'), answered in
the period, read as the results screen reads them
(:func:`surveys.participant_surveys.selectors.survey_results`): below
``MIN_GROUP`` answers only their number is given, and a question answered by
fewer than ``MIN_GROUP`` people shows no mean either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Min
from django.utils.translation import get_language, gettext_lazy

from intake.models import Programme
from surveys.models import FormPage, Submission
from surveys.participant_surveys.anonymity import (
    MIN_GROUP,
    reportable,
    survey_groups,
)
from surveys.participant_surveys.selectors import (
    SATISFACTION_KINDS,
    is_anonymous_survey,
    survey_results,
)
from surveys.selectors import form_versions, forms_of

NOT_A_WHOLE_GROUP = gettext_lazy(
    "Not shown: with another group of answers, this one would single out fewer "
    "than five answers."
)


@dataclass(frozen=True)
class QuestionMean:
    key: str
    label: str
    answered: int
    mean: Decimal | None


@dataclass
class SurveyMeans:
    key: str
    title: str
    count: int
    min_group: int = MIN_GROUP
    questions: list[QuestionMean] = field(default_factory=list)

    @property
    def shown(self) -> bool:
        return self.count >= self.min_group


def programme_surveys(programme: Programme) -> list[FormPage]:
    """The programme's satisfaction surveys, one (source) page per survey."""
    pages = forms_of([programme]).filter(kind__in=SATISFACTION_KINDS)
    first = pages.order_by().values("translation_key").annotate(first=Min("pk"))
    return list(FormPage.objects.filter(pk__in=first.values("first")).order_by("title"))


def satisfaction_means(user, programme: Programme, period) -> list[SurveyMeans]:
    language = get_language() or ""
    result = []
    for page in programme_surveys(programme):
        # The period is cut as the results screen cuts it (anonymity): widened
        # to whole periods of five answers, refused where a difference would
        # single out fewer than five.
        dataset = reportable(
            Submission.objects.for_user(user)
            .filter(programme=programme)
            .of_form(page.translation_key),
            anonymous=is_anonymous_survey(page),
        )
        cut = survey_groups(dataset).cut(start=period.start, end=period.end)
        answers = dataset.filter(
            submitted_at__date__gte=period.start, submitted_at__date__lte=period.end
        )
        refused = cut.refused
        if not refused and set(answers.values_list("pk", flat=True)) != cut.members:
            # The fund's period is not a whole group of five: its answers and
            # their neighbours' would differ by fewer than five.
            refused = NOT_A_WHOLE_GROUP
        results = survey_results(
            answers, form_versions(page), language, refused=refused
        )
        means = SurveyMeans(key=page.slug, title=page.title, count=results.count)
        for question in results.summary.questions if results.shown else []:
            for scale in question.scales:
                label = (
                    f"{question.label} · {scale.label}"
                    if scale.label
                    else question.label
                )
                enough = scale.answered >= MIN_GROUP and scale.mean is not None
                means.questions.append(
                    QuestionMean(
                        key=question.key,
                        label=label,
                        answered=scale.answered,
                        mean=Decimal(str(scale.mean)).quantize(Decimal("0.01"))
                        if enough
                        else None,
                    )
                )
        result.append(means)
    return result
