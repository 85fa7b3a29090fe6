"""Issue 12, held-out set 15 (district reviews 2019–2025, any organ): kinds of sentence and metadata the
engine misread on real articles it was not tuned on, each with a synthetic text of its own."""

from datetime import date

from tests.kinds import joined, quotes_by_category, report_of


def test_a_regular_meeting_told_as_held_is_no_result():
    items = quotes_by_category(
        "Ban Thường vụ Huyện ủy Hòn Đất họp tháng 3\n"
        "Sáng ngày 04/4/2024, Ban Thường vụ Huyện ủy Hòn Đất họp thường lệ tháng 3/2024.\n"
        "Trong tháng 3, huyện thu ngân sách đạt 21 tỷ đồng, tăng 8% so với cùng kỳ. HĐND huyện đã tổ chức thành "
        "công các kỳ họp thường lệ và chuyên đề.\n"
    )
    said = joined(items["achievements"])
    assert "21 tỷ đồng" in said and "họp thường lệ tháng 3" not in said
    assert "tổ chức thành công các kỳ họp thường lệ" in said  # (the council's sessions held in the period: a result)


def test_a_caption_of_who_attended_the_session_is_no_result():
    items = quotes_by_category(
        "Kỳ họp thứ 9 HĐND huyện Tam Nông\n"
        "Sáng 20/7/2023, HĐND huyện Tam Nông tổ chức kỳ họp thứ 9 đánh giá tình hình 6 tháng đầu năm 2023.\n"
        "6 tháng đầu năm, giá trị sản xuất nông nghiệp đạt 1.200 tỷ đồng, tăng 3,5% so với cùng kỳ.\n"
        "Đồng chí Đỗ Quang Minh, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh và các đại biểu dự Kỳ họp thứ 9 HĐND huyện Tam Nông khóa XX, "
        "nhiệm kỳ 2021 - 2026. Ảnh: Minh Hà\n"
        "Thu ngân sách trên địa bàn huyện đạt 95 tỷ đồng, bằng 52% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "1.200 tỷ đồng" in said and "95 tỷ đồng" in said and "các đại biểu dự" not in said


def test_a_semicolon_inside_brackets_does_not_cut_the_sentence():
    items = quotes_by_category(
        "Huyện ủy Đông Sơn hội nghị giữa năm\n"
        "Sáng 12/7/2023, Ban Chấp hành Đảng bộ huyện Đông Sơn tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm 2023.\n"
        "Vốn đầu tư công năm 2023 được giao hơn 300 tỷ đồng (vốn tỉnh hơn 100 tỷ đồng; vốn huyện hơn 200 tỷ đồng), "
        "đến cuối tháng 6, huyện đã giải ngân hơn 180 tỷ đồng, đạt 60% kế hoạch.\n"
    )
    ach = items["achievements"]
    assert len(ach) == 1 and "300 tỷ đồng" in ach[0] and "giải ngân hơn 180 tỷ đồng" in ach[0]


def test_the_agenda_going_on_after_a_sentence_about_the_session_is_its_business():
    items = quotes_by_category(
        "Kỳ họp thứ tư HĐND thị xã Ninh Hòa\n"
        "Sáng 14/7/2022, HĐND thị xã Ninh Hòa tổ chức kỳ họp thứ tư.\n"
        "Đây là kỳ họp thường lệ giữa năm của HĐND thị xã đánh giá tình hình 6 tháng đầu năm. Đồng thời, xem xét "
        "các báo cáo tình hình thực hiện dự toán thu, chi ngân sách; đầu tư công 6 tháng đầu năm 2022; dự kiến kế "
        "hoạch đầu tư công năm 2023.\n"
        "6 tháng đầu năm 2022, thu ngân sách trên địa bàn đạt 250 tỷ đồng, bằng 55% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "250 tỷ đồng" in said
    assert "dự toán thu, chi" not in said and "đầu tư công 6 tháng" not in said and "dự kiến kế hoạch" not in said


def test_electing_or_dismissing_an_official_is_the_councils_business():
    items = quotes_by_category(
        "Kỳ họp HĐND huyện Di Linh\n"
        "Sáng 15/12/2020, HĐND huyện Di Linh tổ chức kỳ họp thứ 14 đánh giá tình hình năm 2020.\n"
        "Năm 2020, thu ngân sách trên địa bàn đạt 180 tỷ đồng; bầu bổ sung Phó Chủ tịch UBND huyện.\n"
        "Tại kỳ họp, các đại biểu đã biểu quyết thống nhất việc miễn nhiệm chức danh Ủy viên UBND huyện đối với "
        "ông Trần Văn Hải.\n"
    )
    said = joined(items["achievements"])
    assert "180 tỷ đồng" in said and "Phó Chủ tịch UBND huyện" not in said and "miễn nhiệm" not in said


def test_striving_to_carry_out_the_tasks_is_no_result():
    items = quotes_by_category(
        "UBND huyện Tân Thành sơ kết 9 tháng\n"
        "Ngày 6/10/2021, UBND huyện Tân Thành tổ chức hội nghị sơ kết 9 tháng năm 2021.\n"
        "9 tháng năm 2021, huyện Tân Thành đã nỗ lực triển khai nhiệm vụ phát triển kinh tế xã hội và phòng, chống "
        "dịch bệnh. Giá trị sản xuất công nghiệp đạt 74% kế hoạch, tăng 6% so với cùng kỳ.\n"
    )
    said = joined(items["achievements"])
    assert "74% kế hoạch" in said and "nỗ lực triển khai" not in said


def test_a_lead_opening_on_the_time_just_past_reports_again_after_a_task():
    items = quotes_by_category(
        "UBND huyện họp phiên thường kỳ tháng 6\n"
        "Ngày 22/6/2021 UBND huyện Quế Võ tổ chức phiên họp thường kỳ tháng 6, đánh giá kết quả tháng 6.\n"
        "Về kết quả trên các lĩnh vực, UBND huyện đã chỉ đạo các xã chăm sóc tốt diện tích lúa vụ Chiêm.\n"
        "Đẩy nhanh tiến độ xây dựng đề án đề nghị công nhận huyện đạt chuẩn nông thôn mới nâng cao.\n"
        "Về lĩnh vực y tế trong thời gian qua, UBND huyện chỉ đạo các trạm y tế chuẩn bị đủ thuốc cho Nhân dân. "
        "Trong tháng 6 đã tiêm vắc xin cho hơn 9 nghìn người.\n"
    )
    said = joined(items["achievements"])
    assert "chuẩn bị đủ thuốc" in said and "9 nghìn người" in said
    assert "chuẩn bị đủ thuốc" not in joined(items["next_tasks"])


def test_a_city_or_town_written_with_its_level_abbreviated_is_named():
    report = report_of(
        "Kỳ họp HĐND thành phố giữa năm\n"
        "Sáng nay 20.7, HĐND TP.Bảo Lộc tổ chức kỳ họp thứ sáu. Kinh tế TP. Bảo Lộc 6 tháng đầu năm 2022 "
        "tăng trưởng 7%.\n"
    )
    assert report.unit.name == "Bảo Lộc" and report.unit.province == "Lâm Đồng"


def test_a_session_of_two_days_written_with_and_and_a_dash_is_dated_by_its_first():
    report = report_of(
        "Kỳ họp HĐND thị xã\n"
        "Trong 2 ngày 14 và 15-7, HĐND thị xã Ninh Hòa tổ chức kỳ họp thứ 5 đánh giá tình hình 6 tháng đầu năm "
        "2022. Thu ngân sách đạt 120 tỷ đồng.\n"
    )
    assert report.meeting_date == date(2022, 7, 14)
