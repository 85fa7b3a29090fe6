"""The gazetteer: Vietnam's provinces, districts and communes before and after 1 July 2025.

The data is the SQLite file and mapping shipped by the `vietnamadminunits` package (MIT). It is read
directly: importing that package's parser would pull shapely and geopy and may geocode online.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from .text import match_key


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


def _data_dir() -> Path:
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer needs the 'vietnamadminunits' package: pip install vietnamadminunits")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def load() -> Gazetteer:
    """The gazetteer, read once per process (about 0.1 s)."""
    data = _data_dir()
    g = Gazetteer()
    db = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    try:
        legacy_keys: dict[str, str] = {}
        seen_districts = set()
        rows = db.execute(
            "SELECT provinceShort, districtShort, districtType, wardShort, wardType, provinceKey FROM admin_units_legacy"
        )
        for province, district, dtype, ward, wtype, pkey in rows:
            legacy_keys[pkey] = province
            g.provinces[match_key(province)] = province
            if (province, district) not in seen_districts:
                seen_districts.add((province, district))
                g.districts[match_key(district)].append(Place(district, dtype.lower(), province))
            if ward:  # island districts (Hoàng Sa, Bạch Long Vĩ…) have no communes
                g.communes[match_key(ward)].append(Place(ward, wtype.lower(), province, district))
        new_keys: dict[str, str] = {}
        for province, ward, wtype, pkey in db.execute("SELECT provinceShort, wardShort, wardType, provinceKey FROM admin_units"):
            new_keys[pkey] = province
            g.provinces[match_key(province)] = province
            g.new_communes[match_key(ward)].append(Place(ward, wtype.lower(), province))
    finally:
        db.close()
    mapping = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    for new_key, old_keys in mapping.items():
        for old_key in old_keys:
            if old_key in legacy_keys and new_key in new_keys:
                g.province_now[legacy_keys[old_key]] = new_keys[new_key]
    return g
