"""Issue 12, fresh held-out set 13 (district reviews of a quarter, six or nine months or a year; the
north-west, north-central and Central Highlands): kinds of sentence the engine misread on real
articles it was not tuned on, each with a synthetic sentence of its own."""

from tests.kinds import joined, quotes_by_category, report_of

HEAD = (
    "Huyện Sông Mây sơ kết 6 tháng đầu năm 2024\n"
    "Sáng 28/6/2024, UBND huyện Sông Mây tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2024.\n"
)


def _items(body: str, head: str = HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "song-may.txt")


def test_a_caption_of_who_spoke_at_the_meeting_is_no_result():
    # A scraped excerpt that starts at a photo caption, after the page's date line
    items = _items(
        "Đồng chí Lò Văn Sinh, Bí thư Huyện ủy Sông Mây phát biểu tại hội nghị.\n\n"
        "6 tháng đầu năm, toàn huyện trồng mới 420 ha rừng, đạt 60% kế hoạch.\n"
        "Phó Chủ tịch UBND tỉnh Hà Văn Tám phát biểu chỉ đạo tại hội nghị.\n",
        head=" date 2024-06 ",
    )
    said = joined(items["achievements"])
    assert "420 ha rừng" in said
    assert "phát biểu" not in said


def test_a_discussion_lead_before_its_list_of_problems_is_not_a_problem_itself():
    items = _items(
        "6 tháng đầu năm, thu ngân sách trên địa bàn đạt 52 tỷ đồng, bằng 55% dự toán.\n"
        "Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn, vướng mắc cần giải quyết như: giải ngân "
        "vốn đầu tư công còn chậm; tình trạng khai thác cát trái phép vẫn xảy ra.\n"
    )
    said = joined(items["shortcomings"])
    assert "giải ngân vốn đầu tư công còn chậm" in said and "khai thác cát trái phép" in said
    assert "thảo luận" not in said


def test_the_matters_a_discussion_took_up_that_fell_short_are_shortcomings():
    items = _items(
        "Hội nghị đã tập trung thảo luận các vấn đề liên quan đến giá sắn giảm mạnh; tiến độ thu hoạch cà phê "
        "chậm; một số chỉ tiêu thu ngân sách còn đạt thấp.\n"
    )
    said = joined(items["shortcomings"])
    assert "thu hoạch cà phê chậm" in said and "còn đạt thấp" in said and "giá sắn" in said


def test_people_in_hardship_that_a_measure_helps_are_no_shortcoming():
    items = _items(
        "Công tác an sinh xã hội được quan tâm, toàn huyện đã hỗ trợ cho hơn 3.500 trường hợp gặp khó khăn do "
        "mưa lũ với số tiền trên 4,2 tỷ đồng.\n"
    )
    assert "3.500 trường hợp" in joined(items["achievements"])
    assert items["shortcomings"] == []


def test_a_report_lead_that_says_what_it_shows_announces_results_not_the_next_quarters_tasks():
    head = "Sông Mây xác định nhiệm vụ trọng tâm quý II\n"
    items = _items(
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


def test_each_matter_of_a_count_of_targets_says_for_itself_how_it_went():
    items = _items(
        "Năm 2024, thu ngân sách trên địa bàn đạt 118% dự toán. "
        "Thực hiện các chỉ tiêu nghị quyết năm 2024, có 21/30 chỉ tiêu đạt và vượt; 04 chỉ tiêu phấn đấu đến cuối "
        "năm đạt kế hoạch; 05 chỉ tiêu không đạt.\n"
    )
    assert "21/30 chỉ tiêu đạt và vượt" in joined(items["achievements"])
    assert "04 chỉ tiêu phấn đấu" in joined(items["next_tasks"])
    short = joined(items["shortcomings"])
    assert "05 chỉ tiêu không đạt" in short and "21/30" not in short


def test_a_district_name_with_a_syllable_in_lower_case_is_still_the_district():
    report = report_of(
        "UBND huyện Quan hóa sơ kết 6 tháng\n"
        "Sáng 30/6/2023, UBND huyện Quan hóa tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2023.\n"
        "6 tháng đầu năm, giá trị sản xuất nông, lâm nghiệp ước đạt 312 tỷ đồng, tăng 4,5% so với cùng kỳ.\n"
    )
    assert (report.unit.name, report.unit.province) == ("Quan Hóa", "Thanh Hóa")


def test_a_target_for_the_year_set_in_a_review_of_its_first_quarter_is_a_task():
    head = (
        "Sông Mây: quý I gieo trồng hơn 6.000 ha\n"
        "Ngày 5/4/2023, UBND huyện Sông Mây tổ chức hội nghị đánh giá kết quả quý I năm 2023.\n"
    )
    items = _items(
        "Quý I năm 2023, toàn huyện gieo trồng hơn 6.000 ha cây vụ Đông Xuân, đạt 101% kế hoạch.\n"
        "Năm 2023, huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới.\n",
        head=head,
    )
    assert "6.000 ha" in joined(items["achievements"])
    assert "thêm 2 xã" in joined(items["next_tasks"]) and "thêm 2 xã" not in joined(items["achievements"])
