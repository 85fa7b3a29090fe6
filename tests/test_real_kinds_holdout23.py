"""Issue 12, held-out set 23 (districts 2019 – June 2025, tuned by 12-tune-23): kinds of sentence and
figure the engine misread on real articles it was not tuned on, each with synthetic sentences."""

from summarizer.text import find_figures
from tests.kinds import all_quotes, joined, quotes_by_category, report_of


def test_a_tally_of_targets_whose_last_count_fell_short_keeps_the_counts_reached_as_results():
    # "…; …, huyện đã vượt 07 chỉ tiêu, 25 chỉ tiêu đạt, 8 chỉ tiêu không đạt": the counts reached are
    # achievements, only the last count a shortcoming.
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Lạc lần thứ 12\n"
        "Năm 2021, Đảng bộ huyện Yên Lạc lãnh đạo thực hiện nhiệm vụ chính trị đạt nhiều kết quả. "
        "Đánh giá các chỉ tiêu về phát triển kinh tế; văn hóa - xã hội và quốc phòng, an ninh năm 2021, "
        "huyện đã thực hiện vượt kế hoạch 07 chỉ tiêu, 25 chỉ tiêu đạt, 8 chỉ tiêu không đạt.\n",
        "yen-lac.txt",
    )
    achieved = joined(got["achievements"])
    assert "vượt kế hoạch 07 chỉ tiêu" in achieved and "25 chỉ tiêu đạt" in achieved
    assert "8 chỉ tiêu không đạt" in joined(got["shortcomings"])
    assert "8 chỉ tiêu không đạt" not in achieved


def test_when_the_session_is_to_close_is_no_task():
    got = quotes_by_category(
        "Khai mạc kỳ họp thứ 6 HĐND huyện Yên Lạc\n"
        "Sáng 10/7, HĐND huyện Yên Lạc khai mạc kỳ họp thứ 6, khóa XX.\n"
        "Trong 6 tháng đầu năm 2021, thu ngân sách trên địa bàn đạt 120 tỷ đồng, bằng 61% dự toán.\n"
        "Kỳ họp sẽ thảo luận, thông qua 08 nghị quyết. Dự kiến kỳ họp sẽ bế mạc vào ngày 12/7/2021.\n",
        "yen-lac-hdnd.txt",
    )
    assert "bế mạc" not in joined(got["next_tasks"]) + joined(got["achievements"])


def test_inspections_and_communes_counted_with_their_noun_of_two_words():
    figures = {(f.value, f.unit) for f in find_figures(
        "Ban Thường vụ đã tiến hành 6 cuộc kiểm tra, 3 cuộc giám sát; chuẩn bị cho 4 đơn vị cấp xã mới hoạt động"
    )}
    assert {(6, "cuộc kiểm tra"), (3, "cuộc giám sát"), (4, "đơn vị cấp xã")} <= figures
    assert not any(unit in ("cuộc", "đơn") for _, unit in figures)


def test_a_paragraph_on_the_provinces_own_figures_is_no_result_of_the_district():
    # The article turns to the city's figures, its name the subject after what frames the sentence.
    report = report_of(
        "Quận Cầu Giấy thu ngân sách 9 tháng đạt 9.800 tỷ đồng\n"
        "Chiều 5/10, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức Hội nghị lần thứ 20 đánh giá kết quả "
        "công tác 9 tháng đầu năm 2024.\n"
        "Theo báo cáo, 9 tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn quận Cầu Giấy đạt 9.800 tỷ "
        "đồng, bằng 81,2% dự toán Thành phố giao.\n"
        "Cũng theo thống kê về thu hút đầu tư của cả nước, 9 tháng năm 2024, Hà Nội tiếp tục đứng thứ hai "
        "với 2.150 triệu USD, tăng 17,4% so với cùng kỳ. Trong đó, vốn đăng ký mới 640 triệu USD, bằng 85,3% "
        "so với cùng kỳ.\n",
        "cau-giay.txt",
    )
    assert report.unit.province == "Hà Nội"
    quoted = all_quotes(report)
    assert "9.800 tỷ" in quoted
    assert "2.150 triệu USD" not in quoted and "640 triệu USD" not in quoted
    values = {m.value for _, i in report.items() for m in i.metrics}
    assert 2150 not in values and 640 not in values


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


def test_a_table_of_indicator_names_pasted_on_one_line_is_one_item_not_one_a_cell():
    # The cells are names with capitals, separated by semicolons; a prose list ("…như: a; b; c") stays a list.
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Lạc lần thứ 14\n"
        "Năm 2022, huyện Yên Lạc đạt và vượt 20/24 chỉ tiêu. Cụ thể các chỉ tiêu vượt kế hoạch như: "
        "giá trị sản xuất nông nghiệp; công tác trồng rừng; thành lập hợp tác xã mới.\n"
        "Các chỉ tiêu đạt kế hoạch gồm: Tỷ lệ che phủ rừng; Thu ngân sách trên địa bàn; Tỷ lệ hộ nghèo; "
        "Tỷ lệ tham gia bảo hiểm y tế; Trường đạt chuẩn quốc gia; Thôn văn hóa; Gia đình văn hóa; "
        "Tuyển quân.\n",
        "yen-lac-bch.txt",
    )
    achieved = got["achievements"]
    assert "công tác trồng rừng" in achieved and "thành lập hợp tác xã mới." in achieved
    table = [q for q in achieved if "Tỷ lệ che phủ rừng" in q]
    assert len(table) == 1 and "Tuyển quân" in table[0] and "Thôn văn hóa" in table[0]
    assert "Thu ngân sách trên địa bàn" not in achieved


def test_a_list_of_tasks_written_with_capitals_stays_one_task_a_cell():
    got = quotes_by_category(
        "UBND huyện Yên Lạc triển khai nhiệm vụ tháng 5/2024\n"
        "Chiều 29/4, UBND huyện Yên Lạc họp thường kỳ tháng 4.\n"
        "Trong tháng 4/2024, tổng thu ngân sách trên địa bàn đạt 35 tỷ đồng.\n"
        "Nhiệm vụ tháng 5/2024: Đẩy nhanh giải ngân vốn đầu tư công; Thu ngân sách; Phòng chống dịch bệnh; "
        "Chăm sóc lúa chiêm xuân; Phòng cháy rừng; Tuyển sinh đầu cấp.\n",
        "yen-lac-ubnd-5.txt",
    )
    assert len(got["next_tasks"]) == 6
