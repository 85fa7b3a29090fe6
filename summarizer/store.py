"""The SQLite store: articles keyed by text hash, reports keyed by how they were made."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: `summarizer list` reads the store without pydantic
    from .schema import Article, Call, Report

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
]
DB_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    pass


@dataclass(frozen=True)
class ReportKey:
    """What makes two Reports of one article interchangeable."""

    backend: str
    model: str
    prompt_version: str
    schema_version: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """One SQLite file. Every write is its own transaction, so a failure never leaves half a row."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: không phải cơ sở dữ liệu SQLite ({e})") from None
        if version > DB_VERSION:
            raise StoreError(f"{self.path}: cơ sở dữ liệu thuộc phiên bản mới hơn ({version} > {DB_VERSION})")
        self.db.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL never corrupts the file; a power cut may lose the last commits, which a
        # rerun makes again. FULL would fsync on every logged call.
        self.db.execute("PRAGMA synchronous = NORMAL")
        for i in range(version, DB_VERSION):  # each migration and its version stamp in one transaction
            self.db.executescript(f"BEGIN; {MIGRATIONS[i]}; PRAGMA user_version = {i + 1}; COMMIT;")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- articles ---

    def add_article(self, article: Article) -> bool:
        """Store an article unless its text is already stored; True if it was new."""
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO articles (id, source, title, published, text, warnings, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.source,
                    article.title,
                    article.published.isoformat() if article.published else None,
                    article.text,
                    json.dumps(article.warnings, ensure_ascii=False),
                    _now(),
                ),
            )
        return cur.rowcount == 1

    def article(self, article_id: str) -> Article | None:
        rows = self.articles([article_id])
        return rows[0] if rows else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        from .schema import Article

        sql = "SELECT id, source, title, published, text, warnings FROM articles"
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
            )
            for r in rows
        ]

    # --- reports ---

    def add_report(self, report: Report) -> None:
        """Store a report, replacing one made the same way for the same article."""
        period = report.period
        with self.db:
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

    def report(self, article_id: str, key: ReportKey) -> Report | None:
        row = self.db.execute(
            "SELECT report FROM reports WHERE article_id = ? AND backend = ? AND model = ?"
            " AND prompt_version = ? AND schema_version = ?",
            (article_id, key.backend, key.model, key.prompt_version, key.schema_version),
        ).fetchone()
        from .schema import Report

        return Report.model_validate_json(row[0]) if row else None

    def reports(
        self,
        key: ReportKey | None = None,
        year: int | None = None,
        month: int | None = None,
        article_ids: Iterable[str] | None = None,
    ) -> list[Report]:
        """Reports filtered by how they were made, by the month their period ends, and by article.

        Without a key, the newest report of each article is returned.
        """
        where, params = [], []
        if key:
            where.append("backend = ? AND model = ? AND prompt_version = ? AND schema_version = ?")
            params += [key.backend, key.model, key.prompt_version, key.schema_version]
        else:
            where.append("id IN (SELECT max(id) FROM reports GROUP BY article_id)")
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

    def add_call(self, call: Call) -> None:
        fields = list(type(call).model_fields)
        with self.db:
            self.db.execute(
                f"INSERT INTO calls ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                [getattr(call, f) for f in fields],
            )

    def calls(self, article_id: str | None = None) -> list[Call]:
        from .schema import Call

        fields = list(Call.model_fields)
        sql = f"SELECT {', '.join(fields)} FROM calls"
        rows = self.db.execute(sql + (" WHERE article_id = ?" if article_id else "") + " ORDER BY id", [article_id] if article_id else [])
        return [Call(**dict(zip(fields, row))) for row in rows]

    def usage(self, by: str = "day") -> list[dict]:
        """Calls, failures, tokens in and out per model and per day (or per run: a digest, an eval…)."""
        group = {"day": "substr(started_at, 1, 10)", "run": "run"}[by]
        rows = self.db.execute(
            f"SELECT {group}, model, count(*), sum(outcome != 'ok'), coalesce(sum(input_tokens), 0),"
            " coalesce(sum(output_tokens), 0), sum(latency_ms) FROM calls"
            f" GROUP BY {group}, model ORDER BY {group}, model"
        )
        keys = ("group", "model", "calls", "failed", "input_tokens", "output_tokens", "latency_ms")
        return [dict(zip(keys, r)) for r in rows]

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "reports": one("SELECT count(*) FROM reports"),
            "units": one("SELECT count(DISTINCT coalesce(province, '') || '/' || unit_name) FROM reports WHERE unit_name IS NOT NULL"),
            "periods": one("SELECT count(DISTINCT period_year * 100 + period_month) FROM reports WHERE period_year IS NOT NULL"),
        }

    def article_rows(self) -> list[dict]:
        """What `summarizer list` shows of each article, from its newest Report, in one query.

        The Reports are read by SQLite's JSON functions, not validated through pydantic: listing a big
        store stays one pass and needs no model import.
        """
        rows = self.db.execute(
            "SELECT a.id, a.source, a.title, json_extract(r.report, '$.unit.name', '$.unit.level', '$.unit.province',"
            " '$.period.kind', '$.period.year', '$.period.month', '$.period.quarter', '$.meeting_date'),"
            " json_array_length(r.report, '$.achievements'), json_array_length(r.report, '$.shortcomings'),"
            " json_array_length(r.report, '$.next_tasks')"
            " FROM articles a LEFT JOIN reports r ON r.id = (SELECT max(id) FROM reports WHERE article_id = a.id)"
            " ORDER BY a.source, a.id"
        )
        out = []
        for id_, source, title, meta, *counts in rows:
            row = {"id": id_, "source": source, "title": title, "unit": None, "period": None, "meeting_date": None, "counts": None}
            if meta is not None:
                name, level, province, kind, year, month, quarter, meeting = json.loads(meta)
                row["unit"] = {"name": name, "level": level, "province": province}
                row["period"] = {"kind": kind, "year": year, "month": month, "quarter": quarter} if kind else None
                row["meeting_date"] = meeting
                row["counts"] = dict(zip(("achievements", "shortcomings", "next_tasks"), counts))
            out.append(row)
        return out
