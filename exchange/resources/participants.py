"""The participants of a list, as a spreadsheet and back."""

from __future__ import annotations

from import_export import fields, widgets

from exchange.resources.base import ExchangeResource
from intake.models import Antenna, Participant

#: Columns of the file, in the export's order (the import reads the same).
PARTICIPANT_COLUMNS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "sex",
    "nationality",
    "residence_status",
    "municipality",
    "languages",
    "french_level",
    "dutch_level",
    "phone",
    "whatsapp",
    "email",
    "national_number",
    "preferred_language",
    "contact_consent",
    "contact_channel",
)


def labelled(model, name: str, attribute: str | None = None) -> fields.Field:
    """A column headed by the model field's name in the reader's language."""
    field = model._meta.get_field(name)
    extra = {}
    if name == "languages":
        extra["widget"] = widgets.SimpleArrayWidget(",")
    elif field.get_internal_type() == "DateField":
        extra["widget"] = widgets.DateWidget("%Y-%m-%d")
    elif field.get_internal_type() == "BooleanField":
        extra["widget"] = widgets.BooleanWidget()
    return fields.Field(
        attribute=attribute or name, column_name=field.verbose_name, **extra
    )


def participant_columns(path: str = "") -> dict[str, fields.Field]:
    """The participant's columns, read through ``path`` (``participant__``)."""
    return {
        name: labelled(Participant, name, f"{path}{name}")
        for name in PARTICIPANT_COLUMNS
    }


class ParticipantResource(ExchangeResource):
    participant_id_path = "pk"

    class Meta:
        model = Participant

    def columns(self):
        return {
            **participant_columns(),
            "antenna": fields.Field(
                attribute="antenna",
                column_name=Participant._meta.get_field("antenna").verbose_name,
                widget=widgets.ForeignKeyWidget(Antenna, "name"),
            ),
        }
