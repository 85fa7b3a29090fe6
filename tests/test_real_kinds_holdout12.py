"""Issue 12, fresh held-out set 12 (district UBND monthly and quarterly reviews, 2019–mid 2025): kinds
of sentence the engine misread on real articles it was not tuned on, each with a synthetic sentence of
its own."""

from tests.kinds import joined, quotes_by_category, report_of

HEAD = (
    "Huyện Sơn Hà họp thường kỳ tháng 5\n"
    "Ngày 3-6-2022, UBND huyện Sơn Hà tổ chức phiên họp thường kỳ tháng 5 năm 2022.\n"
)


def _items(body: str, head: str = HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "son-ha.txt")


def test_an_application_named_by_đề_nghị_is_no_request():
    # "hồ sơ đề nghị", "trường hợp đề nghị": the document or case applied for, in a sentence of results
    items = _items(
        "Trong tháng 5, huyện đã thu hoạch xong 4.200 ha lúa chiêm, hoàn thiện hồ sơ đề nghị tỉnh công nhận 3 xã "
        "đạt chuẩn nông thôn mới.\n"
        "Thu ngân sách trên địa bàn đạt 12 tỷ đồng, tăng 8% so với cùng kỳ. Phòng Lao động đã tiếp nhận 46 trường hợp "
        "đề nghị hỗ trợ học nghề.\n"
    )
    results = joined(items["achievements"])
    assert "4.200 ha" in results and "12 tỷ đồng" in results and "46 trường hợp" in results
    assert items["next_tasks"] == []


def test_a_lead_since_the_start_of_the_year_reports_what_was_done():
    items = _items(
        "Từ đầu năm đến nay, UBND huyện đã tập trung chỉ đạo các nhiệm vụ trọng tâm theo nghị quyết của Huyện ủy. "
        "Công tác cải cách hành chính được đẩy mạnh, huyện đã cập nhật 210/210 thủ tục hành chính lên cổng dịch vụ công.\n"
    )
    assert "210/210" in joined(items["achievements"])
    assert "210/210" not in joined(items["next_tasks"])


# The lead of the news item: the tasks the chair set, named as tasks only by its last sentence.
NAMED_LATE = (
    "Đẩy nhanh tiến độ gieo cấy lúa mùa. Chuẩn bị chu đáo các điều kiện cho năm học mới. Tăng cường tuần tra, "
    "kiểm soát nạn khai thác cát trái phép là những nhiệm vụ trọng tâm trong tháng 6 được Chủ tịch UBND huyện "
    "giao cho các phòng, ngành tại phiên họp.\n"
)


def test_a_list_named_as_tasks_only_at_its_end_is_a_list_of_tasks():
    items = _items(NAMED_LATE + "Trong tháng 5, toàn huyện thu ngân sách được 9,5 tỷ đồng, đạt 48% dự toán.\n")
    tasks = joined(items["next_tasks"])
    assert "gieo cấy lúa mùa" in tasks and "năm học mới" in tasks and "khai thác cát trái phép" in tasks
    assert "là những nhiệm vụ" not in tasks
    assert "9,5 tỷ đồng" in joined(items["achievements"])
    assert "lúa mùa" not in joined(items["achievements"])


def test_who_attended_a_họp_and_a_giao_ban_headline_are_no_items():
    head = (
        "Ủy ban nhân dân huyện họp giao ban tháng 5, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - "
        "xã hội năm 2022.\n"
    )
    items = _items(
        "Dự họp có các đồng chí Thường trực HĐND huyện; lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện.\n"
        "Giá trị sản xuất công nghiệp ước đạt 310 tỷ đồng, tăng 6,5% so với cùng kỳ.\n",
        head,
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "310 tỷ đồng" in said
    assert "Dự họp" not in said and "phòng, ban chuyên môn" not in said and "họp giao ban" not in said


def test_each_part_of_a_semicolon_list_of_results_falls_short_on_its_own():
    items = _items(
        "Thu ngân sách trên địa bàn đạt 52% dự toán; giải ngân vốn đầu tư công còn chậm; tình trạng lấn chiếm "
        "hành lang giao thông ở một số xã.\n"
    )
    assert "52% dự toán" in joined(items["achievements"])
    short = joined(items["shortcomings"])
    assert "52%" not in short and "còn chậm" in short and "lấn chiếm" in short


def test_a_concession_then_a_list_of_indicators_met_missed_and_aimed_at():
    items = _items(
        "Trong quý I, mặc dù gặp nhiều khó khăn, nhưng huyện có 05 chỉ tiêu đạt và vượt kế hoạch; 04 chỉ tiêu đạt "
        "dưới 30% kế hoạch; phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới.\n"
    )
    results, short = joined(items["achievements"]), joined(items["shortcomings"])
    assert "05 chỉ tiêu đạt và vượt" in results and "05 chỉ tiêu" not in short
    assert "04 chỉ tiêu đạt dưới 30%" in short and "04 chỉ tiêu" not in results
    assert "có thêm 3 xã" in joined(items["next_tasks"]) and "3 xã" not in results


def test_directing_the_tasks_in_general_is_no_result_but_directing_a_matter_is():
    items = _items(
        "Trong tháng 5, UBND huyện đã tập trung chỉ đạo quyết liệt các nhiệm vụ phát triển kinh tế - xã hội trên địa bàn. "
        "UBND huyện đã tập trung chỉ đạo công tác phòng trừ sâu bệnh trên lúa chiêm xuân. Toàn huyện gieo cấy 3.100 ha "
        "lúa mùa, đạt 101% kế hoạch.\n"
    )
    said = joined(q for qs in items.values() for q in qs)
    assert "các nhiệm vụ phát triển kinh tế" not in said
    results = joined(items["achievements"])
    assert "phòng trừ sâu bệnh" in results and "3.100 ha" in results


def test_visitors_are_counted_as_written():
    report = report_of(HEAD + "Trong quý I, huyện đón gần 18.000 lượt du khách đến tham quan các điểm du lịch.\n")
    figures = [(m.value, m.unit) for _, i in report.items() for m in i.metrics]
    assert (18000, "lượt du khách") in figures


def test_a_sentence_that_opens_on_a_list_of_subjects_is_one_item():
    items = _items(
        "Công tác y tế, dân số; chăm sóc sức khỏe bà mẹ và trẻ em cơ bản đảm bảo theo kế hoạch.\n"
        "Những hạn chế: Công tác quy hoạch còn chậm; quản lý đất đai; vệ sinh môi trường nông thôn.\n"
    )
    assert "Công tác y tế, dân số; chăm sóc sức khỏe" in joined(items["achievements"])
    assert "Công tác y tế, dân số" not in items["achievements"]
    assert len(items["shortcomings"]) == 3  # after a lead, each bare matter is an item of its own


def test_a_paragraph_that_reports_then_names_tasks_keeps_its_results():
    items = _items(
        "Trong tháng 5, huyện đã gieo cấy 2.800 ha lúa mùa. Đẩy mạnh chuyển đổi cơ cấu cây trồng là những nhiệm vụ "
        "trọng tâm trong tháng 6.\n"
    )
    assert "2.800 ha" in joined(items["achievements"])


def test_a_page_date_before_its_view_counter_is_not_the_meeting_date():
    report = report_of(
        "Thành phố Hòa An tập trung chống hạn\n"
        "Ngày 20-03-2022 - Lượt xem: 120\n"
        "UBND thành phố Hòa An họp đánh giá tình hình thực hiện nhiệm vụ tháng 2; cuộc họp được tổ chức vào ngày "
        "15 tháng 3 năm 2022.\n"
    )
    assert str(report.meeting_date) == "2022-03-15"


def test_a_sentence_that_only_labels_the_tasks_before_it_is_no_task():
    body = (
        "Hai nhiệm vụ trọng tâm của huyện trong tháng 6 là đẩy nhanh tiến độ thu hoạch lúa chiêm và phòng chống hạn "
        "hán. Đó là nhiệm vụ mà huyện đã thống nhất tại cuộc họp giao ban tháng 5.\n"
    )
    by_category = _items(body)
    assert "thu hoạch lúa chiêm" in joined(by_category["next_tasks"])
    assert all("Đó là nhiệm vụ" not in q for qs in by_category.values() for q in qs)
