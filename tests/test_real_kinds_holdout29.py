"""Issue 12, held-out set 29 (the Front and the unions of communes and wards after July 2025, tuned by
12-tune-29): kinds of sentence the engine misread on real articles it was not tuned on, each with
synthetic sentences."""

from tests.kinds import joined, quotes_by_category

_LEAD = (
    "Hội Nông dân xã Tân Phú tổng kết năm 2025\n"
    "Sáng 10/1, Hội Nông dân xã Tân Phú tổ chức tổng kết công tác Hội năm 2025, triển khai nhiệm vụ năm 2026.\n\n"
    "Năm 2025, Hội Nông dân xã đã đổi mới nội dung, phương thức hoạt động.\n\n"
)


def test_a_count_of_the_period_keeps_the_awards_its_members_won_in_it():
    # "Năm 2025 có 40 hộ …, được UBND tỉnh tặng bằng khen cho 02 hộ, …": the year's counts, among them an
    # award won in the year; no award handed out at the meeting
    got = quotes_by_category(
        _LEAD + "Năm 2025 có 40 hộ đăng ký sản xuất kinh doanh giỏi, được UBND tỉnh tặng bằng khen cho 02 hộ, "
        "6 hộ đạt sản xuất kinh doanh giỏi cấp tỉnh; toàn xã có 05 trang trại và 300 gia trại lợn. "
        "Tại hội nghị, Hội Nông dân xã trao giấy khen cho 5 chi hội.\n",
        "tan-phu.txt",
    )
    achieved = joined(got["achievements"])
    for deed in ("40 hộ đăng ký", "tặng bằng khen cho 02 hộ", "300 gia trại lợn"):
        assert deed in achieved, deed
    assert "trao giấy khen" not in achieved


def test_a_member_nominated_for_an_award_is_a_result_not_a_request():
    got = quotes_by_category(
        _LEAD + "Trong năm, xã có 2 hộ nông dân được Hội Nông dân tỉnh công nhận sản xuất kinh doanh giỏi; "
        "1 hộ được đề nghị Chủ tịch UBND xã tặng giấy khen điển hình tiên tiến.\n\n"
        "Năm 2026, Hội phấn đấu thành lập mới 1 chi hội.\n",
        "tan-phu.txt",
    )
    achieved = joined(got["achievements"])
    assert "2 hộ nông dân" in achieved and "được đề nghị" in achieved
    assert "thành lập mới 1 chi hội" in joined(got["next_tasks"])


def test_a_session_agreeing_on_the_direction_of_the_next_year_sets_out_tasks():
    got = quotes_by_category(
        "Xã Tân Phú họp HĐND cuối năm\n"
        "Ngày 28/12/2025, HĐND xã Tân Phú tổ chức kỳ họp thường lệ cuối năm.\n\n"
        "Năm 2025, thu ngân sách đạt và vượt dự toán; an sinh xã hội được bảo đảm. Trên cơ sở đó, kỳ họp thống nhất "
        "định hướng năm 2026 tiếp tục huy động nguồn lực phát triển bền vững.\n",
        "tan-phu.txt",
    )
    assert "huy động nguồn lực" in joined(got["next_tasks"])
    assert "huy động nguồn lực" not in joined(got["achievements"])


def test_a_paragraph_going_on_with_the_next_years_direction_agreed_is_tasks():
    # "Theo đó, …" after a paragraph that ends on the direction agreed for the next year: its tasks, told
    # with no "sẽ"; after a paragraph of results it still reports
    text = (
        "Hội Phụ nữ phường Tân Phú tổng kết năm 2025\n"
        "Ngày 8/1, Hội LHPN phường Tân Phú tổ chức hội nghị tổng kết công tác Hội năm 2025.\n\n"
        "Năm 2025, Hội đã vận động hội viên giúp 15 hộ thoát nghèo.\n\n"
        "Tại hội nghị, các đại biểu đã đánh giá kết quả năm 2025 và thống nhất phương hướng hoạt động năm 2026 "
        "với chủ đề: “Đoàn kết, sáng tạo”.\n\n"
        "Theo đó, Hội LHPN phường tập trung đẩy mạnh công tác tuyên truyền; chú trọng chuyển đổi số trong hoạt động Hội.\n"
    )
    got = quotes_by_category(text, "tan-phu.txt")
    tasks = joined(got["next_tasks"])
    assert "đẩy mạnh công tác tuyên truyền" in tasks and "chuyển đổi số" in tasks
    assert "15 hộ thoát nghèo" in joined(got["achievements"])
    reported = text.replace("thống nhất phương hướng hoạt động năm 2026", "biểu dương các chi hội")
    assert "đẩy mạnh công tác tuyên truyền" in joined(quotes_by_category(reported, "tan-phu.txt")["achievements"])


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


def test_an_excerpt_stopping_in_a_caption_of_a_person_and_titles_adds_nothing():
    got = quotes_by_category(
        "Phường Tân Phú tổng kết năm 2025\n"
        "Ngày 9-1, Đảng ủy phường Tân Phú tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Năm 2025, thu ngân sách của phường đạt 110% dự toán.\n\n"
        "Ông Trần Văn Bình - Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng",
        "tan-phu.txt",
    )
    assert "110% dự toán" in joined(got["achievements"])
    assert "Trần Văn Bình" not in joined(q for c in got.values() for q in c)


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
