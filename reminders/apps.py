from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    name = "reminders"
    verbose_name = _("Reminders to participants")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from groups.signals import session_changed
        from reminders.roles import grant_role_permissions
        from reminders.services.changes import on_session_changed

        session_changed.connect(on_session_changed, dispatch_uid="reminders")
        grant_role_permissions()
