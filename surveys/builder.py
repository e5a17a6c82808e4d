"""The form builder: each question's type makes its form field.

It extends Wagtail's :class:`~wagtail.contrib.forms.forms.FormBuilder`, reading
:class:`~surveys.schema.FieldSpec` objects instead of form-field rows, and asks
the question's type (:mod:`surveys.field_types`) for its field where Wagtail
calls a ``create_<type>_field`` method. Every field is
built with ``required=False``: whether an answer is required depends on whether the
question is shown, which :class:`SurveyForm` decides after the answers are read.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from surveys.field_types import field_type
from surveys.schema import FieldSpec, FormSchema, is_answered

REQUIRED_MESSAGE = _("This question needs an answer.")


class SurveyForm(BaseForm):
    """A form built from a schema, applying its conditions on the server."""

    schema: FormSchema

    def full_clean(self):
        super().full_clean()
        if not hasattr(self, "cleaned_data"):
            return
        visible = self.schema.visible_keys(self.cleaned_data)
        for spec in self.schema.questions:
            if spec.key not in visible:
                # A hidden question is neither required nor stored.
                self._errors.pop(spec.key, None)
                self.cleaned_data.pop(spec.key, None)
            elif spec.required and spec.key not in self._errors:
                try:
                    self.check_required(spec.key)
                except forms.ValidationError as error:
                    self.add_error(spec.key, error)

    def check_required(self, key: str) -> None:
        """A shown, required question needs an answer, complete where the field
        says what complete means (``check_complete``, e.g. every matrix line)."""
        value = self.cleaned_data.get(key)
        if not is_answered(value):
            message = getattr(self.fields[key], "required_message", REQUIRED_MESSAGE)
            raise forms.ValidationError(message, code="required")
        check_complete = getattr(self.fields[key], "check_complete", None)
        if check_complete is not None:
            check_complete(value)

    def answers(self) -> dict[str, Any]:
        """The cleaned answers as JSON-ready, language-neutral values (each
        field's type says how its answer is stored)."""
        return {
            key: self.fields[key].spec.definition.stored_value(value)
            for key, value in self.cleaned_data.items()
            if is_answered(value)
        }


class SurveyFormBuilder(FormBuilder):
    """Turns a :class:`FormSchema` into a Django form class."""

    def __init__(self, schema: FormSchema | list[FieldSpec]):
        if not isinstance(schema, FormSchema):
            schema = FormSchema(fields=tuple(schema))
        self.schema = schema
        super().__init__(schema.questions)

    def get_create_field_function(self, type):
        """Wagtail's extension point: each field type makes its own form field."""
        return field_type(type).form_field

    def get_field_options(self, field: FieldSpec):
        options = {
            "label": field.label,
            "help_text": field.help_text,
            "required": False,
            "initial": field.default_value or None,
        }
        return options

    @property
    def formfields(self):
        formfields = OrderedDict()
        for spec in self.fields:
            create_field = self.get_create_field_function(spec.field_type)
            formfield = create_field(spec, self.get_field_options(spec))
            formfield.spec = spec
            if spec.required:
                formfield.widget.attrs["aria-required"] = "true"
                formfield.widget.attrs["data-required"] = "true"
            formfields[spec.key] = formfield
        return formfields

    def get_form_class(self):
        return type(
            "SurveyForm", (SurveyForm,), {**self.formfields, "schema": self.schema}
        )


_FORM_CLASSES: dict[tuple, type[SurveyForm]] = {}
_FORM_CLASSES_LIMIT = 512


def form_class_for(version) -> type[SurveyForm]:
    """The form class of a published version, built once per process.

    A published version never changes, so its class is cached by id: serving a
    form reads one row and no blocks (Wagtail's stock form page rebuilds its
    fields from the database on every request).
    """
    # The id with the creation time: an id freed by a rolled-back transaction
    # and given to another version never serves the first one's class.
    key = (version.pk, version.created_at)
    form_class = _FORM_CLASSES.get(key)
    if form_class is None:
        if len(_FORM_CLASSES) >= _FORM_CLASSES_LIMIT:
            _FORM_CLASSES.clear()
        form_class = SurveyFormBuilder(version.form_schema).get_form_class()
        _FORM_CLASSES[key] = form_class
    return form_class
