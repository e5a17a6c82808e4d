"""A group of a programme: its people meet at a place, with coaches, for a term."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.search import index

from groups.models.tenancy import GroupQuerySet


class Group(index.Indexed, ClusterableModel):
    """A group (or module) of a programme: Move Up!'s groups by language level,
    Interactief!'s VIA groups and parallel modules, AMIE's weekly group.

    Its rhythm is one or more :class:`SessionSeries`; its people are
    :class:`Enrolment` rows (enrolled or on the waiting list).
    """

    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="groups",
        verbose_name=_("programme"),
    )
    name = models.CharField(_("name"), max_length=120)
    level = models.CharField(
        _("level"),
        max_length=40,
        blank=True,
        help_text=_(
            "For groups by language level: the value of the placement test's "
            "proposed group (e.g. literacy, beginners, advanced)."
        ),
    )
    capacity = models.PositiveSmallIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: the programme's largest group."),
    )
    coaches = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coached_groups",
        verbose_name=_("coaches"),
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("programme"),
    ]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["programme__name", "-starts_on", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "name"], name="group_name_unique_per_programme"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="group_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("The group cannot end before it starts.")}
            )

    def save(self, *args, **kwargs):
        if self.capacity is None and self.programme_id:
            self.capacity = self.programme.group_size_max
        super().save(*args, **kwargs)
