"""Issue 12, units on real text: names as written, namesakes, merged units, the place meant (synthetic sentences)."""

from datetime import date

import pytest

from summarizer.extract.rules import find_organ
from summarizer.schema import Period
from summarizer.units import find_unit
from tests.kinds import report_of


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


# --- the address an article was published at ---------------------------------------------------

UNNAMED = "Chiều 28/9, UBND huyện họp phiên thường kỳ tháng 9 năm 2023; Chủ tịch UBND huyện chủ trì."


def test_a_district_site_names_the_district_the_text_leaves_unnamed():
    from summarizer.units import find_unit_with_warnings

    assert find_unit(UNNAMED, "huyện", date(2023, 9, 28)).name is None
    for url in ("https://yenlap.phutho.gov.vn/tin-tuc/ubnd-huyen-hop", "http://www.yenlap.gov.vn/bai-viet/123"):
        unit = find_unit(UNNAMED, "huyện", date(2023, 9, 28), url)
        assert (unit.name, unit.province, unit.stated) == ("Yên Lập", "Phú Thọ", False), url
    # A commune's pages under its district's site: the district's article is the district's.
    unit = find_unit(UNNAMED, "huyện", date(2021, 6, 30), "https://camluong.camthuy.thanhhoa.gov.vn/web/tin-tuc/a.html")
    assert (unit.name, unit.province) == ("Cẩm Thủy", "Thanh Hóa")
    # A file path is no address; the text's own unit always wins over the site's.
    assert find_unit(UNNAMED, "huyện", date(2023, 9, 28), "bai/yenlap.phutho.gov.vn.txt").name is None
    named = "UBND huyện Tân Lạc họp phiên thường kỳ tháng 9."
    assert find_unit(named, "huyện", date(2023, 9, 28), "https://yenlap.phutho.gov.vn/a").name == "Tân Lạc"
    assert find_unit_with_warnings(UNNAMED, "huyện", date(2023, 9, 28), "https://yenlap.phutho.gov.vn/a")[1] == ()


def test_a_provincial_newspaper_gives_a_province_hint_and_its_slug_the_unit():
    # The headline in the path names the district; the newspaper's host only says which province.
    url = "https://baophutho.vn/chinh-tri/huyen-yen-lap-tong-ket-nam-2023-123.htm"
    assert find_unit(UNNAMED, "huyện", date(2023, 12, 20), url).name == "Yên Lập"
    hinted = find_unit(UNNAMED, "huyện", date(2023, 12, 20), "https://baophutho.vn/chinh-tri/hoi-nghi-tong-ket-123.htm")
    assert (hinted.name, hinted.province) == (None, None)
    # A province's own portal names the province, and no unit.
    portal = find_unit(UNNAMED, "huyện", date(2023, 12, 20), "https://phutho.gov.vn/tin-tuc/123")
    assert (portal.name, portal.province) == (None, "Phú Thọ")
    # A name two districts share gives nothing without its province.
    from summarizer.siteaddress import site_hint

    assert site_hint("https://sontay.gov.vn/a", date(2023, 1, 1)).district is None
    assert site_hint("https://sontay.quangngai.gov.vn/a", date(2023, 1, 1)).district.province == "Quảng Ngãi"


def test_a_commune_site_after_the_reform_names_the_commune():
    text = "Sáng 30/9, UBND xã tổ chức hội nghị đánh giá kết quả 9 tháng năm 2025."
    unit = find_unit(text, "xã", date(2025, 9, 30), "https://lungcu.tuyenquang.gov.vn/tin-bai/hoi-nghi")
    assert (unit.name, unit.level, unit.province) == ("Lũng Cú", "xã", "Tuyên Quang")


def test_eval_reads_each_articles_address_from_a_manifest(cli, tmp_path):
    import json

    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    (articles / "a.txt").write_text("Hội nghị thường kỳ tháng 9\n" + UNNAMED + "\nTrong tháng, toàn huyện thu ngân sách đạt 12 tỷ đồng.\n", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({"article": "a.txt", "unit": {"name": "Yên Lập", "province": "Phú Thọ"}}), encoding="utf-8")
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("file\turl\tnotes\na.txt\thttps://yenlap.phutho.gov.vn/tin/a\tx\n", encoding="utf-8")
    scored = lambda *extra: json.loads(cli("eval", "--gold", gold, "--articles", articles, "--backend", "rules", "--json", *extra).output)["total"]  # noqa: E731
    assert (scored()["unit"], scored("--manifest", manifest)["unit"]) == (0, 1)
    assert scored("--manifest", manifest)["province"] == 1
    result = cli("eval", "--gold", gold, "--articles", articles, "--manifest", tmp_path / "nowhere.tsv")
    assert result.exit_code == 1 and f"lỗi: {tmp_path / 'nowhere.tsv'}: không tìm thấy" in result.output
    (tmp_path / "bad.tsv").write_text("tệp\tđịa chỉ\na.txt\thttps://x.vn\n", encoding="utf-8")
    result = cli("eval", "--gold", gold, "--articles", articles, "--manifest", tmp_path / "bad.tsv")
    assert result.exit_code == 1 and "không phải tệp manifest (cần dòng tiêu đề có cột file và url)" in result.output


# --- photo captions --------------------------------------------------------------------------------

CAPTIONED = """Hội nghị giao ban tháng 10
Đồng chí Bí thư Huyện ủy Mèo Vạc phát biểu tại hội nghị
Sáng 30/10, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban đánh giá kết quả tháng 10 năm 2023.
Trong tháng, toàn huyện trồng mới 120 ha rừng, đạt 100% kế hoạch.
Quang cảnh hội nghị.
Hội nghị yêu cầu các xã tập trung thu hoạch lúa mùa.
"""


def test_a_unit_named_only_in_a_caption_is_found_and_the_caption_is_no_item(tmp_path):
    from summarizer.extract import extract
    from summarizer.sources import make_article, read_article

    path = tmp_path / "a.txt"
    path.write_text(CAPTIONED, encoding="utf-8")
    article = read_article(path)
    report = extract(article, "rules")
    assert (report.unit.name, report.unit.province) == ("Mèo Vạc", "Hà Giang")
    quotes = [i.evidence for i in report.achievements + report.shortcomings + report.next_tasks]
    assert any("120 ha rừng" in q for q in quotes) and not any("Quang cảnh" in q or "phát biểu tại" in q for q in quotes)
    # Keyed as before captions were kept: the same article stored by an older version is not stored twice.
    uncaptioned = "\n".join(line for line in CAPTIONED.splitlines() if "Mèo Vạc" not in line and "Quang cảnh" not in line)
    assert article.id == make_article(uncaptioned, "b.txt").id


def test_a_renamed_province_has_the_name_of_the_articles_date():
    from summarizer.units import check_unit
    from summarizer.schema import Unit

    text = "UBND huyện Phú Lộc, tỉnh Thừa Thiên Huế họp thường kỳ tháng 5."
    then = find_unit(text, "huyện", date(2022, 5, 30))
    assert (then.name, then.province, then.province_now) == ("Phú Lộc", "Thừa Thiên Huế", "Huế")
    assert find_unit("UBND huyện Phú Lộc họp thường kỳ tháng 5.", "huyện", date(2025, 5, 30)).province == "Huế"
    # A model that gives the province its name of the time is right.
    proposed = Unit(name="Phú Lộc", level="huyện", province="Thừa Thiên Huế")
    assert check_unit(proposed, "UBND huyện Phú Lộc họp thường kỳ tháng 5.", date(2022, 5, 30)) == (then, [])


# --- names as the press writes them ---------------------------------------------------------------

# (set 2)
def test_a_provincial_capital_of_its_provinces_name_is_still_a_city():
    unit = find_unit("Thành ủy Thái Nguyên họp, đánh giá kết quả của thành phố Thái Nguyên năm 2020.")
    assert (unit.name, unit.level) == ("Thái Nguyên", "thành phố")


# (set 3)
def test_a_name_of_two_parts_joined_by_a_dash_is_one_name():
    when = date(2021, 3, 30)
    for text in (
        "UBND thành phố Phan Rang - Tháp Chàm họp thường kỳ.",
        "Thành ủy Phan Rang – Tháp Chàm họp quý I.",
        "Thành ủy Phan Rang-Tháp Chàm họp quý I.",
    ):
        unit = find_unit(text, "thành phố", when)
        assert (unit.name, unit.province) == ("Phan Rang - Tháp Chàm", "Ninh Thuận")
    ward = find_unit("UBND phường Xuân Hương - Đà Lạt họp thường kỳ tháng 9.", "phường", date(2025, 9, 29))
    assert (ward.name, ward.province) == ("Xuân Hương - Đà Lạt", "Lâm Đồng")
    # A dash the gazetteer has no such name across: the district, then its province.
    assert find_unit("UBND huyện Bắc Sơn - Lạng Sơn họp thường kỳ.", "huyện", when).name == "Bắc Sơn"


# (set 3)
def test_a_city_written_by_its_initials_is_that_city():
    when = date(2021, 3, 30)
    for text, name in (
        ("UBND thành phố PRTC họp thường kỳ tháng 3.", "Phan Rang - Tháp Chàm"),
        ("Sáng 30/3, Thành ủy TP. BMT tổ chức hội nghị quý I.", "Buôn Ma Thuột"),
        ("UBND TP.TDM họp phiên thường kỳ.", "Thủ Dầu Một"),
    ):
        assert find_unit(text, "thành phố", when).name == name
    # Initials that are no city's stay initials ("huyện NTM": a district of the new countryside).
    assert find_unit("Huyện đạt chuẩn huyện NTM.", "huyện", when).name is None


# (set 8)
def test_a_ward_whose_name_ends_in_hội_or_đồng_keeps_its_last_word():
    for written in ("phường Thông Tây Hội (TPHCM)", "xã Tân Hội, tỉnh Lâm Đồng"):
        unit = find_unit(f"Ngày 20-12, Đảng ủy {written} tổ chức hội nghị tổng kết năm 2025.", when=date(2025, 12, 20))
        assert unit.name == written.split(" (")[0].split(",")[0].split(" ", 1)[1], unit


# (set 13)
def test_a_district_name_with_a_syllable_in_lower_case_is_still_the_district():
    report = report_of(
        "UBND huyện Quan hóa sơ kết 6 tháng\n"
        "Sáng 30/6/2023, UBND huyện Quan hóa tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2023.\n"
        "6 tháng đầu năm, giá trị sản xuất nông, lâm nghiệp ước đạt 312 tỷ đồng, tăng 4,5% so với cùng kỳ.\n"
    )
    assert (report.unit.name, report.unit.province) == ("Quan Hóa", "Thanh Hóa")


# (set 14)
def test_a_place_name_ending_in_the_first_word_of_a_title_is_a_name():
    report = report_of(
        "Đảng ủy phường Uông Bí họp thường kỳ tháng 10\n"
        "Chiều 28/10, đồng chí Trần Văn Hòa, Bí thư Đảng ủy phường Uông Bí chủ trì hội nghị Ban Thường vụ thường kỳ "
        "tháng 10 năm 2025. Phường Uông Bí đã thu ngân sách đạt 85% dự toán năm.\n"
    )
    assert report.unit.name == "Uông Bí" and report.unit.province == "Quảng Ninh"


# (set 15)
def test_a_city_or_town_written_with_its_level_abbreviated_is_named():
    report = report_of(
        "Kỳ họp HĐND thành phố giữa năm\n"
        "Sáng nay 20.7, HĐND TP.Bảo Lộc tổ chức kỳ họp thứ sáu. Kinh tế TP. Bảo Lộc 6 tháng đầu năm 2022 "
        "tăng trưởng 7%.\n"
    )
    assert report.unit.name == "Bảo Lộc" and report.unit.province == "Lâm Đồng"


# (set 16)
@pytest.mark.parametrize("name, province", [("Trung Hội", "Thái Nguyên"), ("Cự Đồng", "Phú Thọ")])
def test_a_commune_whose_name_ends_in_the_first_word_of_a_title_is_named_before_a_verb(name, province):
    report = report_of(
        "Hội nghị Đảng ủy xã tổng kết năm 2025\n"
        f"Ngày 20/1/2026, Đảng ủy xã {name} tổ chức hội nghị tổng kết công tác năm 2025. Xã {name} đã thu "
        "ngân sách đạt 112% dự toán.\n"
    )
    assert (report.unit.name, report.unit.province) == (name, province)


# (set 26)
def test_a_headline_under_a_dated_bar_with_the_district_abbreviated_names_the_unit():
    # The page's date bar under the headline ("- Thứ Hai, …") is not the headline; "H. X, <province>:"
    # abbreviates "huyện", and the province after the comma is no second district.
    report = report_of(
        "H. Yên Thế, Bắc Giang: Phát triển kinh tế đồi rừng\n\n"
        "- Thứ Hai, 12/07/2021, 07:15\n\n"
        "Theo báo cáo tại kỳ họp thứ 2 HĐND huyện, 6 tháng đầu năm 2021, tổng giá trị sản xuất của huyện đạt "
        "hơn 2.100 tỷ đồng, tăng 8,1% so với cùng kỳ; thu ngân sách đạt 61% dự toán năm.\n",
        "yen-the.txt",
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Yên Thế", "huyện", "Bắc Giang")
    # (set 90) a district merged away before the gazetteer's state is read so too: Yên Dũng, until 31/12/2024
    report = report_of(
        "H. Yên Dũng, Bắc Giang: Hoàn thành 9/9 tiêu chí huyện nông thôn mới\n\n"
        "Theo ghi nhận tại Kỳ họp thứ 2, HĐND huyện khóa XX, 6 tháng đầu năm 2021, huyện đã hoàn thành 9/9 tiêu chí "
        "huyện nông thôn mới; thu ngân sách đạt 61% dự toán năm.\n",
        "yen-dung.txt",
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Yên Dũng", "huyện", "Bắc Giang")


# (sets 40-41)
def test_a_communes_level_is_the_one_its_full_name_writes():
    # the gazetteer's source types a few communes against their names ("Phường Việt Hòa" typed "Xã"); the
    # shipped data takes the level the name writes, so the text's "phường Việt Hòa" is found, and a "xã" of
    # that name is not
    ward = find_unit("Sáng 15/12/2025, UBND phường Việt Hòa tổ chức hội nghị tổng kết năm 2025.", None, date(2025, 12, 15))
    assert (ward.name, ward.level, ward.province) == ("Việt Hòa", "phường", "Hải Phòng")
    commune = find_unit("Sáng 15/12/2025, UBND xã Vĩnh Hòa tổ chức hội nghị tổng kết năm 2025.", None, date(2025, 12, 15))
    assert (commune.name, commune.level) == ("Vĩnh Hòa", "xã")


# --- places several provinces share ---------------------------------------------------------------

# (set 2)
def test_a_ward_of_a_name_several_provinces_have_takes_the_city_written_after_it():
    # Diên Hồng is a ward of Hồ Chí Minh City and of Gia Lai: the abbreviation decides
    for written in ("phường Diên Hồng, TPHCM", "phường Diên Hồng (TP.HCM)", "phường Diên Hồng, thành phố Hồ Chí Minh"):
        unit = find_unit(f"Chiều 20-12, UBND {written} tổ chức hội nghị tổng kết năm.", when=date(2025, 12, 20))
        assert (unit.name, unit.level, unit.province) == ("Diên Hồng", "phường", "Hồ Chí Minh"), written


# (set 10)
def test_a_province_written_in_brackets_or_before_the_headline_colon_places_a_commune_several_provinces_have():
    # (xã Phú Xuân is a commune of Thanh Hóa and one of Đắk Lắk; phường Phú Xuân is in Huế)
    when = date(2025, 12, 20)
    bracketed = find_unit("Ngày 20-12, Đảng ủy xã Phú Xuân (Đắk Lắk) tổ chức hội nghị tổng kết năm 2025.", when=when)
    assert (bracketed.name, bracketed.province) == ("Phú Xuân", "Đắk Lắk")
    headline = find_unit(
        "Thanh Hóa: Xã Phú Xuân hoàn thành 15/15 chỉ tiêu\nNgày 20-12, UBND xã Phú Xuân tổ chức hội nghị tổng kết.",
        when=when,
    )
    assert (headline.name, headline.province) == ("Phú Xuân", "Thanh Hóa")
    untagged = find_unit("Ngày 20-12, Đảng ủy xã Phú Xuân tổ chức hội nghị tổng kết năm 2025.", when=when)
    assert (untagged.name, untagged.province) == ("Phú Xuân", None)  # no guess between the two


# (set 16)
@pytest.mark.parametrize(
    "deed, province",
    [
        ("rà soát quy hoạch chung đô thị Huế để đề xuất điều chỉnh và thu ngân sách", "Huế"),
        ("thu ngân sách", None),  # namesakes, and the text names neither province: no guess
    ],
)
def test_a_ward_of_a_name_two_provinces_have_is_placed_in_the_one_the_text_writes(deed, province):
    # (phường Thuận An: Huế's and Hồ Chí Minh's; Phong Điền, used before, is a ward of Huế only once the gazetteer
    # reads Cần Thơ's Phong Điền as the commune its full name says it is)
    report = report_of(
        "Đảng ủy phường Thuận An sơ kết 9 tháng\n"
        f"Ngày 30/9/2025, Đảng ủy phường Thuận An tổ chức hội nghị sơ kết 9 tháng đầu năm 2025. Phường đã {deed} "
        "đạt 90% dự toán.\n"
    )
    assert (report.unit.name, report.unit.province) == ("Thuận An", province)


# (set 26)
def test_a_province_tagged_to_another_place_is_not_given_to_a_unit_left_unnamed():
    # The union's district is never named; the province in brackets says where the gifts went.
    text = (
        "Tổng kết công tác Đoàn năm 2022\n"
        "Ngày 29/12/2022, Ban Chấp hành Đoàn huyện tổ chức hội nghị tổng kết công tác Đoàn năm 2022.\n"
        "Trong năm, Đoàn huyện đã trao 50 suất quà cho học sinh nghèo tại huyện Chi Lăng (Lạng Sơn) và huyện "
        "Bắc Sơn (Lạng Sơn).\n"
    )
    unit = report_of(text).unit
    assert (unit.name, unit.province) == (None, None)
    # A tag on no named place still says where the article is from.
    tagged = text.replace("Tổng kết công tác Đoàn năm 2022\n", "Lạng Sơn: Tổng kết công tác Đoàn năm 2022\n")
    assert report_of(tagged).unit.province == "Lạng Sơn"


# (sets 45 and 53)
@pytest.mark.parametrize(
    "superior, province",
    [
        ("Phó Chủ tịch UBND thành phố dự và chỉ đạo hội nghị.", "Hà Nội"),  # the city's: Hà Nội has a xã Hòa Phú
        ("Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.", "Đắk Lắk"),  # a province's: Đắk Lắk has the other
        ("Các đại biểu dự hội nghị.", None),  # neither: the name alone does not say
    ],
)
def test_a_commune_namesake_is_placed_by_the_kind_of_province_its_superiors_are(superior, province):
    text = f"Sáng 5/8/2025, UBND xã Hòa Phú họp phiên thường kỳ tháng 7.\n{superior}\n"
    unit = find_unit(text, level="xã", when=date(2025, 8, 5))
    assert (unit.name, unit.province) == ("Hòa Phú", province)


# (set 58)
@pytest.mark.parametrize(
    "communes, province",
    [
        ("xã Thanh Điền", "Tây Ninh"),  # of one Châu Thành only, Tây Ninh's
        ("xã Long Vĩnh", "Tây Ninh"),  # a name three provinces have, in one Châu Thành
        ("xã Long Vĩnh và xã Phú Túc", None),  # Tây Ninh's Châu Thành and Bến Tre's: no guess
        ("các xã", None),
    ],
)
def test_a_district_several_provinces_have_is_placed_by_the_communes_named_in_it(communes, province):
    text = (
        "Sáng 29.5.2024, UBND huyện Châu Thành họp thường kỳ tháng 5.\n"
        f"Huyện tập trung xây dựng các tiêu chí nông thôn mới đối với {communes}.\n"
    )
    unit = find_unit(text, level="huyện", when=date(2024, 5, 29))
    assert (unit.name, unit.province) == ("Châu Thành", province)


# --- units merged or renamed, as of the article's date --------------------------------------------

# (set 1)
def test_a_ward_of_a_town_merged_away_later_names_the_town_of_the_article_date():
    # Phường Nghi Hòa was in thị xã Cửa Lò until Cửa Lò joined thành phố Vinh at the end of 2024.
    text = "Sáng 10/9, UBND thị xã họp giao ban tháng 8. Thị xã đã diễn tập phòng thủ tại phường Nghi Hòa."
    unit = find_unit(text, "thị xã", date(2019, 9, 10))
    assert (unit.name, unit.level, unit.province) == ("Cửa Lò", "thị xã", "Nghệ An")
    # The organ's level decides between the two; none of that level: no guess.
    assert find_unit(text.replace("thị xã", "thành phố"), "thành phố", date(2019, 9, 10)).name == "Vinh"
    assert find_unit(text.replace("thị xã", "huyện"), "huyện", date(2019, 9, 10)).name is None


# (set 3)
def test_a_district_merged_away_in_the_2023_2025_round_is_known_as_of_the_article_date():
    # Huyện Nông Sơn (Quảng Nam) joined huyện Quế Sơn on 1 January 2025 (1241/NQ-UBTVQH15).
    text = "Sáng 6/7, Huyện ủy Nông Sơn tổ chức hội nghị đánh giá 6 tháng đầu năm."
    found = {day.year: find_unit(text, "huyện", day) for day in (date(2023, 7, 6), date(2025, 3, 6))}
    assert (found[2023].name, found[2023].province, found[2023].province_now) == ("Nông Sơn", "Quảng Nam", "Đà Nẵng")
    assert found[2025].name is None


# (set 21)
def test_a_district_merged_away_at_the_end_of_2024_is_still_named_in_its_older_articles():
    report = report_of(
        "Kỳ họp thứ 13 HĐND huyện Cát Tiên\n"
        "Ngày 17/12/2019, HĐND huyện Cát Tiên khai mạc kỳ họp thứ 13, đánh giá kết quả năm 2019.\n\n"
        "Năm 2019, thu ngân sách trên địa bàn huyện đạt 45 tỷ đồng, vượt 8% dự toán.\n"
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Cát Tiên", "huyện", "Lâm Đồng")


# (set 21)
def test_districts_merged_before_the_new_year_end_on_the_day_their_resolution_took_force():
    # 1245/NQ-UBTVQH15 merged Đạ Tẻh and Cát Tiên into Đạ Huoai from 1 December 2024, and
    # 1104/NQ-UBTVQH15 merged Mỹ Lộc into TP Nam Định from 1 September 2024: a meeting after those
    # days cannot be held by the old district, so its name no longer resolves to it.
    for name, last, after in (("Đạ Tẻh", date(2024, 11, 30), date(2024, 12, 10)), ("Mỹ Lộc", date(2024, 8, 31), date(2024, 10, 5))):
        text = f"Sáng nay, UBND huyện {name} họp đánh giá kết quả tháng."
        assert find_unit(text, "huyện", last).name == name
        assert find_unit(text, "huyện", after).name is None


# (sets 34-35)
def test_a_numbered_urban_district_is_found_as_of_the_article_date():
    # "Quận ủy quận 10", "Q.5": a city's districts named by their number, before the districts were abolished
    unit = find_unit("Tại hội nghị, Bí thư Quận ủy quận 10 biểu dương thành tích mà quận 10 đạt được.", None, date(2025, 4, 2))
    assert (unit.name, unit.level, unit.province) == ("Quận 10", "quận", "Hồ Chí Minh")
    unit = find_unit("UBND Q.5 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.", "quận", date(2023, 7, 10))
    assert (unit.name, unit.province) == ("Quận 5", "Hồ Chí Minh")
    # quận 9 became part of thành phố Thủ Đức on 1/1/2021: known in 2020, not after
    assert find_unit("UBND quận 9 tổ chức hội nghị tổng kết năm 2019.", "quận", date(2020, 1, 8)).name == "Quận 9"
    assert find_unit("UBND quận 9 tổ chức hội nghị tổng kết năm 2021.", "quận", date(2022, 1, 8)).name is None
    # a count after the word is no district's number
    assert find_unit("Hội nghị tổng kết quận 3 tháng đầu năm.", "quận", date(2023, 4, 1)).name is None


# --- which place the text is about ----------------------------------------------------------------

# (set 1)
def test_a_district_article_that_names_only_its_communes_is_the_districts():
    # No organ in the opening; "Huyện ủy", "UBND huyện" later say the unit is a district, and the
    # district is the one of its communes (Kim Lư is a commune of Na Rì only): not the commune itself.
    text = (
        "Sáu tháng đầu năm, sản xuất nông nghiệp của huyện cơ bản đạt kế hoạch.\n"
        "Đến nay xã Kim Lư đạt chuẩn nông thôn mới nâng cao.\n"
        "UBND huyện báo cáo với Hội nghị về tiến độ các chương trình; Huyện ủy chỉ đạo tiếp tục giảm nghèo.\n"
    )
    unit = find_unit(text)
    assert (unit.name, unit.level, unit.province) == ("Na Rì", "huyện", "Bắc Kạn")


# (set 1)
def test_communes_listed_after_a_plural_level_word_name_their_district():
    text = (
        "Ngày 25/4/2024, UBND thị xã họp phiên thường kỳ tháng 4. Các đại biểu nêu tình trạng ô nhiễm "
        "nguồn nước tại các xã như: Hà Mãn, Xuân Lâm và Song Liễu."
    )
    unit = find_unit(text, "thị xã", date(2024, 4, 25))
    assert (unit.name, unit.level, unit.province) == ("Thuận Thành", "thị xã", "Bắc Ninh")


# (set 1)
def test_a_site_whose_host_glues_the_level_word_to_the_name_names_its_district():
    text = "Ngày 12/5, UBND huyện họp phiên thường kỳ tháng 4. Trong tháng, toàn huyện trồng 40 ha rừng."
    unit = find_unit(text, "huyện", date(2022, 5, 12), "https://huyenbacha.laocai.gov.vn/tin-tuc/hop-thuong-ky-thang-4")
    assert (unit.name, unit.level, unit.province) == ("Bắc Hà", "huyện", "Lào Cai")
    city = "http://www.thanhphothaibinh.gov.vn/DetailView/12/Uy-ban-nhan-dan-thanh-pho-hop-phien-thuong-ky.html"
    unit = find_unit(text.replace("huyện", "thành phố"), "thành phố", date(2022, 5, 12), city)
    assert (unit.name, unit.level, unit.province) == ("Thái Bình", "thành phố", "Thái Bình")


# (set 7)
def test_a_district_is_inferred_from_communes_whose_names_end_in_hoi():
    from summarizer.units import find_unit

    text = (
        "UBND huyện tổ chức họp thành viên thường kỳ tháng 6/2021.\n"
        "Công tác phòng chống dịch bệnh được tăng cường, đã công bố hết dịch tại 03 xã Ya Hội, Hà Tam và Phú An.\n"
    )
    unit = find_unit(text, "huyện")
    assert (unit.name, unit.province, unit.stated) == ("Đăk Pơ", "Gia Lai", False)


# (set 9)
def test_after_the_reform_a_former_city_named_for_comparison_is_not_the_unit():
    text = (
        "Ngày 12/9, phường Vân Phú tổ chức giao ban. Phường Vân Phú đứng đầu các phường thuộc "
        "thành phố Việt Trì cũ về cải cách hành chính."
    )
    unit = find_unit(text, when=date(2025, 9, 12))
    assert (unit.name, unit.level) == ("Vân Phú", "phường")


# (set 14)
def test_an_organ_in_a_guests_title_is_not_the_body_that_met():
    report = report_of(
        "Đồng chí Lê Minh Tâm, Phó Bí thư Thành ủy TPHCM, phụ trách Đảng bộ xã Long Hải dự hội nghị\n"
        "Ngày 10/12, Đảng ủy xã Long Hải tổ chức hội nghị tổng kết năm 2025. Trong năm, xã thu ngân sách đạt "
        "120% kế hoạch.\n"
    )
    assert report.unit.name == "Long Hải" and report.unit.level == "xã"


# (set 17)
def test_the_local_stations_name_heading_the_page_gives_the_unit_the_text_leaves_unnamed():
    from tests.kinds import report_of

    text = (
        "Truyền hình Quế Sơn\n\n"
        "UBND huyện họp đánh giá tình hình 9 tháng năm 2023\n\n"
        "Chiều ngày 06/10/2023, UBND huyện tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng năm 2023.\n"
        "Tổng sản lượng lương thực đạt 52.300 tấn, đạt 98% kế hoạch.\n"
    )
    report = report_of(text)
    assert (report.unit.name, report.unit.province, report.unit.stated) == ("Quế Sơn", "Quảng Nam", False)
    unnamed = report_of(text.replace("Truyền hình Quế Sơn\n\n", "Truyền hình trực tuyến\n\n"))
    assert unnamed.unit.name is None


# (set 18)
def test_after_the_reform_a_city_committee_in_a_guests_title_does_not_make_the_commune_a_district():
    report = report_of(
        "Sáng 14-1, đồng chí Lê Hoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy TPHCM, đến dự "
        "hội nghị tổng kết công tác năm 2025 tại xã Tân Lập.\n\n"
        "Năm 2025, thu ngân sách của xã Tân Lập đạt 130% dự toán.\n"
    )
    assert report.unit.name == "Tân Lập"
    assert report.unit.level == "xã"


# (set 26)
def test_a_district_youth_union_names_its_district():
    report = report_of(
        "Huyện đoàn Vũ Thư tổng kết công tác năm 2022\n"
        "Sáng 28/12/2022, Ban Chấp hành huyện Đoàn Vũ Thư tổ chức hội nghị tổng kết công tác Đoàn năm 2022. "
        "Trong năm, các cơ sở đoàn xây dựng 12 công trình thanh niên; tặng quà cho học sinh tại huyện Bình "
        "Gia (Lạng Sơn).\n",
        "vu-thu.txt",
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Vũ Thư", "huyện", "Thái Bình")


# (set 30)
def test_a_section_label_under_the_headline_does_not_hide_the_headlines_unit():
    report = report_of(
        "Thị xã Hòa Bình đánh giá tình hình kinh tế - xã hội tháng 10/2022\n\n"
        "Kinh tế - Xã hội\n\n"
        "Sáng ngày 03/11, UBND thị xã đã họp đánh giá tình hình kinh tế - xã hội tháng 10/2022 và đề ra nhiệm vụ "
        "trọng tâm tháng 11. Trong tháng 10, thu ngân sách trên địa bàn đạt 45 tỷ đồng, giải ngân vốn đầu tư công "
        "đạt 70% kế hoạch, an ninh chính trị và trật tự an toàn xã hội được giữ vững.\n",
        "hoa-binh.txt",
    )
    assert report.unit.name == "Hòa Bình" and report.unit.level == "thị xã"


# (set 30)
def test_a_ward_named_as_where_a_district_acted_is_not_the_unit():
    report = report_of(
        "Trong 9 tháng năm 2022, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng. Quận cũng tập trung xử lý công trình "
        "xây dựng vi phạm tại phường Ngã Tư Sở, Nam Đồng và một số phường. Đến nay, toàn quận có 40/60 trường công "
        "lập đạt chuẩn quốc gia.\n",
        "hoa-binh.txt",
    )
    assert report.unit.name is None and report.unit.province is None and report.unit.level == "quận"


# (sets 40-41)
def test_a_members_title_names_no_body_that_met():
    # "…, Thành ủy viên, Bí thư Đảng ủy …": no city committee met; the unit is the ward the text names
    text = (
        "Hội Nông dân phường Cẩm Thượng tổng kết công tác năm 2024\n"
        "Chiều ngày 16/12/2024, Hội Nông dân phường Cẩm Thượng tổ chức tổng kết công tác năm 2024.\n"
        "Dự hội nghị có đồng chí Lê Văn Tùng, Thành ủy viên, Bí thư Đảng ủy phường.\n"
        "Năm 2024, Hội vận động hội viên xây dựng 12 mô hình kinh tế; phối hợp Công an phường tuần tra đêm."
    )
    report = report_of(text)
    assert report.organ != "Thành ủy"
    assert report.unit.name == "Cẩm Thượng" and report.unit.level == "phường"


# (sets 60-65, 72: the Front, the unions, the youth, the police and the militia hold reviews of their own)
def test_a_communes_youth_union_names_its_commune_not_the_district_of_its_guest():
    report = report_of(
        "Đoàn Thanh niên xã Chân Mộng tổ chức Hội nghị tổng kết công tác Đoàn năm 2024\n"
        "Ngày 18/01/2025, Đoàn Thanh niên xã Chân Mộng đã tổ chức Hội nghị tổng kết công tác Đoàn năm 2024. Tham dự "
        "có đồng chí Lê Văn An – Bí thư Huyện đoàn Đoan Hùng; đồng chí Trần Văn Bình, Bí thư Huyện đoàn Đoan Hùng.\n"
        "Năm 2024, Đoàn xã tổ chức 12 buổi sinh hoạt cho 300 đoàn viên.\n",
        "chan-mong.txt",
    )
    assert report.organ == "Đoàn Thanh niên xã"
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Chân Mộng", "xã", "Phú Thọ")


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        ("Sáng 10/12/2024, Hội Nông dân huyện Đoan Hùng tổ chức hội nghị tổng kết năm 2024.", "Hội Nông dân huyện"),
        ("Ngày 5/7/2024, Ủy ban MTTQ Việt Nam huyện Đoan Hùng tổ chức hội nghị sơ kết 6 tháng.", "Ủy ban MTTQ Việt Nam huyện"),
        ("Ngày 5/7/2024, Ban Chỉ huy Quân sự huyện Đoan Hùng tổ chức hội nghị sơ kết 6 tháng.", "Ban Chỉ huy Quân sự huyện"),
        ("Ngày 5/7/2024, Công an huyện Đoan Hùng tổ chức hội nghị sơ kết 6 tháng.", "Công an huyện"),
        # a province-level city's Front above the ward that met is not the body that met
        ("Tại hội nghị, Ban Thường trực Mặt trận phường công bố quyết định của Ủy ban MTTQ Việt Nam thành phố Đà "
         "Nẵng về việc công nhận Ủy viên Ủy ban MTTQ Việt Nam phường Hải Châu.", "Thường trực Mặt trận phường"),
    ],
)
def test_the_fronts_unions_police_and_militia_are_the_bodies_that_met(opening, organ):
    assert find_organ(opening)[0] == organ


# (set 74)
def test_communes_counted_then_named_place_an_unnamed_district():
    report = report_of(
        "UBND huyện họp thường kỳ tháng 5\n"
        "Trong tháng 5, thu ngân sách nhà nước của huyện được hơn 23 tỷ đồng; đến nay huyện có 5/11 xã đạt chuẩn nông thôn "
        "mới và đang đề nghị thẩm định thêm 3 xã là Hồ Thị Kỷ, Tân Lộc Bắc và Tân Lộc Đông.\n",
        "huyen.txt",
    )
    assert (report.unit.name, report.unit.province) == ("Thới Bình", "Cà Mau")


# (set 84)
def test_a_commune_named_once_as_where_a_guest_came_from_is_not_the_unit():
    # the meeting's own commune is never named; the only commune named is a guest's station's
    text = (
        "Chiều ngày 9/10/2023, UBND xã tổ chức phiên họp thường kỳ tháng 10 năm 2023. Tham dự phiên họp có ông "
        "Lò Văn Hải, đại diện trạm y tế Nà Lầy, xã Thanh Chăn, lãnh đạo MTTQ xã và các trưởng thôn.\n"
        "Chủ tịch UBND xã yêu cầu các thôn rà soát hộ nghèo đúng thời gian.\n"
    )
    assert find_unit(text, "xã", date(2023, 10, 9)).name is None
    # written with its organ, the commune of a guest's title is the unit's
    text = text.replace("đại diện trạm y tế Nà Lầy, xã Thanh Chăn", "Bí thư Đảng ủy xã Thanh Chăn")
    unit = find_unit(text, "xã", date(2023, 10, 9))
    assert (unit.name, unit.province) == ("Thanh Chăn", "Điện Biên")


# (set 83)
def test_a_commune_merged_away_before_the_gazetteers_state_is_the_unit_its_organ_names():
    # Thị trấn Hùng Quốc (huyện Trà Lĩnh, Cao Bằng) was merged in 2020: the gazetteer, the communes of
    # mid-2025, has no such name; its council named with its district on a 2019 date is the unit, with a warning
    from summarizer.units import find_unit_with_warnings

    text = "Ngày 06/6, HĐND thị trấn Hùng Quốc huyện Trà Lĩnh tổ chức kỳ họp thứ 10.\n"
    unit, notes = find_unit_with_warnings(text, "thị trấn", date(2019, 6, 6))
    assert (unit.name, unit.level, unit.province) == ("Hùng Quốc", "thị trấn", "Cao Bằng")
    assert notes and "Hùng Quốc" in notes[0]
    # not named with an organ, or dated after the reform: nothing to go by
    assert find_unit("Ngày 06/6, đoàn công tác về thị trấn Hùng Quốc huyện Trà Lĩnh.", "thị trấn", date(2019, 6, 6)).name is None
    assert find_unit(text, "thị trấn", date(2025, 9, 6)).name is None


# (set 91)
def test_a_working_session_of_the_district_with_a_communes_committee_is_the_communes():
    report = report_of(
        "Huyện ủy Vĩnh Linh làm việc với Ban Thường vụ Đảng ủy xã Vĩnh Lâm\n"
        "Ngày 05/7/2024, Bí thư Huyện ủy Vĩnh Linh chủ trì buổi làm việc với Ban Thường vụ Đảng ủy xã Vĩnh Lâm về tình "
        "hình thực hiện nhiệm vụ 6 tháng đầu năm 2024.\n"
        "Sáu tháng đầu năm, xã thu ngân sách đạt 62% dự toán.\n"
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Vĩnh Lâm", "xã", "Quảng Trị")
    assert find_organ("Huyện ủy Vĩnh Linh làm việc với Ban Thường vụ Đảng ủy xã Vĩnh Lâm")[0] == "Ban Thường vụ Đảng ủy xã"


# (set 91)
def test_an_undated_review_of_a_year_before_the_reform_is_read_with_the_communes_of_then():
    # Xã Hương Bình was a commune of Hà Tĩnh and of Huế before July 2025, and is one province's now: a 2019
    # review with no meeting day is read with the communes of 2019, so the text leaves the province open
    report = report_of(
        "HĐND xã Hương Bình tổ chức kỳ họp cuối năm 2019\n"
        "Vừa qua, HĐND xã Hương Bình tổ chức kỳ họp thứ 9 đánh giá tình hình kinh tế - xã hội năm 2019.\n"
        "Năm 2019, thu ngân sách xã đạt 112% dự toán.\n"
    )
    assert (report.unit.name, report.unit.province) == ("Hương Bình", None)
    from summarizer.units import as_of

    assert as_of(None, Period(kind="year", year=2019, month=12)) == date(2019, 12, 31)
    assert as_of(None, Period(kind="half", year=2025, month=6)) is None  # may be held in July, by a new commune
    assert as_of(date(2019, 12, 20), Period(kind="year", year=2019, month=12)) == date(2019, 12, 20)


# (set 95)
def test_a_working_session_with_a_commune_named_by_its_level_is_the_communes():
    report = report_of(
        "Chiều ngày, 21/7, Thường trực Huyện ủy có buổi làm việc với xã Tùng Châu để nghe và cho ý kiến về kết quả "
        "lãnh đạo thực hiện nhiệm vụ chính trị 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2021.\n"
        "Sáu tháng đầu năm, xã thu ngân sách đạt 62% dự toán.\n"
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Tùng Châu", "xã", "Hà Tĩnh")
    assert report.meeting_date == date(2021, 7, 21)  # (a comma after "ngày")


# (set 95)
def test_the_commission_or_delegation_in_a_guests_title_is_not_the_body_that_met():
    # the opening names the guest's commission ("Phó Trưởng ban Tuyên giáo Huyện ủy") and delegation ("đoàn công tác
    # của BTV Huyện ủy") before the commune's party committee that met
    opening = (
        "Về dự và chỉ đạo có đồng chí Trần Văn Bình, Huyện ủy viên, Phó Trưởng ban Tuyên giáo Huyện ủy, Trưởng đoàn "
        "công tác của BTV Huyện ủy tại Đảng bộ xã Yên Hồ; chủ trì hội nghị có đồng chí Lê Thị Hoa, Bí thư Đảng ủy xã.\n"
    )
    assert find_organ(opening) == ("Đảng bộ xã", "xã")
    report = report_of(opening + "Trong 6 tháng đầu năm 2021, xã thu ngân sách đạt 3,2 tỷ đồng, bằng 75% kế hoạch.\n")
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Yên Hồ", "xã", "Hà Tĩnh")


# (set 96)
def test_a_council_named_with_the_abbreviation_it_introduces_is_the_body_that_met():
    opening = (
        "Trong 2 ngày 29 và 30/6/2022, Hội đồng nhân dân (HĐND) thành phố Vị Thanh khóa XII tổ chức kỳ họp thứ 7. "
        "Về phía thành phố có ông Trần Văn An, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố."
    )
    assert find_organ(opening) == ("HĐND thành phố", "thành phố")


# (set 106)
def test_a_city_written_t_p_names_its_unit():
    report = report_of(
        "Đảng bộ T.P Thái Nguyên: Lãnh đạo hoàn thành vượt mức nhiều chỉ tiêu\n"
        "Chiều 11-12, Đảng bộ T.P Thái Nguyên đã tổ chức Hội nghị Ban Chấp hành lần thứ 32 để đánh giá kết quả công tác năm "
        "2019. Đồng chí Đoàn Thị Hảo, Bí thư Thành ủy chủ trì Hội nghị.\n"
        "Năm 2019, thu ngân sách trên địa bàn thành phố đạt 2.100 tỷ đồng.\n"
    )
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Thái Nguyên", "thành phố", "Thái Nguyên")
