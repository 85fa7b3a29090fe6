"""The digest run as a library call: what `summarizer digest` (and later commands) do, without the CLI."""

from pathlib import Path

import pytest

from summarizer.pipeline import DigestError, run_digest
from summarizer.store import Store

from .conftest import SYNTHETIC


def test_run_digest_reports_what_it_did_and_hears_problems_before_extraction(db: Path, examples: Path, tmp_path: Path):
    (examples / "empty.txt").write_bytes(b"")
    (examples / "tan-lac.txt").write_text(SYNTHETIC, encoding="utf-8")
    heard: list[tuple] = []
    with Store(db) as store:
        result = run_digest(
            store, None, 2023, 9, [examples], tmp_path / "out", ["md", "json"],
            on_progress=lambda done, total: heard.append(("progress", done, total)),
            on_problem=lambda kind, message: heard.append((kind, message)),
        )
    assert result.written == [tmp_path / "out" / "ban-tin-2023-09.md", tmp_path / "out" / "ban-tin-2023-09.json"]
    assert result.not_written == [] and all(p.stat().st_size > 0 for p in result.written)
    assert (result.articles, result.new_articles, result.new_reports) == (11, 11, 11)
    assert len(result.digest.sources) == 6
    assert len(result.errors) == 1 and result.errors[0].startswith(f"{examples / 'empty.txt'}: tệp rỗng")
    assert heard[0] == ("error", result.errors[0])  # before the first article is extracted
    assert heard[1:] == [("progress", n, 11) for n in range(12)]


def test_run_digest_with_nothing_for_the_month_writes_nothing(db: Path, examples: Path, tmp_path: Path):
    with Store(db) as store, pytest.raises(DigestError, match="không có báo cáo nào"):
        run_digest(store, None, 2022, 1, [examples], tmp_path / "out")
    assert not (tmp_path / "out").exists()
