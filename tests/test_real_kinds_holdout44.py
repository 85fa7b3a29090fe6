"""Kinds of real text met in held-out sets 44-46 (a district's quarter told with no year but a comparison
with the year before, ...), written as synthetic sentences."""

from summarizer.periods import resolve
from tests.kinds import quotes_by_category
from summarizer.schema import Period


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
