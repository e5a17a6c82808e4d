import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Certificates land in a folder of the test's own."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def in_english():
    """Messages are compared in English, whatever the catalogs hold."""
    with translation.override("en"):
        yield
