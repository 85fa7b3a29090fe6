"""`summarizer ask`: questions in Vietnamese over the stored Reports and articles, answered with sources.

A question is read deterministically into filters (unit, province, period, category, sector) and an
intent (figures: "thấp nhất", "cao nhất", "bao nhiêu", "dưới 50%"); the index (search.py) finds the
passages. Figure questions are answered from the stored metrics, sorted; the others, without a
model, by the matching items grouped by unit with their quotes, figures and sources; with a model,
by an answer written from the passages only, whose every citation, number and unit name is checked
against the passages it cites (re-asked once, else the extractive answer stands).
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from . import gazetteer
from .labels import date_label, unit_label
from .periods import find_mentions
from .search import Filters, Passage, document_counts, fold, search, syllables
from .text import format_number, normalize, sentence_spans

if TYPE_CHECKING:
    from .config import Settings
    from .store import Store

EVIDENCE = 8  # passages an answer quotes at most
FIGURE_ROWS = 20  # units a figure answer lists at most
FIGURE_CANDIDATES = 2000  # passages with figures a figure answer chooses from (the newest)
COVERAGE = 0.6  # share of a question's content syllables a passage must hold to count as relevant

CATEGORY_LABELS = {"achievements": "Kết quả", "shortcomings": "Hạn chế", "next_tasks": "Nhiệm vụ"}
_KIND_ORDER = {"month": 0, "quarter": 1, "half": 2, "nine_months": 3, "year": 4}

# Words of a question that are not what it asks about (accented; a question typed without
# diacritics is compared with their folded forms, less those that fold like a topic syllable).
_STOP = set(
    "những nào gì các của và là có không đã được trong về với cho thế như ra sao bao nhiêu hỏi biết liệt kê "
    "nêu gồm mấy đâu ở tại từ đến nay này đó thì mà hay hoặc cũng vẫn rồi chưa đều nhất hơn theo kỳ "
    "huyện xã tỉnh thị trấn quận phường thành phố đơn vị địa phương".split()
)
# Folded, these are also common topic syllables (vệ, thành, phố, trấn, thị, đầu): kept.
_FOLDED_STOP = {fold(w) for w in _STOP} - {"ve", "thanh", "pho", "tran", "thi", "dau"}

# Folded phrases that name a category, and that are no topic of the question.
_CATEGORY_WORDS = {
    "shortcomings": ("han che", "ton tai", "kho khan", "vuong mac", "yeu kem", "bat cap"),
    "next_tasks": ("nhiem vu", "thoi gian toi", "sap toi", "giai phap", "phuong huong", "se lam", "can lam"),
    "achievements": ("ket qua", "thanh tich", "dat duoc", "da lam"),
}
# Folded words that point at a sector (kept as topic words too).
_SECTOR_WORDS = {
    "budget": ("ngan sach", "thu chi"),
    "agriculture": ("nong nghiep", "lam nghiep", "rung", "lua", "nong thon moi", "chan nuoi", "thuy san", "ocop"),
    "industry": ("dau tu cong", "giai ngan", "cong nghiep", "xay dung co ban", "giai phong mat bang"),
    "trade": ("thuong mai", "du lich", "dich vu", "xuat khau", "ban le"),
    "environment": ("dat dai", "moi truong", "tai nguyen"),
    "society": ("giao duc", "y te", "van hoa", "viec lam", "an sinh", "hoc sinh", "bao hiem"),
    "security": ("an ninh", "quoc phong", "trat tu", "tuyen quan"),
    "governance": ("xay dung dang", "dang vien", "cai cach hanh chinh", "chuyen doi so"),
}
_LOW = ("thap nhat", "it nhat", "kem nhat", "cham nhat", "dat thap", "con thap")
_HIGH = ("cao nhat", "nhieu nhat", "lon nhat", "tot nhat", "dat cao", "dan dau")  # not "cao" alone: "nâng cao"
_HOW_MUCH = ("bao nhieu", "so lieu", "con so", "xep hang")
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_BELOW = re.compile(r"\b(?:duoi|thap hon|it hon|chua toi|chua den|<)\s*" + _NUMBER + r"\s*(%|phan tram)?")
_ABOVE = re.compile(r"\b(?:tren|cao hon|nhieu hon|vuot|>)\s*" + _NUMBER + r"\s*(%|phan tram)?")
_SINCE_NEW_YEAR = re.compile(r"\b(?:tu dau nam|dau nam den nay|tu dau nam den nay)\b")
# Period words typed without diacritics, put back so the period parser reads them: same length.
_PERIOD_WORDS = {"thang": "tháng", "quy": "quý", "nam": "năm", "dau": "đầu", "cuoi": "cuối", "sau": "sáu", "chin": "chín"}
_WORD = re.compile(r"\w+")
_YEAR_AFTER = re.compile(r"\s*((?:19|20)\d\d)(?!\d)")


class AskError(Exception):
    """A question that cannot be asked as given (a bad option value); the message says why."""


# --- what is stored ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredUnit:
    name: str
    level: str | None
    province: str | None
    months: tuple[int, ...]  # year * 12 + month - 1 of the periods its Reports end in

    @property
    def label(self) -> str:
        return unit_label(self)


@dataclass(frozen=True)
class Catalog:
    """The units and periods the store holds Reports of, read once per session."""

    units: tuple[StoredUnit, ...]
    months: tuple[int, ...]
    reports: int

    def unit_by_key(self) -> dict[str, list[StoredUnit]]:
        out: dict[str, list[StoredUnit]] = {}
        for u in self.units:
            out.setdefault(fold(u.name), []).append(u)
        return out


def catalog(store: Store) -> Catalog:
    """What the store holds: one pass over the reports' indexed columns, the JSON read once per unit."""
    db = store.db
    rows = db.execute(
        "SELECT g.unit_name, json_extract(r.report, '$.unit.level'), g.province, g.months FROM"
        " (SELECT unit_name, province, group_concat(DISTINCT period_year * 12 + period_month - 1) AS months, min(id) AS first"
        "  FROM reports WHERE unit_name IS NOT NULL GROUP BY unit_name, province) g JOIN reports r ON r.id = g.first"
    ).fetchall()
    units = tuple(
        StoredUnit(name, level, province, tuple(sorted(int(m) for m in (months or "").split(",") if m)))
        for name, level, province, months in rows
    )
    months = tuple(sorted({m for u in units for m in u.months}))
    (reports,), = db.execute("SELECT count(DISTINCT article_id) FROM reports").fetchall()
    return Catalog(units, months, reports)


def month_label(m: int) -> str:
    return f"tháng {m % 12 + 1}/{m // 12}"


# --- reading the question ----------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """A question about figures: sorted which way, and kept under or over a threshold."""

    order: str | None = None  # "asc", "desc" or None (as stored)
    below: float | None = None
    above: float | None = None
    percent: bool = False  # the threshold or the ranking is a percentage (of plan)


@dataclass
class Question:
    text: str
    words: list[str]  # folded content syllables: what is searched for
    unit: StoredUnit | None = None  # named and stored
    unit_named: str | None = None  # named, stored or not ("Huyện Chợ Đồn")
    unit_key: str | None = None  # fold() of its name
    unit_province: str | None = None  # of a unit named but not stored, from the gazetteer
    province: str | None = None
    months: tuple[int, int] | None = None
    period_text: str | None = None
    category: str | None = None
    sector: str | None = None
    figures: Figures | None = None

    def filters(self) -> Filters:
        return Filters(
            unit_key=self.unit_key,
            province_key=fold(self.province) if self.province and not self.unit else None,
            months=self.months,
            category=self.category,
        )

    def described(self) -> dict:
        return {
            "unit": self.unit.label if self.unit else self.unit_named,
            "province": self.province or (self.unit.province if self.unit else self.unit_province),
            "from": _ym(self.months[0]) if self.months else None,
            "to": _ym(self.months[1]) if self.months else None,
            "category": self.category,
            "sector": self.sector,
            "figures": asdict(self.figures) if self.figures else None,
            "words": self.words,
        }


def _ym(m: int) -> str:
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def _aligned_fold(text: str) -> str:
    """fold() character by character, so that offsets into it are offsets into `text`."""
    return "".join((fold(c) or " ")[0] for c in text)


def _restore_period_words(text: str) -> str:
    return _WORD.sub(lambda m: _PERIOD_WORDS.get(m.group(0), m.group(0)), text)


@cache
def _places() -> tuple[dict[str, list[gazetteer.Place]], dict[str, str]]:
    """Districts and provinces of the gazetteer by folded name (read once per process)."""
    g = gazetteer.load()
    districts: dict[str, list[gazetteer.Place]] = {}
    for places in g.districts.values():
        for p in places:
            districts.setdefault(fold(p.name), []).append(p)
    provinces = {fold(name): name for name in g.provinces.values()}
    return districts, provinces


def _span_months(kind: str, number: int, year: int) -> tuple[int, int]:
    last = number * 3 if kind == "quarter" else number
    first = {"month": last, "quarter": last - 2, "half": last - 5, "nine_months": 1, "year": 1}[kind]
    return year * 12 + first - 1, year * 12 + last - 1


def _year_for(kind: str, number: int, stored: tuple[int, ...]) -> int:
    """The latest stored year that has a period ending in that span; else the latest stored year."""
    years = sorted({m // 12 for m in stored}, reverse=True) or [date.today().year]
    for y in years:
        a, b = _span_months(kind, number, y)
        if any(a <= m <= b for m in stored):
            return y
    return years[0]


def parse_question(text: str, cat: Catalog) -> Question:
    """The filters and the intent of a question; what is left of it are the words searched for."""
    q = normalize(text).replace("\n", " ")
    folded = _aligned_fold(q)
    used = [False] * len(q)

    def mark(a: int, b: int) -> None:
        used[a:b] = [True] * (b - a)

    question = Question(text=q, words=[])
    # Period
    mentions = find_mentions(_restore_period_words(q))
    if mentions:
        m = mentions[0]
        end = m.end
        if m.year is None and (after := _YEAR_AFTER.match(q, end)):  # "6 tháng đầu năm 2020": the parser wants "năm năm"
            year, end = int(after[1]), after.end()
        else:
            year = m.year or _year_for(m.kind, m.number, cat.months)
        question.months = _span_months(m.kind, m.number, year)
        question.period_text = q[m.start : end]
        mark(m.start, end)
    elif s := _SINCE_NEW_YEAR.search(folded):
        year = max(cat.months) // 12 if cat.months else date.today().year
        question.months = (year * 12, year * 12 + 11)
        question.period_text = q[s.start() : s.end()]
        mark(s.start(), s.end())
    # Units and provinces: the longest names first, stored units before the gazetteer's
    stored = cat.unit_by_key()
    districts, provinces = _places()
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded)]
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            if i + n > len(tokens) or any(used[tokens[i][0] : tokens[i + n - 1][1]]):
                continue
            a, b = tokens[i][0], tokens[i + n - 1][1]
            key = " ".join(t[2] for t in tokens[i : i + n])
            written = q[a:b]
            capital = all(w[:1].isupper() for w in written.split())
            before = folded[max(0, a - 10) : a]
            level_word = re.search(r"\b(?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|tinh)\s*$", before)
            if key in stored and question.unit is None and (n > 1 or capital):
                question.unit = stored[key][0]
                question.unit_named, question.unit_key = question.unit.label, key
            elif key in provinces and question.province is None and (capital or n > 1) and (n > 1 or level_word):
                question.province = provinces[key]
            elif key in districts and question.unit is None and question.unit_named is None and capital and n > 1:
                place = districts[key][0]
                question.unit_named, question.unit_key = f"{place.level.capitalize()} {place.name}", key
                question.unit_province = place.province
            else:
                continue
            mark(a, b)
            if level_word:
                mark(a - len(before) + level_word.start(), a)
            i += n - 1
            break
        i += 1
    # Category, figures
    for category, words in _CATEGORY_WORDS.items():
        for w in words:
            if m := re.search(rf"\b{w}\b", folded):
                question.category = question.category or category
                mark(m.start(), m.end())
    low = any(re.search(rf"\b{w}\b", folded) for w in _LOW)
    high = any(re.search(rf"\b{w}\b", folded) for w in _HIGH)
    below, above = _BELOW.search(folded), _ABOVE.search(folded)
    how_much = any(re.search(rf"\b{w}\b", folded) for w in _HOW_MUCH)
    if low or high or below or above or how_much:
        # Against the plan: a threshold or a word in percent, "kế hoạch", "dự toán", or "đạt thấp/cao".
        percent = any(m and m[2] for m in (below, above)) or "%" in q or bool(re.search(r"\b(?:ke hoach|du toan)\b", folded))
        percent = percent or bool((low or high) and re.search(r"\bdat\b", folded))
        question.figures = Figures(
            order="asc" if low and not high else "desc" if high else None,
            below=float(below[1].replace(",", ".")) if below else None,
            above=float(above[1].replace(",", ".")) if above else None,
            percent=percent,
        )
        for m in [below, above]:
            if m:
                mark(m.start(), m.end())
        for w in (*_LOW, *_HIGH, *_HOW_MUCH, "ke hoach", "du toan", "dat"):
            for m in re.finditer(rf"\b{w}\b", folded):
                mark(m.start(), m.end())
    for sector, words in _SECTOR_WORDS.items():
        if any(re.search(rf"\b{w}\b", folded) for w in words):
            question.sector = sector
            break
    # What is left: the topic
    accented = any(unicodedata.decomposition(c) for c in q if c.isalpha()) or "đ" in q.lower()
    for start, end, word in tokens:
        if any(used[start:end]):
            continue
        original = q[start:end].lower()
        if (original in _STOP) if accented else (word in _FOLDED_STOP):
            continue
        question.words.append(word)
    return question


# --- the answer --------------------------------------------------------------------------------


@dataclass
class Evidence:
    """A passage an answer cites as [number]."""

    number: int
    article_id: str
    unit: str
    province: str | None
    period: str
    meeting_date: str
    source: str
    title: str | None
    category: str | None
    sector: str | None
    quote: str
    figures: list[str] = field(default_factory=list)

    def header(self) -> str:
        where = f"{self.unit} ({self.province})" if self.province else self.unit
        what = CATEGORY_LABELS.get(self.category or "", "Bài viết")
        return f"{where} — {self.period} — họp ngày {self.meeting_date} — {what}"

    def cited_as(self) -> str:
        return f"{self.unit}, họp ngày {self.meeting_date}, {self.period} — {self.source}"


@dataclass
class FigureRow:
    unit: str
    province: str | None
    indicator: str
    figure: str
    value: float | None  # what the rows are sorted by
    period: str
    source: int  # the Evidence number


@dataclass
class Answer:
    question: str
    filters: dict
    kind: str  # "figures", "passages" or "not_found"
    text: str
    backend: str
    evidence: list[Evidence] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings: a model answer rejected, a model not reached

    @property
    def found(self) -> bool:
        return self.kind != "not_found"

    def as_json(self) -> dict:
        return asdict(self)


def _metric_label(m: dict) -> str:
    from .metrics import metric_label
    from .schema import Metric

    return metric_label(Metric.model_validate(m))


def _need(words: list[str]) -> int:
    return max(1, math.ceil(COVERAGE * len(set(words))))


def _find(store: Store, words: list[str], filters: Filters, limit: int) -> list[tuple[float, Passage]]:
    """The relevant passages, with the share of the words they hold, best first."""
    return _relevant(search(store.db, words, filters, limit, _need(words)), words, document_counts(store.db, words))


def _relevant(passages: list[Passage], words: list[str], counts: dict[str, int] | None = None) -> list[tuple[float, Passage]]:
    """Passages holding enough of the question's words, with the share they hold; best first: by
    that share, then by the question's words of two syllables they write as such, then by the
    rarity of the words they hold (a rare word says more than "công" or "tác")."""
    if not words:
        return [(1.0, p) for p in passages]
    wanted = set(words)
    need = _need(words)
    pairs = [f" {a} {b} " for a, b in zip(words, words[1:])]
    weight = {w: 1 / math.log(2 + (counts or {}).get(w, 0)) for w in wanted}

    def rank(p: Passage) -> tuple:
        padded = f" {p.sequence} "
        held = wanted & p.terms
        return (-len(held), -sum(pair in padded for pair in pairs), -sum(weight[w] for w in held))

    def enough(p: Passage) -> bool:  # words scattered over a long sentence are no answer: a pair, or all of them
        held = len(wanted & p.terms)
        return held >= need and (held == len(wanted) or not pairs or any(pair in f" {p.sequence} " for pair in pairs))

    kept = [p for p in passages if enough(p)]
    return [(len(wanted & p.terms) / len(wanted), p) for p in sorted(kept, key=rank)]


def _distinct(ranked: list[tuple[float, Passage]], sector: str | None) -> list[Passage]:
    """The passages in order, the same quote once; among equally relevant ones, those of the
    question's sector first, then items before sentences."""
    seen: set[str] = set()
    out = []
    ranked = sorted(ranked, key=lambda sp: (-sp[0], sp[1].sector != sector if sector else False, sp[1].report_id is None))
    for _, p in ranked:
        key = fold(p.quote)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _meta(store: Store, article_ids: list[str]) -> dict[str, dict]:
    """Unit, period and meeting date (of the Report indexed) and the source of each article."""
    from types import SimpleNamespace

    from .labels import period_label

    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    rows = store.db.execute(
        "SELECT a.id, a.source, a.title, json_extract(r.report, '$.unit.name', '$.unit.level', '$.unit.province',"
        " '$.period.kind', '$.period.year', '$.period.month', '$.period.quarter', '$.meeting_date')"
        " FROM articles a LEFT JOIN reports r ON r.id = (SELECT report_id FROM passages WHERE article_id = a.id AND report_id IS NOT NULL LIMIT 1)"
        f" WHERE a.id IN ({marks})",
        article_ids,
    ).fetchall()
    out = {}
    for id_, source, title, meta in rows:
        name, level, province, kind, year, month, quarter, meeting = json.loads(meta) if meta else [None] * 8
        unit = SimpleNamespace(name=name, level=level)
        period = SimpleNamespace(kind=kind, year=year, month=month, quarter=quarter) if kind else None
        out[id_] = {
            "unit": unit_label(unit), "province": province, "period": period_label(period),
            "meeting_date": date_label(date.fromisoformat(meeting) if meeting else None),
            "source": source, "title": title,
        }
    return out


def _evidence(store: Store, passages: list[Passage]) -> list[Evidence]:
    meta = _meta(store, list(dict.fromkeys(p.article_id for p in passages)))
    out = []
    for p in passages:
        m = meta[p.article_id]
        out.append(Evidence(
            len(out) + 1, p.article_id, m["unit"], m["province"], m["period"], m["meeting_date"], m["source"], m["title"],
            p.category, p.sector, p.quote, [_metric_label(x) for x in p.metrics],
        ))
    return out


def _grouped(evidence: list[Evidence]) -> list[Evidence]:
    """The passages of one unit and meeting together (in the order their best one ranks), numbered in that order."""
    groups: dict[str, list[Evidence]] = {}
    for e in evidence:
        groups.setdefault(e.article_id, []).append(e)
    ordered = [e for group in groups.values() for e in group]
    for i, e in enumerate(ordered, 1):
        e.number = i
    return ordered


def _render_passages(evidence: list[Evidence]) -> str:
    """The extractive answer: the passages grouped by unit, each with its quote, figures and [n]."""
    groups: dict[tuple, list[Evidence]] = {}
    for e in evidence:
        groups.setdefault((e.unit, e.province, e.period, e.meeting_date), []).append(e)
    lines = []
    for (unit, province, period, meeting), items in groups.items():
        lines.append(f"{unit}{f' ({province})' if province else ''} — {period}, họp ngày {meeting}:")
        for e in items:
            figures = f" ({'; '.join(e.figures)})" if e.figures else ""
            lines.append(f"- {CATEGORY_LABELS.get(e.category or '', 'Bài viết')}: «{e.quote}»{figures} [{e.number}]")
    return "\n".join(lines)


def _sources(evidence: list[Evidence], numbers: set[int] | None = None) -> str:
    """'Nguồn:' and one line per article cited: '[1] [2] Huyện Na Rì, họp ngày 11/10/2023, 9 tháng năm 2023 — FILE'."""
    cited: dict[str, list[Evidence]] = {}
    for e in evidence:
        if numbers is None or e.number in numbers:
            cited.setdefault(e.article_id, []).append(e)
    lines = [" ".join(f"[{e.number}]" for e in group) + " " + group[0].cited_as() for group in cited.values()]
    return "Nguồn:\n" + "\n".join(lines)


def _best_metric(p: Passage, words: set[str], percent: bool) -> dict | None:
    """The metric of a passage the question asks about: most words of its indicator in the question,
    one with a percentage of plan first when the question ranks by it."""
    if not p.metrics:
        return None

    def rank(m: dict) -> tuple:
        overlap = len(words & set(_WORD.findall(fold(m.get("indicator")))))
        has_pct = m.get("target_pct") is not None or m.get("unit") == "%"
        return (has_pct if percent else False, overlap, has_pct)

    return max(p.metrics, key=rank)


def _figure_rows(store: Store, question: Question, ranked: list[tuple[float, Passage]]) -> tuple[list[FigureRow], list[Evidence]]:
    """One row per unit: the figure of its most relevant passage (then latest period, then the
    longest one ending then) that passes the question's threshold, sorted as the question says."""
    figures = question.figures or Figures()
    words = set(question.words)
    by_unit: dict[str, list[tuple[tuple, Passage]]] = {}
    for c, p in ranked:
        unit = f"{p.unit_key}|{p.province_key}" if p.unit_key else p.article_id
        by_unit.setdefault(unit, []).append(((c, p.period_end, _KIND_ORDER.get(p.period_kind or "", -1)), p))
    firsts = [max(group, key=lambda rp: rp[0])[1] for group in by_unit.values()]
    percent = figures.percent or any(m.get("target_pct") is not None for p in firsts for m in p.metrics)

    def value(m: dict) -> float | None:
        if percent:
            return m.get("target_pct") if m.get("target_pct") is not None else (m["value"] if m.get("unit") == "%" else None)
        return m.get("value")

    def passes(v: float | None) -> bool:
        if figures.below is None and figures.above is None:
            return True
        return v is not None and (figures.below is None or v < figures.below) and (figures.above is None or v > figures.above)

    rows = []
    for group in by_unit.values():
        for _, p in sorted(group, key=lambda rp: rp[0], reverse=True):
            m = _best_metric(p, words, figures.percent)
            if m is not None and passes(v := value(m)):
                rows.append((p, m, v))
                break
    reverse = figures.order == "desc"
    rows.sort(key=lambda r: (r[2] is None, -(r[2] or 0) if reverse else (r[2] or 0)))
    rows = rows[:FIGURE_ROWS]
    evidence = _evidence(store, [p for p, _, _ in rows])
    out = [FigureRow(e.unit, e.province, m.get("indicator") or "", _metric_label(m), v, e.period, e.number)
           for (p, m, v), e in zip(rows, evidence)]
    return out, evidence


def _render_figures(question: Question, rows: list[FigureRow], evidence: list[Evidence]) -> str:
    f = question.figures or Figures()
    order = {"asc": "từ thấp đến cao", "desc": "từ cao đến thấp"}.get(f.order or "", "")
    by = "theo % kế hoạch" if any(r.value is not None and "%" in r.figure for r in rows) and f.order else ""
    head = " ".join(x for x in ("Số liệu", order, by) if x)
    lines = [f"{head}:"]
    for i, r in enumerate(rows, 1):
        where = f"{r.unit} ({r.province})" if r.province else r.unit
        lines.append(f"{i}. {where}: {r.figure} — {r.period} [{r.source}]")
    return "\n".join(lines)


def _not_found(store: Store, question: Question, cat: Catalog) -> str:
    """'Không tìm thấy', what is stored, and a nearby period or unit that has an answer."""
    asked = []
    if question.unit_named:
        asked.append(question.unit_named)
    if question.province:
        asked.append(f"tỉnh {question.province}")
    if question.months:
        a, b = question.months
        asked.append(month_label(a) if a == b else f"{month_label(a)} – {month_label(b)}")
    lines = [f"Không tìm thấy nội dung phù hợp{' (' + ', '.join(asked) + ')' if asked else ''} trong dữ liệu đã lưu."]
    if cat.units:
        names = ", ".join(u.label for u in cat.units[:12]) + (f" và {len(cat.units) - 12} đơn vị khác" if len(cat.units) > 12 else "")
        span = month_label(cat.months[0]) if len(cat.months) == 1 else f"{month_label(cat.months[0])} đến {month_label(cat.months[-1])}"
        lines.append(f"Đã lưu {cat.reports} báo cáo của {len(cat.units)} đơn vị ({names}), kỳ đánh giá kết thúc từ {span}.")
    else:
        lines.append("Chưa có báo cáo nào được lưu (chạy 'summarizer digest' hoặc 'ingest' trước).")
    if question.unit_named and question.unit is None:
        lines.append(f"Chưa có báo cáo nào của {question.unit_named}.")
        province = question.unit_province or question.province
        near = [u.label for u in cat.units if province and u.province == province]
        if near:
            lines.append(f"Gợi ý: các đơn vị của tỉnh {province} đã lưu: {', '.join(near[:8])}.")
    # A nearby period, or other units, where the same words are found.
    if question.months:
        relaxed = replace(question.filters(), months=None)
        hits = _find(store, question.words, relaxed, 300)
        months = sorted({p.period_year * 12 + p.period_month - 1 for _, p in hits if p.period_year})
        if months:
            centre = (question.months[0] + question.months[1]) / 2
            near = sorted(months, key=lambda m: abs(m - centre))[:3]
            lines.append(f"Gợi ý: có nội dung phù hợp ở kỳ kết thúc {', '.join(month_label(m) for m in sorted(near))}.")
            return "\n".join(lines)
    if question.unit is not None:
        relaxed = Filters(months=question.months, category=question.category)
        hits = _find(store, question.words, relaxed, 300)
        keys = {p.article_id for _, p in hits}
        if keys:
            units = sorted({m["unit"] for m in _meta(store, list(keys)[:50]).values()})
            lines.append(f"Gợi ý: có nội dung phù hợp ở {', '.join(units[:8])}.")
    return "\n".join(lines)


_LEVEL = re.compile(r"^(?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|dac khu)\s+")


def _set_unit(question: Question, name: str, cat: Catalog) -> None:
    """The unit of --unit ('Na Rì', 'huyện Na Rì'): a stored one, else the gazetteer's district, else as written."""
    key = _LEVEL.sub("", " ".join(syllables(name)))
    stored = cat.unit_by_key().get(key)
    places = _places()[0].get(key)
    question.unit = stored[0] if stored else None
    question.unit_key = key
    if stored:
        question.unit_named, question.unit_province = stored[0].label, stored[0].province
    elif places:
        question.unit_named, question.unit_province = f"{places[0].level.capitalize()} {places[0].name}", places[0].province
    else:
        question.unit_named, question.unit_province = name.strip(), None


def _month_range(month: str | None, start: str | None, end: str | None, cat: Catalog) -> tuple[int, int] | None:
    def parse(value: str, option: str) -> int:
        try:
            y, m = (int(x) for x in value.split("-"))
            if not 1 <= m <= 12 or y < 1945:
                raise ValueError
        except ValueError:
            raise AskError(f"{option}: {value!r} không hợp lệ (cần dạng YYYY-MM, ví dụ 2023-09)") from None
        return y * 12 + m - 1

    if month and (start or end):
        raise AskError("--month: không dùng cùng --from/--to")
    if month:
        m = parse(month, "--month")
        return m, m
    if start or end:
        a = parse(start, "--from") if start else (cat.months[0] if cat.months else 0)
        b = parse(end, "--to") if end else (cat.months[-1] if cat.months else 10**6)
        if a > b:
            raise AskError(f"--from: {start} sau --to: {end}")
        return a, b
    return None


def ask(
    store: Store,
    text: str,
    settings: Settings | None = None,
    backend: str | None = None,
    month: str | None = None,
    start: str | None = None,
    end: str | None = None,
    province: str | None = None,
    unit: str | None = None,
    cat: Catalog | None = None,
) -> Answer:
    """The answer to one question over what `store` holds. Options narrow it as the question's own
    words would (and win over them). `backend`: "rules" (extractive), "llm" (written by the model
    configured in `settings`, checked) or "auto" (llm when a model is configured)."""
    cat = cat or catalog(store)
    months = _month_range(month, start, end, cat)
    chosen = (settings.chosen_backend(backend) if settings else ("rules" if backend in (None, "auto") else backend))
    if chosen not in ("rules", "llm"):
        raise AskError(f"--backend: {backend!r} không hợp lệ (chọn auto, rules hoặc llm)")
    if chosen == "llm" and not (settings and settings.model):
        raise AskError("backend llm cần tên mô hình: đặt 'model' trong summarizer.toml hoặc SUMMARIZER_MODEL")
    question = parse_question(text, cat)
    if months:
        question.months = months
    if province:
        question.province = _places()[1].get(fold(province), province)
    if unit:
        _set_unit(question, unit, cat)
    filters = question.filters()
    described = question.described()
    if question.figures:  # among the passages with figures only: on a large store they are not the top few
        with_figures = _find(store, question.words, replace(filters, figures=True), FIGURE_CANDIDATES)
        rows, evidence = _figure_rows(store, question, with_figures)
        if rows:
            text = _render_figures(question, rows, evidence) + "\n\n" + _sources(evidence)
            return Answer(question.text, described, "figures", text, "rules", evidence, rows)
    stored = not question.months or any(question.months[0] <= m <= question.months[1] for m in cat.months)
    ranked = _find(store, question.words, filters, 300) if stored else []
    if not ranked:
        return Answer(question.text, described, "not_found", _not_found(store, question, cat), chosen)
    evidence = _grouped(_evidence(store, _distinct(ranked, question.sector)[:EVIDENCE]))
    extractive = _render_passages(evidence) + "\n\n" + _sources(evidence)
    answer = Answer(question.text, described, "passages", extractive, "rules", evidence)
    if chosen == "llm":
        written, notes = _written(store, settings, question, evidence, cat)
        answer.notes += notes
        if written is not None:
            cited = {int(n) for group in _CITATION.findall(written) for n in re.findall(r"\d+", group)}
            answer.text, answer.backend = written.strip() + "\n\n" + _sources(evidence, cited), "llm"
    return answer


# --- with a model --------------------------------------------------------------------------------


ASK_PLACEHOLDERS = {"system": set(), "user": {"question", "evidence"}, "repair": {"problems"}}


@dataclass(frozen=True)
class AskPrompt:
    """prompts/ask.toml: its version, and the system, user ($question, $evidence) and repair
    ($problems) templates."""

    version: str
    templates: dict[str, str]

    def fill(self, name: str, **values: str) -> str:
        return Template(self.templates[name].strip()).substitute(values)


def load_ask_prompt(folder: Path | None = None) -> AskPrompt:
    """`folder/ask.toml` (default: the prompts shipped with the package), its templates checked as
    load_prompt checks extract.toml's."""
    from .prompts import PromptError, placeholder_problems

    if folder is None:
        from .config import default_prompts

        folder = default_prompts()
    path = Path(folder) / "ask.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        prompt = AskPrompt(str(data["version"]), {k: str(data[k]) for k in ASK_PLACEHOLDERS})
    except (OSError, tomllib.TOMLDecodeError, KeyError) as e:
        raise PromptError(f"{path}: tệp lời nhắc không hợp lệ ({type(e).__name__}: {e})") from None
    if problems := placeholder_problems(prompt.templates, ASK_PLACEHOLDERS):
        raise PromptError(f"{path}: tệp lời nhắc không hợp lệ ({'; '.join(problems)})")
    return prompt


def _evidence_block(evidence: list[Evidence]) -> str:
    blocks = []
    for e in evidence:
        figures = f"\nSố liệu: {'; '.join(e.figures)}" if e.figures else ""
        blocks.append(f"[{e.number}] {e.header()}\n«{e.quote}»{figures}")
    return "\n\n".join(blocks)


_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")


def _numbers(text: str) -> set[float]:
    from .grounding import quote_numbers

    return quote_numbers(text)


def _named_units(text: str, cat: Catalog) -> set[str]:
    """Folded names of units (stored ones and the gazetteer's districts) and provinces a text writes."""
    districts, provinces = _places()
    names = {fold(u.name) for u in cat.units} | set(provinces)
    words = _WORD.findall(fold(text))
    raw = _WORD.findall(text)
    found = set()
    for n in (4, 3, 2):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n])
            capital = i + n <= len(raw) and all(w[:1].isupper() for w in raw[i : i + n])
            if key in names or (key in districts and capital):
                found.add(key)
    return found


def check_written(answer: str, evidence: list[Evidence], cat: Catalog) -> list[str]:
    """What is wrong with a model's answer: a citation of nothing given, a claim with a figure or a
    unit name that the passages it cites do not hold (or that cites none)."""
    problems = []
    numbers = {e.number: e for e in evidence}
    if not _CITATION.search(answer):
        problems.append("câu trả lời không dẫn nguồn [n] nào")
    for line in answer.split("\n"):
        line = _LIST_MARK.sub("", line)
        for a, b in sentence_spans(line):
            claim = line[a:b]
            cited = [int(n) for group in _CITATION.findall(claim) for n in re.findall(r"\d+", group)]
            for n in cited:
                if n not in numbers:
                    problems.append(f"[{n}] không trỏ tới đoạn trích nào (chỉ có [1]–[{len(evidence)}])")
            given = [numbers[n] for n in cited if n in numbers]
            bare = _CITATION.sub(" ", claim)
            support = "\n".join(f"{e.header()}\n{e.quote}\n{'; '.join(e.figures)}" for e in given)
            missing = sorted(_numbers(bare) - _numbers(support))
            if missing:
                shown = ", ".join(format_number(v) for v in missing[:5])
                where = f"các nguồn [{', '.join(map(str, cited))}]" if given else "không nguồn nào được dẫn"
                problems.append(f"số liệu {shown} trong câu «{bare.strip()[:120]}» không có trong {where}")
            names = {n for n in _named_units(bare, cat) if n not in fold(support)}
            if names:
                where = f"các nguồn [{', '.join(map(str, cited))}]" if given else "không nguồn nào được dẫn"
                problems.append(f"đơn vị «{', '.join(sorted(names))}» trong câu «{bare.strip()[:120]}» không có trong {where}")
    return list(dict.fromkeys(problems))


ANSWER_TOKENS = 1024  # an answer's cap: a few paragraphs with citations


def _written(store: Store, settings: Settings, question: Question, evidence: list[Evidence], cat: Catalog) -> tuple[str | None, list[str]]:
    """The model's answer from `evidence`, checked (and re-asked once with what was wrong); None and
    a note saying why when it fails twice or the model cannot be reached."""
    import asyncio

    from .extract import ExtractError
    from .extract import llm

    prompt = load_ask_prompt(settings.prompts_dir)
    msgs = [
        {"role": "system", "content": prompt.fill("system")},
        {"role": "user", "content": prompt.fill("user", question=question.text, evidence=_evidence_block(evidence))},
    ]

    async def run() -> tuple[str | None, list[str]]:
        session = llm.open_session(settings, store.add_call, "ask", store)
        session.prompt = session.prompt.model_copy(update={"version": prompt.version})
        answers = []
        try:
            for attempt in range(2):
                answer = await llm.text_answer(session, msgs, "ask", settings.max_tokens or ANSWER_TOKENS)
                answers.append(answer)
                problems = check_written(answer.content, evidence, cat)
                llm.record(session, answer, problems)
                if not problems:
                    llm.keep(session, answers)
                    return answer.content, []
                if attempt == 0:
                    msgs.extend([{"role": "assistant", "content": answer.content},
                                 {"role": "user", "content": prompt.fill("repair", problems="\n".join(f"- {p}" for p in problems))}])
            return None, [f"câu trả lời của mô hình không khớp với nguồn sau 2 lần ({problems[0]}); dùng câu trả lời trích dẫn"]
        finally:
            await session.http.aclose()

    try:
        return asyncio.run(run())
    except ExtractError as e:
        return None, [f"không dùng được mô hình ({e}); dùng câu trả lời trích dẫn"]
