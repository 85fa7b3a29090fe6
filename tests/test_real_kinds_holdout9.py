"""Issue 12, fresh held-out set 9 (communes and wards after July 2025, north and north-central):
kinds of sentence and page layout the engine misread on real articles it was not tuned on, each
with synthetic sentences of its own."""

from datetime import date

from summarizer import periods
from summarizer.units import find_unit
from tests.kinds import all_quotes, joined, quotes_by_category, report_of

PARAGRAPH = (
    "Sau sắp xếp, bộ máy của phường đi vào hoạt động ổn định, thu ngân sách ước đạt 12,4 tỷ đồng, "
    "giải quyết 1.250 hồ sơ thủ tục hành chính đúng hạn; an ninh trật tự được giữ vững.\n"
)


def test_a_caption_under_a_short_opening_sentence_does_not_hide_it_nor_the_page_date_above():
    report = report_of(
        " date 2025-08-12 Xây dựng Đảng\n"
        "Phường Vân Phú: Giao ban công tác tháng 7\n"
        "Ngày 12/8, phường Vân Phú đã tổ chức giao ban công tác Đảng, chính quyền với các tổ dân phố.\n"
        "Lãnh đạo phường Vân Phú phát biểu tại hội nghị\n" + PARAGRAPH,
        "van-phu.txt",
    )
    assert report.meeting_date == date(2025, 8, 12)
    said = all_quotes(report)
    assert "12,4 tỷ đồng" in said
    assert "tổ chức giao ban" not in said  # the meeting itself is no item


def test_after_the_reform_a_former_city_named_for_comparison_is_not_the_unit():
    text = (
        "Ngày 12/9, phường Vân Phú tổ chức giao ban. Phường Vân Phú đứng đầu các phường thuộc "
        "thành phố Việt Trì cũ về cải cách hành chính."
    )
    unit = find_unit(text, when=date(2025, 9, 12))
    assert (unit.name, unit.level) == ("Vân Phú", "phường")


def test_a_year_planned_in_the_headline_is_not_the_year_a_session_held_before_it_reviewed():
    text = (
        " date 2025-12-26 Xã Hòa Bình thông qua 6 nghị quyết, tạo đà cho năm 2026\n"
        "Ngày 26/12, HĐND xã Hòa Bình tổ chức kỳ họp thường lệ cuối năm.\n"
        "Năm 2025, thu ngân sách xã ước đạt 15 tỷ đồng, vượt dự toán được giao; an sinh xã hội được bảo đảm.\n"
    )
    period, meeting = periods.resolve(text)
    assert (period.kind, period.year) == ("year", 2025)
    assert meeting == date(2025, 12, 26)


def test_however_with_the_means_of_success_turns_back_to_results():
    items = quotes_by_category(
        "Xã Hòa Bình tổng kết năm 2025\n"
        "Chiều 18/12, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết năm 2025.\n"
        "Năm 2025 là năm đầu xã vận hành bộ máy mới, gặp không ít khó khăn, thách thức.\n"
        "Tuy nhiên, nhờ sự đoàn kết của cả hệ thống chính trị, Đảng bộ xã đã lãnh đạo hoàn thành các nhiệm vụ "
        "và đạt nhiều kết quả quan trọng.\n"
        "Xã có 18/20 chỉ tiêu đạt và vượt kế hoạch. Kinh tế tiếp tục phát triển; tốc độ gia tăng giá trị sản "
        "xuất đạt 9,8%.\n",
        "hoa-binh.txt",
    )
    achieved = joined(items["achievements"])
    assert "18/20" in achieved and "9,8%" in achieved and "đạt nhiều kết quả" in achieved
    assert not any("18/20" in q or "9,8%" in q or "Tuy nhiên" in q for q in items["shortcomings"])


def test_however_without_the_means_of_success_still_opens_a_shortcoming():
    items = quotes_by_category(
        "Xã Hòa Bình sơ kết quý III\n"
        "Chiều 2/10, UBND xã Hòa Bình tổ chức hội nghị sơ kết quý III năm 2025.\n"
        "Trong quý, thu ngân sách ước đạt 4,1 tỷ đồng.\n"
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 38% kế hoạch.\n",
        "hoa-binh.txt",
    )
    assert "38%" in joined(items["shortcomings"])


def test_guests_the_meeting_heard_and_documents_it_passed_down_are_no_items():
    said = all_quotes(report_of(
        "Xã Hòa Bình sơ kết 9 tháng\n"
        "Chiều 25/9/2025, Đảng bộ xã Hòa Bình tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.\n"
        "Tới dự có các đồng chí: Trần Văn An – Bí thư Đảng ủy, Chủ tịch HĐND xã; Đồng chí Lê Thị Bình – Phó Bí thư "
        "Đảng ủy, Chủ tịch UBND xã; Ủy viên Ban chấp hành Đảng bộ xã; đại diện lãnh đạo các phòng, ban, ngành.\n"
        "Tại hội nghị, lãnh đạo xã đã triển khai các văn bản, quy định mới về công tác đảng tới Bí thư các chi bộ.\n"
        "Hội nghị cũng xem xét dự thảo Kế hoạch số 120/KH-UBND về chuyển đổi số, đáp ứng yêu cầu phát triển trong "
        "giai đoạn mới; dự thảo Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã.\n"
        "Xã Hòa Bình được thành lập từ việc hợp nhất các xã An Lạc, Bình Minh và Tân Tiến.\n"
        "Chủ tịch UBND xã Lê Thị Bình phát biểu tại hội nghị.\n"
        "Trong 9 tháng, Đảng bộ xã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu.\n",
        "hoa-binh.txt",
    ))
    assert "14 đảng viên" in said
    for absent in ("Tới dự", "Trần Văn An", "Ủy viên Ban chấp hành", "văn bản, quy định mới", "dự thảo", "hợp nhất", "phát biểu tại"):
        assert absent not in said, absent


def test_a_council_member_pictured_speaking_is_a_caption_whatever_the_title_starts_with():
    said = all_quotes(report_of(
        "Xã Hòa Bình họp kỳ họp cuối năm\n"
        "Ngày 24/12, HĐND xã Hòa Bình tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Bí thư Đảng ủy, Chủ tịch HĐND xã Trần Văn An phát biểu tại kỳ họp.\n"
        "Năm 2025, xã thực hiện đạt 16/20 chỉ tiêu chủ yếu, thu nhập bình quân đầu người đạt 52 triệu đồng/năm.\n",
        "hoa-binh.txt",
    ))
    assert "16/20" in said and "phát biểu tại kỳ họp" not in said


def test_a_year_before_the_unit_that_acted_is_no_count_of_communes():
    figures = [(m.value, m.unit) for _, i in report_of(
        "Xã Hòa Bình họp kỳ họp cuối năm\n"
        "Ngày 24/12, HĐND xã Hòa Bình tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Theo báo cáo, năm 2025 xã Hòa Bình đã hoàn thành và vượt 21/24 chỉ tiêu chủ yếu.\n",
        "hoa-binh.txt",
    ).items() for m in i.metrics]
    assert (21, "chỉ tiêu") in figures
    assert (2025, "xã") not in figures


def test_a_party_committees_cells_and_sub_committees_are_counted_together():
    figures = [(m.value, m.unit) for _, i in report_of(
        "Đảng bộ xã Hòa Bình tổng kết năm 2025\n"
        "Chiều 6/1/2026, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết năm 2025.\n"
        "Đảng bộ xã có 41 chi, đảng bộ trực thuộc với 1.250 đảng viên; 41/41 chi, đảng bộ trực thuộc đã tổ chức "
        "đại hội thành công.\n",
        "hoa-binh.txt",
    ).items() for m in i.metrics]
    assert (41, "chi, đảng bộ trực thuộc") in figures and (1250, "đảng viên") in figures


def test_the_mood_of_the_days_is_no_item():
    said = all_quotes(report_of(
        "Xã Hòa Bình sơ kết 9 tháng\n"
        "Chiều 25/9/2025, Đảng bộ xã Hòa Bình tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.\n"
        "Trong không khí phấn khởi chào mừng Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030.\n"
        "Trong 9 tháng, Đảng bộ xã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu.\n",
        "hoa-binh.txt",
    ))
    assert "14 đảng viên" in said and "Trong không khí" not in said


def test_a_weekly_meeting_reviews_the_month_of_its_week_not_the_year_it_plans():
    period, meeting = periods.resolve(
        "UBND xã Hòa Bình tổ chức Hội nghị giao ban tuần 3 tháng 02/2026\n"
        "Ngày 20/02/2026, UBND xã Hòa Bình tổ chức Hội nghị giao ban tuần 3 tháng 02/2026 nhằm đánh giá tình hình "
        "thực hiện nhiệm vụ; các đại biểu cho ý kiến vào dự thảo kế hoạch phát triển kinh tế – xã hội năm 2026.\n"
    )
    assert (period.kind, period.year, period.month) == ("month", 2026, 2)
    assert meeting == date(2026, 2, 20)
