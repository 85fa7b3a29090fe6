"""Kinds of real text met in held-out sets 42-43 (a city's month report with no year anywhere, a district's
half-year review opening on the setting the year began in, a police review's tally, a commune's military
year review, a youth union's review closed by an official's hope), written as synthetic sentences."""

import pytest

from summarizer.text import find_figures, sentences
from tests.kinds import joined, quotes_by_category


def test_with_no_year_a_month_named_for_the_tasks_lists_tasks():
    # No year anywhere, so no period reviewed: the month the tasks are named for cannot be compared with it.
    # A lead naming a month for "các nhiệm vụ", telling nothing done, sets them (hard line breaks inside phrases).
    text = (
        "Ủy ban nhân dân thành phố Tân An họp phiên thường kỳ.\n"
        "Trong tháng, tổng mức bán lẻ tăng 5,2% so tháng trước. Thu ngân sách đạt 300 tỷ đồng.\n"
        "Trong tháng 9, các ngành,\nđịa phương tập trung thực hiện tốt các nhiệm vụ như: rà soát\n"
        "quy hoạch các vùng sản xuất lúa; làm tốt công tác phòng chống dịch sốt xuất huyết; đẩy nhanh tiến độ\n"
        "bồi thường các dự án giao thông; hoàn thành công tác tiếp xúc cử tri.\n"
    )
    got = quotes_by_category(text)
    tasks = joined(got["next_tasks"])
    for task in ("quy hoạch các vùng sản xuất lúa", "dịch sốt xuất huyết", "bồi thường các dự án", "tiếp xúc cử tri"):
        assert task in tasks
    assert "sốt xuất huyết" not in joined(got["achievements"])
    assert "300 tỷ đồng" in joined(got["achievements"])


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


def test_entering_a_year_ahead_still_plans():
    text = (
        "Ngày 5/1, UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023.\n"
        "Năm 2023, thu ngân sách xã đạt 12 tỷ đồng.\n"
        "Bước vào năm 2024, xã tập trung nâng cấp 3 tuyến đường liên thôn; rà soát hộ cận nghèo.\n"
    )
    got = quotes_by_category(text)
    assert "tuyến đường liên thôn" in joined(got["next_tasks"])


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


def test_a_tally_over_the_whole_unit_is_the_years_count():
    # a police review's count of the year's crimes is what it reports, not a shortcoming
    text = (
        "Công an huyện Quế Sơn vừa tổ chức hội nghị tổng kết công tác năm 2022.\n"
        "Năm 2022, toàn huyện xảy ra 19 vụ phạm pháp hình sự với 30 đối tượng; trong đó có 8 vụ tội phạm về ma túy. "
        "Qua tuần tra, lực lượng chức năng xử lý 1.240 trường hợp vi phạm.\n"
    )
    got = quotes_by_category(text)
    assert "19 vụ phạm pháp hình sự" in joined(got["achievements"])
    assert not got["shortcomings"]


def test_incidents_that_happened_still_fall_short():
    text = (
        "Ngày 5/1, UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023.\n"
        "Thu ngân sách đạt 12 tỷ đồng. Tuy vậy, trên địa bàn đã xảy ra 3 vụ trộm cắp tài sản.\n"
    )
    got = quotes_by_category(text)
    assert "3 vụ trộm cắp" in joined(got["shortcomings"])


def test_an_officials_hope_for_the_time_ahead_is_a_task():
    text = (
        "Ngày 28/12, Huyện Đoàn Lộc Ninh tổ chức hội nghị tổng kết công tác Đoàn năm 2023.\n"
        "Năm 2023, Huyện Đoàn xây dựng 4 công trình thanh niên với tổng trị giá 200 triệu đồng. Phát biểu tại hội "
        "nghị, đồng chí Trần Văn Hải ghi nhận những kết quả đã đạt được. Đồng chí Trần Văn Hải mong rằng, thời gian "
        "tới các cấp đoàn tiếp tục tổ chức tốt các hoạt động tình nguyện hè.\n"
    )
    got = quotes_by_category(text)
    assert "hoạt động tình nguyện hè" in joined(got["next_tasks"])
    assert "tình nguyện hè" not in joined(got["achievements"])


def test_a_study_conference_told_done_is_the_periods_work():
    # "… đã mở được 02 lớp …, tổ chức hội nghị trực tuyến triển khai học tập Chuyên đề … tại 14 điểm cầu …":
    # a conference the party committee held in the quarter, not the meeting reported
    text = (
        "Ngày 18/4/2024, Huyện ủy Tân Hưng tổ chức Hội nghị Huyện ủy lần thứ 15.\n"
        "Toàn huyện thu ngân sách hơn 30 tỷ đồng, đạt 35% Nghị quyết. Công tác xây dựng Đảng được thực hiện tốt, "
        "trong quý I/2024, đã mở được 02 lớp bồi dưỡng đảng viên mới với 96 học viên, tổ chức hội nghị trực tuyến "
        "triển khai học tập Chuyên đề năm 2024 tại 14 điểm cầu với 1.320 đồng chí tham dự.\n"
    )
    got = quotes_by_category(text)
    assert "14 điểm cầu" in joined(got["achievements"])
    assert "96 học viên" in joined(got["achievements"])


def test_the_meeting_held_online_is_still_its_form():
    text = (
        "Ngày 18/4/2024, Huyện ủy Tân Hưng tổ chức Hội nghị Huyện ủy lần thứ 15.\n"
        "Hội nghị được tổ chức trực tuyến tại 14 điểm cầu.\n"
        "Toàn huyện thu ngân sách hơn 30 tỷ đồng, đạt 35% Nghị quyết.\n"
    )
    assert "điểm cầu" not in joined(quotes_by_category(text)["achievements"])


def test_people_listed_by_name_are_no_matter():
    text = (
        "Sáng 20/11/2024, UBND xã Bình Minh tổ chức Hội nghị tổng kết nhiệm vụ quân sự, quốc phòng năm 2024.\n"
        "Năm 2024, lực lượng dân quân xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu.\n"
        "Đội dân quân cơ động được biểu dương; các cá nhân gồm: ông Trần Văn Hòa, ông Lý Minh Tú và bà Đỗ Thị Hạnh.\n"
    )
    got = quotes_by_category(text)
    everything = joined(got["achievements"] + got["shortcomings"] + got["next_tasks"])
    assert "Trần Văn Hòa" not in everything
    assert "sẵn sàng chiến đấu" in joined(got["achievements"])


def test_a_requirement_stressed_after_praise_is_a_task():
    # "… ghi nhận những nỗ lực …, đồng thời nhấn mạnh yêu cầu đặt nhiệm vụ … lên hàng đầu"
    text = (
        "Sáng 20/11/2024, UBND xã Bình Minh tổ chức Hội nghị tổng kết nhiệm vụ quân sự, quốc phòng năm 2024.\n"
        "Năm 2024, lực lượng dân quân xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu.\n"
        "Phát biểu chỉ đạo, đồng chí Lê Thị Mai ghi nhận những nỗ lực của lực lượng dân quân, đồng thời nhấn mạnh yêu "
        "cầu đặt nhiệm vụ phòng, chống thiên tai lên hàng đầu.\n"
    )
    got = quotes_by_category(text)
    assert "phòng, chống thiên tai" in joined(got["next_tasks"])


def test_a_speech_glued_by_a_semicolon_leaves_the_deed_before_it():
    # "… tổng trị giá trên 450 triệu đồng; Phát biểu tại hội nghị, đồng chí … ghi nhận …": a full stop mistyped
    text = (
        "Ngày 28/12, Huyện Đoàn Lộc Ninh tổ chức hội nghị tổng kết công tác Đoàn năm 2023.\n"
        "Năm 2023, Huyện Đoàn xây dựng 4 công trình thanh niên. Ngoài ra, triển khai các hoạt động tình nguyện, tặng "
        "quà cho các em thiếu nhi khó khăn với tổng trị giá trên 120 triệu đồng; Phát biểu tại hội nghị, đồng chí "
        "Trần Văn Hải ghi nhận và đánh giá cao những kết quả đã đạt được.\n"
    )
    got = quotes_by_category(text)
    assert "120 triệu đồng" in joined(got["achievements"])
    assert "đánh giá cao" not in joined(got["achievements"])


def test_the_youths_houses_and_power_lines_are_counted_as_such():
    def units(s):
        return [(f.value, f.unit) for f in find_figures(s)]

    assert units("phối hợp xây dựng 2 nhà thanh niên, 4 tuyến đường điện thắp sáng đường quê") == [
        (2.0, "nhà thanh niên"),
        (4.0, "tuyến đường điện"),
    ]
    assert units("trao 3 nhà khăn quàng đỏ") == [(3.0, "nhà khăn quàng đỏ")]
    assert units("nâng cấp 6 tuyến đường giao thông nông thôn") == [(6.0, "tuyến đường")]


def test_how_the_meeting_was_held_is_no_fact():
    text = (
        "Sáng 3/7, Huyện ủy Đam Rông tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n"
        "Hội nghị được tổ chức tuân thủ nghiêm các biện pháp phòng chống dịch bệnh.\n"
        "Thu ngân sách 6 tháng đạt 40 tỷ đồng, bằng 55% dự toán.\n"
    )
    got = quotes_by_category(text)
    assert "tuân thủ nghiêm" not in joined(got["achievements"])
    assert "40 tỷ đồng" in joined(got["achievements"])


@pytest.mark.parametrize("turn", ["Phát biểu tại hội nghị", "Kết luận hội nghị", "Thay mặt Thường trực Đảng ủy", "Tại hội nghị"])
def test_any_speakers_turn_after_a_semicolon_starts_a_sentence(turn):
    # The splitter reads the same frames the boilerplate filter knows, not one speech verb.
    text = f"Xã trồng mới 35 ha rừng; {turn}, đồng chí Bí thư ghi nhận kết quả đạt được."
    assert sentences(text) == ["Xã trồng mới 35 ha rừng;", f"{turn}, đồng chí Bí thư ghi nhận kết quả đạt được."]
    # a list goes on in lower case
    assert len(sentences("Xã trồng mới 35 ha rừng; kết luận các vụ việc tồn đọng.")) == 1
