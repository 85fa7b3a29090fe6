"""Issue 12, held-out sets 34-35 (figures, tuned by 12-tune-34fig): the people and things a count names
beyond its head noun ("lượt" before any counted people, a household's standing, a visitor's origin),
new counted nouns of the genre, and a campaign named by its days, each with
synthetic sentences."""

from tests.kinds import report_of

HEAD = "XÃ AN THẠNH TỔNG KẾT NĂM 2025\nNăm 2025, xã An Thạnh đạt nhiều kết quả.\n\n"


def _figures(text: str) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for _, item in report_of(HEAD + text).items() for m in item.metrics}


def test_luot_keeps_the_people_it_counts_beyond_the_units_listed_with_it():
    figures = _figures("Đoàn xã tổ chức tiếp sức mùa thi cho 1.250 lượt thí sinh và khám bệnh cho 640 lượt bệnh nhân.")
    assert {(1250, "lượt thí sinh"), (640, "lượt bệnh nhân")} <= figures


def test_a_household_counted_by_the_time_keeps_its_standing():
    figures = _figures("Mặt trận xã trao quà Tết cho 1.480 lượt hộ nghèo và 35 hộ gia đình cận nghèo với số tiền 300 triệu đồng.")
    assert {(1480, "lượt hộ nghèo"), (35, "hộ gia đình cận nghèo"), (300, "triệu đồng")} <= figures


def test_visitors_keep_where_they_come_from_past_a_multiplier():
    figures = _figures(
        "Du lịch của xã đón 1,8 triệu lượt khách, trong đó có 210.000 lượt khách quốc tế và 1,1 triệu lượt khách nội địa."
    )
    assert {(1.8, "triệu lượt khách"), (210000, "lượt khách quốc tế"), (1.1, "triệu lượt khách nội địa")} <= figures


def test_the_accused_of_a_case_and_a_preschools_groups_are_counted():
    figures = _figures(
        "Công an xã phát hiện 6 vụ, khởi tố 4 vụ, 7 bị can về tội đánh bạc. Toàn xã có 12 nhóm trẻ độc lập với 180 trẻ."
    )
    assert {(4, "vụ"), (7, "bị can"), (12, "nhóm trẻ")} <= figures


def test_a_campaign_named_by_its_days_is_no_duration():
    figures = _figures(
        'Đặc biệt, "Chiến dịch 90 ngày đêm làm đẹp các tuyến hẻm" đã hoàn thành 28 tuyến hẻm, '
        "sớm hơn kế hoạch 15 ngày."
    )
    assert (90, "ngày") not in figures
    assert {(28, "tuyến hẻm"), (15, "ngày")} <= figures
