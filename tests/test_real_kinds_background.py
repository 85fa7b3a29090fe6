"""Issue 12: the setting, what a year or the unit is, whom results are owed to: no results (synthetic sentences)."""

from tests.kinds import (
    SON_HA_YEAR_END_LEAD,
    all_quotes,
    hoa_binh_midyear_session_quotes,
    joined,
    joined_across_categories,
    quotes_by_category,
    report_of,
)


# --- what a year, a session or the unit is --------------------------------------------------------

# (set 4)
def test_what_a_year_or_a_session_means_is_no_result():
    report = report_of(
        "Đảng ủy phường Tân Lạc tổng kết công tác năm 2025\n"
        "Sáng 10/01/2026, Đảng ủy phường Tân Lạc tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025 là năm có ý nghĩa đặc biệt quan trọng, là năm đầu vận hành bộ máy mới.\n"
        "Kỳ họp này có ý nghĩa quan trọng trong bối cảnh phường vừa được sắp xếp.\n"
        "Trong năm, phường kết nạp 25 đảng viên mới, thu ngân sách đạt 104% dự toán.\n"
    )
    quotes = all_quotes(report)
    assert "25 đảng viên" in joined(report.achievements)
    assert "ý nghĩa" not in quotes


# (set 87)
def test_a_speaker_saying_what_the_session_means_says_no_task():
    report = report_of(
        "HĐND phường Tân Lạc họp kỳ cuối năm 2025\n"
        "Ngày 9/12/2025, HĐND phường Tân Lạc tổ chức kỳ họp thứ 6 để xem xét tình hình kinh tế - xã hội năm 2025, "
        "quyết định mục tiêu, nhiệm vụ năm 2026.\n"
        "Phát biểu tại kỳ họp, Bí thư Đảng ủy phường khẳng định đây là kỳ họp cuối năm có ý nghĩa đặc biệt, là dịp "
        "nhìn lại kết quả thực hiện nhiều nhiệm vụ lớn, có ý nghĩa cách mạng đối với cả nước.\n"
        "Trong năm, phường thu ngân sách đạt 104% dự toán.\n"
    )
    assert "ý nghĩa" not in all_quotes(report)
    assert "104% dự toán" in joined(report.achievements)


# (sets 34-35)
def test_a_milestone_the_reform_marks_is_no_result_but_a_deed_it_marks_is():
    # "Từ ngày 1/7/2025, bộ máy chính quyền 2 cấp chính thức đi vào hoạt động, đánh dấu giai đoạn phát triển mới":
    # the setting; "Năm 2025 đánh dấu bước chuyển … khi tổ chức thành công Đại hội …" tells a deed
    milestone = (
        "HĐND phường Bình Minh họp kỳ thứ 3\n"
        "Kể từ ngày 1/7/2025, chính quyền phường theo mô hình 2 cấp bắt đầu vận hành, đánh dấu một giai đoạn "
        "mới của địa phương. Nay bộ máy của phường cơ bản vận hành ổn định.\n"
        "Năm 2025 đánh dấu bước tiến vững vàng của phường trong năm đầu vận hành mô hình mới."
    )
    assert quotes_by_category(milestone)["achievements"] == ["Nay bộ máy của phường cơ bản vận hành ổn định."]
    deed = (
        "Xã Phú Lộc tổng kết năm 2025\n"
        "Năm 2025 đánh dấu bước chuyển quan trọng của xã Phú Lộc khi tổ chức thành công Đại hội Đảng bộ xã lần thứ I."
    )
    assert len(quotes_by_category(deed)["achievements"]) == 1


# (sets 36-37)
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


# (sets 38-39)
def test_the_year_s_place_in_a_plan_s_term_is_background_not_a_result():
    got = quotes_by_category(
        SON_HA_YEAR_END_LEAD + "Năm 2021 là năm thứ 2 thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX. "
        "Thu ngân sách năm 2021 đạt 312 tỷ đồng."
    )
    assert "năm thứ 2" not in joined(got["achievements"])
    assert "312 tỷ đồng" in joined(got["achievements"])


# (sets 42-43)
def test_a_year_said_to_be_what_it_was_reports():
    # "Năm 2025 là năm đầu tiên xã … triển khai nhiệm vụ …" in a review of 2025: its "triển khai nhiệm vụ"
    # names no plan; the paragraphs after it report
    text = (
        "Sáng 03/12, UBND xã Hòa Bình tổ chức Hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2025 và "
        "triển khai nhiệm vụ năm 2026.\n"
        "Năm 2025 là năm đầu tiên xã Hòa Bình triển khai nhiệm vụ quân sự, quốc phòng sau khi sắp xếp đơn vị hành "
        "chính. Báo cáo do Ban Chỉ huy Quân sự xã trình bày cho thấy công tác quốc phòng tiếp tục được giữ vững.\n"
        "Xã hoàn thành 100% chỉ tiêu giao quân với 45 công dân lên đường nhập ngũ. Lực lượng dân quân được xây dựng "
        "với 310 đồng chí.\n"
    )
    got = quotes_by_category(text)
    assert "45 công dân" in joined(got["achievements"])
    assert "310 đồng chí" in joined(got["achievements"])
    assert not got["next_tasks"]


# --- the setting of the period --------------------------------------------------------------------

# (set 9)
def test_the_mood_of_the_days_is_no_item():
    said = all_quotes(report_of(
        "Xã Hòa Bình sơ kết 9 tháng\n"
        "Chiều 25/9/2025, Đảng bộ xã Hòa Bình tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.\n"
        "Trong không khí phấn khởi chào mừng Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030.\n"
        "Trong 9 tháng, Đảng bộ xã kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu.\n",
        "hoa-binh.txt",
    ))
    assert "14 đảng viên" in said and "Trong không khí" not in said


# (set 23)
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


# (set 29)
def test_a_setting_said_to_make_new_demands_is_background_not_a_result():
    got = quotes_by_category(
        "Xã Tân Phú tổng kết công tác Mặt trận năm 2025\n"
        "Sáng 12/1, Ủy ban MTTQ xã Tân Phú tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Báo cáo nêu rõ, trong bối cảnh có nhiều biến động, việc vận hành bộ máy mới đặt ra nhiều yêu cầu mới. "
        "Song công tác Mặt trận trên địa bàn xã tiếp tục đạt nhiều kết quả tích cực.\n",
        "tan-phu.txt",
    )
    achieved = joined(got["achievements"])
    assert "tiếp tục đạt nhiều kết quả tích cực" in achieved
    assert "đặt ra nhiều yêu cầu" not in achieved


# (sets 42-43)
def test_the_setting_the_reviewed_year_began_in_is_no_plan():
    # "… bước vào thực hiện nhiệm vụ năm 2022 trong điều kiện không thuận lợi …" in a review of its first half:
    # how the year began; the results told after it are results
    text = (
        "Sáng 3/7, Ban Thường vụ Huyện ủy Đam Rông tổ chức hội nghị Ban Chấp hành Đảng bộ huyện để đánh giá tình hình "
        "thực hiện nhiệm vụ 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2022.\n"
        "Cũng như nhiều địa phương khác, huyện Đam Rông bước vào thực hiện nhiệm vụ năm 2022 trong điều kiện không "
        "thuận lợi khi giá vật tư nông nghiệp tăng cao. Nhưng nhờ chủ động, quyết liệt và sự cố gắng "
        "của các cấp, các ngành nên việc thực hiện nhiệm vụ chính trị nửa đầu năm cơ bản vẫn bảo đảm "
        "kế hoạch đề ra. Đặc biệt là tổ chức thành công đại hội đoàn thể các cấp nhiệm kỳ 2022 - 2027.\n"
    )
    got = quotes_by_category(text)
    assert "đại hội đoàn thể" in joined(got["achievements"])
    assert "cơ bản vẫn bảo đảm kế hoạch" in joined(got["achievements"])
    # the setting alone, no result told, is background; the meeting's own form is its business
    assert "bước vào" not in joined(got["achievements"] + got["shortcomings"])
    assert "đại hội đoàn thể" not in joined(got["next_tasks"])
    assert "bước vào" not in joined(got["next_tasks"])


# --- how a merged commune came to be --------------------------------------------------------------

# (set 8)
def test_how_the_merged_commune_came_to_be_is_a_setting_not_a_result():
    items = hoa_binh_midyear_session_quotes(
        "Xã Hòa Bình được thành lập trên cơ sở sáp nhập 3 xã: Hòa Bình, Tân Lập và Suối Đá (trước đây).\n"
        "Thu ngân sách trên địa bàn ước đạt 6,2 tỷ đồng.\n"
    )
    assert "sáp nhập" not in joined_across_categories(items)
    assert "6,2 tỷ đồng" in " | ".join(items["achievements"])


# (set 27)
def test_how_a_merged_commune_was_formed_on_a_date_is_background():
    text = (
        "HĐND xã Bình Minh tổ chức kỳ họp thứ hai\n"
        "Chiều 7-8, HĐND xã Bình Minh tổ chức Kỳ họp thứ Hai đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.\n\n"
        "Xã Bình Minh được thành lập từ ngày 1/7/2025, trên cơ sở sáp nhập các xã Bình An, Suối Cát, với tổng "
        "diện tích 54km2/38.120 người.\n\n"
        "Trong 6 tháng đầu năm, tổng thu ngân sách đạt 76% dự toán.\n"
    )
    report = report_of(text, "binh-minh.txt")
    quotes = joined(i for _, i in report.items())
    assert "76% dự toán" in quotes
    assert "sáp nhập" not in quotes
    assert 38120 not in {m.value for _, i in report.items() for m in i.metrics}


# --- to whom the results are owed -----------------------------------------------------------------

# (set 29)
def test_those_the_results_are_owed_to_listed_with_semicolons_are_no_results():
    # "… nhưng dưới sự lãnh đạo … của Đảng ủy; sự điều hành … của UBND; sự phối hợp … , phường đã hoàn thành …":
    # one result, owed to a ';' list of organs
    got = quotes_by_category(
        "Phường Tân Phú tổng kết năm 2025\n"
        "Ngày 9-1, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Bước vào vận hành mô hình mới với địa bàn rộng, nhiều nhiệm vụ mới phát sinh nhưng dưới sự lãnh đạo toàn diện "
        "của Đảng ủy; sự điều hành quyết liệt, linh hoạt của UBND; sự phối hợp chặt chẽ của Ủy ban MTTQ phường, "
        "phường Tân Phú đã hoàn thành vượt 12 chỉ tiêu đề ra. Thu ngân sách đạt 110% dự toán.\n",
        "tan-phu.txt",
    )
    achieved = got["achievements"]
    assert any("hoàn thành vượt 12 chỉ tiêu" in q for q in achieved)
    assert not any("dưới sự lãnh đạo" in q or q.startswith("sự điều hành") for q in achieved), achieved


# (sets 34-35)
def test_the_setting_that_weighed_on_the_year_and_whom_the_results_are_owed_to_are_no_results():
    text = (
        "HĐND huyện Đức Trọng khai mạc kỳ họp cuối năm 2022\n"
        "Trong bối cảnh năm 2022, tiếp tục chịu ảnh hưởng của dịch bệnh khiến giá vật tư nông nghiệp tăng cao. "
        "Song, dưới sự chỉ đạo, lãnh đạo sát sao của Huyện ủy, UBND huyện cùng với sự đoàn kết của cả hệ thống "
        "chính trị; tình hình kinh tế - xã hội của huyện tiếp tục ổn định. Tổng giá trị sản xuất tăng 7,2%."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert not any(q.startswith(("Trong bối cảnh", "Song, dưới sự chỉ đạo")) for q in achievements)
    assert "Tổng giá trị sản xuất tăng 7,2%." in achievements
    # ("Trong bối cảnh …, xã đã hoàn thành …" reports a result)
    done = "Xã Phú Lộc tổng kết năm 2025\nTrong bối cảnh bộ máy mới, xã đã hoàn thành toàn diện 15/15 chỉ tiêu."
    assert len(quotes_by_category(done)["achievements"]) == 1
