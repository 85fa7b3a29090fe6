import sqlite3
from pathlib import Path

import pytest

from summarizer.extract import extract, report_key
from summarizer.sources import make_article
from summarizer.store import DB_VERSION, Store, StoreError

from .conftest import SYNTHETIC


def test_articles_and_reports_are_stored_once_and_survive_reopening(db: Path):
    article = make_article(SYNTHETIC, "a.txt")
    report = extract(article)
    with Store(db) as store:
        assert store.add_article(article) is True
        assert store.add_article(article) is False
        store.add_report(report)
        store.add_report(report)
    with Store(db) as store:
        assert store.counts()["articles"] == 1 and store.counts()["reports"] == 1
        assert store.article(article.id) == article
        assert store.report(article.id, report_key("rules")) == report
        assert store.reports(report_key("rules"), year=2023, month=9) == [report]
        assert store.reports(report_key("rules"), year=2023, month=8) == []


def test_schema_version_is_recorded(db: Path):
    Store(db).close()
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == DB_VERSION


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError) as e:
        Store(path)
    assert str(path) in str(e.value)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(db: Path):
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {DB_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        Store(db)
