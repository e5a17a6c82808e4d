"""Reads of the form builder: which forms a user may see, their datasets, summaries.

Everything starts from :func:`forms_for_user` and
``Submission.objects.for_user(user)``, so the tenancy decides once what a screen,
a summary or an export may show. A form's dataset is every language's submissions
(one ``translation_key``); answers are read under their stable keys against the
versions loaded once in a :class:`FormCatalog`, never one query per submission.
"""

from surveys.selectors.answers import (
    AnswerDisplay,
    answer_display,
    local_datetime,
    scale_text,
)
from surveys.selectors.catalog import FormCatalog
from surveys.selectors.forms import (
    form_dataset,
    form_for_user,
    form_programmes,
    form_versions,
    forms_for_user,
    forms_of,
    forms_with_activity,
)
from surveys.selectors.summaries import (
    CountRow,
    FormSummary,
    QuestionSummary,
    ScaleSummary,
    submission_summary,
)

__all__ = [
    "AnswerDisplay",
    "CountRow",
    "FormCatalog",
    "FormSummary",
    "QuestionSummary",
    "ScaleSummary",
    "answer_display",
    "form_dataset",
    "form_for_user",
    "form_programmes",
    "form_versions",
    "forms_for_user",
    "forms_of",
    "forms_with_activity",
    "local_datetime",
    "scale_text",
    "submission_summary",
]
