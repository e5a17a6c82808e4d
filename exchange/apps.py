from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Data in and out")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from exchange.jobs import register_notice_kinds

        register_notice_kinds()
