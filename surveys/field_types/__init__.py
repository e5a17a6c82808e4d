"""The field types: one object per type, carrying everything about it.

Each type is a subclass of :class:`~surveys.field_types.base.BaseFieldType` in a
module of this package (one type, or a family of closely related ones): its
block, its form field, its stored value, its checks, how its answers read, sum
up and export, and how a participant answers it. :data:`BUILT_IN` below is the
one list of them; nothing else in the project branches on a type's name.

Adding a type: a module here with its class, one line in :data:`BUILT_IN`, a
participant template when none of ``templates/surveys/participant/widgets/``
fits, an entry in ``SurveyQuestions.types``
(``static/surveys/js/question_types.js``) when no script hook reads its answer
yet, and its test.
"""

from __future__ import annotations

from django.db import models
from wagtail import blocks

from surveys.field_types import (
    choices,
    consent,
    dates,
    layout,
    lists,
    number,
    origins,
    phone,
    scale,
    signature,
    text,
)
from surveys.field_types.base import BaseFieldType, LayoutType
from surveys.field_types.registry import (
    field_type,
    field_types,
    is_registered,
    register,
    unregister,
)

#: The types the form editor offers, in its order (the registry's contents).
BUILT_IN: tuple[BaseFieldType, ...] = (
    # Wagtail's own field types (wagtail.contrib.forms), kept under their names.
    text.Singleline(),
    text.Multiline(),
    text.Email(),
    number.Number(),
    text.Url(),
    choices.Checkbox(),
    choices.Checkboxes(),
    choices.Dropdown(),
    choices.Multiselect(),
    choices.Radio(),
    dates.Date(),
    dates.Datetime(),
    text.Hidden(),
    # Ours.
    scale.Likert(),
    scale.Matrix(),
    choices.YesNo(),
    lists.Repeatable(),
    lists.ActionPlan(),
    origins.Country(),
    origins.Languages(),
    consent.Consent(),
    signature.Signature(),
    phone.Phone(),
    # Layout: no answer.
    layout.Heading(),
    layout.Instructions(),
    layout.PageBreak(),
)
for _definition in BUILT_IN:
    register(_definition)

#: The built-in types' names and labels, as choices (``FieldType.LIKERT``...).
FieldType = models.TextChoices(
    "FieldType",
    [
        (definition.name.upper(), (definition.name, definition.label))
        for definition in BUILT_IN
    ],
)

#: Types that show something but collect no answer.
LAYOUT_TYPES = frozenset(
    definition.name for definition in BUILT_IN if not definition.collects_answer
)

#: The StreamField block of a form's questions: one child per built-in type.
FormFieldsBlock = type(blocks.StreamBlock)(
    "FormFieldsBlock",
    (blocks.StreamBlock,),
    {
        **{definition.name: definition.make_block() for definition in BUILT_IN},
        "__module__": __name__,
        "__doc__": "The registry made concrete: one child per type, same names.",
    },
)

__all__ = [
    "BUILT_IN",
    "BaseFieldType",
    "FieldType",
    "FormFieldsBlock",
    "LAYOUT_TYPES",
    "LayoutType",
    "field_type",
    "field_types",
    "is_registered",
    "register",
    "unregister",
]
