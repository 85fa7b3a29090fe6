import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from summarizer.extract import extract, report_key
from summarizer.sources import make_article
from summarizer.store import (
    APPLICATION_ID, DB_VERSION, MIGRATIONS, NO_DATABASE, Batch, BatchRequest, CachedAnswer, ReportKey, Store, StoreError,
)

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


def test_unreported_lists_only_the_articles_without_a_report_of_that_key(db: Path):
    done = make_article(SYNTHETIC, "a.txt")
    waiting = make_article(SYNTHETIC.replace("Tân Lạc", "Lạc Sơn"), "b.txt")
    with Store(db) as store:
        store.add_article(done)
        store.add_article(waiting)
        store.add_report(extract(done))
        assert store.unreported(report_key("rules")) == [waiting.id]
        older = ReportKey("rules", "", "rules-0", "1")  # Reports of an older engine do not count
        assert sorted(store.unreported(older)) == sorted([done.id, waiting.id])


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


def _open_when_all_are_ready(path: Path, barrier, failures) -> None:
    barrier.wait()
    try:
        Store(path).close()
    except Exception as e:  # reported to the test, which names it
        failures.put(f"{type(e).__name__}: {e}")


def test_processes_opening_one_new_database_at_once_all_succeed(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    for attempt in range(8):
        path = tmp_path / f"new-{attempt}.db"
        barrier, failures = ctx.Barrier(6), ctx.Queue()
        procs = [ctx.Process(target=_open_when_all_are_ready, args=(path, barrier, failures)) for _ in range(6)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        messages = []
        while not failures.empty():
            messages.append(failures.get())
        assert messages == [], f"attempt {attempt}"
        assert [p.exitcode for p in procs] == [0] * 6
        con = sqlite3.connect(path)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "reports", "calls", "extractions", "responses", "batches", "batch_requests", "endpoints"} <= tables
        assert con.execute("PRAGMA user_version").fetchone()[0] == DB_VERSION
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()


def _foreign(path: Path, journal_mode: str) -> bytes:
    """Another program's SQLite file (a note-taking app, say), closed, and its bytes."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal_mode}")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('Họp tổ dân phố lúc 19 giờ')")
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()
    return path.read_bytes()


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
@pytest.mark.parametrize("readonly", [False, True])
def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path, journal_mode: str, readonly: bool):
    path = tmp_path / "notes.sqlite"
    before = _foreign(path, journal_mode)
    with pytest.raises(StoreError) as e:
        Store(path, readonly=readonly)
    assert str(e.value) == (
        f"{path}: cơ sở dữ liệu SQLite của chương trình khác, không phải của summarizer; không thay đổi gì"
        " (chọn tệp khác bằng --db)"
    )
    assert path.read_bytes() == before
    assert _beside(path) == ["notes.sqlite"]  # no -wal, -shm or -journal left behind


def _old_store(path: Path, version: int) -> None:
    """A database as an older summarizer made it (schema version `version`), holding one article."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    for script in MIGRATIONS[:version]:
        con.executescript(script)
    con.execute(f"PRAGMA user_version = {version}")
    article = make_article(SYNTHETIC, "tan-lac.txt")
    con.execute(
        "INSERT INTO articles (id, source, title, text, warnings, ingested_at) VALUES (?, ?, ?, ?, '[]', '2023-10-04')",
        (article.id, article.source, article.title, article.text),
    )
    if version >= 3:  # one call, logged before calls kept their answer
        con.execute(
            "INSERT INTO calls (article_id, model, prompt_version, schema_version, run, started_at, latency_ms, attempts,"
            " input_tokens, output_tokens, outcome, error) VALUES (?, 'm', 'p', '1', 'digest', '2023-10-04T08:00:00',"
            " 10, 1, 100, 20, 'invalid', 'thiếu trường')",
            (article.id,),
        )
    con.commit()
    con.close()


@pytest.mark.parametrize("version", [1, 2, 3, 5, 6])
def test_an_older_database_of_ours_is_read_as_it_is_and_migrated_when_written(tmp_path: Path, version: int):
    path = tmp_path / "old.db"
    _old_store(path, version)
    before = path.read_bytes()
    calls = version >= 3
    with Store(path, readonly=True) as store:  # list and usage read it without changing it
        assert [a.source for a in store.articles()] == ["tan-lac.txt"]
        assert store.counts()["articles"] == 1
        assert [(r["calls"], r["failed"]) for r in store.usage()] == ([(1, 0)] if calls else [])
        assert [(c.outcome, c.answer) for c in store.calls()] == ([("invalid", None)] if calls else [])
        assert [(r["status"], r["error"]) for r in store.article_rows()] == [("pending", None)]
    assert path.read_bytes() == before and _beside(path) == ["old.db"]
    with Store(path) as store:  # a command that writes migrates it
        assert [a.source for a in store.articles()] == ["tan-lac.txt"]
        assert [c.answer for c in store.calls()] == ([None] if calls else [])
        article_id = store.articles()[0].id
        store.add_failure(article_id, report_key("rules"), "lỗi thử", run="digest")
        assert [(r["status"], r["error"]) for r in store.article_rows()] == [("failed", "lỗi thử")]
        store.add_answer("k", "fake-model", CachedAnswer("{}", 10, 2))  # the answer cache, which a later version added
        assert store.cached_answer("k") == CachedAnswer("{}", 10, 2)
        batch = Batch("b-1", None, "file-1", [BatchRequest("a:0", article_id, 0, "k")])  # batches, a later version too
        store.add_batch(batch, "http://127.0.0.1/v1", report_key("rules"), run="digest")
        assert store.open_batch("http://127.0.0.1/v1", report_key("rules")) == batch
        # what a model server takes, which a later version remembers
        assert store.structured_output("http://127.0.0.1:8000/v1", "m") is None
        store.set_structured_output("http://127.0.0.1:8000/v1", "m", "json_object_schema")
        assert store.structured_output("http://127.0.0.1:8000/v1", "m") == "json_object_schema"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == DB_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_reading_never_creates_a_database(tmp_path: Path):
    missing = tmp_path / "typo" / "summarizer.db"
    with pytest.raises(StoreError) as e:
        Store(missing, readonly=True)
    assert str(e.value) == f"{missing}: {NO_DATABASE}"
    assert not missing.parent.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="không có cơ sở dữ liệu"):
        Store(empty, readonly=True)
    assert empty.read_bytes() == b"" and _beside(empty) == ["empty.db"]


def test_an_empty_file_is_made_a_database(tmp_path: Path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path) as store:
        assert store.counts()["articles"] == 0
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def damage(path: Path) -> None:
    """Overwrite every page but the schema's with garbage, as a bad disk or a stray write would."""
    con = sqlite3.connect(path)
    try:  # the schema may span several pages once there are many tables: keep all of them
        schema = {r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    data = bytearray(path.read_bytes())
    assert len(data) > size * len(schema) and not path.with_name(path.name + "-wal").exists()
    for n in range(1, len(data) // size + 1):
        if n not in schema:
            data[(n - 1) * size : n * size] = b"\xa5\x5a" * (size // 2)
    path.write_bytes(bytes(data))


def test_a_database_damaged_after_opening_names_the_file(db: Path):
    with Store(db) as store:
        store.add_article(make_article(SYNTHETIC, "tan-lac.txt"))
    damage(db)
    with Store(db, readonly=True) as store:  # the schema page is intact: opening works…
        with pytest.raises(StoreError) as e:  # …the first query does not
            store.articles()
    assert str(e.value) == f"{db}: cơ sở dữ liệu bị hỏng; khôi phục từ bản sao lưu hoặc dùng --db khác"


def test_a_full_disk_while_storing_names_the_file_and_keeps_what_was_stored(db: Path):
    with Store(db) as store:
        store.add_article(make_article(SYNTHETIC, "tan-lac.txt"))
        # SQLite reports a file that reached max_page_count exactly as a full disk (SQLITE_FULL).
        store.db.execute(f"PRAGMA max_page_count = {store.db.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(StoreError) as e:
            long = "Giao ban tháng 9\n" + "".join(f"\nXã số {i} thu hoạch {i},5 ha lúa mùa." for i in range(500))
            store.add_article(make_article(long, "lac-son.txt"))
    assert str(e.value) == f"{db}: hết dung lượng đĩa"
    with Store(db, readonly=True) as store:
        assert [a.source for a in store.articles()] == ["tan-lac.txt"]
