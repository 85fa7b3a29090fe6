"""What the tests of real-text kinds (tests/test_real_kinds_*.py) share: an article of synthetic
sentences read by the rules backend, and its items' quotes, each checked to be verbatim; the openings
of the synthetic articles several of them build on."""

from __future__ import annotations

from summarizer.extract import extract
from summarizer.schema import CATEGORIES, Report
from summarizer.sources import make_article


def report_of(text: str, name: str = "bai.txt") -> Report:
    """The rules backend's Report of `text`; every quote is the article's text at its offsets."""
    article = make_article(text, name)
    report = extract(article)
    for _, item in report.items():
        assert article.text[item.start : item.end] == item.evidence, item.evidence
    return report


def quotes(items) -> list[str]:
    return [i.evidence for i in items]


def quotes_by_category(text: str, name: str = "bai.txt") -> dict[str, list[str]]:
    report = report_of(text, name)
    return {c: quotes(getattr(report, c)) for c in CATEGORIES}


def joined(items_or_quotes) -> str:
    """Quotes (or items) on one line, " | " between them: what `in` assertions read."""
    return " | ".join(q if isinstance(q, str) else q.evidence for q in items_or_quotes)


def all_quotes(report: Report) -> str:
    return joined(i for _, i in report.items())


def joined_across_categories(items: dict[str, list[str]]) -> str:
    """The quotes of every category of `quotes_by_category`'s answer, joined as `joined` joins them."""
    return joined(q for qs in items.values() for q in qs)


def figures_of(items) -> set[tuple[float, str]]:
    """The (value, unit) of every figure the items hold."""
    return {(m.value, m.unit) for i in items for m in i.metrics}


# --- the openings of synthetic articles several modules build on, named for the meeting each reports

# UBND huyện Lâm Bình's regular meeting for April 2023 (28/4/2023)
LAM_BINH_APRIL_MEETING_HEAD = (
    "Huyện Lâm Bình họp thường kỳ tháng 4\n"
    "Chiều 28/4/2023, UBND huyện Lâm Bình tổ chức phiên họp thường kỳ tháng 4.\n"
)


def lam_binh_april_meeting_quotes(body: str, head: str = LAM_BINH_APRIL_MEETING_HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "lam-binh.txt")


def lam_binh_april_meeting_figures(body: str, head: str = LAM_BINH_APRIL_MEETING_HEAD) -> list[tuple[float, str]]:
    """The (value, unit) of every figure of the article, then (target %, "%") of those that state one."""
    report = extract(make_article(head + body, "lam-binh.txt"))
    return [(m.value, m.unit) for _, item in report.items() for m in item.metrics] + [
        (m.target_pct, "%") for _, item in report.items() for m in item.metrics if m.target_pct is not None
    ]


# UBND huyện Hòa Sơn's regular meeting for July 2023, which plans August (4/8)
HOA_SON_JULY_MEETING_HEAD = (
    "UBND huyện Hòa Sơn họp thường kỳ tháng 7 năm 2023\n"
    "Sáng 4/8, UBND huyện Hòa Sơn tổ chức phiên họp thường kỳ đánh giá kết quả thực hiện nhiệm vụ tháng 7, "
    "triển khai nhiệm vụ tháng 8 năm 2023.\n"
)


def hoa_son_july_meeting_quotes(body: str) -> dict[str, list[str]]:
    return quotes_by_category(HOA_SON_JULY_MEETING_HEAD + body, "hoa-son.txt")


# HĐND xã Hòa Bình's third session, on the first six months of 2025 (9-8-2025)
HOA_BINH_MIDYEAR_SESSION_HEAD = (
    "Xã Hòa Bình họp kỳ họp thứ Ba\n"
    "Sáng 9-8-2025, HĐND xã Hòa Bình tổ chức kỳ họp thứ Ba đánh giá tình hình 6 tháng đầu năm 2025.\n"
)


def hoa_binh_midyear_session_quotes(body: str) -> dict[str, list[str]]:
    return quotes_by_category(HOA_BINH_MIDYEAR_SESSION_HEAD + body, "hoa-binh.txt")


# Đảng ủy xã Tân Phong's review of 2025, which plans 2026 (22-12-2025)
TAN_PHONG_YEAR_END_HEAD = (
    "Đảng ủy xã Tân Phong tổng kết năm 2025\n"
    "Sáng 22-12-2025, Đảng ủy xã Tân Phong tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n"
)


def tan_phong_year_end_quotes(body: str) -> dict[str, list[str]]:
    return quotes_by_category(TAN_PHONG_YEAR_END_HEAD + body, "tan-phong.txt")


# Huyện ủy Sông Mây's (the district Party committee's) review of 2024 (16/12/2024)
SONG_MAY_PARTY_YEAR_END_HEAD = (
    "Huyện ủy Sông Mây tổng kết năm 2024\n"
    "Sáng 16/12/2024, Ban Chấp hành Đảng bộ huyện Sông Mây tổ chức hội nghị tổng kết nhiệm vụ năm 2024.\n"
)


def song_may_party_year_end_quotes(body: str) -> dict[str, list[str]]:
    return quotes_by_category(SONG_MAY_PARTY_YEAR_END_HEAD + body, "song-may.txt")


# UBND huyện Sơn Hà's regular meeting for May 2022 (3-6-2022)
SON_HA_MAY_MEETING_HEAD = (
    "Huyện Sơn Hà họp thường kỳ tháng 5\n"
    "Ngày 3-6-2022, UBND huyện Sơn Hà tổ chức phiên họp thường kỳ tháng 5 năm 2022.\n"
)


def son_ha_may_meeting_quotes(body: str, head: str = SON_HA_MAY_MEETING_HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "son-ha.txt")


# UBND huyện Sông Mây's review of the first six months of 2024 (28/6/2024)
SONG_MAY_MIDYEAR_REVIEW_HEAD = (
    "Huyện Sông Mây sơ kết 6 tháng đầu năm 2024\n"
    "Sáng 28/6/2024, UBND huyện Sông Mây tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2024.\n"
)


def song_may_midyear_review_quotes(body: str, head: str = SONG_MAY_MIDYEAR_REVIEW_HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "song-may.txt")


# HĐND phường Hòa Bình's year-end session on 2025 (the 5th), then its first result: the budget collected
HOA_BINH_WARD_SESSION_OPENING = (
    "HĐND phường Hòa Bình tổ chức kỳ họp cuối năm\n"
    "Sáng 20/12, HĐND phường Hòa Bình tổ chức kỳ họp thứ 5, đánh giá kết quả năm 2025.\n\n"
    "Năm 2025, thu ngân sách của phường đạt 45 tỷ đồng, vượt 8% dự toán.\n\n"
)

# HĐND thị xã Hòa Bình's year-end session on 2023 (the 15th)
HOA_BINH_TOWN_SESSION_OPENING = (
    "HĐND thị xã Hòa Bình tổ chức kỳ họp cuối năm\n"
    "Sáng 20/12, HĐND thị xã Hòa Bình tổ chức kỳ họp thứ 15, đánh giá kết quả năm 2023.\n\n"
)

# Hội Nông dân xã Tân Phú's review of 2025, which plans 2026, then a first paragraph of how the year went
TAN_PHU_FARMERS_YEAR_END_OPENING = (
    "Hội Nông dân xã Tân Phú tổng kết năm 2025\n"
    "Sáng 10/1, Hội Nông dân xã Tân Phú tổ chức tổng kết công tác Hội năm 2025, triển khai nhiệm vụ năm 2026.\n\n"
    "Năm 2025, Hội Nông dân xã đã đổi mới nội dung, phương thức hoạt động.\n\n"
)

# Công an huyện Tân Lập's meeting to hear the people's views in 2023, then its first result
TAN_LAP_POLICE_HEARING_OPENING = (
    "Sáng 20/12, Công an huyện Tân Lập tổ chức hội nghị lắng nghe ý kiến Nhân dân năm 2023.\n"
    "Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm.\n"
)

# UBND huyện Sơn Hà's review of 2021 (10/12/2021)
SON_HA_YEAR_END_LEAD = "Ngày 10/12/2021, UBND huyện Sơn Hà tổ chức hội nghị tổng kết năm 2021.\n"

# UBND huyện Tân Phước's meeting that reviews month 4 and plans month 5, the year written once, with the month planned
TAN_PHUOC_APRIL_MEETING_LEAD = (
    "Sáng 6/5, UBND huyện Tân Phước họp thường kỳ nghe báo cáo tình hình thực hiện kế hoạch kinh tế - xã hội "
    "tháng 4 và một số nhiệm vụ trọng tâm tháng 5/2024.\n"
)

# a whole article: HĐND huyện Hàm Tân's session told by its length and its days in brackets ("3 ngày (15 -17/12)")
HAM_TAN_THREE_DAY_SESSION = (
    "Hàm Tân vượt nhiều chỉ tiêu năm 2020\n"
    "BTO- Trong 3 ngày (15 -17/12) kỳ họp thứ 12 HĐND huyện Hàm Tân khóa IX đã diễn ra. Năm 2020, Hàm Tân "
    "thực hiện đạt và vượt 11/14 chỉ tiêu kinh tế xã hội; tổng thu ngân sách nhà nước đạt 310 tỷ đồng."
)


# Huyện ủy Tân Lạc's review of the first half of 2021 (8/7), which plans the second half
TAN_LAC_MIDYEAR_REVIEW_OPENING = (
    "Huyện ủy Tân Lạc sơ kết 6 tháng đầu năm 2021\n"
    "Sáng 8/7, Huyện ủy Tân Lạc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021.\n"
)


# UBND phường Tân Hòa's year-end review of 2025 (26/12/2025), opening on one result
TAN_HOA_YEAR_END_OPENING = (
    "UBND phường Tân Hòa tổng kết năm 2025\n"
    "Ngày 26/12/2025, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác năm 2025.\n"
    "Năm 2025, phường thu ngân sách đạt 58 tỷ đồng.\n"
)
