"""Issue 12, fresh held-out set 10 (communes and wards after July 2025, party committees and councils
reviewing nine months or the year): kinds of sentence the engine misread on real articles it was not
tuned on, each with a synthetic sentence of its own."""

from datetime import date

from summarizer.units import find_unit
from tests.kinds import joined, quotes_by_category

HEAD = (
    "Đảng ủy xã Tân Phong tổng kết năm 2025\n"
    "Sáng 22-12-2025, Đảng ủy xã Tân Phong tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n"
)


def _items(body: str) -> dict[str, list[str]]:
    return quotes_by_category(HEAD + body, "tan-phong.txt")


def test_a_province_written_in_brackets_or_before_the_headline_colon_places_a_commune_several_provinces_have():
    # (xã Phú Xuân is a commune of Thanh Hóa and one of Đắk Lắk; phường Phú Xuân is in Huế)
    when = date(2025, 12, 20)
    bracketed = find_unit("Ngày 20-12, Đảng ủy xã Phú Xuân (Đắk Lắk) tổ chức hội nghị tổng kết năm 2025.", when=when)
    assert (bracketed.name, bracketed.province) == ("Phú Xuân", "Đắk Lắk")
    headline = find_unit(
        "Thanh Hóa: Xã Phú Xuân hoàn thành 15/15 chỉ tiêu\nNgày 20-12, UBND xã Phú Xuân tổ chức hội nghị tổng kết.",
        when=when,
    )
    assert (headline.name, headline.province) == ("Phú Xuân", "Thanh Hóa")
    untagged = find_unit("Ngày 20-12, Đảng ủy xã Phú Xuân tổ chức hội nghị tổng kết năm 2025.", when=when)
    assert (untagged.name, untagged.province) == ("Phú Xuân", None)  # no guess between the two


def test_households_in_hardship_who_were_helped_are_no_shortcoming():
    items = _items(
        "Vận động xây dựng 40 căn nhà đại đoàn kết cho hộ khó khăn, tổng kinh phí 2,4 tỷ đồng; trao 300 suất quà "
        "cho hộ nghèo, cận nghèo, khó khăn, trị giá 150 triệu đồng.\n"
        "Nhiều hộ dân còn gặp khó khăn do giá nông sản giảm mạnh.\n"
    )
    achieved = joined(items["achievements"])
    assert "40 căn nhà" in achieved and "300 suất quà" in achieved
    assert joined(items["shortcomings"]) == "Nhiều hộ dân còn gặp khó khăn do giá nông sản giảm mạnh."


def test_results_reported_after_a_visitors_request_are_results_again():
    items = _items(
        "Năm 2025, Đảng bộ xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n"
        "Đồng chí Lê Văn Tám, Trưởng Ban Dân vận Tỉnh ủy đề nghị địa phương tiếp tục phát huy tinh thần đoàn kết "
        "để thực hiện thắng lợi các nhiệm vụ trong thời gian tới.\n"
        "Tổng thu ngân sách trên địa bàn đạt gần 3,2 tỷ đồng, vượt 120% dự toán; tốc độ tăng trưởng kinh tế đạt 9,5%.\n"
        "Tập trung rà soát hộ nghèo để tỷ lệ hộ nghèo giảm còn 1,5%.\n"
    )
    achieved, tasks = joined(items["achievements"]), joined(items["next_tasks"])
    assert "3,2 tỷ đồng" in achieved and "9,5%" in achieved
    assert "3,2 tỷ đồng" not in tasks and "9,5%" not in tasks
    assert "phát huy tinh thần đoàn kết" in tasks


def test_a_request_paragraph_followed_by_targets_keeps_them_tasks():
    items = _items(
        "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung thực hiện các nhiệm vụ sau.\n"
        "Thu ngân sách đạt 100% dự toán, giải ngân vốn đầu tư công đạt 95% kế hoạch.\n"
    )
    assert "100% dự toán" in joined(items["next_tasks"])
    assert "100% dự toán" not in joined(items["achievements"])


def test_a_speech_frame_that_reports_does_not_turn_the_report_into_tasks():
    items = _items(
        "Phát biểu chỉ đạo, Chủ tịch UBND xã Tân Phong cho biết, năm 2025 diễn ra trong bối cảnh nhiều biến động, "
        "thiên tai bất thường. Tuy nhiên, xã đã triển khai đồng bộ nhiều giải pháp, đạt kết quả tích cực. "
        "Xã ước đạt và vượt 12/12 chỉ tiêu nghị quyết HĐND xã đề ra.\n"
    )
    assert "12/12" in joined(items["achievements"])
    assert items["next_tasks"] == []
    assert "diễn ra trong bối cảnh" not in joined(q for qs in items.values() for q in qs)


def test_flowers_handed_to_the_meeting_are_no_item():
    # a photo caption too long for a caption (over 30 words), with no full stop
    items = _items(
        "Đồng chí Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, "
        "Chủ tịch Liên đoàn Lao động tỉnh, Trưởng đoàn công tác tặng hoa chúc mừng hội nghị\n"
        "Năm 2026, Đảng bộ xã phấn đấu kết nạp từ 10 đảng viên mới trở lên.\n"
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "tặng hoa" not in said
    assert "10 đảng viên" in joined(items["next_tasks"])


def test_the_rest_of_the_meetings_name_cut_by_a_full_stop_is_no_item():
    items = quotes_by_category(
        "Chiều ngày 22/12/2025, Đảng bộ xã Tân Phong tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025. "
        "Triển khai nhiệm vụ năm 2026. Tới dự hội nghị có đồng chí Lê Văn Tám, Tỉnh ủy viên.\n"
        "Năm 2025, Đảng bộ xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n",
        "tan-phong.txt",
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "Triển khai nhiệm vụ năm 2026" not in said
    assert "14/15" in joined(items["achievements"])


def test_a_subtitle_that_plans_ahead_does_not_turn_the_years_report_into_tasks():
    # (an excerpt with no headline: it starts with the page's date and the meeting)
    items = quotes_by_category(
        " date 2026-01-27 Chiều 27-1, Đảng ủy xã Tân Phong (TPHCM) tổ chức Hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2025 và triển khai phương hướng, nhiệm vụ trọng tâm năm 2026.\n\n"
        "Đảng ủy xã Tân Phong quyết tâm thực hiện thắng lợi nhiệm vụ năm 2026\n\n"
        "Báo cáo tại hội nghị, ông Lê Văn Tám, Phó Chủ tịch UBND xã cho biết, trong năm 2025, Ban Chấp hành Đảng bộ "
        "xã đã phát huy tinh thần đoàn kết, đạt nhiều kết quả tích cực.\n\n"
        "Xã hoàn thành và vượt 30/32 chỉ tiêu, trong đó có 12 chỉ tiêu vượt.\n",
        "tan-phong.txt",
    )
    achieved = joined(items["achievements"])
    assert "trong năm 2025" in achieved and "30/32" in achieved
    assert "30/32" not in joined(items["next_tasks"])


def test_a_run_of_image_file_names_is_no_item():
    items = _items(
        "Năm 2025, xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n"
        "602425741 1505396061591280 7289628684368707555 n\n"
        "601983038 1505395964924623 4952118340054812268 n\n"
        "603879277 1505396018257951 2790793412793077671 n\n"
    )
    assert joined(items["achievements"]) == "Năm 2025, xã hoàn thành 14/15 chỉ tiêu nghị quyết."
    assert items["shortcomings"] == items["next_tasks"] == []


def test_who_presented_the_report_is_no_item_and_leaves_the_results_results():
    items = _items(
        "Đại diện lãnh đạo xã Tân Phong báo cáo kết quả thực hiện nhiệm vụ năm 2025.\n"
        "Đảng ủy xã đã tập trung lãnh đạo, chỉ đạo tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I.\n"
        "Thu ngân sách đạt 149,8 tỷ đồng, tăng 12% so với chỉ tiêu đề ra.\n"
    )
    achieved = joined(items["achievements"])
    assert "báo cáo kết quả" not in joined(q for qs in items.values() for q in qs)
    assert "Đại hội đại biểu Đảng bộ xã lần thứ I" in achieved and "149,8 tỷ đồng" in achieved
    assert items["next_tasks"] == []
