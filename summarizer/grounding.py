"""Grounding: every quote must be in the article and every figure in its quote, whoever extracted them."""

from __future__ import annotations

import re
from bisect import bisect_right

from .schema import CATEGORIES, Article, Item, Metric, Report, ReportDraft
from .text import NUMBER_WORD_INITIALS, NUMBER_WORDS


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


# A number as Vietnamese writes it: "1.804,9", "1 804,9", "1804,9", "0,5", "05"; a dotted number
# with no comma may also be an English decimal ("96.31"), so both readings are kept. After it, up
# to two multiplier words: "112 ngàn", "10 ngàn tỷ", "2,5 triệu". Each group is a fixed 3 digits
# that no digit follows, so a failed try gives back at most one group: one linear pass.
_NUMBER = re.compile(  # (the lookahead passes over a character that is no digit at once)
    r"(?=\d)(?<![\d,.])(?P<int>\d{1,3}(?:(?P<sep>[. ])\d{3}(?!\d))(?:(?P=sep)\d{3}(?!\d))*|\d+)"
    r"(?:(?P<dec>[,.])(?P<frac>\d+))?"
    r"(?P<mult>(?:\s+(?:ngàn|nghìn|ngìn|vạn|triệu|tỷ|tỉ)(?!\w)){0,2})",
    re.IGNORECASE,
)
_MULTIPLIER = {"ngàn": 1e3, "nghìn": 1e3, "ngìn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# A number spelt out before a multiplier: "gần một nghìn tỷ" is 1 (nghìn tỷ), or 1000 (tỷ).
_WORD_NUMBER = re.compile(
    rf"(?=[{NUMBER_WORD_INITIALS}])(?<!\w)(?P<word>" + "|".join(NUMBER_WORDS) + r")(?P<mult>(?:\s+(?:" + "|".join(_MULTIPLIER) + r")(?!\w)){1,2})",
    re.IGNORECASE,
)


def _key(value: float) -> float:
    return round(value, 4)


def quote_numbers(quote: str) -> set[float]:
    """Every number `quote` writes, in every reading a metric may state it in: as written and
    multiplied by the words after it ("112 ngàn" is 112 and 112000). Unit words play no part."""
    values: set[float] = set()
    spelt = [(m, [float(NUMBER_WORDS[m["word"].lower()])]) for m in _WORD_NUMBER.finditer(quote)]
    for m in _NUMBER.finditer(quote):
        whole, frac, sep = m["int"], m["frac"], m["sep"]
        readings = []
        if m["dec"] == "," or frac is None:
            readings.append(float(whole.replace(sep or " ", "") + ("." + frac if frac else "")))
        if m["dec"] == ".":  # "96.31": a decimal point, or a thousands dot ("1.804") the group rule missed
            if sep is None:
                readings.append(float(f"{whole}.{frac}"))
            if len(frac) == 3:
                readings.append(float(whole.replace(sep or " ", "") + frac))
        if sep == " ":  # "1 804" may also be two numbers, and "12 603,8" 12 and 603,8
            *first, last = whole.split(sep)
            readings += [float(part) for part in first] + [float(last + ("." + frac if m["dec"] == "," else ""))]
        elif sep == "." and frac is None and whole.count(".") == 1:  # "1.804" may be an English decimal
            readings.append(float(whole))
        spelt.append((m, readings))
    for m, readings in spelt:
        words = m["mult"].lower().split()
        for value in readings:
            values.add(_key(value))
            factor = 1.0
            for word in words:
                factor *= _MULTIPLIER[word]
                values.add(_key(value * factor))
    return values


def metric_problems(metric: Metric, values: set[float]) -> list[str]:
    """The numbers of a metric that are not among `values`, the figures of its quote."""
    wanted = [metric.value, metric.plan, metric.target_pct, metric.ratio_pct]
    wanted += [abs(metric.change_pct)] if metric.change_pct is not None else []
    return [f"số liệu {v:g} không có trong trích dẫn" for v in wanted if v is not None and _key(v) not in values]


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
        values = quote_numbers(evidence)  # once: a long quote has many figures and as many metrics
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


def verify(report: Report, article: Article) -> Report:
    """The one check every backend's Report goes through: items grounded in the article (ground),
    and the period, meeting date and unit kept when the text supports them, else replaced by what
    the parsers read, with a warning that says which (periods.check, units.check_unit)."""
    from . import periods, units

    text = article.text
    period, meeting, notes = periods.check(report.period, report.meeting_date, text, article.published)
    unit, unit_notes = units.check_unit(report.unit, text, units.as_of(meeting, period), article.source, article.hint)
    checked = ground(report, text)
    warnings = list(dict.fromkeys(checked.warnings + notes + unit_notes))  # a backend may have said it already
    return checked.model_copy(update={"period": period, "meeting_date": meeting, "unit": unit, "warnings": warnings})


def draft_problems(draft: ReportDraft, text: str) -> list[str]:
    """What is wrong with a model's draft of `text` that the model can fix, worded for it: quotes not
    in the text, figures not in their quotes. Metadata the parsers disagree with is not asked again:
    verify settles it with a warning."""
    problems = []
    for category in CATEGORIES:
        for i, d in enumerate(getattr(draft, category)):
            _, found = ground_item(Item(**d.model_dump()), text)
            problems += [f"{category}[{i}] «{d.evidence[:80]}»: {p}" for p in found]
    return problems
