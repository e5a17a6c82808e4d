from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.healthz import healthz
from reports.api import api as reports_api
from surveys.participant_surveys import urls as participant_survey_urls
from surveys.views.send import send as send_form

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("two-factor/", include("security.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("interviews/", include("surveys.interviews.urls_offline")),
    path("calendar/", include("groups.urls_feed")),
    path("s/", include(participant_survey_urls.entry)),
    path("api/", reports_api.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages are served per language: /fr/, /nl/, /en/.
urlpatterns += i18n_patterns(
    path("forms/<int:version_id>/send/", send_form, name="surveys_send"),
    path("interviews/", include("surveys.interviews.urls")),
    path("survey/", include("surveys.participant_surveys.urls")),
    path("registers/", include("groups.urls_register")),
    path("", include(wagtail_urls)),
)
