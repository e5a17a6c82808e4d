"""Participant surveys, no login.

``entry`` (outside the language prefix): /s/<token>/ opens the language choice.
``urlpatterns`` (inside it): /<lang>/survey/<token>/... the survey itself.
"""

from django.urls import path

from surveys.views import participant

app_name = "survey"

entry = (
    [path("<str:token>/", participant.language_choice, name="open")],
    "survey_entry",
)

urlpatterns = [
    path("<str:token>/", participant.survey, name="survey"),
    path("<str:token>/send/", participant.send, name="send"),
    path("<str:token>/thanks/", participant.thanks, name="thanks"),
    path("<str:token>/audio/<str:key>/", participant.audio, name="audio"),
]
