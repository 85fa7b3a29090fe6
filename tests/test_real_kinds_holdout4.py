"""Issue 12: what a fourth fresh set of real commune and ward articles (after July 2025) showed the
rules engine missing (synthetic text only; the articles themselves stay outside the repository)."""

from tests.kinds import all_quotes as _all_quotes, joined as _quotes, report_of as _report


def test_a_session_that_reviews_presents_and_is_chaired_is_the_meeting_not_results():
    report = _report(
        "HĐND xã Hồng Mai tổ chức kỳ họp cuối năm\n"
        "Ngày 20/12/2025, Thường trực HĐND xã Hồng Mai đã triệu tập đại biểu dự kỳ họp thứ 5.\n"
        "Chủ tọa kỳ họp: Ông Trần Văn Ba - Chủ tịch HĐND xã; bà Lê Thị Tư - Phó Chủ tịch HĐND xã.\n"
        "Thư ký kỳ họp: Bà Ngô Thị Năm - công chức Văn phòng xã.\n"
        "Tại kỳ họp, Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND về hoạt động năm 2025; "
        "báo cáo của Ủy ban MTTQ xã về các ý kiến, kiến nghị của cử tri.\n"
        "Đồng thời, UBND xã đã trình bày các báo cáo về thu chi ngân sách, quản lý đất đai và an sinh xã hội.\n"
        "Năm 2025, xã hoàn thành 20/20 chỉ tiêu, thu ngân sách đạt 31 tỷ đồng.\n"
    )
    quotes = _all_quotes(report)
    assert "20/20 chỉ tiêu" in _quotes(report.achievements)
    for meeting in ("triệu tập", "Chủ tọa", "Thư ký", "xem xét các báo cáo", "Ủy ban MTTQ", "trình bày các báo cáo"):
        assert meeting not in quotes, meeting


def test_what_a_year_or_a_session_means_is_no_result():
    report = _report(
        "Đảng ủy phường Tân Lạc tổng kết công tác năm 2025\n"
        "Sáng 10/01/2026, Đảng ủy phường Tân Lạc tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025 là năm có ý nghĩa đặc biệt quan trọng, là năm đầu vận hành bộ máy mới.\n"
        "Kỳ họp này có ý nghĩa quan trọng trong bối cảnh phường vừa được sắp xếp.\n"
        "Trong năm, phường kết nạp 25 đảng viên mới, thu ngân sách đạt 104% dự toán.\n"
    )
    quotes = _all_quotes(report)
    assert "25 đảng viên" in _quotes(report.achievements)
    assert "ý nghĩa" not in quotes


def test_what_a_speech_stresses_or_the_year_demands_is_a_task():
    report = _report(
        "Đảng ủy xã Bình Khê họp Ban Chấp hành\n"
        "Chiều 02/12/2025, Đảng ủy xã Bình Khê tổ chức hội nghị Ban Chấp hành.\n"
        "Thường trực Đảng ủy đã quán triệt nội dung công tác kiểm điểm, nhấn mạnh việc thực hiện nghiêm túc quy trình đánh giá cán bộ.\n"
        "Phát biểu kết luận, đồng chí Bí thư cho biết năm 2026 là năm có ý nghĩa quan trọng, đòi hỏi toàn thể đảng viên tiếp tục giữ vững đoàn kết.\n"
    )
    tasks = _quotes(report.next_tasks)
    assert "quy trình đánh giá cán bộ" in tasks
    assert "giữ vững đoàn kết" in tasks
    assert not report.achievements


def test_the_report_heard_after_a_speech_states_results_not_tasks():
    report = _report(
        "Kỳ họp HĐND xã Phú Lộc\n"
        "Phát biểu khai mạc, đồng chí Chủ tịch HĐND xã đề nghị các đại biểu thảo luận thẳng thắn, đóng góp nhiều ý kiến.\n"
        "Tại kỳ họp, các đại biểu đã nghe và thảo luận báo cáo tình hình thực hiện kế hoạch kinh tế - xã hội năm 2025. "
        "Theo đó, giá trị sản xuất ước tăng 6,5%, vượt kế hoạch; thu ngân sách đạt 12 tỷ đồng.\n"
    )
    assert "6,5%" in _quotes(report.achievements)
    assert "6,5%" not in _quotes(report.next_tasks)


def test_an_excerpt_cut_in_the_first_word_of_a_sentence_keeps_the_sentence_before():
    report = _report(
        "UBND xã Hòa An họp thường kỳ tháng 10\n"
        "Trong tháng 10/2025, xã cấp 40 giấy chứng nhận quyền sử dụng đất. "
        "Cơ cấu kinh tế chuyển dịch tích cực, trong đó dịch vụ chiếm 31,5%. T"
    )
    assert "31,5%" in _quotes(report.achievements)


def test_a_credited_photo_above_the_first_paragraph_is_no_headline_and_keeps_the_lines_above_it():
    report = _report(
        " date 2025-12-29 Các ông: Phạm Văn Một - Bí thư Đảng ủy, Chủ tịch HĐND phường; Vũ Văn Hai - Phó Chủ tịch HĐND phường chủ trì kỳ họp.\n\n"
        "Kỳ họp đã thông qua báo cáo tình hình hoạt động năm 2025 và chương trình công tác năm 2026 của Thường trực HĐND phường.\n\n"
        "Quang cảnh kỳ họp thứ Tư HĐND phường Đông Sơn. Ảnh: Minh Khoa\n\n"
        "Tại kỳ họp, các đại biểu đã thảo luận và thông qua 8 nghị quyết gồm: điều chỉnh kế hoạch đầu tư công năm 2025; "
        "kế hoạch phát triển kinh tế - xã hội năm 2026; dự toán ngân sách phường năm 2026 và nhiều nội dung quan trọng khác thuộc thẩm quyền.\n"
    )
    # the year reviewed is the one the lines above the photo name, not the next year of the resolutions
    assert report.period is not None and (report.period.kind, report.period.year) == ("year", 2025)
    assert not report.title.startswith("Quang cảnh")
    assert "chủ trì kỳ họp" not in _all_quotes(report)


def test_the_years_of_a_named_day_or_event_are_an_anniversary_not_a_figure():
    from summarizer.text import find_figures

    text = "Tuyên truyền kỷ niệm 50 năm Giải phóng miền Nam; 65 năm Ngày truyền thống Bộ đội Biên phòng và 15 năm Ngày hội Đại đoàn kết"
    assert find_figures(text) == []
    # a length of time still counts
    assert [(f.value, f.unit) for f in find_figures("trao huy hiệu cho 7 đảng viên 40 năm tuổi Đảng")] == [
        (7.0, "đảng viên"),
        (40.0, "năm"),
    ]


def test_a_report_heard_from_a_long_named_speaker_and_a_reports_outline_are_no_results():
    report = _report(
        "UBND phường Hải Tân họp giao ban tháng 9\n"
        "Chiều 30/9, UBND phường Hải Tân tổ chức họp giao ban định kỳ tháng 9/2025.\n"
        "Tại hội nghị, các đại biểu được nghe đại diện lãnh đạo các phòng, ban báo cáo cụ thể công việc tháng 9/2025.\n"
        "Báo cáo nêu rõ những kết quả đạt được trên các lĩnh vực kinh tế, văn hóa, quốc phòng.\n"
        "Trong tháng, phường tiếp nhận 512 hồ sơ hành chính, giải quyết đúng hạn 100%.\n"
    )
    assert "512 hồ sơ" in _quotes(report.achievements)
    quotes = _all_quotes(report)
    assert "được nghe" not in quotes
    assert "nêu rõ" not in quotes
