"""Units resolved through the gazetteer (vietnamadminunits' data, shipped); sentences are synthetic."""

import gzip
import json
import re
import sqlite3
import subprocess
import sys
import tomllib
from datetime import date
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

import pytest

from summarizer import gazetteer
from summarizer.text import match_key
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


def test_a_district_with_a_namesake_of_another_level_in_its_province_is_known():
    # The source names them "Kỳ Anh (Thị xã)" and "Kỳ Anh (Huyện)"; texts write "thị xã Kỳ Anh".
    unit = find_unit("HĐND thị xã Kỳ Anh họp kỳ thứ 16.", "thị xã", date(2020, 7, 20))
    assert (unit.name, unit.level, unit.province) == ("Kỳ Anh", "thị xã", "Hà Tĩnh")
    unit = find_unit("UBND huyện Cai Lậy họp thường kỳ tháng 5.", "huyện", date(2023, 5, 30))
    assert (unit.name, unit.province) == ("Cai Lậy", "Tiền Giang")
    # and a commune of such a name: "Yên Viên (Thị trấn)" beside "Yên Viên (Xã)" in Gia Lâm
    unit = find_unit("Đảng ủy thị trấn Yên Viên sơ kết quý I.", "thị trấn", date(2022, 4, 5))
    assert (unit.name, unit.level, unit.province) == ("Yên Viên", "thị trấn", "Hà Nội")


def test_an_undated_commune_of_the_old_structure_says_where_it_is_now():
    unit = find_unit("UBND xã Nhạn Môn họp thường kỳ.", "xã", None)
    assert (unit.name, unit.province, unit.province_now) == ("Nhạn Môn", "Bắc Kạn", "Thái Nguyên")
    # Dated after the reform, a commune that no longer exists is not accepted.
    assert find_unit("UBND xã Nhạn Môn họp thường kỳ.", "xã", date(2025, 9, 3)).name is None


def _as_summarizer_read_it_before(data_dir: Path) -> gazetteer.Gazetteer:
    """The Gazetteer read straight from vietnamadminunits' files, as gazetteer.load() did until
    summarizer shipped its own copy: the reference the shipped copy must equal. (A commune's level is
    the one its full name opens on, where the package's type column says otherwise: "Phường Việt Hòa"; and a
    short name is without the level the package adds in brackets to tell namesakes apart: "Kỳ Anh (Thị xã)".)"""

    def level(full: str | None, typed: str) -> str:
        return next((w for w in ("Thị trấn", "Phường", "Xã", "Đặc khu") if (full or "").startswith(w + " ")), typed)

    def short(name: str | None) -> str | None:
        return name.rsplit(" (", 1)[0] if name and name.endswith(")") else name

    g = gazetteer.Gazetteer()
    db = sqlite3.connect(f"file:{data_dir / 'dataset.db'}?mode=ro", uri=True)
    keys, seen = {}, set()
    for province, district, dtype, ward, wtype, pkey, full in db.execute(
        "SELECT provinceShort, districtShort, districtType, wardShort, wardType, provinceKey, ward FROM admin_units_legacy"
    ):
        wtype, district, ward = level(full, wtype), short(district), short(ward)
        keys[pkey] = province
        g.provinces[match_key(province)] = province
        if (province, district) not in seen:
            seen.add((province, district))
            g.districts[match_key(district)].append(gazetteer.Place(district, dtype.lower(), province))
        if ward:
            g.communes[match_key(ward)].append(gazetteer.Place(ward, wtype.lower(), province, district))
    new_keys = {}
    for province, ward, wtype, pkey, full in db.execute(
        "SELECT provinceShort, wardShort, wardType, provinceKey, ward FROM admin_units"
    ):
        wtype, ward = level(full, wtype), short(ward)
        new_keys[pkey] = province
        g.provinces[match_key(province)] = province
        g.new_communes[match_key(ward)].append(gazetteer.Place(ward, wtype.lower(), province))
    db.close()
    mapping = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    for new_key, old_keys in mapping.items():
        g.province_now.update({keys[k]: new_keys[new_key] for k in old_keys if k in keys})
    return g


@pytest.mark.skipif(
    find_spec("vietnamadminunits") is None,
    reason="vietnamadminunits is not installed (pip install -e '.[gazetteer-build]'): nothing to compare the shipped gazetteer with",
)
def test_the_shipped_gazetteer_is_the_one_vietnamadminunits_gives(tmp_path: Path):
    shipped = json.loads(gzip.decompress(gazetteer.DATA.read_bytes()))
    installed = metadata.version("vietnamadminunits")
    if shipped["source"]["version"] != installed:
        pytest.skip(f"vietnamadminunits {installed} is installed, the gazetteer was built from {shipped['source']['version']}")
    out = tmp_path / "gazetteer.json.gz"
    subprocess.run([sys.executable, "-m", "summarizer.gazetteer", "--build", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == gazetteer.DATA.read_bytes()
    data_dir = Path(next(iter(find_spec("vietnamadminunits").submodule_search_locations))) / "data"
    assert gazetteer.load() == _as_summarizer_read_it_before(data_dir)


def test_the_gazetteer_needs_neither_vietnamadminunits_nor_its_dependencies():
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = " ".join(pyproject["project"]["dependencies"])
    assert not {"vietnamadminunits", "shapely", "numpy", "geopy"} & set(re.findall(r"[\w-]+", runtime))
    # The shipped data names where it comes from, under which license.
    shipped = json.loads(gzip.decompress(gazetteer.DATA.read_bytes()))["source"]
    notice = (gazetteer.DATA.parent / "gazetteer.LICENSE").read_text(encoding="utf-8")
    assert f"vietnamadminunits {shipped['version']}" in notice and "MIT License" in notice
