from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = _("Forms and surveys")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from surveys import signals

        signals.connect()
