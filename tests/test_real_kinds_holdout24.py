"""Issue 12, held-out set 24 (communes and wards after July 2025, tuned by 12-tune-24): kinds of
sentence the engine misread on real articles it was not tuned on, each with synthetic sentences."""

from tests.kinds import joined, quotes_by_category, report_of


def test_a_harm_told_to_still_happen_is_a_shortcoming_not_a_result():
    # "… còn xảy ra" at the end of a sentence: the matters named before it still happen.
    got = quotes_by_category(
        "Chiều 5/2/2026, UBND xã Bình Lâm tổ chức họp thường kỳ tháng 01/2026.\n"
        "Trong tháng, xã gieo sạ 1.250 ha lúa vụ Đông Xuân, đạt 100% kế hoạch. "
        "Tình trạng đổ rác thải ra kênh rạch, họp chợ tự phát lấn chiếm lòng đường còn xảy ra.\n",
        "binh-lam-ubnd.txt",
    )
    assert "họp chợ tự phát lấn chiếm lòng đường" in joined(got["shortcomings"])
    assert "lấn chiếm" not in joined(got["achievements"])
    assert "1.250 ha lúa" in joined(got["achievements"])


def test_a_harm_that_no_longer_happens_is_no_shortcoming():
    got = quotes_by_category(
        "Chiều 5/2/2026, UBND xã Bình Lâm tổ chức họp thường kỳ tháng 01/2026.\n"
        "Trong tháng, xã ra quân giải tỏa các điểm họp chợ tự phát, tình trạng lấn chiếm lòng đường không còn xảy ra.\n",
        "binh-lam-ubnd.txt",
    )
    assert got["shortcomings"] == []
    assert "không còn xảy ra" in joined(got["achievements"])


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


def test_money_in_short_forms_parks_listeners_and_meetings_counted_as_written():
    report = report_of(
        "Năm 2025, Ủy ban MTTQ xã Bình Lâm đã vận động xây mới 12 nhà đại đoàn kết trị giá 1.250.000.000đ, "
        "sửa chữa 8 nhà với tổng giá trị 320tr đồng; phối hợp xây dựng 2 công viên cây xanh.\n"
        "Mặt trận đã phối hợp tuyên truyền được 86 cuộc với 7.412 lượt người nghe; "
        "phối hợp tổ chức 3 cuộc hội nghị tiếp xúc cử tri.\n",
        "binh-lam-mttq.txt",
    )
    figures = {(m.value, m.unit) for _, item in report.items() for m in item.metrics}
    assert (1250000000, "đ") in figures
    assert (320, "tr đồng") in figures
    assert (2, "công viên") in figures
    assert (7412, "lượt người nghe") in figures
    assert (3, "cuộc hội nghị") in figures


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
