"""A signature drawn on the tablet (the PIIS contract, a consent on paper made
digital): kept as a PNG under the private root, with who recorded it and when.

The answer as stored: ``{"image": "signatures/<sha256>.png", "signed_at":
"<ISO date and time>", "recorded_by": "<name>", "recorded_by_id": <id>}``; the
last three are added when the submission is stored (:meth:`Signature.stamp`).
Summaries and exports read "signed on <date> by <name>", never the image.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from surveys.field_types.base import BaseFieldType
from surveys.field_types.display import AnswerDisplay
from surveys.signatures import (
    EMPTY_MESSAGE,
    SignatureImage,
    SignatureRefused,
    max_bytes,
    signature_from_data_url,
    signature_store,
)


class SignatureWidget(forms.Widget):
    """A box to sign in (``static/surveys/js/signature.js`` draws with
    signature_pad) and the drawing as a data address in a hidden text area,
    which the interview's draft keeps like any answer."""

    template_name = "surveys/widgets/signature.html"

    def format_value(self, value):
        return value if isinstance(value, str) else ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["max_bytes"] = max_bytes()
        return context


class SignatureField(forms.Field):
    """Cleans to a checked :class:`~surveys.signatures.SignatureImage`."""

    widget = SignatureWidget
    #: What :meth:`surveys.builder.SurveyForm.check_required` says when unsigned.
    required_message = EMPTY_MESSAGE

    def to_python(self, value):
        if value in (None, ""):
            return None
        try:
            return signature_from_data_url(value)
        except SignatureRefused as refused:
            raise forms.ValidationError(refused.message, code="signature") from None


class Signature(BaseFieldType):
    name = "signature"
    label = gettext_lazy("Signature")
    icon = "edit"
    script = "signature"

    def form_field(self, spec, options):
        return SignatureField(**options)

    def stored_value(self, value):
        if isinstance(value, SignatureImage):
            return {"image": signature_store(value)}
        return value

    def stamp(self, value: Any, *, by, at) -> Any:
        if not isinstance(value, dict) or not value.get("image"):
            return value
        name = (by.get_full_name() or by.get_username()) if by is not None else ""
        return {
            **value,
            "signed_at": at.isoformat(),
            "recorded_by": name,
            "recorded_by_id": by.pk if by is not None else None,
        }

    def signs(self, value: Any) -> bool:
        return isinstance(value, dict) and bool(value.get("image"))

    def display(self, spec, value):
        if not self.signs(value):
            return AnswerDisplay(_("not signed"))
        signed_at = parse_datetime(str(value.get("signed_at") or ""))
        if signed_at is None:
            return AnswerDisplay(_("signed"))
        day = formats.date_format(timezone.localtime(signed_at), "SHORT_DATE_FORMAT")
        if value.get("recorded_by"):
            return AnswerDisplay(
                _("signed on %(date)s by %(person)s")
                % {"date": day, "person": value["recorded_by"]}
            )
        return AnswerDisplay(_("signed on %(date)s") % {"date": day})

    # XLSForm draws a signature as an image question with this appearance.
    xlsform_types = ("image",)

    def xlsform_fit(self, question):
        return 1 if "signature" in question.appearance.split() else -1

    def to_xlsform(self, spec, language):
        return self.xlsform_row(spec, language, "image", appearance="signature")
