"""Administrative units named in an article: the district or commune and its province."""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
import calendar
from datetime import date, timedelta

from . import gazetteer, siteaddress
from .labels import unit_label  # defined there so that `summarizer list` needs no pydantic
from .schema import Period, Unit
from .text import drop_captions, fold_tones, lower_in_place, match_key

# Districts were abolished and 63 provinces became 34 on this day.
REFORM_DATE = date(2025, 7, 1)

DISTRICT_LEVELS = ("huyện", "thị xã", "thành phố", "quận")
COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")

_LEVEL_WORD = re.compile(
    r"(?<!\w)(?P<level>huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu|tỉnh|(?P<committee>thành|thị)\s+[ủu][ỷy])"
    # (the district's youth union names it the same way: "Huyện đoàn Đông Hưng", "huyện Đoàn Bù Đốp")
    r"(?:\s+(?:ủy|uỷ)|(?:(?<=huyện)|(?<=quận))\s+đoàn)?(?=\s+(?P<rest>[^\n]{0,60}))",  # a lookahead: the next unit may start inside
)  # lower case, matched on lower-cased text (named_units), the names read from the text as written
# The party committee of a city or a town names its unit: "Thành ủy Pleiku", "Thị ủy Ninh Hòa".
_COMMITTEE_LEVEL = {"thành": "thành phố", "thị": "thị xã"}
# Capitalized words that start an organ or a title, not a place name.
_NOT_NAME = {"Ban", "UBND", "HĐND", "Ủy", "Uỷ", "Đảng", "Huyện", "Tỉnh", "Chủ", "Phó", "Các", "Trưởng"}
# A word that starts a title only before its second word: "Bí thư", but "phường Uông Bí".
_TITLE_HEAD = {"Bí": "thư"}
# Words that start a place name (Đồng Hỷ, Hội An) or a title when a lower-case word follows (đồng chí, Hội nghị).
_NAME_OR_TITLE = {"Đồng", "Hội"}


def _is_name_word(word: str) -> bool:
    return (
        bool(word)
        and word[0].isupper()
        and not (len(word) > 1 and word.isupper())  # "THÁNG", "NTM": headline capitals and acronyms
        and word not in _NOT_NAME
        and word.replace("-", "").isalpha()
    )


def _names_after(rest: str) -> list[str]:
    """The name after a level word, and the names listed after it: 'Quán Lào, Quý Lộc và Yên Lâm'."""
    if not rest[:1].isupper():  # "xã hội", "huyện ủy viên": no name (what the loop finds, sooner)
        return []
    names: list[str] = []
    words: list[str] = []
    tokens = re.findall(r"[^\s,;.:()\"“”]+|[,;.:()\"“”]", rest)
    for i, token in enumerate(tokens):
        if token in _NAME_OR_TITLE and i + 1 < len(tokens) and tokens[i + 1][:1].islower() and not _known(words, token):
            token = token.lower()  # "Đồng chí", "Hội nghị": no name (but "phường Thông Tây Hội (TPHCM)" is one)
        elif token in _TITLE_HEAD and i + 1 < len(tokens) and tokens[i + 1].lower() == _TITLE_HEAD[token]:
            token = token.lower()  # "huyện Bí thư …" never names a place; "Uông Bí" does
        if token in _DASHES and words and i + 1 < len(tokens) and _is_name_word(tokens[i + 1]):
            words.append("-")  # one name of two parts: "Phan Rang - Tháp Chàm", "Xuân Hương – Đà Lạt"
            continue
        part = words[len(words) - words[::-1].index("-") :] if "-" in words else words
        if (_is_name_word(token) or (part and token.isdigit() and len(token) <= 2)) and len(part) < 4:  # "Hà Giang 1"
            words.append(token)
            continue
        if part and token[:1].islower() and _ends_district(part, token):
            words.append(token)  # a syllable of a district's name written in lower case: "huyện Mường lát"
            continue
        if words:
            names.append(_joined(words))
            words = []
        if token not in (",", "và") or not names:
            break
    if words:
        names.append(_joined(words))
    return names


_DASHES = {"-", "–", "—"}


def _known(words: list[str], last: str) -> bool:
    """Whether the name being read, ended with `last`, is a unit the gazetteer knows: "phường Thông Tây
    Hội tổ chức …" ends on a word that otherwise opens "Hội nghị"."""
    if not words:
        return False
    g, key = gazetteer.load(), match_key(" ".join([*words, last]))
    return key in g.new_communes or key in g.communes or key in g.districts


def _ends_district(words: list[str], token: str) -> bool:
    return match_key(" ".join([*words, token])) in gazetteer.load().districts


def _joined(words: list[str]) -> str:
    """A name from its words; of four or more, its first two. A name of two parts that the gazetteer
    does not know is its first part and what follows it: "huyện Bắc Sơn - Lạng Sơn"."""
    if any(d in w for w in words for d in _DASHES):  # (spaced, or glued: "Phan Rang-Tháp Chàm")
        full, g = re.sub(r"\s*[-–—]\s*", " - ", " ".join(words)), gazetteer.load()
        key = match_key(full)
        if key in g.districts or key in g.communes or key in g.new_communes or gazetteer.province_named(g, full):
            return full
        words = words[: words.index("-")] if "-" in words else words
    return " ".join(words if len(words) <= 3 else words[:2])


# "các xã như: Hà Mãn, Xuân Lâm và Song Liễu", "các phường: …", "thêm 3 xã là Hồ Thị Kỷ, Tân Lộc Bắc và Tân
# Lộc Đông": a list introduced after a plural or a count.
_LIST_INTRO = re.compile(r"(?:(?:như|là|gồm)\s*)?:?\s*", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(r"(?:^|\s)(?:các|\d{1,3})\s$", re.IGNORECASE)


# A district named by its number, as a city's urban districts are ("quận 10", "Quận 1"): the number alone,
# not a count or a date after it ("quận 3 tháng", "Quận 1/2024").
_DISTRICT_NUMBER = re.compile(r"(\d{1,2})(?![\d/.,]\d|\s*(?:tháng|năm|ngày|quý|%))")


@lru_cache(maxsize=1)
def _numbered_districts() -> frozenset[str]:
    """The keys of the districts named by a number ("quận 10") in the gazetteer or its history."""
    g = gazetteer.load()
    return frozenset(k for k in gazetteer.districts_at(g, None) if re.fullmatch(r"\w+(?: \w+)? \d{1,2}", k))


def _numbered(level: str, rest: str) -> str | None:
    """'Quận 10' for "quận 10 …" when a district of that level bears the number (never a guessed one)."""
    m = _DISTRICT_NUMBER.match(rest) if level in DISTRICT_LEVELS and rest[:1].isdigit() else None
    if m is None or f"{level} {m.group(1)}" not in _numbered_districts():
        return None
    return f"{level[:1].upper()}{level[1:]} {m.group(1)}"


def named_units(text: str) -> Counter[tuple[str, str]]:
    """(level, name) pairs the text writes out, with how often: 'huyện Chợ Đồn', 'Huyện ủy Bạch Thông',
    'quận 10' (a district named by its number)."""
    found: Counter[tuple[str, str]] = Counter()
    for m in _LEVEL_WORD.finditer(lower_in_place(text)):
        level = _COMMITTEE_LEVEL[m["committee"]] if m["committee"] else m["level"]
        rest = text[m.start("rest") : m.end("rest")]
        numbered = _numbered(level, rest)
        if numbered:
            found[(level, numbered)] += 1
            continue
        if _PLURAL_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            rest = rest[_LIST_INTRO.match(rest).end() :]
        for i, name in enumerate(_names_after(rest)):
            if i and level in DISTRICT_LEVELS and _province_not_district(name, level):
                break  # "huyện Hiệp Hòa, Bắc Giang": the province the district is in, not a second district
            found[(level, name)] += 1
    return found


def _province_not_district(name: str, level: str) -> bool:
    """Whether `name` is a province's and no district's of `level` ("Bắc Giang" is also a city's)."""
    g = gazetteer.load()
    districts = g.districts.get(match_key(name), ())
    return all(p.level != level for p in districts) and gazetteer.province_named(g, name) is not None


# A unit named with one of its organs: "UBND huyện Thọ Xuân", "Đảng ủy xã Mai Châu", "Huyện ủy Bạch Thông".
_ORGAN_UNIT = re.compile(
    r"(?<!\w)(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|đảng bộ|đảng [ủu][ỷy])\s+"
    r"(?P<level>huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)|(?P<committee>huyện|thị|thành)\s+[ủu][ỷy])"
    r"(?=\s+(?P<rest>[^\n]{0,60}))",
)  # lower case, matched on lower-cased text (_subject_hints), the names read from the text as written


# The abbreviations the press writes for Hồ Chí Minh City: "phường Diên Hồng, TPHCM", "(TP.HCM)".
_HCM = re.compile(r"(?<!\w)(?:TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh|Tp\.?\s?HCM)(?!\w)")


# The cities run by the centre since before 2019: "thành phố Hà Nội" names a province. (Provincial
# capitals share their province's name, "thành phố Thái Nguyên", and are districts.)
_CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def _city_provinces(text: str) -> list[str]:
    return ["Hồ Chí Minh"] * len(_HCM.findall(text))


# A province written bare where the press tags a place with it: in brackets after the unit ("xã Vĩnh
# Thuận (An Giang)") or before a headline's colon ("An Giang: Xã Vĩnh Thuận …"). Counted only when the
# words are a province's whole name.
_TAGGED_PROVINCE = re.compile(r"\((?:[Tt]ỉnh\s+)?([A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^()\n]{1,28})\)|^([^\W\d][^:\n]{1,24}):\s")


def _tagged_provinces(g: gazetteer.Gazetteer, text: str) -> list[tuple[str, bool]]:
    """The provinces the text tags places with, each with whether its tag follows a named place
    ("huyện Chi Lăng (Lạng Sơn)"): that tag says where that place is, which may not be the unit's."""
    out = []
    for m in _TAGGED_PROVINCE.finditer(text) if "(" in text or ":" in text[:40] else ():
        name = gazetteer.province_named(g, m[1] or m[2])
        if name:
            out.append((name, m[1] is not None and _NAMED_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None))
    return out


# A place written with its level just before a bracket: "… cho học sinh huyện Chi Lăng (".
_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?i:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn)\s+[A-ZĐÂĂÊÔƠƯ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*){0,3}\s*$"
)


def _subject_hints(text: str) -> tuple[set[str], set[str]]:
    """Names a text gives as its subject: those written with an organ, and those in the headline."""
    rests = (text[m.start("rest") : m.end("rest")] for m in _ORGAN_UNIT.finditer(lower_in_place(text)))
    with_organ = {match_key(name) for rest in rests for name in _names_after(rest)[:1]}
    headline = {match_key(name) for _, name in named_units(text.split("\n", 1)[0])}
    return with_organ, headline


# An organ written without its unit's name: "UBND huyện", "Đảng bộ huyện", "Huyện ủy".
_BARE_ORGAN = re.compile(
    r"(?<!\w)(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng bộ|Đảng [ủu][ỷy])\s+"
    r"(?P<level>huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)|(?P<committee>Huyện|Thị|Thành)\s+[ủu][ỷy]"
    # the unit counting its own ("Toàn quận có 43/62 trường …"), the place it names a mere location ("tại phường A")
    r"|toàn\s+(?P<whole>huyện|thị xã|quận)\s+(?:có|đã|đạt)\b)(?!\w)",
    re.IGNORECASE,
)


# A sentence of who attended: "Tham dự phiên họp có ông …, đại diện trạm kiểm lâm Lủng Siên, xã Vũ Muộn, …".
_ATTENDANCE = re.compile(r"(?:^|[.\n]\s*)(?:cùng\s+)?(?:tham dự|dự|về dự|đến dự)\b[^.\n]*", re.IGNORECASE)


def _without_guests_places(text: str, found: Counter, hints: tuple[set[str], set[str]]) -> Counter:
    """`found` less a unit named once, in the list of who attended, and not with an organ:
    the place a guest came from (a ranger station's commune under an "UBND xã" that never names its own)."""
    guests = [(m.start(), m.end()) for m in _ATTENDANCE.finditer(text)]
    if not guests:
        return found
    kept = Counter(found)
    for (lv, name), n in found.items():
        key = match_key(name)
        if n != 1 or key in hints[0] or lv == "tỉnh":  # (a headline naming it once is that sentence; a guest's province
            # is the unit's as often as not: "Chủ tịch Hội Nông dân tỉnh Lâm Đồng")
            continue
        at = [m.start() for m in re.finditer(rf"(?i:{re.escape(lv)})\s+{re.escape(name)}(?!\w)", text)]
        if at and all(any(a <= i < b for a, b in guests) for i in at):
            del kept[(lv, name)]
    return kept


def _organ_level(text: str) -> str | None:
    """The district level of the organs a text names when they are all of one district level: an
    article of a district that names its communes only ("xã Kim Lư đạt chuẩn …") is the district's."""
    levels = {
        _COMMITTEE_LEVEL.get(m["committee"].lower(), "huyện") if m["committee"] else (m["level"] or m["whole"]).lower()
        for m in _BARE_ORGAN.finditer(text)
    }
    return levels.pop() if len(levels) == 1 and levels <= set(DISTRICT_LEVELS) else None


def _most_common(counts: Counter) -> list:
    return [k for k, _ in counts.most_common()]


def as_of(meeting: date | None, period: Period | None) -> date | None:
    """The day whose units an article's are: its meeting's; unknown, the last day of a reviewed period that ended
    well before 1 July 2025 (a 2019 review's "xã Hương Bình" is not matched against the communes of today, where
    the name is one province's); None near or after the reform (a review of the first half of 2025 may be held in
    July, by a new commune)."""
    if meeting is not None or period is None:
        return meeting
    end = date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])
    return end if end + timedelta(days=62) < REFORM_DATE else None


def find_unit(text: str, level: str | None = None, when: date | None = None, source: str | None = None) -> Unit:
    """The unit an article is about (see find_unit_with_warnings)."""
    return find_unit_with_warnings(text, level, when, source)[0]


@lru_cache(maxsize=64)  # pure; the llm backend checks a draft, then merges it: same text twice
def find_unit_with_warnings(
    text: str, level: str | None = None, when: date | None = None, source: str | None = None, hint: str | None = None
) -> tuple[Unit, tuple[str, ...]]:
    """The unit an article is about, from its text, and where the text leaves it open, from its photo
    captions, then from the address `source` it was published at, if it is a URL (see _with_site and
    siteaddress), then from `hint`, what the configuration of its source says ("huyện Bạch Thông,
    tỉnh Bắc Kạn")."""
    body = drop_captions(text)
    unit, notes = _from_text(body, level, when)
    if unit.name is None and not notes and body != text:
        unit, notes = _from_text(text, level, when)
    site = siteaddress.site_hint(source, when)
    if site != siteaddress.SiteHint():
        unit = _with_site(unit, notes, level, when, site)
    if hint and (unit.name is None or unit.province is None):
        unit = _with_hint(unit, notes, level, when, hint)
    station = _STATION.match(text) if unit.name is None and not notes and "truyền hình" in text[:80].lower() else None
    if station:  # the page's header is the district's own station: "Truyền hình Đại Lộc"
        unit = _with_hint(unit, notes, level, when, f"{level or 'huyện'} {station.group('name')}")
    return unit.model_copy(update={"province": gazetteer.province_as_of(unit.province, when)}), notes


# A first line that is only the name of a local station, as a scraped page keeps its header:
# "Truyền hình Đại Lộc", "Đài Truyền thanh - Truyền hình Thạch Hà".
_STATION = re.compile(
    r"\s*(?i:(?:Đài\s+)?(?:(?:Phát thanh|Truyền thanh)\s*[-–]\s*)?Truyền hình)\s+(?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})[ \t]*\n"
)


def _with_hint(unit: Unit, notes: tuple[str, ...], level: str | None, when: date | None, hint: str) -> Unit:
    """The unit completed by a source's configured hint: its unit when the text names none (and not
    several), of the organ's level; its province when the gazetteer has the unit's name there."""
    given, _ = _from_text(hint, level, when)
    if unit.name is None and not notes and given.name and unit.province in (None, given.province):
        return given.model_copy(update={"stated": False})
    if unit.province is None and given.province:
        if unit.name is None:
            return unit.model_copy(update={"province": given.province})
        places, _ = _places(gazetteer.load(), unit, when)
        if any(p.province == given.province for p in places):
            return unit.model_copy(update={"province": given.province})
    return unit


# A city or town of three syllables or more is written by its initials after its level word: "TP. BMT"
# (Buôn Ma Thuột), "thành phố PRTC" (Phan Rang - Tháp Chàm), "TP TDM", "TP.ĐBP".
_INITIALS = re.compile(r"(?<!\w)(?P<level>(?i:thành phố|thị xã)|T[Pp]|T[Xx])\.?\s*(?P<abbr>[A-ZĐ]{3,5})(?!\w)")
_ABBR_LEVEL = {"tp": "thành phố", "tx": "thị xã"}


@lru_cache(maxsize=1)
def _by_initials() -> dict[tuple[str, str], str]:
    """(level, initials) -> name, for the cities and towns whose name has three syllables or more
    and whose initials are no other's."""
    seen: dict[tuple[str, str], set[str]] = {}
    for places in gazetteer.load().districts.values():
        for p in places:
            name = re.sub(r"\s*\(.*\)$", "", p.name)  # "Kỳ Anh (Thị xã)": the gazetteer's own qualifier
            words = re.split(r"[\s-]+", name)
            if p.level in ("thành phố", "thị xã") and len(words) >= 3:
                seen.setdefault((p.level, "".join(w[0] for w in words).upper()), set()).add(name)
    return {key: names.pop() for key, names in seen.items() if len(names) == 1}


# "TP.Tam Kỳ", "TP. Tam Kỳ", "TX Ayun Pa", "T.P Thái Nguyên": the level word abbreviated before a name written out.
_ABBREVIATED = re.compile(r"(?<![\w.])(?P<level>T\.?[Pp]|T\.?[Xx])(?:\.\s?|\s)(?=(?P<name>[^\W\d_]+))")


def _level_written_out(m: re.Match) -> str:
    name = m["name"]
    if not name[0].isupper() or (len(name) > 1 and name.isupper()) or name in ("Hồ", "Hà", "Hải", "Đà", "Cần"):
        return m.group()  # ("TP.HCM", "TP. Hồ Chí Minh", "TP Hà Nội": the centrally-run cities, read as before)
    return f"{_ABBR_LEVEL[m['level'].lower().replace('.', '')]} "


# "H. Hiệp Hòa, Bắc Giang: …" (a headline): "huyện" abbreviated, read only before a district's name
# (a person's initial is written the same way).
_DISTRICT_ABBREVIATED = re.compile(r"(?<![\w.])H\.\s?(?=(?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2}))")


def _district_written_out(m: re.Match) -> str:
    # (any district of 2019 onward: "H. Yên Dũng, Bắc Giang" was merged into a city before the gazetteer's state)
    g = gazetteer.load()
    words, districts = m["name"].split(), gazetteer.districts_at(g, None)
    known = any(match_key(" ".join(words[:n])) in districts for n in range(1, len(words) + 1))
    return "huyện " if known else m.group()


# "Q.10", "Q. 3": "quận" abbreviated before a district's number.
_QUARTER_ABBREVIATED = re.compile(r"(?<![\w.])Q\.\s?(?=\d{1,2}(?![\d/.,]\d))")


def _spelled_out(text: str) -> str:
    """The text with a city or town written by its initials written out: "thành phố PRTC" ->
    "thành phố Phan Rang - Tháp Chàm"; and an abbreviated level before a name: "TP.Tam Kỳ" ->
    "thành phố Tam Kỳ", "Q.10" -> "quận 10"."""
    if "Q." in text:
        text = _QUARTER_ABBREVIATED.sub("quận ", text)
    if "TP" in text or "Tp" in text or "TX" in text or "Tx" in text or "T.P" in text or "T.X" in text:
        text = _ABBREVIATED.sub(_level_written_out, text)
    if "H." in text:
        text = _DISTRICT_ABBREVIATED.sub(_district_written_out, text)
    if not _INITIALS.search(text):
        return text

    def spell(m: re.Match) -> str:
        level = m["level"].lower()
        level = _ABBR_LEVEL.get(level, level)
        name = _by_initials().get((level, m["abbr"].upper()))
        return f"{level} {name}" if name else m.group()

    return _INITIALS.sub(spell, text)


@lru_cache(maxsize=64)  # verify asks again for the Report a backend made from the same text
def _from_text(text: str, level: str | None, when: date | None) -> tuple[Unit, tuple[str, ...]]:
    """The unit an article is about, checked against the gazetteer; null parts when it cannot be known,
    and warnings (Vietnamese) that say why.

    `level` is the level of the organ that met (from 'Huyện ủy', 'UBND xã', ...): only a unit of that
    level can be the answer, so a district article that lists its communes is not taken for one of
    them. A district the article does not name is inferred from the communes and towns it names when
    at least two of them agree on one district, or one is a name of one district only; a name found
    in several provinces keeps its province null unless the text says which. `when` (the meeting date) picks the structure before or after
    1 July 2025. When the text names several units of the level, the subject is the one written with
    an organ ("UBND huyện A"), else the one in the headline, else one named at least twice as often
    as any other; with none of these, the name is left null, with a warning.
    """
    g = gazetteer.load()
    text = _spelled_out(text)
    hints = _subject_hints(text)
    found = _without_guests_places(text, named_units(text), hints)
    notes: list[str] = []
    tagged, cities = _tagged_provinces(g, text), _city_provinces(text)
    provinces = Counter(cities + [name for name, _ in tagged])
    # What a unit left unnamed keeps: not a province tagged to some named place, which may be another
    # unit's ("trao quà cho học sinh huyện Chi Lăng (Lạng Sơn)" in another province's article).
    own = Counter(cities + [name for name, attached in tagged if not attached])
    for (lv, name), n in list(found.items()):
        if lv == "thành phố" and name in _CENTRAL_CITIES:  # a province, not the unit that met
            provinces[name] += n
            del found[(lv, name)]
        elif lv == "tỉnh" and gazetteer.province_named(g, name):
            provinces[gazetteer.province_named(g, name)] += n
    stated_province = _most_common(provinces)[0] if provinces else None
    own_province = _most_common(own)[0] if own else None
    if level in DISTRICT_LEVELS and when is not None and when >= REFORM_DATE and found:
        # no district organ is left after the reform: a "Thành ủy" named then is a province-level city's,
        # in a guest's title ("Trưởng Ban Tuyên giáo và Dân vận Thành ủy TPHCM … tại xã Vĩnh Lộc")
        level = None
    if level is None and when is not None and when >= REFORM_DATE:
        # no district level is left after the reform: "thành phố Việt Trì cũ" names where a ward was
        level = next((lv for lv, _ in _most_common(found) if lv in COMMUNE_LEVELS), None)
    if level is None:
        level = next((lv for lv, _ in _most_common(found) if lv in DISTRICT_LEVELS), None) or _organ_level(text) or next(
            (lv for lv, _ in _most_common(found) if lv in COMMUNE_LEVELS), None
        )
    if level in DISTRICT_LEVELS:
        unit = _district(g, found, level, stated_province, hints, notes, when)
        if unit.name is None and unit.province == stated_province:
            unit = unit.model_copy(update={"province": own_province})
        return _now(g, unit), tuple(notes)
    if level in COMMUNE_LEVELS:
        if when is None or when >= REFORM_DATE:
            unit = _namesake_of(g.new_communes, _stated(g.new_communes, found, level, stated_province, hints, notes), text)
            unit = _by_superior(g.new_communes, unit, text)
            if unit or when is not None or notes:
                return unit or Unit(level=level, province=own_province), tuple(notes)
        # Before the reform, or an undated article whose commune is not in the new structure.
        unit = _namesake_of(g.communes, _stated(g.communes, found, level, stated_province, hints, notes), text)
        if unit is None and not notes and when is not None:
            unit = _merged_away(g, found, level, hints[0], when, notes)
        return _now(g, unit or Unit(level=level, province=own_province)), tuple(notes)
    return Unit(province=own_province), ()


def _merged_away(g: gazetteer.Gazetteer, found: Counter, level: str, with_organ: set[str], when: date, notes: list[str]) -> Unit | None:
    """A commune of a dated article before the reform that its organ names ("HĐND thị trấn Hùng Quốc") but the
    gazetteer, which holds the communes of its last pre-reform state, does not know at all: merged away between
    the meeting and then, it is the unit as written, placed by the district the text names with it when that
    district existed on the day (from gazetteer.districts_at); said in a note, since nothing could check it."""
    if when >= REFORM_DATE:
        return None
    names = [
        name for lv, name in found
        if lv == level and match_key(name) in with_organ and match_key(name) not in g.communes and match_key(name) not in g.new_communes
    ]
    if len(names) != 1:
        return None
    districts = gazetteer.districts_at(g, when)
    provinces = {p.province for lv, name in found if lv in DISTRICT_LEVELS for p in _of_level(districts.get(match_key(name), []), lv, True)}
    province = provinces.pop() if len(provinces) == 1 else None
    notes.append(f"{level} {names[0]} không có trong danh mục đơn vị hành chính trước 1/7/2025 (có thể đã sáp nhập); lấy theo tên bài viết nêu")
    return Unit(name=names[0], level=level, province=province, stated=True)


def _with_site(unit: Unit, notes: tuple[str, ...], level: str | None, when: date | None, hint: siteaddress.SiteHint) -> Unit:
    """The unit the text gives, completed by what its site's address says: the unit when the text
    names none (and no several), of the organ's level (any district level before the reform); the
    province of a name several provinces have; the province alone when a host label is its name."""
    before_reform = when is None or when < REFORM_DATE
    if level is None and not unit.level:  # no organ: the district's level before the reform, else the commune's
        level = hint.district.level if hint.district and before_reform else hint.commune.level if hint.commune else None
    level = level or unit.level
    if unit.name is None and not notes:
        place = hint.district if level in DISTRICT_LEVELS else hint.commune if level in COMMUNE_LEVELS else None
        if place and (place.level == level or (before_reform and place.level in DISTRICT_LEVELS and level in DISTRICT_LEVELS)):
            if unit.province in (None, place.province):
                found = Unit(name=place.name, level=level, province=place.province, stated=False)
                return _now(gazetteer.load(), found) if before_reform else found
    if unit.province is None and hint.province:
        if unit.name:
            places, _ = _places(gazetteer.load(), unit, when)
            if any(p.province == hint.province for p in places):
                return unit.model_copy(update={"province": hint.province})
        elif hint.province_sure:
            return unit.model_copy(update={"province": hint.province, "level": unit.level or level})
    return unit


def _now(g: gazetteer.Gazetteer, unit: Unit) -> Unit:
    """A unit of the structure before 1 July 2025, with the province its territory is in now."""
    place = gazetteer.Place(unit.name or "", unit.level or "", unit.province or "")
    return unit.model_copy(update={"province_now": gazetteer.province_now(g, place)})


def _subject(known: Counter, hints: tuple[set[str], set[str]]) -> str | None:
    """Which of several named units the article is about, by the hints of _subject_hints, else by a
    count at least twice any other's; None when nothing decides."""
    for hinted in hints:
        chosen = [key for key in known if key in hinted]
        if len(chosen) == 1:
            return chosen[0]
    (first, n1), (_, n2) = known.most_common(2)
    return first if n1 >= 2 * n2 else None


def _of_level(places: list[gazetteer.Place], level: str, loose: bool) -> list[gazetteer.Place]:
    """The places of `level`; with `loose`, when there are none, the districts of that name at another
    district level: before 1 July 2025 a district may have changed its level and kept its name
    (huyện Sa Pa became thị xã Sa Pa in 2020), and the gazetteer holds its last level only."""
    exact = [p for p in places if p.level == level]
    if exact or not loose or level not in DISTRICT_LEVELS:
        return exact
    return [p for p in places if p.level in DISTRICT_LEVELS]


def _stated(
    table: dict,
    found: Counter,
    level: str,
    stated_province: str | None,
    hints: tuple[set[str], set[str]],
    notes: list[str],
    loose: bool = False,
) -> Unit | None:
    """The unit of `level` that `table` knows and the article is about; its province unless namesakes
    leave it open. Several such units and no subject among them: None, and a note that says so.
    `loose`: see _of_level."""
    known: Counter[str] = Counter()
    names: dict[str, str] = {}
    for (lv, name), n in found.items():
        if lv == level and _of_level(table.get(match_key(name), []), lv, loose):
            known[match_key(name)] += n
            names.setdefault(match_key(name), name)
    if len(known) > 1:
        subject = _subject(known, hints)
        if subject is None:
            listed = ", ".join(names[k] for k, _ in known.most_common())
            notes.append(f"bài viết nêu nhiều {level} ({listed}); không xác định được đơn vị")
            return None
        found = Counter({(level, names[subject]): 1})
    for lv, name in _most_common(Counter({k: n for k, n in found.items() if k[0] == level})):
        places = _of_level(table.get(match_key(name), []), lv, loose)
        if stated_province:
            places = [p for p in places if p.province == stated_province] or places
        if len(places) == 1:
            return Unit(name=_as_written(name, places[0].name), level=lv, province=places[0].province, stated=True)
        if places:  # a real name in several provinces: keep it, guess no province
            return Unit(name=_as_written(name, places[0].name), level=lv, province=stated_province, stated=True)
    return None


def _namesake_of(table: dict, unit: Unit | None, text: str) -> Unit | None:
    """A commune of a name several provinces have, placed in the one province of them the text writes
    anywhere ("… Quy hoạch chung đô thị TT- Huế …"); left without a province when it writes none or several."""
    if unit is None or unit.province or not unit.name:
        return unit
    provinces = {p.province for p in table.get(match_key(unit.name), []) if p.level == unit.level}
    written = [p for p in provinces if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
    return unit.model_copy(update={"province": written[0]}) if len(written) == 1 else unit


# After the reform a commune answers to its province, which the text names by its organs: a centrally-run
# city's ("UBND thành phố", "Thành ủy") or a province's ("UBND tỉnh", "Tỉnh ủy").
_CITY_ORGAN = re.compile(r"(?<!\w)(?:(?:UBND|HĐND|Ủy ban MTTQ(?: Việt Nam)?) thành phố|Thành ủy|Thành uỷ)(?!\w)")
_PROVINCE_ORGAN = re.compile(r"(?<!\w)(?:(?:UBND|HĐND|Ủy ban MTTQ(?: Việt Nam)?) tỉnh|Tỉnh ủy|Tỉnh uỷ)(?!\w)")
CITIES_NOW = _CENTRAL_CITIES | {"Huế"}  # Huế is run by the centre from 1 January 2025


def _by_superior(table: dict, unit: Unit | None, text: str) -> Unit | None:
    """A commune of a name several provinces have, placed in the one of them of the kind the text's
    superior organs name: "xã Hòa Phú" under "UBND thành phố" is Hà Nội's, not Đắk Lắk's. Left without a
    province when the text names both kinds, or neither, or the kind leaves several."""
    if unit is None or unit.province or not unit.name:
        return unit
    city, province = bool(_CITY_ORGAN.search(text)), bool(_PROVINCE_ORGAN.search(text))
    if city == province:
        return unit
    places = {p.province for p in table.get(match_key(unit.name), []) if p.level == unit.level}
    of_kind = [p for p in places if (p in CITIES_NOW) == city]
    return unit.model_copy(update={"province": of_kind[0]}) if len(of_kind) == 1 else unit


def _as_written(written: str, known: str) -> str:
    """The gazetteer's name, or the article's when it spells the name otherwise ("Đak Pơ" for
    "Đăk Pơ"): a local official spelling. Old and new tone placement are one spelling."""
    return known if fold_tones(written).lower() == fold_tones(known).lower() else written


def _district(
    g: gazetteer.Gazetteer,
    found: Counter,
    level: str,
    stated_province: str | None,
    hints: tuple[set[str], set[str]],
    notes: list[str],
    when: date | None = None,
) -> Unit:
    """The district of `level` the article is about, as the districts were on `when`."""
    before_reform = when is None or when < REFORM_DATE
    stated = _stated(gazetteer.districts_at(g, when), found, level, stated_province, hints, notes, loose=before_reform)
    if stated or notes:
        return _by_its_communes(g, stated, found) if stated else Unit(level=level, province=stated_province)
    # Not named: the district of the communes and towns the article names, when at least two of
    # them agree on it, or when one of them is a name of one district only (at any level: many a
    # xã became a phường or a thị trấn) and no other such name is of another district.
    votes: Counter[tuple[str, str]] = Counter()
    sure: Counter[tuple[str, str]] = Counter()
    for lv, name in {k for k in found if k[0] in ("xã", "thị trấn", "phường")}:
        places = [p for p in g.communes.get(match_key(name), []) if p.district and p.province == (stated_province or p.province)]
        votes.update({(p.province, p.district) for p in places if p.level == lv})
        if len({(p.province, p.district) for p in places}) == 1:
            sure[(places[0].province, places[0].district)] += 1
    ranked = votes.most_common(2)
    agreed = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
    if agreed or len(sure) == 1:
        province, district = ranked[0][0] if agreed else next(iter(sure))
        kind = next((p.level for p in g.districts[match_key(district)] if p.province == province), level)
        former = gazetteer.absorbed_into(gazetteer.Place(district, kind, province), when) if before_reform else []
        if former:  # the communes may have been a district's that was merged into this one later
            candidates = [p for p in [gazetteer.Place(district, kind, province), *former] if p.level == level]
            if len(candidates) != 1:
                return Unit(level=level, province=province)
            district, kind = candidates[0].name, candidates[0].level
        if kind == level or (before_reform and kind in DISTRICT_LEVELS):
            return Unit(name=district, level=level, province=province, stated=False)
    elif len(sure) > 1:
        listed = ", ".join(sorted(district for _, district in sure))
        notes.append(f"các xã, phường, thị trấn bài viết nêu thuộc nhiều {level} ({listed}); không xác định được đơn vị")
    return Unit(level=level, province=stated_province)


def _by_its_communes(g: gazetteer.Gazetteer, unit: Unit, found: Counter) -> Unit:
    """A district of a name several provinces have, placed in the one province whose district of that name
    holds the communes the text names ("UBND huyện Châu Thành …, xã Long Vĩnh": Tây Ninh's, of the ten
    Châu Thành); left without one when they name none of them, or several provinces'."""
    if unit.province or not unit.name:
        return unit
    key = match_key(unit.name)
    provinces = {
        p.province
        for lv, name in found
        if lv in ("xã", "thị trấn", "phường")
        for p in g.communes.get(match_key(name), [])
        if p.district and match_key(p.district) == key
    }
    return unit.model_copy(update={"province": provinces.pop()}) if len(provinces) == 1 else unit


def _places(g: gazetteer.Gazetteer, unit: Unit, when: date | None) -> tuple[list[gazetteer.Place], bool]:
    """The gazetteer's units of that name and level, and whether they are of the old structure."""
    key = match_key(unit.name or "")
    if unit.level in DISTRICT_LEVELS:
        tables = [(g.districts, True)]
    elif when is None:
        tables = [(g.new_communes, False), (g.communes, True)]
    else:
        tables = [(g.new_communes, False)] if when >= REFORM_DATE else [(g.communes, True)]
    for table, old in tables:
        places = [p for p in table.get(key, []) if p.level == unit.level]
        if places:
            return places, old
    return [], False


def _named_in(text: str, unit: Unit) -> bool:
    """True when the text writes the unit's name after its level word or an organ of it
    ('huyện Long Điền', 'Huyện ủy Long Điền', 'UBND xã Tân Lập')."""
    key = match_key(unit.name or "")
    return any(lv == unit.level and match_key(name) == key for lv, name in named_units(text))


@lru_cache(maxsize=1)
def _province_names(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def _contradicted(g: gazetteer.Gazetteer, text: str, province: str | None) -> bool:
    """True when the text writes a province and not `province`."""
    key = match_key(text)
    if not province or match_key(province) in key:
        return False
    return _province_names(tuple(g.provinces)).search(key) is not None


def check_unit(
    proposed: Unit, text: str, when: date | None = None, source: str | None = None, hint: str | None = None
) -> tuple[Unit, list[str]]:
    """A unit a backend proposed, kept when the text supports it: the gazetteer knows it (at `when`)
    and the text names it, or the gazetteer does not know it (a district merged away, a new name)
    but the text names it with its level word or an organ and names no other province for it.
    Otherwise the unit the text shows, with a warning that says why."""
    found, notes = find_unit_with_warnings(text, proposed.level, when, source, hint)
    if not proposed.name:
        return found, list(notes)
    if match_key(proposed.name) == match_key(found.name or "") and proposed.level == found.level and (
        not proposed.province or match_key(proposed.province) == match_key(found.province or "")
    ):
        return found, []  # the parser reads the same unit
    g = gazetteer.load()
    label = unit_label(proposed)
    instead = f"; dùng «{unit_label(found)}»"
    places, old = _places(g, proposed, when)
    if not places:
        if not _named_in(text, proposed):
            return found, [f"đơn vị do mô hình đề xuất («{label}») không có trong bài viết{instead}"]
        if _contradicted(g, text, proposed.province):
            return found, [f"«{label}» không thuộc tỉnh nào bài viết nêu{instead}"]
        unit = proposed.model_copy(update={"stated": True, "province_now": None})
        return (_now(g, unit) if when is None or when < REFORM_DATE else unit), []
    if proposed.province:
        named = gazetteer.province_named(g, proposed.province) or proposed.province  # by its name then or now
        places = [p for p in places if match_key(p.province) == match_key(named)]
        if not places:
            return found, [f"«{label}» không thuộc tỉnh {proposed.province} theo danh mục hành chính{instead}"]
    stated = match_key(proposed.name) in match_key(text)
    if not stated:
        return found, [f"đơn vị do mô hình đề xuất («{label}») không có trong bài viết{instead}"]
    provinces = {p.province for p in places}
    if len(provinces) > 1:  # namesakes: only the text may decide
        provinces = {p for p in provinces if match_key(p) in match_key(text)}
    province = provinces.pop() if len(provinces) == 1 else None
    unit = Unit(name=places[0].name, level=proposed.level, province=province, stated=stated)
    unit = _now(g, unit) if old else unit
    return unit.model_copy(update={"province": gazetteer.province_as_of(unit.province, when)}), []


def province_label(unit: Unit) -> str:
    """'Bắc Kạn, nay thuộc Thái Nguyên' for a unit whose province was merged on 1 July 2025."""
    if unit.province_now and unit.province_now != unit.province:
        return f"{unit.province}, nay thuộc {unit.province_now}"
    return unit.province or ""
