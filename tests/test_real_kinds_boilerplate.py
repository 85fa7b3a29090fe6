"""Issue 12, kind 5: the meeting's own business (agenda, reports, votes, awards, its form) (synthetic sentences)."""

from tests.kinds import (
    HAM_TAN_THREE_DAY_SESSION,
    TAN_HOA_YEAR_END_OPENING,
    TAN_LAP_POLICE_HEARING_OPENING,
    TAN_PHU_FARMERS_YEAR_END_OPENING,
    all_quotes,
    figures_of,
    hoa_binh_midyear_session_quotes,
    joined,
    joined_across_categories,
    lam_binh_april_meeting_quotes,
    quotes,
    quotes_by_category,
    report_of,
    tan_phong_year_end_quotes,
)


# --- the session, its agenda and the reports it took up -------------------------------------------

# (set 2)
def test_an_hdnd_session_a_briefing_and_a_dissemination_are_the_meeting_not_results():
    report = report_of(
        "Xã Hòa Lâm tổng kết năm 2025\n"
        "Ngày 22/12, HĐND xã Hòa Lâm tổ chức kỳ họp thường lệ cuối năm nhằm đánh giá kết quả thực hiện nhiệm vụ "
        "năm 2025; thống nhất mục tiêu, giải pháp chủ yếu năm 2026.\n"
        "Năm 2025, thu ngân sách của xã đạt 41,2 tỷ đồng, bằng 128% dự toán.\n"
        "Hội nghị cũng được nghe Ban Xây dựng Đảng hướng dẫn nội dung kiểm điểm cuối năm.\n"
        "Hội nghị đã quán triệt Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n"
    )
    quotes = all_quotes(report)
    assert "41,2 tỷ đồng" in quotes
    assert "kỳ họp thường lệ" not in quotes
    assert "hướng dẫn nội dung kiểm điểm" not in quotes
    assert "quán triệt" not in quotes


# (set 4)
def test_a_session_that_reviews_presents_and_is_chaired_is_the_meeting_not_results():
    report = report_of(
        "HĐND xã Hồng Mai tổ chức kỳ họp cuối năm\n"
        "Ngày 20/12/2025, Thường trực HĐND xã Hồng Mai đã triệu tập đại biểu dự kỳ họp thứ 5.\n"
        "Chủ tọa kỳ họp: Ông Trần Văn Ba - Chủ tịch HĐND xã; bà Lê Thị Tư - Phó Chủ tịch HĐND xã.\n"
        "Thư ký kỳ họp: Bà Ngô Thị Năm - công chức Văn phòng xã.\n"
        "Tại kỳ họp, Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND về hoạt động năm 2025; "
        "báo cáo của Ủy ban MTTQ xã về các ý kiến, kiến nghị của cử tri.\n"
        "Đồng thời, UBND xã đã trình bày các báo cáo về thu chi ngân sách, quản lý đất đai và an sinh xã hội.\n"
        "Năm 2025, xã hoàn thành 20/20 chỉ tiêu, thu ngân sách đạt 31 tỷ đồng.\n"
    )
    quotes = all_quotes(report)
    assert "20/20 chỉ tiêu" in joined(report.achievements)
    for meeting in ("triệu tập", "Chủ tọa", "Thư ký", "xem xét các báo cáo", "Ủy ban MTTQ", "trình bày các báo cáo"):
        assert meeting not in quotes, meeting


# (set 5)
def test_a_submission_passed_is_the_session_not_a_task():
    report = report_of(
        "HĐND phường Mỹ Khê họp giữa năm\n"
        "Sáng 14/8, HĐND phường Mỹ Khê tổ chức kỳ họp thứ hai, đánh giá kết quả 6 tháng đầu năm 2025.\n"
        "Thông qua tờ trình đề nghị giao biên chế công chức các cơ quan thuộc UBND phường năm 2025.\n"
        "Báo cáo tại kỳ họp cho biết, 6 tháng đầu năm 2025, phường cấp 120 giấy phép xây dựng, "
        "hỗ trợ sửa chữa 14 nhà cho hộ nghèo.\n"
    )
    assert "tờ trình" not in all_quotes(report)
    assert "120 giấy phép" in joined(report.achievements)
    assert not report.next_tasks


# (set 5)
def test_the_rest_of_an_agenda_is_no_result():
    report = report_of(
        "HĐND phường Nam Sơn khai mạc kỳ họp cuối năm\n"
        "Sáng 29/12, HĐND phường Nam Sơn khai mạc kỳ họp thứ ba, kỳ họp thường lệ cuối năm 2025, đánh giá "
        "tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026. "
        "Tổng kết hoạt động của Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026 và quyết định những vấn đề quan trọng khác.\n"
        "Năm 2025, phường giải quyết đúng hạn 98% hồ sơ hành chính, thu ngân sách đạt 40 tỷ đồng.\n"
    )
    assert "98% hồ sơ" in joined(report.achievements)
    assert "vấn đề quan trọng khác" not in all_quotes(report)


# (set 14)
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


# (set 15)
def test_the_agenda_going_on_after_a_sentence_about_the_session_is_its_business():
    items = quotes_by_category(
        "Kỳ họp thứ tư HĐND thị xã Ninh Hòa\n"
        "Sáng 14/7/2022, HĐND thị xã Ninh Hòa tổ chức kỳ họp thứ tư.\n"
        "Đây là kỳ họp thường lệ giữa năm của HĐND thị xã đánh giá tình hình 6 tháng đầu năm. Đồng thời, xem xét "
        "các báo cáo tình hình thực hiện dự toán thu, chi ngân sách; đầu tư công 6 tháng đầu năm 2022; dự kiến kế "
        "hoạch đầu tư công năm 2023.\n"
        "6 tháng đầu năm 2022, thu ngân sách trên địa bàn đạt 250 tỷ đồng, bằng 55% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "250 tỷ đồng" in said
    assert "dự toán thu, chi" not in said and "đầu tư công 6 tháng" not in said and "dự kiến kế hoạch" not in said


# (set 17)
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


# (set 24)
def test_the_reports_a_council_passed_are_its_business_not_results():
    # "Đồng thời, thông qua báo cáo …; …; …": the list of reports the session passed, its subject left out.
    got = quotes_by_category(
        "Ngày 22/12, HĐND xã Bình Lâm tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Năm 2025, tổng thu ngân sách trên địa bàn xã đạt 120 tỷ đồng, tỷ lệ hộ nghèo giảm còn 1,2%.\n"
        "Đồng thời, thông qua báo cáo công tác của Thường trực HĐND xã năm 2025; công tác giải quyết "
        "khiếu nại, tố cáo năm 2025; báo cáo thẩm tra của các Ban HĐND xã.\n",
        "binh-lam-hdnd.txt",
    )
    achieved = joined(got["achievements"])
    assert "120 tỷ đồng" in achieved
    assert "khiếu nại" not in achieved and "thẩm tra" not in achieved


# (set 32)
def test_the_agenda_a_session_ran_with_is_no_result():
    text = (
        "HĐND quận Ngô Quyền khai mạc kỳ họp cuối năm 2019\n"
        "Thu ngân sách của quận năm 2019 ước đạt 900 tỷ đồng, đạt 110% kế hoạch.\n"
        "Kỳ họp diễn ra với một số nội dung quan trọng như: Ủy ban MTTQ quận báo cáo việc mặt trận "
        "góp ý xây dựng chính quyền trong năm 2019 và hướng hoạt động năm 2020."
    )
    got = quotes_by_category(text)
    assert got["achievements"] == ["Thu ngân sách của quận năm 2019 ước đạt 900 tỷ đồng, đạt 110% kế hoạch."]
    assert got["next_tasks"] == []


# (sets 34-35)
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


AGENDA = (
    "Ngày 8-4, Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV tổ chức Hội nghị lần thứ sáu bàn hai nội dung "
    "lớn, gồm: Kết quả phát triển kinh tế - xã hội quý I, nhiệm vụ chủ yếu 9 tháng còn lại "
    "năm 2022; công tác xây dựng Đảng quý I, nhiệm vụ, giải pháp 9 tháng còn lại năm 2022.\n"
    "Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV, nhiệm kỳ 2020 - 2025.\n"
    "Trong quý I, tổng thu ngân sách trên địa bàn quận ước đạt 2.150 tỷ đồng, tăng 12% so với cùng kỳ.\n"
)


# (sets 40-41)
def test_the_reports_a_meeting_took_up_listed_after_its_colon_are_its_agenda():
    got = quotes_by_category(AGENDA)
    assert "2.150 tỷ đồng" in joined(got["achievements"])
    assert "Kết quả thực hiện nhiệm vụ" not in joined(got["achievements"])
    assert "công tác xây dựng Đảng quý I" not in joined(got["achievements"])


# (sets 40-41)
def test_a_caption_that_is_the_meetings_full_name_is_no_result():
    assert "Hội nghị lần thứ sáu Ban Chấp hành" not in joined(quotes_by_category(AGENDA)["achievements"])


# --- reports heard or presented -------------------------------------------------------------------

# (set 1)
def test_attendance_awards_at_the_meeting_and_what_it_heard_or_studied_are_not_results():
    report = report_of(
        "Sáng 10/10, UBND huyện họp phiên thường kỳ tháng 9.\n"
        "Đại diện các phòng, ban, ngành huyện và lãnh đạo 9 xã tham dự.\n"
        "Tại hội nghị, lãnh đạo huyện trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí: Lò Văn Khánh, Chi bộ thôn Nà Phai; "
        "Vàng Thị Mỷ, Chi bộ thôn Khuổi Lừa.\n"
        "Tại phiên họp, các đại biểu đã nghe và tham gia ý kiến vào 3 nội dung báo cáo như: Chuyển đổi số, "
        "Phòng chống thiên tai, Kế hoạch vụ mùa.\n"
        "Phòng Nông nghiệp báo cáo với Hội nghị về tiến độ các dự án thủy lợi; báo cáo tình hình dư luận xã hội.\n"
        "Tại hội nghị, Huyện ủy quán triệt Chỉ thị số 12-CT/HU về đại hội chi bộ.\n"
        "Trong tháng 9, thu ngân sách trên địa bàn đạt 5,6 tỷ đồng.\n"
    )
    achieved = " | ".join(quotes(report.achievements))
    assert "5,6 tỷ đồng" in achieved
    for meeting in ("tham dự", "Huy hiệu", "Lò Văn Khánh", "Chuyển đổi số", "báo cáo với Hội nghị", "dư luận", "quán triệt"):
        assert meeting not in achieved


# (set 4)
def test_a_report_heard_from_a_long_named_speaker_and_a_reports_outline_are_no_results():
    report = report_of(
        "UBND phường Hải Tân họp giao ban tháng 9\n"
        "Chiều 30/9, UBND phường Hải Tân tổ chức họp giao ban định kỳ tháng 9/2025.\n"
        "Tại hội nghị, các đại biểu được nghe đại diện lãnh đạo các phòng, ban báo cáo cụ thể công việc tháng 9/2025.\n"
        "Báo cáo nêu rõ những kết quả đạt được trên các lĩnh vực kinh tế, văn hóa, quốc phòng.\n"
        "Trong tháng, phường tiếp nhận 512 hồ sơ hành chính, giải quyết đúng hạn 100%.\n"
    )
    assert "512 hồ sơ" in joined(report.achievements)
    quotes = all_quotes(report)
    assert "được nghe" not in quotes
    assert "nêu rõ" not in quotes


# (set 10)
def test_who_presented_the_report_is_no_item_and_leaves_the_results_results():
    items = tan_phong_year_end_quotes(
        "Đại diện lãnh đạo xã Tân Phong báo cáo kết quả thực hiện nhiệm vụ năm 2025.\n"
        "Đảng ủy xã đã tập trung lãnh đạo, chỉ đạo tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I.\n"
        "Thu ngân sách đạt 149,8 tỷ đồng, tăng 12% so với chỉ tiêu đề ra.\n"
    )
    achieved = joined(items["achievements"])
    assert "báo cáo kết quả" not in joined(q for qs in items.values() for q in qs)
    assert "Đại hội đại biểu Đảng bộ xã lần thứ I" in achieved and "149,8 tỷ đồng" in achieved
    assert items["next_tasks"] == []


# (set 14)
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


# (sets 44-49)
def test_an_officer_presenting_the_report_is_meeting_business():
    text = TAN_LAP_POLICE_HEARING_OPENING + (
        "Tại hội nghị, Thượng tá Lê Văn Hòa, Phó Trưởng Công an huyện đã báo cáo tình hình an ninh, trật tự trên "
        "địa bàn huyện trong năm 2023.\n"
    )
    assert quotes_by_category(text)["achievements"] == ["Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm."]


# --- votes, elections and dismissals --------------------------------------------------------------

# (set 15)
def test_electing_or_dismissing_an_official_is_the_councils_business():
    items = quotes_by_category(
        "Kỳ họp HĐND huyện Di Linh\n"
        "Sáng 15/12/2020, HĐND huyện Di Linh tổ chức kỳ họp thứ 14 đánh giá tình hình năm 2020.\n"
        "Năm 2020, thu ngân sách trên địa bàn đạt 180 tỷ đồng; bầu bổ sung Phó Chủ tịch UBND huyện.\n"
        "Tại kỳ họp, các đại biểu đã biểu quyết thống nhất việc miễn nhiệm chức danh Ủy viên UBND huyện đối với "
        "ông Trần Văn Hải.\n"
    )
    said = joined(items["achievements"])
    assert "180 tỷ đồng" in said and "Phó Chủ tịch UBND huyện" not in said and "miễn nhiệm" not in said


# (set 17)
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


# (sets 36-37)
def test_a_council_s_dismissal_vote_is_no_shortcoming():
    text = (
        "Hàm Tân vượt nhiều chỉ tiêu năm 2020\n"
        "Năm 2020, Hàm Tân thực hiện đạt và vượt 11/14 chỉ tiêu kinh tế xã hội.\n"
        "Bên cạnh kết quả đạt được vẫn còn một số khó khăn, tiến độ giải phóng mặt bằng còn chậm.\n"
        "Tại kỳ họp lần này đã thông qua nghị quyết về dự toán ngân sách năm 2021. Đồng thời, các đại biểu HĐND "
        "huyện đã biểu quyết miễn nhiệm chức danh Phó ban Pháp chế đối với ông Lê Văn Tâm (chuyển công tác)."
    )
    shortcomings = quotes_by_category(text)["shortcomings"]
    assert len(shortcomings) == 1
    assert "miễn nhiệm" not in joined(shortcomings)


# --- awards handed out at the meeting -------------------------------------------------------------

# (set 3)
def test_an_award_handed_out_on_this_occasion_after_the_tasks_is_no_task():
    # "Dịp này" (on this occasion) says what was done at the meeting, like "Tại hội nghị".
    text = (
        "Huyện ủy sơ kết 6 tháng\n"
        "Ngày 6/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị đánh giá 6 tháng đầu năm 2022.\n"
        "Trong 6 tháng đầu năm, thu ngân sách đạt 120 tỷ đồng, tăng 9% so cùng kỳ.\n"
        "Trong 6 tháng cuối năm, huyện tập trung giải ngân vốn đầu tư công; phát triển đảng viên mới.\n"
        "Dịp này, Ban Thường vụ Huyện ủy đã trao tặng Huy hiệu 40 năm tuổi Đảng cho 5 đảng viên.\n"
    )
    planned = " ".join(quotes(report_of(text).next_tasks))
    assert "giải ngân vốn đầu tư công" in planned and "Huy hiệu" not in planned


# (set 16)
def test_awards_handed_out_at_the_meeting_and_their_captions_are_no_results():
    items = quotes_by_category(
        "Đảng bộ xã Bình Lộc tổng kết năm 2025\n"
        "Chiều ngày 30/12/2025, Đảng bộ xã Bình Lộc tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025, xã Bình Lộc thu ngân sách đạt 130% dự toán.\n"
        "Các chi bộ trực thuộc được khen thưởng hoàn thành xuất sắc nhiệm vụ năm 2025\n"
        "Khen thưởng cho các tổ chức cơ sở đảng tiêu biểu năm 2025.\n"
        "Nhân dịp này, Đảng bộ xã đã khen thưởng cho 12 đảng viên hoàn thành xuất sắc nhiệm vụ.\n"
    )
    said = joined(items["achievements"])
    assert "130% dự toán" in said
    assert "khen thưởng" not in said.lower()


# (set 27)
def test_an_award_listed_after_a_semicolon_among_the_periods_deeds_keeps_the_deeds():
    # "khen thưởng 04 tổ chức …" is the meeting's own award when it opens the sentence; after a ';' it is
    # one of the deeds of the period, and the gifts and houses before it are results too.
    text = (
        "ĐẢNG ỦY XÃ TÂN HÒA HỌP GIAO BAN THÁNG 2\n"
        "Đảng ủy xã Tân Hòa tổ chức họp giao ban nhằm đánh giá kết quả tổ chức Tết và triển khai nhiệm vụ thời gian tới.\n\n"
        "Theo báo cáo, công tác chăm lo Tết được thực hiện chu đáo. Toàn xã đã trao 2.450 phần quà cho gia đình "
        "chính sách, hộ nghèo với tổng kinh phí 900 triệu đồng; hỗ trợ xây dựng 12 căn nhà Đại đoàn kết với tổng "
        "trị giá trên 700 triệu đồng; tổ chức tổng kết năm, khen thưởng 04 tổ chức và 30 đảng viên. "
        "Trong dịp Tết, tình hình an ninh trật tự ổn định.\n"
    )
    achieved = joined(quotes_by_category(text, "tan-hoa.txt")["achievements"])
    for deed in ("2.450 phần quà", "12 căn nhà", "30 đảng viên"):
        assert deed in achieved, deed
    figures = {(m.value, m.unit) for _, item in report_of(text, "tan-hoa.txt").items() for m in item.metrics}
    assert (2450, "phần quà") in figures and (12, "căn nhà đại đoàn kết") in figures


# (set 27)
def test_an_award_handed_at_the_meeting_is_still_no_result():
    got = quotes_by_category(
        "ĐẢNG ỦY XÃ TÂN HÒA TỔNG KẾT NĂM 2025\n"
        "Sáng 5/1, Đảng ủy xã Tân Hòa tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Năm 2025, thu ngân sách đạt 120% dự toán. Đảng ủy xã khen thưởng 6 tổ chức đảng và 20 đảng viên.\n",
        "tan-hoa.txt",
    )
    achieved = joined(got["achievements"])
    assert "120% dự toán" in achieved
    assert "khen thưởng" not in achieved


# (set 29)
def test_a_count_of_the_period_keeps_the_awards_its_members_won_in_it():
    # "Năm 2025 có 40 hộ …, được UBND tỉnh tặng bằng khen cho 02 hộ, …": the year's counts, among them an
    # award won in the year; no award handed out at the meeting
    got = quotes_by_category(
        TAN_PHU_FARMERS_YEAR_END_OPENING + "Năm 2025 có 40 hộ đăng ký sản xuất kinh doanh giỏi, được UBND tỉnh tặng bằng khen cho 02 hộ, "
        "6 hộ đạt sản xuất kinh doanh giỏi cấp tỉnh; toàn xã có 05 trang trại và 300 gia trại lợn. "
        "Tại hội nghị, Hội Nông dân xã trao giấy khen cho 5 chi hội.\n",
        "tan-phu.txt",
    )
    achieved = joined(got["achievements"])
    for deed in ("40 hộ đăng ký", "tặng bằng khen cho 02 hộ", "300 gia trại lợn"):
        assert deed in achieved, deed
    assert "trao giấy khen" not in achieved


# (sets 40-41)
def test_the_party_badges_a_ceremony_hands_out_are_its_business():
    text = (
        "Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng và hội nghị sơ kết công tác 9 tháng đầu năm 2025.\n"
        "Chiều 25/9/2025, Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng gắn với hội nghị sơ kết công tác 9 tháng "
        "đầu năm 2025.\n"
        "Đợt này, Đảng bộ xã vinh dự có 21 đảng viên được trao tặng Huy hiệu Đảng. Trong đó, có 3 đồng chí nhận Huy "
        "hiệu 55 năm tuổi Đảng; 6 đồng chí nhận Huy hiệu 40 năm tuổi Đảng; và 12 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.\n"
        "Trong 9 tháng, Đảng bộ đã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu; trao huy hiệu Đảng cho 8 đảng viên."
    )
    got = quotes_by_category(text)
    assert "Huy hiệu 55 năm" not in joined(got["achievements"])
    assert "21 đảng viên được trao tặng" not in joined(got["achievements"])
    # a badge listed among the deeds of the period, after a ';', is a result
    assert "trao huy hiệu Đảng cho 8 đảng viên" in joined(got["achievements"])


# --- the meeting itself: its purpose, form, day and length ----------------------------------------

# (set 6)
def test_the_meetings_purpose_and_procedure_are_no_items():
    items = lam_binh_april_meeting_quotes(
        "Nhằm đánh giá kết quả thực hiện nhiệm vụ tháng 4; nhiệm vụ trọng tâm tháng 5 năm 2023.\n"
        "Trong cuộc họp, các ngành đã báo cáo tình hình hoạt động của ngành và phương hướng tháng 5.\n"
        "Trong tháng, toàn huyện trồng mới 85 ha rừng.\n"
        "Tại hội nghị các đại biểu đã tham gia phát biểu ý kiến và đề ra nhiệm vụ trọng tâm tháng 5.\n"
    )
    said = joined_across_categories(items)
    assert "85 ha rừng" in " | ".join(items["achievements"])
    assert "Nhằm đánh giá" not in said and "nhiệm vụ trọng tâm tháng 5 năm 2023" not in said
    assert "báo cáo tình hình hoạt động" not in said
    assert "phát biểu ý kiến" not in said


# (set 8)
def test_what_the_meeting_reviewed_is_no_item_unless_it_says_how_it_went():
    items = hoa_binh_midyear_session_quotes(
        "Hội nghị đã tập trung đánh giá toàn diện kết quả công tác xây dựng Đảng năm 2025; phân tích nguyên nhân "
        "của những tồn tại, rút ra bài học kinh nghiệm.\n"
        "Hội nghị đánh giá kết quả 6 tháng, tổng giá trị sản xuất tăng 7,4% so với cùng kỳ.\n"
        # (set 86) how it went, in words: "duy trì ổn định", "đảm bảo đúng quy định"
        "Hội nghị đánh giá tình hình sản xuất nông nghiệp duy trì ổn định; công tác quản lý thu - chi ngân sách "
        "đảm bảo đúng quy định.\n"
    )
    assert items["shortcomings"] == []
    assert "tồn tại" not in joined_across_categories(items)
    assert "7,4%" in " | ".join(items["achievements"])
    assert "duy trì ổn định" in " | ".join(items["achievements"])
    assert "đảm bảo đúng quy định" in " | ".join(items["achievements"])


# (set 10)
def test_the_rest_of_the_meetings_name_cut_by_a_full_stop_is_no_item():
    items = quotes_by_category(
        "Chiều ngày 22/12/2025, Đảng bộ xã Tân Phong tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025. "
        "Triển khai nhiệm vụ năm 2026. Tới dự hội nghị có đồng chí Lê Văn Tám, Tỉnh ủy viên.\n"
        "Năm 2025, Đảng bộ xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n",
        "tan-phong.txt",
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "Triển khai nhiệm vụ năm 2026" not in said
    assert "14/15" in joined(items["achievements"])


# (set 15)
def test_a_regular_meeting_told_as_held_is_no_result():
    items = quotes_by_category(
        "Ban Thường vụ Huyện ủy Hòn Đất họp tháng 3\n"
        "Sáng ngày 04/4/2024, Ban Thường vụ Huyện ủy Hòn Đất họp thường lệ tháng 3/2024.\n"
        "Trong tháng 3, huyện thu ngân sách đạt 21 tỷ đồng, tăng 8% so với cùng kỳ. HĐND huyện đã tổ chức thành "
        "công các kỳ họp thường lệ và chuyên đề.\n"
    )
    said = joined(items["achievements"])
    assert "21 tỷ đồng" in said and "họp thường lệ tháng 3" not in said
    assert "tổ chức thành công các kỳ họp thường lệ" in said  # (the council's sessions held in the period: a result)


# (set 16)
def test_a_review_held_within_the_meeting_and_directing_the_tasks_in_general_are_no_results():
    items = quotes_by_category(
        "HĐND xã Bình Lộc họp kỳ cuối năm\n"
        "Ngày 28/12/2025, HĐND xã Bình Lộc tổ chức kỳ họp thứ năm, đánh giá tình hình năm 2025.\n"
        "Kỳ họp cũng lồng ghép tổ chức sơ kết việc thực hiện Nghị quyết 57 về chuyển đổi số của xã.\n"
        "Năm 2025, Đảng ủy, UBND xã Bình Lộc tập trung quán triệt, chỉ đạo các cơ quan, đơn vị, tổ chức triển khai "
        "và thực hiện các nhiệm vụ phát triển kinh tế - xã hội. Thu ngân sách đạt 125% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "125% dự toán" in said
    assert "lồng ghép" not in said and "quán triệt, chỉ đạo" not in said


# (set 19)
def test_how_long_the_session_ran_is_no_result_and_no_figure():
    report = report_of(
        "date 2024-12 Kỳ họp diễn ra trong 3 ngày (18, 19 và 20-12). Các đại biểu đã nghe báo cáo của UBND huyện.\n"
        "Năm 2024, tổng giá trị sản xuất của huyện Tân Lập tăng 9,1% so với năm 2023; thu ngân sách đạt 210 tỷ đồng.\n"
    )
    assert "diễn ra trong 3 ngày" not in all_quotes(report)
    assert all(m.unit != "ngày" for _, item in report.items() for m in item.metrics)
    assert "210 tỷ đồng" in joined(report.achievements)


# (set 23)
def test_when_the_session_is_to_close_is_no_task():
    got = quotes_by_category(
        "Khai mạc kỳ họp thứ 6 HĐND huyện Yên Lạc\n"
        "Sáng 10/7, HĐND huyện Yên Lạc khai mạc kỳ họp thứ 6, khóa XX.\n"
        "Trong 6 tháng đầu năm 2021, thu ngân sách trên địa bàn đạt 120 tỷ đồng, bằng 61% dự toán.\n"
        "Kỳ họp sẽ thảo luận, thông qua 08 nghị quyết. Dự kiến kỳ họp sẽ bế mạc vào ngày 12/7/2021.\n",
        "yen-lac-hdnd.txt",
    )
    assert "bế mạc" not in joined(got["next_tasks"]) + joined(got["achievements"])


# (set 27)
def test_a_working_session_about_the_period_and_the_plan_is_the_meeting_not_a_result():
    got = quotes_by_category(
        "Lãnh đạo tỉnh làm việc tại xã Ea Hơ\n"
        "Sáng 9-12, đồng chí Trần Văn Nam - Phó Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Đảng ủy xã "
        "Ea Hơ về tình hình hoạt động từ ngày 1-7-2025 đến nay và phương hướng, nhiệm vụ năm 2026.\n\n"
        "Theo báo cáo tại buổi làm việc, xã đã hoàn thành các chỉ tiêu do tỉnh giao. Công tác quản lý đất đai "
        "được thực hiện đúng quy định.\n",
        "ea-ho.txt",
    )
    achieved = joined(got["achievements"])
    assert "hoàn thành các chỉ tiêu do tỉnh giao" in achieved
    assert "buổi làm việc với" not in achieved


# (set 27)
def test_answers_given_at_the_meeting_are_no_result_and_a_meeting_still_to_hold_is_a_task():
    got = quotes_by_category(
        "Xã Tân Phú sơ kết quý III\n"
        "Chiều 25-9, Thường trực HĐND xã Tân Phú phối hợp UBND xã tổ chức hội nghị sơ kết quý III/2025.\n\n"
        "Trong quý III, tỷ lệ giải quyết hồ sơ đúng hạn đạt 100%.\n\n"
        "Lãnh đạo xã cùng các ngành đã trao đổi, giải đáp các thông tin liên quan.\n\n"
        "Theo Bí thư Đảng ủy xã Trần Văn Bình, Thường trực HĐND - UBND xã sẽ họp định kỳ hàng tháng để thông tin "
        "và giải quyết những kiến nghị của người dân.\n",
        "tan-phu.txt",
    )
    assert "giải đáp" not in joined(got["achievements"])
    assert "sẽ họp định kỳ hàng tháng" in joined(got["next_tasks"])


# (set 30)
def test_a_meeting_held_on_a_named_day_is_no_result():
    items = quotes_by_category(
        "Hội Cựu chiến binh huyện Hòa Bình sơ kết 6 tháng\n"
        "Chiều ngày 8/7/2022, Hội Cựu chiến binh huyện Hòa Bình tổ chức sơ kết công tác Hội 6 tháng đầu năm 2022.\n"
        "Trong 6 tháng, các cấp Hội đã kết nạp 31 hội viên mới, vận động xây dựng 2 nhà nghĩa tình đồng đội.\n",
        "hoa-binh.txt",
    )
    everything = " | ".join(q for qs in items.values() for q in qs)
    assert "31 hội viên" in everything
    assert "tổ chức sơ kết" not in everything


# (set 30)
def test_a_council_that_met_on_a_named_day_sets_no_task_by_meeting():
    items = quotes_by_category(
        "UBND huyện Hòa Bình họp thường kỳ tháng 10\n"
        "Sáng ngày 02/11, UBND huyện Hòa Bình đã họp thông qua tình hình kinh tế - xã hội tháng 10/2022 và đề ra "
        "nhiệm vụ trọng tâm tháng 11.\n"
        "Trong tháng 10, thu ngân sách đạt 45 tỷ đồng, giải ngân vốn đầu tư công đạt 70% kế hoạch.\n",
        "hoa-binh.txt",
    )
    everything = " | ".join(q for qs in items.values() for q in qs)
    assert "45 tỷ đồng" in everything
    assert "đã họp" not in everything


# (set 31)
def test_the_meeting_praising_the_delegates_is_still_no_result():
    text = (
        "Sáng 5/9, HĐND xã Tân Lập khai mạc kỳ họp thứ ba.\n\n"
        "Thu ngân sách của xã đạt 12 tỷ đồng, bằng 60% dự toán.\n\n"
        "Chủ tọa kỳ họp đánh giá cao tinh thần trách nhiệm của các đại biểu trong việc thảo luận các nghị quyết."
    )
    assert quotes_by_category(text)["achievements"] == ["Thu ngân sách của xã đạt 12 tỷ đồng, bằng 60% dự toán."]


# (sets 36-37)
def test_a_session_told_to_have_taken_place_over_days_is_no_result_and_its_length_no_figure():
    report = report_of(HAM_TAN_THREE_DAY_SESSION)
    assert "kỳ họp" not in joined(report.achievements)
    assert (3, "ngày") not in figures_of(report.achievements)
    assert (310, "tỷ đồng") in figures_of(report.achievements)


# (sets 42-43)
def test_the_meeting_held_online_is_still_its_form():
    text = (
        "Ngày 18/4/2024, Huyện ủy Tân Hưng tổ chức Hội nghị Huyện ủy lần thứ 15.\n"
        "Hội nghị được tổ chức trực tuyến tại 14 điểm cầu.\n"
        "Toàn huyện thu ngân sách hơn 30 tỷ đồng, đạt 35% Nghị quyết.\n"
    )
    assert "điểm cầu" not in joined(quotes_by_category(text)["achievements"])


# (sets 42-43)
def test_how_the_meeting_was_held_is_no_fact():
    text = (
        "Sáng 3/7, Huyện ủy Đam Rông tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n"
        "Hội nghị được tổ chức tuân thủ nghiêm các biện pháp phòng chống dịch bệnh.\n"
        "Thu ngân sách 6 tháng đạt 40 tỷ đồng, bằng 55% dự toán.\n"
    )
    got = quotes_by_category(text)
    assert "tuân thủ nghiêm" not in joined(got["achievements"])
    assert "40 tỷ đồng" in joined(got["achievements"])


# (sets 50-52)
def test_a_visits_working_session_and_who_attended_it_are_no_results_and_a_fall_in_visitors_is_a_shortcoming():
    text = (
        "(Báo Tân Lập)- Chiều 22.9, Phó Bí thư Tỉnh ủy Lê Văn An có buổi làm việc với Ban Thường vụ Huyện ủy Đông Sơn.\n"
        "Dự buổi làm việc có Trưởng ban Nội chính Tỉnh ủy.\n"
        "9 tháng năm 2020, huyện thu ngân sách đạt 40 tỷ đồng. Lượng khách du lịch đến huyện giảm 65% so với cùng kỳ.\n"
    )
    got = quotes_by_category(text)
    assert got["achievements"] == ["9 tháng năm 2020, huyện thu ngân sách đạt 40 tỷ đồng."]
    assert got["shortcomings"] == ["Lượng khách du lịch đến huyện giảm 65% so với cùng kỳ."]


# (set 59)
def test_report_titles_on_the_lines_after_a_business_lead_ending_in_a_colon_are_the_agenda():
    got = quotes_by_category(
        "Đảng ủy xã Yên Thịnh họp Ban Thường vụ\n"
        "Ngày 4/12/2025, Ban Thường vụ Đảng ủy xã Yên Thịnh tổ chức hội nghị đánh giá kết quả công tác năm 2025.\n"
        "Tại hội nghị, các đồng chí trong Ban Thường vụ đã nghe và cho ý kiến đối với nhiều nội dung quan trọng, gồm:\n"
        "Báo cáo tổng kết công tác năm 2025; phương hướng, nhiệm vụ năm 2026; công tác kiểm tra, giám sát năm 2025.\n"
        "Các tờ trình của UBND xã về việc tăng cường quản lý đất công; thành lập Trạm Y tế xã Yên Thịnh.\n"
        "Năm 2025, xã Yên Thịnh thu ngân sách đạt 9,4 tỷ đồng.\n",
        "yen-thinh.txt",
    )
    assert got["next_tasks"] == [] and got["shortcomings"] == []
    assert got["achievements"] == ["Năm 2025, xã Yên Thịnh thu ngân sách đạt 9,4 tỷ đồng."]


# (set 59)
def test_the_meeting_taking_in_views_to_finish_its_reports_is_its_business():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Na Rì\n"
        "Ngày 14/12, Ban Chấp hành Đảng bộ huyện Na Rì tổ chức hội nghị tổng kết công tác năm 2022.\n"
        "Năm 2022, huyện trồng mới 1.200 ha rừng.\n"
        "Hội nghị đã tiếp thu ý kiến đóng góp của đại biểu để bổ sung, chỉnh sửa, hoàn thiện các báo cáo, bảo đảm "
        "phản ánh toàn diện các lĩnh vực của huyện năm 2022.\n",
        "na-ri.txt",
    )
    assert all("tiếp thu ý kiến" not in q for qs in got.values() for q in qs)
    assert "1.200 ha rừng" in joined(got["achievements"])


# (set 61)
def test_appointments_announced_at_the_meeting_are_its_business():
    got = quotes_by_category(
        "Mặt trận phường Hòa Bình sơ kết quý III\n"
        "Ngày 2/10/2025, Ủy ban MTTQ Việt Nam phường Hòa Bình tổ chức hội nghị sơ kết công tác quý III năm 2025.\n"
        "Tại hội nghị, Ban Thường trực đã công bố các quyết định của Ủy ban MTTQ tỉnh về việc công nhận Ủy viên Ủy "
        "ban và các chức danh Phó Chủ tịch Ủy ban MTTQ phường nhiệm kỳ 2025–2030.\n"
        "Trong quý III, Mặt trận phường vận động được 312 triệu đồng ủng hộ Quỹ Vì người nghèo.\n",
        "hoa-binh.txt",
    )
    assert all("công bố các quyết định" not in q for qs in got.values() for q in qs)
    assert "312 triệu đồng" in joined(got["achievements"])


# (set 60)
def test_the_titles_a_meeting_took_up_after_its_opening_sentence_or_a_colon_are_its_agenda():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 3\n"
        "Ngày 15/10/2020, Ban Chấp hành Đảng bộ huyện Tam Nông tổ chức kỳ họp lần thứ 3. Đánh giá tình hình phát triển "
        "kinh tế - xã hội 9 tháng năm 2020; phương hướng, nhiệm vụ những tháng cuối năm 2020.\n"
        "Chín tháng đầu năm, tổng thu ngân sách trên địa bàn huyện đạt 212 tỷ đồng.\n"
        "Tại hội nghị, các đại biểu đã tập trung thảo luận về: Tình hình thu chi ngân sách 9 tháng năm 2020, phương "
        "hướng nhiệm vụ quý IV; giải pháp tăng cường quản lý trật tự đô thị.\n",
        "tam-nong.txt",
    )
    said = joined_across_categories(got)
    assert "Đánh giá tình hình phát triển" not in said and "Tình hình thu chi ngân sách" not in said
    assert "trật tự đô thị" not in said
    assert "212 tỷ đồng" in joined(got["achievements"])


# (set 63)
def test_the_plans_decisions_handed_out_at_the_meeting_are_its_business():
    got = quotes_by_category(
        TAN_HOA_YEAR_END_OPENING
        + "Tại hội nghị, Trưởng phòng Kinh tế phường đã công bố Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã "
        "hội và dự toán ngân sách nhà nước năm 2026. Lãnh đạo phường đã trao quyết định giao chỉ tiêu kế hoạch năm 2026 "
        "cho 9 cơ quan, đơn vị.\n",
        "tan-hoa.txt",
    )
    assert all("quyết định giao" not in q.lower() for qs in got.values() for q in qs)
    assert "58 tỷ đồng" in joined(got["achievements"])


# (set 67)
def test_the_committees_vote_on_the_resolutions_it_will_carry_out_is_its_business():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Phú Tân\n"
        "Ngày 12/10/2020, Ban Chấp hành Đảng bộ huyện Phú Tân tổ chức hội nghị đánh giá tình hình 9 tháng năm 2020.\n"
        "9 tháng năm 2020, thu ngân sách trên địa bàn huyện đạt 88 tỷ đồng.\n"
        "Tại hội nghị, Ban Chấp hành Đảng bộ huyện đã lấy ý kiến, 100% thống nhất triển khai 5 nghị quyết chuyên đề liên "
        "quan công tác xây dựng Đảng; cải cách hành chính; thu hút doanh nghiệp đầu tư.\n",
        "phu-tan.txt",
    )
    said = joined_across_categories(got)
    assert "lấy ý kiến" not in said and "cải cách hành chính" not in said
    assert "88 tỷ đồng" in joined(got["achievements"])


# (sets 70-71)
def test_what_a_session_takes_up_passes_down_hands_out_and_who_chaired_it_are_its_business():
    got = quotes_by_category(
        "HĐND huyện Ngân Hà tổ chức kỳ họp giữa năm\n"
        "Ngày 12/7/2023, HĐND huyện Ngân Hà tổ chức kỳ họp thứ mười.\n"
        "Sáu tháng đầu năm 2023, thu ngân sách trên địa bàn đạt 45 tỷ đồng.\n"
        "Các đồng chí Hoàng Văn An, Bí thư Huyện ủy, Chủ tịch HĐND huyện; Lương Văn Bình, Phó Chủ tịch HĐND huyện chủ tọa kỳ họp.\n"
        "Tại kỳ họp này, HĐND huyện sẽ xem xét, quyết định 03 nội dung quan trọng về phê chuẩn quyết toán ngân sách năm "
        "2022; điều chỉnh kế hoạch đầu tư công năm 2023.\n"
        "Đồng thời, thông qua nhiều nghị quyết về: Đồ án quy hoạch chung xây dựng xã Bình An; mở rộng tuyến đường liên xã.\n"
        "Bên cạnh đó, Hội nghị còn tổ chức triển khai Nghị quyết của Quốc hội về tổ chức chính quyền đô thị.\n"
        "Cũng tại kỳ họp, Đảng ủy đã tổ chức trao Huy hiệu 30, 40 năm tuổi đảng cho 9 đảng viên.\n",
        "ngan-ha.txt",
    )
    said = joined_across_categories(got)
    for business in ("chủ tọa", "03 nội dung", "điều chỉnh kế hoạch", "Bình An", "tuyến đường liên xã", "chính quyền đô thị", "Huy hiệu"):
        assert business not in said, business
    assert "45 tỷ đồng" in joined(got["achievements"])
    # (a conference held in the period to pass a resolution down is the period's work, not this meeting's)
    got = quotes_by_category(
        "HĐND huyện Ngân Hà tổ chức kỳ họp giữa năm\n"
        "Ngày 12/7/2023, HĐND huyện Ngân Hà tổ chức kỳ họp thứ mười.\n"
        "Sáu tháng đầu năm, thu ngân sách đạt 45 tỷ đồng. Huyện đã tổ chức 2 hội nghị triển khai Nghị quyết của Huyện ủy "
        "cho 400 cán bộ.\n",
        "ngan-ha.txt",
    )
    assert "400 cán bộ" in joined(got["achievements"])


# (sets 72-73)
def test_who_came_for_which_side_who_presented_the_report_and_the_close_are_the_meetings_business():
    got = quotes_by_category(
        "Đoàn xã Hòa An tổng kết năm 2024\n"
        "Ngày 20/12/2024, Đoàn xã Hòa An tổ chức hội nghị tổng kết công tác Đoàn năm 2024.\n"
        "Về phía đơn vị kết nghĩa có đồng chí: Đại úy Lê Văn An – Chính trị viên phó Tiểu đoàn 9.\n"
        "Đ/c Trần Thị Bình - Bí thư Đoàn xã thông qua báo cáo tổng kết công tác Đoàn năm 2024.\n"
        "Năm 2024, Đoàn xã tổ chức 12 buổi sinh hoạt cho 300 đoàn viên.\n"
        "Đồng chí Bí thư Đoàn xã đã tiếp thu toàn bộ ý kiến và kết thúc hội nghị.\n",
        "hoa-an.txt",
    )
    said = joined_across_categories(got)
    for business in ("Về phía", "thông qua báo cáo", "kết thúc hội nghị"):
        assert business not in said, business
    assert "300 đoàn viên" in joined(got["achievements"])


def test_the_matters_put_to_the_meeting_are_work_to_do_and_the_reports_heard_no_item():
    got = quotes_by_category(
        "UBND huyện Thanh An họp thành viên tháng 2\n"
        "Chiều ngày 25/2/2021, UBND huyện Thanh An tổ chức hội nghị thành viên UBND huyện tháng 2/2021.\n"
        "Tại hội nghị, các thành viên UBND huyện cho ý kiến vào một số vấn đề quan trọng như: Dự kiến xây dựng thêm 4 xã "
        "nông thôn mới nâng cao; hoàn thiện thủ tục thành lập mới 2 cụm công nghiệp; tiếp đó, Phòng Tài chính - Kế "
        "hoạch báo cáo một số vấn đề liên quan đến ngân sách.\n",
        "thanh-an.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "4 xã" in tasks and "2 cụm công nghiệp" in tasks
    assert "Phòng Tài chính" not in joined_across_categories(got) and not got["achievements"]


# (set 74)
def test_the_topics_discussed_the_questions_put_and_the_sessions_close_are_no_results():
    got = quotes_by_category(
        "HĐND huyện Mỏ Cày Bắc tổ chức kỳ họp giữa năm\n"
        "Ngày 10/7/2020, HĐND huyện Mỏ Cày Bắc tổ chức kỳ họp thứ 15.\n"
        "Thường trực Huyện ủy, UBND huyện báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2020.\n"
        "Sáu tháng đầu năm 2020, thu ngân sách đạt 343 tỷ đồng.\n"
        "Các đại biểu tập trung thảo luận về: giải pháp ngăn mặn trữ ngọt; xây dựng vườn dừa hữu cơ.\n"
        "Những tháng cuối năm, huyện tập trung phòng chống dịch bệnh. Tại kỳ họp, các đại biểu HĐND huyện chất vấn đối "
        "với lãnh đạo Phòng Tư pháp huyện; thảo luận và thông qua 9 nghị quyết.\n"
        "Kỳ họp thứ 15, HĐND huyện Mỏ Cày Bắc thành công tốt đẹp.\n",
        "mo-cay-bac.txt",
    )
    assert joined(got["achievements"]) == "Sáu tháng đầu năm 2020, thu ngân sách đạt 343 tỷ đồng."
    said = joined_across_categories(got)
    for business in ("báo cáo tình hình", "chất vấn", "9 nghị quyết", "thành công tốt đẹp"):
        assert business not in said, business
    assert "phòng chống dịch bệnh" in joined(got["next_tasks"])


# (set 75)
def test_a_sessions_schedule_and_the_session_named_the_other_way_round_are_its_business():
    got = quotes_by_category(
        "HĐND huyện Nga Hải tổ chức kỳ họp cuối năm\n"
        "Trong 2 ngày (20 - 21/12), HĐND huyện Nga Hải khóa XIX họp kỳ thứ 17; xem xét tình hình thực hiện nhiệm vụ "
        "năm 2020; nhiệm vụ và giải pháp năm 2021; nghe thông báo kết quả kỳ họp HĐND tỉnh.\n"
        "Năm 2020, thu ngân sách trên địa bàn ước đạt 256 tỷ đồng.\n"
        "Theo Chương trình, Kỳ họp thứ 17, HĐND huyện diễn ra trong 1 ngày. Buổi sáng, HĐND huyện sẽ thông qua 9 báo cáo "
        "của các cơ quan, ban, ngành huyện về tình hình thực hiện nhiệm vụ năm 2020; thông qua 02 tờ trình của UBND huyện "
        "đề nghị thông qua kế hoạch đầu tư công.\n",
        "nga-hai.txt",
    )
    assert joined_across_categories(got) == "Năm 2020, thu ngân sách trên địa bàn ước đạt 256 tỷ đồng."


# (set 77)
def test_a_briefing_dated_without_a_comma_its_chairs_and_reports_presented_are_the_meetings_business():
    got = quotes_by_category(
        "Đảng ủy xã Sơn Hà giao ban tháng 7\n"
        "Sáng ngày 01 /7/2022 Đảng ủy xã Sơn Hà tổ chức lễ chào cờ - giao ban tháng 7 năm 2022. Chủ trì Hội nghị là các "
        "đồng chí trong Ban thường vụ Đảng ủy. Tham dự Hội nghị có các đ/c cán bộ công chức.\n"
        "Trong tháng 6, xã thu ngân sách đạt 1,1 tỷ đồng.\n"
        "Thường trực và các Ban HĐND xã trình Báo cáo thực hiện nhiệm vụ năm 2022. Bên cạnh đó, UBND xã cũng trình Đồ án "
        "quy hoạch chung xây dựng xã. Tại hội nghị này, các đồng chí Ủy viên Ban Chấp hành đã nhất trí và thông qua Chương "
        "trình làm việc năm 2023. Cử tri Hoàng Văn An thôn Pù Cà phát biểu đóng góp.\n",
        "son-ha.txt",
    )
    assert joined_across_categories(got) == "Trong tháng 6, xã thu ngân sách đạt 1,1 tỷ đồng."


def test_a_speakers_lead_cut_from_its_list_or_before_its_verb_says_nothing():
    got = quotes_by_category(
        "UBND huyện Sơn Phú họp tháng 5\n"
        "Ngày 17/5/2022, UBND huyện Sơn Phú tổ chức phiên họp thường kỳ tháng 5.\n"
        "Trong tháng 5, thu ngân sách đạt 12 tỷ đồng.\n"
        "Phát biểu kết luận tại cuộc họp, đồng chí Chủ tịch UBND huyện yêu cầu:\n"
        "Phòng Kinh tế - Hạ tầng đẩy nhanh tiến độ các công trình.\n"
        "Để triển khai hiệu quả các kế hoạch, nhiệm vụ trong tháng 6 và những tháng tiếp theo, đồng chí",
        "son-phu.txt",
    )
    tasks = got["next_tasks"]
    assert tasks == ["Phòng Kinh tế - Hạ tầng đẩy nhanh tiến độ các công trình."]


# (set 76)
def test_who_came_listed_on_bullets_after_the_lead_and_a_day_written_out_are_the_meetings():
    got = quotes_by_category(
        "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025.\n"
        "Ngày 24 tháng 12 năm 2024 UBND xã Nam Hòa tổ chức báo cáo tình hình thực hiện các chỉ tiêu năm 2024 và phương "
        "hướng, nhiệm vụ năm 2025.\n"
        "Tham dự Hội nghị có:\n"
        "- Đồng chí Lê Văn An - Bí thư Đảng ủy xã Nam Hòa.\n"
        "- Quang cảnh buổi Hội nghị tổng kết năm 2024, xây dựng phương hướng, nhiệm vụ năm 2025.\n"
        "Kết quả năm 2024, có 13/13 chỉ tiêu đạt và vượt kế hoạch đề ra.\n",
        "nam-hoa.txt",
    )
    assert joined_across_categories(got) == "Kết quả năm 2024, có 13/13 chỉ tiêu đạt và vượt kế hoạch đề ra."


# (set 79)
def test_a_first_sessions_appointments_and_what_it_passed_listed_on_lines_are_its_business():
    got = quotes_by_category(
        "Kỳ họp thứ Nhất HĐND phường Hồng Hà\n"
        "Ngày 30/6/2025, HĐND phường Hồng Hà khóa I tổ chức kỳ họp thứ Nhất.\n"
        "Kỳ họp đã công bố các Nghị quyết của Thường trực HĐND tỉnh về việc chỉ định đại biểu HĐND phường; chỉ định Chủ "
        "tịch, Phó Chủ tịch UBND phường. Theo đó, đồng chí Lê Văn An, Bí thư Đảng ủy phường giữ chức vụ Chủ tịch HĐND phường.\n"
        "Các nội dung chính đã được thông qua:\n"
        "Thành lập Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội HĐND phường.\n"
        "Kế hoạch tổ chức các kỳ họp thường lệ của HĐND phường trong 6 tháng cuối năm 2025.\n",
        "hong-ha.txt",
    )
    assert joined_across_categories(got) == ""


# (sets 80-81)
def test_the_authority_a_meeting_is_held_under_a_draft_it_passed_and_a_cell_founded_at_it_are_no_items():
    got = quotes_by_category(
        "Đảng ủy thị trấn Thường An sơ kết quý I\n"
        "Ngày 8/4/2022, Đảng ủy thị trấn Thường An tổ chức hội nghị sơ kết quý I/2022.\n"
        "Thực hiện Chương trình công tác năm 2022 của Đảng ủy thị trấn.\n"
        "Được sự thống nhất của BTV đảng ủy ngày, 07/4/2022.\n"
        "Quý I, thu ngân sách thị trấn đạt 2,4 tỷ đồng.\n"
        "Đồng chí Bí thư Đảng ủy trao Quyết định thành lập Chi bộ Trường Tiểu học Thường An.\n"
        "Quý II, thị trấn tập trung thu hoạch lúa. Hội nghị cũng thông qua dự thảo Chỉ thị của UBND thị trấn về trật tự "
        "xây dựng.\n",
        "thuong-an.txt",
    )
    said = joined_across_categories(got)
    for business in ("Chương trình công tác", "Được sự thống nhất", "dự thảo Chỉ thị", "thành lập Chi bộ"):
        assert business not in said, business
    assert "2,4 tỷ đồng" in joined(got["achievements"]) and "thu hoạch lúa" in joined(got["next_tasks"])


# (sets 76-81, after their rounds)
def test_the_views_counted_a_presenter_for_the_leaders_the_briefings_guests_and_its_close_are_business():
    got = quotes_by_category(
        "UBND xã Ia Hòa giao ban quý I\n"
        "Ngày 12/4/2023, UBND xã Ia Hòa tổ chức hội nghị giao ban quý I năm 2023.\n"
        "Dự buổi giao ban có các đồng chí Phó Chủ tịch UBND xã và lãnh đạo các ban ngành.\n"
        "Tại Hội nghị thay mặt lãnh đạo UBND xã, đ/c Nguyễn Văn An (Phó Chủ tịch UBND xã) đã báo cáo tình hình thực hiện "
        "các chỉ tiêu kinh tế - xã hội trên địa bàn xã.\n"
        "Quý I, thu ngân sách xã đạt 1,5 tỷ đồng.\n"
        "Hội nghị đã có 09 ý kiến đại diện cho các chi bộ, các ngành đoàn thể.\n"
        "Hội nghị giao ban quý I của UBND xã Ia Hòa đã thành công tốt đẹp, tạo tiền đề cho quý II.\n",
        "ia-hoa.txt",
    )
    assert joined_across_categories(got) == "Quý I, thu ngân sách xã đạt 1,5 tỷ đồng."


# (set 96)
def test_who_came_for_a_city_written_with_a_dot_and_the_councils_elections_counted_are_no_results():
    got = quotes_by_category(
        "HĐND thành phố Vị Thanh tổ chức kỳ họp thứ 7\n"
        "Ngày 29/6/2022, HĐND thành phố Vị Thanh tổ chức kỳ họp thứ 7. Về phía TP.Vị Thanh có ông Trần Văn An, Phó Bí "
        "thư Thường trực Thành ủy, Chủ tịch HĐND thành phố.\n"
        "Trong 6 tháng đầu năm, thành phố thu ngân sách đạt 210 tỷ đồng.\n"
        "Kỳ họp thực hiện thủ tục miễn nhiệm 1 chức danh Ủy viên Ủy ban nhân dân thành phố; bầu bổ sung 4 Ủy viên Ủy ban "
        "nhân dân thành phố.\n",
    )
    assert got["achievements"] == ["Trong 6 tháng đầu năm, thành phố thu ngân sách đạt 210 tỷ đồng."]


# (set 98)
def test_an_excerpt_that_starts_inside_the_list_of_who_came_has_no_item_of_it():
    got = quotes_by_category(
        "Cùng các đồng chí nguyên là bí thư, chủ tịch HĐND huyện; Thường trực HĐND, lãnh đạo UBND, UBMTTQ và các tổ "
        "chức chính trị - xã hội huyện; đại diện lãnh đạo các cơ quan, đơn vị và cử tri các xã, thị trấn.\n\n"
        "Trong 6 tháng đầu năm 2019, diện tích thu hoạch lúa vụ Đông xuân 28.983 ha, đạt 100% kế hoạch.\n",
    )
    assert got["achievements"] == ["Trong 6 tháng đầu năm 2019, diện tích thu hoạch lúa vụ Đông xuân 28.983 ha, đạt 100% kế hoạch."]


# (set 97)
def test_the_communes_a_new_one_was_formed_from_and_a_resolution_studied_at_the_meeting_are_no_results():
    got = quotes_by_category(
        "Xã Yên Thọ: sơ kết 9 tháng năm 2025\n"
        "Chiều 2/10, Ban Chấp hành Đảng bộ xã Yên Thọ tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 9 tháng.\n"
        "Xã Yên Thọ được thành lập trên cơ sở sáp nhập các xã: Yên Lạc, Yên Tâm và thị trấn Yên Thọ.\n"
        "Tại hội nghị, các đại biểu đã được quán triệt, triển khai những nội dung cốt lõi của Nghị quyết Đại hội Đảng bộ xã.\n"
        "9 tháng năm 2025, thu ngân sách của xã đạt 12 tỷ đồng.\n",
    )
    assert got["achievements"] == ["9 tháng năm 2025, thu ngân sách của xã đạt 12 tỷ đồng."]


# (set 101)
def test_a_guest_told_to_have_come_and_spoken_is_no_item():
    # (after a summary that asks: the guest's sentence of the opening would be read as more of the request)
    got = quotes_by_category(
        " date 2025-10-02 Phó Chủ tịch Thường trực HĐND Thành phố Phạm Văn Kiên yêu cầu Đảng bộ xã Nhà Bè tiếp tục giữ vững "
        "đà tăng trưởng kinh tế.\n\n"
        "Ngày 2-10, Ban Chấp hành Đảng bộ xã Nhà Bè tổ chức Hội nghị lần thứ ba. Đồng chí Phạm Văn Kiên, Ủy viên Ban "
        "Thường vụ Thành ủy, Phó Chủ tịch Thường trực HĐND Thành phố dự và phát biểu chỉ đạo,\n\n"
        "Trong 9 tháng năm 2025, thu ngân sách của xã đạt 80% dự toán.\n",
    )
    assert "dự và phát biểu chỉ đạo" not in joined_across_categories(got)


# (set 105)
def test_reports_heard_from_a_long_named_presenter_and_drafts_the_council_put_are_its_business():
    got = quotes_by_category(
        "HĐND thị xã Ayun Phú tổ chức kỳ họp thứ 30\n"
        "Ngày 10/7, HĐND thị xã Ayun Phú tổ chức kỳ họp thứ 30.\n"
        "Trong 6 tháng đầu năm 2025, thu ngân sách của thị xã đạt 60% dự toán.\n"
        "Bên cạnh đó, các đại biểu được nghe Thường trực Ủy ban MTTQ Việt Nam thị xã báo cáo về tình hình hoạt động tham "
        "gia xây dựng chính quyền.\n"
        "Tại kỳ họp, HĐND thị xã đã trình tờ trình về ban hành Quy chế làm việc của HĐND thị xã.\n",
    )
    assert got["achievements"] == ["Trong 6 tháng đầu năm 2025, thu ngân sách của thị xã đạt 60% dự toán."]
    assert got["next_tasks"] == []


# (set 107)
def test_what_was_done_before_the_meeting_began_at_its_place_is_no_item():
    got = quotes_by_category(
        "Ngày 13/8, HĐND huyện Xuyên Phước tổ chức Kỳ họp lần thứ 16 nhằm đánh giá tình hình 6 tháng đầu năm.\n\n"
        "Trước giờ diễn ra kỳ họp, Ban chỉ đạo Phòng chống dịch bệnh COVID-19 huyện đã thực hiện các biện pháp phòng, "
        "chống dịch bệnh, như: đeo khẩu trang y tế, sử dụng dịch sát khuẩn, đo thân nhiệt cho các đại biểu.\n\n"
        "Trong 6 tháng đầu năm, thu ngân sách của huyện đạt 60% dự toán.\n",
    )
    assert got["achievements"] == ["Trong 6 tháng đầu năm, thu ngân sách của huyện đạt 60% dự toán."]
