"""Issue 12, held-out set 19 (district reviews 2019 to mid-2025): kinds of sentence the engine missed as
tasks on real articles it was not tuned on, each with a synthetic text of its own."""

from tests.kinds import all_quotes, joined, quotes_by_category, report_of


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


def test_how_long_the_session_ran_is_no_result_and_no_figure():
    report = report_of(
        "date 2024-12 Kỳ họp diễn ra trong 3 ngày (18, 19 và 20-12). Các đại biểu đã nghe báo cáo của UBND huyện.\n"
        "Năm 2024, tổng giá trị sản xuất của huyện Tân Lập tăng 9,1% so với năm 2023; thu ngân sách đạt 210 tỷ đồng.\n"
    )
    assert "diễn ra trong 3 ngày" not in all_quotes(report)
    assert all(m.unit != "ngày" for _, item in report.items() for m in item.metrics)
    assert "210 tỷ đồng" in joined(report.achievements)


def test_the_hectare_a_yield_value_is_per_is_no_area_reported():
    report = report_of(
        "Huyện Tân Lập tổng kết năm 2023\n"
        "Năm 2023, sản lượng lúa đạt 52.000 tấn; giá trị sản xuất trên 1 ha đất canh tác đạt 150 triệu đồng; "
        "trồng mới 320 ha rừng.\n"
    )
    figures = [(m.value, m.unit) for _, item in report.items() for m in item.metrics]
    assert (150.0, "triệu đồng") in figures and (320.0, "ha") in figures
    assert (1.0, "ha") not in figures


def test_matters_the_delegates_gave_views_on_that_fell_short_are_shortcomings():
    items = quotes_by_category(
        "Huyện ủy Tân Lập tổng kết năm 2023\n"
        "Năm 2023, thu ngân sách trên địa bàn huyện đạt 310 tỷ đồng, vượt 8% dự toán.\n\n"
        "Tại hội nghị, các đại biểu cũng cho ý kiến về tiến độ bồi thường giải phóng mặt bằng còn chậm; "
        "việc thu gom rác thải ở các thôn chưa kịp thời.\n"
    )
    short = joined(items["shortcomings"])
    assert "bồi thường giải phóng mặt bằng còn chậm" in short and "thu gom rác thải" in short
