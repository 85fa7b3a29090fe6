"""Kinds of real text met in held-out sets 36-37 (district councils' sessions of 2019-2021, unions' monthly
meetings, a provincial official's working session with a commune of 2026), written as synthetic sentences."""

from datetime import date

from tests.kinds import joined, quotes_by_category, report_of


# a session opened by its length and its days in brackets, a space before the dash
_SESSION = (
    "Hàm Tân vượt nhiều chỉ tiêu năm 2020\n"
    "BTO- Trong 3 ngày (15 -17/12) kỳ họp thứ 12 HĐND huyện Hàm Tân khóa IX đã diễn ra. Năm 2020, Hàm Tân "
    "thực hiện đạt và vượt 11/14 chỉ tiêu kinh tế xã hội; tổng thu ngân sách nhà nước đạt 310 tỷ đồng."
)


def _figures(items) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for i in items for m in i.metrics}


def test_a_session_of_days_told_in_brackets_is_dated_by_its_first_day():
    # "Trong 3 ngày (24 -26/12) kỳ họp …": the range in brackets after the count of days, a space before the dash
    assert report_of(_SESSION).meeting_date == date(2020, 12, 15)


def test_a_session_of_days_told_from_a_range_is_dated_by_its_first_day():
    # "Trong 2 ngày từ 21 - 22.7, HĐND huyện … tổ chức Kỳ họp thứ Hai …"
    text = (
        "HĐND huyện Mèo Vạc họp giữa năm\n"
        "BHG - Trong 2 ngày từ 14 - 15.7, HĐND huyện Mèo Vạc tổ chức Kỳ họp thứ Hai khóa IX nhằm đánh giá kết quả "
        "thực hiện nhiệm vụ 6 tháng đầu năm 2021.\n"
        "Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 41 tỷ đồng."
    )
    assert report_of(text).meeting_date == date(2021, 7, 14)


def test_a_session_told_to_have_taken_place_over_days_is_no_result_and_its_length_no_figure():
    report = report_of(_SESSION)
    assert "kỳ họp" not in joined(report.achievements)
    assert (3, "ngày") not in _figures(report.achievements)
    assert (310, "tỷ đồng") in _figures(report.achievements)


def test_a_council_s_dismissal_vote_is_no_shortcoming():
    text = (
        "Hàm Tân vượt nhiều chỉ tiêu năm 2020\n"
        "Năm 2020, Hàm Tân thực hiện đạt và vượt 11/14 chỉ tiêu kinh tế xã hội.\n"
        "Bên cạnh kết quả đạt được vẫn còn một số khó khăn, tiến độ giải phóng mặt bằng còn chậm.\n"
        "Tại kỳ họp lần này đã thông qua nghị quyết về dự toán ngân sách năm 2021. Đồng thời, các đại biểu HĐND "
        "huyện đã biểu quyết miễn nhiệm chức danh Phó ban Pháp chế đối với ông Lê Văn Tâm (chuyển công tác)."
    )
    shortcomings = quotes_by_category(text)["shortcomings"]
    assert len(shortcomings) == 1
    assert "miễn nhiệm" not in joined(shortcomings)


def test_what_a_visiting_official_says_must_be_done_after_praising_is_a_task_list():
    # "Phát biểu tại buổi làm việc, … đánh giá cao kết quả …. Đồng thời, Hội cần tập trung vào một số nhiệm vụ như a; b; c"
    text = (
        "Quang cảnh buổi làm việc |\n"
        "Theo báo cáo, trong năm 2022, Hội Nông dân huyện Krông Pa đã phát triển mới được 52 hội viên, nâng tổng số "
        "hội viên lên 4.210 hội viên.\n"
        "Phát biểu tại buổi làm việc, Thiếu tướng Lê Văn Minh đánh giá cao những việc Hội Nông dân huyện làm được "
        "năm qua. Đồng thời, Hội cần chú trọng một số nhiệm vụ như nhân rộng các mô hình câu lạc bộ của mỗi thôn "
        "nhằm tuyên truyền phong trào; phát huy vai trò “Nông dân giỏi” trong sản xuất; khuyến khích hội viên ứng dụng "
        "khoa học kỹ thuật vào chăn nuôi."
    )
    report = report_of(text)
    tasks = [i.summary for i in report.next_tasks]
    assert len(tasks) == 3
    assert tasks[1] == "Phát huy vai trò “Nông dân giỏi” trong sản xuất"
    assert tasks[2].startswith("Khuyến khích hội viên ứng dụng khoa học kỹ thuật")
    assert len(report.achievements) == 1


def test_the_counted_programme_a_meeting_set_out_is_a_task_and_its_other_business_nothing():
    # "Tại buổi hội nghị, lãnh đạo … đã điểm lại kết quả …, triển khai Chương trình công tác năm 2024 với 34 chỉ tiêu
    # thi đua …; thông qua Kế hoạch … sẽ diễn ra …"; then "Theo đó, … sẽ phân công khoảng 30 cán bộ … tham gia: a; b"
    text = (
        "Tại buổi hội nghị, lãnh đạo Hội Nông dân huyện đã điểm lại kết quả hoạt động tháng 02/2024, triển khai "
        "Chương trình công tác năm 2024 với 28 chỉ tiêu thi đua cùng các giải pháp thực hiện; thông qua Kế hoạch của "
        "UBND huyện về tổ chức Ngày hội nông dân năm 2024 sẽ diễn ra tại xã Tân Hòa, từ ngày 15/03 – 17/03/2024.\n"
        "Theo đó, Hội Nông dân huyện và cơ sở sẽ phân công khoảng 40 cán bộ, hội viên làm nòng cốt tham gia các nội "
        "dung chủ yếu: tuyên truyền ý nghĩa Ngày hội; tổ chức Hội thi “Nhà nông giỏi” với 12 đội; gói 500 đòn bánh "
        "tét tặng bà con tại 8 ấp."
    )
    report = report_of(text)
    assert report.achievements == []
    tasks = joined(report.next_tasks)
    assert "Chương trình công tác năm 2024 với 28 chỉ tiêu thi đua" in tasks
    assert "sẽ diễn ra" not in tasks
    figures = _figures(report.next_tasks)
    assert (28, "chỉ tiêu") in figures and (40, "cán bộ") in figures and (500, "đòn") in figures


def test_breakthrough_fields_are_counted():
    # breakthrough fields counted as the provinces' and districts' resolutions name them ("N lĩnh vực đột phá")
    text = (
        "HĐND huyện Sa Thầy họp giữa năm 2020\n"
        "Trong 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng.\n"
        "Về nhiệm vụ 6 tháng cuối năm, huyện đẩy mạnh thực hiện 4 lĩnh vực đột phá của tỉnh và 5 lĩnh vực đột phá "
        "về phát triển kinh tế của huyện."
    )
    figures = _figures(report_of(text).next_tasks)
    assert (4, "lĩnh vực") in figures and (5, "lĩnh vực") in figures


def test_a_capitalised_title_without_diacritics_naming_a_term_is_no_result():
    # a page's banner, typed without accents: "HDND HUYEN … KHOA V, NHIEM KY 2016 - 2021 HOP LAN THU VIII"
    text = (
        "(kontumtv.vn) – Tập trung thu ngân sách, kiểm soát dịch bệnh trên gia súc là những nhiệm vụ trọng tâm được "
        "kỳ họp HĐND huyện Sa Thầy lần thứ IX, nhiệm kỳ 2016-2021 đề ra.\n\n"
        "HDND HUYEN SA THAY KHOA V, NHIEM KY 2016 - 2021 HOP LAN THU IX\n\n"
        "Trong 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == ["Trong 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng."]


def test_targets_to_be_assessed_at_the_year_s_end_report_nothing():
    # "Trong 13 chỉ tiêu … có 4 chỉ tiêu đạt 100% trở lên; …; 4 chỉ tiêu đánh giá cuối năm"
    text = (
        "HĐND huyện Đồng Văn họp giữa năm 2021\n"
        "Trong 12 chỉ tiêu UBND tỉnh giao có 5 chỉ tiêu đạt 100% trở lên; 4 chỉ tiêu đạt 90% đến dưới 100%; "
        "3 chỉ tiêu đánh giá cuối năm."
    )
    report = report_of(text)
    assert "đánh giá cuối năm" not in joined(i for _, i in report.items())
    assert len(report.achievements) == 2


def test_putting_the_year_s_resolutions_into_effect_is_no_result():
    text = (
        "Huyện Cẩm Khê họp quý I năm 2024\n"
        "Tại cuộc họp, Thường trực Huyện ủy đã nghe các phòng, ban báo cáo tình hình kinh tế - xã hội quý I. "
        "Theo đó huyện đã chủ động trong công tác chỉ đạo, điều hành; các ngành, các xã chủ động triển khai Nghị quyết "
        "của Đảng bộ, Nghị quyết HĐND về phương hướng, nhiệm vụ của năm 2024. Hoạt động thương mại, dịch vụ được duy "
        "trì và phát triển ổn định."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert "Hoạt động thương mại, dịch vụ được duy trì và phát triển ổn định." in achievements
    assert "triển khai Nghị quyết" not in joined(achievements)


def test_a_target_s_measure_cut_before_its_figure_at_the_excerpt_s_end_is_no_task():
    text = (
        "Xã Tân Lộc tổng kết năm 2025\n"
        "Năm 2026, Đảng ủy xã Tân Lộc đề ra 6 chỉ tiêu chủ yếu, phấn đấu đạt tốc độ tăng trưởng kinh tế 9%; "
        "mở rộng khoảng 300 ha nuôi tôm theo chuỗi liên kết; thu nhập bình quân đầu ngườ"
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert tasks and "thu nhập bình quân" not in joined(tasks)


def test_the_fields_a_praise_of_results_singles_out_are_results():
    # "ghi nhận, đánh giá cao những kết quả … đạt được trong năm 2025, đặc biệt là trên các lĩnh vực xây dựng Đảng, …"
    text = (
        "Xã Tân Hưng quyết tâm thực hiện Nghị quyết năm 2026\n"
        "Tại buổi làm việc với Ban Thường vụ Đảng ủy xã Tân Hưng, đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh ủy, yêu cầu "
        "Đảng bộ xã tiếp tục phát huy tinh thần đoàn kết, thực hiện đạt các chỉ tiêu Nghị quyết năm 2026.\n"
        "Đồng chí Lê Minh Tâm ghi nhận, đánh giá cao những kết quả mà Đảng bộ xã Tân Hưng đạt được trong năm 2025, "
        "đặc biệt là trên các lĩnh vực công tác dân vận, sắp xếp tổ chức bộ máy và thu hút đầu tư. Đồng chí đề nghị "
        "địa phương tiếp tục đẩy mạnh chuyển đổi số."
    )
    report = report_of(text)
    assert len(report.achievements) == 1
    assert "công tác dân vận, sắp xếp tổ chức bộ máy" in report.achievements[0].evidence


def test_a_reason_given_after_a_request_is_no_task_of_its_own():
    # "…, giữ vững đoàn kết nội bộ; bởi nơi nào có sự đoàn kết thì nơi đó …"
    text = (
        "Xã Tân Hưng quyết tâm thực hiện Nghị quyết năm 2026\n"
        "Năm 2025, xã Tân Hưng hoàn thành 15/16 chỉ tiêu nghị quyết.\n"
        "Đảng bộ xã cần quyết liệt xây dựng chính quyền trong sạch, vững mạnh, giữ vững đoàn kết nội bộ; bởi nơi nào "
        "có sự đồng lòng thì nơi đó công việc được triển khai thuận lợi."
    )
    tasks = quotes_by_category(text)["next_tasks"]
    assert len(tasks) == 1
    assert tasks[0].startswith("Đảng bộ xã cần quyết liệt xây dựng chính quyền")


def test_what_the_unit_is_is_no_result():
    # "Đây là phường có quy mô dân số lớn nhất tỉnh, giữ vai trò …": a description of the unit
    text = (
        "Phường Tân Lập sau 6 tháng vận hành\n"
        "Phường Tân Lập được thành lập trên cơ sở sáp nhập 4 phường, có diện tích gần 40km². Đây là phường có quy mô "
        "dân số lớn thứ hai tỉnh, giữ vai trò trung tâm thương mại phía Bắc. Từ khi thành lập đến nay, phường đã hoàn "
        "thành 12/20 công trình đầu tư."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == ["Từ khi thành lập đến nay, phường đã hoàn thành 12/20 công trình đầu tư."]
