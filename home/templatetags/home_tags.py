from django import template
from wagtail.models import Page

from intake.languages import autonym as name_in_itself

register = template.Library()


@register.simple_tag
def page_translations(page: Page):
    """Every live language version of ``page``, itself included, for the switcher."""
    return (
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .order_by("locale__language_code")
    )


@register.filter
def autonym(language_code: str) -> str:
    """A language's name in that language: a visitor finds her own."""
    return name_in_itself(language_code)
