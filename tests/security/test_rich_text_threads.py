"""The rare 500 in the page editor: Wagtail's rich-text converter keeps one
``html.parser`` for every call, and the editor widget that owns it is shared by
every request of the process (it belongs to a block definition). Two editors
opened at the same time fed one parser ("AssertionError: unexpected call to
parse_endtag", or "we should not get here!"). Our converter (security.rich_text)
gives each call a parser of its own."""

from __future__ import annotations

import json
import threading

import pytest
from wagtail import blocks
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.rich_text.converters import html_to_contentstate
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from security.rich_text import ThreadSafeContentstateConverter

FEATURES = ["bold", "italic", "link", "ol", "ul", "h2"]
DOCUMENTS = [
    "<p>First <b>bold</b> text</p><ul><li>one</li><li>two</li></ul>",
    '<h2>Title</h2><p><i>second</i> with <a href="https://x.example">a link</a></p>',
]


def shape(contentstate: str) -> list:
    """The blocks without their random keys."""
    return [
        {name: value for name, value in block.items() if name != "key"}
        for block in json.loads(contentstate)["blocks"]
    ]


def convert_at_the_same_time(converter, monkeypatch) -> list[str]:
    """Two threads convert a document each with one ``converter``; both stop at
    their first tag until the other has started, as parallel requests may."""
    barrier = threading.Barrier(2, timeout=5)
    original = html_to_contentstate.HtmlToContentStateHandler.handle_starttag
    seen = threading.local()

    def pausing(handler, tag, attrs):
        if not getattr(seen, "paused", False):
            seen.paused = True
            barrier.wait()
        return original(handler, tag, attrs)

    monkeypatch.setattr(
        html_to_contentstate.HtmlToContentStateHandler, "handle_starttag", pausing
    )
    results: list[str] = ["", ""]

    def convert(index: int) -> None:
        try:
            results[index] = converter.from_database_format(DOCUMENTS[index])
        except Exception as error:  # what the editor's request answered with a 500
            results[index] = repr(error)

    threads = [threading.Thread(target=convert, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def expected() -> list[list]:
    converter = ContentstateConverter(FEATURES)
    return [shape(converter.from_database_format(html)) for html in DOCUMENTS]


def test_wagtails_converter_breaks_when_two_requests_share_it(monkeypatch):
    results = convert_at_the_same_time(ContentstateConverter(FEATURES), monkeypatch)
    assert any(result.startswith("AssertionError") for result in results), results


def test_our_converter_gives_each_request_its_own_parser(monkeypatch):
    wanted = expected()
    converter = ThreadSafeContentstateConverter(FEATURES)
    results = convert_at_the_same_time(converter, monkeypatch)
    assert [shape(result) for result in results] == wanted


@pytest.mark.parametrize("features", [None, FEATURES])
def test_the_editor_uses_our_converter(features):
    widget = get_rich_text_editor_widget(features=features)
    assert isinstance(widget.converter, ThreadSafeContentstateConverter)
    block_widget = blocks.RichTextBlock(features=features).field.widget
    assert isinstance(block_widget.converter, ThreadSafeContentstateConverter)
