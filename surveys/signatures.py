"""Signatures drawn on the tablet: checked (a PNG, under a size, not blank) and
kept under ``PRIVATE_MEDIA_ROOT``, never served as media.

The browser sends the drawing as a ``data:image/png;base64,...`` address (the
interview's draft keeps it so, offline). Each image is stored once, named by
its SHA-256: sending the same answers twice writes nothing new.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

DATA_URL_PREFIX = "data:image/png;base64,"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
#: Larger than any tablet's canvas, small enough to refuse a pasted photo.
MAX_SIDE = 4000
FOLDER = "signatures"

EMPTY_MESSAGE = _("The signature box is empty: sign in it with a finger or the pen.")
NOT_PNG_MESSAGE = _("This signature is not a drawing from the signature box.")


class SignatureRefused(ValueError):
    """A drawing that cannot be kept, with the message the signer reads."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class SignatureImage:
    """A checked PNG, not stored yet."""

    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def name(self) -> str:
        return f"{FOLDER}/{self.sha256}.png"


def max_bytes() -> int:
    return settings.SIGNATURE_MAX_BYTES


def storage() -> FileSystemStorage:
    """Where signatures are kept: only the tenancy hands them out."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def signature_from_data_url(value: str) -> SignatureImage:
    """The PNG a data address holds; refused when it is not a PNG, too large,
    or an empty box."""
    if not isinstance(value, str) or not value.startswith(DATA_URL_PREFIX):
        raise SignatureRefused(NOT_PNG_MESSAGE)
    encoded = value[len(DATA_URL_PREFIX) :]
    limit = max_bytes()
    if len(encoded) > (limit * 4) // 3 + 4:
        raise SignatureRefused(too_large_message(limit))
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureRefused(NOT_PNG_MESSAGE) from None
    if len(content) > limit:
        raise SignatureRefused(too_large_message(limit))
    check_drawing(content)
    return SignatureImage(content)


def too_large_message(limit: int) -> str:
    return _(
        "This signature is too large (at most %(kb)d KB). Clear it and sign again."
    ) % {"kb": limit // 1024}


def check_drawing(content: bytes) -> None:
    """A PNG of sensible size with at least one drawn pixel."""
    if not content.startswith(PNG_MAGIC):
        raise SignatureRefused(NOT_PNG_MESSAGE)
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format != "PNG" or max(image.size) > MAX_SIDE:
                raise SignatureRefused(NOT_PNG_MESSAGE)
            image.load()
            drawn = _drawn_part(image)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        raise SignatureRefused(NOT_PNG_MESSAGE) from None
    if drawn is None:
        raise SignatureRefused(EMPTY_MESSAGE)


def _drawn_part(image: Image.Image):
    """The box around what was drawn: opaque pixels on a transparent canvas, or
    dark ones on a white one; ``None`` for an empty box."""
    rgba = image.convert("RGBA")
    alpha = rgba.getchannel("A")
    if alpha.getextrema()[0] < 255:
        return alpha.point(lambda level: 255 if level > 32 else 0).getbbox()
    ink = rgba.convert("L").point(lambda level: 255 if level < 200 else 0)
    return ink.getbbox()


def signature_store(image: SignatureImage) -> str:
    """Keep the PNG (once per content); its name under the private root."""
    files = storage()
    if not files.exists(image.name):
        files.save(image.name, ContentFile(image.content))
    return image.name
