"""One referral: the participant, the answers, the eligibility checklist, the
actions this user may take now, the history and the forms filled for it."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from intake.languages import language_name
from intake.models import Phase
from surveys.countries import country_name
from surveys.models import Submission
from workflow import live
from workflow.actions import Action
from workflow.eligibility import Checklist, evaluate
from workflow.hooks import referral_panels
from workflow.interviews import referral_interviews
from workflow.models import Referral, ReferralState
from workflow.permissions import is_programme_team, is_referrer
from workflow.selectors import (
    WITH_THE_PROGRAMME,
    answer_rows,
    follow_up_forms,
    linked_submissions,
    referral_for_user,
    refers,
    reviews,
    timeline,
)
from workflow.services import available_actions, next_actors

S = ReferralState
#: States in which the referring social worker (re)fills the referral form.
FORM_EDITABLE = (S.DRAFT, S.RETURNED_FOR_INFORMATION)


@dataclass(frozen=True)
class ActionButton:
    """One action as a button: taken now, or disabled with what is missing."""

    action: Action
    url: str
    unmet: tuple[str, ...] = ()
    needs_override: bool = False

    @property
    def enabled(self) -> bool:
        return not self.unmet

    @property
    def needs_datetime(self) -> bool:
        """The transition requires the interview's moment (its ``requires=``):
        the button comes with the ``orientation_at`` field."""
        return "orientation_at" in dict(self.action.requires)


def action_buttons(referral: Referral, user) -> list[ActionButton]:
    """The actions ``user`` may take from the referral's state.

    An action whose transition accepts an override (accepting despite an
    eligibility rule not met) is not disabled by the condition the override
    lifts: the button asks for the written reason instead.
    """
    buttons = []
    for action, unmet in available_actions(referral, user):
        overridable = (
            str(action.override.condition.message) if action.override else None
        )
        buttons.append(
            ActionButton(
                action=action,
                url=reverse("referrals:act", args=[referral.pk, action.name]),
                unmet=tuple(text for text in unmet if text != overridable),
                needs_override=overridable in unmet,
            )
        )
    return buttons


def others_next(
    referral: Referral, buttons: list[ActionButton]
) -> list[tuple[str, list[str]]]:
    """Who else may move the referral now, with the actions that are not the
    reader's: a coach at "orientation done" reads that the manager decides."""
    mine = {str(button.action.label) for button in buttons}
    others = []
    for actor, labels in next_actors(referral):
        theirs = [label for label in labels if label not in mine]
        if theirs:
            others.append((actor, theirs))
    return others


def submission_url(submission: Submission) -> str:
    """The submission's page in the forms' admin, if that screen is installed."""
    for name, args in (
        ("surveys_submissions:submission", [submission.pk]),
        ("surveys_submissions:detail", [submission.version.page_id, submission.pk]),
    ):
        try:
            return reverse(name, args=args)
        except NoReverseMatch:
            continue
    return ""


def age_of(born) -> int | None:
    if born is None:
        return None
    today = timezone.localdate()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ReferralDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workflow/referral_detail.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.referral = referral_for_user(request.user, kwargs["pk"])
        if self.referral is None:
            raise Http404

    def get_page_title(self):
        return str(self.referral.participant or _("New referral"))

    def get_page_subtitle(self):
        return str(self.referral.programme)

    def get_breadcrumbs_items(self):
        """Home › the list the user came from (if she has one) › this referral."""
        user, parents = self.request.user, []
        if reviews(user):
            parents = [
                {"url": reverse("referrals:inbox"), "label": _("Referral inbox")}
            ]
        elif refers(user):
            parents = [{"url": reverse("referrals:index"), "label": _("Referrals")}]
        return [
            *self.breadcrumbs_items,
            *parents,
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def checklist(self) -> Checklist:
        return evaluate(self.referral.programme, self.referral.answers)

    def referral_form_url(self) -> str:
        """Where the referrer fills (or completes) the referral form."""
        referral, user = self.referral, self.request.user
        if referral.state not in FORM_EDITABLE or not is_referrer(referral, user):
            return ""
        try:
            return reverse("referral_form", args=[referral.pk])
        except NoReverseMatch:
            return ""

    def participant_facts(self) -> list[tuple[str, str]]:
        person = self.referral.participant
        if person is None:
            return []
        age = age_of(person.date_of_birth)
        facts = [
            (
                _("Date of birth"),
                _("%(date)s (%(age)d years old)")
                % {
                    "date": formats.date_format(
                        person.date_of_birth, "SHORT_DATE_FORMAT"
                    ),
                    "age": age,
                },
            ),
            (_("Nationality"), country_name(person.nationality)),
            (_("Residence status"), person.get_residence_status_display()),
            (_("Municipality"), person.municipality),
            (
                _("Languages spoken"),
                ", ".join(language_name(code) for code in person.languages or []),
            ),
            (_("Level of French"), person.get_french_level_display()),
            (_("Level of Dutch"), person.get_dutch_level_display()),
            (_("Phone"), person.phone),
            (_("Reachable on WhatsApp"), _("Yes") if person.whatsapp else _("No")),
        ]
        return [(label, value) for label, value in facts if value]

    def submissions(self) -> list[dict]:
        rows = []
        for submission in linked_submissions(self.referral):
            page = submission.version.page
            rows.append(
                {
                    "kind": page.get_kind_display(),
                    "title": page.title,
                    "submitted_at": submission.submitted_at,
                    "url": submission_url(submission),
                }
            )
        return rows

    def history(self) -> list:
        phases = dict(Phase.choices)
        logs = list(timeline(self.referral))
        for log in logs:
            log.phase_label = phases.get(log.phase, log.phase)
        return logs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referral, user = self.referral, self.request.user
        team = is_programme_team(referral, user)
        buttons = action_buttons(referral, user)
        context.update(
            referral=referral,
            participant=referral.participant,
            participant_facts=self.participant_facts(),
            answers=answer_rows(referral),
            answers_are_draft=referral.state == S.DRAFT,
            checklist=self.checklist,
            actions=buttons,
            next_actors=others_next(referral, buttons),
            timeline=self.history(),
            submissions=self.submissions(),
            next_forms=(
                follow_up_forms(referral, get_language() or "")
                if team and referral.state in WITH_THE_PROGRAMME
                else []
            ),
            referral_form_url=self.referral_form_url(),
            states=S,
            interview_blocks=self.interviews() if team else [],
            extra_panels=referral_panels(referral, self.request),
            **live.page_context(),
        )
        return context

    def interviews(self) -> list:
        """Start or resume the programme's interviews with the participant."""
        return referral_interviews(
            user=self.request.user,
            referral=self.referral,
            language=get_language() or "",
        )
