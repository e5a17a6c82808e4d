"""The Draftail editor with a converter that is safe under parallel requests.

Wagtail's ``ContentstateConverter`` keeps one ``html.parser`` instance and
resets it for each call of ``from_database_format``. The widget, and so the
converter, belongs to a block definition shared by every request of the
process: two editors opened at the same time feed the same parser, whose state
the other thread resets halfway ("AssertionError: unexpected call to
parse_endtag", a rare 500 in the page editor). This converter gives every call
a parser of its own.
"""

from __future__ import annotations

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    HtmlToContentStateHandler,
)
from wagtail.admin.rich_text.editors import draftail


class ThreadSafeContentstateConverter(ContentstateConverter):
    def from_database_format(self, html: str) -> str:
        handler = HtmlToContentStateHandler(self.features)
        handler.feed(html)
        handler.close()
        return handler.contentstate.as_json(indent=4, separators=(",", ": "))


class DraftailRichTextArea(draftail.DraftailRichTextArea):
    """Wagtail's Draftail widget with :class:`ThreadSafeContentstateConverter`
    (``WAGTAILADMIN_RICH_TEXT_EDITORS``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.converter = ThreadSafeContentstateConverter(self.features)
