"""The organisations: a CPAS and its neighbourhood offices (antennas)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from intake.tenancy import TenantQuerySet


class CpasQuerySet(TenantQuerySet):
    cpas_lookup = "pk"


class Cpas(index.Indexed, models.Model):
    """A public social welfare centre (CPAS / OCMW): the tenant.

    Every other record belongs to exactly one CPAS, and nobody from one CPAS sees
    another's data (see :mod:`intake.tenancy`).
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    city = models.CharField(_("city"), max_length=80)
    default_language = models.CharField(
        _("working language"),
        max_length=8,
        choices=[("fr", _("French")), ("nl", _("Dutch"))],
        help_text=_("The language in which the CPAS writes its forms first."),
    )

    objects = CpasQuerySet.as_manager()

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("CPAS")
        verbose_name_plural = _("CPAS")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Antenna(index.Indexed, models.Model):
    """A neighbourhood office of a CPAS, whose social workers refer clients."""

    cpas = models.ForeignKey(
        Cpas, on_delete=models.PROTECT, related_name="antennas", verbose_name=_("CPAS")
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60)
    municipality = models.CharField(_("municipality"), max_length=80, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    objects = TenantQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("municipality"),
        index.FilterField("cpas"),
    ]

    class Meta:
        verbose_name = _("antenna")
        verbose_name_plural = _("antennas")
        ordering = ["cpas__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cpas", "slug"], name="antenna_slug_unique_per_cpas"
            ),
            models.UniqueConstraint(
                fields=["cpas", "name"], name="antenna_name_unique_per_cpas"
            ),
        ]

    def __str__(self) -> str:
        return self.name
