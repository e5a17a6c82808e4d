"""A programme's eligibility rules, evaluated on a referral form's answers.

The referral form and the rules meet on these answer keys (the demo referral forms
use them; a manager who builds her own keeps them to get the checklist):

- minimum_age: ``date_of_birth`` (a date);
- nationality_outside_eu: ``nationality`` (ISO country code);
- residence_status: ``residence_status`` (one of the five status keys);
- lives_in_area: ``municipality`` (free text: checked by a person);
- integration_income: ``integration_income`` (yes/no) and, where the programme
  accepts it, ``in_contact_with_other_cpas_service`` (yes/no);
- small_social_network: ``social_network`` (small/medium/large);
- not_ready_for_article_60: ``ready_for_article_60`` (yes/no);
- allophone: ``local_language_level`` (none/few_words/simple_conversation/fluent).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from surveys.countries import is_third_country


class Verdict(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    TO_CHECK = "to_check"


@dataclass(frozen=True)
class RuleResult:
    rule: str
    label: str
    verdict: Verdict
    blocking: bool
    explanation: str = ""
    note: str = ""

    @property
    def blocks_admission(self) -> bool:
        return self.blocking and self.verdict == Verdict.NOT_MET


@dataclass(frozen=True)
class Checklist:
    results: tuple[RuleResult, ...]

    @property
    def admissible(self) -> bool:
        """No blocking rule is known to fail (rules to check are a person's call)."""
        return not any(result.blocks_admission for result in self.results)

    @property
    def failing(self) -> tuple[RuleResult, ...]:
        return tuple(result for result in self.results if result.blocks_admission)


def _age(born: datetime.date, today: datetime.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _date(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


Check = Callable[[Mapping, Mapping], tuple[Verdict, str]]


def minimum_age(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    born = _date(answers.get("date_of_birth"))
    if born is None:
        return Verdict.TO_CHECK, _("No date of birth given.")
    age = _age(born, timezone.localdate())
    minimum = int(rule.get("age") or 18)
    verdict = Verdict.MET if age >= minimum else Verdict.NOT_MET
    return verdict, _("%(age)d years old (at least %(minimum)d).") % {
        "age": age,
        "minimum": minimum,
    }


def nationality_outside_eu(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    country = answers.get("nationality")
    if not country:
        return Verdict.TO_CHECK, _("No nationality given.")
    if is_third_country(str(country)):
        return Verdict.MET, _("Third-country national.")
    return Verdict.NOT_MET, _("Citizen of the EU, the EEA or Switzerland.")


def residence_status(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    status = answers.get("residence_status")
    if not status:
        return Verdict.TO_CHECK, _("No residence status given.")
    accepted = set(rule.get("statuses") or [])
    return (Verdict.MET if status in accepted else Verdict.NOT_MET), ""


def lives_in_area(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    municipality = answers.get("municipality")
    if not municipality:
        return Verdict.TO_CHECK, _("No municipality given.")
    return Verdict.TO_CHECK, _("Lives in %(place)s: check it is in the area.") % {
        "place": municipality
    }


def integration_income(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    income = answers.get("integration_income")
    if income == "yes":
        return Verdict.MET, ""
    if (
        rule.get("accept_other_cpas_service")
        and answers.get("in_contact_with_other_cpas_service") == "yes"
    ):
        return Verdict.MET, _("In contact with another service of the CPAS.")
    if income == "no":
        return Verdict.NOT_MET, ""
    return Verdict.TO_CHECK, _("Not answered.")


def small_social_network(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    network = answers.get("social_network")
    if not network:
        return Verdict.TO_CHECK, _("Not answered.")
    return (Verdict.MET if network == "small" else Verdict.NOT_MET), ""


def not_ready_for_article_60(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    ready = answers.get("ready_for_article_60")
    if ready not in ("yes", "no"):
        return Verdict.TO_CHECK, _("Not answered.")
    return (Verdict.MET if ready == "no" else Verdict.NOT_MET), ""


def allophone(rule: Mapping, answers: Mapping) -> tuple[Verdict, str]:
    level = answers.get("local_language_level")
    if not level:
        return Verdict.TO_CHECK, _("Not answered.")
    return (Verdict.MET if level in ("none", "few_words") else Verdict.NOT_MET), ""


CHECKS: dict[str, Check] = {
    "minimum_age": minimum_age,
    "nationality_outside_eu": nationality_outside_eu,
    "residence_status": residence_status,
    "lives_in_area": lives_in_area,
    "integration_income": integration_income,
    "small_social_network": small_social_network,
    "not_ready_for_article_60": not_ready_for_article_60,
    "allophone": allophone,
}


def evaluate(programme, answers: Mapping) -> Checklist:
    """The checklist of ``programme``'s rules for these answers."""
    results = []
    for block in programme.eligibility_rules:
        check = CHECKS[block.block_type]
        verdict, explanation = check(block.value, answers or {})
        results.append(
            RuleResult(
                rule=block.block_type,
                label=str(block.block.label),
                verdict=verdict,
                blocking=bool(block.value.get("blocking")),
                explanation=str(explanation),
                note=block.value.get("note") or "",
            )
        )
    return Checklist(tuple(results))
