"""Administrative units named in an article: the district or commune and its province."""

from __future__ import annotations

import re
from collections import Counter

from .schema import Unit

DISTRICT_LEVELS = ("huyện", "thị xã", "thành phố", "quận")
COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")

_LEVEL_WORD = re.compile(
    r"(?<!\w)(?P<level>huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu|tỉnh)"
    r"(?:\s+(?:ủy|uỷ))?(?=\s+(?P<rest>[^\n]{0,60}))",  # a lookahead: the next unit may start inside
    re.IGNORECASE,
)
# Capitalized words that start an organ or a title, not a place name.
_NOT_NAME = {"Ban", "UBND", "HĐND", "Ủy", "Uỷ", "Đảng", "Huyện", "Tỉnh", "Chủ", "Phó", "Bí", "Đồng", "Hội", "Các", "Trưởng"}


def _name_after(rest: str) -> str | None:
    words = []
    for word in rest.split():
        clean = word.strip(",.;:()\"“”")
        if (
            not clean
            or not clean[0].isupper()
            or (len(clean) > 1 and clean.isupper())  # "THÁNG", "NTM": headline capitals and acronyms
            or clean in _NOT_NAME
            or not clean.replace("-", "").isalpha()
        ):
            break
        words.append(clean)
        if clean != word:  # punctuation ends the name
            break
    if not words:
        return None
    return " ".join(words if len(words) <= 3 else words[:2])


def named_units(text: str) -> Counter[tuple[str, str]]:
    """(level, name) pairs the text writes out, with how often: 'huyện Chợ Đồn', 'Huyện ủy Bạch Thông'."""
    found: Counter[tuple[str, str]] = Counter()
    for m in _LEVEL_WORD.finditer(text):
        name = _name_after(m["rest"])
        if name:
            found[(m["level"].lower(), name)] += 1
    return found


def find_unit(text: str, level: str | None = None) -> Unit:
    """The unit an article is about, as far as the article states it; null parts when it does not.

    `level` is the level of the organ that met (from 'Huyện ủy', 'UBND xã', ...): only a name of that
    level can be the unit, so a district article that lists its communes is not taken for one of them.
    Without it, a district-level name wins over commune-level ones. The most frequent name wins.
    """
    found = named_units(text)
    provinces = Counter({name: n for (lv, name), n in found.items() if lv == "tỉnh"})
    groups = [(level,)] if level else [DISTRICT_LEVELS, COMMUNE_LEVELS]
    unit = Unit(level=level)
    for levels in groups:
        names = Counter({(lv, name): n for (lv, name), n in found.items() if lv in levels})
        if names:
            (lv, name), _ = names.most_common(1)[0]
            unit = Unit(name=name, level=lv)
            break
    if provinces:
        unit = unit.model_copy(update={"province": provinces.most_common(1)[0][0]})
    return unit


def unit_label(unit: Unit) -> str:
    """'Huyện Chợ Đồn', 'Xã Tân Lập'; 'Chưa rõ huyện' when the article does not say which."""
    if unit.name:
        return f"{(unit.level or '').capitalize()} {unit.name}".strip()
    return f"Chưa rõ {unit.level}" if unit.level else "Chưa rõ đơn vị"
