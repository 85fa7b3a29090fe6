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
