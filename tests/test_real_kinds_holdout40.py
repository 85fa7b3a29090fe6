"""Kinds of real text met in held-out sets 40-41 (district reviews of a month or a quarter, the Front's, the
veterans' and the youth's year reviews, a ceremony of party badges), written as synthetic sentences."""

from summarizer.gazetteer import _named_level
from summarizer.text import find_figures
from tests.kinds import joined, quotes_by_category, report_of

MONTH_10 = "Chiều 4/11, UBND huyện Tân Lạc tổ chức họp thường kỳ tháng 10 và bàn giải pháp những tháng cuối năm 2023.\n"


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


def test_a_members_title_names_no_body_that_met():
    # "…, Thành ủy viên, Bí thư Đảng ủy …": no city committee met; the unit is the ward the text names
    text = (
        "Hội Nông dân phường Cẩm Thượng tổng kết công tác năm 2024\n"
        "Chiều ngày 16/12/2024, Hội Nông dân phường Cẩm Thượng tổ chức tổng kết công tác năm 2024.\n"
        "Dự hội nghị có đồng chí Lê Văn Tùng, Thành ủy viên, Bí thư Đảng ủy phường.\n"
        "Năm 2024, Hội vận động hội viên xây dựng 12 mô hình kinh tế; phối hợp Công an phường tuần tra đêm."
    )
    report = report_of(text)
    assert report.organ != "Thành ủy"
    assert report.unit.name == "Cẩm Thượng" and report.unit.level == "phường"


def test_a_communes_level_is_the_one_its_full_name_writes():
    # the gazetteer's source types a few communes against their names ("Phường Việt Hòa" typed "Xã")
    assert _named_level("Phường Việt Hòa", "Xã") == "Phường"
    assert _named_level("Thị trấn Ngọc Lặc", "Xã") == "Thị trấn"
    assert _named_level("Xã Vĩnh Hòa", "Phường") == "Xã"
    assert _named_level(None, "Xã") == "Xã"


def test_a_share_written_with_a_decimal_point_is_a_decimal():
    # "86.6%": one digit after a dot is never a group of thousands, and a share is never in thousands
    assert [(f.value, f.unit) for f in find_figures("tỷ lệ hộ đạt chuẩn văn hóa đạt 91.4%")] == [(91.4, "%")]
    assert [(f.value, f.unit) for f in find_figures("tỷ lệ tham gia bảo hiểm y tế đạt 95.25 %")] == [(95.25, "%")]
    assert [(f.value, f.unit) for f in find_figures("thu 1.066 tỷ đồng")] == [(1066.0, "tỷ đồng")]


def test_the_party_badges_a_ceremony_hands_out_are_its_business():
    text = (
        "Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng và hội nghị sơ kết công tác 9 tháng đầu năm 2025.\n"
        "Chiều 25/9/2025, Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng gắn với hội nghị sơ kết công tác 9 tháng "
        "đầu năm 2025.\n"
        "Đợt này, Đảng bộ xã vinh dự có 21 đảng viên được trao tặng Huy hiệu Đảng. Trong đó, có 3 đồng chí nhận Huy "
        "hiệu 55 năm tuổi Đảng; 6 đồng chí nhận Huy hiệu 40 năm tuổi Đảng; và 12 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.\n"
        "Trong 9 tháng, Đảng bộ đã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu; trao huy hiệu Đảng cho 8 đảng viên."
    )
    got = quotes_by_category(text)
    assert "Huy hiệu 55 năm" not in joined(got["achievements"])
    assert "21 đảng viên được trao tặng" not in joined(got["achievements"])
    # a badge listed among the deeds of the period, after a ';', is a result
    assert "trao huy hiệu Đảng cho 8 đảng viên" in joined(got["achievements"])


AGENDA = (
    "Ngày 8-4, Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV tổ chức Hội nghị lần thứ sáu để thảo luận hai nội dung "
    "chính, gồm: Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I, nhiệm vụ trọng tâm 9 tháng còn lại "
    "năm 2022; công tác xây dựng Đảng quý I, phương hướng, nhiệm vụ 9 tháng còn lại năm 2022.\n"
    "Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV, nhiệm kỳ 2020 - 2025.\n"
    "Trong quý I, tổng thu ngân sách trên địa bàn quận ước đạt 2.150 tỷ đồng, tăng 12% so với cùng kỳ.\n"
)


def test_the_reports_a_meeting_took_up_listed_after_its_colon_are_its_agenda():
    got = quotes_by_category(AGENDA)
    assert "2.150 tỷ đồng" in joined(got["achievements"])
    assert "Kết quả thực hiện nhiệm vụ" not in joined(got["achievements"])
    assert "công tác xây dựng Đảng quý I" not in joined(got["achievements"])


def test_a_caption_that_is_the_meetings_full_name_is_no_result():
    assert "Hội nghị lần thứ sáu Ban Chấp hành" not in joined(quotes_by_category(AGENDA)["achievements"])
