"""Issue 12, kinds 4-6: which sentences are items: headlines, meeting business, fragments (synthetic sentences)."""

import pytest

from summarizer.extract import extract
from summarizer.sources import make_article
from tests.kinds import joined, quotes_by_category, report_of, song_may_party_year_end_quotes
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


# (set 91)
def test_a_stop_glued_after_an_ellipsis_still_ends_the_sentence():
    items = quotes_by_category(
        "HĐND xã Vi Sơn họp kỳ cuối năm 2019\n"
        "Ngày 27/12/2019, HĐND xã Vi Sơn tổ chức kỳ họp thứ chín đánh giá tình hình kinh tế - xã hội năm 2019.\n"
        "Năm 2019, xã thu ngân sách đạt 101,5% kế hoạch; tình hình an ninh trật tự ổn định….Bên cạnh đó còn một số "
        "chỉ tiêu đạt thấp so với kế hoạch như: diện tích trồng chè, cam quýt.\n"
    )
    assert "101,5% kế hoạch" in joined(items["achievements"]) and "an ninh trật tự ổn định" in joined(items["achievements"])
    assert "101,5%" not in joined(items["shortcomings"]) and "trồng chè" in joined(items["shortcomings"])


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
        # the documents it passed or will pass, its subject named, left out or after where and when
        "Đồng thời, thông qua báo cáo công tác của Thường trực HĐND xã.",
        "Ngoài ra còn thông qua một số tờ trình về đầu tư công.",
        "Hội nghị cũng thảo luận và thông qua dự thảo Quy chế làm việc.",
        "Buổi chiều, HĐND xã sẽ xem xét, thông qua 5 nghị quyết.",
        "Thông qua tờ trình đề nghị điều chỉnh dự toán ngân sách xã.",
        # the answers given to what was raised at it
        "Lãnh đạo Huyện ủy đã tiếp thu và trực tiếp trả lời các vấn đề thuộc thẩm quyền.",
        "Tại kỳ họp, đại diện lãnh đạo UBND xã trả lời các ý kiến, kiến nghị của cử tri.",
        # what was exchanged or put forward at it, with no list of what
        "Tại hội nghị, các đại biểu đã trao đổi, làm rõ nhiều nội dung trong công tác chỉ đạo, điều hành.",
        "Tại hội nghị, các bộ phận chuyên môn đã báo cáo, đề xuất nhiều giải pháp thuộc lĩnh vực phụ trách.",
        # (set 93) what was questioned, by field, and the answers given in the session
        "Các vấn đề giải trình, làm rõ và trả lời chất vấn tập trung vào các lĩnh vực như: y tế, nước sinh hoạt, đất đai.",
        "Trong kỳ họp, lãnh đạo UBND huyện đã trả lời các ý kiến chất vấn của đại biểu.",
        # (set 91) the badges handed out on this occasion
        "Đợt này Đảng bộ phường đã trao Huy hiệu Đảng cho 01 đồng chí đảng viên 60 năm tuổi đảng, 05 đồng chí 55 năm.",
        # (set 90) the views it heard, counted, and whom it heard
        "Kỳ họp đã được nghe 4 ý kiến phát biểu đại diện cho cử tri 4 đơn vị bầu cử của xã.",
        "Kỳ họp này đã được nghe ông Nguyễn Văn Thắng, Bí thư Đoàn thanh niên thị xã, đại diện cho các đại biểu phát biểu.",
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
        # "thông qua" as "by means of", and a council's count of the period
        "Thông qua kế hoạch phối hợp, Hội Nông dân đã hỗ trợ 120 hộ vay vốn.",
        "Thông qua báo cáo sơ kết, hội nghị đã đánh giá được những thành tích của các chi đoàn.",
        "Năm 2024, HĐND huyện đã thông qua 12 nghị quyết về phát triển kinh tế - xã hội.",
        "Trong quý, Thường trực HĐND xã thông qua 3 nghị quyết chuyên đề về đất đai.",
        "Trong năm, UBND huyện đã trả lời 45/45 kiến nghị của cử tri đúng thời hạn.",
        "Tại hội nghị, các đại biểu đã trao đổi, chỉ ra những hạn chế: giải ngân chậm; thu ngân sách đạt thấp.",
        "Hội nghị đã được nghe 11 ý kiến phản ánh của các chi bộ về các vấn đề: những khó khăn trong quản lý đất đai.",
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


# --- headlines, titles and headings ---------------------------------------------------------------

# (set 2)
def test_a_headline_that_states_a_result_with_its_figure_is_a_fact():
    report = report_of(
        "Xã Hòa Lâm hoàn thành và vượt 21/24 chỉ tiêu năm 2025\n"
        "Ngày 24/12, Đảng ủy xã Hòa Lâm tổ chức hội nghị tổng kết năm 2025.\n"
        "Năm 2025, thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm.\n"
    )
    assert any("21/24 chỉ tiêu" in q for q in _evidence(report.achievements))
    assert (21, "chỉ tiêu") in [(m.value, m.unit) for _, i in report.items() for m in i.metrics]


# (set 2)
def test_a_headline_that_sets_a_target_is_a_task_and_one_the_body_repeats_is_no_second_item():
    report = report_of(
        "Phường Tân Hòa phấn đấu hoàn thành 18 chỉ tiêu năm 2026\n"
        "Sáng 5/1, Đảng ủy phường Tân Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2026.\n"
    )
    assert any("18 chỉ tiêu" in q for q in _evidence(report.next_tasks))
    report = report_of(
        "Xã Hòa Lâm đạt 21/24 chỉ tiêu năm 2025\n"
        "Năm 2025, xã Hòa Lâm đạt 21/24 chỉ tiêu nghị quyết đề ra.\n"
    )
    assert sum("21/24" in q for q in _evidence(report.achievements)) == 1


# (set 2)
def test_a_numbered_part_title_with_a_full_stop_and_the_setting_of_the_period_are_no_results():
    report = report_of(
        "Ngày 30/9/2025, UBND xã Ia Mơ họp đánh giá tình hình 9 tháng đầu năm 2025.\n"
        "1. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2025.\n"
        "Việc thực hiện nhiệm vụ 9 tháng diễn ra trong bối cảnh có nhiều sự kiện quan trọng của địa phương. "
        "Tổng diện tích gieo trồng đạt 2.150 ha, bằng 101% kế hoạch.\n"
    )
    quotes = _evidence(report.achievements)
    assert any("2.150 ha" in q for q in quotes)
    assert not any(q.startswith("1. Kết quả") or "trong bối cảnh" in q for q in quotes)


# (set 25)
def test_a_headline_repeated_under_the_photo_is_no_result():
    got = quotes_by_category(
        "Thứ 2, 26/9/2022 | 16:05\n\n"
        "UBND huyện Tân Phong họp lệ tháng 9 năm 2022\n\n"
        "Chiều ngày 26/9/2022, UBND huyện Tân Phong tổ chức họp lệ tháng 9 năm 2022. Chủ tịch UBND huyện "
        "chủ trì hội nghị.\n\n"
        "UBND huyện Tân Phong họp lệ tháng 9 năm 2022\n\n"
        "Trong tháng 9/2022, thu ngân sách huyện đạt 312 tỷ đồng, đạt 80% dự toán.\n",
        "tan-phong-9.txt",
    )
    assert "họp lệ" not in joined(got["achievements"])
    assert "312 tỷ đồng" in joined(got["achievements"])


# (set 32)
def test_a_fields_title_run_into_its_paragraph_and_the_years_plans_drawn_up_are_no_results():
    # "Về công tác xây dựng tổ chức hội; Các cấp Hội đã …": the title heads what follows it; drawing up the
    # year's plans and rolling them out names no matter of the work
    text = (
        "Hội Cựu chiến binh huyện Văn Lãng sơ kết 6 tháng đầu năm 2022\n"
        "Trong quý, các cấp Hội đã kết nạp được 31 hội viên. Về công tác xây dựng tổ chức hội; Các cấp Hội đã "
        "xây dựng các kế hoạch công tác Hội năm 2022 và triển khai về từng chi hội. "
        "Về công tác xây dựng tổ chức hội; Các cấp Hội đã kiện toàn 5 chi hội."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == [
        "Trong quý, các cấp Hội đã kết nạp được 31 hội viên.",
        "Về công tác xây dựng tổ chức hội; Các cấp Hội đã kiện toàn 5 chi hội.",
    ]


# (set 32)
def test_a_headline_naming_the_meeting_after_its_organ_and_a_sites_menu_line_are_no_results():
    text = (
        "Huyện đoàn Hoài Ân: Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2020, triển khai "
        "phương hướng, nhiệm vụ năm 2021.\n\n"
        "Tin Cơ sở Tin Đoàn Thanh niên Tin Hội Sinh viên Thư viện Ảnh\n\n"
        "Năm 2020, các cơ sở Đoàn trong huyện đã thực hiện 12 công trình thanh niên, trị giá hơn 200 triệu đồng."
    )
    assert quotes_by_category(text)["achievements"] == [
        "Năm 2020, các cơ sở Đoàn trong huyện đã thực hiện 12 công trình thanh niên, trị giá hơn 200 triệu đồng."
    ]


# (sets 34-35)
def test_a_headline_printed_again_with_a_full_stop_is_no_result():
    text = (
        "Ủy ban MTTQ huyện Ninh Sơn sơ kết công tác 6 tháng đầu năm 2020\n"
        "Ngày 15-7, Ủy ban MTTQ huyện Ninh Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2020.\n"
        "Trong 6 tháng, Mặt trận các cấp đã vận động được 320 triệu đồng ủng hộ Quỹ Vì người nghèo.\n"
        "Ủy ban MTTQ huyện Ninh Sơn sơ kết công tác 6 tháng đầu năm 2020.\n"
        "Các phong trào thi đua được triển khai sâu rộng."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert not any("sơ kết công tác 6 tháng" in q for q in achievements)
    assert len(achievements) == 2


# (sets 34-35)
def test_a_headline_naming_its_unit_before_a_colon_is_the_headline_even_with_a_full_stop():
    # "Huyện X: Hoàn thành tốt nhiệm vụ … năm 2021." above the opening: the title, not the article's first sentence
    text = (
        "Tin tổng hợp\n"
        "Huyện Yên Bình: Hoàn thành tốt nhiệm vụ quân sự, quốc phòng địa phương năm 2023.\n"
        "Chiều ngày 12/12, Ban Chỉ huy Quân sự huyện Yên Bình đã tổ chức hội nghị tổng kết nhiệm vụ quân sự, quốc "
        "phòng năm 2023 và triển khai nhiệm vụ năm 2024.\n"
        "Năm 2023, công tác tuyển quân đạt 100% kế hoạch."
    )
    report = report_of(text)
    assert report.title.startswith("Huyện Yên Bình: Hoàn thành tốt")
    assert [i.evidence for i in report.achievements] == ["Năm 2023, công tác tuyển quân đạt 100% kế hoạch."]


# (sets 34-35)
def test_the_outlet_s_tagged_lead_is_no_headline_and_the_headline_s_figure_is_a_result():
    # "(NLĐO) - …" opens the lead paragraph, written without a full stop: the headline above it states the figure
    text = (
        "Một xã ở Long An thu ngân sách vượt hơn 215%\n"
        "Thu Hà\n"
        "(NLĐO) - Bộ máy mới của xã Phước Lợi, tỉnh Long An được đưa vào vận hành thông suốt, không gián đoạn, được "
        "người dân đồng tình\n"
        "Ngày 18-12, Đảng ủy xã Phước Lợi, tỉnh Long An tổ chức hội nghị tổng kết năm 2025. Hội nghị đã ghi nhận "
        "những kết quả nổi bật của xã trong năm, nhất là công tác thu ngân sách nhà nước vượt dự toán được giao.\n"
        "Tất cả các chỉ tiêu năm 2025 đều đạt và vượt chỉ tiêu nghị quyết đề ra."
    )
    report = report_of(text)
    assert report.title == "Một xã ở Long An thu ngân sách vượt hơn 215%"
    assert any((m.value, m.unit) == (215, "%") for i in report.achievements for m in i.metrics)


# (sets 40-41)
def test_a_headline_under_a_date_line_that_names_the_review_is_no_result():
    text = (
        "Thứ 4 Ngày 06/11/2019\n"
        "Huyện Ủy Kim Bảng đánh giá kết quả công tác tháng 10.\n"
        "Huyện Ủy Kim Bảng tổ chức hội nghị đánh giá kết quả công tác tháng 10; triển khai nhiệm vụ tháng 11/2019.\n"
        "Tháng 10/2019, thu ngân sách trên địa bàn huyện đạt 210 tỷ đồng, bằng 91% kế hoạch năm."
    )
    got = quotes_by_category(text)
    assert "đánh giá kết quả công tác tháng 10." not in joined(got["achievements"])
    assert "210 tỷ đồng" in joined(got["achievements"])


# (sets 40-41)
def test_a_headline_rounding_a_figure_the_body_gives_is_said_already():
    text = (
        "Một xã ở Hà Nội thu ngân sách đạt gần 400% dự toán\n"
        "Ngày 9/12, HĐND xã Phúc Lâm khóa I tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Trong năm 2025, thu ngân sách của xã Phúc Lâm đạt 24,5 tỷ đồng, bằng 392% dự toán.\n"
        "Tuyến đường liên xã qua thôn Đông Lâm.\n"
        "Các điểm nghẽn về đất đai đã được tập trung tháo gỡ."
    )
    got = quotes_by_category(text)
    assert "gần 400% dự toán" not in joined(got["achievements"])
    assert "392% dự toán" in joined(got["achievements"])
    assert "Tuyến đường liên xã qua thôn Đông Lâm" not in joined(got["achievements"])  # a photo's caption
    assert "điểm nghẽn về đất đai" in joined(got["achievements"])


# (sets 44-49)
def test_a_first_line_the_lead_restates_is_the_headline_though_it_ends_in_a_stop():
    text = (
        "Tổng kết công tác Hội và phong trào nông dân năm 2023.\n"
        "Sáng 28/12, Hội Nông dân huyện Tân Lập tổ chức tổng kết công tác Hội và phong trào nông dân năm 2023.\n"
        "Năm 2023, Hội kết nạp 320 hội viên mới.\n"
    )
    assert quotes_by_category(text)["achievements"] == ["Năm 2023, Hội kết nạp 320 hội viên mới."]


# --- an excerpt cut short -------------------------------------------------------------------------

# (set 2)
def test_a_last_sentence_cut_before_its_verb_is_no_result():
    report = report_of(
        "Trong tháng 11, thu ngân sách của phường đạt 12,5 tỷ đồng.\n"
        "Công tác vệ sinh môi trường được duy trì thường xuyên.\n"
        "Theo ông Trần Văn Bình, Chủ tịch UBND phường, tỷ lệ thu thuế ngoài quốc doan"
    )
    quotes = _all_quotes(report)
    assert "12,5 tỷ đồng" in quotes and "vệ sinh môi trường" in quotes
    assert "Trần Văn Bình" not in quotes


# (set 2)
def test_a_speaker_cut_before_he_speaks_is_no_task():
    report = report_of(
        "Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung chuẩn bị bầu cử đại biểu HĐND các cấp.\n"
        "Bà Lê Thị Hoa, Phó Chủ tịch HĐND xã cho biết trong năm 2025, hoạt động của"
    )
    assert any("chuẩn bị bầu cử" in q for q in _evidence(report.next_tasks))
    assert "Lê Thị Hoa" not in _all_quotes(report)


# (set 2)
def test_a_cut_topic_under_a_heading_of_shortcomings_is_kept():
    report = report_of(
        "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như sau:\n"
        "Việc chuyển đổi cây trồng trên đất lúa còn chậm. Công tác đền bù, giải phóng mặt bằng dự án đường liên xã t"
    )
    assert any("giải phóng mặt bằng" in q for q in _evidence(report.shortcomings))


# (set 4)
def test_an_excerpt_cut_in_the_first_word_of_a_sentence_keeps_the_sentence_before():
    report = report_of(
        "UBND xã Hòa An họp thường kỳ tháng 10\n"
        "Trong tháng 10/2025, xã cấp 40 giấy chứng nhận quyền sử dụng đất. "
        "Cơ cấu kinh tế chuyển dịch tích cực, trong đó dịch vụ chiếm 31,5%. T"
    )
    assert "31,5%" in joined(report.achievements)


# (set 11)
def test_the_last_piece_cut_before_its_object_is_no_item():
    items = song_may_party_year_end_quotes(
        "Tuy nhiên, vẫn còn một số hạn chế, nhất là một số chỉ tiêu chưa đạt như: thu ngân sách, giảm nghèo; "
        "triển khai thực hiện các"
    )
    said = joined(items["shortcomings"])
    assert "thu ngân sách" in said
    assert not any(q.strip().endswith("thực hiện các") for q in items["shortcomings"])


# (set 17)
def test_an_excerpt_cut_right_after_the_verb_of_a_short_subject_says_nothing():
    items = quotes_by_category(
        "UBND huyện họp thường kỳ tháng 9\n"
        "Ngày 12/9/2024, UBND huyện tổ chức hội nghị đánh giá tình hình 9 tháng năm 2024.\n"
        "Tổng sản lượng lương thực ước đạt 61.500 tấn, vượt 3,2% kế hoạch; xã Tân Lập đạt 19/19 tiêu chí nông "
        "thôn mới nâng cao; các thôn kiểu mẫu đạt b"
    )
    said = joined(items["achievements"])
    assert "61.500 tấn" in said and "19/19 tiêu chí" in said
    assert not any(q.rstrip().endswith("các thôn kiểu mẫu đạt") for q in items["achievements"])


# (sets 83-85)
@pytest.mark.parametrize(
    "cut",
    [
        "Công tác xây dựng Đảng đư",  # a field named, its verb cut
        "Các công trình trọng điểm gồm: Dự án Khu",  # a list's first matter cut in its name
        "Chủ tịch UBND huyện chỉ đạo các nhiệm vụ cần thực hiện trong quý IV: triển khai thực hiện các biệ",
        "Hội nghị chỉ ra những hạn chế cần khắc phục như: Tổng mức bán lẻ hàng hóa c",
    ],
)
def test_the_sentence_an_excerpt_stops_in_before_seven_words_adds_nothing(cut):
    items = quotes_by_category(
        "UBND huyện Tân Lập họp thường kỳ tháng 9\n"
        "Ngày 5/10/2024, UBND huyện Tân Lập họp phiên thường kỳ đánh giá kết quả 9 tháng năm 2024.\n"
        "Chín tháng, thu ngân sách trên địa bàn đạt 95,2 tỷ đồng, bằng 81% dự toán. " + cut
    )
    assert [q for c in items.values() for q in c] == ["Chín tháng, thu ngân sách trên địa bàn đạt 95,2 tỷ đồng, bằng 81% dự toán."]


# (set 91)
def test_an_excerpt_cut_after_a_frame_that_went_on_to_its_figures_keeps_them():
    items = quotes_by_category(
        "Đảng bộ phường Nghi Hòa sơ kết 6 tháng đầu năm 2020\n"
        "Ngày 26/6/2020, Đảng bộ phường Nghi Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.\n"
        "Sáu tháng đầu năm, Đảng bộ phường đã lãnh đạo phường phát triển toàn diện. Theo đó về Kinh tế: Tổng giá trị "
        "sản xuất 6 tháng đầu năm 2020 đạt 506 tỷ đồng, đạt 48,7% kế hoạch HĐND phường giao và đ"
    )
    assert "506 tỷ đồng" in joined(items["achievements"])


# (set 18)
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


# (set 29)
def test_an_excerpt_stopping_in_a_caption_of_a_person_and_titles_adds_nothing():
    got = quotes_by_category(
        "Phường Tân Phú tổng kết năm 2025\n"
        "Ngày 9-1, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Năm 2025, thu ngân sách của phường đạt 110% dự toán.\n\n"
        "Ông Trần Văn Bình - Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng",
        "tan-phu.txt",
    )
    assert "110% dự toán" in joined(got["achievements"])
    assert "Trần Văn Bình" not in joined(q for c in got.values() for q in c)


# (set 31)
def test_an_excerpt_cut_after_the_field_its_last_sentence_opens_on_says_nothing():
    # the field ("Trong đảm bảo an ninh, trật tự, …") holds a verb, but the excerpt stops before the sentence
    # says anything of it
    heading = "Phường An Phú tổng kết năm 2025\nThu ngân sách của phường đạt 45 tỷ đồng. "
    cut = quotes_by_category(heading + "Trong đảm bảo an ninh chính trị, trật tự an toàn xã hội, số vụ vi phạm")
    assert cut["achievements"] == ["Thu ngân sách của phường đạt 45 tỷ đồng."]
    said = quotes_by_category(heading + "Trong năm, phường đã xây dựng trường học, nhà văn hóa")
    assert "Trong năm, phường đã xây dựng trường học, nhà văn hóa" in said["achievements"]


# (set 32)
def test_an_excerpt_cut_in_a_word_that_still_has_a_vowel_says_nothing_when_little_is_left():
    # "Củng cố, nâng cao hi" (cut in "hiệu quả") and "Công tác y tế, an sinh xã hội, gi" (a list of fields
    # cut before its verb) say nothing
    head = "Xã Tân Lập sơ kết 6 tháng đầu năm 2024\nThu ngân sách của xã đạt 12 tỷ đồng.\n\nThời gian tới, xã tập trung chỉnh trang đô thị. "
    assert quotes_by_category(head + "Củng cố, nâng cao hi")["next_tasks"] == ["Thời gian tới, xã tập trung chỉnh trang đô thị."]
    assert quotes_by_category(head + "Công tác giáo dục, văn hóa, th")["next_tasks"] == [
        "Thời gian tới, xã tập trung chỉnh trang đô thị."
    ]
    kept = quotes_by_category(head + "Đẩy mạnh chuyển đổi số trong các cơ quan hành chính của xã, th")["next_tasks"]
    assert len(kept) == 2


# (sets 36-37)
def test_a_target_s_measure_cut_before_its_figure_at_the_excerpt_s_end_is_no_task():
    text = (
        "Xã Tân Lộc tổng kết năm 2025\n"
        "Năm 2026, Đảng ủy xã Tân Lộc đề ra 6 chỉ tiêu chủ yếu, phấn đấu đạt tốc độ tăng trưởng kinh tế 9%; "
        "mở rộng khoảng 300 ha nuôi tôm theo chuỗi liên kết; thu nhập bình quân đầu ngườ"
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert tasks and "thu nhập bình quân" not in joined(tasks)


# (set 98)
def test_a_discussion_the_excerpt_cuts_after_a_whole_part_that_falls_short_is_kept():
    # "Tại hội nghị, …" frames what was said; the cut comes after a part that says it ("… đạt thấp như …;")
    got = quotes_by_category(
        "Trong quý I, thị xã thu ngân sách được 23,08 tỷ đồng, đạt 18,23% so với dự toán.\n\n"
        "Tại hội nghị, các đại biểu đã thảo luận những vướng mắc trong triển khai một số chỉ tiêu 3 tháng đầu năm đạt "
        "thấp như công tác phát triển đảng viên, bảo hiểm y tế; khó khăn trong thực hiện các tiêu chí xây dựng nông thôn "
        "mới nâng cao, đô th"
    )
    assert joined(got["shortcomings"]).startswith("Tại hội nghị, các đại biểu đã thảo luận những vướng mắc")
    assert "phát triển đảng viên, bảo hiểm y tế" in joined(got["shortcomings"])
    # (a frame cut with no whole part that says anything stays out: "Tại hội nghị, các đại biểu đã thảo luận rút kinh
    # nghiệm …; Công tác tham mưu …")
    got = quotes_by_category(
        "Trong quý I, thị xã thu ngân sách được 23,08 tỷ đồng, đạt 18,23% so với dự toán.\n\n"
        "Tại hội nghị, các đại biểu đã thảo luận rút kinh nghiệm và đưa ra cách làm hay ở đơn vị mình, như giải pháp "
        "thực hiện Chỉ thị 03 của chi bộ khu phố 2; Công tác tham mưu đảm bảo an ninh "
    )
    assert got["shortcomings"] == [] and "Tại hội nghị" not in joined(got["achievements"])
