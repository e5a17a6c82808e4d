"""The form builder: one ``create_<type>_field`` method per :class:`FieldType`.

It extends Wagtail's :class:`~wagtail.contrib.forms.forms.FormBuilder`, reading
:class:`~surveys.schema.FieldSpec` objects instead of form-field rows. Every field is
built with ``required=False``: whether an answer is required depends on whether the
question is shown, which :class:`SurveyForm` decides after the answers are read.
"""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from intake.languages import spoken_language_choices
from surveys import formfields
from surveys.countries import country_choices
from surveys.schema import FieldSpec, FormSchema, is_answered

REQUIRED_MESSAGE = _("This question needs an answer.")
TAMPERED_MESSAGE = _("This answer was changed outside the form. Reload the page.")


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
            raise forms.ValidationError(REQUIRED_MESSAGE, code="required")
        check_complete = getattr(self.fields[key], "check_complete", None)
        if check_complete is not None:
            check_complete(value)

    def answers(self) -> dict[str, Any]:
        """The cleaned answers as JSON-ready, language-neutral values."""
        return {
            key: to_json(value)
            for key, value in self.cleaned_data.items()
            if is_answered(value)
        }


class FixedValueField(forms.CharField):
    """A hidden answer set by the form's editor (e.g. which channel sent the form).

    Nobody fills it: the browser only sends it back. Another value means the
    request was tampered with, so it is refused rather than stored; a request
    without it gets the configured value.
    """

    widget = forms.HiddenInput

    def __init__(self, *, value: str, **kwargs):
        self.value = value or ""
        kwargs["initial"] = self.value
        super().__init__(**kwargs)

    def clean(self, value):
        if value is not None and value != self.value:
            raise forms.ValidationError(TAMPERED_MESSAGE, code="tampered")
        return self.value


def to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class SurveyFormBuilder(FormBuilder):
    """Turns a :class:`FormSchema` into a Django form class."""

    def __init__(self, schema: FormSchema | list[FieldSpec]):
        if not isinstance(schema, FormSchema):
            schema = FormSchema(fields=tuple(schema))
        self.schema = schema
        super().__init__(schema.questions)

    # --- Wagtail's types, with language-neutral choice values ----------------
    def get_formatted_field_choices(self, field: FieldSpec):
        return [(value, label) for value, label in field.options.get("choices", [])]

    def get_formatted_field_initial(self, field: FieldSpec):
        return []

    def create_singleline_field(self, field, options):
        options["max_length"] = int(field.options.get("max_length") or 255)
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = formfields.MAX_TEXT
        options["widget"] = forms.Textarea(attrs={"rows": 4})
        return forms.CharField(**options)

    def create_number_field(self, field, options):
        for bound in ("min_value", "max_value"):
            if field.options.get(bound) not in (None, ""):
                options[bound] = Decimal(str(field.options[bound]))
        options["widget"] = forms.NumberInput(attrs={"inputmode": "decimal"})
        return forms.DecimalField(**options)

    def create_date_field(self, field, options):
        return formfields.BoundedDateField(
            not_in_future=bool(field.options.get("not_in_future")),
            not_in_past=bool(field.options.get("not_in_past")),
            max_years_ago=field.options.get("max_years_ago", 120),
            max_years_ahead=field.options.get("max_years_ahead", 10),
            **options,
        )

    def create_datetime_field(self, field, options):
        options["widget"] = forms.DateTimeInput(attrs={"type": "datetime-local"})
        return forms.DateTimeField(**options)

    def create_hidden_field(self, field, options):
        return FixedValueField(value=field.default_value, **options)

    # --- ours -----------------------------------------------------------------
    def create_likert_field(self, field, options):
        return formfields.ScaleField(
            points=field.options.get("points", 5),
            point_labels=field.options.get("point_labels", []),
            **options,
        )

    def create_matrix_field(self, field, options):
        return formfields.MatrixField(
            statements=field.options.get("statements", []),
            points=field.options.get("points", 5),
            point_labels=field.options.get("point_labels", []),
            **options,
        )

    def create_yes_no_field(self, field, options):
        return formfields.YesNoField(**options)

    def create_repeatable_field(self, field, options):
        return formfields.RepeatableField(
            max_items=field.options.get("max_items", 10),
            item_label=field.options.get("item_label", ""),
            **options,
        )

    def create_action_plan_field(self, field, options):
        return formfields.ActionPlanField(
            max_steps=field.options.get("max_steps", 8), **options
        )

    def create_country_field(self, field, options):
        options["choices"] = [("", "—"), *country_choices()]
        return forms.ChoiceField(**options)

    def create_languages_field(self, field, options):
        options["choices"] = spoken_language_choices()
        options["widget"] = forms.SelectMultiple(attrs={"size": 8})
        return forms.MultipleChoiceField(**options)

    def create_consent_field(self, field, options):
        return formfields.ConsentField(
            text=field.options.get("text", ""),
            version=field.options.get("version", ""),
            **options,
        )

    # --- shared ------------------------------------------------------------------
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
