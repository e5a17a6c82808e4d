"""The sweep's world, built once per module inside a transaction that is rolled
back at the module's end (each test still runs in its own savepoint)."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test import override_settings
from wagtail.contrib.forms.utils import get_form_types, get_forms_for_user
from wagtail.models import Page

from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from tests.security.sweep.world import sweep_world


@pytest.fixture(scope="module")
def sweep_world_a(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world of :mod:`tests.security.sweep.world`, its files in a temporary
    folder, its passwords hashed fast (as the function-scoped fixture does)."""
    media = str(tmp_path_factory.mktemp("sweep-media"))
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    _FORM_CLASSES.clear()
    forget_content_types()
    with (
        override_settings(
            PRIVATE_MEDIA_ROOT=media, MEDIA_ROOT=media, PASSWORD_HASHERS=fast
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        world = sweep_world()
        owners_see_their_form(world)
        yield world
        transaction.set_rollback(True)
    _FORM_CLASSES.clear()


def forget_content_types() -> None:
    """Process-wide caches of content types, filled by any earlier test of this
    worker: Wagtail's list of form page types (``get_form_types``, behind every
    form-submissions permission check) and Django's content-type cache. A
    transactional test (a live server's) flushes the database and content types
    are made again, not always under the same ids: a stale list then hides the
    world's form from its own managers (CI saw "refused 302" on
    ``wagtailforms:delete_submissions``)."""
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()


def owners_see_their_form(world) -> None:
    """The sweep's premise: A's managers reach their form's submissions. When
    they do not, every failure below would be this one, so say it once, with
    what Wagtail compared."""
    form = world.ids["form"]
    for role in (Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN):
        user = world.user("a", role)
        if not get_forms_for_user(user).filter(pk=form).exists():
            page = Page.objects.get(pk=form)
            pytest.fail(
                f"{role} of A does not reach the world's form {form}: its content "
                f"type {page.content_type_id}, Wagtail's form types "
                f"{[kind.pk for kind in get_form_types()]}"
            )
