"""Issue 12, what a fresh held-out set of district articles (2019 to mid 2025) showed: units of their
date, lists of communes, crop seasons, meeting business, captions, lists that share a predicate,
tasks detailed after "Trong đó", aims inside results, compound sums. Every sentence is synthetic."""

from datetime import date

from summarizer import periods
from summarizer.text import find_figures
from summarizer.units import find_unit
from tests.kinds import quotes as _quotes, report_of as _report


# --- units -----------------------------------------------------------------------------------

def test_a_district_article_that_names_only_its_communes_is_the_districts():
    # No organ in the opening; "Huyện ủy", "UBND huyện" later say the unit is a district, and the
    # district is the one of its communes (Kim Lư is a commune of Na Rì only): not the commune itself.
    text = (
        "Sáu tháng đầu năm, sản xuất nông nghiệp của huyện cơ bản đạt kế hoạch.\n"
        "Đến nay xã Kim Lư đạt chuẩn nông thôn mới nâng cao.\n"
        "UBND huyện báo cáo với Hội nghị về tiến độ các chương trình; Huyện ủy chỉ đạo tiếp tục giảm nghèo.\n"
    )
    unit = find_unit(text)
    assert (unit.name, unit.level, unit.province) == ("Na Rì", "huyện", "Bắc Kạn")


def test_a_ward_of_a_town_merged_away_later_names_the_town_of_the_article_date():
    # Phường Nghi Hòa was in thị xã Cửa Lò until Cửa Lò joined thành phố Vinh at the end of 2024.
    text = "Sáng 10/9, UBND thị xã họp giao ban tháng 8. Thị xã đã diễn tập phòng thủ tại phường Nghi Hòa."
    unit = find_unit(text, "thị xã", date(2019, 9, 10))
    assert (unit.name, unit.level, unit.province) == ("Cửa Lò", "thị xã", "Nghệ An")
    # The organ's level decides between the two; none of that level: no guess.
    assert find_unit(text.replace("thị xã", "thành phố"), "thành phố", date(2019, 9, 10)).name == "Vinh"
    assert find_unit(text.replace("thị xã", "huyện"), "huyện", date(2019, 9, 10)).name is None


def test_communes_listed_after_a_plural_level_word_name_their_district():
    text = (
        "Ngày 25/4/2024, UBND thị xã họp phiên thường kỳ tháng 4. Các đại biểu nêu tình trạng ô nhiễm "
        "nguồn nước tại các xã như: Hà Mãn, Xuân Lâm và Song Liễu."
    )
    unit = find_unit(text, "thị xã", date(2024, 4, 25))
    assert (unit.name, unit.level, unit.province) == ("Thuận Thành", "thị xã", "Bắc Ninh")


# --- periods ---------------------------------------------------------------------------------

def test_the_year_of_a_crop_season_is_not_the_period_reviewed():
    text = "UBND huyện họp phiên thường kỳ tháng 4/2024. Phiên họp nghe báo cáo sơ kết sản xuất vụ xuân năm 2024."
    period, _ = periods.resolve(text)
    assert (period.kind, period.year, period.month) == ("month", 2024, 4)


# --- meeting business and captions -----------------------------------------------------------

def test_attendance_awards_at_the_meeting_and_what_it_heard_or_studied_are_not_results():
    report = _report(
        "Sáng 10/10, UBND huyện họp phiên thường kỳ tháng 9.\n"
        "Đại diện các phòng, ban, ngành huyện và lãnh đạo 9 xã tham dự.\n"
        "Tại hội nghị, lãnh đạo huyện trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí: Lò Văn Khánh, Chi bộ thôn Nà Phai; "
        "Vàng Thị Mỷ, Chi bộ thôn Khuổi Lừa.\n"
        "Tại phiên họp, các đại biểu đã nghe và tham gia ý kiến vào 3 nội dung báo cáo như: Chuyển đổi số, "
        "Phòng chống thiên tai, Kế hoạch vụ mùa.\n"
        "Phòng Nông nghiệp báo cáo với Hội nghị về tiến độ các dự án thủy lợi; báo cáo tình hình dư luận xã hội.\n"
        "Tại hội nghị, Huyện ủy quán triệt Chỉ thị số 12-CT/HU về đại hội chi bộ.\n"
        "Trong tháng 9, thu ngân sách trên địa bàn đạt 5,6 tỷ đồng.\n"
    )
    quotes = " | ".join(_quotes(report.achievements))
    assert "5,6 tỷ đồng" in quotes
    for meeting in ("tham dự", "Huy hiệu", "Lò Văn Khánh", "Chuyển đổi số", "báo cáo với Hội nghị", "dư luận", "quán triệt"):
        assert meeting not in quotes


def test_a_caption_that_says_it_is_one_and_a_picture_file_name_are_no_items():
    report = _report(
        "UBND huyện họp phiên thường kỳ tháng 8\n"
        "Ngày 3/9, UBND huyện tổ chức phiên họp thường kỳ tháng 8.\n"
        "Ảnh. Chủ tịch UBND huyện phát biểu kết luận cuộc họp\n"
        "Trong tháng 8, toàn huyện trồng mới 120 ha rừng.\n"
        "hinh3\n"
        "Bên cạnh đó vẫn còn một số tồn tại: thu ngân sách đạt thấp; giải ngân vốn đầu tư công còn chậm.\n"
    )
    assert not any("Ảnh" in q or "phát biểu kết luận" in q for q in _quotes(report.achievements))
    assert sorted(_quotes(report.shortcomings)) == ["giải ngân vốn đầu tư công còn chậm.", "thu ngân sách đạt thấp"]


def test_a_meeting_that_discussed_solutions_reports_no_shortcoming():
    report = _report(
        "Sáng 5/6, UBND huyện họp phiên thường kỳ tháng 5.\n"
        "Trong tháng 5, huyện tiêm phòng cho 4.000 con gia súc.\n"
        "Tuy nhiên, một số công trình còn chậm tiến độ. Từ đó bàn giải pháp để hoàn thành trong tháng tới.\n"
    )
    assert _quotes(report.shortcomings) == ["Tuy nhiên, một số công trình còn chậm tiến độ."]


# --- lists and categories --------------------------------------------------------------------

def test_pieces_of_a_list_that_say_nothing_share_what_the_next_piece_says():
    report = _report(
        "Sáng 6/11, UBND huyện họp phiên thường kỳ tháng 10.\n"
        "Tuy vậy, vẫn còn một số tồn tại như: Công tác quản lý đất đai, khoáng sản ở một số xã còn buông lỏng, "
        "việc cấp mới, cấp đổi giấy chứng nhận còn chậm, tiến độ thi công một số trường học chưa đạt.\n"
    )
    assert _quotes(report.shortcomings) == [
        "Công tác quản lý đất đai, khoáng sản ở một số xã còn buông lỏng",
        "việc cấp mới, cấp đổi giấy chứng nhận còn chậm",
        "tiến độ thi công một số trường học chưa đạt.",
    ]


def test_sentences_that_detail_the_tasks_of_the_next_period_are_tasks():
    report = _report(
        "Sáu tháng đầu năm 2023, sản lượng lương thực của huyện đạt 12.400 tấn.\n"
        "Hội nghị thảo luận, đánh giá kết quả đạt được và thống nhất mục tiêu, nhiệm vụ 6 tháng cuối năm 2023. "
        "Trong đó thường xuyên kiểm tra tiến độ các dự án giao thông. Đẩy mạnh chuyển đổi số trong cơ quan nhà nước. "
        "Tăng cường các hoạt động văn hóa, thực hiện tốt công tác giảm nghèo.\n"
    )
    tasks = " | ".join(_quotes(report.next_tasks))
    for task in ("kiểm tra tiến độ", "chuyển đổi số", "giảm nghèo"):
        assert task in tasks
    assert not any("giảm nghèo" in q for q in _quotes(report.achievements))


def test_an_aim_inside_a_sentence_of_results_is_a_task():
    report = _report(
        "Huyện ủy họp đánh giá 9 tháng\n"
        "Chín tháng đầu năm, sản lượng lương thực đạt 9.800 tấn. Bình quân toàn huyện đạt 14,2 tiêu chí/xã, "
        "phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới.\n"
    )
    assert _quotes(report.achievements) == [
        "Chín tháng đầu năm, sản lượng lương thực đạt 9.800 tấn.", "Bình quân toàn huyện đạt 14,2 tiêu chí/xã"
    ]
    assert _quotes(report.next_tasks) == ["phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới."]


# --- figures ---------------------------------------------------------------------------------

def test_a_sum_in_two_multipliers_is_one_figure_and_anniversaries_are_none():
    figures = [(f.value, f.unit) for f in find_figures("Tổng thu ngân sách 412 tỷ 305 triệu đồng, đạt 70,1% kế hoạch.")]
    assert figures == [(412.305, "tỷ đồng"), (70.1, "%")]
    assert find_figures("đảm bảo tiến độ công trình chào mừng 30 năm thành lập huyện") == []
    assert [(f.value, f.unit) for f in find_figures("toàn huyện xây dựng được 46 vườn mẫu")] == [(46, "vườn")]


def test_the_page_date_before_an_excerpt_is_no_part_of_its_first_item():
    report = _report(" date 2024-06 Trong 6 tháng đầu năm, toàn huyện trồng mới 85 ha rừng, đạt 106% kế hoạch.\n")
    item = report.achievements[0]
    assert item.evidence == "Trong 6 tháng đầu năm, toàn huyện trồng mới 85 ha rừng, đạt 106% kế hoạch."
    assert item.summary.startswith("Trong 6 tháng đầu năm")


def test_a_site_whose_host_glues_the_level_word_to_the_name_names_its_district():
    text = "Ngày 12/5, UBND huyện họp phiên thường kỳ tháng 4. Trong tháng, toàn huyện trồng 40 ha rừng."
    unit = find_unit(text, "huyện", date(2022, 5, 12), "https://huyenbacha.laocai.gov.vn/tin-tuc/hop-thuong-ky-thang-4")
    assert (unit.name, unit.level, unit.province) == ("Bắc Hà", "huyện", "Lào Cai")
    city = "http://www.thanhphothaibinh.gov.vn/DetailView/12/Uy-ban-nhan-dan-thanh-pho-hop-phien-thuong-ky.html"
    unit = find_unit(text.replace("huyện", "thành phố"), "thành phố", date(2022, 5, 12), city)
    assert (unit.name, unit.level, unit.province) == ("Thái Bình", "thành phố", "Thái Bình")


def test_what_a_report_at_the_meeting_shows_is_a_result_though_reporting_to_it_is_not():
    # "báo cáo với Hội nghị về tiến độ" is the meeting's business; "Báo cáo tại hội nghị cho thấy, …"
    # and "Báo cáo tại hội nghị, ông X … cho biết …" introduce the results the report states.
    report = _report(
        "UBND xã Tân An họp tổng kết năm 2025\n"
        "Ngày 20/1/2026, UBND xã Tân An tổ chức hội nghị tổng kết năm 2025.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2025, xã đã hoàn thành và vượt 30/32 chỉ tiêu chủ yếu.\n"
        "Báo cáo tại hội nghị, ông Lê Văn Tám, Phó Chủ tịch UBND xã cho biết đã giải quyết đúng hạn 1.204 hồ sơ.\n"
        "Phòng Kinh tế báo cáo với Hội nghị về tiến độ các dự án giao thông.\n"
    )
    quotes = " | ".join(_quotes(report.achievements))
    assert "30/32 chỉ tiêu" in quotes and "1.204 hồ sơ" in quotes
    assert "tiến độ các dự án giao thông" not in quotes
