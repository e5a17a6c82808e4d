"""The one registry of field types.

Each value is a StreamField block name (:mod:`surveys.blocks`) and a
``create_<value>_field`` method of :class:`surveys.builder.SurveyFormBuilder`.
Nothing else branches on the type: a new type is a block and a method.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FieldType(models.TextChoices):
    # Wagtail's own field types (wagtail.contrib.forms), kept under their names.
    SINGLELINE = "singleline", _("Single line text")
    MULTILINE = "multiline", _("Multi-line text")
    EMAIL = "email", _("E-mail")
    NUMBER = "number", _("Number")
    URL = "url", _("URL")
    CHECKBOX = "checkbox", _("Checkbox")
    CHECKBOXES = "checkboxes", _("Checkboxes")
    DROPDOWN = "dropdown", _("Drop-down list")
    MULTISELECT = "multiselect", _("Multiple select")
    RADIO = "radio", _("Radio buttons")
    DATE = "date", _("Date")
    DATETIME = "datetime", _("Date and time")
    HIDDEN = "hidden", _("Hidden field")
    # Ours.
    LIKERT = "likert", _("Smiley scale")
    MATRIX = "matrix", _("Rating matrix")
    YES_NO = "yes_no", _("Yes / no")
    REPEATABLE = "repeatable", _("Repeatable list")
    ACTION_PLAN = "action_plan", _("Action plan steps")
    COUNTRY = "country", _("Country")
    LANGUAGES = "languages", _("Spoken languages")
    CONSENT = "consent", _("Consent")
    # Layout: no answer.
    HEADING = "heading", _("Section heading")
    INSTRUCTIONS = "instructions", _("Instruction text")
    PAGE_BREAK = "page_break", _("Page break")


#: Types that show something but collect no answer.
LAYOUT_TYPES = frozenset(
    {FieldType.HEADING, FieldType.INSTRUCTIONS, FieldType.PAGE_BREAK}
)
