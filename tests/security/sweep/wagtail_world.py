"""Wagtail's own objects in the sweep's world: A's pages and a revision, an
image, a document, a collection, a workflow and its task, a wagtail-localize
translation of A's form, and the site, locale, users and groups."""

from __future__ import annotations

import io

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Task,
    Workflow,
)

from home.services import cpas_page_group_name
from intake.roles import Role


def _png() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _translation(form: Page) -> dict:
    from wagtail_localize.models import (
        OverridableSegment,
        StringSegment,
        Translation,
        TranslationSource,
    )

    nl, _created = Locale.objects.get_or_create(language_code="nl")
    # Its parents first: a translated page needs a translated parent.
    for page in [*form.get_ancestors().filter(depth__gt=1), form]:
        source, _created = TranslationSource.get_or_create_from_instance(page.specific)
        translation = Translation.objects.create(source=source, target_locale=nl)
        translation.save_target()
    segment = StringSegment.objects.filter(source=source).first()
    overridable = OverridableSegment.objects.filter(source=source).first()
    return {
        "translation_source": source.pk,
        "translation": translation.pk,
        "string_segment": segment.pk if segment else 1,
        "overridable_segment": overridable.pk if overridable else 1,
    }


def wagtail_objects(world) -> None:
    """Adds Wagtail's objects to ``world.ids``."""
    form = Page.objects.get(pk=world.ids["form"])
    # A test that flushed the database (a live server's) took the root with it.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.add_child(name="Collection of the pages")
    image = get_image_model().objects.create(
        title="Image of the pages",
        file=ContentFile(_png(), "image.png"),
        collection=collection,
    )
    document = get_document_model().objects.create(
        title="Document of the pages",
        file=ContentFile(b"document", "document.txt"),
        collection=collection,
    )
    workflow = Workflow.objects.order_by("pk").first() or Workflow.objects.create(
        name="Moderation"
    )
    # Wagtail's migrations make the first task; a flushed database has none.
    task = Task.objects.order_by("pk").first() or GroupApprovalTask.objects.create(
        name="Moderators approval"
    )
    world.ids.update(
        home=form.get_parent().get_parent().pk,
        root=Page.get_first_root_node().pk,
        collection=collection.pk,
        image=image.pk,
        document=document.pk,
        workflow=workflow.pk,
        task=task.pk,
        user=world.user("a", Role.SOCIAL_WORKER).pk,
        role_group=Group.objects.get(name=Role.COACH.value).pk,
        page_group=Group.objects.get(name=cpas_page_group_name(world.cpas["a"])).pk,
        site=Site.objects.get(is_default_site=True).pk,
        locale=Locale.objects.get(language_code="fr").pk,
        **_translation(form),
    )
