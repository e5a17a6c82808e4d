"""Where a staff member works: her CPAS, antenna and programmes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.tenancy import TenantQuerySet


class Membership(models.Model):
    """Places one user in one CPAS; her role groups say what she may do there.

    A social worker belongs to an antenna; coaches and programme managers to the
    programmes they work in. This is the one record tenancy reads.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("user"),
    )
    cpas = models.ForeignKey(
        "intake.Cpas",
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("CPAS"),
    )
    antenna = models.ForeignKey(
        "intake.Antenna",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("antenna"),
    )
    programmes = models.ManyToManyField(
        "intake.Programme",
        blank=True,
        related_name="memberships",
        verbose_name=_("programmes"),
    )

    objects = TenantQuerySet.as_manager()

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    def clean(self) -> None:
        super().clean()
        if self.antenna_id and self.antenna.cpas_id != self.cpas_id:
            raise ValidationError(
                {"antenna": _("This antenna belongs to another CPAS.")}
            )
