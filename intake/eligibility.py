"""Eligibility rules of a programme, as StreamField blocks a manager arranges.

Each rule type is one block. ``blocking`` says whether a person who does not meet the
rule can be admitted (a manager may still override with a written reason); a rule that
is not blocking is shown for information, e.g. Ghent admits every allophone while the
European fund pays only for third-country nationals. Evaluating the rules on a
referral's answers belongs to the referral workflow; here they are described.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RESIDENCE_STATUS_CHOICES = [
    ("recognised_refugee", _("Recognised refugee")),
    ("subsidiary_protection", _("Subsidiary protection")),
    ("family_reunification", _("Family reunification")),
    ("human_trafficking_victim", _("Victim of human trafficking")),
    ("other_legal_stay", _("Other legal stay")),
]


class RuleBlock(blocks.StructBlock):
    """Fields every rule has."""

    blocking = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Blocking"),
        help_text=_(
            "Checked: a person who does not meet this rule cannot be admitted "
            "without a manager's written override. Unchecked: shown for information."
        ),
    )
    note = blocks.TextBlock(required=False, label=_("Note"))

    class Meta:
        icon = "tick-inverse"


class MinimumAgeRule(RuleBlock):
    age = blocks.IntegerBlock(min_value=0, max_value=120, default=18, label=_("Age"))

    class Meta:
        label = _("Minimum age")


class NationalityOutsideEuRule(RuleBlock):
    class Meta:
        label = _("Nationality outside the European Union")


class ResidenceStatusRule(RuleBlock):
    statuses = blocks.MultipleChoiceBlock(
        choices=RESIDENCE_STATUS_CHOICES, label=_("Accepted residence statuses")
    )

    class Meta:
        label = _("Residence status")


class LivesInAreaRule(RuleBlock):
    area = blocks.CharBlock(label=_("Area"), max_length=200)

    class Meta:
        label = _("Lives in the area")


class IntegrationIncomeRule(RuleBlock):
    accept_other_cpas_service = blocks.BooleanBlock(
        required=False,
        label=_("Contact with another service of the CPAS is enough"),
    )

    class Meta:
        label = _("Integration income from this CPAS")


class SmallSocialNetworkRule(RuleBlock):
    class Meta:
        label = _("Small social network")


class NotReadyForArticle60Rule(RuleBlock):
    class Meta:
        label = _("Not yet ready for an article 60 job")


class AllophoneRule(RuleBlock):
    class Meta:
        label = _("Does not yet speak the region's language well (allophone)")


class EligibilityRulesBlock(blocks.StreamBlock):
    """The registry of rule types: the block name is the rule's stable type key."""

    minimum_age = MinimumAgeRule()
    nationality_outside_eu = NationalityOutsideEuRule()
    residence_status = ResidenceStatusRule()
    lives_in_area = LivesInAreaRule()
    integration_income = IntegrationIncomeRule()
    small_social_network = SmallSocialNetworkRule()
    not_ready_for_article_60 = NotReadyForArticle60Rule()
    allophone = AllophoneRule()


RULE_TYPES: tuple[str, ...] = tuple(EligibilityRulesBlock.base_blocks)
