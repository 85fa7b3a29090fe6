"""Issue 12, what a third fresh held-out set (district party committees and UBND meetings,
2020-2024, central and southern provinces) showed. Every sentence is synthetic."""

from datetime import date

from summarizer.units import find_unit
from tests.kinds import quotes as _quotes, report_of as _report


def test_a_district_merged_away_in_the_2023_2025_round_is_known_as_of_the_article_date():
    # Huyện Nông Sơn (Quảng Nam) joined huyện Quế Sơn on 1 January 2025 (1241/NQ-UBTVQH15).
    text = "Sáng 6/7, Huyện ủy Nông Sơn tổ chức hội nghị đánh giá 6 tháng đầu năm."
    found = {day.year: find_unit(text, "huyện", day) for day in (date(2023, 7, 6), date(2025, 3, 6))}
    assert (found[2023].name, found[2023].province, found[2023].province_now) == ("Nông Sơn", "Quảng Nam", "Đà Nẵng")
    assert found[2025].name is None


def test_results_dated_a_month_later_by_a_slip_are_results_not_tasks():
    # The lead reviews tháng 5; the results paragraph is dated "Tháng 6" by the writer's slip. What it
    # reports is measured ("ước đạt", "so cùng kỳ"): results. A paragraph that plans tháng 6 stays tasks.
    text = (
        "UBND huyện họp thường kỳ tháng 5\n"
        "Chiều 30/5/2022, UBND huyện tổ chức họp thường kỳ đánh giá tình hình tháng 5 và triển khai nhiệm vụ tháng 6.\n"
        "Tháng 6/2022, thu ngân sách trên địa bàn ước đạt 15 tỷ đồng; doanh thu dịch vụ tăng 8,2% so cùng kỳ.\n"
        "Tháng 6, huyện tập trung chăm sóc lúa vụ mùa; đẩy nhanh giải phóng mặt bằng các dự án.\n"
    )
    report = _report(text)
    achieved = " ".join(_quotes(report.achievements))
    assert "ước đạt 15 tỷ đồng" in achieved and "8,2%" in achieved
    planned = " ".join(_quotes(report.next_tasks))
    assert "chăm sóc lúa vụ mùa" in planned and "15 tỷ" not in planned


def test_an_award_handed_out_on_this_occasion_after_the_tasks_is_no_task():
    # "Dịp này" (on this occasion) says what was done at the meeting, like "Tại hội nghị".
    text = (
        "Huyện ủy sơ kết 6 tháng\n"
        "Ngày 6/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị đánh giá 6 tháng đầu năm 2022.\n"
        "Trong 6 tháng đầu năm, thu ngân sách đạt 120 tỷ đồng, tăng 9% so cùng kỳ.\n"
        "Trong 6 tháng cuối năm, huyện tập trung giải ngân vốn đầu tư công; phát triển đảng viên mới.\n"
        "Dịp này, Ban Thường vụ Huyện ủy đã trao tặng Huy hiệu 40 năm tuổi Đảng cho 5 đảng viên.\n"
    )
    planned = " ".join(_quotes(_report(text).next_tasks))
    assert "giải ngân vốn đầu tư công" in planned and "Huy hiệu" not in planned


def test_a_speech_verb_without_a_subject_goes_on_with_the_chairs_directions():
    text = (
        "UBND thị xã giao ban quý I\n"
        "Chủ tịch UBND thị xã chủ trì hội nghị giao ban đánh giá tình hình quý I năm 2023.\n"
        "Trong quý I, kinh tế của thị xã tiếp tục phát triển, thu ngân sách đạt 30% dự toán.\n"
        "Chủ tịch UBND thị xã ghi nhận sự cố gắng của các ngành. Đồng thời nhấn mạnh, các phòng, ban và "
        "UBND các phường xây dựng kế hoạch cụ thể, tiếp tục thực hiện tốt công tác cải cách hành chính.\n"
    )
    report = _report(text)
    assert any("cải cách hành chính" in q for q in _quotes(report.next_tasks))
    assert not any("cải cách hành chính" in q for q in _quotes(report.achievements))


def test_a_name_of_two_parts_joined_by_a_dash_is_one_name():
    when = date(2021, 3, 30)
    for text in (
        "UBND thành phố Phan Rang - Tháp Chàm họp thường kỳ.",
        "Thành ủy Phan Rang – Tháp Chàm họp quý I.",
        "Thành ủy Phan Rang-Tháp Chàm họp quý I.",
    ):
        unit = find_unit(text, "thành phố", when)
        assert (unit.name, unit.province) == ("Phan Rang - Tháp Chàm", "Ninh Thuận")
    ward = find_unit("UBND phường Xuân Hương - Đà Lạt họp thường kỳ tháng 9.", "phường", date(2025, 9, 29))
    assert (ward.name, ward.province) == ("Xuân Hương - Đà Lạt", "Lâm Đồng")
    # A dash the gazetteer has no such name across: the district, then its province.
    assert find_unit("UBND huyện Bắc Sơn - Lạng Sơn họp thường kỳ.", "huyện", when).name == "Bắc Sơn"


def test_a_city_written_by_its_initials_is_that_city():
    when = date(2021, 3, 30)
    for text, name in (
        ("UBND thành phố PRTC họp thường kỳ tháng 3.", "Phan Rang - Tháp Chàm"),
        ("Sáng 30/3, Thành ủy TP. BMT tổ chức hội nghị quý I.", "Buôn Ma Thuột"),
        ("UBND TP.TDM họp phiên thường kỳ.", "Thủ Dầu Một"),
    ):
        assert find_unit(text, "thành phố", when).name == name
    # Initials that are no city's stay initials ("huyện NTM": a district of the new countryside).
    assert find_unit("Huyện đạt chuẩn huyện NTM.", "huyện", when).name is None
