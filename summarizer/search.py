"""The full-text index of the store: passages (items of Reports, sentences of articles) in SQLite FTS5.

Vietnamese is matched on folded syllables: lower case, no tone marks or other diacritics, đ as d,
so "thu ngan sach Na Ri" finds "thu ngân sách … Na Rì", and "hoà" finds "hòa" (FTS5's own
remove_diacritics keeps đ, and NFC keeps the two tone placements apart). Syllables are the tokens:
word segmenters split administrative terms wrongly, syllables never do. Words of two syllables are
ranked by adjacency in the passage (ask._relevant), not indexed as pair tokens: bench/ask.py
measured pair tokens doubling the index's size and build time for the same answers.

The folding runs in Python, registered as SQL functions on each connection of the store
(`register`), so that the migration that creates the index backfills it in SQL, and storing an
article or a Report updates it in the same transaction through the very same statements.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property


_SYLLABLE = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """`text` for matching: lower case, without diacritics, đ as d; 'Hoà Bình' -> 'hoa binh'.

    Vietnamese letters decompose into an ASCII letter and combining marks, which the ASCII encoding
    drops; so are other characters outside ASCII (symbols, other scripts), which no syllable holds."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def syllables(text: str | None) -> list[str]:
    return _SYLLABLE.findall(fold(text))


def terms(text: str | None) -> str:
    """What the index holds of a passage: its folded syllables, in order."""
    return " ".join(syllables(text))


def sentences_json(text: str) -> str:
    """The sentences of an article as JSON [[start, end, sentence], …], for the SQL that indexes them."""
    from .text import sentence_spans  # (here: `summarizer list` opens the store and never reads a text)

    return json.dumps([[a, b, text[a:b]] for a, b in sentence_spans(text)], ensure_ascii=False)


def register(db: sqlite3.Connection) -> None:
    """The functions the index's SQL calls, on one connection (each connection needs its own)."""
    db.create_function("summarizer_fold", 1, fold, deterministic=True)
    db.create_function("summarizer_terms", 1, terms, deterministic=True)
    db.create_function("summarizer_sentences", 1, sentences_json, deterministic=True)


# The index of one store (and the units and periods of the reports, read by `ask` on every
# question, without reading the Reports themselves). `passages` holds the grounded items of the last Report stored for each
# article and the sentences of the article that no item quotes from (all of them before it has a
# Report), each with the unit and period of that Report; `passages_fts` their folded syllables,
# under the same rowid (FTS5 keeps their positions, which rank adjacent pairs: see ask._relevant).
TABLES = """
CREATE TABLE passages (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id),
    report_id    INTEGER REFERENCES reports(id),
    category     TEXT,
    sector       TEXT,
    start        INTEGER,
    stop         INTEGER,
    quote        TEXT NOT NULL,
    summary      TEXT,
    metrics      TEXT,
    unit_key     TEXT,
    province_key TEXT,
    period_kind  TEXT,
    period_year  INTEGER,
    period_month INTEGER
);
CREATE INDEX passages_article ON passages (article_id, report_id);
CREATE INDEX passages_unit ON passages (unit_key);
CREATE INDEX reports_unit ON reports (unit_name, province, period_year, period_month);
CREATE VIRTUAL TABLE passages_fts USING fts5(terms, tokenize = "unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);
"""

# Each statement is written once and filtered by the caller: the migration runs it on every row,
# storing an article or a Report on that one.
_SENTENCES = (
    "INSERT INTO passages (article_id, start, stop, quote)"
    " SELECT a.id, json_extract(s.value, '$[0]'), json_extract(s.value, '$[1]'), json_extract(s.value, '$[2]')"
    " FROM articles a, json_each(summarizer_sentences(a.text)) s WHERE {}"
)
_ITEMS = (
    "INSERT INTO passages (article_id, report_id, category, sector, start, stop, quote, summary, metrics,"
    " unit_key, province_key, period_kind, period_year, period_month)"
    " SELECT r.article_id, r.id, c.category, json_extract(i.value, '$.sector'), json_extract(i.value, '$.start'),"
    " json_extract(i.value, '$.end'), json_extract(i.value, '$.evidence'), json_extract(i.value, '$.summary'),"
    " json_extract(i.value, '$.metrics'), summarizer_fold(r.unit_name), summarizer_fold(r.province),"
    " json_extract(r.report, '$.period.kind'), r.period_year, r.period_month"
    " FROM reports r, (SELECT 'achievements' AS category UNION ALL SELECT 'shortcomings' UNION ALL SELECT 'next_tasks') c,"
    " json_each(r.report, '$.' || c.category) i"
    " WHERE coalesce(json_extract(i.value, '$.grounded'), 1) AND {}"  # ungrounded items stay out, as in digests
)
# A sentence an item quotes from says nothing the item does not: the item is kept, with its category.
_COVERED = (
    "DELETE FROM passages WHERE report_id IS NULL AND {} AND EXISTS (SELECT 1 FROM passages i"
    " WHERE i.article_id = passages.article_id AND i.report_id IS NOT NULL AND i.start >= passages.start AND i.start < passages.stop)"
)
_SENTENCE_UNITS = (  # from any item of the article: they all hold the Report's
    "UPDATE passages SET unit_key = i.unit_key, province_key = i.province_key, period_kind = i.period_kind,"
    " period_year = i.period_year, period_month = i.period_month"
    " FROM (SELECT article_id, unit_key, province_key, period_kind, period_year, period_month FROM passages"
    " WHERE report_id IS NOT NULL AND {} GROUP BY article_id) i"
    " WHERE passages.report_id IS NULL AND passages.article_id = i.article_id"
)
_FTS = "INSERT INTO passages_fts (rowid, terms) SELECT id, summarizer_terms(quote || char(10) || coalesce(summary, '')) FROM passages WHERE {}"
# The last Report stored of each article (created_at is set again when a Report is replaced).
_LAST_REPORT = "r.id = (SELECT id FROM reports WHERE article_id = r.article_id ORDER BY created_at DESC, id DESC LIMIT 1)"

# The index of everything already stored; the migration creates the tables and runs these.
BACKFILL = [
    _SENTENCES.format("1"),
    _ITEMS.format(_LAST_REPORT),
    _COVERED.format("1"),
    _SENTENCE_UNITS.format("1"),
    _FTS.format("1"),
]
MIGRATION = ";".join([TABLES, *BACKFILL])


def index_article(db: sqlite3.Connection, article_id: str) -> None:
    """Index the sentences of a newly stored article; run inside the transaction that stored it."""
    db.execute(_SENTENCES.format("a.id = ?"), (article_id,))
    db.execute(_FTS.format("article_id = ?"), (article_id,))


def index_report(db: sqlite3.Connection, article_id: str, report_id: int) -> None:
    """Index the article again with a Report just stored in place of its earlier one: the Report's
    grounded items, the sentences they do not quote from, its unit and period on all of them. Run
    inside the transaction that stored it."""
    db.execute("DELETE FROM passages_fts WHERE rowid IN (SELECT id FROM passages WHERE article_id = ?)", (article_id,))
    db.execute("DELETE FROM passages WHERE article_id = ?", (article_id,))
    db.execute(_SENTENCES.format("a.id = ?"), (article_id,))
    db.execute(_ITEMS.format("r.id = ?"), (report_id,))
    db.execute(_COVERED.format("article_id = ?"), (article_id,))
    db.execute(_SENTENCE_UNITS.format("article_id = ?"), (article_id,))
    db.execute(_FTS.format("article_id = ?"), (article_id,))


@dataclass(frozen=True)
class Filters:
    """What a question narrows the search to; None is no restriction."""

    unit_key: str | None = None  # fold() of the unit's name
    province_key: str | None = None
    months: tuple[int, int] | None = None  # year * 12 + month - 1 of the first and last month the period may end in
    category: str | None = None
    figures: bool = False  # only passages with metrics

    def sql(self) -> tuple[str, list]:
        where, params = [], []
        if self.unit_key:
            where.append("p.unit_key = ?")
            params.append(self.unit_key)
        if self.province_key:
            where.append("p.province_key = ?")
            params.append(self.province_key)
        if self.months:
            where.append("p.period_year * 12 + p.period_month - 1 BETWEEN ? AND ?")
            params += list(self.months)
        if self.category:  # and the sentences no item quotes from
            where.append("(p.category = ? OR p.category IS NULL)")
            params.append(self.category)
        if self.figures:
            where.append("p.metrics IS NOT NULL AND p.metrics != '[]'")
        return " AND ".join(where) or "1", params


@dataclass(frozen=True)
class Passage:
    id: int
    article_id: str
    report_id: int | None
    category: str | None
    sector: str | None
    start: int | None
    stop: int | None
    quote: str
    summary: str | None
    metrics_json: str | None
    unit_key: str | None
    province_key: str | None
    period_kind: str | None
    period_year: int | None
    period_month: int | None
    sequence: str  # its folded syllables, in order

    @cached_property
    def metrics(self) -> list[dict]:  # parsed when asked for: a figure answer looks at few of its candidates
        return json.loads(self.metrics_json) if self.metrics_json else []

    @cached_property
    def terms(self) -> frozenset[str]:
        return frozenset(self.sequence.split())

    @property
    def period_end(self) -> int:
        """year * 12 + month - 1 of the month its period ends in (-1: unknown)."""
        return self.period_year * 12 + self.period_month - 1 if self.period_year and self.period_month else -1


_COLUMNS = ("p.id, p.article_id, p.report_id, p.category, p.sector, p.start, p.stop, p.quote, p.summary, p.metrics,"
            " p.unit_key, p.province_key, p.period_kind, p.period_year, p.period_month, f.terms")


def _quoted(*tokens: str) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def document_counts(db: sqlite3.Connection, words: Iterable[str]) -> dict[str, int]:
    """How many passages hold each word."""
    return {w: (db.execute("SELECT doc FROM passages_vocab WHERE term = ?", (w,)).fetchone() or (0,))[0] for w in words}


MAX_GROUPS = 40  # k-of-n word groups written out in one query; past that, the rarest words stand for them


def _at_least(db: sqlite3.Connection, words: list[str], need: int) -> str:
    """An FTS5 query for the passages holding at least `need` of `words`: the OR of every group of
    `need` words. With too many groups, the passages holding any of the len(words) - need + 1 rarest
    words, which such a passage must (the caller counts)."""
    if need <= 1:
        return " OR ".join(_quoted(w) for w in words)
    if math.comb(len(words), need) <= MAX_GROUPS:
        groups = itertools.combinations(words, need)
        return " OR ".join("(" + " AND ".join(_quoted(w) for w in g) + ")" for g in groups)
    counts = document_counts(db, words)
    return " OR ".join(_quoted(w) for w in sorted(words, key=counts.__getitem__)[: len(words) - need + 1])


def search(db: sqlite3.Connection, words: Iterable[str], filters: Filters, limit: int = 200, need: int = 1) -> list[Passage]:
    """The newest `limit` passages the filters keep that hold at least `need` of `words` (folded
    syllables), for the caller to rank; without words, every passage the filters keep.

    A unit's passages are read through its index and counted here: a few hundred. Otherwise FTS5
    finds those that write two adjacent words of the question as they stand (a word of two
    syllables: few passages, and the relevant ones), then, when they are not enough, those holding
    `need` of the words anywhere. Never ranked by FTS5's bm25: its statistics cost a pass over the
    whole list of every word (0.15 s on 700 units × 12 months), more than an answer may take."""
    words = list(dict.fromkeys(words))
    where, params = filters.sql()
    wanted = set(words)

    def enough(p: Passage) -> bool:
        return len(wanted & p.terms) >= min(need, len(wanted))

    if not words or filters.unit_key:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM passages p JOIN passages_fts f ON f.rowid = p.id WHERE {where}"
            " ORDER BY p.period_year DESC, p.period_month DESC, p.article_id, p.report_id IS NULL, p.start",
            params,
        ).fetchall()
        return [p for p in map(_passage, rows) if enough(p)][:limit]

    def matching(query: str, n: int) -> list[Passage]:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM passages_fts f JOIN passages p ON p.id = f.rowid"
            f" WHERE passages_fts MATCH ? AND {where} ORDER BY f.rowid DESC LIMIT ?",
            [query, *params, n],
        ).fetchall()
        return [p for p in map(_passage, rows) if enough(p)]

    found: list[Passage] = []
    if len(words) > 1:
        found = matching(" OR ".join(_quoted(a, b) for a, b in zip(words, words[1:])), limit)
    if len(found) < limit // 2:
        seen = {p.id for p in found}
        found += [p for p in matching(_at_least(db, words, need), limit) if p.id not in seen]
        found.sort(key=lambda p: -p.id)
    return found[:limit]


def _passage(row: tuple) -> Passage:
    return Passage(*row[:-1], row[-1] or "")
