"""Issue 12: what fresh real articles of communes and wards (after July 2025) showed the rules engine
missing (synthetic text only; the articles themselves stay outside the repository)."""

from datetime import date

from summarizer.units import find_unit
from tests.kinds import all_quotes as _all_quotes, quotes as _quotes, report_of as _report


# --- units: Hồ Chí Minh City as the press writes it ---------------------------------------------

def test_a_ward_of_a_name_several_provinces_have_takes_the_city_written_after_it():
    # Diên Hồng is a ward of Hồ Chí Minh City and of Gia Lai: the abbreviation decides
    for written in ("phường Diên Hồng, TPHCM", "phường Diên Hồng (TP.HCM)", "phường Diên Hồng, thành phố Hồ Chí Minh"):
        unit = find_unit(f"Chiều 20-12, UBND {written} tổ chức hội nghị tổng kết năm.", when=date(2025, 12, 20))
        assert (unit.name, unit.level, unit.province) == ("Diên Hồng", "phường", "Hồ Chí Minh"), written


def test_a_provincial_capital_of_its_provinces_name_is_still_a_city():
    unit = find_unit("Thành ủy Thái Nguyên họp, đánh giá kết quả của thành phố Thái Nguyên năm 2020.")
    assert (unit.name, unit.level) == ("Thái Nguyên", "thành phố")


# --- items: the meeting's own business -----------------------------------------------------------

def test_an_hdnd_session_a_briefing_and_a_dissemination_are_the_meeting_not_results():
    report = _report(
        "Xã Hòa Lâm tổng kết năm 2025\n"
        "Ngày 22/12, HĐND xã Hòa Lâm tổ chức kỳ họp thường lệ cuối năm nhằm đánh giá kết quả thực hiện nhiệm vụ "
        "năm 2025; thống nhất mục tiêu, giải pháp chủ yếu năm 2026.\n"
        "Năm 2025, thu ngân sách của xã đạt 41,2 tỷ đồng, bằng 128% dự toán.\n"
        "Hội nghị cũng được nghe Ban Xây dựng Đảng hướng dẫn nội dung kiểm điểm cuối năm.\n"
        "Hội nghị đã quán triệt Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n"
    )
    quotes = _all_quotes(report)
    assert "41,2 tỷ đồng" in quotes
    assert "kỳ họp thường lệ" not in quotes
    assert "hướng dẫn nội dung kiểm điểm" not in quotes
    assert "quán triệt" not in quotes


def test_the_results_a_heard_report_states_are_results():
    report = _report(
        "Đảng ủy xã Hòa Lâm giao ban tháng 10\n"
        "Chiều 30/10/2025, Ban Thường vụ Đảng ủy xã Hòa Lâm tổ chức hội nghị giao ban tháng 10.\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 10, trong đó Đảng ủy xã đã lãnh đạo "
        "các lĩnh vực đạt nhiều kết quả; sản xuất vụ đông được triển khai đúng khung thời vụ, an ninh nông thôn "
        "được giữ vững.\n"
    )
    quotes = " | ".join(_quotes(report.achievements))
    assert "vụ đông được triển khai" in quotes
    assert "nghe báo cáo" not in quotes


# --- items: an excerpt that stops before its last sentence says anything ----------------------

def test_a_last_sentence_cut_before_its_verb_is_no_result():
    report = _report(
        "Trong tháng 11, thu ngân sách của phường đạt 12,5 tỷ đồng.\n"
        "Công tác vệ sinh môi trường được duy trì thường xuyên.\n"
        "Theo ông Trần Văn Bình, Chủ tịch UBND phường, tỷ lệ thu thuế ngoài quốc doan"
    )
    quotes = _all_quotes(report)
    assert "12,5 tỷ đồng" in quotes and "vệ sinh môi trường" in quotes
    assert "Trần Văn Bình" not in quotes


def test_a_speaker_cut_before_he_speaks_is_no_task():
    report = _report(
        "Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung chuẩn bị bầu cử đại biểu HĐND các cấp.\n"
        "Bà Lê Thị Hoa, Phó Chủ tịch HĐND xã cho biết trong năm 2025, hoạt động của"
    )
    assert any("chuẩn bị bầu cử" in q for q in _quotes(report.next_tasks))
    assert "Lê Thị Hoa" not in _all_quotes(report)


def test_a_cut_topic_under_a_heading_of_shortcomings_is_kept():
    report = _report(
        "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như sau:\n"
        "Việc chuyển đổi cây trồng trên đất lúa còn chậm. Công tác đền bù, giải phóng mặt bằng dự án đường liên xã t"
    )
    assert any("giải phóng mặt bằng" in q for q in _quotes(report.shortcomings))


# --- periods: only the period planned is named -----------------------------------------------

def test_a_meeting_that_names_only_the_half_it_plans_reviews_the_half_before():
    report = _report(
        "Chiều ngày 10/7, UBND phường Tân Hòa họp đánh giá kết quả phát triển kinh tế - xã hội và bàn "
        "phương hướng nhiệm vụ 6 tháng cuối năm 2025.\n"
        "Các phòng chuyên môn báo cáo kết quả thực hiện nhiệm vụ của từng lĩnh vực.\n"
    )
    assert (report.period.kind, report.period.year, report.period.month) == ("half", 2025, 6)
    assert report.meeting_date == date(2025, 7, 10)


def test_a_plan_far_from_the_meeting_date_says_nothing_of_the_period_reviewed():
    report = _report(
        "Sáng 15/3, UBND xã An Thạnh họp bàn phương hướng nhiệm vụ 6 tháng cuối năm 2025.\n"
        "Các đại biểu thống nhất các giải pháp trọng tâm.\n"
    )
    assert report.period is None


# --- items and figures -----------------------------------------------------------------------

def test_a_headline_that_states_a_result_with_its_figure_is_a_fact():
    report = _report(
        "Xã Hòa Lâm hoàn thành và vượt 21/24 chỉ tiêu năm 2025\n"
        "Ngày 24/12, Đảng ủy xã Hòa Lâm tổ chức hội nghị tổng kết năm 2025.\n"
        "Năm 2025, thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm.\n"
    )
    assert any("21/24 chỉ tiêu" in q for q in _quotes(report.achievements))
    assert (21, "chỉ tiêu") in [(m.value, m.unit) for _, i in report.items() for m in i.metrics]


def test_a_headline_that_sets_a_target_is_a_task_and_one_the_body_repeats_is_no_second_item():
    report = _report(
        "Phường Tân Hòa phấn đấu hoàn thành 18 chỉ tiêu năm 2026\n"
        "Sáng 5/1, Đảng ủy phường Tân Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2026.\n"
    )
    assert any("18 chỉ tiêu" in q for q in _quotes(report.next_tasks))
    report = _report(
        "Xã Hòa Lâm đạt 21/24 chỉ tiêu năm 2025\n"
        "Năm 2025, xã Hòa Lâm đạt 21/24 chỉ tiêu nghị quyết đề ra.\n"
    )
    assert sum("21/24" in q for q in _quotes(report.achievements)) == 1


def test_a_resolutions_contents_are_counted_like_its_targets():
    report = _report("Năm 2025, Đảng ủy phường Tân Hòa đã hoàn thành và vượt 30/32 nội dung nghị quyết đề ra.\n")
    figures = [(m.value, m.plan, m.unit) for _, i in report.items() for m in i.metrics]
    assert (30, 32, "nội dung") in figures


def test_a_numbered_part_title_with_a_full_stop_and_the_setting_of_the_period_are_no_results():
    report = _report(
        "Ngày 30/9/2025, UBND xã Ia Mơ họp đánh giá tình hình 9 tháng đầu năm 2025.\n"
        "1. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2025.\n"
        "Việc thực hiện nhiệm vụ 9 tháng diễn ra trong bối cảnh có nhiều sự kiện quan trọng của địa phương. "
        "Tổng diện tích gieo trồng đạt 2.150 ha, bằng 101% kế hoạch.\n"
    )
    quotes = _quotes(report.achievements)
    assert any("2.150 ha" in q for q in quotes)
    assert not any(q.startswith("1. Kết quả") or "trong bối cảnh" in q for q in quotes)


# --- categories ------------------------------------------------------------------------------

def test_results_quoted_from_an_opening_speech_are_results_even_without_a_figure():
    report = _report(
        "Đảng ủy xã Hòa Lâm họp Ban Thường vụ tháng 8\n"
        "Chiều 27/8/2025, Đảng ủy xã Hòa Lâm tổ chức hội nghị Ban Thường vụ tháng 8 năm 2025.\n"
        "Phát biểu khai mạc, đồng chí Bí thư Đảng ủy nhấn mạnh: Trong tháng 8, các nhiệm vụ được triển khai "
        "đồng bộ. Thu ngân sách đạt 2,1 tỷ đồng. Các hoạt động văn hóa, thể thao diễn ra sôi nổi, các trường "
        "học sẵn sàng cơ sở vật chất cho năm học mới.\n"
    )
    quotes = " | ".join(_quotes(report.achievements))
    assert "2,1 tỷ đồng" in quotes and "năm học mới" in quotes


def test_incidents_counted_are_shortcomings_and_none_let_happen_is_a_result():
    report = _report(
        "Tình hình an ninh trật tự trên địa bàn phường trong tháng đã xảy ra 3 vụ trộm cắp tài sản.\n"
        "Công tác phòng cháy được tăng cường, không để xảy ra 1 vụ cháy nào trong mùa khô.\n"
    )
    assert any("3 vụ trộm cắp" in q for q in _quotes(report.shortcomings))
    assert any("phòng cháy" in q for q in _quotes(report.achievements))
