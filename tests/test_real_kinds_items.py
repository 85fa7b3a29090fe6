"""Issue 12, kinds 4-6: which sentences of a real article are items at all (synthetic text only)."""

import pytest

from summarizer.extract import extract
from summarizer.sources import make_article
from tests.test_linear import ordinary_seconds  # noqa: F401 (a fixture: CPU seconds of ordinary text)


def _report(text: str, name: str = "bai.txt"):
    article = make_article(text, name)
    return article.text, extract(article)


def _evidence(items) -> list[str]:
    return [i.evidence for i in items]


def _all_quotes(report) -> str:
    return " | ".join(i.evidence for _, i in report.items())


def _assert_verbatim(text, report):
    for _, item in report.items():
        assert text[item.start : item.end] == item.evidence


# --- kind 4: no headline ----------------------------------------------------------------------

def test_an_excerpt_that_starts_mid_article_keeps_the_facts_of_its_first_paragraph():
    text, report = _report(
        "Chín tháng năm 2024, kinh tế của huyện Yên Thành tiếp tục tăng trưởng; tổng giá trị sản xuất "
        "ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ; thu ngân sách trên địa bàn đạt 215,6 tỷ đồng, "
        "bằng 81,2% dự toán năm.\n"
        "Công tác xây dựng nông thôn mới được quan tâm, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    quotes = _evidence(report.achievements)
    assert any("6.120 tỷ đồng" in q for q in quotes)
    assert any("215,6 tỷ đồng" in q for q in quotes)
    assert any("2 xã đạt chuẩn" in q for q in quotes)
    _assert_verbatim(text, report)


def test_a_headline_is_still_no_body_text():
    _, report = _report(
        "Huyện Yên Thành họp phiên thường kỳ tháng 9/2024\n"
        "Sáng 4/10, UBND huyện Yên Thành tổ chức phiên họp thường kỳ tháng 9/2024.\n"
        "Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ.\n"
    )
    assert _evidence(report.achievements) == ["Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ."]
    # a headline that states a result the body does not repeat is a fact of its own (12-holdout-2)
    _, report = _report(
        "Huyện Yên Thành: 9 tháng thu ngân sách đạt 215,6 tỷ đồng\n"
        "Sáng 4/10, UBND huyện Yên Thành tổ chức phiên họp thường kỳ tháng 9/2024.\n"
        "Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ.\n"
    )
    assert _evidence(report.achievements) == [
        "Huyện Yên Thành: 9 tháng thu ngân sách đạt 215,6 tỷ đồng",
        "Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ.",
    ]


# --- kind 5: the meeting's own business -------------------------------------------------------

_MEETING = (
    "Huyện ủy Quỳ Hợp sơ kết 6 tháng đầu năm 2024\n"
    "Sáng 5/7, Ban Chấp hành Đảng bộ huyện Quỳ Hợp tổ chức hội nghị lần thứ 18 sơ kết công tác 6 tháng đầu năm 2024.\n"
)


def _quotes(body: str, category: str = "achievements") -> list[str]:
    """The quotes of one category of an article that is `_MEETING` followed by `body`."""
    return _evidence(getattr(_report(_MEETING + body)[1], category))


def test_agenda_attendees_awards_and_the_online_form_are_not_results():
    text, report = _report(
        _MEETING
        + "Dự hội nghị có các đồng chí: Lương Văn Khoa - Phó Trưởng Ban Tổ chức Tỉnh ủy; Vi Thị Hạnh - Bí thư Huyện ủy.\n"
        "Hội nghị được tổ chức trực tuyến đến 21 điểm cầu các xã, thị trấn.\n"
        "Nội dung hội nghị gồm: Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm; Báo cáo công tác kiểm tra, "
        "giám sát; Dự thảo chương trình công tác 6 tháng cuối năm.\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm. Báo cáo tổng kết "
        "công tác dân vận năm 2023. Sáu tháng qua, tổng sản lượng lương thực đạt 31.500 tấn, tăng 2,1% so với cùng kỳ.\n"
        "Nhân dịp này, Ban Thường vụ Huyện ủy đã trao Giấy khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc.\n"
    )
    quotes = _all_quotes(report)
    for boilerplate in ("Lương Văn Khoa", "điểm cầu", "Báo cáo kết quả", "Dự thảo chương trình", "nghe báo cáo",
                        "công tác dân vận", "Giấy khen"):
        assert boilerplate not in quotes
    # the result in the agenda's paragraph is kept
    assert _evidence(report.achievements) == ["Sáu tháng qua, tổng sản lượng lương thực đạt 31.500 tấn, tăng 2,1% so với cùng kỳ."]
    _assert_verbatim(text, report)


def test_a_caption_naming_the_meeting_is_no_item():
    _, report = _report(
        _MEETING
        + "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ huyện Quỳ Hợp khóa XXIV\n"
        "Sáu tháng qua, tổng sản lượng lương thực đạt 31.500 tấn, tăng 2,1% so với cùng kỳ.\n"
        "Bí thư Huyện ủy Vi Thị Hạnh phát biểu tại hội nghị lần thứ 18 của Ban Chấp hành Đảng bộ huyện\n"
        "Toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
    )
    assert _all_quotes(report).count("hội nghị") == 0
    assert len(report.achievements) == 2


# --- kind 6: fragments --------------------------------------------------------------------------

def test_a_hard_wrapped_text_is_read_in_whole_sentences():
    text, report = _report(
        "Sáng 12/1/2024, Huyện ủy Tương Dương tổ chức Hội\n"
        "nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai\n"
        "nhiệm vụ năm 2024. Đồng chí Lô Thị Mai, Bí thư Huyện ủy chủ\n"
        "trì hội nghị.\n"
        "Năm\n"
        "2023, toàn Đảng bộ kết nạp được 142 đảng viên mới, đạt 103% kế hoạch;\n"
        "thu ngân sách trên địa bàn đạt 96,4 tỷ đồng, vượt 12% dự toán. Công tác\n"
        "kiểm tra, giám sát được tăng cường, đúng kế hoạch đề ra.\n"
    )
    assert [" ".join(q.split()) for q in _evidence(report.achievements)] == [
        "Năm 2023, toàn Đảng bộ kết nạp được 142 đảng viên mới, đạt 103% kế hoạch",
        "thu ngân sách trên địa bàn đạt 96,4 tỷ đồng, vượt 12% dự toán.",
        "Công tác kiểm tra, giám sát được tăng cường, đúng kế hoạch đề ra.",
    ]
    assert not report.next_tasks and not report.shortcomings
    _assert_verbatim(text, report)
    assert all(i.grounded for i in report.achievements)
    assert all("\n" not in i.summary for i in report.achievements)


def test_unwrap_keeps_the_offsets_and_the_paragraphs():
    from summarizer.text import unwrap

    text = "Hội nghị sơ kết quý I\nSáng 2/4, huyện tổ chức hội\nnghị sơ kết quý I.\nThu ngân sách đạt 20 tỷ đồng."
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat == "Hội nghị sơ kết quý I\nSáng 2/4, huyện tổ chức hội nghị sơ kết quý I.\nThu ngân sách đạt 20 tỷ đồng."


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    quotes = _quotes(
        "Hội nghị do đồng chí Vi Thị Hạnh, Bí thư Huyện ủy chủ trì.Sáu tháng qua, toàn huyện trồng mới "
        "640 ha rừng tập trung, đạt 106% kế hoạch.\n"
    )
    assert quotes == ["Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch."]


def test_the_half_word_an_excerpt_was_cut_in_is_left_out():
    quotes = _quotes(
        "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, nhất là các dự án giao thông nông t\n",
        "shortcomings",
    )
    assert quotes == [
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, nhất là các dự án giao thông nông"
    ]


def test_a_sentence_cut_before_it_says_anything_is_no_item():
    _, report = _report(
        _MEETING + "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy đề n\n"
    )
    assert len(report.achievements) == 1 and not report.next_tasks and not report.shortcomings


def test_a_piece_that_only_goes_on_counting_stays_with_the_piece_before():
    quotes = _quotes(
        "Sáu tháng qua, huyện xây mới 14 phòng học, 2 nhà công vụ giáo viên; 3 nhà văn hóa xã, "
        "11 nhà văn hóa thôn; 08 hồ chứa nhỏ trên địa bàn bảo đảm an toàn trong mùa mưa lũ; "
        "thu ngân sách đạt 58,2 tỷ đồng.\n"
    )
    assert quotes == [
        "Sáu tháng qua, huyện xây mới 14 phòng học, 2 nhà công vụ giáo viên; 3 nhà văn hóa xã, 11 nhà văn hóa thôn",
        "08 hồ chứa nhỏ trên địa bàn bảo đảm an toàn trong mùa mưa lũ",
        "thu ngân sách đạt 58,2 tỷ đồng.",
    ]


def test_a_piece_that_singles_out_part_of_the_one_before_stays_with_it():
    quotes = _quotes(
        "Sáu tháng qua, chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời; nhất là đối với hộ nghèo, "
        "gia đình chính sách; thu ngân sách đạt 58,2 tỷ đồng.\n"
    )
    assert quotes == [
        "Sáu tháng qua, chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời; nhất là đối với hộ nghèo, "
        "gia đình chính sách",
        "thu ngân sách đạt 58,2 tỷ đồng.",
    ]


def test_a_lead_paragraph_printed_twice_gives_its_items_once():
    quotes = _quotes(
        "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Sáu tháng qua, toàn huyện (Nghệ An) trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
    )
    assert len(quotes) == 1


def test_what_a_colon_sentence_is_about_stays_in_its_item():
    quotes = _quotes(
        "Các chương trình mục tiêu quốc gia: giảm nghèo bền vững, xây dựng nông thôn mới, phát triển "
        "vùng đồng bào dân tộc thiểu số được triển khai đồng bộ.\n"
    )
    assert quotes == [
        "Các chương trình mục tiêu quốc gia: giảm nghèo bền vững, xây dựng nông thôn mới, phát triển "
        "vùng đồng bào dân tộc thiểu số được triển khai đồng bộ."
    ]


def test_the_customary_sentence_that_the_organ_led_and_directed_is_no_result():
    quotes = _quotes(
        "Sáu tháng qua, Ban Chấp hành Đảng bộ huyện đã tập trung lãnh đạo, chỉ đạo triển khai đồng bộ, quyết liệt "
        "trên tất cả các lĩnh vực. Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo ban hành 4 nghị quyết, "
        "11 kế hoạch. Cấp ủy các cấp đã tập trung lãnh đạo, chỉ đạo, giữ vững quốc phòng - an ninh.\n"
    )
    assert quotes == [
        "Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo ban hành 4 nghị quyết, 11 kế hoạch.",
        "Cấp ủy các cấp đã tập trung lãnh đạo, chỉ đạo, giữ vững quốc phòng - an ninh.",
    ]


def test_a_task_to_take_part_in_an_event_is_no_attendance_list():
    quotes = _quotes(
        "Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các ngành tập trung thực hiện tốt nhiệm vụ 6 tháng cuối năm.\n"
        "Chuẩn bị tốt lực lượng tham dự Hội khỏe Phù Đổng cấp tỉnh; đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n",
        "next_tasks",
    )
    assert any("Hội khỏe Phù Đổng" in q for q in quotes)


def test_numbered_and_capitalised_titles_of_a_report_are_headings_not_items():
    _, report = _report(
        _MEETING
        + "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024\n"
        "Tổng sản lượng lương thực đạt 31.500 tấn, tăng 2,1% so với cùng kỳ.\n"
        "2. Tình hình thực hiện công tác xây dựng Đảng và hệ thống chính trị 6 tháng đầu năm\n"
        "Toàn huyện kết nạp 86 đảng viên mới, đạt 57% kế hoạch năm.\n"
        "II. Phương hướng, nhiệm vụ trọng tâm những tháng cuối năm 2024\n"
        "Tập trung chăm sóc, bảo vệ lúa mùa; đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
    )
    assert _evidence(report.achievements) == [
        "Tổng sản lượng lương thực đạt 31.500 tấn, tăng 2,1% so với cùng kỳ.",
        "Toàn huyện kết nạp 86 đảng viên mới, đạt 57% kế hoạch năm.",
    ]
    assert _evidence(report.next_tasks) == ["Tập trung chăm sóc, bảo vệ lúa mùa", "đẩy nhanh tiến độ giải ngân vốn đầu tư công."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại hội nghị, các đại biểu đã nghe báo cáo tình hình thực hiện nhiệm vụ quý III.",
        "Hội nghị cũng thông qua chương trình kỳ họp thứ 9 Hội đồng nhân dân huyện.",
        "Phiên họp xem xét tờ trình về kế hoạch đầu tư công năm 2025.",
        "Nội dung hội nghị gồm: Báo cáo kết quả công tác tháng 9; Dự thảo kế hoạch tháng 10.",
        "Tham dự hội nghị có lãnh đạo các ban, ngành của huyện.",
        "Đồng chí Phó Chủ tịch UBND tỉnh về dự và chỉ đạo hội nghị.",
        "Dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy.",
        "Đại diện các xã đã tham luận, chia sẻ kinh nghiệm xây dựng nông thôn mới.",
        "Những nội dung trình hội nghị lần này đều rất quan trọng.",
        "Nhân dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể có thành tích xuất sắc.",
        "Huyện vinh dự được trao tặng Huân chương Lao động hạng Ba.",
        "Đồng chí Bí thư Tỉnh ủy trao Cờ thi đua cho Đảng bộ huyện.",
        "Huyện ủy đã khen thưởng các tập thể, cá nhân tiêu biểu.",
        "Cuộc họp được tổ chức trực tuyến đến 22 điểm cầu các xã, thị trấn.",
    ],
)
def test_the_meeting_s_own_business_is_recognised(sentence):
    from summarizer.extract import boilerplate

    assert boilerplate.is_meeting_business(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thu ngân sách trên địa bàn đạt 58,2 tỷ đồng, thông qua việc tăng cường chống thất thu thuế.",
        "Dự án đường giao thông liên xã hoàn thành đúng tiến độ.",
        "Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh tiến độ thu ngân sách.",
        "Chuẩn bị tốt lực lượng tham dự Hội khỏe Phù Đổng cấp tỉnh.",
    ],
)
def test_results_and_tasks_are_not_the_meeting_s_business(sentence):
    from summarizer.extract import boilerplate

    assert not boilerplate.is_meeting_business(sentence)


# --- in time linear in the length of the text ---------------------------------------------------

_LONG = {
    "meeting-business-words": "các đại biểu hội nghị đã nghe thông qua cho ý kiến góp ý xem xét gồm dự hội nghị có ",
    "a-report-after-many-words": "hội nghị nghe " + "x" * 200 + " ",
    "led-and-directed": "tập trung lãnh đạo, chỉ đạo ",
    "stops-glued-to-capitals": "hội nghị.Năm ",
    "semicolons-of-counts": "12 nhà văn hóa thôn; ",
    "semicolons-singling-out": "nhất là hộ nghèo; ",
    "numbered-capitals": "II. KẾT QUẢ THỰC HIỆN ",
}


@pytest.mark.parametrize("unit", _LONG.values(), ids=_LONG.keys())
@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "hard-wrapped"])
def test_what_is_no_item_is_found_in_linear_time(unit: str, wrapped: bool, tmp_path, ordinary_seconds: float):
    from tests.timing import FACTOR, HEADLINE, LENGTH, OPENING, cpu_seconds, extract_file, repeat

    body = repeat(unit, LENGTH) + " đạt 95% kế hoạch."
    if wrapped:  # cut every 70 characters, as a hard-wrapped text is
        body = "\n".join(body[i : i + 70] for i in range(0, len(body), 70))
    path = tmp_path / "long.txt"
    path.write_text(f"{HEADLINE}\n{OPENING}\n{body}", encoding="utf-8")
    took = cpu_seconds(lambda: extract_file(path))
    assert took < FACTOR * ordinary_seconds, f"{took:.2f} s against {ordinary_seconds:.2f} s for ordinary text"


def test_a_first_line_read_as_text_is_grounded_even_with_numbers_run_together():
    """Found by tests/test_fuzz.py once first lines became items: "12 603,8ha/600ha" is 12 and
    603,8 ha of 600, and the quote holds 603,8."""
    text, report = _report(
        "UBND huyện Yên Thành đánh giá kết quả tháng 9 năm 2023 với 12 603,8ha/600ha lúa mùa được thu hoạch, "
        "tăng 5% so với cùng kỳ.\n"
    )
    assert report.achievements and all(i.grounded for i in report.achievements)
    _assert_verbatim(text, report)


def test_to_whom_the_results_are_owed_is_no_result():
    quotes = _quotes(
        "Sáu tháng qua, mặc dù còn nhiều khó khăn, nhưng với sự chỉ đạo sát sao của Huyện ủy, sự nỗ lực của "
        "các cấp, các ngành; thu ngân sách trên địa bàn đạt 58,2 tỷ đồng; toàn huyện trồng mới 640 ha rừng tập trung.\n"
    )
    assert not any("với sự chỉ đạo" in q for q in quotes)
    assert any("58,2 tỷ đồng" in q for q in quotes) and any("640 ha" in q for q in quotes)
