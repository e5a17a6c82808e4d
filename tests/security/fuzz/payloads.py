"""Hypothesis strategies of hostile input (issue #12): deep nesting, huge
strings, wrong types, control characters, NUL, bidirectional overrides and
zero-width characters. Bounded so that each fuzz file runs well under a minute,
and derandomized so that CI sees the same examples every time."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "\u202egnp.exe",
            "\u2066x\u2069",
            "\u200b",
            "\ufeff",
            "=HYPERLINK(1)",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "-1",
            "1e309",
            "NaN",
        ]
    ),
    st.integers(min_value=1, max_value=3).map(lambda n: "x" * (n * 100_000)),
)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), nasty_text
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(nasty_text, inner, max_size=4)
    ),
    max_leaves=20,
)


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


raw_bodies = st.one_of(
    st.integers(min_value=30, max_value=100_000).map(deep),
    st.integers(min_value=30, max_value=5_000).map(
        lambda n: '{"a":' * n + "1" + "}" * n
    ),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    json_values.map(json.dumps),
)


def form_fields(names: list[str]) -> st.SearchStrategy[dict]:
    """A form's fields, each a hostile text (a list of them now and then)."""
    value = st.one_of(nasty_text, st.lists(nasty_text, max_size=3))
    return st.dictionaries(st.sampled_from(names), value, max_size=len(names))


def without_nul(data: dict) -> dict:
    """Django's test client cannot put a NUL in a multipart field name; the
    values keep theirs."""
    return {key.replace("\x00", ""): value for key, value in data.items()}
