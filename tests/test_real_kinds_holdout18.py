"""Issue 12, held-out set 18 (communes and wards after July 2025): kinds of sentence the engine misread as
tasks on real articles it was not tuned on, each with a synthetic text of its own."""

from tests.kinds import joined, quotes_by_category, report_of


def test_a_standing_count_after_a_guests_request_is_no_task_and_the_make_up_of_the_economy_is_background():
    items = quotes_by_category(
        "Đảng ủy xã Tân Lập tổng kết năm 2025\n"
        "Ngày 8-1, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\n\n"
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận "
        "Tỉnh ủy nhấn mạnh, xã Tân Lập cần tiếp tục giữ vững đoàn kết nội bộ, nâng cao năng lực lãnh đạo của Đảng bộ.\n\n"
        "Tập trung xây dựng đội ngũ cán bộ đủ năng lực; đẩy mạnh chuyển đổi số trong các cơ quan của xã.\n\n"
        "Đảng bộ xã Tân Lập hiện có 25 chi bộ với 540 đảng viên. Kinh tế của xã chủ yếu dựa vào trồng lúa và "
        "chăn nuôi nhỏ lẻ.\n\n"
        "Năm 2025, thu ngân sách của xã đạt 52 tỷ đồng, vượt 12% dự toán.\n"
    )
    tasks = joined(items["next_tasks"])
    assert "đoàn kết nội bộ" in tasks and "chuyển đổi số" in tasks
    assert "540 đảng viên" not in tasks and "chủ yếu dựa vào" not in tasks
    assert "chủ yếu dựa vào" not in joined(items["achievements"])
    assert "52 tỷ đồng" in joined(items["achievements"])


def test_an_excerpt_cut_right_after_a_connective_adds_no_task():
    items = quotes_by_category(
        "Hội nghị tổng kết năm 2025 tại xã Tân Lập\n"
        "Sáng 14-1, hội nghị tổng kết công tác năm 2025 của xã Tân Lập diễn ra tại hội trường UBND xã.\n\n"
        "Năm 2025, thu ngân sách của xã đạt 130% dự toán.\n\n"
        "Phát biểu chỉ đạo hội nghị, đồng chí Lê Hoa yêu cầu, trong thời gian tới, xã Tân Lập cần tập trung nâng "
        "cao chất lượng phục vụ người dân. Trên cơ sở đó, có ý kiế"
    )
    assert "phục vụ người dân" in joined(items["next_tasks"])
    assert "Trên cơ sở đó" not in joined(items["next_tasks"])


def test_a_short_caption_with_a_full_stop_that_names_the_session_is_no_result():
    items = quotes_by_category(
        "HĐND xã Tân Lập tổ chức kỳ họp thứ 5\n\n"
        "Sáng ngày 27/12, HĐND xã Tân Lập tổ chức kỳ họp thứ 5, đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n\n"
        "Kỳ họp thứ 5 HĐND xã Tân Lập, nhiệm kỳ 2021-2026.\n\n"
        "Năm 2025, tổng thu ngân sách của xã đạt 48 tỷ đồng, vượt 15% dự toán.\n\n"
        "Chủ tọa kỳ họp.\n\n"
        "Kỳ họp đã thông qua 9 nghị quyết quan trọng.\n"
    )
    said = joined(items["achievements"])
    assert "48 tỷ đồng" in said
    assert "nhiệm kỳ 2021-2026" not in said and "Chủ tọa" not in said


def test_after_the_reform_a_city_committee_in_a_guests_title_does_not_make_the_commune_a_district():
    report = report_of(
        "Sáng 14-1, đồng chí Lê Hoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy TPHCM, đến dự "
        "hội nghị tổng kết công tác năm 2025 tại xã Tân Lập.\n\n"
        "Năm 2025, thu ngân sách của xã Tân Lập đạt 130% dự toán.\n"
    )
    assert report.unit.name == "Tân Lập"
    assert report.unit.level == "xã"


def test_the_pages_date_header_does_not_make_the_first_sentence_meeting_business():
    items = quotes_by_category(
        " date 2026-01-08 Theo báo cáo tại hội nghị, Đảng bộ phường Tân Lập hiện có 18 tổ chức cơ sở đảng với "
        "2.150 đảng viên.\n\n"
        "Năm 2025, thu ngân sách của phường đạt 120% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "2.150 đảng viên" in said and "120% dự toán" in said
    assert "date 2026" not in said
