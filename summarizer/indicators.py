"""Key indicators: the figures units report that can be set side by side (budget revenue, disbursement,
forest planting…), each with the period it covers, read from the items' metrics."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import period_label
from .schema import FigurePeriod, Item, Metric, Period
from .text import match_key

_MONEY = ("tỷ đồng", "triệu đồng", "tỷ", "nghìn đồng", "đồng", "%")


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    pattern: re.Pattern
    units: tuple[str, ...]
    plan_word: str = "kế hoạch"


def _indicator(key: str, label: str, pattern: str, units: tuple[str, ...], plan_word: str = "kế hoạch") -> Indicator:
    return Indicator(key, label, re.compile(pattern), units, plan_word)


# In the order of an official report; the first whose words and unit fit a figure takes it.
INDICATORS = (
    _indicator("budget_revenue", "Thu ngân sách nhà nước", r"\bthu ngân sách|\bthu nsnn\b|\btổng thu\b", _MONEY, "dự toán"),
    _indicator("industrial_output", "Giá trị sản xuất công nghiệp", r"giá trị sản xuất công nghiệp|giá trị công nghiệp", _MONEY),
    _indicator("disbursement", "Giải ngân vốn đầu tư công", r"giải ngân", _MONEY),
    _indicator("forest_planting", "Trồng rừng", r"trồng rừng|trồng (?:mới |được )*[\d.,]+ ?ha rừng|rừng trồng", ("ha", "%")),
    _indicator("new_enterprises", "Doanh nghiệp thành lập mới", r"doanh nghiệp (?:thành lập )?mới|thành lập (?:mới )?(?:được )?[\d.,]* ?doanh nghiệp", ("doanh nghiệp", "%")),
    _indicator("jobs", "Giải quyết việc làm", r"việc làm", ("lao động", "người", "lượt người", "%")),
    _indicator("new_party_members", "Kết nạp đảng viên mới", r"kết nạp", ("đảng viên", "%")),
    _indicator("files_on_time", "Hồ sơ thủ tục hành chính giải quyết đúng hạn", r"đúng hạn|trước hạn", ("%", "hồ sơ")),
)
BY_KEY = {i.key: i for i in INDICATORS}

# What period a figure covers, as the words before it say; the last one before the figure counts.
_PERIOD = re.compile(
    r"(?P<to_date>lũy kế|luỹ kế|từ đầu năm|đến nay|tính đến|đến ngày)"
    r"|(?P<nine_months>\b(?:9|chín) tháng)"
    r"|(?P<half>\b(?:6|sáu) tháng)"
    r"|(?P<quarter>\bqu[ýí]\b(?: (?P<q>iv|i{1,3}|[1-4])\b)?)"
    r"|(?P<year>\bcả năm\b|\btrong năm\b)"
    r"|(?P<month>\btrong tháng\b|\btháng (?P<m>\d{1,2})\b(?! năm))"
)
# A metric whose own words only say its period ("lũy kế 9 tháng") speaks of the item's indicator.
_ONLY_PERIOD = re.compile(r"^(?:\W|\d|lũy kế|luỹ kế|từ đầu năm|đến nay|tính đến|ngày|tháng|quý|năm|cả|trong|riêng|ước|mới|[ivx]+\b)*$")
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_WINDOW = 200

_PERIOD_WORDS = {
    "month": "tháng", "quarter": "quý", "half": "6 tháng", "nine_months": "9 tháng", "year": "năm", "to_date": "lũy kế",
}


@dataclass(frozen=True)
class Found:
    """A figure of a key indicator in one item."""

    indicator: Indicator
    metric: Metric
    period: FigurePeriod
    period_label: str


def figure_period(before: str, period: Period | None) -> tuple[FigurePeriod, str]:
    """The period a figure covers from the words before it (already match_key'd), else the report's."""
    last = None
    for last in _PERIOD.finditer(before):
        pass
    year = period.year if period else None
    if last is None:
        if period is None:
            return "unknown", "kỳ chưa rõ"
        return period.kind, period_label(period)
    kind = {"m": "month", "q": "quarter"}.get(last.lastgroup, last.lastgroup)
    if kind == "month":
        month = int(last.group("m")) if last.group("m") else (period.month if period else None)
        return "month", (f"tháng {month}/{year}" if month and year else "trong tháng")
    if kind == "nine_months":
        return kind, f"9 tháng năm {year}" if year else "9 tháng"
    if kind == "half":
        return kind, f"6 tháng năm {year}" if year else "6 tháng"
    if kind == "quarter" and last.group("q"):
        q = last.group("q")
        roman = q.upper() if q.isalpha() else ("I", "II", "III", "IV")[int(q) - 1]
        return kind, f"quý {roman}/{year}" if year else f"quý {roman}"
    if kind == "quarter" and period and period.kind == "quarter":
        return kind, period_label(period)
    if kind == "year":
        return kind, f"năm {year}" if year else "cả năm"
    return kind, _PERIOD_WORDS[kind] + (" đến nay" if kind == "to_date" else "")


def _fits(indicator: Indicator, metric: Metric) -> bool:
    return (metric.unit or "") in indicator.units


def key_figures(item: Item, period: Period | None) -> list[Found]:
    """The figures of `item` that belong to a key indicator, with the period each one covers."""
    if not item.metrics:
        return []
    text = item.evidence or item.summary
    key = match_key(text)
    found: list[Found] = []
    cursor = clause_start = 0
    current: Indicator | None = None
    for metric in item.metrics:
        raw = match_key(metric.text.split(" … ")[0]) if metric.text else ""
        at = key.find(raw, cursor, cursor + 50 * _WINDOW) if raw else -1
        if at < 0:
            at = cursor
        for m in _CLAUSE_BREAK.finditer(key, max(clause_start, cursor - 1), at):
            clause_start = m.end()
        # the words that say what and when a figure is stand close before it: a bounded window keeps this linear
        clause_start = max(clause_start, at - _WINDOW)
        clause = key[clause_start:at]
        own = match_key(metric.indicator)
        indicator = next((i for i in INDICATORS if i.pattern.search(own) and _fits(i, metric)), None)
        if indicator is None:
            after = key[at + len(raw) : at + len(raw) + 12].split(",")[0].split(";")[0]
            around = key[clause_start:at + len(raw)] + after  # "trồng được 1.012,7 ha rừng", not the next clause
            indicator = next((i for i in INDICATORS if i.pattern.search(around) and _fits(i, metric)), None)
        if indicator is None and current is not None and _ONLY_PERIOD.match(own) and _fits(current, metric):
            indicator = current
        if indicator is not None:
            kind, label = figure_period(clause, period)
            found.append(Found(indicator, metric, kind, label))
            current = indicator
        cursor = at + max(len(raw), 1)
    return found
