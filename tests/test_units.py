"""Units resolved through the gazetteer (vietnamadminunits' data); sentences are synthetic."""

from datetime import date

from summarizer.units import find_unit, named_units


def test_a_stated_district_gets_its_province_and_the_province_it_is_in_now():
    unit = find_unit("Huyện ủy Bạch Thông tổ chức hội nghị giao ban.", "huyện", date(2023, 3, 9))
    assert (unit.name, unit.level, unit.province, unit.province_now, unit.stated) == (
        "Bạch Thông", "huyện", "Bắc Kạn", "Thái Nguyên", True
    )


def test_an_unnamed_district_is_inferred_when_its_towns_agree():
    text = "Ban Thường vụ Huyện ủy cho ý kiến đặt tên đường phố thị trấn Quán Lào, Quý Lộc, Yên Lâm, Thống Nhất."
    unit = find_unit(text, "huyện", date(2023, 8, 31))
    assert (unit.name, unit.province, unit.stated) == ("Yên Định", "Thanh Hóa", False)


def test_one_ambiguous_town_is_not_enough_to_guess():
    unit = find_unit("UBND huyện làm việc với thị trấn Thống Nhất.", "huyện", date(2023, 8, 31))
    assert (unit.name, unit.province, unit.level) == (None, None, "huyện")


def test_a_name_that_is_no_district_is_not_accepted():
    unit = find_unit("UBND huyện Hoa Mộng Mơ tổ chức hội nghị.", "huyện", date(2023, 8, 31))
    assert unit.name is None


def test_a_commune_after_july_2025_belongs_to_a_new_province():
    unit = find_unit("Đảng ủy phường Hà Giang 1 tổ chức hội nghị tháng 8/2025.", "phường", date(2025, 9, 3))
    assert (unit.name, unit.level, unit.province, unit.province_now) == ("Hà Giang 1", "phường", "Tuyên Quang", None)


def test_the_stated_province_decides_between_namesakes():
    assert find_unit("UBND xã Thống Nhất, tỉnh Lạng Sơn họp.", "xã", date(2024, 1, 5)).province == "Lạng Sơn"
    assert find_unit("UBND xã Thống Nhất họp.", "xã", date(2024, 1, 5)).province is None


def test_lists_after_one_level_word_are_read_but_stop_at_lowercase_words():
    found = named_units("huyện Tân Lạc, tỉnh Hòa Bình; các xã Quy Hậu và Mãn Đức đạt chuẩn")
    assert set(found) == {("huyện", "Tân Lạc"), ("tỉnh", "Hòa Bình"), ("xã", "Quy Hậu"), ("xã", "Mãn Đức")}


def test_an_undated_commune_of_the_old_structure_says_where_it_is_now():
    unit = find_unit("UBND xã Nhạn Môn họp thường kỳ.", "xã", None)
    assert (unit.name, unit.province, unit.province_now) == ("Nhạn Môn", "Bắc Kạn", "Thái Nguyên")
    # Dated after the reform, a commune that no longer exists is not accepted.
    assert find_unit("UBND xã Nhạn Môn họp thường kỳ.", "xã", date(2025, 9, 3)).name is None
