"""Issue 12, units on real text: committee names, name words, spelling variants, units of their
date, one commune, the site's address. Every sentence is synthetic."""

from datetime import date

from summarizer.units import find_unit


def test_the_committee_of_a_town_or_city_names_its_unit():
    town = find_unit("Ban Thường vụ Thị ủy Sơn Tây họp phiên thường kỳ tháng 5.", "thị xã", date(2023, 5, 30))
    assert (town.name, town.level, town.province) == ("Sơn Tây", "thị xã", "Hà Nội")
    city = find_unit("Sáng 3/4, Thành ủy Tam Kỳ tổ chức hội nghị quý I.", "thành phố", date(2024, 4, 3))
    assert (city.name, city.level, city.province) == ("Tam Kỳ", "thành phố", "Quảng Nam")


def test_a_place_name_may_start_with_a_word_that_also_starts_a_title():
    text = "Ngày 5-6, Đảng bộ huyện Đồng Hỷ họp; đồng chí Bí thư huyện Đồng chí Lan phát biểu."
    unit = find_unit(text, "huyện", date(2022, 6, 5))
    assert (unit.name, unit.province) == ("Đồng Hỷ", "Thái Nguyên")


def test_spelling_variants_of_a_name_find_it_and_keep_the_article_spelling():
    unit = find_unit("Ban Chấp hành Đảng bộ huyện Đak Pơ họp cuối năm.", "huyện", date(2022, 12, 1))
    assert (unit.name, unit.province) == ("Đak Pơ", "Gia Lai")
    # Old and new tone placement are one spelling: the gazetteer's (new) one is kept.
    unit = find_unit("Thị ủy Ninh Hoà tổ chức giao ban quý II.", "thị xã", date(2022, 7, 1))
    assert (unit.name, unit.province) == ("Ninh Hòa", "Khánh Hòa")


def test_a_district_merged_away_before_the_reform_is_known_as_of_the_article_date():
    text = "Sáng 4/7, Ban Chấp hành Đảng bộ huyện Đất Đỏ họp đánh giá 6 tháng đầu năm."
    unit = find_unit(text, "huyện", date(2023, 7, 4))
    assert (unit.name, unit.province, unit.province_now) == ("Đất Đỏ", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh")
    # From 1 January 2025 it is part of huyện Long Đất: the name is no district any more.
    assert find_unit(text, "huyện", date(2025, 3, 4)).name is None


def test_a_district_that_changed_its_level_is_known_under_its_old_level():
    unit = find_unit("UBND huyện Hoài Nhơn họp phiên thường kỳ tháng 1.", "huyện", date(2019, 2, 1))
    assert (unit.name, unit.level, unit.province) == ("Hoài Nhơn", "huyện", "Bình Định")


def test_one_commune_of_one_district_only_names_the_district():
    text = "UBND huyện họp thường kỳ; trong tháng, xã Lũng Cú hoàn thành 12 căn nhà cho hộ nghèo."
    unit = find_unit(text, "huyện", date(2023, 10, 5))
    assert (unit.name, unit.province, unit.stated) == ("Đồng Văn", "Hà Giang", False)


def test_communes_of_two_districts_name_none_and_say_why():
    from summarizer.units import find_unit_with_warnings

    text = "UBND huyện họp; xã Lũng Cú và xã Tà Xùa được biểu dương."
    unit, notes = find_unit_with_warnings(text, "huyện", date(2023, 10, 5))
    assert (unit.name, unit.province) == (None, None)
    assert notes == ("các xã, phường, thị trấn bài viết nêu thuộc nhiều huyện (Bắc Yên, Đồng Văn); không xác định được đơn vị",)
