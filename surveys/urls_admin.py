"""Admin URLs of the forms' submissions (namespace ``surveys_submissions``).

``FormPage.serve_submissions_list_view`` (Wagtail's "Submissions" link) redirects
to ``surveys_submissions:index`` with the page's pk.
"""

from django.urls import path

from surveys.views.form_index import FormIndexView
from surveys.views.submissions import SubmissionDetailView, SubmissionIndexView
from surveys.views.summary import SummaryView

app_name = "surveys_submissions"
urlpatterns = [
    path("", FormIndexView.as_view(), name="forms"),
    path("results/", FormIndexView.as_view(results_only=True), name="forms_results"),
    path("<int:pk>/", SubmissionIndexView.as_view(), name="index"),
    path(
        "<int:pk>/results/",
        SubmissionIndexView.as_view(results_only=True),
        name="index_results",
    ),
    path("<int:pk>/summary/", SummaryView.as_view(), name="summary"),
    path(
        "<int:pk>/<int:submission_pk>/",
        SubmissionDetailView.as_view(),
        name="detail",
    ),
]
