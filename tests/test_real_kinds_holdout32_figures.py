"""Issue 12, held-out sets 32-33 (figures, tuned by 12-tune-32fig): what a counted noun's unit takes in
beyond its head noun, and figures a list's lead or a cut excerpt lost, each with synthetic sentences."""

from tests.kinds import quotes_by_category, report_of

HEAD = "XÃ TÂN PHÚ TỔNG KẾT NĂM 2025\nNăm 2025, xã Tân Phú đạt nhiều kết quả.\n\n"


def _figures(text: str) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for _, item in report_of(HEAD + text).items() for m in item.metrics}


def test_a_semicolon_before_a_like_list_keeps_the_figures_before_it():
    # "…đạt 90,5%; trong đó … như a, b, c": the rate is a result of its own, not a list's lead
    text = (
        HEAD + "Tỷ lệ điều tra khám phá án đạt 90,5%, vượt 3,5% so với năm 2024; trong đó khám phá nhiều vụ án lớn "
        "như trộm cắp tài sản, cố ý gây thương tích, đánh bạc."
    )
    achievements = " | ".join(quotes_by_category(text)["achievements"])
    assert "90,5%" in achievements and "trộm cắp tài sản" in achievements
    assert (90.5, "%") in {(m.value, m.unit) for _, i in report_of(text).items() for m in i.metrics}
