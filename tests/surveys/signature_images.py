"""Drawings as the signature box sends them (PNG data addresses)."""

from __future__ import annotations

import base64
import hashlib
import io

from PIL import Image, ImageDraw

from surveys.signatures import DATA_URL_PREFIX


def png(*, drawn: bool, size: tuple[int, int] = (300, 100)) -> bytes:
    """A transparent canvas, with a stroke when ``drawn``."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    if drawn:
        ImageDraw.Draw(image).line(
            [(10, 80), (60, 20), (110, 70), (200, 30)], fill=(17, 17, 17, 255), width=3
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def data_url(content: bytes) -> str:
    return DATA_URL_PREFIX + base64.b64encode(content).decode()


def not_a_png() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50), (0, 0, 0)).save(buffer, format="JPEG")
    return data_url(buffer.getvalue())


SIGNATURE_PNG = png(drawn=True)
SIGNATURE = data_url(SIGNATURE_PNG)
SIGNATURE_NAME = f"signatures/{hashlib.sha256(SIGNATURE_PNG).hexdigest()}.png"
BLANK_SIGNATURE = data_url(png(drawn=False))
