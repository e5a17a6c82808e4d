from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsConfig(AppConfig):
    name = "groups"
    verbose_name = _("Groups and sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from groups.absences import register_notice_kinds
        from groups.roles import grant_role_permissions

        register_notice_kinds()
        grant_role_permissions()
