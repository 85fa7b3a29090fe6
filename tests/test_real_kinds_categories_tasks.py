"""Issue 12, kind 3: what report prose sets as next tasks, and what is no task (synthetic sentences)."""

from summarizer.extract import categories
from tests.kinds import (
    HOA_BINH_WARD_SESSION_OPENING,
    TAN_HOA_YEAR_END_OPENING,
    TAN_LAC_MIDYEAR_REVIEW_OPENING,
    TAN_PHUOC_APRIL_MEETING_LEAD,
    TAN_PHU_FARMERS_YEAR_END_OPENING,
    figures_of,
    hoa_son_july_meeting_quotes,
    joined,
    lam_binh_april_meeting_quotes,
    quotes,
    quotes_by_category,
    report_of,
    son_ha_may_meeting_quotes,
    song_may_midyear_review_quotes,
    tan_phong_year_end_quotes,
)


# --- requests, instructions and hopes -------------------------------------------------------------

# (set 3)
def test_a_speech_verb_without_a_subject_goes_on_with_the_chairs_directions():
    text = (
        "UBND thị xã giao ban quý I\n"
        "Chủ tịch UBND thị xã chủ trì hội nghị giao ban đánh giá tình hình quý I năm 2023.\n"
        "Trong quý I, kinh tế của thị xã tiếp tục phát triển, thu ngân sách đạt 30% dự toán.\n"
        "Chủ tịch UBND thị xã ghi nhận sự cố gắng của các ngành. Đồng thời nhấn mạnh, các phòng, ban và "
        "UBND các phường xây dựng kế hoạch cụ thể, tiếp tục thực hiện tốt công tác cải cách hành chính.\n"
    )
    report = report_of(text)
    assert any("cải cách hành chính" in q for q in quotes(report.next_tasks))
    assert not any("cải cách hành chính" in q for q in quotes(report.achievements))


# (set 4)
def test_what_a_speech_stresses_or_the_year_demands_is_a_task():
    report = report_of(
        "Đảng ủy xã Bình Khê họp Ban Chấp hành\n"
        "Chiều 02/12/2025, Đảng ủy xã Bình Khê tổ chức hội nghị Ban Chấp hành.\n"
        "Thường trực Đảng ủy đã quán triệt nội dung công tác kiểm điểm, nhấn mạnh việc thực hiện nghiêm túc quy trình đánh giá cán bộ.\n"
        "Phát biểu kết luận, đồng chí Bí thư cho biết năm 2026 là năm có ý nghĩa quan trọng, đòi hỏi toàn thể đảng viên tiếp tục giữ vững đoàn kết.\n"
    )
    tasks = joined(report.next_tasks)
    assert "quy trình đánh giá cán bộ" in tasks
    assert "giữ vững đoàn kết" in tasks
    assert not report.achievements


# (set 6)
def test_a_leaders_instruction_at_the_meeting_is_a_task_and_one_given_in_the_month_a_result():
    items = lam_binh_april_meeting_quotes(
        "Chủ tịch UBND huyện đã chỉ đạo các xã khắc phục 12 điểm sạt lở sau mưa lớn.\n"
        "Lãnh đạo UBND huyện chỉ đạo các phòng chuyên môn hướng dẫn nông dân gieo cấy đúng lịch thời vụ; "
        "đôn đốc các xã hoàn thành hồ sơ đất đai.\n"
    )
    tasks = " | ".join(items["next_tasks"])
    assert "đúng lịch thời vụ" in tasks and "hồ sơ đất đai" in tasks
    assert "12 điểm sạt lở" in " | ".join(items["achievements"])


# (set 10)
def test_a_request_paragraph_followed_by_targets_keeps_them_tasks():
    items = tan_phong_year_end_quotes(
        "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung thực hiện các nhiệm vụ sau.\n"
        "Thu ngân sách đạt 100% dự toán, giải ngân vốn đầu tư công đạt 95% kế hoạch.\n"
    )
    assert "100% dự toán" in joined(items["next_tasks"])
    assert "100% dự toán" not in joined(items["achievements"])


# (set 18)
def test_a_standing_count_after_a_guests_request_is_no_task_and_the_make_up_of_the_economy_is_background():
    items = quotes_by_category(
        "Đảng ủy xã Tân Lập tổng kết năm 2025\n"
        "Ngày 8-1, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\n\n"
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận "
        "Tỉnh ủy nhấn mạnh, xã Tân Lập cần tiếp tục giữ vững đoàn kết nội bộ, nâng cao năng lực lãnh đạo của Đảng bộ.\n\n"
        "Tập trung xây dựng đội ngũ cán bộ đủ năng lực; đẩy mạnh chuyển đổi số trong các cơ quan của xã.\n\n"
        "Đảng bộ xã Tân Lập hiện có 25 chi bộ với 540 đảng viên. Kinh tế của xã chủ yếu dựa vào trồng lúa và "
        "chăn nuôi nhỏ lẻ.\n\n"
        "Năm 2025, thu ngân sách của xã đạt 52 tỷ đồng, vượt 12% dự toán.\n"
    )
    tasks = joined(items["next_tasks"])
    assert "đoàn kết nội bộ" in tasks and "chuyển đổi số" in tasks
    assert "540 đảng viên" not in tasks and "chủ yếu dựa vào" not in tasks
    assert "chủ yếu dựa vào" not in joined(items["achievements"])
    assert "52 tỷ đồng" in joined(items["achievements"])


# (set 19)
def test_the_tasks_named_for_next_month_in_a_sentence_about_the_chair_are_tasks():
    items = quotes_by_category(
        "Huyện Tân Lập giao ban tháng 10/2023\n"
        "Sáng 3/11, UBND huyện Tân Lập tổ chức hội nghị giao ban đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.\n\n"
        "Trong tháng 10/2023, huyện đã thu ngân sách được 25 tỷ đồng, giải quyết 120 hồ sơ đất đai.\n\n"
        "Ghi nhận những kết quả trên, Chủ tịch UBND huyện cũng chỉ ra việc cấp giấy chứng nhận còn chậm. "
        "Do đó, nhiệm vụ trọng tâm trong tháng 11 là các phòng, ban cần phải khẩn trương hoàn thành 8 nhiệm vụ mà "
        "đồng chí Chủ trì đã giao, nhất là thu hoạch lúa mùa, phòng chống rét cho gia súc.\n"
    )
    assert "thu hoạch lúa mùa" in joined(items["next_tasks"])
    assert "thu hoạch lúa mùa" not in joined(items["achievements"])


# (set 23)
def test_a_request_naming_only_the_key_tasks_to_follow_is_no_task_itself():
    got = quotes_by_category(
        "UBND huyện Yên Lạc họp đánh giá tình hình tháng 3/2024\n"
        "Chiều 29/3, UBND huyện Yên Lạc họp thường kỳ đánh giá tình hình kinh tế - xã hội tháng 3.\n"
        "Trong tháng 3/2024, tổng thu ngân sách trên địa bàn đạt 35 tỷ đồng.\n"
        "Kết luận cuộc họp, Chủ tịch UBND huyện chỉ đạo các phòng, ban trong thời gian tới cần tập trung vào "
        "các nhiệm vụ trọng tâm. Trong đó, đẩy nhanh tiến độ giải ngân vốn đầu tư công; chuẩn bị tốt các "
        "điều kiện cho kỳ thi tốt nghiệp.\n",
        "yen-lac-ubnd.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "đẩy nhanh tiến độ giải ngân vốn đầu tư công" in tasks
    assert "các nhiệm vụ trọng tâm" not in tasks


# (set 32)
def test_a_conclusion_that_only_stresses_the_key_tasks_is_no_task_and_a_listed_matter_cut_short_stays():
    # a chair stressing "một số nhiệm vụ trọng tâm cần triển khai thời gian tới" announces the tasks
    # the next sentences list; "… một số việc trước mắt như: Phòng cháy chữa cháy, N" lists a matter whole
    # before the excerpt's cut
    text = (
        "UBND thị xã Đông Triều họp phiên thường kỳ tháng 5/2024\n"
        "Ngày 28/5/2024, UBND thị xã tổ chức phiên họp thường kỳ tháng 5.\n\n"
        "Kết luận cuộc họp, Chủ tịch UBND thị xã Lê Văn Nam nhấn mạnh một số nhiệm vụ trọng tâm "
        "cần triển khai thời gian tới. Bảo đảm trật tự giao thông trong mùa mưa bão. Ngoài ra, "
        "Chủ tịch Lê Văn Nam yêu cầu các phòng làm tốt một số việc trước mắt như: Phòng cháy chữa cháy, N"
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert tasks == ["Bảo đảm trật tự giao thông trong mùa mưa bão.", "Phòng cháy chữa cháy"]


# (sets 34-35)
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


# (sets 36-37)
def test_what_a_visiting_official_says_must_be_done_after_praising_is_a_task_list():
    # "Phát biểu tại buổi làm việc, … đánh giá cao kết quả …. Đồng thời, Hội cần tập trung vào một số nhiệm vụ như a; b; c"
    text = (
        "Quang cảnh buổi làm việc |\n"
        "Theo báo cáo, trong năm 2022, Hội Nông dân huyện Krông Pa đã phát triển mới được 52 hội viên, nâng tổng số "
        "hội viên lên 4.210 hội viên.\n"
        "Phát biểu tại buổi làm việc, Thiếu tướng Lê Văn Minh đánh giá cao những việc Hội Nông dân huyện làm được "
        "năm qua. Đồng thời, Hội cần chú trọng một số nhiệm vụ như nhân rộng các mô hình câu lạc bộ của mỗi thôn "
        "nhằm tuyên truyền phong trào; phát huy vai trò “Nông dân giỏi” trong sản xuất; khuyến khích hội viên ứng dụng "
        "khoa học kỹ thuật vào chăn nuôi."
    )
    report = report_of(text)
    tasks = [i.summary for i in report.next_tasks]
    assert len(tasks) == 3
    assert tasks[1] == "Phát huy vai trò “Nông dân giỏi” trong sản xuất"
    assert tasks[2].startswith("Khuyến khích hội viên ứng dụng khoa học kỹ thuật")
    assert len(report.achievements) == 1


# (sets 36-37)
def test_a_reason_given_after_a_request_is_no_task_of_its_own():
    # "…, giữ vững đoàn kết nội bộ; bởi nơi nào có sự đoàn kết thì nơi đó …"
    text = (
        "Xã Tân Hưng quyết tâm thực hiện Nghị quyết năm 2026\n"
        "Năm 2025, xã Tân Hưng hoàn thành 15/16 chỉ tiêu nghị quyết.\n"
        "Đảng bộ xã cần quyết liệt xây dựng chính quyền trong sạch, vững mạnh, giữ vững đoàn kết nội bộ; bởi nơi nào "
        "có sự đồng lòng thì nơi đó công việc được triển khai thuận lợi."
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert len(tasks) == 1
    assert tasks[0].startswith("Đảng bộ xã cần quyết liệt xây dựng chính quyền")


# (sets 42-43)
def test_an_officials_hope_for_the_time_ahead_is_a_task():
    text = (
        "Ngày 28/12, Huyện Đoàn Lộc Ninh tổ chức hội nghị tổng kết công tác Đoàn năm 2023.\n"
        "Năm 2023, Huyện Đoàn xây dựng 4 công trình thanh niên với tổng trị giá 200 triệu đồng. Phát biểu tại hội "
        "nghị, đồng chí Trần Văn Hải ghi nhận những kết quả đã đạt được. Đồng chí Trần Văn Hải mong rằng, thời gian "
        "tới các cấp đoàn tiếp tục tổ chức tốt các hoạt động tình nguyện hè.\n"
    )
    got = quotes_by_category(text)
    assert "hoạt động tình nguyện hè" in joined(got["next_tasks"])
    assert "tình nguyện hè" not in joined(got["achievements"])


# (sets 42-43)
def test_a_requirement_stressed_after_praise_is_a_task():
    # "… ghi nhận những nỗ lực …, đồng thời nhấn mạnh yêu cầu đặt nhiệm vụ … lên hàng đầu"
    text = (
        "Sáng 20/11/2024, UBND xã Bình Minh tổ chức Hội nghị tổng kết nhiệm vụ quân sự, quốc phòng năm 2024.\n"
        "Năm 2024, lực lượng dân quân xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu.\n"
        "Phát biểu chỉ đạo, đồng chí Lê Thị Mai ghi nhận những nỗ lực của lực lượng dân quân, đồng thời nhấn mạnh yêu "
        "cầu đặt nhiệm vụ phòng, chống thiên tai lên hàng đầu.\n"
    )
    got = quotes_by_category(text)
    assert "phòng, chống thiên tai" in joined(got["next_tasks"])


# (sets 50-52)
def test_what_the_district_asks_of_the_province_is_no_result():
    text = (
        "Ngày 5/10, Ban Thường vụ Huyện ủy Đông Sơn làm việc với đoàn công tác của tỉnh.\n"
        "9 tháng năm 2020, huyện thu ngân sách đạt 40 tỷ đồng.\n"
        "Huyện Đông Sơn kiến nghị Tỉnh ủy bổ sung biên chế cho các xã đảo, đồng thời kiến nghị trung ương đầu tư hồ "
        "chứa nước ngọt.\n"
    )
    got = quotes_by_category(text)
    assert got["achievements"] == ["9 tháng năm 2020, huyện thu ngân sách đạt 40 tỷ đồng."]
    assert any("bổ sung biên chế" in q for q in got["next_tasks"])


def test_what_a_sentence_then_names_as_an_officials_request_is_a_task():
    # (held-out set 53: a visiting leader's requests given first, then attributed; the attendees after them)
    text = (
        "Phó Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Đông Sơn\n\n"
        "Bám sát cơ sở, kịp thời tháo gỡ những khó khăn, vướng mắc của người dân. Đó là yêu cầu của đồng chí Lê Văn An "
        "- Phó Bí thư Tỉnh ủy tại buổi làm việc với Ban Thường vụ Đảng ủy xã Đông Sơn sáng 20/12. Tham gia buổi làm "
        "việc có đồng chí Trần Văn Bình - Trưởng Ban Tổ chức Tỉnh ủy.\n\n"
        "Năm 2025, xã Đông Sơn hoàn thành 14/14 chỉ tiêu.\n"
        "Phó Bí thư Tỉnh ủy Lê Văn An phát biểu tại buổi làm việc với Đảng bộ xã Đông Sơn.\n"
    )
    got = quotes_by_category(text)
    assert got["next_tasks"] == ["Bám sát cơ sở, kịp thời tháo gỡ những khó khăn, vướng mắc của người dân."]
    assert got["shortcomings"] == []
    assert got["achievements"] == ["Năm 2025, xã Đông Sơn hoàn thành 14/14 chỉ tiêu."]


# (set 84)
def test_a_chairs_direction_told_after_the_discussion_leads_a_list_of_tasks():
    # the lead opens on the meeting ("Qua các ý kiến thảo luận") and tells the direction with "đã": still the tasks
    items = quotes_by_category(
        "UBND xã Tân Lập họp thường kỳ tháng 10 năm 2023\n"
        "Chiều ngày 9/10/2023, UBND xã Tân Lập tổ chức phiên họp thường kỳ tháng 10 năm 2023.\n"
        "Trong tháng 9, xã thu ngân sách đạt 1,2 tỷ đồng.\n"
        "Qua các ý kiến phát biểu thảo luận, đồng chí Chủ tịch UBND xã đã thống nhất, chỉ đạo các bộ phận chuyên môn "
        "chủ động thực hiện tốt các nội dung như: Rà soát, đôn đốc các nguồn thu đảm bảo đạt kế hoạch giao. Đẩy nhanh "
        "tiến độ giải ngân các dự án.\n"
    )
    tasks = joined(items["next_tasks"])
    assert "đôn đốc các nguồn thu" in tasks and "giải ngân các dự án" in tasks
    assert joined(items["achievements"]) == "Trong tháng 9, xã thu ngân sách đạt 1,2 tỷ đồng."


# --- the time ahead -------------------------------------------------------------------------------

# (set 1)
def test_sentences_that_detail_the_tasks_of_the_next_period_are_tasks():
    report = report_of(
        "Sáu tháng đầu năm 2023, sản lượng lương thực của huyện đạt 12.400 tấn.\n"
        "Hội nghị thảo luận, đánh giá kết quả đạt được và thống nhất mục tiêu, nhiệm vụ 6 tháng cuối năm 2023. "
        "Trong đó thường xuyên kiểm tra tiến độ các dự án giao thông. Đẩy mạnh chuyển đổi số trong cơ quan nhà nước. "
        "Tăng cường các hoạt động văn hóa, thực hiện tốt công tác giảm nghèo.\n"
    )
    tasks = " | ".join(quotes(report.next_tasks))
    for task in ("kiểm tra tiến độ", "chuyển đổi số", "giảm nghèo"):
        assert task in tasks
    assert not any("giảm nghèo" in q for q in quotes(report.achievements))


# (set 1)
def test_an_aim_inside_a_sentence_of_results_is_a_task():
    report = report_of(
        "Huyện ủy họp đánh giá 9 tháng\n"
        "Chín tháng đầu năm, sản lượng lương thực đạt 9.800 tấn. Bình quân toàn huyện đạt 14,2 tiêu chí/xã, "
        "phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới.\n"
    )
    assert quotes(report.achievements) == [
        "Chín tháng đầu năm, sản lượng lương thực đạt 9.800 tấn.", "Bình quân toàn huyện đạt 14,2 tiêu chí/xã"
    ]
    assert quotes(report.next_tasks) == ["phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới."]


# (set 6)
def test_what_to_do_first_trước_mắt_is_a_task():
    items = lam_binh_april_meeting_quotes(
        "Trong tháng, thu ngân sách đạt 4,2 tỷ đồng.\n"
        "Trước mắt huy động lực lượng thu hoạch dứt điểm 300 ha lúa chiêm xuân.\n"
    )
    assert "300 ha lúa chiêm xuân" in " | ".join(items["next_tasks"])
    assert "300 ha lúa chiêm xuân" not in " | ".join(items["achievements"])


# The lead of the news item: the tasks the chair set, named as tasks only by its last sentence.
NAMED_LATE = (
    "Đẩy nhanh tiến độ gieo cấy lúa mùa. Chuẩn bị chu đáo các điều kiện cho năm học mới. Tăng cường tuần tra, "
    "kiểm soát nạn khai thác cát trái phép là những nhiệm vụ trọng tâm trong tháng 6 được Chủ tịch UBND huyện "
    "giao cho các phòng, ngành tại phiên họp.\n"
)


# (set 12)
def test_a_list_named_as_tasks_only_at_its_end_is_a_list_of_tasks():
    items = son_ha_may_meeting_quotes(NAMED_LATE + "Trong tháng 5, toàn huyện thu ngân sách được 9,5 tỷ đồng, đạt 48% dự toán.\n")
    tasks = joined(items["next_tasks"])
    assert "gieo cấy lúa mùa" in tasks and "năm học mới" in tasks and "khai thác cát trái phép" in tasks
    assert "là những nhiệm vụ" not in tasks
    assert "9,5 tỷ đồng" in joined(items["achievements"])
    assert "lúa mùa" not in joined(items["achievements"])


# (set 13)
def test_a_target_for_the_year_set_in_a_review_of_its_first_quarter_is_a_task():
    head = (
        "Sông Mây: quý I gieo trồng hơn 6.000 ha\n"
        "Ngày 5/4/2023, UBND huyện Sông Mây tổ chức hội nghị đánh giá kết quả quý I năm 2023.\n"
    )
    items = song_may_midyear_review_quotes(
        "Quý I năm 2023, toàn huyện gieo trồng hơn 6.000 ha cây vụ Đông Xuân, đạt 101% kế hoạch.\n"
        "Năm 2023, huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới.\n",
        head=head,
    )
    assert "6.000 ha" in joined(items["achievements"])
    assert "thêm 2 xã" in joined(items["next_tasks"]) and "thêm 2 xã" not in joined(items["achievements"])


# (set 16)
def test_a_task_that_leads_a_list_of_tasks_with_also_is_a_task_of_its_own():
    items = quotes_by_category(
        "Đảng ủy phường Hòa Bình Mới họp Ban Chấp hành\n"
        "Ngày 29/9/2025, Ban Chấp hành Đảng bộ phường Hòa Bình Mới tổ chức hội nghị đánh giá kết quả 9 tháng "
        "đầu năm 2025.\n"
        "Phường thu ngân sách đạt 72% dự toán.\n"
        "Trong 3 tháng cuối năm, phường sẽ tập trung triển khai kế hoạch chuyển đổi số toàn diện, đồng thời: đẩy "
        "mạnh thu ngân sách; chăm lo Tết cho hộ nghèo.\n"
    )
    said = joined(items["next_tasks"])
    assert "kế hoạch chuyển đổi số toàn diện" in said and "chăm lo Tết" in said


# (set 19)
def test_what_follows_tasks_set_out_for_a_named_quarter_details_them_when_the_period_reviewed_is_unknown():
    items = quotes_by_category(
        "Huyện Tân Lập kết nạp đảng viên mới\n"
        "Toàn huyện đã kết nạp 20 đảng viên mới, đạt 35% chỉ tiêu.\n\n"
        "Hội nghị đã thảo luận, đề ra nhiệm vụ trọng tâm trong quý III. Trong đó, tập trung hoàn thành chương trình "
        "xây dựng nông thôn mới; nâng cao chất lượng sinh hoạt chi bộ.\n"
    )
    tasks = joined(items["next_tasks"])
    assert "nông thôn mới" in tasks and "sinh hoạt chi bộ" in tasks
    assert "nông thôn mới" not in joined(items["achievements"])
    assert "đề ra nhiệm vụ trọng tâm" not in tasks


# (set 26)
def test_groups_of_tasks_set_out_for_the_months_ahead_are_tasks():
    # "Những tháng cuối năm, huyện xác định 12 nhóm nhiệm vụ, giải pháp …" after the half-year's results,
    # and what "Trong đó, …" lists of them.
    got = quotes_by_category(
        "HĐND huyện Lục Nam họp kỳ thứ 3\n"
        "Ngày 15/7/2022, HĐND huyện Lục Nam khai mạc kỳ họp thứ 3.\n"
        "6 tháng đầu năm 2022, tổng giá trị sản xuất đạt 3.200 tỷ đồng, tăng 9,5% so với cùng kỳ. Những tháng "
        "cuối năm 2022, huyện xác định 12 nhóm nhiệm vụ, giải pháp trọng tâm để hoàn thành kế hoạch. Trong đó, "
        "đẩy nhanh giải ngân vốn đầu tư công; chăm lo đời sống nhân dân.\n",
        "luc-nam.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "12 nhóm nhiệm vụ" in tasks
    assert "đẩy nhanh giải ngân vốn đầu tư công" in tasks
    assert "12 nhóm nhiệm vụ" not in joined(got["achievements"])


# (set 32)
def test_a_paragraph_opening_on_the_months_left_in_the_year_plans():
    # "Trong những tháng còn lại của năm 2024, huyện tiếp tục …" and the imperative sentences after it: tasks
    text = (
        "HĐND huyện Sơn Hòa khai mạc kỳ họp giữa năm\n"
        "Trong 6 tháng đầu năm 2024, huyện đã đạt và vượt 15/20 chỉ tiêu. Thu ngân sách đạt 40 tỷ đồng.\n\n"
        "Trong những tháng còn lại của năm 2024, huyện Sơn Hòa tiếp tục triển khai thực hiện hiệu quả các nghị "
        "quyết của HĐND huyện. Chú trọng phát triển dịch vụ, nhất là du lịch sinh thái. Tăng cường quản lý đất "
        "đai, khoáng sản."
    )
    got = quotes_by_category(text)
    assert "Chú trọng phát triển dịch vụ, nhất là du lịch sinh thái." in got["next_tasks"]
    assert "Tăng cường quản lý đất đai, khoáng sản." in got["next_tasks"]
    assert len(got["next_tasks"]) == 3
    assert len(got["achievements"]) == 2


# (set 32)
def test_time_ahead_frames_a_plan_but_not_what_was_done():
    text = (
        "Xã Tân Lập sơ kết 6 tháng đầu năm 2024\n"
        "Thu ngân sách của xã đạt 12 tỷ đồng.\n\n"
        "Từ nay đến cuối năm, xã tập trung chỉnh trang đô thị. Nâng cao chất lượng dịch vụ hành chính công."
    )
    got = quotes_by_category(text)
    assert got["next_tasks"] == ["Từ nay đến cuối năm, xã tập trung chỉnh trang đô thị.", "Nâng cao chất lượng dịch vụ hành chính công."]


# (sets 38-39)
def test_the_month_after_the_one_reviewed_plans_its_tasks():
    text = TAN_PHUOC_APRIL_MEETING_LEAD + (
        "4 tháng đầu năm, tổng diện tích gieo trồng đạt 3.120 ha; thu ngân sách đạt 96 tỷ đồng, bằng 31% dự toán.\n"
        "Trong tháng 5, huyện tiếp tục chăm sóc lúa hè thu; theo dõi dịch bệnh trên cây trồng; tăng cường phòng "
        "cháy rừng mùa khô."
    )
    got = quotes_by_category(text)
    assert "chăm sóc lúa hè thu" in joined(got["next_tasks"])
    assert "phòng cháy rừng mùa khô" in joined(got["next_tasks"])
    assert "phòng cháy rừng" not in joined(got["achievements"])
    assert "3.120 ha" in joined(got["achievements"])


# (sets 38-39)
def test_the_first_months_of_a_year_still_ahead_are_planned():
    # with no "đã", the months named are the ones to come
    text = (
        "Ngày 5/1, UBND huyện Mỹ Hòa tổng kết năm 2023.\n"
        "Năm 2023, thu ngân sách đạt 520 tỷ đồng.\n"
        "6 tháng đầu năm 2024, huyện tập trung thực hiện các nhiệm vụ, giải pháp phát triển sản xuất vụ đông xuân."
    )
    got = quotes_by_category(text)
    assert "vụ đông xuân" in joined(got["next_tasks"])
    assert "vụ đông xuân" not in joined(got["achievements"])


MONTH_10 = "Chiều 4/11, UBND huyện Tân Lạc tổ chức họp thường kỳ tháng 10 và bàn giải pháp những tháng cuối năm 2023.\n"


# (sets 40-41)
def test_the_months_left_counted_open_a_paragraph_of_tasks():
    # "Trong 2 tháng còn lại của năm 2023, …": any count of the months left is time ahead, not only "những
    # tháng còn lại"; the bare resolve to complete the targets set names no task of its own
    text = MONTH_10 + (
        "Từ đầu năm đến nay, thu ngân sách trên địa bàn đạt 210 tỷ đồng, bằng 81% dự toán.\n"
        "Trong 2 tháng còn lại của năm 2023, huyện Tân Lạc tập trung hoàn thành các mục tiêu đề ra. Trong đó, tiếp tục "
        "nhân rộng các mô hình trồng cam theo hướng hữu cơ. Huyện cũng đẩy nhanh giải ngân vốn đầu tư công năm 2023; "
        "rà soát các nguồn thu còn thất thu."
    )
    got = quotes_by_category(text)
    assert "mô hình trồng cam" in joined(got["next_tasks"])
    assert "giải ngân vốn đầu tư công" in joined(got["next_tasks"])
    assert "nguồn thu còn thất thu" in joined(got["next_tasks"])
    assert "trồng cam" not in joined(got["achievements"])
    assert "tập trung hoàn thành các mục tiêu đề ra" not in joined(got["achievements"] + got["next_tasks"])


# (sets 40-41)
def test_a_quarter_left_opens_tasks_too_but_the_last_months_told_done_report():
    text = MONTH_10 + (
        "Thu ngân sách 10 tháng đạt 210 tỷ đồng.\n"
        "Hai tháng cuối năm, huyện tiếp tục chăm sóc diện tích lúa đông xuân; kiểm tra an toàn thực phẩm dịp Tết."
    )
    got = quotes_by_category(text)
    assert "chăm sóc diện tích lúa đông xuân" in joined(got["next_tasks"])
    text = (
        "Ngày 5/1, UBND huyện Tân Lạc tổ chức hội nghị tổng kết năm 2023.\n"
        "6 tháng cuối năm 2023, huyện đã nhân rộng 4 mô hình trồng cam hữu cơ."
    )
    assert "4 mô hình trồng cam" in joined(quotes_by_category(text)["achievements"])


# (sets 42-43)
def test_with_no_year_a_month_named_for_the_tasks_lists_tasks():
    # No year anywhere, so no period reviewed: the month the tasks are named for cannot be compared with it.
    # A lead naming a month for "các nhiệm vụ", telling nothing done, sets them (hard line breaks inside phrases).
    text = (
        "Ủy ban nhân dân thành phố Tân An họp phiên thường kỳ.\n"
        "Trong tháng, tổng mức bán lẻ tăng 5,2% so tháng trước. Thu ngân sách đạt 300 tỷ đồng.\n"
        "Trong tháng 9, các ngành,\nđịa phương tập trung thực hiện tốt các nhiệm vụ như: rà soát\n"
        "quy hoạch các vùng sản xuất lúa; làm tốt công tác phòng chống dịch sốt xuất huyết; đẩy nhanh tiến độ\n"
        "bồi thường các dự án giao thông; hoàn thành công tác tiếp xúc cử tri.\n"
    )
    got = quotes_by_category(text)
    tasks = joined(got["next_tasks"])
    for task in ("quy hoạch các vùng sản xuất lúa", "dịch sốt xuất huyết", "bồi thường các dự án", "tiếp xúc cử tri"):
        assert task in tasks
    assert "sốt xuất huyết" not in joined(got["achievements"])
    assert "300 tỷ đồng" in joined(got["achievements"])


# (sets 42-43)
def test_entering_a_year_ahead_still_plans():
    text = (
        "Ngày 5/1, UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023.\n"
        "Năm 2023, thu ngân sách xã đạt 12 tỷ đồng.\n"
        "Bước vào năm 2024, xã tập trung nâng cấp 3 tuyến đường liên thôn; rà soát hộ cận nghèo.\n"
    )
    got = quotes_by_category(text)
    assert "tuyến đường liên thôn" in joined(got["next_tasks"])


# (set 58)
def test_a_sentence_turning_to_the_months_ahead_makes_the_rest_of_its_paragraph_tasks():
    # the turn comes inside a paragraph of results, and what follows it names no time of its own
    text = (
        "Ngày 22/6, Huyện ủy Ea Súp tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.\n\n"
        "6 tháng đầu năm 2020, thu ngân sách đạt 25 tỷ đồng. Toàn Đảng bộ kết nạp 40 đảng viên mới. Trong 6 tháng "
        "cuối năm, Đảng bộ huyện tập trung chuẩn bị tổ chức Đại hội Đảng bộ huyện. Chú trọng phòng chống dịch bệnh "
        "trên cây trồng. Quan tâm thu hút đầu tư.\n"
    )
    got = quotes_by_category(text)
    for task in ("chuẩn bị tổ chức Đại hội", "dịch bệnh trên cây trồng", "thu hút đầu tư"):
        assert task in joined(got["next_tasks"])
    assert got["achievements"] == ["6 tháng đầu năm 2020, thu ngân sách đạt 25 tỷ đồng.", "Toàn Đảng bộ kết nạp 40 đảng viên mới."]


# (set 85)
def test_a_part_that_goes_on_with_the_half_to_come_is_a_task():
    items = quotes_by_category(
        "Huyện đoàn Tân Lạc sơ kết 6 tháng đầu năm 2024\n"
        "Huyện đoàn Tân Lạc vừa tổ chức hội nghị sơ kết công tác Đoàn 6 tháng đầu năm 2024.\n"
        "Trong 6 tháng đầu năm, Huyện đoàn đã tổ chức 8 hành trình về nguồn, trao 115 suất học bổng cho học sinh nghèo; "
        "đồng thời tiếp tục phát huy sức trẻ, tập trung tổ chức các hoạt động bảo đảm hoàn thành nhiệm vụ trong 6 tháng "
        "cuối năm.\n"
    )
    assert "8 hành trình" in joined(items["achievements"]) and "115 suất học bổng" in joined(items["achievements"])
    assert items["next_tasks"] == [
        "đồng thời tiếp tục phát huy sức trẻ, tập trung tổ chức các hoạt động bảo đảm hoàn thành nhiệm vụ trong 6 tháng cuối năm."
    ]


# --- plans the meeting adopted --------------------------------------------------------------------

# (set 7)
def test_tasks_set_out_at_the_end_are_tasks_but_the_meetings_purpose_is_not():
    items = hoa_son_july_meeting_quotes(
        "Thu ngân sách đạt 12 tỷ đồng, bằng 64% dự toán.\n"
        "Hội nghị đã nghe báo cáo của các phòng, ban. Trên cơ sở đó, đề ra nhiệm vụ, giải pháp tiếp tục "
        "thực hiện trong tháng 8 và thời gian tới.\n"
    )
    assert any("đề ra nhiệm vụ, giải pháp" in s for s in items["next_tasks"])
    assert not any("đề ra nhiệm vụ" in s for s in items["achievements"])


# (set 20)
def test_a_resolution_for_the_next_year_after_the_shortcomings_is_a_task():
    items = quotes_by_category(
        HOA_BINH_WARD_SESSION_OPENING + "Tuy nhiên, công tác giải phóng mặt bằng còn chậm; tỷ lệ hộ sử dụng nước sạch còn thấp.\n\n"
        "Kỳ họp đã xem xét 9 báo cáo và biểu quyết thông qua 5 nghị quyết. Trọng tâm là nghị quyết về phát "
        "triển kinh tế - xã hội năm 2026 của phường.\n"
    )
    assert "giải phóng mặt bằng" in joined(items["shortcomings"])
    assert "năm 2026" not in joined(items["shortcomings"])
    assert "năm 2026" in joined(items["next_tasks"])


# (set 22)
def test_a_goal_named_as_one_of_the_goals_set_at_the_meeting_is_a_task():
    got = quotes_by_category(
        "Nâng cao chất lượng chỉnh trang đô thị là một trong những mục tiêu được Đảng ủy phường Bình Lâm "
        "đề ra tại Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026, ngày 15-1.\n"
        "Năm 2025, phường Bình Lâm hoàn thành 12/12 chỉ tiêu chủ yếu, thu ngân sách đạt 110% dự toán.\n",
        "binh-lam-dang-uy.txt",
    )
    assert "Nâng cao chất lượng chỉnh trang đô thị" in joined(got["next_tasks"])
    assert "12/12 chỉ tiêu" in joined(got["achievements"])


RESULTS = "Năm 2024, Hội Cựu chiến binh huyện Sơn Mộc kết nạp 120 hội viên mới, xây dựng 5 nhà tình nghĩa.\n"


# (set 28)
def test_the_tasks_a_meeting_adopted_after_a_sentence_about_its_discussion_are_tasks():
    said = quotes_by_category(
        RESULTS + "Thảo luận tại Hội nghị, các đại biểu đóng góp nhiều ý kiến tâm huyết cho công tác hội năm 2025. "
        "Hội nghị đã nhất trí thông qua phương hướng, nhiệm vụ năm 2025 với các mục tiêu chính, như củng cố tổ chức "
        "hội, giúp nhau làm kinh tế, giữ gìn phẩm chất người lính.\n",
        "son-moc.txt",
    )
    assert "giúp nhau làm kinh tế" in joined(said["next_tasks"])
    assert "giúp nhau làm kinh tế" not in joined(said["achievements"])


# (set 28)
def test_a_list_given_for_the_unit_to_carry_out_is_tasks():
    said = quotes_by_category(
        RESULTS + "Phát biểu tại Hội nghị, đồng chí Lê Văn Bình - Phó Chủ tịch Hội tỉnh ghi nhận kết quả đạt được, "
        "đồng thời gợi mở một số nội dung để Hội huyện tiếp tục triển khai thực hiện: vận động hội viên phát triển "
        "kinh tế; tiếp tục tuyên truyền phòng chống dịch bệnh; tuyên truyền việc sắp xếp thôn.\n",
        "son-moc.txt",
    )
    assert "tuyên truyền việc sắp xếp thôn" in joined(said["next_tasks"])
    assert "tuyên truyền việc sắp xếp thôn" not in joined(said["achievements"])


# (set 29)
def test_a_session_agreeing_on_the_direction_of_the_next_year_sets_out_tasks():
    got = quotes_by_category(
        "Xã Tân Phú họp HĐND cuối năm\n"
        "Ngày 28/12/2025, HĐND xã Tân Phú tổ chức kỳ họp thường lệ cuối năm.\n\n"
        "Năm 2025, thu ngân sách đạt và vượt dự toán; an sinh xã hội được bảo đảm. Trên cơ sở đó, kỳ họp thống nhất "
        "định hướng năm 2026 tiếp tục huy động nguồn lực phát triển bền vững.\n",
        "tan-phu.txt",
    )
    assert "huy động nguồn lực" in joined(got["next_tasks"])
    assert "huy động nguồn lực" not in joined(got["achievements"])


# (set 29)
def test_a_paragraph_going_on_with_the_next_years_direction_agreed_is_tasks():
    # "Theo đó, …" after a paragraph that ends on the direction agreed for the next year: its tasks, told
    # with no "sẽ"; after a paragraph of results it still reports
    text = (
        "Hội Phụ nữ phường Tân Phú tổng kết năm 2025\n"
        "Ngày 8/1, Hội LHPN phường Tân Phú tổ chức hội nghị tổng kết công tác Hội năm 2025.\n\n"
        "Năm 2025, Hội đã vận động hội viên giúp 15 hộ thoát nghèo.\n\n"
        "Tại hội nghị, các đại biểu đã đánh giá kết quả năm 2025 và thống nhất phương hướng hoạt động năm 2026 "
        "với chủ đề: “Đoàn kết, sáng tạo”.\n\n"
        "Theo đó, Hội LHPN phường tập trung đẩy mạnh công tác tuyên truyền; chú trọng chuyển đổi số trong hoạt động Hội.\n"
    )
    got = quotes_by_category(text, "tan-phu.txt")
    tasks = joined(got["next_tasks"])
    assert "đẩy mạnh công tác tuyên truyền" in tasks and "chuyển đổi số" in tasks
    assert "15 hộ thoát nghèo" in joined(got["achievements"])
    reported = text.replace("thống nhất phương hướng hoạt động năm 2026", "biểu dương các chi hội")
    assert "đẩy mạnh công tác tuyên truyền" in joined(quotes_by_category(reported, "tan-phu.txt")["achievements"])


# (set 33)
def test_the_theme_of_next_years_plan_given_after_a_colon_is_a_task():
    text = (
        "Hội LHPN phường Bình Trị tổng kết năm 2025\n"
        "Năm 2025, Hội đã kết nạp 120 hội viên mới.\n\n"
        "Tại hội nghị, các đại biểu đã đánh giá kết quả thực hiện nhiệm vụ năm 2025 và thống nhất phương hướng hoạt "
        "động năm 2026 với chủ đề: “Đoàn kết, sáng tạo, đưa Nghị quyết Đại hội Phụ nữ các cấp vào cuộc sống”."
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert tasks == ["“Đoàn kết, sáng tạo, đưa Nghị quyết Đại hội Phụ nữ các cấp vào cuộc sống”."]


# (sets 36-37)
def test_the_counted_programme_a_meeting_set_out_is_a_task_and_its_other_business_nothing():
    # "Tại buổi hội nghị, lãnh đạo … đã điểm lại kết quả …, triển khai Chương trình công tác năm 2024 với 34 chỉ tiêu
    # thi đua …; thông qua Kế hoạch … sẽ diễn ra …"; then "Theo đó, … sẽ phân công khoảng 30 cán bộ … tham gia: a; b"
    text = (
        "Tại buổi hội nghị, lãnh đạo Hội Nông dân huyện đã điểm lại kết quả hoạt động tháng 02/2024, triển khai "
        "Chương trình công tác năm 2024 với 28 chỉ tiêu thi đua cùng các giải pháp thực hiện; thông qua Kế hoạch của "
        "UBND huyện về tổ chức Ngày hội nông dân năm 2024 sẽ diễn ra tại xã Tân Hòa, từ ngày 15/03 – 17/03/2024.\n"
        "Theo đó, Hội Nông dân huyện và cơ sở sẽ phân công khoảng 40 cán bộ, hội viên làm nòng cốt tham gia các nội "
        "dung chủ yếu: tuyên truyền ý nghĩa Ngày hội; tổ chức Hội thi “Nhà nông giỏi” với 12 đội; gói 500 đòn bánh "
        "tét tặng bà con tại 8 ấp."
    )
    report = report_of(text)
    assert report.achievements == []
    tasks = joined(report.next_tasks)
    assert "Chương trình công tác năm 2024 với 28 chỉ tiêu thi đua" in tasks
    assert "sẽ diễn ra" not in tasks
    figures = figures_of(report.next_tasks)
    assert (28, "chỉ tiêu") in figures and (40, "cán bộ") in figures and (500, "đòn") in figures


# (sets 40-41)
def test_the_deeds_the_delegates_views_centre_on_are_tasks():
    text = (
        "Ngày 20/1, Đoàn phường Tân Phong tổ chức hội nghị tổng kết công tác Đoàn năm 2025.\n"
        "Hội nghị ghi nhận 4 ý kiến đóng góp của đại biểu tập trung vào nâng cao chất lượng sinh hoạt chi đoàn, phát huy "
        "vai trò của đoàn viên trong chuyển đổi số."
    )
    got = quotes_by_category(text)
    assert "nâng cao chất lượng sinh hoạt chi đoàn" in joined(got["next_tasks"])
    assert "chuyển đổi số" in joined(got["next_tasks"])


def test_the_plan_the_delegates_agreed_on_is_a_task():
    # (set 55) "thống nhất phương hướng, nhiệm vụ" is the plan voted, as "thông qua" is
    text = (
        "Đảng ủy xã Yên Lạc tổng kết công tác năm 2025\n\n"
        "Năm 2025, thu ngân sách xã đạt 12 tỷ đồng.\n"
        "Tại hội nghị, các đại biểu đã thảo luận, thống nhất phương hướng, nhiệm vụ năm 2026 với mục tiêu "
        "nâng cao chất lượng hoạt động của hệ thống chính trị.\n"
    )
    got = quotes_by_category(text)
    assert any("nâng cao chất lượng hoạt động" in q for q in got["next_tasks"])
    assert not any("nâng cao chất lượng hoạt động" in q for q in got["achievements"])


# (set 58)
def test_what_follows_the_tasks_the_meeting_set_out_is_a_task_but_not_after_its_aim():
    head = (
        "Ngày 21/10, Thị ủy Buôn Hồ tổ chức hội nghị Ban Chấp hành đánh giá 9 tháng năm 2021.\n\n"
        "9 tháng năm 2021, thu ngân sách đạt 87% dự toán.\n\n"
    )
    text = head + (
        "Hội nghị cũng đã thông qua các báo cáo về công tác đầu tư công; bàn giải pháp và đề ra phương hướng nhiệm vụ "
        "3 tháng cuối năm 2021. Theo đó, thị xã tiếp tục rà soát các chỉ tiêu năm 2021; thúc đẩy sản xuất kinh doanh, "
        "chăm lo an sinh xã hội.\n"
    )
    got = quotes_by_category(text)
    assert "rà soát các chỉ tiêu" in joined(got["next_tasks"]) and "chăm lo an sinh xã hội" in joined(got["next_tasks"])
    assert "rà soát" not in joined(got["achievements"])
    # the plan named as what the meeting was for: what "Theo đó" then reports is the year's result
    text = head + (
        "Hội nghị nhằm đánh giá kết quả năm 2021; thảo luận về chỉ tiêu, nhiệm vụ năm 2022. Theo đó, trong năm, "
        "thị xã có 19/23 chỉ tiêu đạt và vượt nghị quyết đề ra.\n"
    )
    got = quotes_by_category(text)
    assert "19/23 chỉ tiêu" in joined(got["achievements"]) and "19/23" not in joined(got["next_tasks"])


# --- what is no task ------------------------------------------------------------------------------

# (set 83)
def test_a_request_that_says_only_when_is_no_task():
    # "… chỉ đạo một số nhiệm vụ trọng tâm cần tập trung thực hiện trong 3 tháng cuối năm 2024: …": what, the list says
    items = son_ha_may_meeting_quotes(
        "Kết luận hội nghị, đồng chí Bí thư Huyện ủy chỉ đạo một số nhiệm vụ trọng tâm cần tập trung thực hiện trong 3 "
        "tháng cuối năm 2024: đẩy nhanh giải ngân vốn đầu tư công; hoàn thành chỉ tiêu tuyển quân.\n"
    )
    assert items["next_tasks"] == ["đẩy nhanh giải ngân vốn đầu tư công", "hoàn thành chỉ tiêu tuyển quân."]


# (set 83)
def test_the_conclusions_of_the_central_committee_studied_are_no_chairs_conclusion():
    # "kết luận" names a document here: the directives, resolutions and conclusions put into effect in the period
    items = son_ha_may_meeting_quotes(
        "Ban Chấp hành Đảng bộ huyện đã thực hiện tốt quy chế làm việc; triển khai các chỉ thị, nghị "
        "quyết, kết luận của Trung ương, của tỉnh; quán triệt Kết luận số 123-KL/TW đến 100% chi bộ.\n"
    )
    results = joined(items["achievements"])
    assert "quy chế làm việc" in results and "kết luận của Trung ương" in results and "Kết luận số 123" in results
    assert items["next_tasks"] == []


# (set 12)
def test_an_application_named_by_đề_nghị_is_no_request():
    # "hồ sơ đề nghị", "trường hợp đề nghị": the document or case applied for, in a sentence of results
    items = son_ha_may_meeting_quotes(
        "Trong tháng 5, huyện đã thu hoạch xong 4.200 ha lúa chiêm, hoàn thiện hồ sơ đề nghị tỉnh công nhận 3 xã "
        "đạt chuẩn nông thôn mới.\n"
        "Thu ngân sách trên địa bàn đạt 12 tỷ đồng, tăng 8% so với cùng kỳ. Phòng Lao động đã tiếp nhận 46 trường hợp "
        "đề nghị hỗ trợ học nghề.\n"
    )
    results = joined(items["achievements"])
    assert "4.200 ha" in results and "12 tỷ đồng" in results and "46 trường hợp" in results
    assert items["next_tasks"] == []


# (set 12)
def test_a_sentence_that_only_labels_the_tasks_before_it_is_no_task():
    body = (
        "Hai nhiệm vụ trọng tâm của huyện trong tháng 6 là đẩy nhanh tiến độ thu hoạch lúa chiêm và phòng chống hạn "
        "hán. Đó là nhiệm vụ mà huyện đã thống nhất tại cuộc họp giao ban tháng 5.\n"
    )
    by_category = son_ha_may_meeting_quotes(body)
    assert "thu hoạch lúa chiêm" in joined(by_category["next_tasks"])
    assert all("Đó là nhiệm vụ" not in q for qs in by_category.values() for q in qs)


# (set 16)
def test_a_demand_of_the_times_in_the_setting_of_results_is_no_request():
    items = quotes_by_category(
        "HĐND xã Bình Lộc họp kỳ cuối năm\n"
        "Ngày 28/12/2025, HĐND xã Bình Lộc tổ chức kỳ họp thứ năm, đánh giá tình hình năm 2025.\n"
        "Năm 2025, trong bối cảnh còn nhiều khó khăn do mưa lũ, yêu cầu vận hành bộ máy mới và khối lượng công "
        "việc lớn, xã Bình Lộc đã tập trung chỉ đạo và đạt kết quả khá trên nhiều lĩnh vực. Toàn xã có 18/21 chỉ "
        "tiêu đạt và vượt kế hoạch.\n"
    )
    assert items["next_tasks"] == []
    assert "18/21 chỉ tiêu" in joined(items["achievements"])


# (set 22)
def test_a_meeting_named_as_review_semicolon_plan_is_the_opening_not_a_list_of_tasks():
    # "tổng kết công tác năm 2025; triển khai nhiệm vụ năm 2026" names the meeting: its plan half
    # announces no tasks, and the results of the year after it are achievements.
    got = quotes_by_category(
        "Hội Nông dân phường Bình Lâm tổng kết công tác năm 2025; triển khai nhiệm vụ năm 2026\n"
        "Sáng ngày 12/12, Hội Nông dân phường Bình Lâm tổ chức tổng kết công tác năm 2025; "
        "triển khai nhiệm vụ công tác năm 2026.\n"
        "Năm 2025, Hội Nông dân phường tích cực tham gia xây dựng nông thôn mới, vận động hội viên "
        "hiến đất mở rộng đường giao thông nội đồng.\n"
        "Hội viên tiếp tục hưởng ứng phong trào “Nông dân sản xuất, kinh doanh giỏi”, phối hợp tổ chức "
        "các lớp tập huấn chuyển giao khoa học kỹ thuật cho bà con.\n",
        "binh-lam.txt",
    )
    assert got["next_tasks"] == []
    achieved = joined(got["achievements"])
    assert "hiến đất mở rộng đường giao thông" in achieved
    assert "Nông dân sản xuất, kinh doanh giỏi" in achieved


# (set 29)
def test_a_member_nominated_for_an_award_is_a_result_not_a_request():
    got = quotes_by_category(
        TAN_PHU_FARMERS_YEAR_END_OPENING + "Trong năm, xã có 2 hộ nông dân được Hội Nông dân tỉnh công nhận sản xuất kinh doanh giỏi; "
        "1 hộ được đề nghị Chủ tịch UBND xã tặng giấy khen điển hình tiên tiến.\n\n"
        "Năm 2026, Hội phấn đấu thành lập mới 1 chi hội.\n",
        "tan-phu.txt",
    )
    achieved = joined(got["achievements"])
    assert "2 hộ nông dân" in achieved and "được đề nghị" in achieved
    assert "thành lập mới 1 chi hội" in joined(got["next_tasks"])


# (set 59)
def test_a_sentence_opening_on_the_tasks_of_the_half_to_come_turns_the_paragraph_to_tasks():
    # "Về nhiệm vụ trọng tâm trong 6 tháng cuối năm, …" names the tasks of a later half: what follows in the
    # paragraph is the plan, though no word of it is in the future.
    got = quotes_by_category(
        TAN_LAC_MIDYEAR_REVIEW_OPENING
        + "Trong 6 tháng đầu năm 2021, huyện Tân Lạc đạt nhiều kết quả, sản lượng lúa vụ xuân tăng so với cùng kỳ. "
        "Về nhiệm vụ trọng tâm trong 6 tháng cuối năm, huyện Tân Lạc tập trung đôn đốc thu ngân sách để hoàn thành "
        "kế hoạch năm. Tháo gỡ vướng mắc trong giải phóng mặt bằng đường tỉnh 436.\n",
        "tan-lac.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "đôn đốc thu ngân sách" in tasks and "giải phóng mặt bằng đường tỉnh 436" in tasks
    assert "sản lượng lúa vụ xuân" in joined(got["achievements"])
    assert "đôn đốc thu ngân sách" not in joined(got["achievements"])


# (set 59)
def test_targets_set_for_the_next_year_after_the_results_are_tasks():
    got = quotes_by_category(
        "UBND xã Phú Lộc tổng kết năm 2025\n"
        "Ngày 24-12, UBND xã Phú Lộc tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025 xã Phú Lộc đạt và vượt 17/18 chỉ tiêu Nghị quyết đề ra. Trên cơ sở kết quả đạt được, năm 2026 xã "
        "tiếp tục đề ra các chỉ tiêu như: tổng thu ngân sách tăng trên 8%; tỷ lệ hộ nghèo giảm còn dưới 1%; 100% "
        "thôn đạt chuẩn văn hóa.\n",
        "phu-loc.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "tổng thu ngân sách tăng trên 8%" in tasks and "thôn đạt chuẩn văn hóa" in tasks
    assert "17/18 chỉ tiêu" in joined(got["achievements"])
    assert "tổng thu ngân sách" not in joined(got["achievements"])


# (set 59)
def test_a_request_that_leads_a_list_of_tasks_is_a_task_itself():
    got = quotes_by_category(
        "UBND huyện Hòa Sơn họp thường kỳ tháng 7 năm 2023\n"
        "Sáng 4/8, UBND huyện Hòa Sơn tổ chức phiên họp thường kỳ đánh giá kết quả thực hiện nhiệm vụ tháng 7.\n"
        "Trong tháng 7, huyện thu ngân sách đạt 21 tỷ đồng.\n"
        "Kết luận cuộc họp, Chủ tịch UBND huyện đề nghị các phòng, ban từ nay đến cuối năm cần rà soát tiến độ "
        "các công trình chuyển tiếp, cụ thể như: hoàn thành hồ sơ quyết toán; đẩy nhanh thi công trường mầm non xã Hòa Bình.\n",
        "hoa-son.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "rà soát tiến độ các công trình chuyển tiếp" in tasks
    assert "hoàn thành hồ sơ quyết toán" in tasks and "trường mầm non xã Hòa Bình" in tasks
    assert all("cụ thể" not in q for q in got["next_tasks"])


# (set 60)
def test_what_the_delegates_set_about_for_the_rest_of_the_year_and_what_the_paragraph_adds_are_tasks():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 3\n"
        "Ngày 15/10/2020, Ban Chấp hành Đảng bộ huyện Tam Nông tổ chức kỳ họp lần thứ 3 đánh giá tình hình 9 tháng năm 2020.\n"
        "Chín tháng đầu năm, tổng thu ngân sách trên địa bàn huyện đạt 212 tỷ đồng.\n"
        "Thảo luận tại hội nghị, các đại biểu tập trung tháo gỡ những khó khăn trong thực hiện các chỉ tiêu còn lại trong "
        "năm; đẩy nhanh tiến độ các công trình xây dựng cơ bản. Tiếp tục hoàn chỉnh hồ sơ đề nghị công nhận xã Phú Thọ "
        "đạt chuẩn nông thôn mới vào cuối năm 2020.\n",
        "tam-nong.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "tháo gỡ những khó khăn" in tasks and "công trình xây dựng cơ bản" in tasks
    assert "xã Phú Thọ" in tasks
    assert joined(got["achievements"]) == "Chín tháng đầu năm, tổng thu ngân sách trên địa bàn huyện đạt 212 tỷ đồng."


# (set 62)
def test_thoi_gian_den_is_the_time_ahead_as_thoi_gian_toi_is():
    got = quotes_by_category(
        TAN_PHU_FARMERS_YEAR_END_OPENING + "Trong năm, Hội vận động hội viên đóng góp 1.200 ngày công làm đường giao thông.\n"
        "Trong thời gian đến, Hội tiếp tục phát huy tinh thần đoàn kết, thực hiện có hiệu quả các phong trào thi đua. "
        "Nâng cao chất lượng sinh hoạt chi hội.\n",
        "tan-phu.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "phát huy tinh thần đoàn kết" in tasks and "chất lượng sinh hoạt chi hội" in tasks
    assert "1.200 ngày công" in joined(got["achievements"])
    # "thời gian đến năm 2030" is a horizon, not the time ahead
    assert categories.opens_ahead("Thời gian đến năm 2030 là giai đoạn quan trọng.") is False


# (set 63)
def test_the_motto_of_the_next_years_work_after_a_speakers_colon_is_a_task():
    got = quotes_by_category(
        TAN_HOA_YEAR_END_OPENING
        + "Phát biểu tại hội nghị, Chủ tịch UBND phường cho biết: Phương châm hành động trong năm 2026 là: “Đoàn kết - "
        "Kỷ cương - Bứt phá”.\n",
        "tan-hoa.txt",
    )
    assert "Kỷ cương - Bứt phá" in joined(got["next_tasks"])
    assert "Kỷ cương" not in joined(got["achievements"])


# (set 64)
def test_a_request_led_by_a_colon_goes_on_in_the_paragraphs_after_it():
    got = quotes_by_category(
        "Công an huyện Ba Tri tổng kết năm 2019\n"
        "Ngày 20/12/2019, Công an huyện Ba Tri tổ chức hội nghị tổng kết công tác năm 2019.\n"
        "Trong năm, tỷ lệ điều tra khám phá án đạt 86%, tai nạn giao thông giảm 3 tiêu chí.\n"
        "Phát biểu tại hội nghị, Chủ tịch UBND huyện đề nghị: Các ngành, các cấp tiếp tục đẩy mạnh tuyên truyền phòng "
        "chống tội phạm.\n"
        "Làm tốt công tác nắm tình hình, quản lý chặt địa bàn, mở các đợt cao điểm tấn công trấn áp tội phạm.\n",
        "ba-tri.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "đẩy mạnh tuyên truyền" in tasks and "quản lý chặt địa bàn" in tasks
    assert "quản lý chặt địa bàn" not in joined(got["achievements"])
    assert "khám phá án đạt 86%" in joined(got["achievements"])


# (set 65)
def test_theo_do_after_tasks_named_with_a_long_name_for_the_next_quarter_goes_on_with_them():
    got = quotes_by_category(
        "UBND huyện Kim Sơn họp đánh giá quý I năm 2019\n"
        "Ngày 8/4/2019, UBND huyện Kim Sơn tổ chức phiên họp đánh giá kết quả quý I năm 2019.\n"
        "Quý I, tổng thu ngân sách trên địa bàn huyện đạt 46 tỷ đồng.\n"
        "Thảo luận tại hội nghị, các thành viên UBND huyện đã phân tích một số tồn tại, đồng thời đề ra một số nhiệm vụ "
        "trọng tâm cần tổ chức thực hiện trong quý II.\n"
        "Theo đó, các cấp chính quyền chủ động chuẩn bị tốt điều kiện sản xuất vụ mùa. Tập trung rà soát việc quản lý, "
        "sử dụng đất công.\n",
        "kim-son.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "điều kiện sản xuất vụ mùa" in tasks and "sử dụng đất công" in tasks
    assert "vụ mùa" not in joined(got["achievements"])


# (set 65)
def test_the_occasions_a_task_celebrates_stay_in_one_task():
    got = quotes_by_category(
        TAN_PHU_FARMERS_YEAR_END_OPENING + "Trong năm, Hội vận động hội viên đóng góp 1.200 ngày công làm đường giao thông.\n"
        "Năm 2026, các cấp Hội cần hăng hái thi đua lập thành tích chào mừng kỷ niệm 96 năm ngày thành lập Đảng Cộng sản "
        "Việt Nam; 96 năm ngày thành lập Hội Nông dân Việt Nam.\n",
        "tan-phu.txt",
    )
    assert len(got["next_tasks"]) == 1 and "Hội Nông dân Việt Nam" in got["next_tasks"][0]


# (set 66)
def test_what_serves_the_solutions_put_forward_for_the_next_year_is_a_task():
    got = quotes_by_category(
        "HĐND huyện Hướng Hóa họp kỳ cuối năm 2022\n"
        "Ngày 20/12/2022, HĐND huyện Hướng Hóa khai mạc kỳ họp thứ 11.\n"
        "Năm 2022, tổng sản lượng lương thực của huyện đạt gần 21.000 tấn.\n"
        "Tại kỳ họp, các đại biểu đã thảo luận, nêu lên những hạn chế, đồng thời đưa ra các giải pháp trọng tâm trong năm "
        "2023. Với quyết tâm đạt mục tiêu tăng trưởng đã đề ra, huyện tập trung vào công tác quy hoạch; đẩy mạnh tái cơ "
        "cấu ngành nông nghiệp.\n",
        "huong-hoa.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "công tác quy hoạch" in tasks and "tái cơ cấu ngành nông nghiệp" in tasks
    assert "tái cơ cấu" not in joined(got["achievements"])


# (set 68)
def test_a_visitors_request_after_her_praise_in_one_paragraph_is_a_task_and_the_praised_deed_a_result():
    got = quotes_by_category(
        "Huyện Châu Đức sơ kết 9 tháng năm 2024\n"
        "Ngày 7/10/2024, Ban Chấp hành Đảng bộ huyện Châu Đức tổ chức hội nghị sơ kết 9 tháng năm 2024.\n"
        "Tổng thu ngân sách của huyện ước đạt 1.240 tỷ đồng.\n"
        "Phát biểu tại hội nghị, bà Lê Thị Mai, Phó Bí thư Thường trực Tỉnh ủy ghi nhận nỗ lực của huyện trong việc hoàn "
        "thành 35/41 chỉ tiêu đề ra. Về phương hướng nhiệm vụ trong thời gian tới, Phó Bí thư Thường trực Tỉnh ủy yêu cầu "
        "huyện Châu Đức tập trung khắc phục những hạn chế ở lĩnh vực nông nghiệp, bảo đảm thu ngân sách.\n",
        "chau-duc.txt",
    )
    assert "khắc phục những hạn chế ở lĩnh vực nông nghiệp" in joined(got["next_tasks"])
    assert "35/41 chỉ tiêu" in joined(got["achievements"])


# (set 74)
def test_a_speaker_who_directs_and_a_time_named_as_the_next_stage_announce_tasks():
    got = quotes_by_category(
        "Đảng ủy xã Mỹ An họp tháng 4\n"
        "Ngày 6/5/2025, Ban Chấp hành Đảng bộ xã Mỹ An tổ chức hội nghị đánh giá kết quả tháng 4/2025.\n"
        "Trong tháng, thu ngân sách xã đạt 1,2 tỷ đồng. Trạm y tế khám cho 2.100 lượt bệnh nhân.\n"
        "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã chỉ đạo: Các ngành chuyên môn thường xuyên hướng dẫn nông dân "
        "chăm sóc vườn xoài. Phòng chống dịch bệnh trên cây trồng, vật nuôi.\n"
        "Trong giai đoạn tiếp theo, xã tiếp tục rà soát các tiêu chí nông thôn mới nâng cao; đẩy mạnh kêu gọi đầu tư.\n",
        "my-an.txt",
    )
    tasks = joined(got["next_tasks"])
    for task in ("vườn xoài", "Phòng chống dịch bệnh", "rà soát các tiêu chí", "kêu gọi đầu tư"):
        assert task in tasks, task
    assert "1,2 tỷ đồng" in joined(got["achievements"]) and "vườn xoài" not in joined(got["achievements"])


# (sets 80-81)
def test_a_speech_that_opens_on_the_month_to_come_and_remedies_asked_for_are_tasks():
    got = quotes_by_category(
        "Ban Thường vụ Huyện ủy Đại An họp tháng 4\n"
        "Ngày 6/5/2024, Ban Thường vụ Huyện ủy Đại An tổ chức hội nghị đánh giá kết quả tháng 4/2024.\n"
        "Trong tháng 4, thu ngân sách đạt 30 tỷ đồng.\n"
        "Phát biểu tại hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh: Ngay trong tháng 5, huyện cần chuẩn bị "
        "tốt Lễ hội trà Đại An năm 2024.\n"
        "Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các xã tập trung khắc phục những tồn tại, hạn chế; hoàn thành "
        "5 tiêu chí nông thôn mới còn lại.\n",
        "dai-an.txt",
    )
    tasks = joined(got["next_tasks"])
    assert "Lễ hội trà" in tasks and "khắc phục những tồn tại" in tasks
    assert not got["shortcomings"] and "Lễ hội trà" not in joined(got["achievements"])


# (set 96)
def test_the_targets_of_the_plan_a_meeting_passed_are_tasks():
    # "thông qua nghị quyết phương hướng … năm 2024 với mục tiêu chính: …": the meeting's business, and the targets
    # of the year to come after its colon
    got = quotes_by_category(
        "Huyện ủy Thuận Bắc đánh giá kết quả thực hiện nhiệm vụ năm 2023\n"
        "Ngày 5/12, Huyện ủy Thuận Bắc tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023.\n"
        "Trong năm 2023, huyện đã thực hiện đạt 13/14 chỉ tiêu, kế hoạch đề ra.\n"
        "Hội nghị thống nhất thông qua nghị quyết phương hướng thực hiện các nhiệm vụ năm 2024 với mục tiêu chính: tổng giá "
        "trị sản xuất các ngành đạt 12.984 tỷ đồng; tỷ lệ bao phủ bảo hiểm y tế đạt 97%; kết nạp 55 đảng viên mới.\n",
        "thuan-bac.txt",
    )
    assert got["next_tasks"] == [
        "tổng giá trị sản xuất các ngành đạt 12.984 tỷ đồng", "tỷ lệ bao phủ bảo hiểm y tế đạt 97%", "kết nạp 55 đảng viên mới."
    ]
    assert joined(got["achievements"]) == "Trong năm 2023, huyện đã thực hiện đạt 13/14 chỉ tiêu, kế hoạch đề ra."


# (set 96)
def test_an_officials_request_in_a_speech_after_an_opening_that_only_tells_of_the_meeting_is_a_task():
    # no headline and no report paragraph: every paragraph before the speech is about the meeting, and the speech
    # praises first, then asks, the time it asks for before those asked
    got = quotes_by_category(
        "Tại hội nghị, các đại biểu đã được nghe lãnh đạo huyện báo cáo tóm tắt tình hình thực hiện nhiệm vụ năm 2019.\n"
        "Tại hội nghị, các đại biểu đã có nhiều tham luận về vai trò của bí thư chi bộ trong việc tuyên truyền, vận động "
        "nhân dân.\n"
        "Phát biểu tại hội nghị, đồng chí Hoàng Văn An - Bí thư Huyện ủy ghi nhận và biểu dương những đóng góp của bí thư "
        "chi bộ bản trong năm 2019. Đồng chí đề nghị, thời gian tới đội ngũ bí thư chi bộ bản luôn là người tiên phong "
        "trong mọi phong trào; tích cực tuyên truyền vận động quần chúng nhân dân chấp hành các chủ trương của Đảng.\n",
    )
    tasks = joined(got["next_tasks"])
    assert "người tiên phong trong mọi phong trào" in tasks and "tích cực tuyên truyền vận động quần chúng" in tasks
    assert "ghi nhận và biểu dương" not in joined(got["achievements"])


# (set 98)
def test_the_counted_targets_a_session_passed_for_the_half_to_come_are_tasks_and_what_it_passed_before_them_is_business():
    got = quotes_by_category(
        "HĐND xã Quảng Bình tổ chức kỳ họp chuyên đề\n"
        "Chiều 8/8, HĐND xã Quảng Bình tổ chức kỳ họp thứ 2 nhằm thảo luận một số chỉ tiêu 6 tháng cuối năm 2025.\n"
        "Kỳ họp đã quyết nghị thông qua Quy chế hoạt động của HĐND xã; Nghị quyết về tiếp tục thực hiện nhiệm vụ phát "
        "triển kinh tế - xã hội, quốc phòng, an ninh 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập bình quân "
        "đầu người đạt 72 triệu đồng; giải quyết việc làm mới cho 566 lao động.\n",
    )
    assert got["next_tasks"] == ["Thu nhập bình quân đầu người đạt 72 triệu đồng", "giải quyết việc làm mới cho 566 lao động."]
    assert got["achievements"] == []


# (set 98)
def test_the_papers_of_a_proposal_and_an_award_proposed_are_no_request():
    # "hoàn chỉnh thủ tục đề nghị Huyện Anh hùng …", "đề nghị UBND tỉnh tặng Bằng khen …": what the district did in
    # the half, not what anyone asked of it
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Cao Lãnh lần thứ 21\n"
        "6 tháng đầu năm 2020, Ban Thường vụ Huyện ủy Cao Lãnh đã lãnh đạo thực hiện tốt nhiệm vụ phát triển kinh tế - "
        "xã hội; hoàn chỉnh thủ tục đề nghị Huyện Anh hùng Lao động trong thời kỳ đổi mới. Kết nạp 56 quần chúng ưu tú "
        "vào Đảng, đề nghị UBND tỉnh tặng Bằng khen đối với 1 Đảng bộ cơ sở.\n",
    )
    said = joined(got["achievements"])
    assert "thủ tục đề nghị Huyện Anh hùng" in said and "Kết nạp 56 quần chúng" in said
    assert got["next_tasks"] == []


# (set 103)
def test_a_request_with_the_year_it_is_for_first_after_praise_is_a_task():
    # "Ghi nhận và đánh giá cao …, Phó Chủ tịch UBND tỉnh … đề nghị, năm 2026, địa phương tập trung …"
    got = quotes_by_category(
        "Xã Tam Hòa tổng kết năm 2025\n"
        "Ngày 30/12, Đảng ủy xã Tam Hòa tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025, thu nhập bình quân đầu người của xã đạt 75 triệu đồng/năm.\n"
        "Ghi nhận và đánh giá cao những kết quả nổi bật của xã Tam Hòa trong năm 2025, Phó Chủ tịch UBND tỉnh Vũ Văn An đề "
        "nghị, năm 2026, địa phương tập trung cụ thể hóa nghị quyết Đại hội Đảng các cấp vào thực tiễn; tổ chức thành công "
        "cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp.\n",
    )
    tasks = joined(got["next_tasks"])
    assert "cụ thể hóa nghị quyết Đại hội" in tasks and "cuộc bầu cử đại biểu Quốc hội" in tasks


# (set 106)
def test_a_target_for_the_crop_season_of_the_year_to_come_is_a_task():
    # "Về sản xuất vụ xuân 2021, toàn huyện phấn đấu gieo trồng …" at a November meeting reviewing 2020
    got = quotes_by_category(
        "Họp thường kỳ UBND huyện tháng 11\n"
        "Ngày 16/11/2020, UBND huyện Gia Lâm tổ chức họp thường kỳ tháng 11.\n"
        "Năm 2020, tổng giá trị sản xuất của huyện đạt 8.010 tỷ đồng. Đối với sản xuất vụ đông, toàn huyện gieo trồng được "
        "1.098,2 ha đạt 91,5%. Về sản xuất vụ xuân 2021, toàn huyện phấn đấu gieo trồng 4.834,3 ha, trong đó lúa xuân "
        "4.050 ha.\n",
    )
    assert joined(got["next_tasks"]).startswith("Về sản xuất vụ xuân 2021, toàn huyện phấn đấu gieo trồng 4.834,3 ha")
    assert "1.098,2 ha" in joined(got["achievements"]) and "vụ xuân 2021" not in joined(got["achievements"])
