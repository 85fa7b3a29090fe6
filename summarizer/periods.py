"""Reviewed periods and meeting dates as Vietnamese articles write them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass
from datetime import date

from .labels import date_label, period_label  # defined there so that `summarizer list` needs no pydantic
from .schema import Period

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:\s*(?:[-/]|,?\s*năm)\s*(?P<{}>(?:19|20)\d\d))?"
_MENTION = re.compile(
    rf"""(?<!\w)(?:
        (?:9|09|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?{_YEAR.format('y9')}(?!\s+cuối)
      | (?:6|06|sáu)\s+tháng\s+(?P<half>đầu|cuối)\s+năm{_YEAR.format('y6')}
      | quý\s+(?P<q>IV|III|II|I|[1-4])(?!\w){_YEAR.format('yq')}
      | tháng\s+(?P<m>1[0-2]|0?[1-9])(?![\d,.]\d|\s*(?:tháng|năm\s+(?!(?:19|20)\d\d))){_YEAR.format('ym')}
      | (?P<yword>năm)\s+(?P<y>(?:19|20)\d\d)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# What precedes a period mention says whether it is the period reviewed or the one planned.
_REVIEW_CUE = re.compile(
    r"đánh giá|kết quả|sơ kết|tổng kết|thực hiện (?:các )?(?:nhiệm vụ|chỉ tiêu)|tình hình|qua", re.IGNORECASE
)
_NEXT_CUE = re.compile(
    r"triển khai|phương hướng|nhiệm vụ|kế hoạch|đề ra|mục tiêu|giải pháp|chuẩn bị|(?:những|các) tháng (?:còn lại|cuối)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    kind: str
    number: int
    year: int | None
    start: int
    end: int
    role: str  # "review", "next" or "plain"


def _role(before: str) -> str:
    best, role = (-1, 0), "plain"
    for cue, name in ((_REVIEW_CUE, "review"), (_NEXT_CUE, "next")):
        for m in cue.finditer(before):
            rank = (m.end(), len(m.group(0)))
            if rank > best:
                best, role = rank, name
    return role


def find_mentions(text: str) -> list[Mention]:
    """Every period mention with the role its context gives it."""
    out = []
    for m in _MENTION.finditer(text):
        g = m.groupdict()
        if g["q"]:
            kind, number, year = "quarter", _ROMAN.get(g["q"].lower()) or int(g["q"]), g["yq"]
        elif g["half"]:
            kind, number, year = "half", 6 if g["half"].lower() == "đầu" else 12, g["y6"]
        elif g["m"]:
            kind, number, year = "month", int(g["m"]), g["ym"]
        elif g["yword"]:
            kind, number, year = "year", 12, g["y"]
        else:
            kind, number, year = "nine_months", 9, g["y9"]
        window = max(0, m.start() - 120)  # not back to the line's start: a line may hold many mentions
        before = text[max(text.rfind("\n", window, m.start()) + 1, window) : m.start()]
        out.append(Mention(kind, number, int(year) if year else None, m.start(), m.end(), _role(before)))
    return out


def _last_month(kind: str, number: int) -> int:
    """A quarter is numbered by quarter; every other kind by its last month already."""
    return number * 3 if kind == "quarter" else number


def make_period(kind: str, number: int, year: int) -> Period:
    quarter = number if kind == "quarter" else None
    return Period(kind=kind, year=year, month=_last_month(kind, number), quarter=quarter)


_MEETING = re.compile(
    r"(?:(?<!\w)(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|(?<!đến )(?<!\w)ngày\s+)"
    r"(?P<d>[0-3]?\d)\s*(?:[/-]|\s+tháng\s+)(?P<m>1[0-2]|0?[1-9])(?:\s*(?:[/-]|,?\s+năm\s+)(?P<y>(?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DayMonth:
    day: int
    month: int
    year: int | None


def meeting_days(text: str) -> Iterator[tuple[DayMonth, str]]:
    """Each 'Sáng 10/10', 'ngày 09/3/2023', 'Ngày 6-4', 'ngày 26 tháng 10 năm 2023' in the text, in
    order, with the date as written."""
    for m in _MEETING.finditer(text):
        yield DayMonth(int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None), text[m.start("d") : m.end()]


def context_year(text: str, published: date | None) -> int | None:
    """The year an article speaks of: one written with a period ('tháng 11 năm 2020'), else the
    first year it writes, else its publication year."""
    dated = [m for m in find_mentions(text) if m.year]
    dated.sort(key=lambda m: (m.kind == "year", m.start))  # "tháng 11 năm 2020" beats "tuyển quân năm 2021"
    if dated:
        return dated[0].year
    m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
    if m:
        return int(m.group(0))
    return published.year if published else None


def opening_of(text: str, limit: int = 600) -> str:
    """Headline and first paragraphs: where the meeting and the reviewed period are stated."""
    lines, size = [], 0
    for line in text.split("\n"):
        lines.append(line)
        size += len(line)
        if size >= limit and len(lines) >= 2:
            break
    return "\n".join(lines)


def _valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(text: str, published: date | None = None) -> tuple[Period | None, date | None]:
    """The reviewed period and the meeting date of an article, read from its headline and opening."""
    period, meeting, _ = resolve_with_warnings(text, published)
    return period, meeting


@lru_cache(maxsize=64)  # pure; the llm backend checks a draft, then merges it: same text twice
def resolve_with_warnings(text: str, published: date | None = None) -> tuple[Period | None, date | None, tuple[str, ...]]:
    """The reviewed period and the meeting date of an article, read from its headline and opening, and
    warnings (Vietnamese) about dates it writes that do not exist.

    A day/month without a year takes it from the period, then from the article, then from the
    publication date; never from today. A date that does not exist ('31/02/2023') is skipped, with a
    warning, for the next one the opening writes.
    """
    opening = opening_of(text)
    mentions = [m for m in find_mentions(opening) if m.role != "next"]
    # A mention introduced by a review cue beats a bare one; the earliest wins among equals.
    mentions.sort(key=lambda m: (m.role != "review", m.kind == "year", m.start))
    chosen = mentions[0] if mentions else None
    fallback = context_year(text, published)

    meeting, warnings = None, []
    for day, written in meeting_days(opening):
        year = day.year
        if year is None and chosen and chosen.year:
            p_month = _last_month(chosen.kind, chosen.number)
            year = chosen.year + (1 if day.month < p_month else 0)
        year = year or fallback
        meeting = _valid_date(year or 2000, day.month, day.day)  # 2000: any day that exists in some year
        if meeting is None:
            warnings.append(f"ngày họp «{written}» không tồn tại; bỏ qua")
            continue
        if not year:
            meeting = None  # a real day, in a year nothing tells
        break

    period = None
    if chosen:
        year = chosen.year
        if year is None and meeting:
            p_month = _last_month(chosen.kind, chosen.number)
            year = meeting.year - (1 if p_month > meeting.month else 0)
        year = year or fallback
        if year:
            period = make_period(chosen.kind, chosen.number, year)
    return period, meeting, tuple(warnings)


_ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Each optional part starts with a word or a sign, so no two runs of spaces stand side by side: linear.
_YEAR_AFTER = re.compile(r"(?:\s*(?:đầu|cuối)(?!\w))?(?:\s*[-/.,])?(?:\s*của)?(?:\s*năm)?\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _period_heads(period: Period) -> re.Pattern:
    """The ways a text may write `period` before its year, the parser's and a few it misreads
    ("6 tháng năm 2024" without "đầu", "quý 3")."""
    if period.kind == "month":
        head = rf"(?<!\d\s)tháng\s+0?{period.month}(?![\d,.]\d|\d)"  # not the month of a date, "ngày 8 tháng 10"
    elif period.kind == "quarter":
        head = rf"quý\s+(?:{_ROMAN_OF[period.quarter or period.month // 3]}|0?{period.quarter or period.month // 3})(?!\w)"
    elif period.kind == "half":
        head = r"(?:6|06|sáu)\s+tháng\s+cuối" if period.month == 12 else r"(?:6|06|sáu)\s+tháng(?:\s+đầu)?(?!\s+cuối|\s*\d{1,2}(?!\d))"
    elif period.kind == "nine_months":
        head = r"(?:9|09|chín)\s+tháng(?:\s+đầu)?(?!\s+cuối|\s*\d{1,2}(?!\d))"  # not "ngày 9 tháng 10"
    else:
        head = r"(?:cả\s+|trong\s+)?năm(?=\s*(?:19|20)\d\d)"
    return re.compile(rf"(?<!\w){head}", re.IGNORECASE)


def _likely_years(text: str, published: date | None, *known: date | Period | None) -> set[int]:
    """Years a day or period written without one can be in: the article's, its publication's, those
    the parser read, and the year after each (a year-end review is held in January)."""
    years = {context_year(text, published), published.year if published else None}
    years |= {k.year for k in known if k is not None}
    return {y + d for y in years if y for d in (0, 1)}


def _mentions_period(text: str, period: Period, years: set[int]) -> bool:
    """True when the text writes `period` somewhere not as the next period to plan ('9 tháng năm
    2023', 'quý III', 'tháng 8/2023', '6 tháng năm 2024'); without a year, when its year is likely."""
    for m in _period_heads(period).finditer(text):
        written = _YEAR_AFTER.match(text, m.end())
        year = int(written["y"]) if written else None
        if year != period.year and not (year is None and period.year in years):
            continue
        window = max(0, m.start() - 120)
        if _role(text[max(text.rfind("\n", window, m.start()) + 1, window) : m.start()]) != "next":
            return True
    return False


def _mentions_day(text: str, day: date, years: set[int]) -> bool:
    """True when the text writes `day` ('8/10', '8.10', '8-10', 'ngày 8 tháng 10', '08/10/2023'):
    with its year, or without one when the year is likely."""
    pattern = (
        rf"(?<![\d.,/])0?{day.day:d}\s*(?:[/.-]\s*|tháng\s+)0?{day.month:d}(?!\d|,\d)"
        r"(?:\s*(?:[/.,-]\s*)?(?:năm\s*)?(?P<y>(?:19|20)\d\d)(?!\d))?"
    )
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if int(m["y"]) == day.year if m["y"] else day.year in years:
            return True
    return False


def check(
    period: Period | None, meeting: date | None, text: str, published: date | None = None
) -> tuple[Period | None, date | None, list[str]]:
    """A period and meeting date proposed by a backend, checked against what the text says.

    A proposal the text supports is kept, whatever the parser reads; one it does not is replaced
    by the parser's reading, with a warning. A missing one is filled by the parser.
    """
    found_period, found_meeting, read = resolve_with_warnings(text, published)
    warnings: list[str] = []
    years = _likely_years(text, published, found_period, found_meeting)  # not the proposal's own
    if period is not None and period != found_period and not _mentions_period(text, period, years):
        warnings.append(f"kỳ đánh giá do mô hình đề xuất ({period_label(period)}) không có trong bài viết; dùng «{period_label(found_period)}»")
        period = None
    if meeting is not None and meeting != found_meeting and not _mentions_day(text, meeting, years):
        warnings.append(f"ngày họp do mô hình đề xuất ({date_label(meeting)}) không có trong bài viết; dùng «{date_label(found_meeting)}»")
        meeting = None
    if period is None or meeting is None:  # the parser's reading is used: so are its notes
        warnings = list(read) + warnings
    return period or found_period, meeting or found_meeting, warnings
