"""What the address an article was published at says of its unit.

Government sites are named after their unit in ASCII: `<district>.<province>.gov.vn`,
`<district>.gov.vn`, `<commune>.<district>.<province>.gov.vn`, a province's party or government
portal `<province>.dcs.vn`; a province's newspaper or television puts its province's name beside
a word of its own (`baohagiang.vn`, `thainguyentv.vn`, `tinhuykhanhhoa.vn`); and the path often
holds the headline (`/dang-bo-huyen-dinh-hoa/…`, `/huyen-quynh-luu-tong-ket-…`). Each host label
and each slug after a level word is matched against the gazetteer's names folded to ASCII: a
mechanism, not a list of sites. A name of several units gives nothing; a newspaper's province is
only a hint, never a unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import unquote, urlsplit

from . import gazetteer
from .gazetteer import Place

# Districts were abolished and 63 provinces became 34 on this day (units.REFORM_DATE).
_REFORM = date(2025, 7, 1)
_DISTRICT_LEVELS = ("huyện", "thị xã", "thành phố", "quận")
# Level words in an ASCII slug, with the committees that name their unit: "huyen-uy-duc-hoa".
_SLUG_LEVEL = re.compile(
    r"(?:^|[-/])(?P<level>huyen|thi-xa|thanh-pho|tp|quan|xa|phuong|thi-tran|dac-khu|thanh-uy|thi-uy)(?:-(?:uy|ubnd))?-(?P<name>[a-z0-9]+(?:-[a-z0-9]+){0,3})"
)
_SLUG_LEVELS = {
    "huyen": "huyện", "thi-xa": "thị xã", "thanh-pho": "thành phố", "tp": "thành phố", "quan": "quận",
    "xa": "xã", "phuong": "phường", "thi-tran": "thị trấn", "dac-khu": "đặc khu", "thanh-uy": "thành phố", "thi-uy": "thị xã",
}
# A host label that glues a district's level word to its name: "huyendakto", "thanhphotuyenquang".
_GLUED_LEVEL = re.compile(r"^(?P<level>huyen|thixa|thanhpho)(?P<name>[a-z]{3,})$")
_GLUED_LEVELS = {"huyen": "huyện", "thixa": "thị xã", "thanhpho": "thành phố"}
# A province's name inside a longer host label ("baohagiang") needs this much of its own.
_MIN_AFFIX = 2


def ascii_key(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' -> 'bariavungtau': a name as host labels and slugs write it."""
    text = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


@dataclass(frozen=True)
class SiteHint:
    """What an address says: the province (`province_sure` when a host label is the province's name,
    not a newspaper's), the district and the commune when one unit has that name there."""

    province: str | None = None
    province_sure: bool = False
    district: Place | None = None
    commune: Place | None = None


@dataclass(frozen=True)
class _Index:
    provinces: dict[str, str]
    districts: dict[str, list[Place]]
    communes: dict[str, list[Place]]
    new_communes: dict[str, list[Place]]


def _by_key(tables) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for table in tables:
        for places in table.values():
            for p in places:
                out.setdefault(ascii_key(p.name), []).append(p)
    return out


@cache
def _index() -> _Index:
    g = gazetteer.load()
    former = {key: [f.place for f in rows] for key, rows in gazetteer.former_districts().items()}
    provinces = {ascii_key(name): name for name in g.provinces.values()}
    for now, (old, _) in gazetteer.former_provinces().items():
        provinces.setdefault(ascii_key(old), now)
    return _Index(provinces, _by_key([g.districts, former]), _by_key([g.communes]), _by_key([g.new_communes]))


def _existed(place: Place, when: date | None) -> bool:
    """False for a district of the history table that no longer existed on `when`."""
    rows = gazetteer.former_districts().get(gazetteer.match_key(place.name), [])
    return all(when is None or when <= f.last_day for f in rows if f.place == place)


def _province_in_label(label: str, provinces: dict[str, str]) -> tuple[str | None, bool]:
    """The province a host label names: itself ('hagiang'), or inside a newspaper's ('baohagiang')."""
    if label in provinces:
        return provinces[label], True
    affixed = [
        key for key in provinces if len(label) - len(key) >= _MIN_AFFIX and (label.startswith(key) or label.endswith(key))
    ]
    if not affixed:
        return None, False
    longest = max(affixed, key=len)
    same = [key for key in affixed if len(key) == len(longest)]
    return (provinces[longest], False) if len(same) == 1 else (None, False)


def _one(places: list[Place], province: str | None) -> Place | None:
    if province:
        places = [p for p in places if p.province == province]
    return places[0] if len(places) == 1 else None


def site_hint(source: str | None, when: date | None = None) -> SiteHint:
    """What the address `source` says of the unit of an article of `when`; nothing for a file path."""
    if not source or not source.lower().startswith(("http://", "https://")):
        return SiteHint()
    try:
        parts = urlsplit(source)
        host = parts.hostname or ""
    except ValueError:  # "http://[::1": no address to read
        return SiteHint()
    labels = [label for label in host.lower().split(".") if label != "www"]
    index = _index()
    province, sure = None, False
    rest: list[str] = []
    for label in reversed(labels):  # from the right: the province's label comes before its districts'
        if _glued(label, index, None, when):  # "thanhphotuyenquang" is the city, not a newspaper of the province
            rest.insert(0, label)
            continue
        named, exact = (None, False) if province and sure else _province_in_label(label, index.provinces)
        if named and (exact or not province):
            province, sure = named, exact or sure
        else:
            rest.insert(0, label)
    district = commune = None
    communes = index.new_communes if when is not None and when >= _REFORM else index.communes
    for label in reversed(rest):
        found = _one([p for p in index.districts.get(label, []) if _existed(p, when)], province) or _glued(label, index, province, when)
        if found and district is None and not (when is not None and when >= _REFORM):
            district = found
            continue
        home = district.name if district else None
        candidates = [p for p in communes.get(label, []) if home is None or p.district == home]
        commune = commune or _one(candidates, province)
    if district is None and commune is None:
        district, commune = _from_slug(unquote(parts.path).lower(), province, when, index)
    if province is None:
        province = (district or commune).province if (district or commune) else None
    return SiteHint(province, sure, district, commune)


def _glued(label: str, index: _Index, province: str | None, when: date | None) -> Place | None:
    """The one district of the level and name a host label glues together ("huyendakto"), if any."""
    m = _GLUED_LEVEL.match(label)
    if not m or (when is not None and when >= _REFORM):
        return None
    level = _GLUED_LEVELS[m["level"]]
    return _one([p for p in index.districts.get(m["name"], []) if p.level == level and _existed(p, when)], province)


def _from_slug(path: str, province: str | None, when: date | None, index: _Index) -> tuple[Place | None, Place | None]:
    """A unit a path writes after its level word: '/dang-bo-huyen-dinh-hoa/', 'huyen-uy-duc-hoa'."""
    after_reform = when is not None and when >= _REFORM
    for m in _SLUG_LEVEL.finditer(path):
        level = _SLUG_LEVELS[m["level"]]
        words = m["name"].split("-")
        if level in _DISTRICT_LEVELS and after_reform:
            continue
        table = index.districts if level in _DISTRICT_LEVELS else index.new_communes if after_reform else index.communes
        for n in range(len(words), 0, -1):  # the longest name first: "dinh-hoa", not "dinh"
            places = [p for p in table.get("".join(words[:n]), []) if p.level == level and _existed(p, when)]
            found = _one(places, province)
            if found:
                return (found, None) if level in _DISTRICT_LEVELS else (None, found)
    return None, None
