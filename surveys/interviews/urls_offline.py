"""The interview mode's service worker and web app manifest: /interviews/...

Served outside the language prefix so that one worker covers every language.
"""

from django.urls import path

from surveys.interviews.views import offline

app_name = "interviews_offline"

urlpatterns = [
    path("sw.js", offline.service_worker, name="sw"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
]
