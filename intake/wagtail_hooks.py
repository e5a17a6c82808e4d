from wagtail import hooks

from intake.viewsets import OrganisationViewSetGroup, ParticipantViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return ParticipantViewSet()
