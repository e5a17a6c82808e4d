from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = _("Forms and surveys")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from intake.rights import ERASERS
        from surveys import signals
        from surveys.rights import erase_free_texts

        signals.connect()
        if erase_free_texts not in ERASERS:
            ERASERS.append(erase_free_texts)
