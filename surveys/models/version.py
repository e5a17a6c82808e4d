"""Published versions of a form: the schema frozen at each publication."""

from __future__ import annotations

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from surveys.schema import FormSchema


class FormVersion(models.Model):
    """What one language version of a form looked like when it was published.

    Every translation of a form shares ``translation_key``; versions with the same
    ``structure_hash`` have the same keys, types and choice values (only labels
    differ). A submission points to the version it answered, so it stays readable
    however the form changes later.
    """

    page = models.ForeignKey(
        "surveys.FormPage",
        on_delete=models.PROTECT,
        related_name="versions",
        verbose_name=_("form"),
    )
    translation_key = models.UUIDField(db_index=True)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.PROTECT)
    number = models.PositiveIntegerField(_("version"))
    schema = models.JSONField()
    structure_hash = models.CharField(max_length=64)
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("form version")
        verbose_name_plural = _("form versions")
        ordering = ["page", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "number"], name="form_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page.title} v{self.number} ({self.locale.language_code})"

    @cached_property
    def form_schema(self) -> FormSchema:
        return FormSchema.from_json(self.schema)
