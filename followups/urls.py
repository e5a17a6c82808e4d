"""The admin URLs of the follow-ups and the workload report."""

from django.urls import path

from followups.views.due import FollowUpsDueView
from followups.views.workload import WorkloadView

app_name = "follow_ups"

urlpatterns = [
    path("due/", FollowUpsDueView.as_view(), name="due"),
    path("workload/", WorkloadView.as_view(), name="workload"),
]
