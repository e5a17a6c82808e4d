"""Who read what of a participant's data: the access log (GDPR art. 30/32).

Every view of a participant's record, of sensitive answers, every export and
every access or erasure request is one row: who, what, when, from where. A CPAS
administrator reads and exports her CPAS's rows; nobody edits them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.tenancy import TenantQuerySet


class AccessAction(models.TextChoices):
    VIEW_RECORD = "view_record", _("Viewed a participant's record")
    VIEW_SENSITIVE = "view_sensitive", _("Viewed sensitive answers")
    EXPORT = "export", _("Exported answers")
    EXPORT_SENSITIVE = "export_sensitive", _("Exported answers with sensitive ones")
    ACCESS_REQUEST = "access_request", _("Exported a person's whole record")
    ERASURE = "erasure", _("Anonymised a person's record")
    RETENTION = "retention", _("Anonymised at the end of the retention period")
    CONSENT_RECORDED = "consent_recorded", _("Recorded a consent")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Withdrew a consent")


class AccessLogQuerySet(TenantQuerySet):
    cpas_lookup = "cpas"


class AccessLog(models.Model):
    cpas = models.ForeignKey(
        "intake.Cpas",
        on_delete=models.CASCADE,
        related_name="access_log",
        verbose_name=_("CPAS"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
    )
    #: Kept when the account is gone.
    username = models.CharField(_("who"), max_length=150, blank=True)
    participant = models.ForeignKey(
        "intake.Participant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("participant"),
    )
    action = models.CharField(_("what"), max_length=30, choices=AccessAction.choices)
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    ip_address = models.GenericIPAddressField(_("from where"), null=True, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.username} {self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"
