"""Issue 12, kind 5: who attended, chaired or spoke at the meeting, and photo captions (synthetic sentences)."""

from datetime import date

from tests.kinds import (
    all_quotes,
    hoa_binh_midyear_session_quotes,
    hoa_son_july_meeting_quotes,
    joined,
    joined_across_categories,
    quotes,
    quotes_by_category,
    report_of,
    son_ha_may_meeting_quotes,
    song_may_midyear_review_quotes,
    tan_phong_year_end_quotes,
)


# --- who attended, chaired or spoke ---------------------------------------------------------------

# (set 5)
def test_who_attended_a_session_and_what_the_session_means_are_no_results():
    report = report_of(
        "Xã Hòa Lộc: Kỳ họp thứ Hai HĐND xã\n"
        "Ngày 12/8, HĐND xã Hòa Lộc khóa I tổ chức Kỳ họp thứ Hai.\n"
        "Dự kỳ họp có: Phó Bí thư Thường trực Đảng ủy xã Lê Văn Sáu; Phó Chủ tịch UBND xã Trần Thị Bảy; "
        "cùng các đại biểu HĐND xã và đại diện cử tri.\n"
        "Phát biểu khai mạc, Chủ tịch HĐND xã cho biết: Kỳ họp thứ Hai là sự kiện chính trị quan trọng, "
        "nhằm đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.\n"
        "Trong 6 tháng đầu năm 2025, xã trồng mới 45 ha rừng, thu ngân sách đạt 12 tỷ đồng.\n"
    )
    quotes = all_quotes(report)
    assert "45 ha rừng" in joined(report.achievements)
    for meeting in ("Lê Văn Sáu", "Trần Thị Bảy", "đại diện cử tri", "sự kiện chính trị"):
        assert meeting not in quotes, meeting


# (set 7)
def test_a_speaker_who_reports_on_the_meeting_itself_is_still_not_a_result():
    items = hoa_son_july_meeting_quotes(
        "Đồng chí Phó Chủ tịch UBND huyện cho biết, hội nghị đã thảo luận và thống nhất các nội dung. "
        "Thu ngân sách đạt 12 tỷ đồng.\n"
    )
    assert "thảo luận" not in joined_across_categories(items)


# (set 8)
def test_who_chaired_the_session_and_a_photo_caption_are_no_items():
    items = hoa_binh_midyear_session_quotes(
        "Ông Lê Văn An, Bí thư Đảng ủy, Chủ tịch HĐND xã và bà Trần Thị Bình, Phó Chủ tịch HĐND xã điều hành kỳ họp.\n"
        "Thu ngân sách trên địa bàn ước đạt 6,2 tỷ đồng. Trong ảnh: Người dân làm thủ tục tại Trung tâm phục vụ hành chính công xã.\n"
    )
    said = joined_across_categories(items)
    assert "6,2 tỷ đồng" in " | ".join(items["achievements"])
    assert "điều hành kỳ họp" not in said and "Trong ảnh" not in said


# (set 9)
def test_guests_the_meeting_heard_and_documents_it_passed_down_are_no_items():
    said = all_quotes(report_of(
        "Xã Hòa Bình sơ kết 9 tháng\n"
        "Chiều 25/9/2025, Đảng bộ xã Hòa Bình tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.\n"
        "Tới dự có các đồng chí: Trần Văn An – Bí thư Đảng ủy, Chủ tịch HĐND xã; Đồng chí Lê Thị Bình – Phó Bí thư "
        "Đảng ủy, Chủ tịch UBND xã; Ủy viên Ban chấp hành Đảng bộ xã; đại diện lãnh đạo các phòng, ban, ngành.\n"
        "Tại hội nghị, lãnh đạo xã đã triển khai các văn bản, quy định mới về công tác đảng tới Bí thư các chi bộ.\n"
        "Hội nghị cũng xem xét dự thảo Kế hoạch số 120/KH-UBND về chuyển đổi số, đáp ứng yêu cầu phát triển trong "
        "giai đoạn mới; dự thảo Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã.\n"
        "Xã Hòa Bình được thành lập từ việc hợp nhất các xã An Lạc, Bình Minh và Tân Tiến.\n"
        "Chủ tịch UBND xã Lê Thị Bình phát biểu tại hội nghị.\n"
        "Trong 9 tháng, Đảng bộ xã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu.\n",
        "hoa-binh.txt",
    ))
    assert "14 đảng viên" in said
    for absent in ("Tới dự", "Trần Văn An", "Ủy viên Ban chấp hành", "văn bản, quy định mới", "dự thảo", "hợp nhất", "phát biểu tại"):
        assert absent not in said, absent


# (set 12)
def test_who_attended_a_họp_and_a_giao_ban_headline_are_no_items():
    head = (
        "Ủy ban nhân dân huyện họp giao ban tháng 5, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - "
        "xã hội năm 2022.\n"
    )
    items = son_ha_may_meeting_quotes(
        "Dự họp có các đồng chí Thường trực HĐND huyện; lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện.\n"
        "Giá trị sản xuất công nghiệp ước đạt 310 tỷ đồng, tăng 6,5% so với cùng kỳ.\n",
        head,
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "310 tỷ đồng" in said
    assert "Dự họp" not in said and "phòng, ban chuyên môn" not in said and "họp giao ban" not in said


# (set 20)
def test_who_chaired_and_the_question_time_of_a_council_session_are_no_results():
    items = quotes_by_category(
        "HĐND phường Hòa Bình khai mạc kỳ họp thứ 5\n"
        "Sáng 20/12, HĐND phường Hòa Bình khai mạc kỳ họp thứ 5, đánh giá kết quả năm 2025.\n"
        "Chủ tọa điều hành kỳ họp gồm các đồng chí: Nguyễn Văn An - Chủ tịch HĐND phường và đồng chí Trần Thị "
        "Bình - Phó Chủ tịch HĐND phường.\n\n"
        "Báo cáo tại kỳ họp cho thấy năm 2025, thu ngân sách của phường đạt 45 tỷ đồng, vượt 8% dự toán.\n"
        "Phiên chất vấn sôi nổi: hơn 10 vấn đề được đại biểu quan tâm\n"
        "Không khí kỳ họp sôi nổi, thẳng thắn trong phiên chất vấn và trả lời chất vấn. Nội dung chất vấn tập "
        "trung vào các lĩnh vực: Công tác cấp giấy chứng nhận quyền sử dụng đất; Việc sửa chữa nhà văn hóa "
        "các tổ dân phố.\n"
    )
    ach = joined(items["achievements"])
    assert "45 tỷ đồng" in ach
    for said in ("Chủ tọa", "Nguyễn Văn An", "chất vấn", "giấy chứng nhận", "nhà văn hóa"):
        assert said not in ach


# (set 24)
def test_who_attended_and_chaired_the_session_is_not_a_task_after_a_tasks_headline():
    # The page's lead announces the tasks of the next quarter; the opening paragraph then names who
    # attended and who chaired the session: the meeting being reported, not a meeting still to hold.
    got = quotes_by_category(
        "UBND xã Bình Lâm họp phiên thứ 9\n\n20/3/2026\n"
        "Chủ tịch UBND xã chỉ đạo thực hiện nhiều nhiệm vụ trọng tâm trong quý II...\n\n"
        "Chiều 20/3/2026, UBND xã Bình Lâm tổ chức phiên họp lần thứ 9 để thông qua dự thảo báo cáo "
        "kinh tế - xã hội quý I, nhiệm vụ quý II/2026. Dự phiên họp có đồng chí Trần Văn Minh – Phó Bí thư "
        "Đảng ủy xã; đồng chí Lê Thị Hoa – Chủ tịch UBND xã chủ trì phiên họp.\n\n"
        "Trong quý I, xã đã hoàn thành 6/25 chỉ tiêu, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.\n",
        "binh-lam-phien-hop.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "Trần Văn Minh" not in tasks and "Lê Thị Hoa" not in tasks
    assert "6/25 chỉ tiêu" in joined(got["achievements"])


# (set 30)
def test_persons_listed_before_a_bare_attendance_verb_are_no_results():
    items = quotes_by_category(
        "Hội LHPN huyện Hòa Bình tổng kết năm 2020\n"
        "Sáng 12/1/2021, Hội LHPN huyện Hòa Bình tổ chức hội nghị tổng kết công tác Hội năm 2020.\n"
        "Các đồng chí: Lê Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh; Trần Văn Nam, Phó Bí thư Huyện ủy; "
        "Phạm Thị Mai, Phó Chủ tịch UBND huyện dự.\n"
        "Năm 2020, các cấp Hội đã vận động hội viên tiết kiệm được 350 triệu đồng giúp phụ nữ nghèo.\n",
        "hoa-binh.txt",
    )
    everything = " | ".join(q for qs in items.values() for q in qs)
    assert "350 triệu đồng" in everything
    assert "Trần Văn Nam" not in everything and "Phạm Thị Mai" not in everything


# --- photo captions and credits -------------------------------------------------------------------

# (set 1)
def test_a_caption_that_says_it_is_one_and_a_picture_file_name_are_no_items():
    report = report_of(
        "UBND huyện họp phiên thường kỳ tháng 8\n"
        "Ngày 3/9, UBND huyện tổ chức phiên họp thường kỳ tháng 8.\n"
        "Ảnh. Chủ tịch UBND huyện phát biểu kết luận cuộc họp\n"
        "Trong tháng 8, toàn huyện trồng mới 120 ha rừng.\n"
        "hinh3\n"
        "Bên cạnh đó vẫn còn một số tồn tại: thu ngân sách đạt thấp; giải ngân vốn đầu tư công còn chậm.\n"
    )
    assert not any("Ảnh" in q or "phát biểu kết luận" in q for q in quotes(report.achievements))
    assert sorted(quotes(report.shortcomings)) == ["giải ngân vốn đầu tư công còn chậm.", "thu ngân sách đạt thấp"]


# (set 4)
def test_a_credited_photo_above_the_first_paragraph_is_no_headline_and_keeps_the_lines_above_it():
    report = report_of(
        " date 2025-12-29 Các ông: Phạm Văn Một - Bí thư Đảng ủy, Chủ tịch HĐND phường; Vũ Văn Hai - Phó Chủ tịch HĐND phường chủ trì kỳ họp.\n\n"
        "Kỳ họp đã thông qua báo cáo tình hình hoạt động năm 2025 và chương trình công tác năm 2026 của Thường trực HĐND phường.\n\n"
        "Quang cảnh kỳ họp thứ Tư HĐND phường Đông Sơn. Ảnh: Minh Khoa\n\n"
        "Tại kỳ họp, các đại biểu đã thảo luận và thông qua 8 nghị quyết gồm: điều chỉnh kế hoạch đầu tư công năm 2025; "
        "kế hoạch phát triển kinh tế - xã hội năm 2026; dự toán ngân sách phường năm 2026 và nhiều nội dung quan trọng khác thuộc thẩm quyền.\n"
    )
    # the year reviewed is the one the lines above the photo name, not the next year of the resolutions
    assert report.period is not None and (report.period.kind, report.period.year) == ("year", 2025)
    assert not report.title.startswith("Quang cảnh")
    assert "chủ trì kỳ họp" not in all_quotes(report)


# (set 7)
def test_a_photo_credit_left_with_a_table_bar_is_not_a_result():
    items = hoa_son_july_meeting_quotes(
        "Thu ngân sách đạt 12 tỷ đồng, bằng 64% dự toán.\n"
        "Nông dân xã Hòa Bình thu hoạch lúa hè thu. Ảnh minh họa |\n"
        "Trong tháng 8, UBND huyện tập trung chỉ đạo thu hoạch lúa hè thu.\n"
    )
    assert "Ảnh minh họa" not in joined_across_categories(items)
    assert "Nông dân xã Hòa Bình" not in joined_across_categories(items)


PARAGRAPH = (
    "Sau sắp xếp, bộ máy của phường đi vào hoạt động ổn định, thu ngân sách ước đạt 12,4 tỷ đồng, "
    "giải quyết 1.250 hồ sơ thủ tục hành chính đúng hạn; an ninh trật tự được giữ vững.\n"
)


# (set 9)
def test_a_caption_under_a_short_opening_sentence_does_not_hide_it_nor_the_page_date_above():
    report = report_of(
        " date 2025-08-12 Xây dựng Đảng\n"
        "Phường Vân Phú: Giao ban công tác tháng 7\n"
        "Ngày 12/8, phường Vân Phú đã tổ chức giao ban công tác Đảng, chính quyền với các tổ dân phố.\n"
        "Lãnh đạo phường Vân Phú phát biểu tại hội nghị\n" + PARAGRAPH,
        "van-phu.txt",
    )
    assert report.meeting_date == date(2025, 8, 12)
    said = all_quotes(report)
    assert "12,4 tỷ đồng" in said
    assert "tổ chức giao ban" not in said  # the meeting itself is no item


# (set 9)
def test_a_council_member_pictured_speaking_is_a_caption_whatever_the_title_starts_with():
    said = all_quotes(report_of(
        "Xã Hòa Bình họp kỳ họp cuối năm\n"
        "Ngày 24/12, HĐND xã Hòa Bình tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Bí thư Đảng ủy, Chủ tịch HĐND xã Trần Văn An phát biểu tại kỳ họp.\n"
        "Năm 2025, xã thực hiện đạt 16/20 chỉ tiêu chủ yếu, thu nhập bình quân đầu người đạt 52 triệu đồng/năm.\n",
        "hoa-binh.txt",
    ))
    assert "16/20" in said and "phát biểu tại kỳ họp" not in said


# (set 10)
def test_flowers_handed_to_the_meeting_are_no_item():
    # a photo caption too long for a caption (over 30 words), with no full stop
    items = tan_phong_year_end_quotes(
        "Đồng chí Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, "
        "Chủ tịch Liên đoàn Lao động tỉnh, Trưởng đoàn công tác tặng hoa chúc mừng hội nghị\n"
        "Năm 2026, Đảng bộ xã phấn đấu kết nạp từ 10 đảng viên mới trở lên.\n"
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "tặng hoa" not in said
    assert "10 đảng viên" in joined(items["next_tasks"])


# (set 11)
def test_a_caption_of_who_spoke_and_the_day_of_a_long_meeting_are_no_items():
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ huyện Sông Mây mở rộng\n"
        "Sáng ngày 09/12/2023, Hội nghị Ban Chấp hành Đảng bộ huyện khóa XXIV mở rộng, kỳ họp lần thứ 21 tiếp tục "
        "ngày làm việc thứ hai tại hội trường tầng 3 Huyện ủy.\n"
        "Các đại biểu tập trung thảo luận về các vấn đề như: công tác giáo dục; công tác giải phóng mặt bằng.\n"
        "Phó Bí thư Huyện ủy Trần Văn Bình phát biểu kết luận\n"
        "Phát biểu kết luận, đồng chí Phó Bí thư Huyện ủy nhấn mạnh các nhiệm vụ trong thời gian tới: tăng cường "
        "công tác dân vận; hoàn thành chỉ tiêu tuyển quân năm 2024.\n"
    )
    items = quotes_by_category(text, "song-may.txt")
    said = joined(q for qs in items.values() for q in qs)
    assert "ngày làm việc thứ hai" not in said and "Trần Văn Bình phát biểu kết luận" not in said
    assert "công tác dân vận" in joined(items["next_tasks"])


# (set 13)
def test_a_caption_of_who_spoke_at_the_meeting_is_no_result():
    # A scraped excerpt that starts at a photo caption, after the page's date line
    items = song_may_midyear_review_quotes(
        "Đồng chí Lò Văn Sinh, Bí thư Huyện ủy Sông Mây phát biểu tại hội nghị.\n\n"
        "6 tháng đầu năm, toàn huyện trồng mới 420 ha rừng, đạt 60% kế hoạch.\n"
        "Phó Chủ tịch UBND tỉnh Hà Văn Tám phát biểu chỉ đạo tại hội nghị.\n",
        head=" date 2024-06 ",
    )
    said = joined(items["achievements"])
    assert "420 ha rừng" in said
    assert "phát biểu" not in said


# (set 83)
def test_a_caption_of_who_directed_the_meeting_is_no_task():
    text = (
        "Thành ủy Sông Mây sơ kết 6 tháng đầu năm 2022\n"
        "Sáng 11/7, Ban Chấp hành Đảng bộ thành phố Sông Mây tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ 6 "
        "tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2022.\n\n"
        "Ông Lò Văn Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND TP. Sông Mây phát biểu chỉ đạo "
        "hội nghị.\n\n"
        "6 tháng đầu năm, thu ngân sách trên địa bàn đạt 420 tỷ đồng, bằng 61% dự toán.\n"
    )
    items = quotes_by_category(text, "song-may.txt")
    assert items["next_tasks"] == []
    assert joined(items["achievements"]) == "6 tháng đầu năm, thu ngân sách trên địa bàn đạt 420 tỷ đồng, bằng 61% dự toán."


# (set 14)
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


# (set 15)
def test_a_caption_of_who_attended_the_session_is_no_result():
    items = quotes_by_category(
        "Kỳ họp thứ 9 HĐND huyện Tam Nông\n"
        "Sáng 20/7/2023, HĐND huyện Tam Nông tổ chức kỳ họp thứ 9 đánh giá tình hình 6 tháng đầu năm 2023.\n"
        "6 tháng đầu năm, giá trị sản xuất nông nghiệp đạt 1.200 tỷ đồng, tăng 3,5% so với cùng kỳ.\n"
        "Đồng chí Đỗ Quang Minh, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh và các đại biểu dự Kỳ họp thứ 9 HĐND huyện Tam Nông khóa XX, "
        "nhiệm kỳ 2021 - 2026. Ảnh: Minh Hà\n"
        "Thu ngân sách trên địa bàn huyện đạt 95 tỷ đồng, bằng 52% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "1.200 tỷ đồng" in said and "95 tỷ đồng" in said and "các đại biểu dự" not in said


# (set 18)
def test_a_short_caption_with_a_full_stop_that_names_the_session_is_no_result():
    items = quotes_by_category(
        "HĐND xã Tân Lập tổ chức kỳ họp thứ 5\n\n"
        "Sáng ngày 27/12, HĐND xã Tân Lập tổ chức kỳ họp thứ 5, đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n\n"
        "Kỳ họp thứ 5 HĐND xã Tân Lập, nhiệm kỳ 2021-2026.\n\n"
        "Năm 2025, tổng thu ngân sách của xã đạt 48 tỷ đồng, vượt 15% dự toán.\n\n"
        "Chủ tọa kỳ họp.\n\n"
        "Kỳ họp đã thông qua 9 nghị quyết quan trọng.\n"
    )
    said = joined(items["achievements"])
    assert "48 tỷ đồng" in said
    assert "nhiệm kỳ 2021-2026" not in said and "Chủ tọa" not in said


# (set 24)
def test_a_caption_naming_the_honours_handed_out_is_no_result():
    got = quotes_by_category(
        "Ngày 12/1, Ủy ban MTTQ phường Bình Lâm tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Năm 2025, Mặt trận phường đã vận động xây dựng 5 căn nhà đại đoàn kết với kinh phí 450 triệu đồng.\n\n"
        "Tuyên dương các tập thể, cá nhân tiêu biểu trong công tác Mặt trận năm 2025\n\n"
        "Dịp này, Ủy ban MTTQ phường khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc.\n",
        "binh-lam-mttq.txt",
    )
    assert "5 căn nhà" in joined(got["achievements"])
    assert "tiêu biểu trong công tác Mặt trận" not in joined(got["achievements"])


# (set 64)
def test_who_handed_the_awards_by_delegation_under_their_photo_is_a_caption():
    got = quotes_by_category(
        "Đảng ủy xã Tân Hưng tổng kết năm 2025\n"
        "Ngày 9/1/2026, Đảng ủy xã Tân Hưng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\n"
        "Năm 2025, xã thu ngân sách đạt 63 tỷ đồng.\n"
        "Năm 2026, Đảng ủy xã phấn đấu kết nạp từ 40 đảng viên trở lên.\n"
        # (the excerpt ends on the caption, its verb cut off)
        "Thừa ủy quyền, đồng chí Lê Văn Nam - Ủy viên Ban Thường vụ Tỉnh ủy",
        "tan-hung.txt",
    )
    assert "Thừa ủy quyền" not in joined_across_categories(got)
    assert "kết nạp từ 40 đảng viên" in joined(got["next_tasks"])
