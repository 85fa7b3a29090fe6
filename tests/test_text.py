import re
import unicodedata

import pytest

from summarizer.text import (
    find_figures,
    fold_tones,
    format_number,
    match_key,
    normalize,
    parse_number,
    phrase_alternation,
    phrases,
    sentences,
    strip_noise,
)


@pytest.mark.parametrize(
    "text, value, unit, plan",
    [
        ("685,528 tỷ đồng", 685.528, "tỷ đồng", None),
        ("603,8ha/600ha", 603.8, "ha", 600),
        ("95,27%", 95.27, "%", None),
        ("100,5 %", 100.5, "%", None),
        ("tăng 05%", 5, "%", None),
        ("02 thôn", 2, "thôn", None),
        ("1.804,9/2.300 ha", 1804.9, "ha", 2300),
        ("832.270.966.973 đồng", 832270966973, "đồng", None),
        ("3.516,242 triệu đồng", 3516.242, "triệu đồng", None),
        ("7/38 chỉ tiêu", 7, "chỉ tiêu", 38),
        ("22,756 triệu USD", 22.756, "triệu USD", None),
        ("12,6/19 tiêu chí", 12.6, "tiêu chí", 19),
        ("1.415/3.150 tỷ đồng", 1415, "tỷ đồng", 3150),
        ("giảm 42,65%", 42.65, "%", None),
    ],
)
def test_figures_of_the_genre(text, value, unit, plan):
    (fig,) = find_figures(text)
    assert (fig.value, fig.unit, fig.plan) == (value, unit, plan)
    assert text[fig.start : fig.end] == fig.raw


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("gieo trồng 5.218,7 ha cây trồng các loại", 5218.7, "ha"),
        ("giải quyết đúng hạn 98,6% hồ sơ", 98.6, "%"),
        ("năng suất ước đạt 66,8 tạ/ha", 66.8, "tạ/ha"),
        ("đón khoảng 38.500 lượt khách", 38500, "lượt khách"),
        ("xử lý 142 trường hợp vi phạm", 142, "trường hợp"),
        ("hàng hóa thông qua cảng đạt 9,84 triệu tấn", 9.84, "triệu tấn"),
    ],
)
def test_the_unit_is_the_one_right_after_the_number(text, value, unit):
    (fig,) = find_figures(text)
    assert (fig.value, fig.unit, fig.plan) == (value, unit, None)


def test_numbers_without_units_dates_and_periods_are_not_figures():
    assert find_figures("Chiều ngày 26/10, tháng 8/2023, giai đoạn 2021-2025, lần thứ 15") == []


def test_a_figure_in_a_sentence_keeps_its_offsets():
    text = "Thu ngân sách đến ngày 20/2 đạt 14% KH, trồng được 101 ha."
    assert [(f.raw, f.value) for f in find_figures(text)] == [("14%", 14), ("101 ha", 101)]


@pytest.mark.parametrize("s, v", [("1.234", 1234), ("1,5", 1.5), ("05", 5), ("1.804,9", 1804.9)])
def test_parse_number_reads_dots_as_thousands_and_commas_as_decimals(s, v):
    assert parse_number(s) == v


def test_parse_number_rejects_what_is_not_a_number():
    with pytest.raises(ValueError):
        parse_number("1,2,3")


@pytest.mark.parametrize(
    "value, text",
    [(1234.5, "1.234,5"), (95.27, "95,27"), (7.0, "7"), (832270966973, "832.270.966.973"), (-42.65, "-42,65"), (0.5, "0,5")],
)
def test_format_number_writes_vietnamese_format(value, text):
    assert format_number(value) == text


def test_normalize_composes_nfc_and_unifies_spaces():
    decomposed = unicodedata.normalize("NFD", "Hội nghị\u00a0tổng kết\u200b  năm\r\n\r\n\r\nKết quả")
    out = normalize(decomposed)
    assert out == "Hội nghị tổng kết năm\nKết quả"
    assert unicodedata.is_normalized("NFC", out)


def test_strip_noise_drops_captions_widgets_and_byline_but_keeps_content():
    text = normalize(
        "Tiêu đề bài viết\nSkip to main content\n0:00 / 0:00\nSáng 10/10, UBND huyện tổ chức hội nghị.\n"
        "2\nQuang cảnh hội nghị.\nQuang cảnh hội nghị.\nToàn cảnh hội nghị. Ảnh: Hữu Hoàn\n"
        "Lượt xem: 189\nTrồng rừng được 603,8 ha, đạt 100,6% kế hoạch.\n"
        "Đồng chí Lê Văn A phát biểu tại hội nghị\nĐồng chí Lê Văn A yêu cầu các xã tập trung thu hoạch lúa mùa.\n"
        "Xem thêm\nMinh Thu - Trung tâm VHTT&TT huyện"
    )
    clean, removed, _ = strip_noise(text)
    assert clean.split("\n") == [
        "Tiêu đề bài viết",
        "Sáng 10/10, UBND huyện tổ chức hội nghị.",
        "Trồng rừng được 603,8 ha, đạt 100,6% kế hoạch.",
        "Đồng chí Lê Văn A yêu cầu các xã tập trung thu hoạch lúa mùa.",
    ]
    assert "Lượt xem: 189" in removed and "Minh Thu - Trung tâm VHTT&TT huyện" in removed


def test_sentences_split_on_capitals_but_not_after_abbreviations():
    text = "Đoàn công tác làm việc tại TP. Bắc Kạn. Kết quả đạt 95,27%. Nhiệm vụ tới…/.\nDòng mới"
    assert sentences(text) == ["Đoàn công tác làm việc tại TP. Bắc Kạn.", "Kết quả đạt 95,27%.", "Nhiệm vụ tới…/.", "Dòng mới"]


def test_fold_tones_matches_old_and_new_spelling_but_keeps_qu_and_closed_syllables():
    assert fold_tones("Văn hoá, thuỷ lợi, Uỷ ban, khoẻ, HOÀ") == "Văn hóa, thủy lợi, Ủy ban, khỏe, HÒA"
    assert fold_tones("quý, hoàng, thuyền") == "quý, hoàng, thuyền"
    assert match_key("Văn  hoá") == match_key("VĂN HÓA")


def test_site_menus_before_the_headline_and_related_links_after_the_body_are_dropped():
    page = normalize(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MẪU\nTrang chủ | Giới thiệu | Tin tức - Sự kiện\nThứ bảy, 30/03/2024\n"
        "Huyện ủy đánh giá kết quả tháng 3, triển khai nhiệm vụ tháng 4/2024\n"
        "Lượt xem: 274 | In bài viết | Gửi email\nCập nhật: 30/03/2024 08:15\n"
        + "Ngày 29/3/2024, Huyện ủy tổ chức hội nghị thường kỳ đánh giá kết quả lãnh đạo, chỉ đạo thực hiện "
        "nhiệm vụ tháng 3, triển khai nhiệm vụ trọng tâm tháng 4/2024 với sự tham dự của các đồng chí lãnh đạo.\n"
        "Văn Tú - Trung tâm VH-TT huyện\nCác tin khác\nHuyện tổ chức Tết trồng cây năm 2024\nBản quyền thuộc UBND huyện"
    )
    clean, _, _ = strip_noise(page)
    lines = clean.split("\n")
    assert lines[0] == "Huyện ủy đánh giá kết quả tháng 3, triển khai nhiệm vụ tháng 4/2024"
    assert len(lines) == 2 and lines[1].startswith("Ngày 29/3/2024")


def test_lower_in_place_keeps_every_offset():
    from summarizer.text import lower_in_place

    assert lower_in_place("Chưa Đạt KẾ HOẠCH") == "chưa đạt kế hoạch"
    # "İ".lower() is two characters: it keeps its case, so what follows stays where it was.
    text = "İstanbul: Chưa đạt"
    low = lower_in_place(text)
    assert len(low) == len(text) and low.index("chưa") == text.index("Chưa")


def test_a_trie_of_phrases_matches_what_their_alternation_longest_first_matches():
    phrases = ["an ninh", "an ninh trật tự", "an", "trật tự", "quốc phòng - an ninh", "a.b", "tự"]
    plain = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)"
    )
    trie = re.compile(r"(?<!\w)" + phrase_alternation(phrases) + r"(?!\w)")
    for text in ("đảm bảo an ninh trật tự trên địa bàn", "quốc phòng - an ninh, an toàn", "a.b a.bc an", "axb tự do"):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # the longest phrase that ends a word, when a longer one runs into the next letter
    assert [m.group(0) for m in trie.finditer("giữ vững an ninh trật tựa")] == ["an ninh"]


def test_phrases_are_every_choice_of_each_part_in_order():
    assert phrases(("đánh giá", "sơ kết"), " ", ("toàn diện ", ""), "kết quả") == [
        "đánh giá toàn diện kết quả", "đánh giá kết quả", "sơ kết toàn diện kết quả", "sơ kết kết quả"
    ]
    assert phrases("chủ trì") == ["chủ trì"]
