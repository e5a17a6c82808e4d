"""The attendance register on the tablet: /<lang>/registers/..."""

from django.urls import path

from groups.views import register

app_name = "registers"

urlpatterns = [
    path("<int:session_id>/", register.register, name="register"),
    path("<int:session_id>/save/", register.save, name="save"),
    path(
        "<int:session_id>/certificate/<int:participant_id>/",
        register.certificate,
        name="certificate",
    ),
]

#: The register's path, for the service worker that keeps it offline.
OFFLINE_PATTERN = r"^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?registers\/\d+\/$"
