"""Reviewed periods and meeting dates as Vietnamese articles write them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass, replace
from datetime import date

from .labels import date_label, period_label  # defined there so that `summarizer list` needs no pydantic
from .schema import Period
from .text import lower_in_place
from .units import REFORM_DATE

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Y = r"(?:19|20)\d\d(?!\d)"
# A year written after a period: "quý II-2023", "tháng 8/2023", "quý IV.2020", "tháng 11 năm 2020".
_YEAR = r"(?:\s*(?:[-/.]|,?\s*năm)\s*(?P<{}>" + _Y + "))?"
# (Every mention starts with a digit or one of the letters looked ahead for: the other characters are
# passed over at once, not tried against each alternative.)
_MENTION = re.compile(
    rf"""(?=[\dbcnqst])(?<!\w)(?:
        (?:9|09|chín)\s+tháng(?!\s*\d)(?:\s+đầu)?(?:\s*(?:[-/.]|,?\s*năm)\s*(?P<y9>{_Y})|(?:\s+năm)?)(?!\s+cuối)
      | (?:6|06|sáu)\s+tháng\s+(?:(?P<half>đầu|cuối)\s+năm(?:\s*[-/.,]?\s*(?P<y6>{_Y}))?|năm\s*(?P<y6n>{_Y})|(?P<h6>qua)(?!\w))
      | (?<=qua\s)(?P<h6q>6|06|sáu)\s+tháng(?!\s*\d|\s+(?:đầu|cuối|năm))
      | qu[ýí]\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w){_YEAR.format('yq')}
      | (?:3|03|ba)\s+tháng\s+(?:(?P<q3>đầu|cuối)\s+năm|(?P<q3left>còn\s+lại)(?:\s+của\s+năm)?)(?:\s*[-/.,]?\s*(?P<y3>{_Y}))?
      # the months of the year so far, as many as no quarter ends on: "5 tháng đầu năm 2021", "10 tháng năm 2022",
      # "trong 7 tháng vừa qua" (the period to the end of that month)
      | (?P<mc>1[01]|0?[2-578])\s+tháng(?:\s+đầu\s+năm(?:\s*[-/.,]?\s*(?P<ymc>{_Y}))?|\s+năm\s*(?P<ymc2>{_Y})|\s+(?:vừa\s+)?qua(?!\w))
      | (?:(?<!\d\s)|(?<=tuần\s\d\s))tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d|,\d|\.(?!{_Y})\d|\s*(?:tháng|năm\s+(?!{_Y}))){_YEAR.format('ym')}
      | (?P<yword>năm)\s+(?P<y>{_Y})(?!\s*[-–]\s*{_Y})
      | (?<=tổng\skết\s)(?P<ybare>năm)(?!\s*\d|\s+học|\w)
      | (?:(?<=đến\s)|(?<=đến\shết\s))ngày\s+(?P<qend>31\s*[-/.]\s*0?3|30\s*[-/.]\s*0?6|30\s*[-/.]\s*0?9|31\s*[-/.]\s*12)(?!\d)
        (?:\s*[-/.]\s*(?P<yqe>{_Y}))?
    )""",
    re.VERBOSE,
)  # lower case, matched on lower-cased text (find_mentions): twice as fast as ignoring case
# A crop season, which a year after it names the season of ("vụ xuân 2021"), not a period.
CROP_SEASON = r"(?<!\w)vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân|mùa|chiêm|đông|hè)"
# A year after these words is a comparison, a horizon or a date's, never the period reviewed: "so với
# cùng kỳ năm 2022", "định hướng đến năm 2030", "từ năm 2019", "ngày 26 tháng 10 năm 2023".
# The year of a crop season is the season's ("sơ kết sản xuất vụ xuân năm 2024"), not a year reviewed.
_NOT_REVIEWED_YEAR = re.compile(
    # (nor the base year of constant prices: "giá trị tổng sản phẩm theo giá so sánh năm 2010")
    r"(?:cùng kỳ|đến|tới|từ|với|trước|giá so sánh|giá cố định|\d\s*tháng\s*\d\d?,?"
    rf"|{CROP_SEASON})\s*$",
    re.IGNORECASE,
)
# What precedes a period mention says whether it is the period reviewed or the one planned. A
# clause that opens on "Trong" ("Trong tháng 4-2024, huyện đã …") tells what was done in it.
# ("thông qua" adopts: "thông qua 23 chỉ tiêu năm 2026" names the year planned, not one past)
_REVIEW_CUE = re.compile(
    # the plan's performance is a review: "tình hình thực hiện kế hoạch kinh tế - xã hội tháng 2" (ends
    # where the planning cue "kế hoạch" ends, and is longer, so it wins)
    r"(?:tình hình|kết quả)\s+thực hiện\s+(?:các\s+)?kế hoạch|"
    # the tasks of a period reviewed: "Hội nghị sơ kết nhiệm vụ quý I" (ends where the planning cue "nhiệm vụ" ends,
    # and is longer, so it wins; before the bare verbs, which would match first)
    r"(?:sơ kết|tổng kết|đánh giá|kiểm điểm)\s+(?:(?:kết quả|tình hình)\s+)?(?:thực hiện\s+)?(?:các\s+)?nhiệm vụ|"
    r"đánh giá|kết quả|sơ kết|tổng kết|thực hiện (?:các )?(?:nhiệm vụ|chỉ tiêu)|tình hình|(?<!\w)(?<!thông )qua(?!\w)|(?:\A|[.;:!?,(]\s*)trong\s*\Z"
    # the year-end session reviews its year: "Kỳ họp thứ 4, Kỳ họp thường lệ cuối năm 2025"
    r"|(?:kỳ|phiên) họp (?:thường lệ )?cuối\s*\Z",
    re.IGNORECASE,
)
_NEXT_CUE = re.compile(
    # ("bàn giải pháp thực hiện các nhiệm vụ trọng tâm trong tháng 9": the solutions for the tasks ahead,
    # longer than the review cue "thực hiện các nhiệm vụ" that ends with it, so it wins)
    r"triển khai|phương hướng|nhiệm vụ|kế hoạch|đề ra|mục tiêu"
    r"|giải pháp(?:\s+(?:để\s+)?(?:thực hiện|hoàn thành)\s+(?:tốt\s+)?(?:các\s+|những\s+)?(?:nhiệm vụ|chỉ tiêu))?|chuẩn bị|(?:những|các) tháng (?:còn lại|cuối)"
    # "Để thực hiện nhiệm vụ tháng 11", "triển khai thực hiện nhiệm vụ …": ends where the review cue
    # "thực hiện nhiệm vụ" ends, and is longer, so it wins
    r"|(?:để|nhằm|triển khai)\s+(?:thực hiện|hoàn thành)\s+(?:tốt\s+)?(?:các\s+|những\s+)?(?:nhiệm vụ|chỉ tiêu)",
    re.IGNORECASE,
)


# The period from the start of the year to a quarter's end, by the quarter's last month.
_TO_QUARTER_END = {3: ("quarter", 1), 6: ("half", 6), 9: ("nine_months", 9), 12: ("year", 12)}


@dataclass(frozen=True)
class Mention:
    kind: str
    number: int
    year: int | None
    start: int
    end: int
    role: str  # "review", "next" or "plain"


# The cues matched on lower-cased text: twice as fast as ignoring case on Vietnamese, and called at every mention.
_REVIEW_CUE_LOW = re.compile(_REVIEW_CUE.pattern)
_NEXT_CUE_LOW = re.compile(_NEXT_CUE.pattern)


def _role(before: str) -> str:
    best, role = (-1, 0), "plain"
    low = before.lower()
    for cue, name in ((_REVIEW_CUE_LOW, "review"), (_NEXT_CUE_LOW, "next")):
        for m in cue.finditer(low):
            rank = (m.end(), len(m.group(0)))
            if rank > best:
                best, role = rank, name
    return role


def find_mentions(text: str) -> list[Mention]:
    """Every period mention with the role its context gives it."""
    out = []
    for m in _MENTION.finditer(lower_in_place(text)):
        g = m.groupdict()
        window = max(0, m.start() - 120)  # not back to the line's start: a line may hold many mentions
        before = text[max(text.rfind("\n", window, m.start()) + 1, window) : m.start()]
        role = _role(before)
        if g["q"]:
            kind, number, year = "quarter", _ROMAN.get(g["q"].lower()) or int(g["q"]), g["yq"]
        elif g["q3"]:  # "3 tháng đầu năm" is the first quarter, "03 tháng cuối năm" the last
            kind, number, year = "quarter", 4 if g["q3"].lower() == "cuối" else 1, g["y3"]
        elif g["q3left"]:  # "3 tháng còn lại của năm": the last quarter, still ahead
            kind, number, year, role = "quarter", 4, g["y3"], "next"
        elif g["half"] or g["y6n"] or g["h6"] or g["h6q"]:
            kind, number, year = "half", 12 if (g["half"] or "").lower() == "cuối" else 6, g["y6"] or g["y6n"]
            if number == 12 and role != "review":
                role = "next"  # the second half is planned; a review of it is a review of the year (see _second_half)
        elif g["m"]:
            kind, number, year = "month", int(g["m"]), g["ym"]
        elif g["mc"]:
            kind, number, year = "month", int(g["mc"]), g["ymc"] or g["ymc2"]
        elif g["qend"]:  # "(ước) đến ngày 30-9": the year so far, to the end of a quarter
            kind, number, year = _TO_QUARTER_END[int(re.split(r"\D+", g["qend"])[-1])] + (g["yqe"],)
        elif g["yword"] or g["ybare"]:
            if _NOT_REVIEWED_YEAR.search(before[-20:]):
                continue
            kind, number, year = "year", 12, g["y"]
        else:
            kind, number, year = "nine_months", 9, g["y9"]
        out.append(Mention(kind, number, int(year) if year else None, m.start(), m.end(), role))
    return out


@lru_cache(maxsize=64)  # pure; a whole text's are read by resolve_with_warnings, then by check (context_year)
def _text_mentions(text: str) -> tuple[Mention, ...]:
    return tuple(find_mentions(text))


def _last_month(kind: str, number: int) -> int:
    """A quarter is numbered by quarter; every other kind by its last month already."""
    return number * 3 if kind == "quarter" else number


def mention_end(m: Mention, year: int) -> tuple[int, int]:
    """The (year, month) a mentioned period ends, `year` standing for a year it leaves out."""
    return m.year or year, _last_month(m.kind, m.number)


def make_period(kind: str, number: int, year: int) -> Period:
    quarter = number if kind == "quarter" else None
    return Period(kind=kind, year=year, month=_last_month(kind, number), quarter=quarter)


# "Sáng nay (18/12)", "Chiều qua (7/10)", "Sáng thứ Hai (9/10)", "Hôm nay 8/10", "ngày 28 - 29/12",
# "2 ngày 12 và 13-7", "Trong 2 ngày 8 & 9.7", "Trong 3 ngày (24 -26/12)", "2 ngày từ 21 - 22.7", "Trong 2 ngày 11 và 12
# tháng 7" (a meeting of days: the first).
_MEETING = re.compile(
    r"(?:(?<!\w)(?:(?:sáng|chiều|tối|trưa)\s+(?:(?:hôm\s+)?(?:nay|qua)\s*|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?"
    r"|hôm\s+(?:nay|qua)\s*)\(?(?:ngày,?\s+)?|(?<!đến )(?<!\w)ngày\s+(?:\(\s*)?(?:từ\s+(?=[0-3]?\d\s*[-–]\s*[0-3]?\d\s*[/.]))?)"
    r"(?P<d>[0-3]?\d)(?:\s*[-–]\s*[0-3]?\d(?=\s*[/.]|\s+tháng\s)|\s*(?:và|&)\s*[0-3]?\d(?=\s*[/.-]|\s+tháng\s))?\s*(?:[/.-]|\s+tháng\s+)(?P<m>1[0-2]|0?[1-9])(?:\s*(?:[/.-]|,?\s+năm\s+)(?P<y>(?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)
# When a page was published, as scraped pages write it above the article: a "date 2023-12" header,
# "21:27 27/06/2020", "15:23, 22/12/2022", "24/06/2024 - 14:58", "Cập nhật: 12/11/2021".
_PUBLISHED = re.compile(
    r"\A\s*date\s+(?P<y0>(?:19|20)\d\d)-(?P<m0>1[0-2]|0[1-9])(?!\d)"
    r"|(?<!\d)[0-2]?\d:[0-5]\d,?\s+(?P<d1>[0-3]?\d)/(?P<m1>1[0-2]|0?[1-9])/(?P<y1>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d/])(?P<d2>[0-3]?\d)/(?P<m2>1[0-2]|0?[1-9])/(?P<y2>(?:19|20)\d\d)\s*[-|,]?\s*[0-2]?\d:[0-5]\d(?!\d)"
    r"|(?:cập nhật|ngày đăng|đăng ngày)\s*:?\s*(?P<d3>[0-3]?\d)/(?P<m3>1[0-2]|0?[1-9])/(?P<y3>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(r"(?:(?<!\w)số\s*\d[\w/.-]*\s*,?|cập nhật|đăng|xuất bản|ban hành)\s*\Z", re.IGNORECASE)
# The day something began, not the meeting's: "sự ra đời của Đảng bộ … vào ngày 10/7/2025", "được thành lập
# ngày 1/7", "(kể) từ ngày 1-7" (in its own line: a headline's "… Ngày thành lập Hội" says nothing of the
# lead's "Ngày 11/10, Hội … tổ chức …" under it).
_BEGAN = re.compile(r"(?:\b(?:ra đời|thành lập)\b[^.;:!?\n]{0,50}?|(?<!\w)từ\s+)\Z", re.IGNORECASE)
# A day written inside a sentence (a word of it before, on its line), and the words of a meeting held.
_INSIDE = re.compile(r"[^\W\d_][^.!?\n]*\Z")
_MEETING_NEAR = re.compile(
    r"\b(?:họp|hội nghị|kỳ họp|phiên|giao ban|sơ kết|tổng kết|đại hội|làm việc|triển khai nhiệm vụ|đánh giá|tổ chức)\b",
    re.IGNORECASE,
)
_OPENS_FROM = re.compile(r"(?:\A|\n|[.!?]\s)\W*từ\s+\Z", re.IGNORECASE)
_DAYS = re.compile(r"[0-3]?\d\s*(?:[-–]|và|&)\s*[0-3]?\d\s*[/.-]")  # a meeting of days: "17-18/7", "12 và 13-7"
_CLOCK = re.compile(r"\s*[-|,]?\s*[0-2]?\d:[0-5]?\d(?!\d)")  # ("… 2019 - 9:7": a page's clock may drop a zero)
# The page's counter of views after its date: "Ngày 13-05-2021 - Lượt xem: 45" is when it was posted.
_VIEWS = re.compile(r"\s*[-|,•]?\s*lượt xem\b", re.IGNORECASE)
# A year standing alone, not one end of a range ("nhiệm kỳ 2015 – 2020", "giai đoạn 2021-2025").
_LONE_YEAR = re.compile(r"(?<!\d)(?<![-–]\s)(?<![-–])(?:19|20)\d\d(?!\d|\s?[-–]\s?(?:19|20)\d\d)")
# A meeting is held from two months before the end of the period it reviews ("phiên họp tháng 11"
# reviewing the year) to some months after it (a year reviewed in January or February).
_EARLY = 2


@dataclass(frozen=True)
class DayMonth:
    day: int
    month: int
    year: int | None


def meeting_days(text: str) -> Iterator[tuple[DayMonth, str]]:
    """Each 'Sáng 10/10', 'ngày 09/3/2023', 'Ngày 6-4', 'Sáng 8.10', 'Sáng nay 18/12', 'ngày 26 tháng 10
    năm 2023', 'Chiều ngày, 21/7' in the text, in order, with the date as written."""
    for m in _MEETING.finditer(text):
        if _DOCUMENT.search(text, max(0, m.start() - 40), m.start()) or _CLOCK.match(text, m.end()) or _VIEWS.match(text, m.end()):
            continue  # a document's date ("Nghị quyết số 09/NQ-TW, ngày 28/01/2022") or the page's ("Cập nhật ngày …", "… 10:05", "… - Lượt xem: 45")
        if _BEGAN.search(text, max(0, m.start() - 70), m.start()) and not (
            _DAYS.match(text, m.start("d")) and _OPENS_FROM.search(text, max(0, m.start() - 8), m.start())
        ):
            # (but "Từ ngày 17-18/7, HĐND huyện … tổ chức kỳ họp": the days a sentence opens on, from the first to
            # the last; not an event's days inside one, "hưởng ứng Tuần lễ Áo dài từ ngày 01 - 08/3/2024")
            continue
        if _INSIDE.search(text, max(0, m.start() - 80), m.start()) and not _MEETING_NEAR.search(
            text[max(0, m.start() - 150) : m.end() + 150]
        ):
            continue  # a deed's day inside a sentence about no meeting: "… kết thúc gieo cấy vào ngày 05/07/2021."
        yield DayMonth(int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None), text[m.start("d") : m.end()]


def published_in(text: str) -> date | None:
    """The publication date a scraped page writes above its article (the first of the month for a
    "date 2023-12" header), or None."""
    m = _PUBLISHED.search(opening_of(text, 300))
    if not m:
        return None
    i = next(i for i in "0123" if m["y" + i])
    return _valid_date(int(m["y" + i]), int(m["m" + i]), int(m["d" + i]) if i != "0" else 1)


def context_year(text: str, published: date | None, mentions: list[Mention] | None = None) -> int | None:
    """The year an article speaks of: one written with a period ('tháng 11 năm 2020'), else the
    first year it writes on its own, else its publication year. `mentions`: the text's, if found already."""
    dated = [m for m in (_text_mentions(text) if mentions is None else mentions) if m.year]
    dated.sort(key=lambda m: (m.kind == "year", m.start))  # "tháng 11 năm 2020" beats "tuyển quân năm 2021"
    if dated:
        return dated[0].year
    for m in _LONE_YEAR.finditer(text):
        # (not a horizon or a comparison: "Quy hoạch chung … đến năm 2045" says nothing of when the article is)
        before = text[max(0, m.start() - 25) : m.start()].rstrip()
        if not _NOT_REVIEWED_YEAR.search(before[:-3] if before.lower().endswith("năm") else before):
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


_AND_YEAR = re.compile(r"\s*(?:và|,)\s*(?:cả\s+)?", re.IGNORECASE)


# Communes and wards were formed on 1 July 2025 (units.REFORM_DATE): the second half of 2025 is their
# first period, and reviewed as such near its end ("kết quả thực hiện các chỉ tiêu … 6 tháng cuối năm 2025",
# on 4/12).
_REFORM_YEAR = REFORM_DATE.year


def _second_half(mentions: list[Mention], day: DayMonth | None) -> list[Mention]:
    """Mentions with a second half told as reviewed left so only for the reform year's, at a meeting near
    its end; any other is the half planned, or a part of the year reviewed."""
    near_end = day is not None and day.month in (10, 11, 12, 1)
    return [
        replace(m, role="next")
        if (m.kind, m.number, m.role) == ("half", 12, "review") and not (near_end and m.year == _REFORM_YEAR)
        else m
        for m in mentions
    ]


_ENTERED = re.compile(r"\bbước vào\s+$", re.IGNORECASE)


def _reviewed(mentions: list[Mention], text: str) -> Mention | None:
    """The mention of the period reviewed: one introduced by a review cue beats a bare one, a month,
    quarter, half or nine months beats a year, and the earliest wins among equals; but the last part
    of a year reviewed with the year ("tháng 12 và cả năm 2025") is the year."""
    # ("Bước vào năm 2026 - năm đầu tiên …, UBND xã đã chủ động …": the year entered, whose first quarter is reviewed)
    reviewed = [m for m in mentions if m.role != "next" and not _ENTERED.search(text, max(0, m.start - 12), m.start)]
    chosen = min(reviewed, key=lambda m: (m.role != "review", m.kind == "year", m.start), default=None)
    if chosen and chosen.kind != "year" and _last_month(chosen.kind, chosen.number) == 12:
        for m in reviewed:
            if m.kind == "year" and m.start > chosen.end and _AND_YEAR.fullmatch(text, chosen.end, m.start):
                return m
    return chosen


def _ended_by(chosen: Mention, mentions: list[Mention], day: DayMonth) -> Mention:
    """A meeting that reviews a period not yet over ("… kết quả 6 tháng đầu năm, …; báo cáo kết quả tháng 5 …",
    held on 25/5/2023) and also one that has ended, at the meeting's month or the month before: its figures
    are the ended one's, which it reviews; the other is a draft."""
    def end(m: Mention) -> int:
        year, month = mention_end(m, day.year)
        return year * 12 + month

    held = day.year * 12 + day.month
    if chosen.role != "review" or end(chosen) <= held:
        return chosen
    ended = [m for m in mentions if m.role == "review" and m.kind != "year" and held - 1 <= end(m) <= held]
    return min(ended, key=lambda m: m.start, default=chosen)


def _not_after(mentions: list[Mention], day: DayMonth | None, published: date | None = None) -> list[Mention]:
    """Mentions with a period a meeting of `day` may review: one that ends well after the meeting
    ("hoàn thành chỉ tiêu giao quân năm 2023" at a meeting of 02/12/2022) is planned, whatever its cue.
    A day written without its year is placed by the page's date ("tạo đà bứt phá cho năm 2026" in the
    headline of a page of 25/12/2025 names the year planned)."""
    if day is not None and day.year is not None:
        held = day.year * 12 + day.month
    elif published is not None:
        held = published.year * 12 + published.month
    else:
        return mentions
    # (a year reviewed by name in a meeting dated January of that same year, and no review of the year before named,
    # is the writer's slip of the date's year: "Ngày 9/1/2023, Hội … tổ chức tổng kết công tác Hội năm 2023, triển
    # khai nhiệm vụ năm 2024"; a headline's "năm 2020" over "tổng kết … năm 2019" at 15/01/2020 is the headline's)
    slip = day is not None and day.month == 1 and not any(
        m.role == "review" and m.kind == "year" and m.year == held // 12 - 1 for m in mentions
    )
    return [
        replace(m, role="next") if (
            not (slip and m.role == "review" and m.kind == "year" and m.year == held // 12)
        ) and (
            m.year * 12 + _last_month(m.kind, m.number) > held + _EARLY if m.year
            # a month written without its year, after the meeting's month: "Trong tháng 3, huyện tiếp tục …" at a
            # meeting of 29/2 ("tháng 12" at a meeting of January is the year before's)
            else m.kind == "month" and 0 < m.number - (held - 1) % 12 - 1 <= 6
        ) else m
        for m in mentions
    ]


def _year_of_period(
    chosen: Mention, text: str, mentions: list[Mention], opening: list[Mention], day: DayMonth | None, published: date | None
) -> int | None:
    """The year of a period written without one ("6 tháng đầu năm", "quý I", "tổng kết năm")."""
    end = _last_month(chosen.kind, chosen.number)
    if chosen.kind != "year":  # the same period written with its year further on
        for m in mentions:
            if m.year and m.role != "next" and (m.kind, m.number) == (chosen.kind, chosen.number):
                return m.year
    if day and day.year:
        return day.year - (1 if day.month < end - _EARLY else 0)
    for m in opening:  # the period planned next: "quý I, … nhiệm vụ quý II năm 2023", not "kế hoạch tuyển quân năm 2021"
        if m.year and m.role == "next" and m.start > chosen.start and (m.kind != "year" or chosen.kind == "year"):
            return m.year - (1 if _last_month(m.kind, m.number) <= end else 0)
    if published:
        return published.year - (1 if published.month < end - _EARLY else 0)
    compared = _SAME_TIME_BEFORE.search(text)  # "tăng 12% so với cùng kỳ năm 2022": the period is of 2023
    if compared:
        return int(compared.group(1)) + 1
    return context_year(text, None, mentions)


_SAME_TIME_BEFORE = re.compile(r"cùng kỳ(?:\s+năm)?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _before_planned(mentions: list[Mention], day: DayMonth, published: date | None) -> Period | None:
    """The period reviewed by a meeting that names only the one it plans ("… và phương hướng nhiệm vụ
    6 tháng cuối năm 2025", held on 11/7): the period just before, when the meeting is held at its end."""
    planned = next((m for m in mentions if m.role == "next"), None)
    if planned is None:
        return None
    kind, number = planned.kind, planned.number
    year = planned.year or day.year or (published.year if published else None)
    if kind == "year":
        before, year = ("year", 12), (planned.year - 1 if planned.year else None)
    elif (kind, number) == ("half", 12):
        before = ("half", 6)
    elif (kind, number) == ("quarter", 4):
        before = ("nine_months", 9)
    elif kind in ("quarter", "month") and number > 1:
        before = (kind, number - 1)
    else:
        return None
    months_after = (day.month - _last_month(*before)) % 12  # a year reviewed in January: 1
    if year is None or _EARLY < months_after < 12 - _EARLY:
        return None
    return make_period(before[0], before[1], year)


@lru_cache(maxsize=64)  # pure; the llm backend checks a draft, then merges it: same text twice
def resolve_with_warnings(text: str, published: date | None = None) -> tuple[Period | None, date | None, tuple[str, ...]]:
    """The reviewed period and the meeting date of an article, read from its headline and opening, and
    warnings (Vietnamese) about dates it writes that do not exist.

    The period is read from the opening, or from the whole text when the opening names none. A period
    without a year takes it from the same period written with one, the meeting's date, the period
    planned next, the publication date, then the article. A day/month without a year takes it from the
    period, then from the publication date, then from the article; never from today. A date that does
    not exist ('31/02/2023') is skipped, with a warning, for the next one the opening writes.
    """
    opening = opening_of(text)
    published = published or published_in(text)
    day, written, warnings = None, "", []
    for day, written in meeting_days(opening):
        if _valid_date(day.year or 2000, day.month, day.day):  # 2000: a leap year
            break
        warnings.append(f"ngày họp «{written}» không tồn tại; bỏ qua")
        day = None

    in_opening = _second_half(_not_after(find_mentions(opening), day, published), day)
    mentions = _second_half(_not_after(list(_text_mentions(text)), day, published), day)
    chosen = _reviewed(in_opening, text) or _reviewed(mentions, text)
    if chosen and day is not None and day.year is not None:
        chosen = _ended_by(chosen, in_opening, day)

    period = None
    if chosen:
        year = chosen.year or _year_of_period(chosen, text, mentions, in_opening, day, published)
        if year:
            period = make_period(chosen.kind, chosen.number, year)
    elif day:
        period = _before_planned(in_opening or mentions, day, published)

    meeting = None
    if day:
        year = day.year
        if year is None and period:
            year = period.year + (1 if day.month < period.month - _EARLY else 0)
        if year is None and published:
            year = published.year - (1 if day.month > published.month else 0)
        year = year or context_year(text, None, mentions)
        meeting = _valid_date(year, day.month, day.day) if year else None  # no year: a real day, in a year nothing tells
        if year and meeting is None:  # 29/2 of a year that has none
            warnings.append(f"ngày họp «{written}» không tồn tại năm {year}; bỏ qua")
    return period, meeting, tuple(warnings)


_ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Each optional part starts with a word or a sign, so no two runs of spaces stand side by side: linear.
_YEAR_AFTER = re.compile(r"(?:\s*(?:đầu|cuối)(?!\w))?(?:\s*[-/.,])?(?:\s*của)?(?:\s*năm)?\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _period_heads(period: Period) -> re.Pattern:
    """The ways a text may write `period` before its year, the parser's and a few it misreads
    ("6 tháng năm 2024" without "đầu", "quý 3")."""
    if period.kind == "month":
        head = rf"(?<!\d\s)tháng\s+0?{period.month}(?!\d|,\d|\.(?!{_Y})\d)"  # not the month of a date, "ngày 8 tháng 10"
    elif period.kind == "quarter":
        head = rf"qu[ýí]\s+(?:{_ROMAN_OF[period.quarter or period.month // 3]}|0?{period.quarter or period.month // 3})(?!\w)"
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
