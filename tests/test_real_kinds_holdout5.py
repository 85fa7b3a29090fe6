"""Issue 12: what a fifth fresh set of real ward and commune council sessions (after July 2025)
showed the rules engine missing (synthetic text only; the articles themselves stay outside the
repository)."""

from .test_real_kinds_holdout4 import _all_quotes, _quotes, _report


def test_who_attended_a_session_and_what_the_session_means_are_no_results():
    report = _report(
        "Xã Hòa Lộc: Kỳ họp thứ Hai HĐND xã\n"
        "Ngày 12/8, HĐND xã Hòa Lộc khóa I tổ chức Kỳ họp thứ Hai.\n"
        "Dự kỳ họp có: Phó Bí thư Thường trực Đảng ủy xã Lê Văn Sáu; Phó Chủ tịch UBND xã Trần Thị Bảy; "
        "cùng các đại biểu HĐND xã và đại diện cử tri.\n"
        "Phát biểu khai mạc, Chủ tịch HĐND xã cho biết: Kỳ họp thứ Hai là sự kiện chính trị quan trọng, "
        "nhằm đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.\n"
        "Trong 6 tháng đầu năm 2025, xã trồng mới 45 ha rừng, thu ngân sách đạt 12 tỷ đồng.\n"
    )
    quotes = _all_quotes(report)
    assert "45 ha rừng" in _quotes(report.achievements)
    for meeting in ("Lê Văn Sáu", "Trần Thị Bảy", "đại diện cử tri", "sự kiện chính trị"):
        assert meeting not in quotes, meeting


def test_a_submission_passed_is_the_session_not_a_task():
    report = _report(
        "HĐND phường Mỹ Khê họp giữa năm\n"
        "Sáng 14/8, HĐND phường Mỹ Khê tổ chức kỳ họp thứ hai, đánh giá kết quả 6 tháng đầu năm 2025.\n"
        "Thông qua tờ trình đề nghị giao biên chế công chức các cơ quan thuộc UBND phường năm 2025.\n"
        "Báo cáo tại kỳ họp cho biết, 6 tháng đầu năm 2025, phường cấp 120 giấy phép xây dựng, "
        "hỗ trợ sửa chữa 14 nhà cho hộ nghèo.\n"
    )
    assert "tờ trình" not in _all_quotes(report)
    assert "120 giấy phép" in _quotes(report.achievements)
    assert not report.next_tasks


def test_the_fields_a_counted_result_covers_stay_with_it():
    report = _report(
        "HĐND phường Hải Châu trả lời cử tri\n"
        "Sáng 15/8, HĐND phường Hải Châu tổ chức kỳ họp thứ hai.\n"
        "HĐND phường trình bày báo cáo trả lời ý kiến cử tri trước kỳ họp.\n"
        "Trong đó, đã giải quyết 12 kiến nghị và đang giải quyết 20 kiến nghị của cử tri, tập trung trên các lĩnh vực: "
        "đất đai, môi trường; giao thông, chiếu sáng; y tế, giáo dục.\n"
    )
    (item,) = report.achievements
    assert "đã giải quyết 12 kiến nghị" in item.evidence and "y tế, giáo dục" in item.evidence
    assert [(m.value, m.unit) for m in item.metrics] == [(12, "kiến nghị"), (20, "kiến nghị")]
    assert not report.next_tasks


def test_the_rest_of_an_agenda_is_no_result():
    report = _report(
        "HĐND phường Nam Sơn khai mạc kỳ họp cuối năm\n"
        "Sáng 29/12, HĐND phường Nam Sơn khai mạc kỳ họp thứ ba, kỳ họp thường lệ cuối năm 2025, đánh giá "
        "tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026. "
        "Tổng kết hoạt động của Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026 và quyết định những vấn đề quan trọng khác.\n"
        "Năm 2025, phường giải quyết đúng hạn 98% hồ sơ hành chính, thu ngân sách đạt 40 tỷ đồng.\n"
    )
    assert "98% hồ sơ" in _quotes(report.achievements)
    assert "vấn đề quan trọng khác" not in _all_quotes(report)
