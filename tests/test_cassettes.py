"""Recorded exchanges with a model (vcrpy cassettes under tests/cassettes/, replayed offline).

Replay is the default (pytest-recording's record mode "none"): no request leaves the machine. To
record them again against a real provider, see "Re-recording cassettes" in the README:

    SUMMARIZER_RECORD_MODEL=gpt-4o-mini SUMMARIZER_RECORD_API_KEY=sk-... \
        .venv/bin/python -m pytest tests/test_cassettes.py --record-mode=rewrite
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.extract import extract
from summarizer.sources import read_article
from summarizer.store import Store
from tests.conftest import EXAMPLES

CASSETTES = Path(__file__).parent / "cassettes" / "test_cassettes"


@pytest.fixture(scope="module")
def vcr_config():
    # Requests match on method and path, so a cassette replays whatever host it was recorded from.
    return {
        "filter_headers": [("authorization", None), ("api-key", None), ("openai-organization", None), ("cookie", None)],
        "filter_post_data_parameters": [],
        "match_on": ["method", "path"],
        "decode_compressed_response": True,
    }


def _settings(db: Path) -> Settings:
    return Settings(
        db=db,
        backend="llm",
        model=os.environ.get("SUMMARIZER_RECORD_MODEL", "recorded-model"),
        base_url=os.environ.get("SUMMARIZER_RECORD_BASE_URL", "https://api.openai.com/v1"),
        api_key=os.environ.get("SUMMARIZER_RECORD_API_KEY", "sk-replay-only"),
    )


@pytest.mark.vcr
def test_a_recorded_extraction_replays_into_a_grounded_report(db):
    article = read_article(EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    with Store(db) as store:
        report = extract(article, "llm", _settings(db), store.add_call, run="cassette")
        calls = store.calls()
    assert report.unit.name == "Thọ Xuân" and report.unit.province == "Thanh Hóa"
    assert report.period is not None and report.period.month == 9
    assert report.achievements and report.next_tasks
    assert all(i.grounded for _, i in report.items())
    assert [c.outcome for c in calls] == ["ok"] and calls[0].input_tokens


def test_cassettes_hold_no_credentials():
    files = list(CASSETTES.glob("*.yaml"))
    assert files, "no cassette recorded"
    for path in files:
        text = path.read_text(encoding="utf-8").lower()
        assert "authorization" not in text and "bearer" not in text and "sk-" not in text, path
