"""Labels across a form's versions and languages, read once per screen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from surveys.field_types.registry import FALLBACK
from surveys.models import FormVersion
from surveys.schema import FieldSpec


def _same_language(code: str, other: str) -> bool:
    code, other = code.lower(), other.lower()
    return code == other or code.split("-")[0] == other.split("-")[0]


class FormCatalog:
    """The published versions of one form, read once, to label answers.

    Labels come from the newest version in the reader's language (or, when the
    form has none in her language, in the form's source language) when it has the
    key, else from the submission's own version, else from the newest version that
    has it: a renamed question shows its new label, a removed one its last label.
    The newest version of the source page (the first created) gives the order.
    """

    def __init__(self, versions: Iterable[FormVersion], language: str) -> None:
        self.newest_first = sorted(versions, key=lambda v: v.pk, reverse=True)
        self.versions = {version.pk: version for version in self.newest_first}
        source_page = min((v.page_id for v in self.newest_first), default=None)
        self.reference = next(
            (v for v in self.newest_first if v.page_id == source_page), None
        )
        self.in_language = [
            v
            for v in self.newest_first
            if _same_language(v.locale.language_code, language)
        ] or [v for v in self.newest_first if v.page_id == source_page]
        self._specs: dict[tuple[str, int | None], FieldSpec | None] = {}

    def keys(self) -> list[str]:
        """Keys of the newest version, then keys only older versions have."""
        ordered = list(self.reference.form_schema.keys) if self.reference else []
        for version in self.newest_first:
            ordered += [key for key in version.form_schema.keys if key not in ordered]
        return ordered

    def is_current(self, key: str) -> bool:
        return self.reference is None or key in self.reference.form_schema.keys

    def spec(self, key: str, version_id: int | None = None) -> FieldSpec | None:
        """The question ``key`` labelled for the reader, with every known choice."""
        if (key, version_id) not in self._specs:
            self._specs[key, version_id] = self._spec(
                key, self.versions.get(version_id)
            )
        return self._specs[key, version_id]

    def _spec(self, key: str, own: FormVersion | None) -> FieldSpec | None:
        newest_in_language = self.in_language[:1]
        candidates = [*newest_in_language, own, *self.in_language, self.reference]
        specs = []
        for version in [*candidates, *self.newest_first]:
            found = version.form_schema.question(key) if version else None
            if found is not None and found not in specs:
                specs.append(found)
        if not specs:
            return None
        own_spec = own.form_schema.question(key) if own else None
        label_spec = specs[0]
        if own_spec is not None and own_spec.type != label_spec.type:
            label_spec = own_spec
        specs = [spec for spec in specs if spec.type == label_spec.type]
        options = dict(label_spec.options)
        for name in ("choices", "statements"):
            merged = {}
            for spec in specs:
                for value, label in spec.options.get(name, []):
                    merged.setdefault(value, label)
            if merged:
                options[name] = [[value, label] for value, label in merged.items()]
        return replace(label_spec, options=options)

    def spec_or_plain(self, key: str, version_id: int | None = None) -> FieldSpec:
        return self.spec(key, version_id) or FieldSpec(
            type=FALLBACK, key=key, label=key
        )
