from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Referral workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core.signals import request_finished, request_started

        from workflow import live_sender
        from workflow.form_notices import register_notice_kinds

        register_notice_kinds()
        request_started.connect(live_sender.hold_until_response_sent)
        request_finished.connect(live_sender.release_held)
