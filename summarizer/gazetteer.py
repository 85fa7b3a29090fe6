"""The gazetteer: Vietnam's provinces, districts and communes before and after 1 July 2025.

The data ships with summarizer (data/gazetteer.json.gz): the few columns used here, taken from the
SQLite file and mapping of the `vietnamadminunits` package (MIT; see data/gazetteer.LICENSE).
That package is not needed at run time, and with it not its shapely, numpy and geopy (about
100 MB). `python -m summarizer.gazetteer --build OUT` makes the file again from the installed
package (`pip install summarizer[gazetteer-build]`), reading its data files without importing it.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from .text import match_key

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
SOURCE_PACKAGE = "vietnamadminunits"


@dataclass(frozen=True)
class Place:
    """One unit: its short name, level word (lower case), province, and district for a commune."""

    name: str
    level: str
    province: str
    district: str | None = None


@dataclass
class Gazetteer:
    districts: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))  # before 7/2025
    communes: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))  # before 7/2025
    new_communes: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))  # from 7/2025
    provinces: dict[str, str] = field(default_factory=dict)  # key -> name, old and new
    province_now: dict[str, str] = field(default_factory=dict)  # old province name -> new province name

    def province(self, name: str) -> str | None:
        return self.provinces.get(match_key(name))


def from_data(data: dict) -> Gazetteer:
    """The Gazetteer of the rows `build` made, in their order."""
    g = Gazetteer()
    seen_districts = set()
    for province, district, dtype, ward, wtype in data["legacy"]:
        g.provinces[match_key(province)] = province
        if (province, district) not in seen_districts:
            seen_districts.add((province, district))
            g.districts[match_key(district)].append(Place(district, dtype.lower(), province))
        if ward:  # island districts (Hoàng Sa, Bạch Long Vĩ…) have no communes
            g.communes[match_key(ward)].append(Place(ward, wtype.lower(), province, district))
    for province, ward, wtype in data["new"]:
        g.provinces[match_key(province)] = province
        g.new_communes[match_key(ward)].append(Place(ward, wtype.lower(), province))
    g.province_now.update(data["province_now"])
    return g


@cache
def load() -> Gazetteer:
    """The gazetteer, read once per process from the file shipped with summarizer (about 0.1 s)."""
    return from_data(json.loads(gzip.decompress(DATA.read_bytes())))


HISTORY = DATA.parent / "districts_2019.tsv"


@dataclass(frozen=True)
class FormerDistrict:
    """A district of 2019 onward that was merged away or renamed before 1 July 2025 (HISTORY)."""

    place: Place
    last_day: date
    province_now: str


@cache
def _history() -> tuple[tuple[str, ...], ...]:
    """The rows of HISTORY: name, level, province, last day, what it became, province now, resolution."""
    lines = HISTORY.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))


@cache
def former_provinces() -> dict[str, tuple[str, date]]:
    """Provinces renamed before 1 July 2025 (HISTORY's 'tỉnh' rows): the gazetteer's name -> the name
    they had until the day given ('Huế' -> 'Thừa Thiên Huế' until 31/12/2024)."""
    return {now: (name, date.fromisoformat(last)) for name, level, _, last, _, now, _ in _history() if level == "tỉnh"}


def province_named(g: Gazetteer, name: str) -> str | None:
    """The gazetteer's name of the province `name` names, by its name then or now."""
    key = match_key(name)
    return g.province(name) or next((now for now, (old, _) in former_provinces().items() if match_key(old) == key), None)


def province_as_of(province: str | None, when: date | None) -> str | None:
    """A province of the gazetteer under the name it had on `when` (its name now when not known)."""
    old = former_provinces().get(province or "")
    return old[0] if old and when is not None and when <= old[1] else province


@cache
def former_districts() -> dict[str, list[FormerDistrict]]:
    """The districts of HISTORY, by the key of each name; their province as the gazetteer names it."""
    renamed = {match_key(old): now for now, (old, _) in former_provinces().items()}
    out: dict[str, list[FormerDistrict]] = defaultdict(list)
    for name, level, province, last_day, _became, province_now, _resolution in _history():
        if level != "tỉnh":
            place = Place(name, level, renamed.get(match_key(province), province))
            out[match_key(name)].append(FormerDistrict(place, date.fromisoformat(last_day), province_now))
    return out


def districts_at(g: Gazetteer, when: date | None) -> dict[str, list[Place]]:
    """The districts of the last pre-reform state (`g`'s) and those of HISTORY that still existed on
    `when` (all of them when it is not known)."""
    existing = tuple(f for rows in former_districts().values() for f in rows if when is None or when <= f.last_day)
    return _with_former(existing) if existing and g is load() else _merged(g, existing)


@cache
def _with_former(existing: tuple[FormerDistrict, ...]) -> dict[str, list[Place]]:
    return _merged(load(), existing)  # a few sets of rows, one per era: each merged once


def _merged(g: Gazetteer, existing: tuple[FormerDistrict, ...]) -> dict[str, list[Place]]:
    merged = dict(g.districts)
    for f in existing:
        key = match_key(f.place.name)
        merged[key] = merged.get(key, []) + [f.place]
    return merged


def absorbed_into(district: Place, when: date | None) -> list[Place]:
    """The districts of HISTORY that still existed on `when` (any, when it is not known) and were
    later merged into `district` ("thị xã Cửa Lò" into "thành phố Vinh"): on `when`, a commune that
    is in `district` now may have been one of theirs."""
    renamed = {match_key(old): now for now, (old, _) in former_provinces().items()}
    wanted = match_key(f"{district.level} {district.name}")
    out = []
    for name, level, province, last_day, became, _now, _resolution in _history():
        province = renamed.get(match_key(province), province)
        if level == "tỉnh" or province != district.province or (when is not None and when > date.fromisoformat(last_day)):
            continue
        if wanted in {match_key(part) for part in became.split(",")}:
            out.append(Place(name, level, province))
    return out


def province_now(g: Gazetteer, place: Place) -> str | None:
    """The province a district's territory is in since 1 July 2025."""
    for f in former_districts().get(match_key(place.name), []):
        if f.place == place:
            return f.province_now
    return g.province_now.get(place.province) or g.province_now.get(province_named(g, place.province) or "")


def _source_dir() -> Path:
    """The data folder of the installed vietnamadminunits package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"building the gazetteer needs the {SOURCE_PACKAGE!r} package: pip install 'summarizer[gazetteer-build]'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


_LEVEL_WORDS = ("Thị trấn", "Phường", "Xã", "Đặc khu")


def _named_level(full_name: str | None, typed: str) -> str:
    """The level a commune's full name opens on ("Phường Việt Hòa" -> "Phường"), else its typed level."""
    return next((w for w in _LEVEL_WORDS if (full_name or "").startswith(w + " ")), typed)


# The package's short name of a unit whose district has another unit of that name and another level carries the
# level in brackets ("Kỳ Anh (Thị xã)" beside "Kỳ Anh (Huyện)", "Yên Viên (Thị trấn)"): no text writes it so, and
# the level is a column of its own.
_BRACKETED_LEVEL = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận|Thị trấn|Phường|Xã|Đặc khu)\)$")


def _short(name: str | None) -> str | None:
    return _BRACKETED_LEVEL.sub("", name) if name else name


def build() -> dict:
    """The gazetteer's rows from the installed vietnamadminunits package, for `save`.

    Legacy rows are (province, district, district level, commune, commune level), new ones
    (province, commune, commune level), both in the package's order; province_now maps each old
    province to the one it belongs to since 1 July 2025.
    """
    from importlib.metadata import version

    source = _source_dir()
    db = sqlite3.connect(f"file:{source / 'dataset.db'}?mode=ro", uri=True)
    try:
        legacy = db.execute(
            "SELECT provinceShort, districtShort, districtType, wardShort, wardType, provinceKey, ward FROM admin_units_legacy"
        ).fetchall()
        new = db.execute("SELECT provinceShort, wardShort, wardType, provinceKey, ward FROM admin_units").fetchall()
    finally:
        db.close()
    # A commune's level as its full name writes it, where the package's type column says otherwise (7 rows of
    # 1.0.4: "Phường Việt Hòa" typed "Xã", "Thị trấn Ngọc Lặc" typed "Xã"); the name is the resolution's.
    legacy = [(row[0], _short(row[1]), row[2], _short(row[3]), _named_level(row[-1], row[4]), row[5]) for row in legacy]
    new = [(row[0], _short(row[1]), _named_level(row[-1], row[2]), row[3]) for row in new]
    legacy_names = {row[-1]: row[0] for row in legacy}
    new_names = {row[-1]: row[0] for row in new}
    mapping = json.loads((source / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    province_now = {
        legacy_names[old_key]: new_names[new_key]
        for new_key, old_keys in mapping.items()
        for old_key in old_keys
        if old_key in legacy_names and new_key in new_names
    }
    return {
        "source": {"package": SOURCE_PACKAGE, "version": version(SOURCE_PACKAGE), "license": "MIT"},
        "legacy": [list(row[:-1]) for row in legacy],
        "new": [list(row[:-1]) for row in new],
        "province_now": province_now,
    }


def save(data: dict, out: Path) -> None:
    """Write `data` as gzipped JSON, byte for byte the same for the same data."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m summarizer.gazetteer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", metavar="OUT", type=Path, required=True, help=f"write the data file here (shipped: {DATA})")
    args = parser.parse_args(argv)
    try:
        data = build()
        save(data, args.build)
    except (RuntimeError, OSError, sqlite3.Error) as e:
        print(f"{args.build}: not built ({e})", file=sys.stderr)
        return 1
    print(f"{args.build}: {len(data['legacy'])} legacy and {len(data['new'])} new rows from {SOURCE_PACKAGE} {data['source']['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
