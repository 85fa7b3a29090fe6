"""Kinds of real text met in held-out sets 44-49 (a district's quarter told with no year but a comparison
with the year before, a breakdown after "trong đó:", the writer's stress, a police meeting where the people
raise shortcomings after praise, a women's union counting women, a headline with a stop that the lead
restates), written as synthetic sentences."""

import pytest

from summarizer.periods import resolve
from summarizer.schema import Period
from summarizer.text import find_figures
from tests.kinds import quotes_by_category


def test_a_quarter_with_no_year_takes_it_from_the_same_time_a_year_before():
    text = (
        "Trong quý I, toàn huyện thu ngân sách đạt 52 tỷ đồng, tăng 8,4% so với cùng kỳ năm 2021.\n"
        "Trong quý, toàn Đảng bộ kết nạp 15 đảng viên mới.\n"
        "Hội nghị đề ra nhiệm vụ trọng tâm trong quý II.\n"
    )
    period, _ = resolve(text)
    assert period == Period(kind="quarter", year=2022, month=3, quarter=1)


def test_a_list_that_breaks_down_the_leads_fact_stays_with_it():
    text = (
        "Năm 2021, thị xã đạt và vượt 18/20 chỉ tiêu Nghị quyết.\n"
        "Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, trong đó: dịch vụ chiếm 48,2%; công nghiệp - xây dựng chiếm "
        "39,5%; nông nghiệp chiếm 12,3%. Thu ngân sách đạt 310 tỷ đồng.\n"
    )
    got = quotes_by_category(text)["achievements"]
    shares = [q for q in got if "48,2%" in q]
    assert len(shares) == 1 and "chuyển dịch đúng hướng" in shares[0] and "12,3%" in shares[0]
    assert any("310 tỷ đồng" in q and "48,2%" not in q for q in got)


def test_what_the_writer_finds_worth_noting_is_a_result_not_praise_by_the_meeting():
    text = (
        "Sáng 5/10, Đảng ủy xã Bình An tổ chức hội nghị sơ kết 9 tháng năm 2025.\n"
        "Trong 9 tháng, xã kết nạp 12 đảng viên mới.\n"
        "Điều đáng ghi nhận là thu ngân sách trên địa bàn xã tính đến ngày 30-9 hơn 15 tỷ đồng, đạt hơn 110% dự toán giao.\n"
    )
    assert any("15 tỷ đồng" in q for q in quotes_by_category(text)["achievements"])


_POLICE = (
    "Sáng 20/12, Công an huyện Tân Lập tổ chức hội nghị lắng nghe ý kiến Nhân dân năm 2023.\n"
    "Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm.\n"
)


def test_shortcomings_raised_after_praise_are_kept_not_taken_for_talk_of_the_meeting():
    text = _POLICE + "Người dân đánh giá cao lực lượng Công an. Tuy nhiên, việc cấp căn cước còn chậm ở vùng sâu.\n"
    assert quotes_by_category(text)["shortcomings"] == ["Tuy nhiên, việc cấp căn cước còn chậm ở vùng sâu."]


def test_parts_listing_the_shortcomings_a_first_part_names_are_all_shortcomings():
    text = _POLICE + (
        "Người dân đánh giá cao lực lượng Công an. Đồng thời, nêu lên những tồn tại xoay quanh trật tự giao thông, "
        "nhất là tình trạng thanh niên đua xe ban đêm; triển khai thực hiện cấp căn cước gây khó khăn cho người già; "
        "tình hình trộm cắp gia súc.\n"
    )
    got = quotes_by_category(text)
    assert len(got["shortcomings"]) == 3 and any("gây khó khăn cho người già" in q for q in got["shortcomings"])
    assert got["achievements"] == ["Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm."]


@pytest.mark.parametrize(
    "phrase, figure",
    [
        ("hỗ trợ 7 phụ nữ khởi sự kinh doanh", (7.0, "phụ nữ")),
        ("vận động 15 cựu chiến binh tham gia", (15.0, "cựu chiến binh")),
        ("tập huấn cho 120 nông dân", (120.0, "nông dân")),
        ("duy trì 30 tổ bảo vệ ANTT", (30.0, "tổ bảo vệ ANTT")),
        ("thành lập 12 tổ góp vốn quay vòng", (12.0, "tổ góp vốn quay vòng")),
    ],
)
def test_the_people_and_teams_unions_count(phrase, figure):
    assert [(f.value, f.unit) for f in find_figures(phrase)] == [figure]


def test_a_first_line_the_lead_restates_is_the_headline_though_it_ends_in_a_stop():
    text = (
        "Tổng kết công tác Hội và phong trào nông dân năm 2023.\n"
        "Sáng 28/12, Hội Nông dân huyện Tân Lập tổ chức tổng kết công tác Hội và phong trào nông dân năm 2023.\n"
        "Năm 2023, Hội kết nạp 320 hội viên mới.\n"
    )
    assert quotes_by_category(text)["achievements"] == ["Năm 2023, Hội kết nạp 320 hội viên mới."]


def test_an_officer_presenting_the_report_is_meeting_business():
    text = _POLICE + (
        "Tại hội nghị, Thượng tá Lê Văn Hòa, Phó Trưởng Công an huyện đã báo cáo tình hình an ninh, trật tự trên "
        "địa bàn huyện trong năm 2023.\n"
    )
    assert quotes_by_category(text)["achievements"] == ["Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm."]
