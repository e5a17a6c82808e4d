"""What every export of the platform shares: headings in the reader's language,
rows read in chunks, and the pseudonymised option.

The Resources are django-import-export's, so its own ``export()`` works on them
(``bench/export_100k.py`` compares it); the screens use :meth:`rows`, which
yields plain lists for the streaming writers (:mod:`exchange.writers`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources

from intake.pseudonyms import pseudonym

#: The participant's fields an export leaves out when pseudonymised (the
#: pseudonym column stands for them).
PERSONAL_FIELDS = frozenset(
    {"first_name", "last_name", "phone", "email", "national_number"}
)
CHUNK = 2000


class ExchangeResource(resources.ModelResource):
    """A Resource whose ``pseudonymised`` option drops the personal fields of
    :data:`PERSONAL_FIELDS` and adds a ``pseudonym`` column first."""

    #: The path from a row to its participant's id (``None``: no participant).
    participant_id_path: str | None = None

    def __init__(self, *, pseudonymised: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.fields = self.columns()
        self.pseudonymised = pseudonymised
        if pseudonymised and self.participant_id_path:
            for name in PERSONAL_FIELDS & set(self.fields):
                del self.fields[name]
            self.fields = {
                "pseudonym": fields.Field(
                    attribute=self.participant_id_path,
                    column_name=_("Pseudonym"),
                    dehydrate_method=self._pseudonym,
                ),
                **self.fields,
            }

    def columns(self) -> dict[str, fields.Field]:
        """The export's columns, in order (each resource says which)."""
        raise NotImplementedError

    def _pseudonym(self, obj) -> str:
        value: Any = obj
        for part in (self.participant_id_path or "").split("__"):
            value = getattr(value, part, None)
        return pseudonym(value) if value else ""

    def headings(self) -> list[str]:
        return [str(field.column_name) for field in self.get_export_fields()]

    def rows(self, queryset: QuerySet) -> Iterator[list[Any]]:
        """One list per record, read ``CHUNK`` at a time."""
        export_fields = self.get_export_fields()
        for obj in queryset.iterator(chunk_size=CHUNK):
            yield [self.export_field(field, obj) for field in export_fields]

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        return "" if value is None else value
