"""The admin names the platform through the catalogs, in the reader's language,
not in French only (issue #13: the site name was untranslated in the Dutch admin;
the catalogs' "Social activation" gives "Sociale activering" in Dutch)."""

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise


def test_the_site_name_is_read_in_the_readers_language():
    assert isinstance(settings.WAGTAIL_SITE_NAME, Promise)
    with translation.override("en"):
        assert str(settings.WAGTAIL_SITE_NAME) == "Social activation"
