"""The SQLite store: articles keyed by text hash, reports keyed by how they were made."""

from __future__ import annotations

import functools
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from . import search

if TYPE_CHECKING:  # imported where used: `summarizer list` reads the store without pydantic
    from .schema import Article, Call, Report

BUSY_TIMEOUT = 30.0  # seconds to wait for another process's lock before "database is locked"
APPLICATION_ID = 0x53554D56  # "SUMV" in the file header (PRAGMA application_id)

# Each entry migrates the database from version i to i + 1; PRAGMA user_version records where it is.
MIGRATIONS = [
    """
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        source      TEXT NOT NULL,
        title       TEXT,
        published   TEXT,
        text        TEXT NOT NULL,
        warnings    TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE reports (
        id             INTEGER PRIMARY KEY,
        article_id     TEXT NOT NULL REFERENCES articles(id),
        backend        TEXT NOT NULL,
        model          TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        period_year    INTEGER,
        period_month   INTEGER,
        unit_name      TEXT,
        province       TEXT,
        report         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        UNIQUE (article_id, backend, model, prompt_version, schema_version)
    );
    CREATE INDEX reports_period ON reports (period_year, period_month);
    """,
    """
    CREATE TABLE calls (
        id             INTEGER PRIMARY KEY,
        article_id     TEXT NOT NULL,
        chunk          INTEGER NOT NULL DEFAULT 0,
        model          TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        run            TEXT NOT NULL DEFAULT '',
        started_at     TEXT NOT NULL,
        latency_ms     INTEGER NOT NULL,
        attempts       INTEGER NOT NULL,
        input_tokens   INTEGER,
        output_tokens  INTEGER,
        outcome        TEXT NOT NULL,
        error          TEXT
    );
    CREATE INDEX calls_started ON calls (started_at);
    """,
    # Marks the file as ours, so that a --db pointing at another program's database is refused.
    f"PRAGMA application_id = {APPLICATION_ID}",
    # "outcomes": what the model said in a call that was not ok, and how each article's extraction
    # ended in each run (extracted, flagged: extracted with items not grounded, failed).
    """
    ALTER TABLE calls ADD COLUMN answer TEXT;
    CREATE TABLE extractions (
        id             INTEGER PRIMARY KEY,
        article_id     TEXT NOT NULL,
        backend        TEXT NOT NULL,
        model          TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        run            TEXT NOT NULL DEFAULT '',
        outcome        TEXT NOT NULL,
        error          TEXT,
        finished_at    TEXT NOT NULL
    );
    CREATE INDEX extractions_article ON extractions (article_id);
    CREATE INDEX extractions_finished ON extractions (finished_at);
    """,
    # The model's answer to each request, keyed by a hash of exactly what was sent: a request made
    # again (a rerun, `digest` after `extract`, a repair round replayed) is answered from here.
    """
    CREATE TABLE responses (
        key           TEXT PRIMARY KEY,
        model         TEXT NOT NULL,
        content       TEXT NOT NULL,
        input_tokens  INTEGER,
        output_tokens INTEGER,
        created_at    TEXT NOT NULL
    );
    """,
    # Batches submitted to a provider's Batch API: recorded (with what each request asks) before the
    # batch is created, so that a run killed at any point resumes the same batch and never sends it twice.
    """
    CREATE TABLE batches (
        id             TEXT PRIMARY KEY,
        remote_id      TEXT,
        input_file     TEXT NOT NULL,
        endpoint       TEXT NOT NULL,
        backend        TEXT NOT NULL,
        model          TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        run            TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        collected_at   TEXT
    );
    CREATE TABLE batch_requests (
        batch_id    TEXT NOT NULL REFERENCES batches(id),
        custom_id   TEXT NOT NULL,
        article_id  TEXT NOT NULL,
        chunk       INTEGER NOT NULL,
        request_key TEXT NOT NULL,
        PRIMARY KEY (batch_id, custom_id)
    );
    """,
    # How each model server took structured output (the rung of llm.RUNGS that worked), so the
    # next run starts there instead of failing once per rung above it. Written on one line, without
    # a rowid: SQLite keeps the text of every CREATE on the first page while it fits.
    "CREATE TABLE endpoints (base_url TEXT, model TEXT, structured_output TEXT NOT NULL, updated_at TEXT NOT NULL,"
    " PRIMARY KEY (base_url, model)) WITHOUT ROWID",
    # `summarizer run`: what was fetched from each address (validators for a conditional GET, the
    # article it gave), the history of runs, and each digest delivered per period and channel.
    """
    CREATE TABLE fetched (
        url           TEXT PRIMARY KEY,
        etag          TEXT,
        last_modified TEXT,
        article_id    TEXT,
        error         TEXT,
        fetched_at    TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE runs (
        id         INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at   TEXT,
        status     TEXT NOT NULL DEFAULT 'running',
        month      TEXT,
        summary    TEXT NOT NULL DEFAULT '{}'
    );
    ALTER TABLE articles ADD COLUMN hint TEXT;
    CREATE TABLE deliveries (
        period     TEXT NOT NULL,
        channel    TEXT NOT NULL,
        status     TEXT NOT NULL,
        attempts   INTEGER NOT NULL DEFAULT 0,
        error      TEXT,
        run_id     INTEGER,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (period, channel)
    ) WITHOUT ROWID;
    """,
    # "passages": the full-text index `summarizer ask` searches (search.py), filled from what is stored.
    search.MIGRATION,
]
DB_VERSION = len(MIGRATIONS)
# The first version with calls.answer and the extractions table (found, not counted: merges append).
OUTCOMES_VERSION = next(i + 1 for i, m in enumerate(MIGRATIONS) if "CREATE TABLE extractions" in m)
HINT_VERSION = next(i + 1 for i, m in enumerate(MIGRATIONS) if "ADD COLUMN hint" in m)
ERROR_CHARS = 1000  # of a failed extraction's error kept
# Tables and columns that make a database without APPLICATION_ID one of ours (made before version 3).
OUR_COLUMNS = {
    "articles": {"id", "source", "title", "published", "text", "warnings", "ingested_at"},
    "reports": {"article_id", "backend", "model", "prompt_version", "schema_version", "report"},
}
NO_DATABASE = "không có cơ sở dữ liệu (chưa lưu bài viết nào; chạy 'summarizer ingest' hoặc 'digest' trước)"


class StoreError(Exception):
    pass


@dataclass(frozen=True)
class CachedAnswer:
    """What a model answered to one request, and the tokens that answer cost when it was asked."""

    content: str
    input_tokens: int | None = None
    output_tokens: int | None = None


@dataclass(frozen=True)
class BatchRequest:
    """One line of a submitted batch: which chunk of which article it asks about, and the hash of
    the request (the answer cache's key)."""

    custom_id: str
    article_id: str
    chunk: int
    request_key: str


@dataclass(frozen=True)
class Batch:
    """A batch recorded in the store; `remote_id` is None until the provider has confirmed it."""

    id: str
    remote_id: str | None
    input_file: str
    requests: list[BatchRequest]


@dataclass(frozen=True)
class ReportKey:
    """What makes two Reports of one article interchangeable."""

    backend: str
    model: str
    prompt_version: str
    schema_version: str

    # The key as a filter of a table with these four columns, and its parameters, in one order.
    WHERE = "backend = ? AND model = ? AND prompt_version = ? AND schema_version = ?"

    def params(self) -> tuple[str, str, str, str]:
        return (self.backend, self.model, self.prompt_version, self.schema_version)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# SQLite's primary result codes, as a user reads them; the rest keep SQLite's own words.
_SQLITE_CAUSES = {
    sqlite3.SQLITE_CORRUPT: "cơ sở dữ liệu bị hỏng; khôi phục từ bản sao lưu hoặc dùng --db khác",
    sqlite3.SQLITE_NOTADB: "không phải cơ sở dữ liệu SQLite",
    sqlite3.SQLITE_FULL: "hết dung lượng đĩa",
    sqlite3.SQLITE_BUSY: "cơ sở dữ liệu đang bị tiến trình khác khóa",
    sqlite3.SQLITE_LOCKED: "cơ sở dữ liệu đang bị tiến trình khác khóa",
    sqlite3.SQLITE_READONLY: "không có quyền ghi",
    sqlite3.SQLITE_PERM: "không có quyền ghi",
    sqlite3.SQLITE_CANTOPEN: "không mở được tệp",
    sqlite3.SQLITE_IOERR: "lỗi đọc/ghi đĩa",
}


def sqlite_cause(e: sqlite3.Error) -> str:
    """The cause of a SQLite error in Vietnamese, when there are words for it."""
    code = getattr(e, "sqlite_errorcode", None)
    return _SQLITE_CAUSES.get(code & 0xFF if code is not None else None, str(e))


def _error(path: Path, e: sqlite3.Error) -> StoreError:
    return StoreError(f"{path}: {sqlite_cause(e)}")


def _guarded(method):
    """A database error in `method` (a file damaged or a disk full long after opening) becomes a
    StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as e:
            raise _error(self.path, e) from e

    return wrapper


@dataclass(frozen=True)
class _Contents:
    """What a SQLite file holds, read before anything is written to it."""

    application_id: int
    version: int
    columns: dict[str, set[str]] | None  # None: no table at all; else columns of the OUR_COLUMNS tables

    @property
    def empty(self) -> bool:
        return self.application_id == 0 and self.version == 0 and self.columns is None

    @property
    def ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        return (
            self.application_id == 0 and self.version >= 1 and self.columns is not None
            and all(cols <= self.columns.get(t, set()) for t, cols in OUR_COLUMNS.items())
        )


def _contents(db: sqlite3.Connection) -> _Contents:
    """Read in one transaction (one snapshot), unless the caller holds one already."""
    own = not db.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        # fetchall() everywhere: a statement left unfinished would hold its read lock.
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master").fetchall()}
        columns = None
        if names:
            columns = {
                t: {r[0] for r in db.execute("SELECT name FROM pragma_table_info(?)", (t,)).fetchall()}
                for t in OUR_COLUMNS if t in names
            }
        (app_id,), = db.execute("PRAGMA application_id").fetchall()
        (version,), = db.execute("PRAGMA user_version").fetchall()
    finally:
        if own:
            db.rollback()
    return _Contents(app_id, version, columns)


def _statements(script: str) -> list[str]:
    return [s for s in script.split(";") if s.strip()]  # no migration has a ';' inside a literal


class Store:
    """One SQLite file. Every write is its own transaction, so a failure never leaves half a row.

    `readonly=True` (for commands that only read) never creates, migrates or switches the journal
    mode of a file: a missing or empty one is an error, and an older version of ours is read as it is.
    A SQLite file that is not empty and not ours is refused untouched either way.
    """

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if readonly and (not self.path.exists() or self.path.is_file() and self.path.stat().st_size == 0):
            raise StoreError(f"{self.path}: {NO_DATABASE}")
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                from .files import os_cause

                raise StoreError(f"{self.path.parent}: không tạo được thư mục ({os_cause(e)})") from None
        # mode=rw for readers, not ro: SQLite removes the -wal and -shm files when the last
        # writable connection closes, a read-only one leaves them behind. query_only keeps it a reader.
        uri = f"file:{quote(str(self.path.resolve()))}?mode={'rw' if readonly else 'rwc'}"
        try:
            self.db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
        except sqlite3.Error as e:
            raise self._open_error(e) from None
        search.register(self.db)  # the index's folding, which migrations and writes call in SQL
        try:
            contents = _contents(self.db)
            self._check(contents)
            self.version = contents.version
            if readonly:
                self.db.execute("PRAGMA query_only = ON")
            else:
                self._prepare(contents)
            self.db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as e:
            self.db.close()
            raise self._open_error(e) from None
        except StoreError:
            self.db.close()
            raise

    def _open_error(self, e: sqlite3.Error) -> StoreError:
        if self.path.is_dir():
            return StoreError(f"{self.path}: là một thư mục, không phải cơ sở dữ liệu")
        return _error(self.path, e)

    def _check(self, contents: _Contents) -> None:
        if contents.empty:
            if self.readonly:
                raise StoreError(f"{self.path}: {NO_DATABASE}")
            return
        if not contents.ours:
            raise StoreError(
                f"{self.path}: cơ sở dữ liệu SQLite của chương trình khác, không phải của summarizer;"
                " không thay đổi gì (chọn tệp khác bằng --db)"
            )
        if contents.version > DB_VERSION:
            raise StoreError(f"{self.path}: cơ sở dữ liệu thuộc phiên bản mới hơn ({contents.version} > {DB_VERSION})")

    def _prepare(self, contents: _Contents) -> None:
        """WAL mode, then the migrations this file lacks, all under one write lock."""
        self._switch_to_wal()
        # With WAL, NORMAL never corrupts the file; a power cut may lose the last commits, which a
        # rerun makes again. FULL would fsync on every logged call.
        self.db.execute("PRAGMA synchronous = NORMAL")
        if contents.version == DB_VERSION:
            return
        # Another process may be migrating the same file right now: take the write lock first (a
        # deferred transaction could not wait for it), then read the version again under it.
        self.db.execute("BEGIN IMMEDIATE")
        try:
            contents = _contents(self.db)
            self._check(contents)
            for i in range(contents.version, DB_VERSION):
                for statement in _statements(MIGRATIONS[i]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {i + 1}")
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise
        self.version = DB_VERSION

    def _switch_to_wal(self) -> None:
        # The switch needs an exclusive lock, and SQLite does not wait for it through the busy
        # timeout when another process is opening the file too: wait here, as long as it would.
        deadline = time.monotonic() + BUSY_TIMEOUT
        while self.db.execute("PRAGMA journal_mode").fetchall()[0][0] != "wal":
            try:
                self.db.execute("PRAGMA journal_mode = WAL").fetchall()
            except sqlite3.OperationalError as e:
                if e.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    raise
                time.sleep(0.005)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- articles ---

    @_guarded
    def add_article(self, article: Article) -> bool:
        """Store an article unless its text is already stored; True if it was new."""
        with self.db:
            return self._insert_article(article)

    def _insert_article(self, article: Article) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, source, title, published, text, warnings, ingested_at, hint)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.source,
                article.title,
                article.published.isoformat() if article.published else None,
                article.text,
                json.dumps(article.warnings, ensure_ascii=False),
                _now(),
                article.hint,
            ),
        )
        if cur.rowcount == 1:
            search.index_article(self.db, article.id)
        return cur.rowcount == 1

    def article(self, article_id: str) -> Article | None:
        rows = self.articles([article_id])
        return rows[0] if rows else None

    @_guarded
    def unreported(self, key: ReportKey) -> list[str]:
        """The ids of the stored articles that have no Report made the way `key` says."""
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM reports WHERE {ReportKey.WHERE}) ORDER BY source, id",
            key.params(),
        )]

    @_guarded
    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        from .schema import Article

        hint = "hint" if self.version >= HINT_VERSION else "NULL"  # an older file opened read-only
        sql = f"SELECT id, source, title, published, text, warnings, {hint} FROM articles"
        params: list[str] = []
        if ids is not None:
            params = list(ids)
            sql += f" WHERE id IN ({','.join('?' * len(params))})"
        rows = self.db.execute(sql + " ORDER BY source, id", params).fetchall()
        return [
            Article(
                id=r[0],
                source=r[1],
                title=r[2],
                published=date.fromisoformat(r[3]) if r[3] else None,
                text=r[4],
                warnings=json.loads(r[5]),
                hint=r[6],
            )
            for r in rows
        ]

    # --- reports ---

    def _add_extraction(self, article_id: str, key: ReportKey, run: str, outcome: str, error: str | None) -> None:
        self.db.execute(
            "INSERT INTO extractions (article_id, backend, model, prompt_version, schema_version, run, outcome,"
            " error, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, *key.params(), run, outcome,
             error[:ERROR_CHARS] if error else None, _now()),
        )

    @_guarded
    def add_failure(self, article_id: str, key: ReportKey, error: str, run: str = "") -> None:
        """Record that extracting an article the way `key` says failed, and why."""
        with self.db:
            self._add_extraction(article_id, key, run, "failed", error)

    @_guarded
    def add_report(self, report: Report, run: str = "") -> None:
        """Store a report, replacing one made the same way for the same article, and record the
        extraction's outcome (extracted, or flagged when an item is not grounded) with it."""
        period = report.period
        key = ReportKey(report.backend, report.model, report.prompt_version, report.schema_version)
        flagged = any(item.grounded is False for _, item in report.items())
        with self.db:
            self._add_extraction(report.article_id, key, run, "flagged" if flagged else "extracted", None)
            self.db.execute(
                "INSERT INTO reports (article_id, backend, model, prompt_version, schema_version,"
                " period_year, period_month, unit_name, province, report, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, backend, model, prompt_version, schema_version) DO UPDATE SET"
                " period_year = excluded.period_year, period_month = excluded.period_month,"
                " unit_name = excluded.unit_name, province = excluded.province,"
                " report = excluded.report, created_at = excluded.created_at",
                (
                    report.article_id,
                    report.backend,
                    report.model,
                    report.prompt_version,
                    report.schema_version,
                    period.year if period else None,
                    period.month if period else None,
                    report.unit.name,
                    report.unit.province,
                    report.model_dump_json(),
                    _now(),
                ),
            )
            (report_id,), = self.db.execute(
                f"SELECT id FROM reports WHERE article_id = ? AND {ReportKey.WHERE}", (report.article_id, *key.params())
            ).fetchall()
            search.index_report(self.db, report.article_id, report_id)

    @_guarded
    def report(self, article_id: str, key: ReportKey) -> Report | None:
        row = self.db.execute(
            f"SELECT report FROM reports WHERE article_id = ? AND {ReportKey.WHERE}", (article_id, *key.params()),
        ).fetchone()
        from .schema import Report

        return Report.model_validate_json(row[0]) if row else None

    @_guarded
    def reported(self, key: ReportKey) -> set[str]:
        """The articles that have a Report made the way `key` says, without reading the Reports."""
        return {r[0] for r in self.db.execute(f"SELECT article_id FROM reports WHERE {ReportKey.WHERE}", key.params())}

    @_guarded
    def reports(
        self,
        key: ReportKey | None = None,
        year: int | None = None,
        month: int | None = None,
        article_ids: Iterable[str] | None = None,
        by: str = "reviewed",
    ) -> list[Report]:
        """Reports filtered by how they were made, by the month their period ends (by="meeting": the
        month their meeting was held), and by article.

        Without a key, the newest report of each article is returned.
        """
        where, params = [], []
        if key:
            where.append(ReportKey.WHERE)
            params += key.params()
        else:
            where.append("id IN (SELECT max(id) FROM reports GROUP BY article_id)")
        if by == "meeting" and year is not None and month is not None:
            where.append("substr(json_extract(report, '$.meeting_date'), 1, 7) = ?")
            params.append(f"{year:04d}-{month:02d}")
        else:
            if year is not None:
                where.append("period_year = ?")
                params.append(year)
            if month is not None:
                where.append("period_month = ?")
                params.append(month)
        if article_ids is not None:
            ids = list(article_ids)
            where.append(f"article_id IN ({','.join('?' * len(ids))})")
            params += ids
        sql = "SELECT report FROM reports WHERE " + " AND ".join(where) + " ORDER BY article_id"
        from .schema import Report

        return [Report.model_validate_json(r[0]) for r in self.db.execute(sql, params)]

    # --- calls to language models ---

    @_guarded
    def add_call(self, call: Call) -> None:
        fields = list(type(call).model_fields)
        with self.db:
            self.db.execute(
                f"INSERT INTO calls ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                [getattr(call, f) for f in fields],
            )

    @_guarded
    def calls(self, article_id: str | None = None) -> list[Call]:
        from .schema import Call

        if self.version < 2:  # a version-1 file opened read-only: no calls were logged then
            return []
        fields = list(Call.model_fields)
        # A file read as it is, made before calls kept their answer, has no such column.
        columns = [f if f != "answer" or self.version >= OUTCOMES_VERSION else "NULL" for f in fields]
        sql = f"SELECT {', '.join(columns)} FROM calls"
        rows = self.db.execute(sql + (" WHERE article_id = ?" if article_id else "") + " ORDER BY id", [article_id] if article_id else [])
        return [Call(**dict(zip(fields, row))) for row in rows]

    # --- answers of language models, by what was sent ---

    @_guarded
    def cached_answer(self, key: str) -> CachedAnswer | None:
        """The stored answer to the request hashed as `key`."""
        row = self.db.execute("SELECT content, input_tokens, output_tokens FROM responses WHERE key = ?", (key,)).fetchone()
        return CachedAnswer(*row) if row else None

    @_guarded
    def add_answer(self, key: str, model: str, answer: CachedAnswer) -> None:
        """Store the answer to the request hashed as `key`, replacing an older one."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO responses (key, model, content, input_tokens, output_tokens, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (key, model, answer.content, answer.input_tokens, answer.output_tokens, _now()),
            )

    # --- batches of requests sent through a Batch API ---

    @_guarded
    def add_batch(self, batch: Batch, endpoint: str, key: ReportKey, run: str = "") -> None:
        """Record a batch about to be created, with its requests, in one transaction."""
        with self.db:
            self.db.execute(
                "INSERT INTO batches (id, remote_id, input_file, endpoint, backend, model, prompt_version, schema_version,"
                " run, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (batch.id, batch.remote_id, batch.input_file, endpoint, key.backend, key.model, key.prompt_version,
                 key.schema_version, run, _now()),
            )
            self.db.executemany(
                "INSERT INTO batch_requests (batch_id, custom_id, article_id, chunk, request_key) VALUES (?, ?, ?, ?, ?)",
                [(batch.id, r.custom_id, r.article_id, r.chunk, r.request_key) for r in batch.requests],
            )

    @_guarded
    def set_batch_remote(self, batch_id: str, remote_id: str) -> None:
        with self.db:
            self.db.execute("UPDATE batches SET remote_id = ? WHERE id = ?", (remote_id, batch_id))

    @_guarded
    def close_batch(self, batch_id: str) -> None:
        """Mark a batch's answers as taken in: it is never polled again."""
        with self.db:
            self.db.execute("UPDATE batches SET collected_at = ? WHERE id = ?", (_now(), batch_id))

    @_guarded
    def open_batch(self, endpoint: str, key: ReportKey) -> Batch | None:
        """The batch sent to `endpoint` for Reports made the way `key` says whose answers are not taken in yet."""
        row = self.db.execute(
            f"SELECT id, remote_id, input_file FROM batches WHERE collected_at IS NULL AND endpoint = ? AND {ReportKey.WHERE}"
            " ORDER BY created_at, rowid LIMIT 1",
            (endpoint, *key.params()),
        ).fetchone()
        if row is None:
            return None
        requests = self.db.execute(
            "SELECT custom_id, article_id, chunk, request_key FROM batch_requests WHERE batch_id = ? ORDER BY rowid", (row[0],)
        ).fetchall()
        return Batch(*row, [BatchRequest(*r) for r in requests])

    # --- what model servers accept ---

    @_guarded
    def structured_output(self, base_url: str, model: str) -> str | None:
        """The structured-output method that last worked with `model` at `base_url`."""
        row = self.db.execute("SELECT structured_output FROM endpoints WHERE base_url = ? AND model = ?", (base_url, model)).fetchone()
        return row[0] if row else None

    @_guarded
    def set_structured_output(self, base_url: str, model: str, method: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO endpoints (base_url, model, structured_output, updated_at) VALUES (?, ?, ?, ?)",
                (base_url, model, method, _now()),
            )

    # --- scheduled runs: fetched addresses, run history, deliveries ---

    @_guarded
    def fetched(self, url: str) -> dict | None:
        """What the last fetch of `url` left: etag, last_modified, article_id, error."""
        row = self.db.execute("SELECT etag, last_modified, article_id, error FROM fetched WHERE url = ?", (url,)).fetchone()
        return dict(zip(("etag", "last_modified", "article_id", "error"), row)) if row else None

    @_guarded
    def set_fetched(self, url: str, etag: str | None = None, last_modified: str | None = None,
                    article_id: str | None = None, error: str | None = None) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO fetched (url, etag, last_modified, article_id, error, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
                (url, etag, last_modified, article_id, error, _now()),
            )

    @_guarded
    def add_fetched_article(self, url: str, article: Article, etag: str | None, last_modified: str | None) -> bool:
        """Store an article read from `url` and mark the address as done, in one transaction: a run
        killed in between leaves neither, and the next run fetches the page again. True if new."""
        with self.db:
            new = self._insert_article(article)
            self.db.execute(
                "INSERT OR REPLACE INTO fetched (url, etag, last_modified, article_id, error, fetched_at) VALUES (?, ?, ?, ?, NULL, ?)",
                (url, etag, last_modified, article.id, _now()),
            )
        return new

    @_guarded
    def start_run(self, month: str | None) -> int:
        with self.db:
            return self.db.execute("INSERT INTO runs (started_at, month) VALUES (?, ?)", (_now(), month)).lastrowid

    @_guarded
    def end_run(self, run_id: int, status: str, summary: dict) -> None:
        with self.db:
            self.db.execute(
                "UPDATE runs SET ended_at = ?, status = ?, summary = ? WHERE id = ?",
                (_now(), status, json.dumps(summary, ensure_ascii=False), run_id),
            )

    @_guarded
    def runs(self, limit: int = 20) -> list[dict]:
        """The newest runs first; a run that never ended (killed) keeps the status 'running'."""
        if not self.has_runs():
            return []
        rows = self.db.execute(
            "SELECT id, started_at, ended_at, status, month, summary FROM runs ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        keys = ("id", "started_at", "ended_at", "status", "month")
        return [dict(zip(keys, r[:5]), **json.loads(r[5])) for r in rows]

    @_guarded
    def delivery(self, period: str, channel: str) -> dict | None:
        row = self.db.execute(
            "SELECT status, attempts, error, updated_at FROM deliveries WHERE period = ? AND channel = ?", (period, channel)
        ).fetchone()
        return dict(zip(("status", "attempts", "error", "updated_at"), row)) if row else None

    @_guarded
    def set_delivery(self, period: str, channel: str, status: str, run_id: int | None, error: str | None = None) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO deliveries (period, channel, status, attempts, error, run_id, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)"
                " ON CONFLICT (period, channel) DO UPDATE SET status = excluded.status, attempts = attempts + 1,"
                " error = excluded.error, run_id = excluded.run_id, updated_at = excluded.updated_at",
                (period, channel, status, error, run_id, _now()),
            )

    def has_runs(self) -> bool:
        """Whether the file has the tables of scheduled runs (an older one opened read-only has not)."""
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'").fetchone() is not None

    @_guarded
    def usage(self, by: str = "day") -> list[dict]:
        """Per model and per day (or per run: a digest, an eval…): calls, tokens in and out, and how
        the articles' extractions ended: extracted, flagged (extracted, with items not grounded), failed.
        A call re-asked for a fixable answer is no failure: only an article's outcome says."""
        if self.version < 2:  # a version-1 file opened read-only: no calls were logged then
            return []
        group = {"day": "substr(started_at, 1, 10)", "run": "run"}[by]
        rows: dict[tuple, dict] = {}

        def row(key: tuple) -> dict:
            return rows.setdefault(key, dict(group=key[0], model=key[1], calls=0, input_tokens=0, output_tokens=0,
                                             latency_ms=0, extracted=0, flagged=0, failed=0))

        for g, model, *counts in self.db.execute(
            f"SELECT {group}, model, sum(outcome != 'cached'), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0),"
            f" sum(latency_ms) FROM calls GROUP BY {group}, model"
        ):
            row((g, model)).update(zip(("calls", "input_tokens", "output_tokens", "latency_ms"), counts))
        if self.version >= OUTCOMES_VERSION:
            group = {"day": "substr(finished_at, 1, 10)", "run": "run"}[by]
            maker = "coalesce(nullif(model, ''), backend)"  # the rules backend has no model
            for g, model, *counts in self.db.execute(
                f"SELECT {group}, {maker}, sum(outcome = 'extracted'), sum(outcome = 'flagged'),"
                f" sum(outcome = 'failed') FROM extractions GROUP BY {group}, {maker}"
            ):
                row((g, model)).update(zip(("extracted", "flagged", "failed"), counts))
        return [rows[k] for k in sorted(rows, key=lambda k: (k[0] or "", k[1]))]

    @_guarded
    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "reports": one("SELECT count(*) FROM reports"),
            "units": one("SELECT count(DISTINCT coalesce(province, '') || '/' || unit_name) FROM reports WHERE unit_name IS NOT NULL"),
            "periods": one("SELECT count(DISTINCT period_year * 100 + period_month) FROM reports WHERE period_year IS NOT NULL"),
        }

    @_guarded
    def article_rows(self) -> list[dict]:
        """What `summarizer list` shows of each article, from its newest Report, in one query.

        The Reports are read by SQLite's JSON functions, not validated through pydantic: listing a big
        store stays one pass and needs no model import.
        """
        # An article without a Report failed if its last extraction did, else was never tried.
        last, join = "NULL, NULL", ""
        if self.version >= OUTCOMES_VERSION:
            last = "e.outcome, e.error"
            join = " LEFT JOIN extractions e ON e.id = (SELECT max(id) FROM extractions WHERE article_id = a.id)"
        rows = self.db.execute(
            "SELECT a.id, a.source, a.title, json_extract(r.report, '$.unit.name', '$.unit.level', '$.unit.province',"
            " '$.period.kind', '$.period.year', '$.period.month', '$.period.quarter', '$.meeting_date'),"
            f" {last}, json_array_length(r.report, '$.achievements'), json_array_length(r.report, '$.shortcomings'),"
            " json_array_length(r.report, '$.next_tasks')"
            " FROM articles a LEFT JOIN reports r ON r.id = (SELECT max(id) FROM reports WHERE article_id = a.id)"
            f"{join} ORDER BY a.source, a.id"
        )
        out = []
        for id_, source, title, meta, outcome, error, *counts in rows:
            row = {"id": id_, "source": source, "title": title, "status": "pending", "error": None,
                   "unit": None, "period": None, "meeting_date": None, "counts": None}
            if meta is None and outcome == "failed":
                row["status"], row["error"] = "failed", error
            if meta is not None:
                row["status"] = "extracted"
                name, level, province, kind, year, month, quarter, meeting = json.loads(meta)
                row["unit"] = {"name": name, "level": level, "province": province}
                row["period"] = {"kind": kind, "year": year, "month": month, "quarter": quarter} if kind else None
                row["meeting_date"] = meeting
                row["counts"] = dict(zip(("achievements", "shortcomings", "next_tasks"), counts))
            out.append(row)
        return out
