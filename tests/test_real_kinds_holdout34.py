"""Kinds of real text met in held-out sets 34-35 (communes' year-end reviews of 2025, councils and fronts
of 2019-2022, a numbered urban district), written as synthetic sentences."""

from datetime import date

from summarizer.units import find_unit
from tests.kinds import quotes_by_category, report_of


def test_a_request_whose_deed_follows_the_verb_without_an_addressee_is_a_task():
    # "… ghi nhận những kết quả …, đồng thời đề nghị tiếp tục đổi mới …": the praise is the meeting's, the
    # request (its addressee the unit, left out) the next year's tasks
    text = (
        "Phường Tân Định tổng kết thi đua năm 2025\n"
        "Năm 2025, phường Tân Định hoàn thành 12/12 chỉ tiêu chủ yếu.\n"
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Hòa ghi nhận những kết quả mà phường đạt được trong năm, "
        "đồng thời đề nghị tiếp tục cải tiến cách khen thưởng, nâng cao chất lượng tiếp dân."
    )
    tasks = report_of(text).next_tasks
    assert len(tasks) == 1
    assert tasks[0].summary.startswith("Tiếp tục cải tiến cách khen thưởng")
    assert "nâng cao chất lượng tiếp dân" in tasks[0].summary


def test_meetings_counted_among_the_period_s_work_are_a_result():
    # "Đảng bộ đã tổ chức 7 hội nghị quán triệt nghị quyết cho … đảng viên": the meetings are counted as work
    # done, not this meeting's business
    text = (
        "Phường Hòa Bình tổng kết năm 2025\n"
        "Trong công tác xây dựng Đảng, Đảng bộ đã tổ chức 7 hội nghị quán triệt nghị quyết cho hơn 640 lượt đảng "
        "viên, kết nạp mới 15 đảng viên.\n"
        "Hội nghị đã nghe báo cáo kiểm điểm của Ban Thường vụ."
    )
    report = report_of(text)
    assert len(report.achievements) == 1
    figures = {(m.value, m.unit) for m in report.achievements[0].metrics}
    assert (7, "hội nghị") in figures and (15, "đảng viên") in figures


def test_a_field_that_records_a_measure_reaching_a_figure_reports_it():
    # "Lĩnh vực kinh tế ghi nhận tổng diện tích gieo trồng đạt …%": "ghi nhận" records, no praise of a meeting
    text = (
        "Xã Hòa Lạc tổng kết năm 2025\n"
        "Lĩnh vực kinh tế ghi nhận tổng sản lượng lương thực đạt 98,6% kế hoạch; thu nhập bình quân đầu người đạt "
        "58,3 triệu đồng/năm; thu ngân sách đạt 117% kế hoạch."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert len(achievements) == 3
    assert achievements[0] == "Lĩnh vực kinh tế ghi nhận tổng sản lượng lương thực đạt 98,6% kế hoạch"
    assert "thu ngân sách đạt 117% kế hoạch." in achievements


def test_a_meeting_that_got_through_its_agenda_is_no_result():
    text = (
        "Đảng ủy phường Hà Tu họp thường kỳ tháng 9\n"
        "Hội nghị ghi nhận kết quả tháng 9, nhất là việc tổ chức thành công Đại hội Đảng bộ phường lần thứ I. "
        "Đại hội đã hoàn thành toàn bộ nội dung, chương trình đề ra, với các văn kiện sát thực tiễn. "
        "Điều này không chỉ giúp tiết kiệm thời gian mà còn thể hiện tinh thần đổi mới của phường.\n"
        "Thu ngân sách tháng 9 đạt 14 tỷ đồng."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert not any("hoàn thành toàn bộ nội dung" in q for q in achievements)
    assert not any(q.startswith("Điều này") for q in achievements)
    assert any("tổ chức thành công Đại hội" in q for q in achievements)
    assert "Thu ngân sách tháng 9 đạt 14 tỷ đồng." in achievements


def test_a_milestone_the_reform_marks_is_no_result_but_a_deed_it_marks_is():
    # "Từ ngày 1/7/2025, bộ máy chính quyền 2 cấp chính thức đi vào hoạt động, đánh dấu giai đoạn phát triển mới":
    # the setting; "Năm 2025 đánh dấu bước chuyển … khi tổ chức thành công Đại hội …" tells a deed
    milestone = (
        "HĐND phường Bình Minh họp kỳ thứ 3\n"
        "Kể từ ngày 1/7/2025, chính quyền phường theo mô hình 2 cấp bắt đầu vận hành, đánh dấu một giai đoạn "
        "mới của địa phương. Nay bộ máy của phường cơ bản vận hành ổn định.\n"
        "Năm 2025 đánh dấu bước tiến vững vàng của phường trong năm đầu vận hành mô hình mới."
    )
    assert quotes_by_category(milestone)["achievements"] == ["Nay bộ máy của phường cơ bản vận hành ổn định."]
    deed = (
        "Xã Phú Lộc tổng kết năm 2025\n"
        "Năm 2025 đánh dấu bước chuyển quan trọng của xã Phú Lộc khi tổ chức thành công Đại hội Đảng bộ xã lần thứ I."
    )
    assert len(quotes_by_category(deed)["achievements"]) == 1


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


def test_the_setting_that_weighed_on_the_year_and_whom_the_results_are_owed_to_are_no_results():
    text = (
        "HĐND huyện Đức Trọng khai mạc kỳ họp cuối năm 2022\n"
        "Trong bối cảnh năm 2022, tiếp tục chịu ảnh hưởng của dịch bệnh khiến giá vật tư nông nghiệp tăng cao. "
        "Song, dưới sự chỉ đạo, lãnh đạo sát sao của Huyện ủy, UBND huyện cùng với sự đoàn kết của cả hệ thống "
        "chính trị; tình hình kinh tế - xã hội của huyện tiếp tục ổn định. Tổng giá trị sản xuất tăng 7,2%."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert not any(q.startswith(("Trong bối cảnh", "Song, dưới sự chỉ đạo")) for q in achievements)
    assert "Tổng giá trị sản xuất tăng 7,2%." in achievements
    # ("Trong bối cảnh …, xã đã hoàn thành …" reports a result)
    done = "Xã Phú Lộc tổng kết năm 2025\nTrong bối cảnh bộ máy mới, xã đã hoàn thành toàn diện 15/15 chỉ tiêu."
    assert len(quotes_by_category(done)["achievements"]) == 1


def test_a_numbered_urban_district_is_found_as_of_the_article_date():
    # "Quận ủy quận 10", "Q.5": a city's districts named by their number, before the districts were abolished
    unit = find_unit("Tại hội nghị, Bí thư Quận ủy quận 10 biểu dương thành tích mà quận 10 đạt được.", None, date(2025, 4, 2))
    assert (unit.name, unit.level, unit.province) == ("Quận 10", "quận", "Hồ Chí Minh")
    unit = find_unit("UBND Q.5 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.", "quận", date(2023, 7, 10))
    assert (unit.name, unit.province) == ("Quận 5", "Hồ Chí Minh")
    # quận 9 became part of thành phố Thủ Đức on 1/1/2021: known in 2020, not after
    assert find_unit("UBND quận 9 tổ chức hội nghị tổng kết năm 2019.", "quận", date(2020, 1, 8)).name == "Quận 9"
    assert find_unit("UBND quận 9 tổ chức hội nghị tổng kết năm 2021.", "quận", date(2022, 1, 8)).name is None
    # a count after the word is no district's number
    assert find_unit("Hội nghị tổng kết quận 3 tháng đầu năm.", "quận", date(2023, 4, 1)).name is None
