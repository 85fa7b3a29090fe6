"""Issue 12, fresh held-out set 11 (district party committee reviews 2019–2025): kinds of sentence the
engine misread on real articles it was not tuned on, each with a synthetic sentence of its own."""

from tests.kinds import joined, quotes_by_category

HEAD = (
    "Huyện ủy Sông Mây tổng kết năm 2024\n"
    "Sáng 16/12/2024, Ban Chấp hành Đảng bộ huyện Sông Mây tổ chức hội nghị tổng kết nhiệm vụ năm 2024.\n"
)


def _items(body: str) -> dict[str, list[str]]:
    return quotes_by_category(HEAD + body, "song-may.txt")


def test_carrying_out_the_reviewed_years_tasks_told_as_done_is_a_result_not_a_plan():
    items = _items(
        "Thực hiện nhiệm vụ năm 2024, cấp ủy, chính quyền và Nhân dân huyện đã nỗ lực vượt qua thách thức, "
        "hoàn thành cơ bản các chỉ tiêu đề ra. Có 20/25 chỉ tiêu đạt và vượt kế hoạch.\n"
        "Công tác giảm nghèo được chú trọng, tỷ lệ hộ nghèo giảm 3,2%.\n"
    )
    said = joined(items["achievements"])
    assert "20/25 chỉ tiêu" in said and "giảm 3,2%" in said and "hoàn thành cơ bản" in said
    assert items["next_tasks"] == []


def test_results_after_a_context_with_many_difficulties_are_results():
    items = _items(
        "Cả năm, huyện thực hiện các chỉ tiêu trong bối cảnh có nhiều khó khăn do mưa lũ kéo dài ở các xã vùng cao, giá "
        "vật tư nông nghiệp tăng mạnh, song các cấp ủy đã tập trung chỉ đạo quyết liệt. Nhờ đó, kinh tế của huyện "
        "tiếp tục tăng trưởng khá; "
        "quốc phòng, an ninh được giữ vững.\n"
    )
    said = joined(items["achievements"])
    assert "tăng trưởng khá" in said and "an ninh được giữ vững" in said
    assert "tăng trưởng khá" not in joined(items["shortcomings"])


def test_an_event_of_the_period_held_well_is_a_result_not_the_meetings_business():
    items = _items(
        "Huyện đã tổ chức thành công Lễ đón nhận Cờ thi đua của Chính phủ; tổ chức thành công Hội thi "
        "văn nghệ quần chúng lần thứ nhất.\n"
    )
    said = joined(items["achievements"])
    assert "Cờ thi đua của Chính phủ" in said and "Hội thi" in said


def test_a_list_lead_that_counts_results_is_a_result_of_its_own():
    items = _items(
        "Có 18/21 chỉ tiêu đạt và vượt so với Nghị quyết, như: thu ngân sách đạt 412 tỷ đồng; "
        "trồng rừng tập trung đạt 640 ha.\n"
    )
    said = joined(items["achievements"])
    assert "18/21 chỉ tiêu" in said and "412 tỷ đồng" in said and "640 ha" in said


def test_leading_the_work_to_hold_an_event_well_is_a_result():
    items = _items(
        "Năm 2024, huyện Sông Mây tập trung lãnh đạo, chỉ đạo thực hiện các chỉ tiêu, nhiệm vụ đề ra, nhất là tổ "
        "chức thành công Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV.\n"
    )
    assert "Đại hội đại biểu các dân tộc thiểu số" in joined(items["achievements"])


def test_a_caption_of_who_spoke_and_the_day_of_a_long_meeting_are_no_items():
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ huyện Sông Mây mở rộng\n"
        "Sáng ngày 09/12/2023, Hội nghị Ban Chấp hành Đảng bộ huyện khóa XXIV mở rộng, kỳ họp lần thứ 21 tiếp tục "
        "ngày làm việc thứ hai tại hội trường tầng 3 Huyện ủy.\n"
        "Các đại biểu tập trung thảo luận về các vấn đề như: công tác giáo dục; công tác giải phóng mặt bằng.\n"
        "Phó Bí thư Huyện ủy Trần Văn Bình phát biểu kết luận\n"
        "Phát biểu kết luận, đồng chí Phó Bí thư Huyện ủy nhấn mạnh các nhiệm vụ trong thời gian tới: tăng cường "
        "công tác dân vận; hoàn thành chỉ tiêu tuyển quân năm 2024.\n"
    )
    items = quotes_by_category(text, "song-may.txt")
    said = joined(q for qs in items.values() for q in qs)
    assert "ngày làm việc thứ hai" not in said and "Trần Văn Bình phát biểu kết luận" not in said
    assert "công tác dân vận" in joined(items["next_tasks"])


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


def test_the_last_piece_cut_before_its_object_is_no_item():
    items = _items(
        "Tuy nhiên, vẫn còn một số hạn chế, nhất là một số chỉ tiêu chưa đạt như: thu ngân sách, giảm nghèo; "
        "triển khai thực hiện các"
    )
    said = joined(items["shortcomings"])
    assert "thu ngân sách" in said
    assert not any(q.strip().endswith("thực hiện các") for q in items["shortcomings"])


def test_visitors_without_lượt_and_the_three_counts_of_traffic_accidents_are_figures():
    from summarizer.text import find_figures

    figures = [
        (f.value, f.unit)
        for f in find_figures(
            "huyện đón trên 52.000 lượt khách với khoảng 2.300 khách lưu trú; tai nạn giao thông giảm cả 3 chỉ số"
        )
    ]
    assert (52000, "lượt khách") in figures and (2300, "khách") in figures and (3, "chỉ số") in figures
