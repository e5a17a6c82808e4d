"""The person an antenna refers to a programme."""

from __future__ import annotations

import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from intake.eligibility import RESIDENCE_STATUS_CHOICES
from intake.phones import parse_phone, validate_phone
from intake.tenancy import (
    TenantQuerySet,
    antenna_team,
    participant_programmes,
)
from intake.text import shown_safely


class LanguageLevel(models.TextChoices):
    NONE = "none", pgettext_lazy("language level", "None")
    BEGINNER = "beginner", pgettext_lazy("language level", "Beginner")
    INTERMEDIATE = "intermediate", pgettext_lazy("language level", "Intermediate")
    ADVANCED = "advanced", pgettext_lazy("language level", "Advanced")


class Sex(models.TextChoices):
    """As the fund's report counts it; "X" is the Belgian register's third value."""

    FEMALE = "F", pgettext_lazy("sex", "Female")
    MALE = "M", pgettext_lazy("sex", "Male")
    X = "X", pgettext_lazy("sex", "X (other)")


class ContactChannel(models.TextChoices):
    """How the person agreed to receive reminders."""

    SMS = "sms", pgettext_lazy("contact channel", "SMS")
    EMAIL = "email", pgettext_lazy("contact channel", "E-mail")
    NONE = "none", pgettext_lazy("contact channel", "No messages")


def normalise_name(name: str) -> str:
    """Case, accents, spacing and invisible characters do not make another
    person."""
    decomposed = unicodedata.normalize("NFKD", shown_safely(name))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.casefold().replace("-", " ").split())


class ParticipantQuerySet(TenantQuerySet):
    narrowed_by_role = True

    def for_user(self, user):
        """Social workers: their antenna's participants. Coaches and managers:
        the participants in their programmes (referred to them). Administrators:
        the CPAS's."""
        return super().for_user(user).distinct()

    def role_filter(self, user, scope, roles) -> models.Q:
        return participant_programmes(scope, roles) | antenna_team(scope, roles)


class Participant(models.Model):
    """A client of the CPAS, referred to one or more programmes over time.

    A second referral of the same person (same CPAS, same name and birth date) is
    matched to this record; a near match is flagged (``possible_duplicate_of``) for
    a person to merge, never silently duplicated.
    """

    cpas = models.ForeignKey(
        "intake.Cpas",
        on_delete=models.PROTECT,
        related_name="participants",
        verbose_name=_("CPAS"),
    )
    antenna = models.ForeignKey(
        "intake.Antenna",
        on_delete=models.PROTECT,
        related_name="participants",
        verbose_name=_("antenna that follows the person"),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    normalised_name = models.CharField(max_length=210, editable=False, db_index=True)
    date_of_birth = models.DateField(_("date of birth"))
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    residence_status = models.CharField(
        _("residence status"),
        max_length=40,
        choices=RESIDENCE_STATUS_CHOICES,
        blank=True,
    )
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    french_level = models.CharField(
        _("level of French"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    dutch_level = models.CharField(
        _("level of Dutch"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, validators=[validate_phone]
    )
    whatsapp = models.BooleanField(_("reachable on WhatsApp"), default=False)
    email = models.EmailField(_("e-mail"), blank=True)
    national_number = models.CharField(
        _("national register number"), max_length=15, blank=True
    )
    preferred_language = models.CharField(
        _("language for messages"),
        max_length=10,
        blank=True,
        help_text=_("The language reminders and surveys are sent in."),
    )
    contact_consent = models.BooleanField(
        _("agrees to be contacted"),
        default=False,
        help_text=_("Reminders are sent only when the person agreed."),
    )
    contact_channel = models.CharField(
        _("channel for reminders"),
        max_length=10,
        choices=ContactChannel.choices,
        default=ContactChannel.NONE,
    )
    contact_consent_changed_at = models.DateTimeField(
        _("consent to be contacted last changed"), null=True, blank=True
    )
    possible_duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("possibly the same person as"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["last_name", "first_name"]
        indexes = [
            models.Index(fields=["cpas", "normalised_name", "date_of_birth"]),
            # The duplicate check's "same birth date, one of the names".
            models.Index(fields=["cpas", "date_of_birth"]),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def save(self, *args, **kwargs):
        self.tidy()
        super().save(*args, **kwargs)

    def tidy(self) -> None:
        """What every save does to the record (also called before a bulk write,
        which skips ``save``)."""
        # A name is read by others: nothing hidden in it (intake.text).
        self.first_name = shown_safely(self.first_name).strip()
        self.last_name = shown_safely(self.last_name).strip()
        self.normalised_name = normalise_name(f"{self.first_name} {self.last_name}")
        # One spelling of a number (E.164), so reminders and matching agree.
        self.phone = parse_phone(self.phone) or self.phone
