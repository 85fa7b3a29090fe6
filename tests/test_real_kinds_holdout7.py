"""Issue 12, fresh held-out set 7 (district UBND monthly meetings): the kinds of failure it showed,
on synthetic sentences. Each test names what a reader of the digest would notice."""

from tests.kinds import joined, quotes_by_category

HEAD = (
    "UBND huyện Hòa Sơn họp thường kỳ tháng 7 năm 2023\n"
    "Sáng 4/8, UBND huyện Hòa Sơn tổ chức phiên họp thường kỳ đánh giá kết quả thực hiện nhiệm vụ tháng 7, "
    "triển khai nhiệm vụ tháng 8 năm 2023.\n"
)


def _items(body: str) -> dict[str, list[str]]:
    return quotes_by_category(HEAD + body, "hoa-son.txt")


def _all(items: dict[str, list[str]]) -> str:
    return joined(q for qs in items.values() for q in qs)


def test_a_speakers_report_of_the_period_is_kept_though_it_names_a_conference_held():
    items = _items(
        "Đánh giá công tác tháng 7, đồng chí Chủ tịch UBND huyện cho biết, trong tháng huyện tiếp tục chỉ đạo "
        "chăm sóc lúa hè thu; tổ chức hội nghị tổng kết vụ xuân, toàn huyện gieo cấy được 2.350 ha lúa, "
        "đạt 101% kế hoạch. Thu ngân sách đạt 12 tỷ đồng.\n"
    )
    results = " ".join(items["achievements"])
    assert "2.350 ha lúa" in results
    assert "chăm sóc lúa hè thu" in results
    assert "đồng chí Chủ tịch UBND huyện cho biết" not in _all(items)  # the speaker is not a fact


def test_a_speaker_who_reports_on_the_meeting_itself_is_still_not_a_result():
    items = _items(
        "Đồng chí Phó Chủ tịch UBND huyện cho biết, hội nghị đã thảo luận và thống nhất các nội dung. "
        "Thu ngân sách đạt 12 tỷ đồng.\n"
    )
    assert "thảo luận" not in _all(items)


def test_an_outbreak_that_occurred_is_a_shortcoming_and_none_occurring_is_a_result():
    items = _items(
        "Thu ngân sách đạt 12 tỷ đồng. Trên địa bàn huyện đã xảy ra dịch tả lợn châu Phi tại 5 hộ ở 2 xã, "
        "với 96 con lợn mắc bệnh. Công tác chăn nuôi ổn định, không để xảy ra dịch bệnh lớn trên gia súc.\n"
    )
    assert any("96 con lợn" in s for s in items["shortcomings"])
    assert not any("96 con lợn" in s for s in items["achievements"])
    assert any("không để xảy ra dịch bệnh lớn" in s for s in items["achievements"])


def test_a_photo_credit_left_with_a_table_bar_is_not_a_result():
    items = _items(
        "Thu ngân sách đạt 12 tỷ đồng, bằng 64% dự toán.\n"
        "Nông dân xã Hòa Bình thu hoạch lúa hè thu. Ảnh minh họa |\n"
        "Trong tháng 8, UBND huyện tập trung chỉ đạo thu hoạch lúa hè thu.\n"
    )
    assert "Ảnh minh họa" not in _all(items)
    assert "Nông dân xã Hòa Bình" not in _all(items)


def test_tasks_set_out_at_the_end_are_tasks_but_the_meetings_purpose_is_not():
    items = _items(
        "Thu ngân sách đạt 12 tỷ đồng, bằng 64% dự toán.\n"
        "Hội nghị đã nghe báo cáo của các phòng, ban. Trên cơ sở đó, đề ra nhiệm vụ, giải pháp tiếp tục "
        "thực hiện trong tháng 8 và thời gian tới.\n"
    )
    assert any("đề ra nhiệm vụ, giải pháp" in s for s in items["next_tasks"])
    assert not any("đề ra nhiệm vụ" in s for s in items["achievements"])


def test_a_district_is_inferred_from_communes_whose_names_end_in_hoi():
    from summarizer.units import find_unit

    text = (
        "UBND huyện tổ chức họp thành viên thường kỳ tháng 6/2021.\n"
        "Công tác phòng chống dịch bệnh được tăng cường, đã công bố hết dịch tại 03 xã Ya Hội, Hà Tam và Phú An.\n"
    )
    unit = find_unit(text, "huyện")
    assert (unit.name, unit.province, unit.stated) == ("Đăk Pơ", "Gia Lai", False)


def test_thousands_grouped_with_a_space_are_one_figure_but_a_month_before_a_count_is_not():
    from summarizer.text import find_figures

    found = [(f.value, f.unit) for f in find_figures("Năng suất ước đạt 58,2 tạ/ha, sản lượng ước đạt 12 450 tấn.")]
    assert (12450.0, "tấn") in found and (450.0, "tấn") not in found
    assert [(f.value, f.unit) for f in find_figures("Trong tháng 5 120 ha lúa bị ngập.")] == [(120.0, "ha")]
