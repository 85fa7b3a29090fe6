"""Scoring a backend against gold annotations, with the matching rule of the gold README."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .schema import CATEGORIES, Category, Item, Report


class GoldUnit(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str | None = None
    level: str | None = None
    province: str | None = None
    stated: bool | None = None


class GoldFact(BaseModel):
    model_config = ConfigDict(extra="allow")
    anchors: list[str]
    optional: bool = False


class GoldFigure(BaseModel):
    model_config = ConfigDict(extra="allow")
    value: float
    unit: str


class GoldPeriod(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: str
    year: int
    month: int
    quarter: int | None = None


class Gold(BaseModel):
    """One annotation file: what a correct extraction of one article holds."""

    model_config = ConfigDict(extra="allow")
    article: str
    unit: GoldUnit
    organ: str | None = None
    meeting_date: date | None = None
    period: GoldPeriod | None = None
    achievements: list[GoldFact] = Field(default_factory=list)
    shortcomings: list[GoldFact] = Field(default_factory=list)
    next_tasks: list[GoldFact] = Field(default_factory=list)
    metrics: list[GoldFigure] = Field(default_factory=list)


class CategoryScore(BaseModel):
    required: int = 0
    covered: int = 0
    extracted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.covered / self.required if self.required else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.extracted else None

    def __add__(self, other: CategoryScore) -> CategoryScore:
        return CategoryScore(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})


class ArticleScore(BaseModel):
    article: str
    error: str | None = None
    unit: bool = False
    province: bool = False
    period: bool = False
    meeting_date: bool = False
    categories: dict[Category, CategoryScore] = Field(default_factory=dict)
    figures_gold: int = 0
    figures_found: int = 0
    figures_extracted: int = 0
    figures_real: int = 0
    missed: dict[Category, list[list[str]]] = Field(default_factory=dict)


class Scores(BaseModel):
    articles: list[ArticleScore]

    def total(self, category: Category) -> CategoryScore:
        return sum((a.categories.get(category, CategoryScore()) for a in self.articles), CategoryScore())

    def count(self, field: str) -> int:
        return sum(bool(getattr(a, field)) for a in self.articles)

    def summary(self) -> dict:
        """Totals over all articles, micro-averaged: what the README and --json report."""
        cats = {}
        for c in CATEGORIES:
            t = self.total(c)
            cats[c] = {"recall": t.recall, "precision": t.precision, **t.model_dump()}
        fg = sum(a.figures_gold for a in self.articles)
        ff = sum(a.figures_found for a in self.articles)
        fe = sum(a.figures_extracted for a in self.articles)
        fr = sum(a.figures_real for a in self.articles)
        return {
            "articles": len(self.articles),
            "errors": sum(a.error is not None for a in self.articles),
            **{f: self.count(f) for f in ("unit", "province", "period", "meeting_date")},
            "categories": cats,
            "figures": {
                "gold": fg, "found": ff, "extracted": fe, "real": fr,
                "found_rate": ff / fg if fg else None, "real_rate": fr / fe if fe else None,
            },
        }


def gold_key(text: str) -> str:
    """The gold README's comparison: Unicode NFC, case-insensitive, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _same_name(found: str | None, gold: str | None) -> bool:
    """One name whatever its letter case ("KBang" as the gazetteer writes it, "Kbang" as the article)."""
    return found == gold or (found is not None and gold is not None and gold_key(found) == gold_key(gold))


def covers(item: Item, fact: GoldFact) -> bool:
    """An item covers a fact when every anchor is in its summary or in its evidence quote."""
    summary, evidence = gold_key(item.summary), gold_key(item.evidence)
    return all(gold_key(a) in summary or gold_key(a) in evidence for a in fact.anchors)


def report_figures(report: Report) -> list[tuple[float, str]]:
    """Every figure a Report extracted, as (value, unit): quantities, plans and percentages."""
    out = []
    for _, item in report.items():
        for m in item.metrics:
            unit = gold_key(m.unit or "")
            out.append(_in_units(m.value, unit))
            if m.plan is not None:
                out.append(_in_units(m.plan, unit))
            for pct in (m.target_pct, m.ratio_pct, m.change_pct):
                if pct is not None and not (unit == "%" and abs(pct) == m.value):
                    out.append((abs(pct), "%"))
    return out


_THOUSAND = ("nghìn ", "ngàn ")
# Short written forms of one unit: "1.250.000.000đ" is in đồng, "320tr đồng" in triệu đồng.
_SHORT_FORMS = {"đ": "đồng", "tr đồng": "triệu đồng", "tỉ đồng": "tỷ đồng"}


def _in_units(value: float, unit: str) -> tuple[float, str]:
    """A figure with its thousands multiplied out and its unit's short form written out: "34 ngàn ha" is
    the 34000 ha a gold may write, "11,9 nghìn tỷ đồng" the 11900 tỷ đồng, "1.000đ" 1000 đồng (both sides
    are read alike, so either way of writing matches)."""
    if unit.startswith(_THOUSAND):
        value, unit = value * 1000, unit.split(" ", 1)[1]
    return value, _SHORT_FORMS.get(unit, unit)


def gold_figures(gold: Gold) -> list[tuple[float, str]]:
    """The figures a gold annotation lists, read as report_figures reads a Report's."""
    return [_in_units(f.value, gold_key(f.unit)) for f in gold.metrics]


def same_figure(a: tuple[float, str], b: tuple[float, str]) -> bool:
    return abs(a[0] - b[0]) < 1e-6 * max(1.0, abs(b[0])) and a[1] == b[1]


def _same_period(found, gold: GoldPeriod | None) -> bool:
    """Kind, year and last month alike; or none found where the text names none (as a meeting date)."""
    if gold is None or found is None:
        return gold is None and found is None
    return (found.kind, found.year, found.month) == (gold.kind, gold.year, gold.month)


def score(report: Report, gold: Gold) -> ArticleScore:
    result = ArticleScore(
        article=gold.article,
        unit=_same_name(report.unit.name, gold.unit.name),
        province=_same_name(report.unit.province, gold.unit.province),
        period=_same_period(report.period, gold.period),
        meeting_date=report.meeting_date == gold.meeting_date,
    )
    for c in CATEGORIES:
        facts: list[GoldFact] = getattr(gold, c)
        items: list[Item] = getattr(report, c)
        required = [f for f in facts if not f.optional]
        missed = [f for f in required if not any(covers(i, f) for i in items)]
        result.categories[c] = CategoryScore(
            required=len(required),
            covered=len(required) - len(missed),
            extracted=len(items),
            correct=sum(any(covers(i, f) for f in facts) for i in items),
        )
        if missed:
            result.missed[c] = [f.anchors for f in missed]
    gold_figs = gold_figures(gold)
    extracted = report_figures(report)
    result.figures_gold = len(gold_figs)
    result.figures_found = sum(any(same_figure(g, e) for e in extracted) for g in gold_figs)
    result.figures_extracted = len(extracted)
    result.figures_real = sum(any(same_figure(e, g) for g in gold_figs) for e in extracted)
    return result


def load_gold(folder: Path) -> list[Gold]:
    """Every *.json annotation of a folder, in name order; a broken file raises naming itself."""
    golds = []
    for path in sorted(folder.glob("*.json")):
        try:
            golds.append(Gold.model_validate(json.loads(path.read_text(encoding="utf-8"))))
        except (ValueError, OSError) as e:
            raise ValueError(f"{path}: tệp chú giải không hợp lệ ({e})") from None
    return golds


def load_manifest(path: Path) -> dict[str, str]:
    """The `url` of each `file` of a manifest (tab- or comma-separated, with a header line): where
    each article was published. A file that is no such manifest raises, naming itself."""
    import csv

    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"{path}: không tìm thấy") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: không đọc được tệp ({getattr(e, 'strerror', None) or 'không phải UTF-8'})") from None
    rows = csv.DictReader(text.splitlines(), delimiter="\t" if "\t" in text.split("\n", 1)[0] else ",")
    if not {"file", "url"} <= set(rows.fieldnames or ()):
        raise ValueError(f"{path}: không phải tệp manifest (cần dòng tiêu đề có cột file và url)")
    return {row["file"]: row["url"] for row in rows if row.get("file") and row.get("url")}


def evaluate(
    gold_dir: Path,
    articles_dir: Path,
    backend: str = "rules",
    settings=None,
    log=None,
    cache=None,
    batch: bool = False,
    urls: dict[str, str] | None = None,
) -> Scores:
    """Extract every annotated article with `backend` and score it; an unreadable one scores zero.
    With `batch`, through the Batch API into the store `cache` (extract/batch.py: may raise BatchPending).
    `urls` (load_manifest) gives an article the address it was published at as its source, as
    reading it from there would."""
    from .extract import extract_all
    from .sources import SourceError, read_article

    golds = load_gold(gold_dir)
    results: dict[str, ArticleScore] = {}
    readable = {}
    for gold in golds:
        try:
            article = read_article(articles_dir / gold.article)
            if urls and gold.article in urls:
                article = article.model_copy(update={"source": urls[gold.article]})
            readable[gold.article] = (article, gold)
        except SourceError as e:
            results[gold.article] = ArticleScore(article=gold.article, error=str(e))
    by_id = {article.id: gold for article, gold in readable.values()}

    def done(article, report) -> None:
        gold = by_id[article.id]
        if isinstance(report, Exception):
            results[gold.article] = ArticleScore(article=gold.article, error=f"{gold.article}: {report}")
        else:
            results[gold.article] = score(report, gold)

    if batch:
        from .extract.batch import extract_batched

        extract_batched([a for a, _ in readable.values()], settings, cache, done, "eval", log=log)
    else:
        extract_all([a for a, _ in readable.values()], backend, settings, done, log, run="eval", cache=cache)
    return Scores(articles=[results[g.article] for g in golds if g.article in results])
