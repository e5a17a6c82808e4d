"""Numbers and identifiers from outside (query strings, forms, JSON, sockets):
what cannot be read is ``None`` or the default, never an exception."""

from __future__ import annotations

import uuid

import pytest

from intake.parsing import parse_int, parse_json_object, parse_uuid


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), (12, 12), (" 7 ", 7), ("-3", -3), (2.0, 2)],
)
def test_numbers_are_read(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize(
    "value", [None, "", "abc", "1.5", [], {}, True, False, float("inf"), float("nan")]
)
def test_what_is_not_a_number_is_none_or_the_default(value):
    assert parse_int(value) is None
    assert parse_int(value, 0) == 0


def test_a_json_body_saying_true_is_not_one():
    assert parse_int(True) is None  # Python would read 1


def test_uuids_are_read_in_their_usual_forms():
    known = uuid.uuid4()
    assert parse_uuid(str(known)) == known
    assert parse_uuid(known.hex) == known
    assert parse_uuid(str(known).upper()) == known
    assert parse_uuid(known) == known


@pytest.mark.parametrize("value", [None, "", "None", "not-a-uuid", 12, "1234"])
def test_what_is_not_a_uuid_is_none(value):
    assert parse_uuid(value) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"a": [1, {"b": "c"}]}', {"a": [1, {"b": "c"}]}),
        ("{}", {}),
        (b"[1]", None),
        (b'"text"', None),
        (b"{oops", None),
        (b"\xff\xfe", None),
        (b'{"a": "x\\u0000y"}', None),
        (b'{"x\\u0000": 1}', None),
        (b'{"a": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", None),
    ],
    ids=[
        "object",
        "empty",
        "list",
        "string",
        "broken",
        "not-utf8",
        "nul",
        "nul-key",
        "deep",
    ],
)
def test_a_json_body_is_an_object_or_nothing(body, expected):
    assert parse_json_object(body) == expected


def test_the_depth_limit_is_exact():
    assert parse_json_object(b'{"a": {"b": 1}}', max_depth=2) == {"a": {"b": 1}}
    assert parse_json_object(b'{"a": {"b": {}}}', max_depth=2) is None
