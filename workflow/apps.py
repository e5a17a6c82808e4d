from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Referral workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from workflow.form_notices import register_notice_kinds

        register_notice_kinds()
