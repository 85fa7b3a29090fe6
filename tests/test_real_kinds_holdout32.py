"""Kinds of real text met in held-out set 32 (unions, police and councils, 2021-2024), written as
synthetic sentences."""

from tests.kinds import quotes_by_category


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


def test_a_list_of_examples_after_a_semicolon_stays_with_its_part():
    # "… đạt 81,5%, vượt 1,5% …; trong đó khám phá nhiều vụ án như a, b, c": the examples belong to the part
    # they follow; the rate before the semicolon is a result of its own, quoted whole
    text = (
        "Công an huyện Bình Sơn tổng kết năm 2022\n"
        "Tỷ lệ điều tra khám phá án đạt 81,5%, vượt 1,5% so với năm 2021; trong đó khám phá nhiều vụ án nghiêm "
        "trọng như trộm cắp tài sản, cố ý gây thương tích, buôn bán hàng cấm."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert len(achievements) == 1
    assert achievements[0].startswith("Tỷ lệ điều tra khám phá án đạt 81,5%, vượt 1,5% so với năm 2021")


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


def test_time_ahead_frames_a_plan_but_not_what_was_done():
    text = (
        "Xã Tân Lập sơ kết 6 tháng đầu năm 2024\n"
        "Thu ngân sách của xã đạt 12 tỷ đồng.\n\n"
        "Từ nay đến cuối năm, xã tập trung chỉnh trang đô thị. Nâng cao chất lượng dịch vụ hành chính công."
    )
    got = quotes_by_category(text)
    assert got["next_tasks"] == ["Từ nay đến cuối năm, xã tập trung chỉnh trang đô thị.", "Nâng cao chất lượng dịch vụ hành chính công."]


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


def test_the_theme_of_next_years_plan_given_after_a_colon_is_a_task():
    text = (
        "Hội LHPN phường Bình Trị tổng kết năm 2025\n"
        "Năm 2025, Hội đã kết nạp 120 hội viên mới.\n\n"
        "Tại hội nghị, các đại biểu đã đánh giá kết quả thực hiện nhiệm vụ năm 2025 và thống nhất phương hướng hoạt "
        "động năm 2026 với chủ đề: “Đoàn kết, sáng tạo, đưa Nghị quyết Đại hội Phụ nữ các cấp vào cuộc sống”."
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert tasks == ["“Đoàn kết, sáng tạo, đưa Nghị quyết Đại hội Phụ nữ các cấp vào cuộc sống”."]


def test_tasks_handled_as_the_level_above_directed_name_no_result():
    text = (
        "Xã Hòa Khánh giao ban tháng 7/2025\n"
        "Trong tháng 7/2025, UBND xã đã tiếp nhận 980 văn bản đến; ban hành 210 văn bản đi; xử lý các nhiệm vụ "
        "theo chỉ đạo của UBND thành phố, Đảng ủy xã."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert len(achievements) == 2
    assert not any("theo chỉ đạo" in q for q in achievements)
