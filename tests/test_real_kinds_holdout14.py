"""Issue 12, fresh held-out set 14 (communes and wards after July 2025: Central Highlands, south-east, Hà Nội,
Quảng Ninh): kinds of sentence and metadata the engine misread on real articles it was not tuned on, each
with a synthetic text of its own."""

from datetime import date

from summarizer import periods
from tests.kinds import joined, quotes_by_category, report_of


def test_what_a_meeting_reviewed_then_in_it_the_results_are_results():
    items = quotes_by_category(
        "UBND xã Suối Mây họp thường kỳ tháng 1\n"
        "Ngày 20/1/2026, UBND xã Suối Mây họp phiên thường kỳ tháng 1 năm 2026.\n"
        "Phiên họp đã đánh giá kết quả thực hiện nhiệm vụ tháng 1 năm 2026, trong đó, công tác thu thuế được "
        "quan tâm chỉ đạo; các cơ sở chế biến nông sản cơ bản ổn định, đủ hàng cho dịp Tết.\n"
    )
    said = joined(items["achievements"])
    assert "thu thuế được quan tâm" in said and "chế biến nông sản cơ bản ổn định" in said


def test_a_council_sessions_reports_for_this_year_and_the_next_are_its_business_not_tasks():
    items = quotes_by_category(
        "HĐND xã Đồi Thông họp kỳ cuối năm\n"
        "Ngày 29/12/2025, HĐND xã Đồi Thông tổ chức kỳ họp thứ 6.\n"
        "Tại kỳ họp, Thường trực HĐND xã Đồi Thông báo cáo hoạt động năm 2025, chương trình công tác năm 2026; "
        "UBND xã báo cáo tình hình thực hiện nhiệm vụ năm 2025, triển khai các chỉ tiêu năm 2026.\n"
        "Năm 2025, xã đạt và vượt 14/15 chỉ tiêu phát triển kinh tế - xã hội.\n"
        "Tổng thu ngân sách trên địa bàn xã đạt 9,5 tỷ đồng.\n"
    )
    assert items["next_tasks"] == []
    said = joined(items["achievements"])
    assert "14/15 chỉ tiêu" in said and "9,5 tỷ đồng" in said
    assert "chương trình công tác năm 2026" not in said


def test_results_the_meeting_praised_and_singled_out_are_results_and_so_is_the_rest_of_their_paragraph():
    items = quotes_by_category(
        "Ban Thường vụ Đảng ủy phường Bến Gỗ họp thường kỳ tháng 9\n"
        "Chiều 26/9, Ban Thường vụ Đảng ủy phường Bến Gỗ họp thường kỳ tháng 9 năm 2025.\n"
        "Hội nghị đánh giá, ghi nhận những kết quả nổi bật trong công tác tháng 9, nhất là việc tổ chức thành công "
        "Ngày hội văn hóa các dân tộc của phường. Ngày hội thu hút đông đảo Nhân dân tham gia, sử dụng phần mềm "
        "để bán vé trực tuyến cho du khách.\n"
    )
    said = joined(items["achievements"])
    assert "Ngày hội văn hóa các dân tộc" in said and "bán vé trực tuyến" in said
    assert "Hội nghị đánh giá, ghi nhận" not in said  # the praise is the meeting's; what it singled out is the fact


def test_a_place_name_ending_in_the_first_word_of_a_title_is_a_name():
    report = report_of(
        "Đảng ủy phường Uông Bí họp thường kỳ tháng 10\n"
        "Chiều 28/10, đồng chí Trần Văn Hòa, Bí thư Đảng ủy phường Uông Bí chủ trì hội nghị Ban Thường vụ thường kỳ "
        "tháng 10 năm 2025. Phường Uông Bí đã thu ngân sách đạt 85% dự toán năm.\n"
    )
    assert report.unit.name == "Uông Bí" and report.unit.province == "Quảng Ninh"


def test_an_organ_in_a_guests_title_is_not_the_body_that_met():
    report = report_of(
        "Đồng chí Lê Minh Tâm, Phó Bí thư Thành ủy TPHCM, phụ trách Đảng bộ xã Long Hải dự hội nghị\n"
        "Ngày 10/12, Đảng ủy xã Long Hải tổ chức hội nghị tổng kết năm 2025. Trong năm, xã thu ngân sách đạt "
        "120% kế hoạch.\n"
    )
    assert report.unit.name == "Long Hải" and report.unit.level == "xã"


def test_the_day_a_body_was_founded_is_not_the_meeting_day_and_leaves_the_year_reviewed():
    text = (
        "Đảng ủy cơ quan phường Hồ Tây: vững bước vào năm 2026\n"
        "Đảng ủy cơ quan phường Hồ Tây vừa tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm "
        "2026. Năm 2025 ghi dấu sự ra đời của Đảng bộ cơ quan phường vào ngày 12/7/2025.\n"
    )
    period, meeting = periods.resolve(text)
    assert meeting is None
    assert (period.kind, period.year) == ("year", 2025)


def test_qua_inside_a_word_is_no_review_cue():
    # "cơ quan", "quan trọng" hold "qua": the headline's "năm 2026" is no period reviewed
    period, _ = periods.resolve(
        "Các cơ quan phường Sen Hồ bứt phá năm 2026\n"
        "Đảng ủy phường Sen Hồ vừa tổng kết công tác năm 2025.\n"
    )
    assert (period.kind, period.year) == ("year", 2025)


def test_the_second_half_of_2025_reviewed_near_its_end_is_the_period_and_its_work_results():
    text = (
        "Đảng bộ phường Hồ Sen họp hội nghị lần thứ ba\n"
        "Ngày 3/12/2025, Đảng bộ phường Hồ Sen tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ ba.\n"
        "Tại hội nghị, Đảng ủy phường đã thông qua Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội 6 tháng "
        "cuối năm 2025, kế hoạch, nhiệm vụ trọng tâm năm 2026.\n"
        "Trong 6 tháng cuối năm 2025, Đảng ủy phường đã lãnh đạo hoàn thành khối lượng công việc rất lớn sau khi "
        "vận hành chính quyền hai cấp.\n"
    )
    report = report_of(text)
    assert (report.period.kind, report.period.year, report.period.month) == ("half", 2025, 12)
    assert "khối lượng công việc rất lớn" in joined(report.achievements)
    assert report.next_tasks == []


def test_the_second_half_planned_at_midyear_stays_planned():  # (a guard: main reads this right too)
    period, meeting = periods.resolve(
        "Đảng ủy phường Hồ Sen họp ngày 10/7\n"
        "Ngày 10/7, Đảng ủy phường Hồ Sen ban hành Nghị quyết về thực hiện nhiệm vụ chính trị 6 tháng cuối năm 2025 "
        "sau khi đánh giá kết quả 6 tháng đầu năm 2025.\n"
    )
    assert (period.kind, period.month, meeting) == ("half", 6, date(2025, 7, 10))


def test_an_official_presenting_the_reports_is_the_meetings_business():
    items = quotes_by_category(
        "HĐND phường Cầu Gỗ sơ kết 9 tháng\n"
        "Ngày 2/10/2025, Thường trực HĐND phường Cầu Gỗ tổ chức hội nghị đánh giá hoạt động 9 tháng đầu năm 2025.\n"
        "Trong 9 tháng đầu năm 2025, HĐND phường đã tổ chức thành công 2 kỳ họp chuyên đề.\n"
        # (a title longer than 80 characters before "báo cáo")
        "Đồng chí Nguyễn Thị Lan - Ủy viên Ban Thường vụ Đảng ủy phường, Phó Chủ tịch Hội đồng nhân dân phường báo "
        "cáo tình hình hoạt động quý III và chương trình hoạt động quý IV/2025 của HĐND phường.\n"
    )
    said = joined(items["achievements"] + items["next_tasks"])
    assert "Nguyễn Thị Lan" not in said and "2 kỳ họp chuyên đề" in said


def test_party_members_counted_by_the_time_and_near_poor_households_keep_their_noun():
    report = report_of(
        "Đảng ủy xã Suối Đá họp tháng 10\n"
        "Ngày 27/10/2025, Ban Thường vụ Đảng ủy xã Suối Đá họp thường kỳ tháng 10 năm 2025.\n"
        "Trong tháng, Đảng ủy đã làm thủ tục chuyển sinh hoạt đảng cho 25 lượt đảng viên. Toàn xã còn 12 hộ cận "
        "nghèo.\n"
    )
    units = {(m.value, m.unit) for _, item in report.items() for m in item.metrics}
    assert (25, "lượt đảng viên") in units and (12, "hộ cận nghèo") in units


def test_a_caption_between_the_opening_sentences_and_the_first_paragraph_is_not_the_headline():
    # No headline: the scraped excerpt opens with two sentences, then a photo caption, then the first paragraph.
    # The caption is no headline: the sentences above it (the meeting's day) stay in the article.
    report = report_of(
        " date 2025-09-25 Theo đồng chí Lê Văn Nam, phường Hòa Bình (TPHCM) có nhiều lợi thế về giao thông và dịch vụ.\n"
        "Ngày 25-9, Ban Chấp hành Đảng bộ phường Hòa Bình tổ chức hội nghị lần thứ 2.\n"
        "Phó Bí thư Thành ủy Lê Văn Nam phát biểu chỉ đạo tại hội nghị Ban Chấp hành Đảng bộ phường Hòa Bình\n"
        "Phát biểu chỉ đạo, đồng chí Lê Văn Nam nhận xét, phường có nhiều tiềm năng để phát triển thương mại, dịch "
        "vụ. Vì vậy, 3 tháng còn lại của năm, phường phải phân tích được lợi thế của mình để có định hướng phát triển "
        "phù hợp. Phường cũng cần nỗ lực hơn trong giải ngân đầu tư công.\n"
    )
    assert report.meeting_date == date(2025, 9, 25)
    assert (report.period.kind, report.period.year, report.period.month) == ("nine_months", 2025, 9)
    said = joined(report.next_tasks)
    assert "phân tích được lợi thế" in said and "nỗ lực hơn trong giải ngân" in said
    assert "phân tích được lợi thế" not in joined(report.achievements)
