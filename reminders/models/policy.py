"""A programme's reminder policy: whether, and how long before each session."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from intake.roles import Role
from intake.tenancy import NOTHING, Scope, TenantQuerySet

#: A week: a reminder further ahead is not a reminder.
MAX_HOURS = 168


def parse_offsets(raw: str) -> list[int]:
    """``"24, 2"`` → ``[24, 2]`` (hours before the session, largest first);
    raises ValueError on anything else."""
    hours = sorted({int(part) for part in raw.replace(" ", "").split(",") if part})
    if not hours or any(h < 1 or h > MAX_HOURS for h in hours):
        raise ValueError(raw)
    return hours[::-1]


def validate_offsets(raw: str) -> None:
    try:
        parse_offsets(raw)
    except ValueError:
        raise ValidationError(
            _("Hours before the session, between 1 and %(max)s, separated by commas.")
            % {"max": MAX_HOURS}
        ) from None


class ReminderPolicyQuerySet(TenantQuerySet):
    """The programme's managers (and the CPAS's administrators) see it."""

    cpas_lookup = "programme__cpas"
    narrowed_by_role = True

    def role_filter(self, user, scope: Scope, roles: set[Role]) -> models.Q:
        if Role.PROGRAMME_MANAGER in roles:
            return models.Q(programme__in=scope.programme_ids)
        return NOTHING


class ReminderPolicy(models.Model):
    """Set by the programme's managers in the admin. Without a policy, or with
    it switched off, nobody of the programme receives reminders."""

    programme = models.OneToOneField(
        "intake.Programme",
        on_delete=models.CASCADE,
        related_name="reminder_policy",
        verbose_name=_("programme"),
    )
    enabled = models.BooleanField(_("send reminders"), default=True)
    offsets = models.CharField(
        _("hours before each session"),
        max_length=60,
        default="24, 2",
        validators=[validate_offsets],
        help_text=_("For example “24, 2”: a day before and two hours before."),
    )
    notify_changes = models.BooleanField(
        _("tell people when a session is moved or cancelled"), default=True
    )

    objects = ReminderPolicyQuerySet.as_manager()

    class Meta:
        verbose_name = _("reminder policy")
        verbose_name_plural = _("reminder policies")

    def __str__(self) -> str:
        return str(self.programme)

    @property
    def hours(self) -> list[int]:
        return parse_offsets(self.offsets)
