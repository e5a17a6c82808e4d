"""The admin of participant surveys (issue #7): a "Surveys" menu with the
invitations (session codes with their printable QR sheet, personal links), the
results (groups of at least five answers) and the recorded questions."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permissions import register_permission_policy

from surveys.models import QuestionAudio
from surveys.participant_surveys.audio_viewsets import (
    ProgrammeTeamPermissionPolicy,
    QuestionAudioViewSet,
)
from surveys.participant_surveys.invitation_forms import PersonalInvitationForm
from surveys.participant_surveys.selectors import is_programme_team, reads_results
from surveys.participant_surveys.views import invitations
from surveys.participant_surveys.views import results as survey_results

register_permission_policy(
    QuestionAudio, ProgrammeTeamPermissionPolicy(QuestionAudio), exact_class=True
)
question_audio_viewset = QuestionAudioViewSet()

invitation_urls = (
    [
        path("", invitations.InvitationIndexView.as_view(), name="index"),
        path(
            "results/",
            invitations.InvitationIndexView.as_view(results_only=True),
            name="index_results",
        ),
        path(
            "new/session/",
            invitations.InvitationCreateView.as_view(),
            name="add_session",
        ),
        path(
            "new/personal/",
            invitations.InvitationCreateView.as_view(form_class=PersonalInvitationForm),
            name="add_personal",
        ),
        path("<int:pk>/", invitations.InvitationDetailView.as_view(), name="detail"),
        path("<int:pk>/renew/", invitations.invitation_renew_view, name="renew"),
        path(
            "<int:pk>/withdraw/", invitations.invitation_withdraw_view, name="withdraw"
        ),
    ],
    "survey_invitations",
)

result_urls = (
    [
        path("", survey_results.SurveyListView.as_view(), name="index"),
        path("<int:pk>/", survey_results.SurveyResultsView.as_view(), name="survey"),
    ],
    "survey_results",
)


@hooks.register("register_admin_urls")
def register_survey_admin_urls():
    return [
        path("survey-invitations/", include(invitation_urls)),
        path("survey-results/", include(result_urls)),
    ]


@hooks.register("register_admin_viewset")
def register_question_audio_viewset():
    return question_audio_viewset


class TeamMenuItem(MenuItem):
    """Shown to coaches and managers (and the platform's operators)."""

    def is_shown(self, request) -> bool:
        return is_programme_team(request.user)


class ResultsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return reads_results(request.user)


class SurveysMenuItem(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        return reads_results(request.user)


@hooks.register("register_admin_menu_item")
def register_surveys_menu():
    items = [
        TeamMenuItem(
            _("Invitations"),
            reverse("survey_invitations:index"),
            name="survey-invitations",
            icon_name="link",
            order=100,
        ),
        ResultsMenuItem(
            _("Results"),
            reverse("survey_results:index"),
            name="survey-results",
            icon_name="doc-full",
            order=200,
        ),
        TeamMenuItem(
            _("Recorded questions"),
            reverse(question_audio_viewset.get_url_name("index")),
            name="question-audio",
            icon_name="media",
            order=300,
        ),
    ]
    return SurveysMenuItem(
        _("Participant surveys"),
        Menu(items=items),
        name="participant-surveys",
        icon_name="clipboard-list",
        order=310,
    )
