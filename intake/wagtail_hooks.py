from django.urls import path
from wagtail import hooks

from intake.views.referral_form import referral_form
from intake.viewsets import OrganisationViewSetGroup, ParticipantViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return ParticipantViewSet()


@hooks.register("register_admin_urls")
def register_referral_form_url():
    return [
        path("refer/<int:pk>/form/", referral_form, name="referral_form"),
    ]
