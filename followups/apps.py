from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupsConfig(AppConfig):
    name = "followups"
    verbose_name = _("Follow-up after exit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from followups.notices import register_notice_kinds
        from followups.roles import grant_role_permissions

        register_notice_kinds()
        grant_role_permissions()
