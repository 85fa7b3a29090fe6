"""Kinds of real text met in held-out sets 40-41 (district reviews of a month or a quarter, the Front's, the
veterans' and the youth's year reviews, a ceremony of party badges), written as synthetic sentences."""

from datetime import date

from summarizer.text import find_figures
from summarizer.units import find_unit
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
    # the gazetteer's source types a few communes against their names ("Phường Việt Hòa" typed "Xã"); the
    # shipped data takes the level the name writes, so the text's "phường Việt Hòa" is found, and a "xã" of
    # that name is not
    ward = find_unit("Sáng 15/12/2025, UBND phường Việt Hòa tổ chức hội nghị tổng kết năm 2025.", None, date(2025, 12, 15))
    assert (ward.name, ward.level, ward.province) == ("Việt Hòa", "phường", "Hải Phòng")
    commune = find_unit("Sáng 15/12/2025, UBND xã Vĩnh Hòa tổ chức hội nghị tổng kết năm 2025.", None, date(2025, 12, 15))
    assert (commune.name, commune.level) == ("Vĩnh Hòa", "xã")


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
    "Ngày 8-4, Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV tổ chức Hội nghị lần thứ sáu bàn hai nội dung "
    "lớn, gồm: Kết quả phát triển kinh tế - xã hội quý I, nhiệm vụ chủ yếu 9 tháng còn lại "
    "năm 2022; công tác xây dựng Đảng quý I, nhiệm vụ, giải pháp 9 tháng còn lại năm 2022.\n"
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


def test_a_headline_under_a_date_line_that_names_the_review_is_no_result():
    text = (
        "Thứ 4 Ngày 06/11/2019\n"
        "Huyện Ủy Kim Bảng đánh giá kết quả công tác tháng 10.\n"
        "Huyện Ủy Kim Bảng tổ chức hội nghị đánh giá kết quả công tác tháng 10; triển khai nhiệm vụ tháng 11/2019.\n"
        "Tháng 10/2019, thu ngân sách trên địa bàn huyện đạt 210 tỷ đồng, bằng 91% kế hoạch năm."
    )
    got = quotes_by_category(text)
    assert "đánh giá kết quả công tác tháng 10." not in joined(got["achievements"])
    assert "210 tỷ đồng" in joined(got["achievements"])


def test_a_hardship_told_after_however_is_a_shortcoming_and_a_cut_concession_says_nothing():
    text = (
        "Chiều 27/4, UBND huyện Lâm Hà tổ chức hội nghị đánh giá tình hình kinh tế - xã hội tháng 4/2020.\n"
        "Trong tháng 4/2020, công tác phòng chống dịch được chỉ đạo quyết liệt. Tuy nhiên, dịch bệnh đã ảnh hưởng "
        "đến hoạt động sản xuất, kinh doanh của địa phương. Thu ngân sách lũy kế đạt 140 tỷ đồng.\n"
        "Bên cạnh những khó khăn do ảnh hưởng của dịch bệnh, ngành chăn nuôi gia"
    )
    got = quotes_by_category(text)
    assert "ảnh hưởng đến hoạt động sản xuất" in joined(got["shortcomings"])
    assert "ảnh hưởng đến hoạt động sản xuất" not in joined(got["achievements"])
    assert "ngành chăn nuôi" not in joined(got["shortcomings"] + got["achievements"])
    # a contrast that turns back to results stays a result
    text2 = text.replace("Tuy nhiên, dịch bệnh đã ảnh hưởng", "Tuy nhiên, với sự vào cuộc của các ngành, dịch bệnh không ảnh hưởng")
    assert "không ảnh hưởng" in joined(quotes_by_category(text2)["achievements"])


def test_the_next_entry_of_a_series_of_figures_goes_on_with_it():
    text = (
        "Ngày 10/5, UBND thị xã tổ chức họp đánh giá tình hình kinh tế - xã hội tháng 4/2022.\n"
        "Đến nay, tỷ lệ tiêm vắc xin cho người từ 18 tuổi trở lên mũi 3 là 97,5%; mũi 4 là 18,4%. Thu ngân sách đạt 60 tỷ đồng."
    )
    got = quotes_by_category(text)
    assert "mũi 3 là 97,5%; mũi 4 là 18,4%" in joined(got["achievements"])
    assert "Mũi 4 là 18,4%" not in got["achievements"]


def test_a_headline_rounding_a_figure_the_body_gives_is_said_already():
    text = (
        "Một xã ở Hà Nội thu ngân sách đạt gần 400% dự toán\n"
        "Ngày 9/12, HĐND xã Phúc Lâm khóa I tổ chức kỳ họp thường lệ cuối năm 2025.\n"
        "Trong năm 2025, thu ngân sách của xã Phúc Lâm đạt 24,5 tỷ đồng, bằng 392% dự toán.\n"
        "Tuyến đường liên xã qua thôn Đông Lâm.\n"
        "Các điểm nghẽn về đất đai đã được tập trung tháo gỡ."
    )
    got = quotes_by_category(text)
    assert "gần 400% dự toán" not in joined(got["achievements"])
    assert "392% dự toán" in joined(got["achievements"])
    assert "Tuyến đường liên xã qua thôn Đông Lâm" not in joined(got["achievements"])  # a photo's caption
    assert "điểm nghẽn về đất đai" in joined(got["achievements"])


def test_the_stage_a_crop_is_at_goes_on_with_the_crop():
    text = (
        "Ngày 6/2, UBND xã Long Phú tổ chức họp đánh giá tình hình kinh tế - xã hội tháng 01 năm 2026.\n"
        "Lĩnh vực kinh tế: vụ lúa đông xuân gieo sạ 5.120ha, đạt 100% kế hoạch; lúa đang giai đoạn đẻ nhánh - làm đòng; "
        "tiếp tục tuyên truyền chống khai thác hải sản bất hợp pháp."
    )
    got = quotes_by_category(text)
    assert "5.120ha, đạt 100% kế hoạch; lúa đang giai đoạn đẻ nhánh - làm đòng" in joined(got["achievements"])
    assert "Lúa đang giai đoạn đẻ nhánh - làm đòng" not in got["achievements"]


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


def test_the_deeds_the_delegates_views_centre_on_are_tasks():
    text = (
        "Ngày 20/1, Đoàn phường Tân Phong tổ chức hội nghị tổng kết công tác Đoàn năm 2025.\n"
        "Hội nghị ghi nhận 4 ý kiến đóng góp của đại biểu tập trung vào nâng cao chất lượng sinh hoạt chi đoàn, phát huy "
        "vai trò của đoàn viên trong chuyển đổi số."
    )
    got = quotes_by_category(text)
    assert "nâng cao chất lượng sinh hoạt chi đoàn" in joined(got["next_tasks"])
    assert "chuyển đổi số" in joined(got["next_tasks"])
