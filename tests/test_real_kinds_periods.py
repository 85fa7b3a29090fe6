"""Issue 12, kind 1: periods and meeting dates as real articles write them.

Every text here is a synthetic sentence written for these tests, in the shapes the real articles use.
"""

from datetime import date

import pytest

from summarizer import periods
from summarizer.periods import find_mentions, resolve
from summarizer.schema import Period
from summarizer.extract.rules import extract
from summarizer.sources import make_article

HALF_2021 = Period(kind="half", year=2021, month=6)


@pytest.mark.parametrize(
    "text, period",
    [
        (  # the year after "9 tháng đầu năm", not the first year the article writes
            "Xã Phú An đạt chuẩn nông thôn mới nâng cao năm 2019.\nSáng 6/10, Đảng ủy xã họp sơ kết 9 tháng đầu năm 2022.",
            Period(kind="nine_months", year=2022, month=9),
        ),
        (  # the year after "6 tháng đầu năm"
            "Trường học được xây năm 2018.\nNgày 3/7, Huyện ủy sơ kết công tác 6 tháng đầu năm 2021, bàn nhiệm vụ 6 tháng cuối năm.",
            HALF_2021,
        ),
        (  # "6 tháng năm 2024" is the first half, not the year
            "Ngày 2/7, UBND huyện sơ kết 6 tháng năm 2024, đánh giá kết quả thực hiện kế hoạch năm 2024.",
            Period(kind="half", year=2024, month=6),
        ),
        (  # the second half, planned even after "thực hiện nhiệm vụ", is not the period reviewed
            "Hội nghị Ban Chấp hành lần thứ 9\nBan Chấp hành Đảng bộ huyện đã lãnh đạo thực hiện nhiệm vụ chính trị "
            "6 tháng cuối năm 2021. Trong 6 tháng đầu năm, huyện trồng mới 40 ha rừng.",
            HALF_2021,
        ),
        (  # "Để thực hiện nhiệm vụ tháng 11" plans the next month
            "Phiên họp thường kỳ tháng 10/2023 của UBND xã\nĐể thực hiện nhiệm vụ tháng 11, UBND xã yêu cầu tập trung thu hoạch lúa.",
            Period(kind="month", year=2023, month=10),
        ),
        (  # "Trong tháng 4-2024" opens a clause about what was done: it beats a later "kết quả … năm 2024"
            "Trong tháng 4-2024, UBND huyện tập trung chỉ đạo gieo cấy lúa chiêm xuân; kết quả thu ngân sách năm 2024 đạt 38%.",
            Period(kind="month", year=2024, month=4),
        ),
        (  # a quarter spelt "quí", its year from the quarter planned next
            "Ban Thường vụ Huyện ủy vừa họp đánh giá kết quả công tác quí I, đề ra nhiệm vụ quí II năm 2023.\n"
            "Trong quí I, huyện thu ngân sách 20 tỷ đồng, tăng 5% so với cùng kỳ năm 2022.",
            Period(kind="quarter", year=2023, month=3, quarter=1),
        ),
        (  # the year of a later "6 tháng đầu năm 2025", not of "cùng kỳ năm 2024"
            "Trong 6 tháng đầu năm, sản lượng lúa đạt 3.100 tấn, tăng 80 tấn so với cùng kỳ năm 2024.\n"
            "Hội nghị thông qua báo cáo kiểm tra, giám sát 6 tháng đầu năm 2025.",
            Period(kind="half", year=2025, month=6),
        ),
        (  # "Qua 6 tháng" reviews the half: not the year of the resolution it carries out
            "6 tháng đầu năm 2024, huyện đạt 20/24 chỉ tiêu\nQua 6 tháng thực hiện Nghị quyết năm 2024, huyện đạt nhiều kết quả.",
            Period(kind="half", year=2024, month=6),
        ),
        (  # "3 tháng đầu năm" is the first quarter
            "Sáng 5/4, UBND huyện đánh giá kết quả 3 tháng đầu năm 2024, triển khai nhiệm vụ quý II.",
            Period(kind="quarter", year=2024, month=3, quarter=1),
        ),
        (  # December reviewed together with the whole year: a year review
            "Sáng 29/12, UBND xã họp đánh giá kết quả thực hiện nhiệm vụ tháng 12 và cả năm 2025, triển khai nhiệm vụ năm 2026.",
            Period(kind="year", year=2025, month=12),
        ),
        (  # a horizon and a term are not the period's year
            "Huyện ủy họp đánh giá 6 tháng đầu năm, nhiệm kỳ 2020 - 2025, định hướng đến năm 2030.\n"
            "Hội nghị bàn nhiệm vụ 6 tháng cuối năm 2022.",
            Period(kind="half", year=2022, month=6),
        ),
    ],
)
def test_the_reviewed_period_and_its_year(text, period):
    assert resolve(text)[0] == period


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Sáng 8.10, Huyện ủy họp sơ kết 9 tháng đầu năm 2020.", date(2020, 10, 8)),
        ("BHG - Ngày 29.6, Đảng bộ huyện sơ kết 6 tháng đầu năm 2020.", date(2020, 6, 29)),
        ("Ngày 16-12, Ban Chấp hành Đảng bộ huyện tổng kết năm 2022.", date(2022, 12, 16)),
        ("Sáng nay 18/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023.", date(2023, 12, 18)),
        ("Hôm nay (8/10), Ban Thường vụ Huyện ủy sơ kết 9 tháng năm 2020.", date(2020, 10, 8)),
        ("Chiều qua (7/10), UBND huyện họp đánh giá kết quả 9 tháng năm 2023.", date(2023, 10, 7)),
        ("Sáng thứ Hai (9/10), UBND huyện họp đánh giá kết quả 9 tháng năm 2023.", date(2023, 10, 9)),
        ("Trong hai ngày 28 - 29/12, Ban Chấp hành Đảng bộ huyện tổng kết công tác năm 2023.", date(2023, 12, 28)),
        # the date of a document cited before the meeting's own
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2023 của UBND tỉnh, sáng 10/4, UBND huyện đánh giá kết quả "
         "quý I năm 2023.", date(2023, 4, 10)),
        # the page's stamps above the article are not the meeting
        ("Cập nhật ngày 12/11/2021\nSáng 10/11, UBND huyện họp đánh giá tình hình năm 2021.", date(2021, 11, 10)),
        ("Ngày 12/11/2021 10:05\nSáng 10/11, UBND huyện họp đánh giá tình hình tháng 10.", date(2021, 11, 10)),
        # a year reviewed in November: the meeting is in that year, not the next
        ("Ngày 10/11, UBND huyện họp cho ý kiến báo cáo đánh giá tình hình năm 2021; nhiệm vụ năm 2022.", date(2021, 11, 10)),
        # a year reviewed in January: the meeting is in the next year
        ("Sáng 12/1, Huyện ủy tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.", date(2024, 1, 12)),
    ],
)
def test_meeting_dates_as_articles_write_them(text, meeting):
    assert resolve(text)[1] == meeting


def test_a_year_end_review_held_in_january_reviews_the_year_before():
    text = "Hội nghị tổng kết năm của Đảng ủy xã\nSáng 9/1/2026, Đảng ủy xã Tân Phong tổ chức hội nghị tổng kết năm."
    assert resolve(text) == (Period(kind="year", year=2025, month=12), date(2026, 1, 9))


def test_a_page_header_dates_what_the_body_does_not():
    text = " date 2023-12 Sáng nay 18/12, Huyện ủy tổ chức hội nghị lần thứ 16 đánh giá kết quả 6 tháng cuối năm.\n" \
           "Trong quý IV, huyện trồng 12 ha rừng."
    assert resolve(text) == (Period(kind="quarter", year=2023, month=12, quarter=4), date(2023, 12, 18))


def test_a_page_published_in_january_dates_a_december_meeting_in_the_year_before():
    text = " date 2024-01 Ngày 28/12, Ban Chấp hành Đảng bộ huyện họp hội nghị tổng kết năm."
    assert resolve(text) == (Period(kind="year", year=2023, month=12), date(2023, 12, 28))


def test_a_time_stamp_above_the_article_dates_it_rather_than_a_year_in_passing():
    stamped = "09:05, 02/08/2022\nSáng 1/8, UBND xã họp đánh giá kết quả tháng 7, rà soát các công trình khởi công từ năm 2019."
    assert resolve(stamped) == (Period(kind="month", year=2022, month=7), date(2022, 8, 1))


def test_a_period_stated_only_after_a_long_opening_is_found():
    attendees = "; ".join(f"đồng chí Nguyễn Văn {n}, Phó Trưởng ban {n}" for n in ("An", "Bình", "Cường", "Dũng", "Hải", "Hòa", "Khánh", "Long", "Minh", "Nam", "Phong", "Quang", "Sơn", "Tâm"))
    text = f"Hội nghị Ban Chấp hành lần thứ 12\nNgày 2/7 Ban Chấp hành Đảng bộ huyện họp. Về dự có {attendees}.\n" \
           "Hội nghị nghe báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm và giải pháp 6 tháng cuối năm 2021."
    assert resolve(text) == (HALF_2021, date(2021, 7, 2))


def test_the_day_and_month_of_a_date_are_not_a_period():
    assert [m.kind for m in find_mentions("ngày 9 tháng 10 năm 2020")] == []


def test_the_rules_report_carries_the_period_and_date_a_reader_sees():
    text = "Huyện ủy sơ kết 6 tháng\n" \
           "Sáng 8.7, Ban Chấp hành Đảng bộ huyện họp sơ kết 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm.\n" \
           "Trong 6 tháng đầu năm, huyện kết nạp 30 đảng viên mới, giữ vững an ninh trật tự trên địa bàn."
    report = extract(make_article(text, "so-ket.txt"))
    assert (report.period, report.meeting_date) == (HALF_2021, date(2021, 7, 8))


def test_a_quarter_spelt_qui_supports_a_backends_proposal():
    text = "Sáng 5/7, Huyện ủy đánh giá kết quả 6 tháng đầu năm 2023; riêng quí II, thu ngân sách tăng 8%."
    proposed = Period(kind="quarter", year=2023, month=6, quarter=2)
    assert periods.check(proposed, None, text)[::2] == (proposed, [])
