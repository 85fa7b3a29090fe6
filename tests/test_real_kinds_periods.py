"""Issue 12, kind 1: periods reviewed and meeting dates as real articles write them (synthetic sentences)."""

from datetime import date

import pytest

from summarizer import periods
from summarizer.extract.rules import extract
from summarizer.periods import find_mentions, resolve
from summarizer.schema import Period
from summarizer.sources import make_article
from tests.kinds import HAM_TAN_THREE_DAY_SESSION, TAN_PHUOC_APRIL_MEETING_LEAD, joined, report_of


HALF_2021 = Period(kind="half", year=2021, month=6)
HALF_2022 = Period(kind="half", year=2022, month=6)


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


# --- the period reviewed, not the one planned, and its year ---------------------------------------

# (set 2)
def test_a_meeting_that_names_only_the_half_it_plans_reviews_the_half_before():
    report = report_of(
        "Chiều ngày 10/7, UBND phường Tân Hòa họp đánh giá kết quả phát triển kinh tế - xã hội và bàn "
        "phương hướng nhiệm vụ 6 tháng cuối năm 2025.\n"
        "Các phòng chuyên môn báo cáo kết quả thực hiện nhiệm vụ của từng lĩnh vực.\n"
    )
    assert (report.period.kind, report.period.year, report.period.month) == ("half", 2025, 6)
    assert report.meeting_date == date(2025, 7, 10)


# (set 2)
def test_a_plan_far_from_the_meeting_date_says_nothing_of_the_period_reviewed():
    report = report_of(
        "Sáng 15/3, UBND xã An Thạnh họp bàn phương hướng nhiệm vụ 6 tháng cuối năm 2025.\n"
        "Các đại biểu thống nhất các giải pháp trọng tâm.\n"
    )
    assert report.period is None


# (set 1)
def test_the_year_of_a_crop_season_is_not_the_period_reviewed():
    text = "UBND huyện họp phiên thường kỳ tháng 4/2024. Phiên họp nghe báo cáo sơ kết sản xuất vụ xuân năm 2024."
    period, _ = periods.resolve(text)
    assert (period.kind, period.year, period.month) == ("month", 2024, 4)


# (set 6)
def test_the_regular_meeting_of_a_month_reviews_that_month_not_the_one_it_plans():
    from summarizer.periods import resolve

    period, meeting = resolve(
        "Lâm Bình – Họp thường kỳ tháng 3\n"
        "Ngày 06/4/2022, UBND huyện Lâm Bình họp thường kỳ bàn giải pháp thực hiện các nhiệm vụ trọng tâm "
        "trong tháng 4.\n"
    )
    assert (period.kind, period.year, period.month) == ("month", 2022, 3)
    assert str(meeting) == "2022-04-06"


# (set 9)
def test_a_year_planned_in_the_headline_is_not_the_year_a_session_held_before_it_reviewed():
    text = (
        " date 2025-12-26 Xã Hòa Bình thông qua 6 nghị quyết, tạo đà cho năm 2026\n"
        "Ngày 26/12, HĐND xã Hòa Bình tổ chức kỳ họp thường lệ cuối năm.\n"
        "Năm 2025, thu ngân sách xã ước đạt 15 tỷ đồng, vượt dự toán được giao; an sinh xã hội được bảo đảm.\n"
    )
    period, meeting = periods.resolve(text)
    assert (period.kind, period.year) == ("year", 2025)
    assert meeting == date(2025, 12, 26)


# (set 9)
def test_a_weekly_meeting_reviews_the_month_of_its_week_not_the_year_it_plans():
    period, meeting = periods.resolve(
        "UBND xã Hòa Bình tổ chức Hội nghị giao ban tuần 3 tháng 02/2026\n"
        "Ngày 20/02/2026, UBND xã Hòa Bình tổ chức Hội nghị giao ban tuần 3 tháng 02/2026 nhằm đánh giá tình hình "
        "thực hiện nhiệm vụ; các đại biểu cho ý kiến vào dự thảo kế hoạch phát triển kinh tế – xã hội năm 2026.\n"
    )
    assert (period.kind, period.year, period.month) == ("month", 2026, 2)
    assert meeting == date(2026, 2, 20)


# (set 11)
def test_a_year_that_ends_long_after_the_meeting_is_planned_not_reviewed():
    from summarizer.periods import resolve

    period, meeting = resolve(
        "Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng\n"
        "Sáng ngày 09/12/2023, Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng tiếp tục ngày làm việc thứ hai.\n"
        "Bí thư Huyện ủy nhấn mạnh các nhiệm vụ trong thời gian tới: giữ vững ổn định tình hình an ninh, hoàn "
        "thành chỉ tiêu tuyển quân năm 2024.\n"
    )
    assert str(meeting) == "2023-12-09"
    assert period is not None and (period.kind, period.year, period.month) == ("year", 2023, 12)


# (set 14)
def test_qua_inside_a_word_is_no_review_cue():
    # "cơ quan", "quan trọng" hold "qua": the headline's "năm 2026" is no period reviewed
    period, _ = periods.resolve(
        "Các cơ quan phường Sen Hồ bứt phá năm 2026\n"
        "Đảng ủy phường Sen Hồ vừa tổng kết công tác năm 2025.\n"
    )
    assert (period.kind, period.year) == ("year", 2025)


# (set 14)
def test_the_second_half_of_2025_reviewed_near_its_end_is_the_period_and_its_work_results():
    text = (
        "Đảng bộ phường Hồ Sen họp hội nghị lần thứ ba\n"
        "Ngày 3/12/2025, Đảng bộ phường Hồ Sen tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ ba.\n"
        "Tại hội nghị, Đảng ủy phường đã thông qua Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội 6 tháng "
        "cuối năm 2025, kế hoạch, nhiệm vụ trọng tâm năm 2026.\n"
        "Trong 6 tháng cuối năm 2025, Đảng ủy phường đã lãnh đạo hoàn thành khối lượng công việc rất lớn sau khi "
        "vận hành chính quyền hai cấp.\n"
    )
    report = report_of(text)
    assert (report.period.kind, report.period.year, report.period.month) == ("half", 2025, 12)
    assert "khối lượng công việc rất lớn" in joined(report.achievements)
    assert report.next_tasks == []


# (set 14)
def test_the_second_half_planned_at_midyear_stays_planned():  # (a guard: main reads this right too)
    period, meeting = periods.resolve(
        "Đảng ủy phường Hồ Sen họp ngày 10/7\n"
        "Ngày 10/7, Đảng ủy phường Hồ Sen ban hành Nghị quyết về thực hiện nhiệm vụ chính trị 6 tháng cuối năm 2025 "
        "sau khi đánh giá kết quả 6 tháng đầu năm 2025.\n"
    )
    assert (period.kind, period.month, meeting) == ("half", 6, date(2025, 7, 10))


# (set 16)
def test_a_headline_year_of_targets_adopted_is_the_year_planned_not_the_year_reviewed():
    report = report_of(
        "HĐND xã Bình Lộc thông qua 20 chỉ tiêu phát triển năm 2026\n\n"
        "Sáng 28/12, HĐND xã Bình Lộc tổ chức kỳ họp thứ năm, đánh giá tình hình thực hiện nhiệm vụ phát triển "
        "kinh tế - xã hội năm 2025 và quyết nghị các mục tiêu, nhiệm vụ năm 2026.\n\n"
        "Năm 2025, xã Bình Lộc có 18/21 chỉ tiêu đạt và vượt kế hoạch.\n"
    )
    assert (report.period.kind, report.period.year) == ("year", 2025)
    assert report.meeting_date == date(2025, 12, 28)


# (set 16)
def test_a_planning_horizon_is_not_the_year_of_an_undated_review():
    report = report_of(
        "\nTrong 9 tháng đầu năm, UBND phường Phong Điền đã thu ngân sách đạt 90% dự toán. Phường rà soát quy "
        "hoạch chung đô thị đến năm 2045, tầm nhìn đến năm 2065.\n"
    )
    assert report.period is None or report.period.year != 2045


# (set 22)
def test_the_year_end_session_reviews_its_year_not_the_year_its_headline_plans_for():
    # The day is written without its year; the headline names the year the session plans for.
    report = report_of(
        "HĐND phường Bình Lâm quyết định nhiều dự án đầu tư trong năm 2026\n\n"
        "Ngày 20/12, HĐND phường Bình Lâm tổ chức Kỳ họp thứ 5, Kỳ họp thường lệ cuối năm 2025.\n\n"
        "Năm 2025, phường Bình Lâm hoàn thành 10/10 chỉ tiêu phát triển kinh tế - xã hội đã đề ra.\n",
        "binh-lam-hdnd.txt",
    )
    assert (report.period.kind, report.period.year) == ("year", 2025)
    assert report.meeting_date == date(2025, 12, 20)


# (sets 38-39)
def test_a_month_reviewed_and_a_month_planned_share_the_year_written_once():
    # "tình hình thực hiện kế hoạch … tháng 4 và nhiệm vụ trọng tâm tháng 5/2024": the plan's performance in
    # month 4 is reviewed, its year the one written with month 5
    text = TAN_PHUOC_APRIL_MEETING_LEAD + "Thu ngân sách 4 tháng đạt 96 tỷ đồng."
    period, meeting = resolve(text)
    assert period == Period(kind="month", year=2024, month=4)
    assert meeting == date(2024, 5, 6)


# (sets 38-39)
def test_a_half_year_not_yet_over_yields_to_the_month_just_ended_that_the_meeting_also_reviews():
    # held on 24/5: the half's report is a draft, the month's figures are what it reviews
    text = (
        "Chiều ngày 24/5/2022, UBND thị xã Hòa Bình tổ chức phiên họp thường kỳ.\n"
        "Tại phiên họp, các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng "
        "nhiệm vụ 6 tháng cuối năm 2022; báo cáo kết quả thực hiện nhiệm vụ tháng 5 và chương trình công tác "
        "tháng 6 năm 2022. Trong tháng 5/2022, thu ngân sách ước đạt 58 tỷ đồng."
    )
    assert resolve(text) == (Period(kind="month", year=2022, month=5), date(2022, 5, 24))


# (sets 38-39)
def test_a_half_year_reviewed_at_its_end_keeps_the_half():
    text = (
        "Chiều ngày 24/6/2022, UBND thị xã Hòa Bình tổ chức phiên họp thường kỳ.\n"
        "Tại phiên họp, các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng "
        "nhiệm vụ 6 tháng cuối năm 2022; báo cáo kết quả thực hiện nhiệm vụ tháng 6 và chương trình công tác "
        "tháng 7 năm 2022."
    )
    assert resolve(text)[0] == Period(kind="half", year=2022, month=6)


# (sets 44-49)
def test_a_quarter_with_no_year_takes_it_from_the_same_time_a_year_before():
    text = (
        "Trong quý I, toàn huyện thu ngân sách đạt 52 tỷ đồng, tăng 8,4% so với cùng kỳ năm 2021.\n"
        "Trong quý, toàn Đảng bộ kết nạp 15 đảng viên mới.\n"
        "Hội nghị đề ra nhiệm vụ trọng tâm trong quý II.\n"
    )
    period, _ = resolve(text)
    assert period == Period(kind="quarter", year=2022, month=3, quarter=1)


# --- the meeting's day ----------------------------------------------------------------------------

# (set 12)
def test_a_page_date_before_its_view_counter_is_not_the_meeting_date():
    report = report_of(
        "Thành phố Hòa An tập trung chống hạn\n"
        "Ngày 20-03-2022 - Lượt xem: 120\n"
        "UBND thành phố Hòa An họp đánh giá tình hình thực hiện nhiệm vụ tháng 2; cuộc họp được tổ chức vào ngày "
        "15 tháng 3 năm 2022.\n"
    )
    assert str(report.meeting_date) == "2022-03-15"


# (set 14)
def test_the_day_a_body_was_founded_is_not_the_meeting_day_and_leaves_the_year_reviewed():
    text = (
        "Đảng ủy cơ quan phường Hồ Tây: vững bước vào năm 2026\n"
        "Đảng ủy cơ quan phường Hồ Tây vừa tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm "
        "2026. Năm 2025 ghi dấu sự ra đời của Đảng bộ cơ quan phường vào ngày 12/7/2025.\n"
    )
    period, meeting = periods.resolve(text)
    assert meeting is None
    assert (period.kind, period.year) == ("year", 2025)


# (set 15)
def test_a_session_of_two_days_written_with_and_and_a_dash_is_dated_by_its_first():
    report = report_of(
        "Kỳ họp HĐND thị xã\n"
        "Trong 2 ngày 14 và 15-7, HĐND thị xã Ninh Hòa tổ chức kỳ họp thứ 5 đánh giá tình hình 6 tháng đầu năm "
        "2022. Thu ngân sách đạt 120 tỷ đồng.\n"
    )
    assert report.meeting_date == date(2022, 7, 14)


# (sets 36-37)
def test_a_session_of_days_told_in_brackets_is_dated_by_its_first_day():
    # "Trong 3 ngày (24 -26/12) kỳ họp …": the range in brackets after the count of days, a space before the dash
    assert report_of(HAM_TAN_THREE_DAY_SESSION).meeting_date == date(2020, 12, 15)


# (sets 36-37)
def test_a_session_of_days_told_from_a_range_is_dated_by_its_first_day():
    # "Trong 2 ngày từ 21 - 22.7, HĐND huyện … tổ chức Kỳ họp thứ Hai …"
    text = (
        "HĐND huyện Mèo Vạc họp giữa năm\n"
        "BHG - Trong 2 ngày từ 14 - 15.7, HĐND huyện Mèo Vạc tổ chức Kỳ họp thứ Hai khóa IX nhằm đánh giá kết quả "
        "thực hiện nhiệm vụ 6 tháng đầu năm 2021.\n"
        "Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 41 tỷ đồng."
    )
    assert report_of(text).meeting_date == date(2021, 7, 14)


# (sets 50-52)
def test_a_meeting_day_under_a_headline_of_a_founding_day_is_the_meetings():
    text = (
        "Hội Nông dân huyện gặp mặt kỷ niệm 90 năm Ngày thành lập Hội Nông dân Việt Nam\n\n"
        "Ngày 12/10, Hội Nông dân huyện Đông Sơn tổ chức gặp mặt kỷ niệm 90 năm Ngày thành lập Hội Nông dân Việt Nam "
        "(14/10/1930 – 14/10/2020); sơ kết công tác Hội 9 tháng đầu năm 2020.\n"
    )
    period, meeting = resolve(text)
    assert (period.kind, period.year, meeting) == ("nine_months", 2020, date(2020, 10, 12))


# (set 60)
@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("30-9", Period(kind="nine_months", year=2024, month=9)),
        ("30/6", Period(kind="half", year=2024, month=6)),
        ("31.3", Period(kind="quarter", year=2024, month=3)),
    ],
)
def test_figures_to_a_quarters_end_review_the_year_so_far(as_of, expected):
    # An excerpt that starts mid-article, its figures "ước đến ngày 30-9", its plan for the quarter ahead:
    # the period reviewed is the year to that day, not the quarter planned.
    text = (
        f"Theo báo cáo của UBND huyện, ước tính đến ngày {as_of}, tổng diện tích gieo trồng toàn huyện đạt 41 ngàn ha. "
        "Tổng thu ngân sách trên địa bàn được 37 tỷ đồng.\n"
        "Thời gian tới, UBND huyện sẽ tập trung thực hiện các nhiệm vụ, giải pháp nhằm đạt các chỉ tiêu của năm 2024.\n"
    )
    period, _ = resolve(text)
    assert (period.kind, period.year, period.month) == (expected.kind, expected.year, expected.month)
    # a day that ends no quarter is no period
    assert all(m.kind == "year" for m in find_mentions("Tính đến ngày 15-9, huyện thu ngân sách được 37 tỷ đồng trong năm 2024."))


# (set 65)
def test_a_page_date_whose_clock_dropped_a_zero_is_not_the_meeting_day():
    text = (
        "UBND THÀNH PHỐ HỌP PHIÊN THƯỜNG KỲ THÁNG 11\n"
        "Thứ Bảy, ngày 23 tháng 11 năm 2019 - 9:7\n"
        "Ngày 22/11/2019, Ủy ban nhân dân thành phố Hà Tiên họp phiên thường kỳ tháng 11 năm 2019.\n"
    )
    _, meeting = resolve(text)
    assert meeting == date(2019, 11, 22)


# (set 68)
def test_the_base_year_of_constant_prices_is_no_period():
    text = (
        "Đoàn giám sát HĐND tỉnh làm việc với huyện Mai Châu\n"
        "Đoàn giám sát làm việc với UBND huyện về kết quả thực hiện nhiệm vụ 6 tháng đầu năm.\n"
        "Tốc độ tăng giá trị sản xuất đạt 4,8%; giá trị tổng sản phẩm theo giá so sánh năm 2010 đạt 392 tỷ đồng.\n"
    )
    period, _ = resolve(text)
    assert period is None  # "6 tháng đầu năm" with no year of its own: unknown, not 2010's
    with_year = text.replace("6 tháng đầu năm.", "6 tháng đầu năm 2024.")
    assert resolve(with_year)[0] == Period(kind="half", year=2024, month=6)


# (set 68)
def test_a_session_of_two_days_joined_by_an_ampersand_was_held_on_the_first():
    text = (
        "HĐND huyện Nam Giang tổ chức Kỳ họp thứ 10\n"
        "Thứ Tư, 10/07/2019, 09:38 [GMT+7]\n"
        "Trong 2 ngày 8 & 9.7, HĐND huyện Nam Giang tổ chức Kỳ họp thứ 10 đánh giá tình hình 6 tháng đầu năm 2019.\n"
    )
    _, meeting = resolve(text)
    assert meeting == date(2019, 7, 8)


# (set 71)
def test_a_session_from_its_first_to_its_last_day_was_held_on_the_first():
    report = report_of(
        "HĐND huyện Hòa Sơn tổ chức kỳ họp thứ tám\n"
        "Từ ngày 16-17/7, HĐND huyện Hòa Sơn tổ chức kỳ họp thứ tám đánh giá tình hình 6 tháng đầu năm 2024.\n"
        "Sáu tháng đầu năm, thu ngân sách đạt 120 tỷ đồng.\n"
    )
    assert report.meeting_date == date(2024, 7, 16)
    # (a day something began, after "từ", is still no meeting: the rule the range is an exception to)
    assert resolve("Từ ngày 1/7, xã Hòa Sơn vận hành chính quyền hai cấp.\nSáng 20/7, UBND xã họp đánh giá tháng 7 năm 2025.")[1] == date(2025, 7, 20)


# (sets 72-73)
def test_a_deeds_day_or_an_events_days_inside_a_sentence_are_not_the_meeting():
    _, meeting = resolve(
        "Về sản xuất nông nghiệp, bà con gieo cấy từ ngày 20/6 và kết thúc gieo cấy vào ngày 05/7/2021.\n"
        "Phát động hưởng ứng Tuần lễ Áo dài từ ngày 01 - 08/3/2021 được đông đảo hội viên tham gia.\n"
    )
    assert meeting is None
    # (the day a sentence opens on, or one told with the meeting, is)
    assert resolve("Hội Nông dân xã tổ chức hội nghị sơ kết 6 tháng vào ngày 05/7/2021.")[1] == date(2021, 7, 5)


def test_a_month_written_without_its_year_after_the_meetings_month_is_planned():
    period, meeting = resolve(
        " date 2024-02 Sáng 29/2, huyện Đất Xanh tổ chức họp thường kỳ UBND huyện tháng 2/2024.\n\n"
        "Theo báo cáo, 2 tháng đầu năm 2024, thu ngân sách đạt 23,81% dự toán.\n\n"
        "Trong tháng 3, huyện tiếp tục theo dõi, chăm sóc cây trồng vụ Đông Xuân.\n"
    )
    assert (period, meeting) == (Period(kind="month", year=2024, month=2), date(2024, 2, 29))
    # ("tháng 12" at a meeting of January is the month before, reviewed)
    assert resolve("Sáng 5/1/2024, UBND huyện họp đánh giá tình hình tháng 12, triển khai nhiệm vụ tháng 1.")[0] == Period(
        kind="month", year=2023, month=12
    )


# (set 86)
def test_the_year_entered_is_not_the_period_its_first_quarter_reviews():
    text = (
        # (a long list of who attended: the year entered is in the opening, the quarter reviewed after it)
        "Đồng chí Lê Văn Tiên, Chủ tịch UBND xã chủ trì hội nghị. Cùng tham dự có đồng chí Trần Thị Thảo, Chủ tịch Ủy "
        "ban MTTQ Việt Nam xã; đồng chí Nguyễn Văn Thành, Phó Chủ tịch HĐND xã; đồng chí Phan Trung Tính, Phó Chủ tịch "
        "UBND xã; đồng chí Nguyễn Văn Chiến, Phó Chủ tịch UBND xã; các đồng chí lãnh đạo Ban Kinh tế - Ngân sách và Ban "
        "Văn hóa – Xã hội HĐND xã; Ủy viên UBND xã; Trung tâm Phục vụ hành chính công; Trung tâm Văn hóa, Thể thao; "
        "Trưởng các ấp trên địa bàn xã.\n\n"
        "Bước vào năm 2026 - năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025-2030, UBND xã Trảng "
        "Bom đã chủ động triển khai quyết liệt các nhiệm vụ phát triển kinh tế - xã hội.\n"
        "Kết quả nổi bật trong Quý I/2026, thu ngân sách trên địa bàn đạt 32% dự toán.\n"
    )
    assert resolve(text)[0] == Period(kind="quarter", year=2026, month=3, quarter=1)


# (set 94)
def test_a_year_reviewed_by_name_at_a_january_meeting_of_that_year_is_the_dates_slip():
    # "Ngày 9/1/2023 … tổng kết công tác Hội năm 2023, triển khai nhiệm vụ năm 2024": the year reviewed is 2023, the
    # date's year a slip (kept as written); but a headline's year over a body that reviews the year before is the
    # headline's slip
    text = (
        "Ngày 9/1/2023, Hội Cựu chiến binh huyện Tiên Lữ tổ chức tổng kết công tác Hội năm 2023, triển khai nhiệm vụ "
        "năm 2024.\n"
        "Năm 2023, Hội đã phát động phong trào thi đua cựu chiến binh gương mẫu.\n"
    )
    assert resolve(text) == (Period(kind="year", year=2023, month=12), date(2023, 1, 9))
    text = (
        "Huyện An Lão: Tổng kết công tác Hội và phong trào nông dân năm 2020\n\n"
        "Chiều ngày 15/01/2020, Hội Nông dân huyện An Lão tổ chức hội nghị tổng kết công tác hội năm 2019, triển khai "
        "phương hướng, nhiệm vụ năm 2020.\n"
    )
    assert resolve(text)[0] == Period(kind="year", year=2019, month=12)


# (set 99)
def test_the_tasks_of_a_quarter_reviewed_are_the_quarter_reviewed_not_planned():
    # "sơ kết nhiệm vụ quý I": reviewing the quarter's tasks, though "nhiệm vụ" before a period usually plans it; the
    # year's programme named after it ("nhiệm vụ chính trị năm 2022") is not the period
    text = (
        "UBND huyện Trạm Tấu tổ chức Hội nghị sơ kết nhiệm vụ quý I, triển khai phương hướng nhiệm vụ quý II\n\n"
        "Chiều ngày 15/4, UBND huyện Trạm Tấu tổ chức Hội nghị sơ kết nhiệm vụ quý I, triển khai phương hướng nhiệm vụ "
        "quý II.\n\n"
        "Thực hiện Chương trình hành động của Tỉnh ủy về lãnh đạo thực hiện nhiệm vụ chính trị năm 2022, huyện có 11 chỉ "
        "tiêu đạt 100% kế hoạch trở lên.\n"
    )
    assert resolve(text) == (Period(kind="quarter", year=2022, month=3, quarter=1), date(2022, 4, 15))


# (sets 78, 99)
@pytest.mark.parametrize(
    "written, months",
    [("trong 7 tháng vừa qua", 7), ("trong 8 tháng đầu năm 2021", 8), ("10 tháng năm 2021", 10), ("5 tháng qua", 5)],
)
def test_the_months_of_the_year_so_far_end_the_period_at_the_last_of_them(written, months):
    # as many months as no quarter ends on: the period is to the end of the last of them (the dev set's convention);
    # with no year, the page's date gives it, and the meeting is after the period, not a year before the page
    text = (
        f" date 2021-11-08 Sáng 7/11, HĐND xã Hòa Phú tổ chức kỳ họp thứ hai. Chủ tịch HĐND xã cho biết, {written}, "
        "thu ngân sách của xã đạt 70% dự toán.\n"
    )
    period, meeting = resolve(text)
    assert period == Period(kind="month", year=2021, month=months)
    assert meeting == date(2021, 11, 7)


# (sets 89, 104)
def test_a_session_of_two_days_written_with_the_month_in_words_was_held_on_the_first():
    period, meeting = resolve(
        " date 2022-07 Trong 2 ngày 11 và 12 tháng 7, HĐND huyện Phước Hòa tổ chức kỳ họp lần thứ 6.\n\n"
        "Trong 6 tháng đầu năm, thu ngân sách 290 tỷ đồng, đạt 81,2% dự toán tỉnh giao.\n"
    )
    assert (period, meeting) == (HALF_2022, date(2022, 7, 11))
