"""Publishing a form freezes its version (after Wagtail's publish)."""

from wagtail.signals import page_published


def freeze_form_version(sender, instance, revision=None, **kwargs) -> None:
    from surveys.services import form_version_publish

    form_version_publish(page=instance, revision=revision)


def connect() -> None:
    from surveys.models import FormPage

    page_published.connect(
        freeze_form_version, sender=FormPage, dispatch_uid="freeze_form_version"
    )
