from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = _("Organisation and intake")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from intake.roles import sync_role_groups

        # Role groups and their permissions exist in every database the code
        # migrates, the test databases included.
        post_migrate.connect(sync_role_groups, sender=self)
