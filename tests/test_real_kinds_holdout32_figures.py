"""Issue 12, held-out sets 32-33 (figures, tuned by 12-tune-32fig): what a counted noun's unit takes in
beyond its head noun, and figures a list's lead or a cut excerpt lost, each with synthetic sentences."""

from tests.kinds import quotes_by_category, report_of

HEAD = "XÃ TÂN PHÚ TỔNG KẾT NĂM 2025\nNăm 2025, xã Tân Phú đạt nhiều kết quả.\n\n"


def _figures(text: str) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for _, item in report_of(HEAD + text).items() for m in item.metrics}


def test_a_house_built_under_a_named_programme_keeps_the_programme_in_its_unit():
    # "nhà tình nghĩa", "nhà đại đoàn kết" name kinds of house; "tạm" only says what state one is in
    figures = _figures(
        "Mặt trận xã vận động xây dựng 06 căn nhà tình nghĩa, 3 nhà Đại đoàn kết và sửa chữa 08 căn nhà tạm cho hộ nghèo."
    )
    assert {(6, "căn nhà tình nghĩa"), (3, "nhà đại đoàn kết"), (8, "căn nhà")} <= figures


def test_a_paper_granted_keeps_what_it_grants_written_out_or_as_an_acronym():
    figures = _figures(
        "Trong năm, xã cấp 25 giấy chứng nhận quyền sử dụng đất, 9 giấy phép xây dựng và trao 40 thẻ BHYT cho trẻ em."
    )
    assert {(25, "giấy chứng nhận quyền sử dụng đất"), (9, "giấy phép xây dựng"), (40, "thẻ BHYT")} <= figures


def test_a_family_keeps_the_standing_it_is_helped_for():
    figures = _figures("Trong năm, Hội đã hỗ trợ 15 gia đình chính sách và 32 hộ thành viên vay vốn sản xuất.")
    assert {(15, "gia đình chính sách"), (32, "hộ")} <= figures


def test_a_part_of_a_counted_noun_is_counted_as_its_own_kind():
    assert (12, "tiểu dự án") in _figures("Từ nguồn quỹ hội, xã đã triển khai 12 tiểu dự án chăn nuôi cho hội viên.")


def test_a_quoted_name_opening_with_a_counted_noun_is_the_unit_whole():
    figures = _figures(
        "Đoàn xã thực hiện 04 “Công trình thanh niên cấp xã”, hỗ trợ xây dựng 01 “Nhà khăn quàng đỏ” trị giá 50 triệu đồng."
    )
    assert {(4, "công trình thanh niên cấp xã"), (1, "nhà khăn quàng đỏ"), (50, "triệu đồng")} <= figures


def test_a_sum_of_money_in_a_multiplier_alone_is_in_dong():
    # the excerpt stops after "tỷ": the sum named before it says it is money
    figures = _figures("Xã trao 120 suất quà cho hộ khó khăn với số tiền gần 3,25 tỷ")
    assert (3.25, "tỷ đồng") in figures and (120, "suất quà") in figures
    # what names no money keeps its multiplier alone
    assert (1.5, "triệu") in _figures("Đàn gia cầm của xã đạt 1,5 triệu, tăng 3% so với cùng kỳ.")


def test_the_items_of_a_report_and_the_awards_of_the_period_are_counted():
    figures = _figures(
        "Trong năm, UBND xã hoàn thành 5 nội dung báo cáo theo yêu cầu của huyện; tổ chức tổng kết phong trào, "
        "khen thưởng 6 tập thể và 15 cá nhân."
    )
    assert {(5, "nội dung báo cáo"), (6, "tập thể"), (15, "cá nhân")} <= figures


def test_a_semicolon_before_a_like_list_keeps_the_figures_before_it():
    # "…đạt 90,5%; trong đó … như a, b, c": the rate is a result of its own, not a list's lead
    text = (
        HEAD + "Tỷ lệ điều tra khám phá án đạt 90,5%, vượt 3,5% so với năm 2024; trong đó khám phá nhiều vụ án lớn "
        "như trộm cắp tài sản, cố ý gây thương tích, đánh bạc."
    )
    achievements = " | ".join(quotes_by_category(text)["achievements"])
    assert "90,5%" in achievements and "trộm cắp tài sản" in achievements
    assert (90.5, "%") in {(m.value, m.unit) for _, i in report_of(text).items() for m in i.metrics}
