"""Grounding: every quote must be in the article and every figure in its quote, whoever extracted them."""

from __future__ import annotations

import re
from bisect import bisect_right
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
    return _loose_find(quote, text)


def _lower(s: str) -> str:
    """`s` in lower case, character for character (the rare letter that lowers to two stays as is)."""
    low = s.lower()
    return low if len(low) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


_SPACE_RUN = re.compile(r"\s+")


def _loose_find(quote: str, text: str) -> tuple[int, int] | None:
    """The first place where the words of `quote` stand in `text`, ignoring case and how much space
    parts them. Linear: str.find in a lower-case copy of `text` with each run of spaces made one
    space (a regex of the words joined by \\s+ would be tried again at every character)."""
    needle = " ".join(_lower(quote).split())
    low = _lower(text)
    # Offsets in the copy from starts[k] on are removed[k + 1] short of those in `text`.
    starts, removed = [], [0]
    for m in _SPACE_RUN.finditer(low):
        starts.append(m.start() - removed[-1] + 1)
        removed.append(removed[-1] + m.end() - m.start() - 1)
    at = _SPACE_RUN.sub(" ", low).find(needle)
    if at < 0:
        return None
    last = at + len(needle) - 1
    return at + removed[bisect_right(starts, at)], last + removed[bisect_right(starts, last)] + 1


def _figure_values(quote: str) -> set[float]:
    values: set[float] = set()
    for f in find_figures(quote):
        values.add(f.value)
        if f.plan is not None:
            values.add(f.plan)
    return values


def metric_problems(metric: Metric, values: set[float]) -> list[str]:
    """The numbers of a metric that are not among `values`, the figures of its quote."""
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
        values = _figure_values(evidence)  # once: a long quote has many figures and as many metrics
        for metric in item.metrics:
            problems += metric_problems(metric, values)
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
