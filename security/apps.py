from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Log-in protections (lock-out, two factors, session timeouts) and the
    headers every response carries."""

    name = "security"
    verbose_name = _("Security")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from security.sessions import session_start

        user_logged_in.connect(session_start, dispatch_uid="security_session_start")
