"""Publishing a form freezes its version (after Wagtail's publish)."""

from wagtail.signals import page_published

from surveys.models import FormPage
from surveys.services import form_version_publish


def freeze_form_version(sender, instance, revision=None, **kwargs) -> None:
    form_version_publish(page=instance, revision=revision)


def connect() -> None:
    page_published.connect(
        freeze_form_version, sender=FormPage, dispatch_uid="freeze_form_version"
    )
