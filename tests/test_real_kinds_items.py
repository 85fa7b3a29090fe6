"""Issue 12, kinds 4-6: which sentences of a real article are items at all (synthetic text only)."""

from summarizer.extract import extract
from summarizer.sources import make_article


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


def test_a_headline_is_still_no_item():
    _, report = _report(
        "Huyện Yên Thành: 9 tháng thu ngân sách đạt 215,6 tỷ đồng\n"
        "Sáng 4/10, UBND huyện Yên Thành tổ chức phiên họp thường kỳ tháng 9/2024.\n"
        "Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ.\n"
    )
    assert _evidence(report.achievements) == ["Chín tháng, tổng giá trị sản xuất ước đạt 6.120 tỷ đồng, tăng 8,4% so với cùng kỳ."]


# --- kind 5: the meeting's own business -------------------------------------------------------

_MEETING = (
    "Huyện ủy Quỳ Hợp sơ kết 6 tháng đầu năm 2024\n"
    "Sáng 5/7, Ban Chấp hành Đảng bộ huyện Quỳ Hợp tổ chức hội nghị lần thứ 18 sơ kết công tác 6 tháng đầu năm 2024.\n"
)


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
    _, report = _report(
        _MEETING + "Hội nghị do đồng chí Vi Thị Hạnh, Bí thư Huyện ủy chủ trì.Sáu tháng qua, toàn huyện trồng mới "
        "640 ha rừng tập trung, đạt 106% kế hoạch.\n"
    )
    assert _evidence(report.achievements) == ["Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch."]


def test_the_half_word_an_excerpt_was_cut_in_is_left_out():
    _, report = _report(
        _MEETING + "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, nhất là các dự án giao thông nông t\n"
    )
    assert _evidence(report.shortcomings) == [
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, nhất là các dự án giao thông nông"
    ]


def test_a_sentence_cut_before_it_says_anything_is_no_item():
    _, report = _report(
        _MEETING + "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy đề n\n"
    )
    assert len(report.achievements) == 1 and not report.next_tasks and not report.shortcomings


def test_a_piece_that_only_goes_on_counting_stays_with_the_piece_before():
    _, report = _report(
        _MEETING + "Sáu tháng qua, huyện xây mới 14 phòng học, 2 nhà công vụ giáo viên; 3 nhà văn hóa xã, "
        "11 nhà văn hóa thôn; thu ngân sách đạt 58,2 tỷ đồng.\n"
    )
    assert _evidence(report.achievements) == [
        "Sáu tháng qua, huyện xây mới 14 phòng học, 2 nhà công vụ giáo viên; 3 nhà văn hóa xã, 11 nhà văn hóa thôn",
        "thu ngân sách đạt 58,2 tỷ đồng.",
    ]


def test_a_lead_paragraph_printed_twice_gives_its_items_once():
    _, report = _report(
        _MEETING
        + "Sáu tháng qua, toàn huyện trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
        "Sáu tháng qua, toàn huyện (Nghệ An) trồng mới 640 ha rừng tập trung, đạt 106% kế hoạch.\n"
    )
    assert len(report.achievements) == 1
