from datetime import date

import pytest

from summarizer.periods import period_label, resolve
from summarizer.schema import Period


@pytest.mark.parametrize(
    "text, period, meeting",
    [
        (
            "Tiêu đề\nChiều ngày 26/10, UBND huyện tổ chức hội nghị đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.\n"
            "Về nhiệm vụ tháng 11 năm 2020, tập trung làm tốt công tác phòng chống bão lụt.",
            Period(kind="month", year=2020, month=10),
            date(2020, 10, 26),
        ),
        (
            "HỘI NGHỊ GIAO BAN THÁNG 3 NĂM 2023\nChiều ngày 09/3/2023, Huyện ủy tổ chức hội nghị đánh giá tình hình "
            "trong tháng 2 và đề ra nhiệm vụ trong tháng 3 năm 2023.",
            Period(kind="month", year=2023, month=2),
            date(2023, 3, 9),
        ),
        (
            "Sáng 10/10, Ban Chấp hành Đảng bộ huyện đánh giá kết quả công tác 9 tháng đầu năm, triển khai nhiệm vụ "
            "trọng tâm 03 tháng cuối năm 2023.",
            Period(kind="nine_months", year=2023, month=9),
            date(2023, 10, 10),
        ),
        (
            "Triển khai nhiệm vụ trọng tâm quý II-2023\nNgày 6-4, huyện ủy tổ chức hội nghị đánh giá tình hình thực hiện "
            "nhiệm vụ quý I, triển khai nhiệm vụ quý II-2023.",
            Period(kind="quarter", year=2023, month=3, quarter=1),
            date(2023, 4, 6),
        ),
        (
            "Sáng 8/7, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.",
            Period(kind="half", year=2025, month=6),
            date(2025, 7, 8),
        ),
        (  # a December review held in January: the meeting is in the next year
            "Sáng ngày 5/1, UBND huyện đánh giá kết quả tháng 12/2023, triển khai nhiệm vụ tháng 1/2024.",
            Period(kind="month", year=2023, month=12),
            date(2024, 1, 5),
        ),
    ],
)
def test_reviewed_period_and_meeting_date(text, period, meeting):
    assert resolve(text) == (period, meeting)


def test_a_day_without_year_takes_the_publication_year_never_today():
    assert resolve("Chiều 26/10, UBND huyện họp.", published=date(2019, 10, 27)) == (None, date(2019, 10, 26))
    assert resolve("Chiều 26/10, UBND huyện họp.") == (None, None)


def test_period_labels_are_vietnamese():
    assert period_label(Period(kind="quarter", year=2023, month=9, quarter=3)) == "quý III/2023"
    assert period_label(Period(kind="nine_months", year=2023, month=9)) == "9 tháng năm 2023"
    assert period_label(Period(kind="month", year=2023, month=8)) == "tháng 8/2023"
