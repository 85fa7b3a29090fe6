"""Issue 12, held-out set 17 (district reviews 2020–2025, any organ): kinds of sentence the engine misread
on real articles it was not tuned on, each with a synthetic text of its own."""

from summarizer.text import sentences
from tests.kinds import joined, quotes_by_category


def test_a_sentence_may_open_on_a_count_after_a_full_stop():
    assert sentences("Báo cáo đã được thông qua. 9 tháng qua, huyện trồng 40 ha rừng. Điều 3. 5 xã được khen.") == [
        "Báo cáo đã được thông qua.",
        "9 tháng qua, huyện trồng 40 ha rừng.",
        "Điều 3. 5 xã được khen.",
    ]


def test_what_a_report_of_results_and_tasks_states_after_naming_itself_is_results():
    items = quotes_by_category(
        "Huyện ủy Hòa Sơn đánh giá công tác 6 tháng đầu năm\n"
        "Báo cáo kết quả công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024 của Huyện ủy Hòa Sơn nêu rõ. "
        "6 tháng qua, Ban Thường vụ Huyện ủy đã ban hành 25 văn bản chỉ đạo, công tác xây dựng Đảng được "
        "tăng cường. 6 tháng đầu năm toàn huyện kết nạp 52 đảng viên mới. Thu ngân sách đạt 57% dự toán; "
        "giá trị sản xuất nông nghiệp đạt 49,5% kế hoạch.\n"
    )
    assert items["next_tasks"] == []
    said = joined(items["achievements"])
    assert "25 văn bản" in said and "52 đảng viên mới" in said and "57% dự toán" in said
    assert "nêu rõ." not in said  # the report's name is no result


def test_report_titles_listed_after_the_meeting_passed_its_reports_are_agenda_not_results():
    items = quotes_by_category(
        "UBND huyện họp đánh giá 9 tháng\n"
        "Ủy ban nhân dân huyện vừa tổ chức cuộc họp đánh giá tình hình 9 tháng năm 2024.\n"
        "Hội nghị đã thông qua kết quả thực hiện nhiệm vụ 9 tháng năm 2024, nhiệm vụ 3 tháng cuối năm. Kết quả "
        "công tác tiếp công dân 9 tháng, nhiệm vụ 3 tháng cuối năm 2024. Kết quả cải cách hành chính quý III, "
        "phương hướng, nhiệm vụ quý IV năm 2024.\n"
        "Giá trị sản xuất nông nghiệp đạt 1.850 tỷ đồng, đạt 70,2% kế hoạch.\n"
    )
    said = joined(items["achievements"])
    assert "tiếp công dân" not in said and "cải cách hành chính" not in said
    assert "1.850 tỷ đồng" in said


def test_the_councils_vote_of_confidence_and_resolutions_passed_are_no_results():
    items = quotes_by_category(
        "HĐND huyện Tân Phú họp cuối năm\n"
        "Sáng 18/12/2024, HĐND huyện Tân Phú khai mạc kỳ họp thứ 12 đánh giá tình hình năm 2024.\n"
        "Năm 2024, tổng sản lượng lương thực đạt 38.200 tấn, vượt 2,1% kế hoạch.\n"
        "Kỳ họp tiến hành lấy phiếu tín nhiệm đối với các chức danh do HĐND huyện bầu. Đồng thời thông qua "
        "12 nghị quyết, trong đó có nghị quyết về kế hoạch đầu tư công năm 2025.\n"
    )
    said = joined(items["achievements"])
    assert "38.200 tấn" in said
    assert "phiếu tín nhiệm" not in said and "nghị quyết" not in said


def test_groups_of_criteria_are_counted_as_such():
    from summarizer.metrics import metrics_of

    found = [(m.value, m.unit, m.plan) for m in metrics_of("xã Tân Hòa đạt 3/4 nhóm tiêu chí xã nông thôn mới kiểu mẫu")]
    assert found == [(3.0, "nhóm tiêu chí", 4.0)]


def test_the_local_stations_name_heading_the_page_gives_the_unit_the_text_leaves_unnamed():
    from tests.kinds import report_of

    text = (
        "Truyền hình Quế Sơn\n\n"
        "UBND huyện họp đánh giá tình hình 9 tháng năm 2023\n\n"
        "Chiều ngày 06/10/2023, UBND huyện tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng năm 2023.\n"
        "Tổng sản lượng lương thực đạt 52.300 tấn, đạt 98% kế hoạch.\n"
    )
    report = report_of(text)
    assert (report.unit.name, report.unit.province, report.unit.stated) == ("Quế Sơn", "Quảng Nam", False)
    unnamed = report_of(text.replace("Truyền hình Quế Sơn\n\n", "Truyền hình trực tuyến\n\n"))
    assert unnamed.unit.name is None


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
