"""Kinds of real text met in held-out sets 38-39 (district reviews of a month, of the first months of a
year, of a year), written as synthetic sentences."""

from datetime import date

from summarizer.periods import resolve
from summarizer.schema import Period
from tests.kinds import joined, quotes_by_category, report_of

# a monthly meeting that reviews month 4 and plans month 5, the year written once, with the month planned
MONTHLY = (
    "Sáng 6/5, UBND huyện Tân Phước họp thường kỳ nghe báo cáo tình hình thực hiện kế hoạch kinh tế - xã hội "
    "tháng 4 và một số nhiệm vụ trọng tâm tháng 5/2024.\n"
)


def test_a_month_reviewed_and_a_month_planned_share_the_year_written_once():
    # "tình hình thực hiện kế hoạch … tháng 4 và nhiệm vụ trọng tâm tháng 5/2024": the plan's performance in
    # month 4 is reviewed, its year the one written with month 5
    text = MONTHLY + "Thu ngân sách 4 tháng đạt 96 tỷ đồng."
    period, meeting = resolve(text)
    assert period == Period(kind="month", year=2024, month=4)
    assert meeting == date(2024, 5, 6)


def test_the_month_after_the_one_reviewed_plans_its_tasks():
    text = MONTHLY + (
        "4 tháng đầu năm, tổng diện tích gieo trồng đạt 3.120 ha; thu ngân sách đạt 96 tỷ đồng, bằng 31% dự toán.\n"
        "Trong tháng 5, huyện tiếp tục chăm sóc lúa hè thu; theo dõi dịch bệnh trên cây trồng; tăng cường phòng "
        "cháy rừng mùa khô."
    )
    got = quotes_by_category(text)
    assert "chăm sóc lúa hè thu" in joined(got["next_tasks"])
    assert "phòng cháy rừng mùa khô" in joined(got["next_tasks"])
    assert "phòng cháy rừng" not in joined(got["achievements"])
    assert "3.120 ha" in joined(got["achievements"])


def test_the_first_months_of_a_year_told_as_done_report_results_without_a_period():
    # no year written anywhere: no period, yet "4 tháng đầu năm, huyện … đã …" tells what was done, its
    # "thực hiện các nhiệm vụ" no plan
    text = (
        "Ngày 27/4, Ban Chấp hành Đảng bộ huyện Mỹ Hòa tổ chức hội nghị đánh giá kết quả 4 tháng đầu năm, "
        "triển khai nhiệm vụ những tháng cuối năm.\n"
        "4 tháng đầu năm, huyện Mỹ Hòa đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp, "
        "đạt nhiều kết quả. Tổng vốn đầu tư trên địa bàn đạt 410 tỷ đồng; thu ngân sách đạt 34% dự toán tỉnh giao."
    )
    report = report_of(text)
    assert report.period is None
    assert report.next_tasks == []
    assert "410 tỷ đồng" in joined(report.achievements)
    assert "34% dự toán" in joined(report.achievements)


def test_the_first_months_of_a_year_still_ahead_are_planned():
    # with no "đã", the months named are the ones to come
    text = (
        "Ngày 5/1, UBND huyện Mỹ Hòa tổng kết năm 2023.\n"
        "Năm 2023, thu ngân sách đạt 520 tỷ đồng.\n"
        "6 tháng đầu năm 2024, huyện tập trung thực hiện các nhiệm vụ, giải pháp phát triển sản xuất vụ đông xuân."
    )
    got = quotes_by_category(text)
    assert "vụ đông xuân" in joined(got["next_tasks"])
    assert "vụ đông xuân" not in joined(got["achievements"])


def test_the_remedy_of_shortcomings_named_before_a_list_leaves_the_list_shortcomings():
    # "… nêu những tồn tại, hạn chế và phương hướng khắc phục tập trung vào các vấn đề: a; b": the matters
    # that fell short
    text = (
        "Huyện Mỹ Hòa sơ kết 6 tháng đầu năm 2024\n"
        "6 tháng đầu năm 2024, thu ngân sách huyện đạt 210 tỷ đồng.\n"
        "Tại hội nghị, đại biểu đã thảo luận, nêu những tồn tại, hạn chế và phương hướng khắc phục, chủ yếu "
        "ở các vấn đề: Công tác tiêm phòng cho đàn trâu bò; tiến độ làm đường giao thông nội đồng."
    )
    got = quotes_by_category(text)
    assert "tiêm phòng cho đàn trâu bò" in joined(got["shortcomings"])
    assert "đường giao thông nội đồng" in joined(got["shortcomings"])
    assert got["next_tasks"] == []


def test_a_half_year_not_yet_over_yields_to_the_month_just_ended_that_the_meeting_also_reviews():
    # held on 24/5: the half's report is a draft, the month's figures are what it reviews
    text = (
        "Chiều ngày 24/5/2022, UBND thị xã Hòa Bình tổ chức phiên họp thường kỳ.\n"
        "Tại phiên họp, các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng "
        "nhiệm vụ 6 tháng cuối năm 2022; báo cáo kết quả thực hiện nhiệm vụ tháng 5 và chương trình công tác "
        "tháng 6 năm 2022. Trong tháng 5/2022, thu ngân sách ước đạt 58 tỷ đồng."
    )
    assert resolve(text) == (Period(kind="month", year=2022, month=5), date(2022, 5, 24))


def test_a_half_year_reviewed_at_its_end_keeps_the_half():
    text = (
        "Chiều ngày 24/6/2022, UBND thị xã Hòa Bình tổ chức phiên họp thường kỳ.\n"
        "Tại phiên họp, các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng "
        "nhiệm vụ 6 tháng cuối năm 2022; báo cáo kết quả thực hiện nhiệm vụ tháng 6 và chương trình công tác "
        "tháng 7 năm 2022."
    )
    assert resolve(text)[0] == Period(kind="half", year=2022, month=6)


YEAR_END = "Ngày 10/12/2021, UBND huyện Sơn Hà tổ chức hội nghị tổng kết năm 2021.\n"


def test_the_year_s_place_in_a_plan_s_term_is_background_not_a_result():
    got = quotes_by_category(
        YEAR_END + "Năm 2021 là năm thứ 2 thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX. "
        "Thu ngân sách năm 2021 đạt 312 tỷ đồng."
    )
    assert "năm thứ 2" not in joined(got["achievements"])
    assert "312 tỷ đồng" in joined(got["achievements"])


def test_a_purpose_clause_cut_off_by_a_semicolon_stays_with_its_main_clause():
    achievements = quotes_by_category(
        YEAR_END + "Để hoàn thành các chỉ tiêu, nhiệm vụ; ngay từ đầu năm UBND huyện đã chỉ đạo các xã tập trung "
        "thu ngân sách, đạt 312 tỷ đồng."
    )["achievements"]
    assert len(achievements) == 1
    assert achievements[0].startswith("Để hoàn thành các chỉ tiêu, nhiệm vụ; ngay từ đầu năm")


def test_a_theme_quoted_whole_is_not_cut_at_its_semicolons():
    achievements = quotes_by_category(
        YEAR_END + "Ngay từ đầu năm, UBND huyện đã chỉ đạo các ngành bám sát chủ đề năm 2021 là “Tinh gọn bộ máy; "
        "siết chặt kỷ cương; đẩy mạnh chuyển đổi số”."
    )["achievements"]
    assert len(achievements) == 1
    assert "siết chặt kỷ cương; đẩy mạnh chuyển đổi số" in achievements[0]


def test_a_chair_who_finds_results_good_but_problems_left_hints_a_shortcoming_not_a_task():
    got = quotes_by_category(
        "UBND huyện Sơn Hà họp thường kỳ tháng 7/2023\n"
        "Trong tháng 7/2023, thu ngân sách huyện đạt 41 tỷ đồng.\n"
        "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện cho rằng, kết quả đạt được là đáng ghi nhận, nhưng có "
        "những vấn đề cần được tiếp tục xem xét kỹ. Yêu cầu các phòng, ban đẩy nhanh tiến độ giải ngân vốn đầu tư công."
    )
    assert "những vấn đề cần được tiếp tục xem xét kỹ" in joined(got["shortcomings"])
    assert "vấn đề" not in joined(got["next_tasks"])
    assert "giải ngân vốn đầu tư công" in joined(got["next_tasks"])


def test_activities_are_counted():
    report = report_of(
        "Huyện Sơn Hà triển khai kế hoạch năm 2024\n"
        "Năm 2024, huyện sẽ triển khai 12 hoạt động chào mừng kỷ niệm 50 năm thành lập huyện."
    )
    figures = {(m.value, m.unit) for _, item in report.items() for m in item.metrics}
    assert (12, "hoạt động") in figures
