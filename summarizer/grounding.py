"""Grounding: every quote must be in the article and every figure in its quote, whoever extracted them."""

from __future__ import annotations

import re
from datetime import date

from .schema import CATEGORIES, Item, Metric, Report, ReportDraft, Unit
from .text import find_figures


def locate(quote: str, text: str, hint: int | None = None) -> tuple[int, int] | None:
    """Offsets of `quote` in `text`: exact first, then ignoring case and runs of spaces."""
    quote = quote.strip()
    if not quote:
        return None
    if hint is not None and text[hint : hint + len(quote)] == quote:
        return hint, hint + len(quote)
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _figure_values(quote: str) -> set[float]:
    values: set[float] = set()
    for f in find_figures(quote):
        values.add(f.value)
        if f.plan is not None:
            values.add(f.plan)
    return values


def metric_problems(metric: Metric, quote: str) -> list[str]:
    """The numbers of a metric that its quote does not contain."""
    values = _figure_values(quote)
    wanted = [metric.value, metric.plan, metric.target_pct, metric.ratio_pct]
    wanted += [abs(metric.change_pct)] if metric.change_pct is not None else []
    return [f"số liệu {v:g} không có trong trích dẫn" for v in wanted if v is not None and v not in values]


def ground_item(item: Item, text: str) -> tuple[Item, list[str]]:
    """The item with verbatim evidence and offsets when its quote is found, and what failed."""
    problems = []
    span = locate(item.evidence, text, item.start)
    evidence = item.evidence
    if span is None:
        problems.append("trích dẫn không có trong bài viết")
        start = end = None
    else:
        start, end = span
        evidence = text[start:end]
        for metric in item.metrics:
            problems += metric_problems(metric, evidence)
    return item.model_copy(update={"evidence": evidence, "start": start, "end": end, "grounded": not problems}), problems


def ground(report: Report, text: str) -> Report:
    """Check every item of a Report against the article text; failures become warnings, not crashes."""
    updates: dict[str, list[Item]] = {}
    warnings = list(report.warnings)
    for category in CATEGORIES:
        grounded = []
        for item in getattr(report, category):
            new, problems = ground_item(item, text)
            grounded.append(new)
            warnings += [f"{category}: «{item.summary[:60]}»: {p}" for p in problems]
        updates[category] = grounded
    return report.model_copy(update={**updates, "warnings": warnings})


def draft_problems(draft: ReportDraft, text: str, published: date | None = None, check_unit: bool = True) -> list[str]:
    """What is wrong with a model's draft of `text`, worded for the model to fix: quotes not in the
    text, figures not in their quotes, a unit the gazetteer does not know or the text does not name."""
    from . import periods, units

    problems = []
    for category in CATEGORIES:
        for i, d in enumerate(getattr(draft, category)):
            _, found = ground_item(Item(**d.model_dump()), text)
            problems += [f"{category}[{i}] «{d.evidence[:80]}»: {p}" for p in found]
    if check_unit and draft.unit.name:
        _, meeting, _ = periods.check(draft.period, draft.meeting_date, text, published)
        _, found = units.check_unit(Unit(**draft.unit.model_dump()), text, meeting)
        problems += [f"unit: {p}" for p in found]
    return problems
