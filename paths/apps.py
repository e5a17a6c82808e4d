from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PathsConfig(AppConfig):
    name = "paths"
    verbose_name = _("Programme paths")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from paths.overdue import register_notice_kinds
        from paths.roles import grant_role_permissions

        register_notice_kinds()
        grant_role_permissions()
