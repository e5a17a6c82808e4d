"""Interview mode for coaches on tablets: /<lang>/interviews/..."""

from django.urls import path

from surveys.interviews.views import interview

app_name = "interviews"

urlpatterns = [
    path(
        "<int:form_id>/participant/<int:participant_id>/",
        interview.interview,
        name="interview",
    ),
    path(
        "<int:form_id>/participant/<int:participant_id>/draft/",
        interview.draft,
        name="draft",
    ),
    path(
        "<int:form_id>/participant/<int:participant_id>/send/",
        interview.send,
        name="send",
    ),
]
