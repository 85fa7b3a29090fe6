"""Issue 12, held-out set 25 (district monthly and quarterly meetings, tuned by 12-tune-25): kinds of
sentence the engine misread on real articles it was not tuned on, each with synthetic sentences."""

from tests.kinds import joined, quotes_by_category, report_of


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


def test_an_exception_that_fell_for_a_cause_is_a_shortcoming_of_its_own():
    got = quotes_by_category(
        "UBND huyện Tân Phong họp thường kỳ tháng 6\n"
        "Chiều 18/6, UBND huyện Tân Phong họp phiên thường kỳ tháng 6.\n"
        "Trong 6 tháng đầu năm, trồng trọt đạt khá, chăn nuôi gia cầm được duy trì, riêng đàn bò giảm "
        "trên 1.200 con do bệnh viêm da nổi cục. Thu ngân sách đạt 65% dự toán.\n",
        "tan-phong.txt",
    )
    assert "riêng đàn bò giảm trên 1.200 con do bệnh viêm da nổi cục" in joined(got["shortcomings"])
    achieved = joined(got["achievements"])
    assert "chăn nuôi gia cầm được duy trì" in achieved
    assert "viêm da" not in achieved


def test_a_headline_repeated_under_the_photo_is_no_result():
    got = quotes_by_category(
        "Thứ 2, 26/9/2022 | 16:05\n\n"
        "UBND huyện Tân Phong họp lệ tháng 9 năm 2022\n\n"
        "Chiều ngày 26/9/2022, UBND huyện Tân Phong tổ chức họp lệ tháng 9 năm 2022. Chủ tịch UBND huyện "
        "chủ trì hội nghị.\n\n"
        "UBND huyện Tân Phong họp lệ tháng 9 năm 2022\n\n"
        "Trong tháng 9/2022, thu ngân sách huyện đạt 312 tỷ đồng, đạt 80% dự toán.\n",
        "tan-phong-9.txt",
    )
    assert "họp lệ" not in joined(got["achievements"])
    assert "312 tỷ đồng" in joined(got["achievements"])


def test_investors_and_children_are_counted_as_written():
    report = report_of(
        "UBND huyện Tân Phong họp lệ tháng 8\n"
        "Chiều 25/8/2022, UBND huyện Tân Phong tổ chức họp lệ tháng 8.\n"
        "Cụm công nghiệp Tân Phong tiếp nhận mới 03 nhà đầu tư với diện tích 4,5ha. "
        "UBND huyện tặng quà cho 640 trẻ em với tổng kinh phí 190 triệu đồng.\n",
        "tan-phong-8.txt",
    )
    figures = {(m.value, m.unit) for _, item in report.items() for m in item.metrics}
    assert (3.0, "nhà đầu tư") in figures
    assert (640.0, "trẻ em") in figures
    assert (3.0, "nhà") not in figures


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


def test_the_total_so_far_goes_on_with_the_matter_before_it():
    got = quotes_by_category(
        "UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 10\n"
        "Chiều 27/10/2022, UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 10.\n"
        "Công tác tiêm vaccine phòng bệnh dại cho đàn chó được thực hiện đầy đủ; đến nay thị xã Hòa Lạc "
        "đã tiêm 12.300 liều cho đàn vật nuôi.\n",
        "hoa-lac-10.txt",
    )
    assert any("được thực hiện đầy đủ" in q and "12.300 liều" in q for q in got["achievements"])
