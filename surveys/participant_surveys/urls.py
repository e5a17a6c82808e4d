"""Participant surveys, no login.

``entry`` (outside the language prefix): /s/<token>/ opens the language choice.
``urlpatterns`` (inside it): /<lang>/survey/<token>/... the survey itself.
"""

from django.urls import path

from surveys.participant_surveys.views import survey, survey_send

app_name = "survey"

entry = (
    [path("<str:token>/", survey.language_choice, name="open")],
    "survey_entry",
)

urlpatterns = [
    path("<str:token>/", survey.survey, name="survey"),
    path("<str:token>/send/", survey_send.send, name="send"),
    path("<str:token>/thanks/", survey.thanks, name="thanks"),
    path("<str:token>/audio/<str:key>/", survey.audio, name="audio"),
]
