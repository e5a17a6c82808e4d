"""A social activation programme of a CPAS, with its rules, phases and rhythm.

The public description is the programme's page (:class:`home.models.ProgrammePage`),
translated with wagtail-localize; the facts here are the team's working data, written
in the CPAS's working language.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from intake.eligibility import EligibilityRulesBlock
from intake.languages import language_name
from intake.roles import Role
from intake.tenancy import NOTHING, TenantQuerySet, programme_team


class Phase(models.TextChoices):
    """The guide's three phases of a participant's path."""

    LAUNCH = "launch", _("Launch")
    INTERMEDIATE = "intermediate", _("Intermediate")
    FINAL = "final", _("Final")


class ProgrammeQuerySet(TenantQuerySet):
    """Everyone of a CPAS sees its programmes (a social worker picks one to
    refer to); :meth:`for_team` and :meth:`editable_by` are narrower."""

    def for_team(self, user, *, cpas_admin: bool = True) -> ProgrammeQuerySet:
        """Programmes whose team the user is in (coach or manager); all of her
        CPAS's for a CPAS administrator, unless ``cpas_admin`` is false (what
        only the team itself does, such as inviting people to a survey)."""
        return self.scoped(
            user,
            lambda user, scope, roles: programme_team(scope, roles, "pk"),
            cpas_admin_sees_all=cpas_admin,
        )

    def editable_by(self, user) -> ProgrammeQuerySet:
        """Programmes the user may change: a CPAS administrator all of her CPAS's,
        a programme manager those she manages."""

        def managed(user, scope, roles):
            if Role.PROGRAMME_MANAGER in roles:
                return models.Q(pk__in=scope.programme_ids)
            return NOTHING

        return self.scoped(user, managed)


class Programme(index.Indexed, ClusterableModel):
    """A programme such as AMIE (Antwerp) or Move Up! (Brussels)."""

    cpas = models.ForeignKey(
        "intake.Cpas",
        on_delete=models.PROTECT,
        related_name="programmes",
        verbose_name=_("CPAS"),
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    working_languages = models.JSONField(
        _("working languages"),
        default=list,
        blank=True,
        help_text=_("Languages in which the team can talk with participants."),
    )
    summary = models.TextField(_("summary"), blank=True)
    target_group = models.TextField(_("target group"), blank=True)
    eligibility_rules = StreamField(
        EligibilityRulesBlock(),
        blank=True,
        verbose_name=_("eligibility rules"),
    )
    individual_sessions = models.TextField(
        _("individual sessions"), blank=True, help_text=_("How often, how long.")
    )
    group_sessions = models.TextField(
        _("group sessions"), blank=True, help_text=_("How often, how long.")
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("smallest group"), null=True, blank=True
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("largest group"), null=True, blank=True
    )
    typical_duration_months = models.PositiveSmallIntegerField(
        _("typical duration (months)"), null=True, blank=True
    )
    weekly_hours_target = models.DecimalField(
        _("hours a week expected"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_(
            "Hours of activities a participant is expected to attend each week "
            "(Move Up!: at least 21). The attendance shows hours against it."
        ),
    )
    absences_before_alert = models.PositiveSmallIntegerField(
        _("unexcused absences in a row before an alert"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_(
            "After this many unexcused absences in a row, the group's coaches and "
            "the referring social worker are told."
        ),
    )
    retention_years = models.PositiveSmallIntegerField(
        _("years kept after the trajectory"),
        default=5,
        validators=[MinValueValidator(1)],
        help_text=_(
            "A participant's record is anonymised this many years after the end "
            "of her last trajectory (manage.py apply_retention)."
        ),
    )
    team = models.TextField(_("team"), blank=True)
    funding_note = models.TextField(_("funding"), blank=True)

    objects = ProgrammeQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("cpas"),
        FieldPanel("summary"),
        FieldPanel("working_languages"),
        MultiFieldPanel(
            [FieldPanel("target_group"), FieldPanel("eligibility_rules")],
            heading=_("Who can take part"),
        ),
        InlinePanel("phases", heading=_("Phases"), label=_("Phase")),
        MultiFieldPanel(
            [
                FieldPanel("individual_sessions"),
                FieldPanel("group_sessions"),
                FieldRowPanel(
                    [FieldPanel("group_size_min"), FieldPanel("group_size_max")]
                ),
                FieldPanel("typical_duration_months"),
                FieldRowPanel(
                    [
                        FieldPanel("weekly_hours_target"),
                        FieldPanel("absences_before_alert"),
                    ]
                ),
            ],
            heading=_("Rhythm and groups"),
        ),
        FieldPanel("team"),
        FieldPanel("funding_note"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("cpas"),
    ]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["cpas__name", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(group_size_min__isnull=True)
                | models.Q(group_size_max__isnull=True)
                | models.Q(group_size_min__lte=models.F("group_size_max")),
                name="programme_group_size_min_le_max",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if (
            self.group_size_min is not None
            and self.group_size_max is not None
            and self.group_size_min > self.group_size_max
        ):
            raise ValidationError(
                {
                    "group_size_max": _(
                        "The largest group cannot be smaller than the smallest."
                    )
                }
            )

    @property
    def working_language_names(self) -> list[str]:
        return [language_name(code) for code in self.working_languages]


class ProgrammePhase(Orderable):
    """Objectives, activities and rhythm of one phase of a programme."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="phases")
    kind = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    objectives = models.TextField(
        _("objectives"), blank=True, help_text=_("One a line.")
    )
    activities = models.TextField(_("activities"), blank=True)
    rhythm = models.TextField(_("rhythm"), blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("objectives"),
        FieldPanel("activities"),
        FieldPanel("rhythm"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "kind"], name="programme_phase_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.get_kind_display()}"

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]
