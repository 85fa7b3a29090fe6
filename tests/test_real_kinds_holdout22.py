"""Issue 12, held-out set 22 (communes and wards after July 2025, tuned by 12-tune-22): kinds of
sentence the engine misread on real articles it was not tuned on, each with synthetic sentences."""

from datetime import date

from tests.kinds import joined, quotes_by_category, report_of


def test_a_meeting_named_as_review_semicolon_plan_is_the_opening_not_a_list_of_tasks():
    # "tổng kết công tác năm 2025; triển khai nhiệm vụ năm 2026" names the meeting: its plan half
    # announces no tasks, and the results of the year after it are achievements.
    got = quotes_by_category(
        "Hội Nông dân phường Bình Lâm tổng kết công tác năm 2025; triển khai nhiệm vụ năm 2026\n"
        "Sáng ngày 12/12, Hội Nông dân phường Bình Lâm tổ chức tổng kết công tác năm 2025; "
        "triển khai nhiệm vụ công tác năm 2026.\n"
        "Năm 2025, Hội Nông dân phường tích cực tham gia xây dựng nông thôn mới, vận động hội viên "
        "hiến đất mở rộng đường giao thông nội đồng.\n"
        "Hội viên tiếp tục hưởng ứng phong trào “Nông dân sản xuất, kinh doanh giỏi”, phối hợp tổ chức "
        "các lớp tập huấn chuyển giao khoa học kỹ thuật cho bà con.\n",
        "binh-lam.txt",
    )
    assert got["next_tasks"] == []
    achieved = joined(got["achievements"])
    assert "hiến đất mở rộng đường giao thông" in achieved
    assert "Nông dân sản xuất, kinh doanh giỏi" in achieved


def test_the_year_end_session_reviews_its_year_not_the_year_its_headline_plans_for():
    # The day is written without its year; the headline names the year the session plans for.
    report = report_of(
        "HĐND phường Bình Lâm quyết định nhiều dự án đầu tư trong năm 2026\n\n"
        "Ngày 20/12, HĐND phường Bình Lâm tổ chức Kỳ họp thứ 5, Kỳ họp thường lệ cuối năm 2025.\n\n"
        "Năm 2025, phường Bình Lâm hoàn thành 10/10 chỉ tiêu phát triển kinh tế - xã hội đã đề ra.\n",
        "binh-lam-hdnd.txt",
    )
    assert (report.period.kind, report.period.year) == ("year", 2025)
    assert report.meeting_date == date(2025, 12, 20)


def test_a_goal_named_as_one_of_the_goals_set_at_the_meeting_is_a_task():
    got = quotes_by_category(
        "Nâng cao chất lượng chỉnh trang đô thị là một trong những mục tiêu được Đảng ủy phường Bình Lâm "
        "đề ra tại Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026, ngày 15-1.\n"
        "Năm 2025, phường Bình Lâm hoàn thành 12/12 chỉ tiêu chủ yếu, thu ngân sách đạt 110% dự toán.\n",
        "binh-lam-dang-uy.txt",
    )
    assert "Nâng cao chất lượng chỉnh trang đô thị" in joined(got["next_tasks"])
    assert "12/12 chỉ tiêu" in joined(got["achievements"])
