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
