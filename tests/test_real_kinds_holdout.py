"""Issue 12: what fresh real articles of communes and wards (after July 2025) showed the rules engine
missing (synthetic text only; the articles themselves stay outside the repository)."""

from datetime import date

from summarizer.extract import extract
from summarizer.sources import make_article
from summarizer.units import find_unit


def _report(text: str, name: str = "bai.txt"):
    return extract(make_article(text, name))


def _quotes(items) -> list[str]:
    return [i.evidence for i in items]


def _all_quotes(report) -> str:
    return " | ".join(i.evidence for _, i in report.items())


# --- units: Hồ Chí Minh City as the press writes it ---------------------------------------------

def test_a_ward_of_a_name_several_provinces_have_takes_the_city_written_after_it():
    # Diên Hồng is a ward of Hồ Chí Minh City and of Gia Lai: the abbreviation decides
    for written in ("phường Diên Hồng, TPHCM", "phường Diên Hồng (TP.HCM)", "phường Diên Hồng, thành phố Hồ Chí Minh"):
        unit = find_unit(f"Chiều 20-12, UBND {written} tổ chức hội nghị tổng kết năm.", when=date(2025, 12, 20))
        assert (unit.name, unit.level, unit.province) == ("Diên Hồng", "phường", "Hồ Chí Minh"), written


def test_a_provincial_capital_of_its_provinces_name_is_still_a_city():
    unit = find_unit("Thành ủy Thái Nguyên họp, đánh giá kết quả của thành phố Thái Nguyên năm 2020.")
    assert (unit.name, unit.level) == ("Thái Nguyên", "thành phố")


# --- items: the meeting's own business -----------------------------------------------------------

def test_an_hdnd_session_a_briefing_and_a_dissemination_are_the_meeting_not_results():
    report = _report(
        "Xã Hòa Lâm tổng kết năm 2025\n"
        "Ngày 22/12, HĐND xã Hòa Lâm tổ chức kỳ họp thường lệ cuối năm nhằm đánh giá kết quả thực hiện nhiệm vụ "
        "năm 2025; thống nhất mục tiêu, giải pháp chủ yếu năm 2026.\n"
        "Năm 2025, thu ngân sách của xã đạt 41,2 tỷ đồng, bằng 128% dự toán.\n"
        "Hội nghị cũng được nghe Ban Xây dựng Đảng hướng dẫn nội dung kiểm điểm cuối năm.\n"
        "Hội nghị đã quán triệt Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n"
    )
    quotes = _all_quotes(report)
    assert "41,2 tỷ đồng" in quotes
    assert "kỳ họp thường lệ" not in quotes
    assert "hướng dẫn nội dung kiểm điểm" not in quotes
    assert "quán triệt" not in quotes


def test_the_results_a_heard_report_states_are_results():
    report = _report(
        "Đảng ủy xã Hòa Lâm giao ban tháng 10\n"
        "Chiều 30/10/2025, Ban Thường vụ Đảng ủy xã Hòa Lâm tổ chức hội nghị giao ban tháng 10.\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 10, trong đó Đảng ủy xã đã lãnh đạo "
        "các lĩnh vực đạt nhiều kết quả; sản xuất vụ đông được triển khai đúng khung thời vụ, an ninh nông thôn "
        "được giữ vững.\n"
    )
    quotes = " | ".join(_quotes(report.achievements))
    assert "vụ đông được triển khai" in quotes
    assert "nghe báo cáo" not in quotes


# --- items: an excerpt that stops before its last sentence says anything ----------------------

def test_a_last_sentence_cut_before_its_verb_is_no_result():
    report = _report(
        "Trong tháng 11, thu ngân sách của phường đạt 12,5 tỷ đồng.\n"
        "Công tác vệ sinh môi trường được duy trì thường xuyên.\n"
        "Theo ông Trần Văn Bình, Chủ tịch UBND phường, tỷ lệ thu thuế ngoài quốc doan"
    )
    quotes = _all_quotes(report)
    assert "12,5 tỷ đồng" in quotes and "vệ sinh môi trường" in quotes
    assert "Trần Văn Bình" not in quotes


def test_a_speaker_cut_before_he_speaks_is_no_task():
    report = _report(
        "Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung chuẩn bị bầu cử đại biểu HĐND các cấp.\n"
        "Bà Lê Thị Hoa, Phó Chủ tịch HĐND xã cho biết trong năm 2025, hoạt động của"
    )
    assert any("chuẩn bị bầu cử" in q for q in _quotes(report.next_tasks))
    assert "Lê Thị Hoa" not in _all_quotes(report)


def test_a_cut_topic_under_a_heading_of_shortcomings_is_kept():
    report = _report(
        "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như sau:\n"
        "Việc chuyển đổi cây trồng trên đất lúa còn chậm. Công tác đền bù, giải phóng mặt bằng dự án đường liên xã t"
    )
    assert any("giải phóng mặt bằng" in q for q in _quotes(report.shortcomings))
