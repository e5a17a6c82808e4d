from django.urls import include, path
from wagtail import hooks

from intake import consent_views, rights_views
from intake.access_log_viewset import AccessLogViewSet
from intake.viewsets import OrganisationViewSetGroup, ParticipantViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return ParticipantViewSet()


@hooks.register("register_admin_viewset")
def register_access_log_viewset():
    return AccessLogViewSet()


@hooks.register("register_admin_urls")
def register_participant_rights_urls():
    return [
        path(
            "participant-rights/",
            include((rights_views.urlpatterns, "participant_rights")),
        )
    ]


@hooks.register("register_admin_urls")
def register_participant_consent_urls():
    return [
        path(
            "participant-consents/",
            include((consent_views.urlpatterns, "participant_consents")),
        )
    ]


hooks.register("register_participant_panel", consent_views.consents_panel)
