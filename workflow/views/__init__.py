"""The referral screens of the Wagtail admin (URL namespace ``referrals``)."""

from django.urls import path

from workflow.views.act import act
from workflow.views.detail import ReferralDetailView
from workflow.views.lists import InboxView, ReferralIndexView
from workflow.views.live import live_rows
from workflow.views.new import NewReferralView

app_name = "referrals"
urlpatterns = [
    path("", ReferralIndexView.as_view(), name="index"),
    path(
        "results/", ReferralIndexView.as_view(results_only=True), name="index_results"
    ),
    path("inbox/", InboxView.as_view(), name="inbox"),
    path("inbox/results/", InboxView.as_view(results_only=True), name="inbox_results"),
    path("new/", NewReferralView.as_view(), name="new"),
    path("live/", live_rows, name="live"),
    path("<int:pk>/", ReferralDetailView.as_view(), name="detail"),
    path("<int:pk>/<slug:action>/", act, name="act"),
]
