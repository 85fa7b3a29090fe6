"""Issue 12, kind 3: what report prose tells as results, and what names only an effort (synthetic sentences)."""

from tests.kinds import (
    HOA_BINH_TOWN_SESSION_OPENING,
    hoa_son_july_meeting_quotes,
    joined,
    joined_across_categories,
    lam_binh_april_meeting_quotes,
    quotes,
    quotes_by_category,
    report_of,
    son_ha_may_meeting_quotes,
    song_may_midyear_review_quotes,
    song_may_party_year_end_quotes,
    tan_phong_year_end_quotes,
)


# --- what a report heard or a speaker states is results -------------------------------------------

# (set 2)
def test_the_results_a_heard_report_states_are_results():
    report = report_of(
        "Đảng ủy xã Hòa Lâm giao ban tháng 10\n"
        "Chiều 30/10/2025, Ban Thường vụ Đảng ủy xã Hòa Lâm tổ chức hội nghị giao ban tháng 10.\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 10, trong đó Đảng ủy xã đã lãnh đạo "
        "các lĩnh vực đạt nhiều kết quả; sản xuất vụ đông được triển khai đúng khung thời vụ, an ninh nông thôn "
        "được giữ vững.\n"
    )
    achieved = " | ".join(quotes(report.achievements))
    assert "vụ đông được triển khai" in achieved
    assert "nghe báo cáo" not in achieved


# (set 2)
def test_results_quoted_from_an_opening_speech_are_results_even_without_a_figure():
    report = report_of(
        "Đảng ủy xã Hòa Lâm họp Ban Thường vụ tháng 8\n"
        "Chiều 27/8/2025, Đảng ủy xã Hòa Lâm tổ chức hội nghị Ban Thường vụ tháng 8 năm 2025.\n"
        "Phát biểu khai mạc, đồng chí Bí thư Đảng ủy nhấn mạnh: Trong tháng 8, các nhiệm vụ được triển khai "
        "đồng bộ. Thu ngân sách đạt 2,1 tỷ đồng. Các hoạt động văn hóa, thể thao diễn ra sôi nổi, các trường "
        "học sẵn sàng cơ sở vật chất cho năm học mới.\n"
    )
    achieved = " | ".join(quotes(report.achievements))
    assert "2,1 tỷ đồng" in achieved and "năm học mới" in achieved


# (set 2)
def test_what_a_report_at_the_meeting_shows_is_a_result_though_reporting_to_it_is_not():
    # "báo cáo với Hội nghị về tiến độ" is the meeting's business; "Báo cáo tại hội nghị cho thấy, …"
    # and "Báo cáo tại hội nghị, ông X … cho biết …" introduce the results the report states.
    report = report_of(
        "UBND xã Tân An họp tổng kết năm 2025\n"
        "Ngày 20/1/2026, UBND xã Tân An tổ chức hội nghị tổng kết năm 2025.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2025, xã đã hoàn thành và vượt 30/32 chỉ tiêu chủ yếu.\n"
        "Báo cáo tại hội nghị, ông Lê Văn Tám, Phó Chủ tịch UBND xã cho biết đã giải quyết đúng hạn 1.204 hồ sơ.\n"
        "Phòng Kinh tế báo cáo với Hội nghị về tiến độ các dự án giao thông.\n"
    )
    achieved = " | ".join(quotes(report.achievements))
    assert "30/32 chỉ tiêu" in achieved and "1.204 hồ sơ" in achieved
    assert "tiến độ các dự án giao thông" not in achieved


# (set 4)
def test_the_report_heard_after_a_speech_states_results_not_tasks():
    report = report_of(
        "Kỳ họp HĐND xã Phú Lộc\n"
        "Phát biểu khai mạc, đồng chí Chủ tịch HĐND xã đề nghị các đại biểu thảo luận thẳng thắn, đóng góp nhiều ý kiến.\n"
        "Tại kỳ họp, các đại biểu đã nghe và thảo luận báo cáo tình hình thực hiện kế hoạch kinh tế - xã hội năm 2025. "
        "Theo đó, giá trị sản xuất ước tăng 6,5%, vượt kế hoạch; thu ngân sách đạt 12 tỷ đồng.\n"
    )
    assert "6,5%" in joined(report.achievements)
    assert "6,5%" not in joined(report.next_tasks)


# (set 6)
def test_what_the_report_at_the_meeting_says_is_read_as_its_results():
    items = lam_binh_april_meeting_quotes(
        "Theo báo cáo tại cuộc họp, diện tích gieo cấy lúa xuân đạt 1.240 ha; đàn trâu bò có 8.600 con; "
        "hệ thống chính trị được củng cố.\n"
    )
    achieved = " | ".join(items["achievements"])
    assert "1.240 ha" in achieved and "8.600 con" in achieved and "được củng cố" in achieved


# (set 7)
def test_a_speakers_report_of_the_period_is_kept_though_it_names_a_conference_held():
    items = hoa_son_july_meeting_quotes(
        "Đánh giá công tác tháng 7, đồng chí Chủ tịch UBND huyện cho biết, trong tháng huyện tiếp tục chỉ đạo "
        "chăm sóc lúa hè thu; tổ chức hội nghị tổng kết vụ xuân, toàn huyện gieo cấy được 2.350 ha lúa, "
        "đạt 101% kế hoạch. Thu ngân sách đạt 12 tỷ đồng.\n"
    )
    results = " ".join(items["achievements"])
    assert "2.350 ha lúa" in results
    assert "chăm sóc lúa hè thu" in results
    assert "đồng chí Chủ tịch UBND huyện cho biết" not in joined_across_categories(items)  # the speaker is not a fact


# (set 10)
def test_results_reported_after_a_visitors_request_are_results_again():
    items = tan_phong_year_end_quotes(
        "Năm 2025, Đảng bộ xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n"
        "Đồng chí Lê Văn Tám, Trưởng Ban Dân vận Tỉnh ủy đề nghị địa phương tiếp tục phát huy tinh thần đoàn kết "
        "để thực hiện thắng lợi các nhiệm vụ trong thời gian tới.\n"
        "Tổng thu ngân sách trên địa bàn đạt gần 3,2 tỷ đồng, vượt 120% dự toán; tốc độ tăng trưởng kinh tế đạt 9,5%.\n"
        "Tập trung rà soát hộ nghèo để tỷ lệ hộ nghèo giảm còn 1,5%.\n"
    )
    achieved, tasks = joined(items["achievements"]), joined(items["next_tasks"])
    assert "3,2 tỷ đồng" in achieved and "9,5%" in achieved
    assert "3,2 tỷ đồng" not in tasks and "9,5%" not in tasks
    assert "phát huy tinh thần đoàn kết" in tasks


# (set 10)
def test_a_speech_frame_that_reports_does_not_turn_the_report_into_tasks():
    items = tan_phong_year_end_quotes(
        "Phát biểu chỉ đạo, Chủ tịch UBND xã Tân Phong cho biết, năm 2025 diễn ra trong bối cảnh nhiều biến động, "
        "thiên tai bất thường. Tuy nhiên, xã đã triển khai đồng bộ nhiều giải pháp, đạt kết quả tích cực. "
        "Xã ước đạt và vượt 12/12 chỉ tiêu nghị quyết HĐND xã đề ra.\n"
    )
    assert "12/12" in joined(items["achievements"])
    assert items["next_tasks"] == []
    assert "diễn ra trong bối cảnh" not in joined(q for qs in items.values() for q in qs)


# (set 10)
def test_a_subtitle_that_plans_ahead_does_not_turn_the_years_report_into_tasks():
    # (an excerpt with no headline: it starts with the page's date and the meeting)
    items = quotes_by_category(
        " date 2026-01-27 Chiều 27-1, Đảng ủy xã Tân Phong (TPHCM) tổ chức Hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2025 và triển khai phương hướng, nhiệm vụ trọng tâm năm 2026.\n\n"
        "Đảng ủy xã Tân Phong quyết tâm thực hiện thắng lợi nhiệm vụ năm 2026\n\n"
        "Báo cáo tại hội nghị, ông Lê Văn Tám, Phó Chủ tịch UBND xã cho biết, trong năm 2025, Ban Chấp hành Đảng bộ "
        "xã đã phát huy tinh thần đoàn kết, đạt nhiều kết quả tích cực.\n\n"
        "Xã hoàn thành và vượt 30/32 chỉ tiêu, trong đó có 12 chỉ tiêu vượt.\n",
        "tan-phong.txt",
    )
    achieved = joined(items["achievements"])
    assert "trong năm 2025" in achieved and "30/32" in achieved
    assert "30/32" not in joined(items["next_tasks"])


# (set 13)
def test_a_report_lead_that_says_what_it_shows_announces_results_not_the_next_quarters_tasks():
    head = "Sông Mây xác định nhiệm vụ trọng tâm quý II\n"
    items = song_may_midyear_review_quotes(
        "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh quý I, "
        "nhiệm vụ trọng tâm quý II năm 2024 của huyện Sông Mây cho thấy: Quý I/2024, tổng giá trị sản xuất ước "
        "đạt trên 380 tỷ đồng, tăng 6% so với cùng kỳ năm trước. Văn hóa, xã hội tiếp tục phát triển.\n"
        "Hội nghị đã thảo luận, làm rõ những khó khăn trong quý I. Đồng thời cho ý kiến vào dự thảo đề án "
        "sắp xếp các thôn, bản của huyện.\n"
        "Hội nghị thống nhất một số nhiệm vụ trọng tâm quý II/2024: tăng cường quản lý đất đai; đẩy mạnh thu "
        "hút đầu tư.\n",
        head=head,
    )
    said = joined(items["achievements"])
    assert "380 tỷ đồng" in said and "Văn hóa, xã hội tiếp tục phát triển" in said
    tasks = joined(items["next_tasks"])
    assert "quản lý đất đai" in tasks and "380 tỷ đồng" not in tasks
    assert "dự thảo đề án" not in tasks


# (set 14)
def test_what_a_meeting_reviewed_then_in_it_the_results_are_results():
    items = quotes_by_category(
        "UBND xã Suối Mây họp thường kỳ tháng 1\n"
        "Ngày 20/1/2026, UBND xã Suối Mây họp phiên thường kỳ tháng 1 năm 2026.\n"
        "Phiên họp đã đánh giá kết quả thực hiện nhiệm vụ tháng 1 năm 2026, trong đó, công tác thu thuế được "
        "quan tâm chỉ đạo; các cơ sở chế biến nông sản cơ bản ổn định, đủ hàng cho dịp Tết.\n"
    )
    said = joined(items["achievements"])
    assert "thu thuế được quan tâm" in said and "chế biến nông sản cơ bản ổn định" in said


# (set 17)
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


# (set 25)
def test_what_follows_theo_do_after_the_meetings_review_reports_results():
    # The paragraph opens on what the meeting reviewed; "Theo đó, …" turns to what it found, and the
    # deeds told after it ("đã triển khai …") are results even without a figure.
    got = quotes_by_category(
        "UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 6\n"
        "Chiều 24/6, UBND thị xã Hòa Lạc tổ chức phiên họp thường kỳ tháng 6/2022.\n"
        "Tại phiên họp, UBND thị xã đã tập trung đánh giá kết quả 6 tháng đầu năm, bàn giải pháp thực hiện "
        "nhiệm vụ 6 tháng cuối năm. Theo đó, trong 6 tháng đầu năm thu ngân sách ước đạt 410 tỷ đồng. "
        "Thị xã đã hoàn thiện hồ sơ thành lập phường Tân An; đẩy mạnh "
        "chuyển đổi số trong giải quyết thủ tục hành chính.\n",
        "hoa-lac.txt",
    )
    achieved = joined(got["achievements"])
    assert "hồ sơ thành lập phường Tân An" in achieved
    assert "chuyển đổi số" in achieved


# (set 28)
def test_a_report_after_a_long_frame_naming_the_meeting_and_a_union_s_staff_conference_are_results():
    said = quotes_by_category(
        "Ngày 12-1, tại hội nghị tổng kết hoạt động Công đoàn và phong trào công nhân, viên chức, lao động năm 2024 "
        "và triển khai phương hướng nhiệm vụ công tác trọng tâm năm 2025, Liên đoàn Lao động (LĐLĐ) huyện Sơn Mộc "
        "cho biết, năm 2024, Công đoàn tích cực chăm lo, hỗ trợ cho 950 đoàn viên khó khăn với tổng kinh phí hơn "
        "420 triệu đồng. LĐLĐ huyện chỉ đạo Công đoàn cơ sở giám sát thực hiện dân chủ ở cơ sở, phối hợp tổ chức "
        "hội nghị cán bộ, công chức, viên chức theo quy định; thành lập mới 4 Công đoàn cơ sở.\n",
        "son-moc.txt",
    )
    results = joined(said["achievements"])
    assert "950 đoàn viên" in results
    assert "hội nghị cán bộ, công chức" in results
    assert "tại hội nghị tổng kết" not in results


# --- the time just past, told in words of plans ---------------------------------------------------

# (set 3)
def test_results_dated_a_month_later_by_a_slip_are_results_not_tasks():
    # The lead reviews tháng 5; the results paragraph is dated "Tháng 6" by the writer's slip. What it
    # reports is measured ("ước đạt", "so cùng kỳ"): results. A paragraph that plans tháng 6 stays tasks.
    text = (
        "UBND huyện họp thường kỳ tháng 5\n"
        "Chiều 30/5/2022, UBND huyện tổ chức họp thường kỳ đánh giá tình hình tháng 5 và triển khai nhiệm vụ tháng 6.\n"
        "Tháng 6/2022, thu ngân sách trên địa bàn ước đạt 15 tỷ đồng; doanh thu dịch vụ tăng 8,2% so cùng kỳ.\n"
        "Tháng 6, huyện tập trung chăm sóc lúa vụ mùa; đẩy nhanh giải phóng mặt bằng các dự án.\n"
    )
    report = report_of(text)
    achieved = " ".join(quotes(report.achievements))
    assert "ước đạt 15 tỷ đồng" in achieved and "8,2%" in achieved
    planned = " ".join(quotes(report.next_tasks))
    assert "chăm sóc lúa vụ mùa" in planned and "15 tỷ" not in planned


# (set 11)
def test_carrying_out_the_reviewed_years_tasks_told_as_done_is_a_result_not_a_plan():
    items = song_may_party_year_end_quotes(
        "Thực hiện nhiệm vụ năm 2024, cấp ủy, chính quyền và Nhân dân huyện đã nỗ lực vượt qua thách thức, "
        "hoàn thành cơ bản các chỉ tiêu đề ra. Có 20/25 chỉ tiêu đạt và vượt kế hoạch.\n"
        "Công tác giảm nghèo được chú trọng, tỷ lệ hộ nghèo giảm 3,2%.\n"
    )
    said = joined(items["achievements"])
    assert "20/25 chỉ tiêu" in said and "giảm 3,2%" in said and "hoàn thành cơ bản" in said
    assert items["next_tasks"] == []


# (set 12)
def test_a_lead_since_the_start_of_the_year_reports_what_was_done():
    items = son_ha_may_meeting_quotes(
        "Từ đầu năm đến nay, UBND huyện đã tập trung chỉ đạo các nhiệm vụ trọng tâm theo nghị quyết của Huyện ủy. "
        "Công tác cải cách hành chính được đẩy mạnh, huyện đã cập nhật 210/210 thủ tục hành chính lên cổng dịch vụ công.\n"
    )
    assert "210/210" in joined(items["achievements"])
    assert "210/210" not in joined(items["next_tasks"])


# (set 12)
def test_a_paragraph_that_reports_then_names_tasks_keeps_its_results():
    items = son_ha_may_meeting_quotes(
        "Trong tháng 5, huyện đã gieo cấy 2.800 ha lúa mùa. Đẩy mạnh chuyển đổi cơ cấu cây trồng là những nhiệm vụ "
        "trọng tâm trong tháng 6.\n"
    )
    assert "2.800 ha" in joined(items["achievements"])


# (set 15)
def test_a_lead_opening_on_the_time_just_past_reports_again_after_a_task():
    items = quotes_by_category(
        "UBND huyện họp phiên thường kỳ tháng 6\n"
        "Ngày 22/6/2021 UBND huyện Quế Võ tổ chức phiên họp thường kỳ tháng 6, đánh giá kết quả tháng 6.\n"
        "Về kết quả trên các lĩnh vực, UBND huyện đã chỉ đạo các xã chăm sóc tốt diện tích lúa vụ Chiêm.\n"
        "Đẩy nhanh tiến độ xây dựng đề án đề nghị công nhận huyện đạt chuẩn nông thôn mới nâng cao.\n"
        "Về lĩnh vực y tế trong thời gian qua, UBND huyện chỉ đạo các trạm y tế chuẩn bị đủ thuốc cho Nhân dân. "
        "Trong tháng 6 đã tiêm vắc xin cho hơn 9 nghìn người.\n"
    )
    said = joined(items["achievements"])
    assert "chuẩn bị đủ thuốc" in said and "9 nghìn người" in said
    assert "chuẩn bị đủ thuốc" not in joined(items["next_tasks"])


# (set 32)
def test_a_lead_naming_the_year_reviewed_and_the_next_years_work_is_a_review():
    # "vừa tổng kết công tác năm 2022 và triển khai công tác năm 2023": the meeting's name; what follows
    # is the year's work, not a plan for the next
    text = (
        "Công an huyện Bình Sơn tổng kết năm 2022\n"
        "Công an huyện Bình Sơn vừa tổng kết công tác công an năm 2022 và triển khai công tác năm 2023. "
        "Năm 2022, đơn vị đã đảm bảo an toàn các sự kiện chính trị quan trọng trên địa bàn.\n\n"
        "Tội phạm về trật tự xã hội trên địa bàn được kéo giảm 9% so với năm 2021."
    )
    got = quotes_by_category(text)
    assert got["next_tasks"] == []
    assert "Tội phạm về trật tự xã hội trên địa bàn được kéo giảm 9% so với năm 2021." in got["achievements"]
    assert any("đảm bảo an toàn các sự kiện chính trị" in q for q in got["achievements"])


# (sets 38-39)
def test_the_first_months_of_a_year_told_as_done_report_results_without_a_period():
    # no year written anywhere: no period, yet "4 tháng đầu năm, huyện … đã …" tells what was done, its
    # "thực hiện các nhiệm vụ" no plan
    text = (
        "Ngày 27/4, Ban Chấp hành Đảng bộ huyện Mỹ Hòa tổ chức hội nghị đánh giá kết quả 4 tháng đầu năm, "
        "triển khai nhiệm vụ những tháng cuối năm.\n"
        "4 tháng đầu năm, huyện Mỹ Hòa đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp, "
        "đạt nhiều kết quả. Tổng vốn đầu tư trên địa bàn đạt 410 tỷ đồng; thu ngân sách đạt 34% dự toán tỉnh giao."
    )
    report = report_of(text)
    assert report.period is None
    assert report.next_tasks == []
    assert "410 tỷ đồng" in joined(report.achievements)
    assert "34% dự toán" in joined(report.achievements)


# --- what was praised is the result, the praise is not --------------------------------------------

# (set 14)
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


# (set 21)
def test_a_result_the_province_recognised_in_the_passive_is_no_talk_of_the_meeting():
    items = quotes_by_category(
        HOA_BINH_TOWN_SESSION_OPENING + "Năm 2023, thu ngân sách đạt 45 tỷ đồng.\n\n"
        "Quốc phòng - an ninh được giữ vững; tổ chức thành công diễn tập khu vực phòng thủ thị xã, được tỉnh ghi "
        "nhận, đánh giá cao.\n\n"
        "Hội nghị ghi nhận, đánh giá cao những kết quả đạt được.\n"
    )
    ach = joined(items["achievements"])
    assert "Quốc phòng - an ninh được giữ vững" in ach and "diễn tập khu vực phòng thủ" in ach
    assert "Hội nghị ghi nhận" not in ach


# (set 24)
def test_a_result_praised_by_two_named_praisers_is_still_a_result():
    # "được người dân, doanh nghiệp ghi nhận, đánh giá cao": the work was praised, not the meeting praising.
    got = quotes_by_category(
        "Ngày 2/10, Ban Chấp hành Đảng bộ phường Bình Lâm tổ chức hội nghị lần thứ ba.\n\n"
        "Thời gian qua, bộ máy chính quyền phường vận hành ổn định, thông suốt; thủ tục hành chính được "
        "giải quyết nhanh gọn, được người dân, doanh nghiệp ghi nhận, đánh giá cao. Thu ngân sách 9 tháng "
        "đạt 210 tỷ đồng.\n",
        "binh-lam-dang-bo.txt",
    )
    assert "vận hành ổn định, thông suốt" in joined(got["achievements"])


# (set 27)
def test_a_count_recorded_by_a_tool_is_a_result_not_praise_at_the_meeting():
    got = quotes_by_category(
        "Phường Tân Định tổng kết năm 2025\n"
        "Sáng 10/1, Đảng ủy phường Tân Định tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Tổng thu ngân sách đạt 105% dự toán. Ứng dụng \"Sổ tay công việc\" đã ghi nhận gần 2.000 lượt cập nhật "
        "chỉ sau 3 tháng triển khai. Chủ tọa kỳ họp ghi nhận 05 phiếu chất vấn của đại biểu.\n",
        "tan-dinh.txt",
    )
    achieved = joined(got["achievements"])
    assert "gần 2.000 lượt cập nhật" in achieved
    assert "phiếu chất vấn" not in achieved


# (set 31)
def test_praise_of_the_effort_put_into_a_named_work_is_a_result():
    # a visitor praises how the commune worked at a named task: the work praised is the period's result,
    # though no figure goes with it
    text = (
        "Sáng 5/9, HĐND xã Tân Lập khai mạc kỳ họp thứ ba.\n\n"
        "Tại kỳ họp, các đại biểu đã thảo luận, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025 và "
        "đề ra nhiệm vụ 6 tháng cuối năm.\n\n"
        "Phát biểu tại kỳ họp, Phó Chủ tịch UBND tỉnh ghi nhận và đánh giá cao sự vào cuộc quyết liệt của cả hệ "
        "thống chính trị xã trong công tác khắc phục thiệt hại do mưa lũ gây ra."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == [
        "sự vào cuộc quyết liệt của cả hệ thống chính trị xã trong công tác khắc phục thiệt hại do mưa lũ gây ra."
    ]


# (sets 34-35)
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


# (sets 36-37)
def test_the_fields_a_praise_of_results_singles_out_are_results():
    # "ghi nhận, đánh giá cao những kết quả … đạt được trong năm 2025, đặc biệt là trên các lĩnh vực xây dựng Đảng, …"
    text = (
        "Xã Tân Hưng quyết tâm thực hiện Nghị quyết năm 2026\n"
        "Tại buổi làm việc với Ban Thường vụ Đảng ủy xã Tân Hưng, đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh ủy, yêu cầu "
        "Đảng bộ xã tiếp tục phát huy tinh thần đoàn kết, thực hiện đạt các chỉ tiêu Nghị quyết năm 2026.\n"
        "Đồng chí Lê Minh Tâm ghi nhận, đánh giá cao những kết quả mà Đảng bộ xã Tân Hưng đạt được trong năm 2025, "
        "đặc biệt là trên các lĩnh vực công tác dân vận, sắp xếp tổ chức bộ máy và thu hút đầu tư. Đồng chí đề nghị "
        "địa phương tiếp tục đẩy mạnh chuyển đổi số."
    )
    report = report_of(text)
    assert len(report.achievements) == 1
    assert "công tác dân vận, sắp xếp tổ chức bộ máy" in report.achievements[0].evidence


# (sets 44-49)
def test_what_the_writer_finds_worth_noting_is_a_result_not_praise_by_the_meeting():
    text = (
        "Sáng 5/10, Đảng ủy xã Bình An tổ chức hội nghị sơ kết 9 tháng năm 2025.\n"
        "Trong 9 tháng, xã kết nạp 12 đảng viên mới.\n"
        "Điều đáng ghi nhận là thu ngân sách trên địa bàn xã tính đến ngày 30-9 hơn 15 tỷ đồng, đạt hơn 110% dự toán giao.\n"
    )
    assert any("15 tỷ đồng" in q for q in quotes_by_category(text)["achievements"])


# --- the period's work, not the meeting's ---------------------------------------------------------

# (set 11)
def test_an_event_of_the_period_held_well_is_a_result_not_the_meetings_business():
    items = song_may_party_year_end_quotes(
        "Huyện đã tổ chức thành công Lễ đón nhận Cờ thi đua của Chính phủ; tổ chức thành công Hội thi "
        "văn nghệ quần chúng lần thứ nhất.\n"
    )
    said = joined(items["achievements"])
    assert "Cờ thi đua của Chính phủ" in said and "Hội thi" in said


# (set 11)
def test_leading_the_work_to_hold_an_event_well_is_a_result():
    items = song_may_party_year_end_quotes(
        "Năm 2024, huyện Sông Mây tập trung lãnh đạo, chỉ đạo thực hiện các chỉ tiêu, nhiệm vụ đề ra, nhất là tổ "
        "chức thành công Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV.\n"
    )
    assert "Đại hội đại biểu các dân tộc thiểu số" in joined(items["achievements"])


# (set 24)
def test_after_a_list_of_results_the_opening_paragraph_goes_on_with_the_report():
    # The paragraph opens on what the meeting heard, then lists the results; the sentence after the list,
    # with no result word, is still the report's.
    got = quotes_by_category(
        "UBND xã Bình Lâm họp thường kỳ tháng 01 năm 2026\n"
        "Chiều 3/2, UBND xã Bình Lâm tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 1 năm 2026.\n"
        "Tại hội nghị, các đại biểu đã nghe và cho ý kiến vào Báo cáo tình hình kinh tế – xã hội tháng 1. "
        "Trong tháng 1, xã đã đạt nhiều kết quả quan trọng như: Diện tích ngô đã trồng 120/300 ha; "
        "thu ngân sách trên địa bàn được 1.250 triệu đồng. Thực hiện chi trả đầy đủ, kịp thời chế độ "
        "chính sách cho người có công với cách mạng.\n",
        "binh-lam-hop.txt",
    )
    achieved = joined(got["achievements"])
    assert "120/300 ha" in achieved
    assert "người có công với cách mạng" in achieved


# (set 25)
def test_a_standing_committee_reports_the_sessions_it_held_and_attended_as_its_work():
    # The committee's own month: a session held well, voters met, another council's session attended.
    # "tham dự kỳ họp" is no word about who attended this meeting.
    got = quotes_by_category(
        "THƯỜNG TRỰC HĐND HUYỆN HỌP THƯỜNG KỲ THÁNG 5\n"
        "Ngày 20/5/2022, Thường trực HĐND huyện họp thường kỳ tháng 5 đánh giá hoạt động tháng 5, "
        "chương trình công tác tháng 6.\n"
        "Trong tháng 5 năm 2022, Thường trực HĐND huyện tổ chức thành công kỳ họp chuyên đề HĐND huyện; "
        "phối hợp tổ chức cho đại biểu HĐND tỉnh tiếp xúc cử tri tại 4 xã; tổ chức tiếp công dân định kỳ; "
        "tham dự kỳ họp HĐND các xã bầu bổ sung Ủy viên UBND xã; ban hành các văn bản triển khai nghị quyết.\n",
        "thuong-truc.txt",
    )
    achieved = joined(got["achievements"])
    for matter in ("kỳ họp chuyên đề", "tiếp xúc cử tri", "tiếp công dân định kỳ", "ban hành các văn bản"):
        assert matter in achieved, matter


# (set 26)
def test_a_change_for_the_better_in_the_opening_paragraph_is_a_result():
    # The opening paragraph keeps only sentences that report a result; "có chuyển biến tích cực" is one.
    got = quotes_by_category(
        "HĐND huyện Lục Nam: Nỗ lực hoàn thành kế hoạch năm\n\n"
        "Theo ghi nhận tại kỳ họp thứ 3, HĐND huyện, 6 tháng đầu năm 2022, kinh tế - xã hội của huyện ổn định. "
        "Tổng giá trị sản xuất đạt 3.200 tỷ đồng. Công tác cải cách hành chính tiếp tục có chuyển biến tích cực.\n",
        "luc-nam-2.txt",
    )
    assert "cải cách hành chính tiếp tục có chuyển biến tích cực" in joined(got["achievements"])


# (sets 34-35)
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


# (sets 40-41)
def test_the_fronts_work_of_commenting_on_drafts_is_a_result_and_a_work_detailed_is_one_matter():
    text = (
        "Chiều 15/1/2026, Ủy ban MTTQ Việt Nam phường Tân Phong tổ chức hội nghị tổng kết công tác Mặt trận năm 2025.\n"
        "Năm 2025, công tác tuyên truyền, vận động Nhân dân được đổi mới; tập trung tuyên truyền các nghị quyết của Đảng.\n"
        "Công tác giám sát, phản biện xã hội được tăng cường; MTTQ phường phối hợp tổ chức các cuộc tiếp xúc cử tri; "
        "tham gia góp ý các dự thảo văn kiện của Đảng."
    )
    got = quotes_by_category(text)
    assert "tham gia góp ý các dự thảo văn kiện" in joined(got["achievements"])
    assert "tiếp xúc cử tri" in joined(got["achievements"])
    assert "được đổi mới; tập trung tuyên truyền các nghị quyết" in joined(got["achievements"])


# (sets 42-43)
def test_a_study_conference_told_done_is_the_periods_work():
    # "… đã mở được 02 lớp …, tổ chức hội nghị trực tuyến triển khai học tập Chuyên đề … tại 14 điểm cầu …":
    # a conference the party committee held in the quarter, not the meeting reported
    text = (
        "Ngày 18/4/2024, Huyện ủy Tân Hưng tổ chức Hội nghị Huyện ủy lần thứ 15.\n"
        "Toàn huyện thu ngân sách hơn 30 tỷ đồng, đạt 35% Nghị quyết. Công tác xây dựng Đảng được thực hiện tốt, "
        "trong quý I/2024, đã mở được 02 lớp bồi dưỡng đảng viên mới với 96 học viên, tổ chức hội nghị trực tuyến "
        "triển khai học tập Chuyên đề năm 2024 tại 14 điểm cầu với 1.320 đồng chí tham dự.\n"
    )
    got = quotes_by_category(text)
    assert "14 điểm cầu" in joined(got["achievements"])
    assert "96 học viên" in joined(got["achievements"])


# --- an effort that names no matter is no result --------------------------------------------------

# (set 12)
def test_directing_the_tasks_in_general_is_no_result_but_directing_a_matter_is():
    items = son_ha_may_meeting_quotes(
        "Trong tháng 5, UBND huyện đã tập trung chỉ đạo quyết liệt các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn. "
        "UBND huyện đã tập trung chỉ đạo công tác phòng trừ sâu bệnh trên lúa chiêm xuân. Toàn huyện gieo cấy 3.100 ha "
        "lúa mùa, đạt 101% kế hoạch.\n"
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "các nhiệm vụ phát triển kinh tế" not in said
    results = joined(items["achievements"])
    assert "phòng trừ sâu bệnh" in results and "3.100 ha" in results


# (set 15)
def test_striving_to_carry_out_the_tasks_is_no_result():
    items = quotes_by_category(
        "UBND huyện Tân Thành sơ kết 9 tháng\n"
        "Ngày 6/10/2021, UBND huyện Tân Thành tổ chức hội nghị sơ kết 9 tháng năm 2021.\n"
        "9 tháng năm 2021, huyện Tân Thành đã nỗ lực triển khai nhiệm vụ phát triển kinh tế xã hội và phòng, chống "
        "dịch bệnh. Giá trị sản xuất công nghiệp đạt 74% kế hoạch, tăng 6% so với cùng kỳ.\n"
    )
    said = joined(items["achievements"])
    assert "74% kế hoạch" in said and "nỗ lực triển khai" not in said


# (set 20)
def test_leading_the_tasks_under_the_two_tier_government_is_no_result():
    items = quotes_by_category(
        "Đảng ủy phường Hòa Bình tổng kết năm 2025\n"
        "Ngày 8/1, Đảng ủy phường Hòa Bình tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Năm 2025, Ban Thường vụ Đảng ủy phường đã tập trung lãnh đạo, chỉ đạo toàn diện nhiệm vụ chính trị trong "
        "bối cảnh vận hành mô hình chính quyền địa phương 2 cấp. Phường hoàn thành 12/12 chỉ tiêu chủ yếu.\n"
    )
    ach = joined(items["achievements"])
    assert "12/12 chỉ tiêu" in ach
    assert "lãnh đạo, chỉ đạo toàn diện" not in ach


# (set 25)
def test_the_leaders_routine_and_the_whole_of_the_work_directed_are_no_results():
    got = quotes_by_category(
        "UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 7\n"
        "Chiều 6/8/2022, UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 7.\n"
        "Trong tháng 7, Chủ tịch và các Phó Chủ tịch UBND thị xã đã giải quyết các công việc thường xuyên; "
        "tham gia các cuộc họp, hội nghị…; đồng thời, tập trung chỉ đạo thực hiện nhiệm vụ phát triển "
        "kinh tế - xã hội trên địa bàn thị xã năm 2022.\n"
        "Thu ngân sách trong tháng đạt 35 tỷ đồng.\n",
        "hoa-lac-7.txt",
    )
    achieved = joined(got["achievements"])
    assert "tham gia các cuộc họp" not in achieved
    assert "tập trung chỉ đạo thực hiện nhiệm vụ" not in achieved
    assert "35 tỷ đồng" in achieved


# (set 33)
def test_tasks_handled_as_the_level_above_directed_name_no_result():
    text = (
        "Xã Hòa Khánh giao ban tháng 7/2025\n"
        "Trong tháng 7/2025, UBND xã đã tiếp nhận 980 văn bản đến; ban hành 210 văn bản đi; xử lý các nhiệm vụ "
        "theo chỉ đạo của UBND thành phố, Đảng ủy xã."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert len(achievements) == 2
    assert not any("theo chỉ đạo" in q for q in achievements)


# (sets 36-37)
def test_putting_the_year_s_resolutions_into_effect_is_no_result():
    text = (
        "Huyện Cẩm Khê họp quý I năm 2024\n"
        "Tại cuộc họp, Thường trực Huyện ủy đã nghe các phòng, ban báo cáo tình hình kinh tế - xã hội quý I. "
        "Theo đó huyện đã chủ động trong công tác chỉ đạo, điều hành; các ngành, các xã chủ động triển khai Nghị quyết "
        "của Đảng bộ, Nghị quyết HĐND về phương hướng, nhiệm vụ của năm 2024. Hoạt động thương mại, dịch vụ được duy "
        "trì và phát triển ổn định."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert "Hoạt động thương mại, dịch vụ được duy trì và phát triển ổn định." in achievements
    assert "triển khai Nghị quyết" not in joined(achievements)


# (set 64)
def test_a_list_led_by_the_periods_tasks_reported_done_is_a_list_of_results():
    # "… triển khai nhiệm vụ …, hoàn thành khá tốt các nhiệm vụ, chỉ tiêu đề ra, cụ thể: …": the plan words name
    # what had been set; what the list holds was done.
    got = quotes_by_category(
        "Đảng ủy Quân sự huyện Vạn Ninh triển khai nhiệm vụ 6 tháng cuối năm 2021\n"
        "Ngày 12/7/2021, Đảng ủy Quân sự huyện Vạn Ninh tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2021.\n"
        "6 tháng đầu năm 2021, Đảng ủy Quân sự huyện đã lãnh đạo toàn diện nhiệm vụ quốc phòng. Đã tham mưu cho "
        "Huyện ủy triển khai nhiệm vụ quân sự địa phương, hoàn thành khá tốt các nhiệm vụ, chỉ tiêu đề ra, cụ thể: "
        "tổ chức giao quân đạt 100% chỉ tiêu; diễn tập chiến đấu trị an tại xã Vạn Phú đạt kết quả khá.\n",
        "van-ninh.txt",
    )
    results = joined(got["achievements"])
    assert "giao quân đạt 100% chỉ tiêu" in results and "diễn tập chiến đấu trị an" in results
    assert got["next_tasks"] == []


# (set 78)
def test_work_told_done_well_then_the_figure_it_reached_is_a_paragraph_of_results():
    got = quotes_by_category(
        "UBND huyện Mộc Sơn họp phiên thường kỳ tháng 9\n"
        "Ngày 5/10/2023, UBND huyện Mộc Sơn tổ chức phiên họp đánh giá kết quả 9 tháng đầu năm 2023.\n"
        "Trong 9 tháng đầu năm, huyện đã chuyển đổi 341 ha cây lương thực trên đất dốc sang trồng cây ăn quả.\n"
        "Thực hiện có hiệu quả các nhiệm vụ, giải pháp công tác thu ngân sách trên địa bàn. Tổng thu ngân sách đạt 822 tỷ "
        "đồng, bằng 65,6% dự toán giao.\n",
        "moc-son.txt",
    )
    assert "822 tỷ đồng" in joined(got["achievements"]) and not got["next_tasks"]


# (set 89)
def test_the_report_put_to_a_session_tells_the_year_and_its_plan_follows_in_the_same_paragraph():
    got = quotes_by_category(
        "HĐND thành phố Hội Khê họp kỳ cuối năm\n"
        "Trong 2 ngày 24 và 25 tháng 12, Thường trực HĐND thành phố Hội Khê triệu tập kỳ họp thứ 9 nhằm đánh giá tình "
        "hình kinh tế - xã hội năm 2019, đề ra phương hướng, nhiệm vụ năm 2020.\n\n"
        "Báo cáo của UBND thành phố trình kỳ họp cho biết, năm 2019, tổng giá trị sản xuất ước đạt 1.700 tỷ đồng, tăng "
        "14% so với năm 2018. Thu ngân sách đạt khá và tăng so cùng kỳ. Năm 2020, thành phố tiếp tục thực hiện đồng bộ "
        "các giải pháp thúc đẩy phát triển du lịch. Phấn đấu đạt tổng vốn đầu tư toàn xã hội khoảng 3.500 tỷ đồng.\n",
        "hoi-khe.txt",
    )
    results, tasks = joined(got["achievements"]), joined(got["next_tasks"])
    assert "1.700 tỷ đồng" in results and "Thu ngân sách đạt khá" in results
    assert "phát triển du lịch" in tasks and "3.500 tỷ đồng" in tasks
    assert "3.500" not in results


# (set 87)
def test_a_meetings_name_with_a_stray_comma_plans_nothing_and_the_year_it_reviewed_is_reported():
    got = quotes_by_category(
        "Xã Tân Lập giảm còn 15% hộ nghèo\n\n"
        "Thông tin tại hội nghị tổng kết công tác năm 2025, triển khai, nhiệm vụ năm 2026 của xã Tân Lập cho thấy, tỷ "
        "lệ hộ nghèo toàn xã giảm còn 15%; cải cách thủ tục hành chính thực hiện hiệu quả.\n\n"
        "Kinh tế tiếp tục phát triển ổn định; tổng sản lượng lương thực đạt gần 8.000 tấn, đạt 101% kế hoạch.\n",
        "tan-lap.txt",
    )
    assert "8.000 tấn" in joined(got["achievements"]) and "giảm còn 15%" in joined(got["achievements"])
    assert got["next_tasks"] == []


# (set 87)
def test_then_the_year_reviewed_was_told_after_the_plan_was_named_reports():
    got = quotes_by_category(
        "Phường Tân Định gặp mặt cuối năm\n"
        "Chiều 22/12, phường Tân Định tổ chức gặp mặt kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam.\n\n"
        "Phát biểu tại buổi gặp mặt, đồng chí Bí thư Đảng ủy phường đã thông tin tới đại biểu tình hình kinh tế - xã hội "
        "của phường năm 2025 và phương hướng nhiệm vụ năm 2026.\n"
        "Theo đó, năm 2025 là năm có ý nghĩa đặc biệt, là năm đầu vận hành chính quyền địa phương hai cấp. Toàn đảng bộ "
        "đã hoàn thành 15/15 chỉ tiêu, trong đó có 12/15 chỉ tiêu vượt.\n",
        "tan-dinh.txt",
    )
    assert "15/15 chỉ tiêu" in joined(got["achievements"])
    assert got["next_tasks"] == []


# (set 88)
def test_a_difficulty_told_among_the_months_results_heads_no_list_of_them():
    # the report opens on a trade hit by the epidemic, then goes on with the month's figures: results, one of them
    # a fall against the plan; "trong tháng 11,242 tỷ" names no November
    got = quotes_by_category(
        "UBND huyện Tuy An họp thường kỳ tháng 8/2020\n"
        "Ngày 3/9/2020, UBND huyện Tuy An họp phiên thường kỳ tháng 8.\n\n"
        "Theo báo cáo, trong tháng 8/2020, các hoạt động thương mại, dịch vụ gặp khó khăn do ảnh hưởng dịch bệnh "
        "Covid-19; có 76.820 lượt khách tham quan, đạt 35,77% kế hoạch. Diện tích lúa Hè thu với 2.036 ha, giảm 34 ha "
        "so với kế hoạch do nắng hạn. Thu ngân sách trong tháng 11,242 tỷ (lũy kế 8 tháng ước thu 149,489 tỷ đồng, đạt "
        "56,84% chỉ tiêu pháp lệnh, 54,66% chỉ tiêu phấn đấu). Huy động trẻ 5 tuổi vào mẫu giáo đạt 78,42% kế hoạch.\n",
        "tuy-an.txt",
    )
    results, short = joined(got["achievements"]), joined(got["shortcomings"])
    assert "76.820 lượt khách" in results and "149,489 tỷ đồng" in results and "78,42% kế hoạch" in results
    assert "gặp khó khăn do ảnh hưởng dịch bệnh" in short and "giảm 34 ha so với kế hoạch" in short
    assert got["next_tasks"] == []


# (set 99)
def test_an_effort_the_people_strove_for_in_the_quarter_is_a_result_not_a_target():
    # "…, phấn đấu vươn lên …" names no figure or time to reach: the effort made, under the clause's "đã"
    got = quotes_by_category(
        "Huyện ủy Duyên Hải sơ kết công tác quý I\n"
        "Ngày 4/4, Huyện ủy Duyên Hải tổ chức Hội nghị Ban Chấp hành mở rộng, sơ kết công tác quý I/2019.\n"
        "Trong quý I, nhân dân đã phát huy nội lực, phấn đấu vươn lên cùng Đảng bộ khắc phục khó khăn, tập trung chuyển "
        "đổi cơ cấu sản xuất; thu ngân sách đạt 30% dự toán, phấn đấu đến cuối năm đạt 100% dự toán.\n",
    )
    assert "phấn đấu vươn lên cùng Đảng bộ" in joined(got["achievements"])
    assert joined(got["next_tasks"]) == "phấn đấu đến cuối năm đạt 100% dự toán."


# (set 101)
def test_the_results_come_back_after_a_summary_that_planned_when_the_report_tells_them_or_the_meeting_opens():
    # the page's summary plans ("… xác định năm 2026 sẽ tập trung …", "Những tháng cuối năm, phường … tập trung …");
    # what the report at the meeting tells, and what follows the meeting's dated opening, are the period's results
    got = quotes_by_category(
        " date 2025-12-31 Ngày 31-12, Hội nghị Ban Chấp hành Đảng bộ xã Châu Lộc lần thứ 8 xác định năm 2026 sẽ tập "
        "trung đầu tư và "
        "chuyển đổi số.\n\n"
        "Báo cáo tại hội nghị cho biết, xã Châu Lộc tiếp tục giữ vững đà tăng trưởng kinh tế. Toàn xã có hơn 130 cơ sở "
        "kinh doanh thành lập mới trong năm.\n",
    )
    said = joined(got["achievements"])
    assert "giữ vững đà tăng trưởng kinh tế" in said and "130 cơ sở" in said
    assert joined(got["next_tasks"]).startswith("Ngày 31-12, Hội nghị Ban Chấp hành")
    # ("triển khai … các nhiệm vụ, giải pháp đề ra": the plan set before, carried out in the quarter)
    got = quotes_by_category(
        "Những tháng cuối năm, phường Bến Nghé tập trung tháo gỡ khó khăn, tạo điều kiện cho doanh nghiệp phát triển.\n\n"
        "Ngày 30-9, Đảng ủy phường Bến Nghé tổ chức hội nghị sơ kết công tác quý 3-2025.\n\n"
        "Bí thư Đảng ủy phường cho biết, trong quý 3-2025, phường triển khai kịp thời, đồng bộ các nhiệm vụ, giải pháp đề "
        "ra. Phường đẩy mạnh các phong trào thi đua yêu nước, qua đó đã đạt được một số kết quả tích cực.\n",
    )
    said = joined(got["achievements"])
    assert "triển khai kịp thời, đồng bộ các nhiệm vụ" in said and "phong trào thi đua yêu nước" in said
    assert got["next_tasks"] == [
        "Những tháng cuối năm, phường Bến Nghé tập trung tháo gỡ khó khăn, tạo điều kiện cho doanh nghiệp phát triển."
    ]


# (sets 79, 101)
def test_what_a_visitor_singles_out_among_the_results_he_praises_is_a_result_in_a_paragraph_of_his_directions():
    # (the excerpt starts at a photo's credit; the visitor's long title puts his praise past the lead's cue words)
    got = quotes_by_category(
        "Quang cảnh hội nghị. Ảnh: VIỆT DŨNG\n\n"
        "Dự và phát biểu chỉ đạo hội nghị, đồng chí Trần Văn Bình, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch "
        "UBND Thành phố, biểu dương những kết quả nổi bật của phường Bến Nghé trong quý III-2025, đặc biệt là công tác cải "
        "cách hành chính, với tỷ lệ hồ sơ trả đúng hẹn đạt 100%.\n\n"
        "Đồng chí yêu cầu phường tiếp tục đẩy mạnh chuyển đổi số.\n",
    )
    assert "hồ sơ trả đúng hẹn đạt 100%" in joined(got["achievements"])
    assert "hồ sơ trả đúng hẹn" not in joined(got["next_tasks"])
    assert "đẩy mạnh chuyển đổi số" in joined(got["next_tasks"])
