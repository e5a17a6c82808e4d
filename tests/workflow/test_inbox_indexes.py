"""The lists' pages read an index on PostgreSQL, whatever their depth, and the
"waiting more than N days" filter is a range of that index (EXPLAIN)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.services import postgres_server
from tests.test_production_parity import run

HERE = Path(__file__).with_name("explain_inbox.py")


@pytest.mark.postgres
def test_the_lists_pages_walk_their_index_on_postgresql():
    with postgres_server() as url:
        result = run([sys.executable, str(HERE)], DATABASE_URL=url)
    assert result.returncode == 0, result.stderr[-3000:]
    plans = json.loads(result.stdout.strip().splitlines()[-1])
    for name in ("inbox", "inbox_deep", "waiting"):
        walked = plans[name]
        # An index on the time in the state, walked in its order: no table
        # scan, no sort of every matching row (at most the ties of a moment).
        assert "Index Scan using" in walked, walked
        assert "Seq Scan" not in walked, walked
        assert "Sort Key" not in walked or "Presorted Key: state_changed_at" in (
            walked
        ), walked
    # A deep page starts at its cursor inside the index, not after OFFSET rows.
    assert "Index Cond" in plans["inbox_deep"], plans["inbox_deep"]
    assert "state_changed_at >=" in plans["inbox_deep"], plans["inbox_deep"]
    # The waiting filter bounds the index scan itself.
    assert "state_changed_at <" in plans["waiting"].split("Filter")[0], plans["waiting"]
    antenna = plans["antenna"]
    assert "referral_antenna_keyset" in antenna and "Seq Scan" not in antenna, antenna
