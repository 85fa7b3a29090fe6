"""The offline backend: a deterministic reading of the genre's cues into a Report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from .. import periods, units
from . import boilerplate, categories
from ..metrics import metrics_of
from ..sectors import SECTOR_WORDS, sector_of  # noqa: F401 (importable from here, as before)
from ..schema import Article, Category, Item, Period, Person, Report
from ..text import drop_captions, find_figures, fold_tones, is_body_text, lower_in_place, match_key, phrase_alternation, phrases, sentence_spans, unwrap

# Bump when a change to this module changes the Reports it makes (cached Reports are keyed by it).
VERSION = "rules-51"

# --- organ and chairpersons ------------------------------------------------------------------

_ORGAN = re.compile(
    r"(?P<prefix>Ban Thường vụ|BTV|Ban Chấp hành|BCH|Thường trực)?\s*"
    r"(?P<body>Huyện [ủu][ỷy]|Thị [ủu][ỷy]|Thành [ủu][ỷy]|Đảng [ủu][ỷy] (?:xã|phường|thị trấn|đặc khu)"
    r"|Đảng bộ (?:huyện|thị xã|thành phố|xã|phường|thị trấn)"
    r"|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)(?: \((?:UBND|HĐND)\))? (?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)"
    # the Front, the unions, the youth, the police and the militia of a unit, which hold reviews of their own
    # ("Đoàn Thanh niên xã Hùng Xuyên tổ chức Hội nghị tổng kết …", "Hội Nông dân huyện … sơ kết 6 tháng")
    r"|(?:(?:Ủy ban|Uỷ ban|UB) |UB)?(?:MTTQ|Mặt trận(?: Tổ quốc)?)(?: Việt Nam| VN)? (?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)"
    r"|Hội (?:Nông dân|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Cựu chiến binh|CCB|Người cao tuổi|Chữ thập đỏ) (?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)"
    r"|Đoàn (?:Thanh niên |TN |TNCS Hồ Chí Minh )?(?:xã|phường|thị trấn)|Huyện đoàn|Thị đoàn"
    r"|Công an (?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)|Ban (?:Chỉ huy Quân sự|CHQS) (?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn))"
    # (a member's title names no body that met: "Trần Văn A, Thành ủy viên, Bí thư Đảng ủy phường")
    r"(?!\s+viên\b)",
)
_COMMITTEE_LEVEL = {"huyện ủy": "huyện", "thị ủy": "thị xã", "thành ủy": "thành phố", "huyện đoàn": "huyện", "thị đoàn": "thị xã"}


def _organ_level(body: str) -> str | None:
    """'ubnd thị xã' -> 'thị xã', 'đảng ủy xã' -> 'xã', 'huyện ủy' -> 'huyện'."""
    for level in ("thị trấn", "thị xã", "thành phố", "đặc khu", "huyện", "quận", "phường", "xã"):
        if body.endswith(level):
            return level
    return _COMMITTEE_LEVEL.get(body)


def _clauses(text: str, stops: str, cue: re.Pattern[str]) -> list[str]:
    """The clauses of `text` (the runs between characters of the class `stops`) in which `cue`
    occurs: what `[^stops]*cue[^stops]*` finds, without retrying that pattern at every character."""
    return [clause for clause in re.split(stops, text) if cue.search(clause)]


_MEETING_WORD = re.compile(r"tổ chức|họp|hội nghị", re.IGNORECASE)


# A person's title ends on the organ it names: "Phó Bí thư Thành ủy TPHCM" (a guest), not the body that met; so
# does a guest's commission or delegation: "Phó Trưởng ban Dân vận Thị ủy", "Phó đoàn công tác của BTV Thị ủy".
_TITLED = re.compile(
    r"(?:(?:bí thư|ủy viên|uỷ viên|chủ tịch|trưởng ban|phó ban)(?:\s+(?:Dân vận|Tuyên giáo|Tổ chức|Kiểm tra|Nội chính))?"
    r"|đoàn (?:công tác|kiểm tra|giám sát)(?:\s+của)?)\s*$",
    re.IGNORECASE,
)


# A province-level city's organ, above the unit that met: "các quyết định của Ủy ban MTTQ Việt Nam thành phố Đà Nẵng".
_CENTRAL_CITY_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(units.CITIES_NOW)) + r"|HCM)\b")


def _organ_in(scope: str) -> re.Match[str] | None:
    """The first organ a scope names as a body, not inside a person's title nor a province-level city's;
    else the first it names."""
    found = list(_ORGAN.finditer(scope))
    return next(
        (
            m for m in found
            if not _TITLED.search(scope, max(0, m.start() - 30), m.start())
            and not (m["body"].endswith("thành phố") and _CENTRAL_CITY_NEXT.match(scope, m.end()))
        ),
        None,
    ) or (found[0] if found else None)


_WORKED_WITH = re.compile(
    r"\blàm việc với\s+(?:(?=(?:Ban Thường vụ\s+|BTV\s+|Ban Chấp hành\s+|Thường trực\s+)?(?:Đảng [ủu][ỷy]|UBND|HĐND|Ủy ban|Uỷ ban))"
    r"|(?P<level>xã|phường|thị trấn)\s+(?=[A-ZĐ]))"
)


def find_organ(opening: str) -> tuple[str | None, str | None]:
    """The body that met, in its usual written form, and the level of unit it governs."""
    meeting = _clauses(opening, r"[.\n]", _MEETING_WORD)[:1]
    for scope in meeting + [opening]:
        # a working session an organ above holds with the one whose work it reviews: "Huyện ủy Vĩnh Linh làm việc
        # với Ban Thường vụ Đảng ủy xã Vĩnh Lâm về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024"
        visited = _WORKED_WITH.search(scope)
        if visited and visited["level"]:
            return None, visited["level"].lower()  # "… có buổi làm việc với xã Tùng Châu": the commune's, its organ unnamed
        m = (_organ_in(scope[visited.end() :]) if visited else None) or _organ_in(scope)
        if not m:
            continue
        prefix = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành"}.get(m["prefix"] or "", m["prefix"] or "")
        # (the abbreviation a text introduces is no part of the name: "Hội đồng nhân dân (HĐND) thành phố")
        body = re.sub(r" \((?:UBND|HĐND)\)", "", fold_tones(m["body"])).replace("Ủy ban nhân dân", "UBND").replace("Hội đồng nhân dân", "HĐND")
        organ = f"{prefix} {body}".strip()
        return organ, _organ_level(body.lower())
    return None, None


_CHAIR_WORD = re.compile(r"(?:đồng\s+)?chủ trì", re.IGNORECASE)
_UPPER = "A-Z" + "đàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ".upper()
_NAME_WORD = rf"[{_UPPER}][^\W\d_]*"
# A person is named after "đồng chí", "và", a comma or a colon, and followed by a dash or a comma
# and the title, or by nothing: "đồng chí Hà Thị Lan – Bí thư…", "…, Nguyễn Văn An, Chủ tịch…".
# Only people named, one after another: "ông Nguyễn Văn A và bà Trần Thị B"
_ONLY_PEOPLE = re.compile(
    rf"(?:(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}(?:\s*,\s*|\s+và\s+|$))+"
)
_PERSON = re.compile(
    rf"(?:(?i:đồng chí)|(?i:\bvà)|[,:])\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    rf"(?=\s*[–—,-]|\s*$|\s+(?i:và)\s)"
)
# First words of titles, which a capitalised pair may start ("Phó Chủ tịch") but a name never does.
_TITLE_START = {"Phó", "Bí", "Chủ", "Ủy", "Uỷ", "Trưởng", "Giám", "Tỉnh", "Huyện", "Thị", "Ban", "Đảng", "Thường", "Các"}
# What ends a title: the chair's next deed ("… khai mạc và chủ trì"), or the "và" before the next chair.
# (Each alternative starts only where its first run starts and never gives back what it took, so
# trying it at every character of a long title stays linear.)
_TITLE_END = re.compile(r"(?<!\s)\s+khai mạc\b.*$|(?<![\s,;–—-])[\s,;–—-]*+(?:\bvà)?\s*+$", re.IGNORECASE)
# Guests named in the same clause: "…, cùng dự có đồng chí…", "…, Phó Chủ tịch UBND tỉnh về dự".
_GUESTS = re.compile(r",?\s+(?:về |cùng |tham )?dự\b.*$", re.IGNORECASE)


def _people(segment: str) -> list[Person]:
    """The persons a segment names, each with the title written after the name."""
    found = [m for m in _PERSON.finditer(segment) if m["name"].split()[0] not in _TITLE_START]
    people = []
    for m, after in zip(found, found[1:] + [None]):
        title = segment[m.end() : after.start() if after else len(segment)].lstrip(" –—-,")
        people.append(Person(name=m["name"], title=_TITLE_END.sub("", title) or None))
    return people


def find_chairs(opening: str) -> list[Person]:
    """The persons who chaired, with their titles: 'Đồng chí X – title … chủ trì', 'do đồng chí X,
    title và đồng chí Y, title (đồng) chủ trì', 'Chủ trì hội nghị có đồng chí X – title'."""
    people: dict[str, Person] = {}
    for clause in _clauses(opening, r"[.;\n]", _CHAIR_WORD):
        word = _CHAIR_WORD.search(clause)
        before, after = clause[: word.start()], clause[word.end() :]
        named = before if re.search(r"đồng chí", before, re.IGNORECASE) else after
        for person in _people(_GUESTS.sub("", named)):
            people.setdefault(person.name, person)
    return list(people.values())


# --- sorting sentences into categories -------------------------------------------------------

# ("những tồn tại, hạn chế và phương hướng khắc phục …: a; b": the remedy of the shortcomings just named, whose
# list names them, plans no period's tasks)
_TASK_CUE = (
    # ("triển khai … các nhiệm vụ, giải pháp đề ra": the plan set before, carried out in the period)
    rf"nhiệm vụ trọng tâm|nhiệm vụ,? giải pháp(?!\s+(?:đã\s+)?đề ra)|phương hướng(?!\s+khắc phục)|{categories.TIME_AHEAD}|tháng tới|phát biểu chỉ đạo"
    # (the end of the year to come, not the year-end session: "đây là kỳ họp cuối năm có ý nghĩa đặc biệt")
    r"|cuối năm(?<!họp cuối năm)(?<!nghị cuối năm)(?<!lệ cuối năm)"
    # a chair's conclusion, not the documents of that name ("triển khai các chỉ thị, Nghị quyết, kết luận của TW",
    # "Kết luận số 123-KL/TW")
    r"|kết luận(?<!nghị quyết, kết luận)(?<!chỉ thị, kết luận)(?<!nghị quyết và kết luận)"
    r"(?!\s+(?:số\s+\d|của (?:tw|trung ương|bộ chính trị|ban bí thư)\b))"
    # ("chưa đạt yêu cầu", "đáp ứng yêu cầu": a standard met or not, no request)
    rf"|yêu cầu(?<!đạt yêu cầu)(?<!đáp ứng yêu cầu)|{categories.PROPOSAL}|về nhiệm vụ|triển khai nhiệm vụ|cần tập trung|cần tiếp tục|nhiệm vụ (?:tháng|quý|năm) (?:tới|\d|[iv]+)"
    # what a list is given for, at the end of its lead: "gợi mở một số nội dung để Hội huyện tiếp tục triển khai
    # thực hiện: …" (the list is what is still to be done)
    r"|\bđể (?:\S+ ){0,4}?(?:tiếp tục )?(?:triển khai )?thực hiện\W*$"
    # a speaker who directs, the directions after the lead's colon: "Phát biểu tại hội nghị, đồng chí …, Bí thư Đảng ủy
    # xã chỉ đạo: Các ngành …" ("lãnh đạo, chỉ đạo" is a deed of the period)
    r"|(?<!lãnh đạo, )(?<!lãnh đạo )\bchỉ đạo\s*$"
)
# "hạn chế" is a shortcoming as a noun ("còn hạn chế", "những hạn chế"); as a verb with its object it is
# a deed that curbs a harm ("kiểm tra 155 công trình, hạn chế tình trạng xây dựng sai phép")
_LIMITS = (
    # (nor the shortcomings a remedy is for: "đồng thời khắc phục những hạn chế …" asks to remedy them)
    r"hạn chế(?<!nhằm hạn chế)(?<!để hạn chế)(?<!góp phần hạn chế)(?<!khắc phục những hạn chế)(?<!khắc phục các hạn chế)"
    r"(?!\s+(?:tình trạng|việc|tối đa|thấp nhất|đến mức|thiệt hại|rủi ro|ô nhiễm|phát sinh|ùn tắc|tai nạn|sai phạm|vi phạm|số vụ|các vụ|ảnh hưởng)\b)"
)
_SHORT_CUE = (
    # ("tuy nhiên" opens a shortcoming when it opens the lead; after a clause it concedes that clause,
    # and what follows decides: "năm đầu vận hành bộ máy mới, tuy nhiên … đã hoàn thành …")
    rf"{_LIMITS}|tồn tại(?<!khắc phục những tồn tại)(?<!khắc phục các tồn tại)|yếu kém|(?<!\w )(?<!\w, )tuy nhiên|bên cạnh (?:những |các )?kết quả(?: tích cực| quan trọng| nổi bật| đã)*(?: đạt được)?|(?P<difficulty>khó khăn)"
    r"|vấn đề (?:\w+ ){0,3}?cần (?:được )?(?:tập trung |tiếp tục )?(?:tháo gỡ|giải quyết|khắc phục|xử lý)|bất cập|phản ánh (?:tình trạng|những khó khăn)"
)
_ACH_CUE = r"kết quả|đạt được|thành tích"
# "nổi bật" stresses whatever the lead names ("hạn chế, trong đó nổi bật như sau:"); alone it names results
_LEAD_CUES = re.compile(
    rf"(?P<next_tasks>{_TASK_CUE})|(?P<shortcomings>{_SHORT_CUE})|(?P<achievements>{_ACH_CUE})|(?P<stress>nổi bật)"
)  # lower case, matched on the lead lower-cased (_lead_category)

# Inside a results paragraph, a sentence that says something fell short.
_SHORTFALL = re.compile(
    r"\bchậm\b(?! nhất)|đạt thấp|còn thấp|đạt dưới\b|chưa (?:đạt|hoàn thành|được|cao|đáp ứng|triệt để|kịp thời|đảm bảo|đồng bộ|giải quyết"
    # (work not yet done: "4 ki ốt … đã chuyển đồ về nhưng chưa tháo dỡ", "chưa thực hiện", "chưa giải ngân")
    r"|thực hiện|triển khai|tháo dỡ|giải phóng|bàn giao|khắc phục|xử lý|thu hồi|giải ngân|hoàn thiện|thi công|khởi công)|vẫn còn|"
    rf"còn (?:có )?(?:nhiều|một số) (?:hạn chế|khó khăn|tồn tại|trở ngại|vướng mắc)|{_LIMITS}|tồn tại(?<!khắc phục những tồn tại)(?<!khắc phục các tồn tại)|yếu kém|tiềm ẩn|gia tăng(?<!tốc độ gia tăng)(?<!giá trị gia tăng)(?! giá trị)|giảm sút|không đạt"
    # a fall against the plan: "Diện tích lúa Hè thu 2020 với 2.036 ha, giảm 34 ha so với kế hoạch do nắng hạn"
    r"|\bgiảm\s+(?:gần\s+|hơn\s+)?\d[\d.,]*\s*(?:[^\W\d]+\s+){0,2}?so với (?:kế hoạch|chỉ tiêu|dự toán)"
    # difficulties without the classic words: "gặp khó khăn", "chưa có quy hoạch" ("chưa có ca mắc" is good news),
    # "bất cập", "phản ánh tình trạng …"
    r"|gặp (?:nhiều |rất nhiều |không ít )?khó khăn|chưa có\b(?! (?:trường hợp|ca|vụ|hiện tượng|dịch))|bất cập"
    r"|phản ánh (?:tình trạng|những khó khăn)"
    # incidents counted, or an outbreak: "đã xảy ra 2 vụ việc đánh bạc", "đã xảy ra dịch tả heo tại 7 hộ"
    # ("không để xảy ra", "chưa xảy ra" are good news)
    # (a tally over the whole unit is the year's count, what a police review reports: "Năm 2023, toàn huyện xảy
    # ra 15 vụ trộm cắp tài sản, 22 đối tượng; …")
    # (the lookbehinds after the words: tried only where "xảy ra" stands, not at every character)
    r"|xảy ra(?<!không xảy ra)(?<!để xảy ra)(?<!chưa xảy ra)(?<!toàn xã xảy ra)(?<!toàn huyện xảy ra)(?<!toàn phường xảy ra)"
    r"(?<!toàn tỉnh xảy ra)(?<!toàn quận xảy ra)(?<!toàn thị xã xảy ra)(?<!toàn thành phố xảy ra)\s+(?:\d|dịch\b)"
    r"|diễn biến phức tạp"
    # what the unit earns or makes, fallen: "Lượng khách du lịch đến huyện giảm 72% so với cùng kỳ"
    # (so the price it sells at, and its herds: "giá một số loại cây ăn trái tại vườn giảm từ 30-50%", "tổng đàn
    # heo giảm nhiều so với cùng kỳ")
    r"|(?:khách du lịch|lượt khách|doanh thu|thu ngân sách|giá trị sản xuất|sản lượng|kim ngạch|tổng mức bán lẻ|\bgiá|tổng đàn)"
    r"[^.;:,]{0,40}?\bgiảm\s+(?:(?:gần|hơn|trên|khoảng|từ)\s+)?\d|\btổng đàn\b[^.;:,]{0,30}?\bgiảm (?:nhiều|mạnh|sâu)\b"
    # a trade brought to a halt: "hoạt động du lịch gần như ngừng hoạt động" ("đình chỉ hoạt động" of an offender
    # is a deed)
    r"|(?:gần như|phải|bị|tạm) (?:ngừng|ngưng) hoạt động\b"
    # what the unit buys, dearer: "giá cả vật tư nông nghiệp đầu vào, giá xăng dầu tăng cao" (not "giá trị … tăng")
    r"|\bgiá(?! trị)\b[^.;:]{0,40}?\btăng cao\b"
    # a harm that grew: "nạn tự tử trong đồng bào dân tộc thiểu số tăng", "tình trạng tảo hôn có chiều hướng tăng"
    r"|\b(?:tình trạng|nạn)\s[^.;:,]{0,60}?\btăng\b(?! cường)"
    # a harm told to have hit production or people's lives: "dịch bệnh, thiên tai đã ảnh hưởng đến sản xuất, đời sống
    # của nhân dân" (not when kept off: "hạn chế ảnh hưởng", "không ảnh hưởng")
    # (or its growth: "do ảnh hưởng dịch bệnh COVID-19 đã tác động đến sự tăng trưởng kinh tế")
    r"|(?<!không )(?<!hạn chế )(?<!giảm thiểu )(?<!khắc phục )\b(?:ảnh hưởng|tác động)\s+(?:(?:lớn|nặng nề|nghiêm trọng|không nhỏ|trực tiếp|nhiều|tiêu cực)\s+)?"
    r"(?:đến|tới)\s+(?:(?:hoạt động|tình hình|sự|nhiều mặt(?: của)?)\s+)?(?:sản xuất|đời sống|sinh kế|thu nhập|tăng trưởng)\b"
    # a harm told to happen still, its matter named before: "tình trạng lấn chiếm vỉa hè còn xảy ra"
    # ("không còn xảy ra" is good news)
    r"|(?<!không )còn xảy ra\b"
    # a disaster's toll: "cơn bão và các đợt mưa lũ đã gây thiệt hại hơn 10 tỷ đồng" ("khắc phục thiệt hại",
    # "hỗ trợ hộ bị thiệt hại" are help given, not the unit's toll)
    r"|(?<!không )(?<!chưa )gây thiệt hại\b",
)  # lower case: categories runs it on text.lower_in_place
# Sentences about the meeting itself, not about the work reviewed.
_META = re.compile(
    # (a meeting that "sẽ" be held is a plan, not this meeting: "… sẽ họp định kỳ hàng tháng để …")
    # (not the conference of a workplace's staff that a union holds as its work: "phối hợp tổ chức hội nghị cán bộ,
    # công chức, viên chức, người lao động")
    # (the plain phrases of it are _META_PHRASES, below)
    r"(?<!sẽ )tổ chức (?:hội nghị(?! cán bộ,? công chức| người lao động)|phiên họp|cuộc họp|kỳ họp|họp|giao ban)|(?<!sẽ )họp (?:phiên )?(?:thường kỳ|định kỳ|giao ban)|^tham dự|"
    # ("tham gia góp ý các dự thảo văn kiện" is work of the period, the Front's or a union's; the meeting's delegates
    # commenting on its reports are its business by _MEETING_BUSINESS)
    r"(?<!tham gia )góp ý|phát biểu chỉ đạo\.?$"
    # a caption of who spoke ("Bí thư Huyện ủy … phát biểu kết luận")
    r"|phát biểu (?:kết luận|bế mạc)\.?$"
    # how it was held: "Hội nghị được tổ chức tuân thủ nghiêm các biện pháp phòng chống dịch …"
    r"|^\W*(?:hội nghị|kỳ họp|phiên họp|cuộc họp) (?:đã )?được tổ chức\b"
    # how long it ran: "Kỳ họp diễn ra trong 2 ngày (23 và 24-12)"
    # ("Theo Chương trình, Kỳ họp thứ 17, HĐND huyện diễn ra trong 1 ngày.")
    r"|(?:kỳ họp|hội nghị|phiên họp|cuộc họp)\b[^.;:]{0,40}? (?:đã )?diễn ra trong (?:\d+|một|hai|ba|nửa) (?:ngày|buổi)"
    # a council that "họp kỳ thứ 11" (its session, written the other way round)
    r"|\bhọp kỳ (?:thứ\s+)?(?:\d+|[ivxl]+)\b"
    # … or told first, the meeting then said to have taken place: "Trong 3 ngày (…), kỳ họp thứ 10 HĐND huyện … đã diễn ra"
    r"|^\W*(?:[^\W\d_]{2,5}\W{1,3})?trong (?:\d+|một|hai|ba|nửa) (?:ngày|buổi)\b[^.;:]{0,40}?(?:kỳ họp|hội nghị|phiên họp|cuộc họp)\b[^.;:]{0,120}?\bdiễn ra\W*$"
    # … or spoke at it: "Đồng chí Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị."
    r"|phát biểu (?:chỉ đạo |kết luận )?tại (?:hội nghị|cuộc họp|phiên họp|kỳ họp|buổi làm việc)(?: với [^.;:]{1,80})?\.?$"
    # ("Ông …, Bí thư Thành ủy … phát biểu chỉ đạo hội nghị.": the meeting its object)
    r"|phát biểu (?:chỉ đạo|kết luận|khai mạc|bế mạc) (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\.?$"
    # the day it was held, then who held it: "Chiều ngày 6/7/2022, Hội … huyện tổ chức sơ kết công tác 6 tháng …",
    # "Sáng 03/11, UBND thành phố đã họp thông qua tình hình …" (dated first: no deed of the period listed)
    # (after the outlet's tag, and with the day written "22.9": "(Báo Quảng Ngãi)- Chiều 22.9, …")
    # (the comma after the day may be left out: "Sáng ngày 01 /7/2022 Đảng ủy xã … tổ chức lễ chào cờ - giao ban …")
    # (or the day written out: "Ngày 24 tháng 12 năm 2024 UBND xã … tổ chức báo cáo tình hình …")
    r"|^\W*(?:\([^()\n]{1,40}\)\s?[-–]?\s?)?(?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?\d{1,2}"
    r"(?:\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s?,|\s)[^.;:]{0,120}?"
    # (or a visit's working session, a gathering: "Chiều 22.9, Phó Bí thư Tỉnh ủy … có buổi làm việc với …")
    r"\b(?:tổ chức (?:hội nghị )?(?:sơ kết|tổng kết)|(?:đã )?họp (?!mặt)|(?:có buổi )?làm việc (?:với|tại)\b|tổ chức (?:buổi )?gặp mặt\b"
    r"|tổ chức [^.;:]{0,30}?\bgiao ban\b|tổ chức (?:hội nghị )?(?:báo cáo|đánh giá) (?:tình hình|kết quả)\b)"
    # who attended a working session: "Dự buổi làm việc có …"
    r"|^\W*(?:cùng )?(?:tham gia|tham dự|dự) buổi làm việc\b",
)  # lower case, matched on lower-cased text (_is_meta): 2.5 times faster than IGNORECASE on Vietnamese
# The plain phrases of _META, as a trie (an alternation is tried phrase by phrase at each character): who chaired,
# attended, praised, discussed, passed; a day of a meeting of several ("ngày làm việc thứ").
_META_PHRASES = re.compile(phrase_alternation([
    "chủ trì", "sự tham dự", "đánh giá cao", "ghi nhận", "biểu dương", "thảo luận", "cho ý kiến", "khai mạc", "cùng dự",
    "ngày làm việc thứ", "dự hội nghị",
    *phrases("giao ban ", ("đánh giá", "định kỳ", "thường kỳ")),
    *phrases("dự và ", ("phát biểu ", ""), "chỉ đạo hội nghị"),
    *phrases("tham dự ", ("hội nghị", "cuộc họp", "phiên họp", "có")),
    *phrases("bàn ", ("các ", ""), "giải pháp"),
    *phrases("đã ", ("nhất trí ", "biểu quyết ", ""), "thông qua"),
]))


# What a discussion was about, named as the matters it took up: "thảo luận các vấn đề liên quan đến …",
# "thảo luận về những vấn đề: …" (the words after it are the matters).
_DISCUSSED = re.compile(
    # ("đã thảo luận, chất vấn những nội dung cử tri và nhân dân huyện quan tâm như: …")
    r"thảo luận\b[^.;:]{0,60}?\b(?:vấn đề|nội dung)\b[^.;:]{0,50}?\s(?:liên quan (?:đến|tới)|về|như)\s*:?\s+"
    # … or that speakers gave their views on: "các đại biểu cũng cho ý kiến về quy hoạch …; vấn đề giải ngân … chậm"
    r"|\b(?:cho|góp|tham gia) ý kiến (?:về|vào)\s+"
    # … or the difficulties it sought remedies for: "thảo luận, bàn giải pháp tháo gỡ khó khăn như tỷ lệ giải ngân … đạt thấp; …"
    r"|\b(?:tháo gỡ|giải quyết|khắc phục)\s+(?:những |các |một số )?(?:khó khăn|vướng mắc|hạn chế|tồn tại)"
    r"(?:,?\s+(?:khó khăn|vướng mắc|hạn chế|tồn tại))*\s+(?:như|gồm)\s*:?\s+"
)  # lower case


# The matters a meeting commented on, named as such before its colon (lower case).
# ("các đại biểu tập trung thảo luận về: Giải pháp khôi phục sản xuất …; …": the lead ends on what they did)
_COMMENTED_MATTERS = re.compile(
    r"\b(?:thảo luận|cho ý kiến|góp ý(?: kiến)?|tham gia ý kiến)\b(?:[^.;:]{0,30}?\s(?:một số|các|những|nhiều)\s+(?:vấn đề|nội dung)\b"
    r"|\s+(?:về|vào)\s*$)"
    # … or raised at it: "Hội nghị đã được nghe 11 ý kiến phát biểu phản ánh, kiến nghị của các chi bộ về các vấn đề: …"
    r"|\b(?:ý kiến|kiến nghị|phản ánh)\b[^.;:]{0,60}?\svề\s+(?:một số|các|những|nhiều)\s+(?:vấn đề|nội dung)\s*$"
    # ("cử tri … đã phản ánh nhiều vấn đề liên quan đến quản lý đô thị và đời sống dân sinh, như: …")
    r"|\b(?:phản ánh|kiến nghị)\s+(?:một số|các|những|nhiều)\s+(?:vấn đề|nội dung)\b[^.;:]{0,80}$"
)
# What the meeting heard raised or put questions on: the voters' and the cells' concerns.
_CONCERNS = re.compile(r"\b(?:phản ánh|kiến nghị|chất vấn|quan tâm)\b", re.IGNORECASE)
# A sentence that opens on where it happened at this meeting: "Tại kỳ họp, các đại biểu HĐND huyện chất vấn …";
# or on its schedule: "Buổi sáng, HĐND huyện sẽ thông qua 9 báo cáo …", "Theo chương trình, …"; or on the meeting
# itself, an adverb after it: "Hội nghị cũng thông qua dự thảo Chỉ thị …".
_AT_THIS_MEETING = re.compile(
    r"^\W*(?:(?:cũng\s+)?tại\s+(?:kỳ họp|hội nghị|phiên họp|cuộc họp)(?:\s+này)?\s*,|(?:buổi|phiên)\s+(?:sáng|chiều)\b|theo chương trình\b"
    r"|(?:hội nghị|kỳ họp|phiên họp|cuộc họp)\s+(?:cũng|còn|đã)\s)",
    re.IGNORECASE,
)


_REACHED = re.compile(r"\b(?:đạt và vượt|vượt|hoàn thành)\b", re.IGNORECASE)


def _own_category(part: str) -> Category | None:
    """What a matter of a sentence that falls short elsewhere says for itself: that it is still aimed at
    ("phấn đấu"), or that it was reached; None when it falls short too, or says neither."""
    if categories.falls_short(part, _SHORTFALL):
        return None
    if _AIM.search(part):
        return "next_tasks"
    return "achievements" if _REACHED.search(part) else None


# A count after a comma: where the next entry of a tally of counts starts.
_NEXT_COUNT = re.compile(r",\s+(?=\d)")


# A measure after a comma, with its own figure: "Giá trị sản xuất nông nghiệp tăng 12,8%, lâm nghiệp tăng 16,9%, giá
# trị sản xuất công nghiệp giảm 3,6% so với cùng kỳ" (the comma of a figure, "12,8", is followed by no space).
# (a measure named, not a predicate going on about the one before: ", được 21% kế hoạch")
_NEXT_MEASURE = re.compile(r",\s+(?=(?!(?:được|đạt|bằng|tăng|giảm|chiếm|với|trong đó|riêng)\b)[^\W\d][^,;]*?\d)", re.IGNORECASE)
_RISEN = re.compile(r"\b(?:tăng|vượt|đạt)\b[^,;]*?\d", re.IGNORECASE)


def _tally_shortfall(text: str, part: _Span) -> int | None:
    """Where a tally of counts turns to those that fell short ("vượt 09 chỉ tiêu, 22 chỉ tiêu đạt, 10 chỉ
    tiêu không đạt"), or a list of measures to one that fell ("…, lâm nghiệp tăng 16,9%, giá trị sản xuất công
    nghiệp giảm 3,6%"), when those before it were reached or rose; None when the part is no such list."""
    for cut, reached in ((_NEXT_COUNT, _REACHED), (_NEXT_MEASURE, _RISEN)):
        cuts = [m.start() for m in cut.finditer(text, part.start, part.end)]
        for at, end in zip(cuts, cuts[1:] + [part.end]):
            if categories.falls_short(text[at:end], _SHORTFALL):
                head = text[part.start : at]
                if reached.search(head) and not categories.falls_short(head, _SHORTFALL):
                    return at
                break
    return None


# The delegates' views, and the deeds they centre on: "Hội nghị ghi nhận 5 ý kiến đóng góp của đại biểu tập trung vào
# nâng cao chất lượng sinh hoạt chi đoàn, phát huy vai trò …" (what they urge is work ahead).
# (or the delegates' own: "Thảo luận tại Hội nghị, các đại biểu tập trung tháo gỡ những khó khăn trong thực hiện các chỉ tiêu
# còn lại trong năm; …")
_VIEWS_ON_DEEDS = re.compile(
    r"(?:\bý kiến\b[^.;:]{0,60}?\btập trung (?:vào|ở)\s+|\bđại biểu\b[^.;:]{0,20}?\btập trung\s+(?:vào\s+)?)"
    r"(?=(?:việc\s+)?(?:nâng cao|phát huy|tăng cường|đẩy mạnh|bảo đảm|đảm bảo"
    r"|tiếp tục|đổi mới|chú trọng|quan tâm|đẩy nhanh|thực hiện|triển khai|tháo gỡ|giải quyết|khắc phục|xử lý|rà soát)\b)"
)  # lower case


_A_STATE_OF_AFFAIRS = re.compile(r"\W*(?:tình trạng|nạn)\s", re.IGNORECASE)
_REMEDY_URGED = re.compile(r"\W*(?:việc\s+)?(?:kiến nghị\s+|đề nghị\s+)?(?:tháo gỡ|giải quyết|khắc phục|xử lý)\b", re.IGNORECASE)


def _proposed_deeds(sentence: str, listed: bool = False) -> int | None:
    """Where the deeds the delegates' views centre on start, when they are deeds to be done, not shortfalls;
    `listed`: when they are a ';' list, whatever some of them say fell short (each is read on its own)."""
    low = lower_in_place(sentence)
    m = _VIEWS_ON_DEEDS.search(low) if "ý kiến" in low or "đại biểu" in low else None
    if m is None or (listed and ";" not in sentence[m.end() :]):
        return None
    return m.end() if listed or not categories.falls_short(sentence[m.end() :], _SHORTFALL) else None


def _discussed_shortfalls(sentence: str) -> int | None:
    """Where the matters of a discussion start, when they are things that fell short ("… tiến độ thu
    hoạch chậm; một số chỉ tiêu còn đạt thấp"): those are shortcomings, not the meeting's business."""
    low = lower_in_place(sentence)
    m = _DISCUSSED.search(low) if "thảo luận" in low or "ý kiến" in low else None
    if m is None or not categories.falls_short(sentence[m.end() :], _SHORTFALL):
        return None
    return m.end()


# More of the meeting itself, tried by plain substrings (each a rare phrase: cheaper than more of _META):
# who attended a session ("… và các đại biểu dự Kỳ họp thứ 7"), a regular meeting held ("Ban Thường vụ họp
# thường lệ tháng 01/2025", not "tổ chức thành công các kỳ họp thường lệ"), and what the session is ("Đây là
# kỳ họp thường lệ giữa năm …").
_ATTENDED = ("dự kỳ họp", "dự phiên họp", "dự cuộc họp")
_THIS_IS = tuple(f"đây là {m}" for m in ("kỳ họp", "hội nghị", "phiên họp", "cuộc họp"))
# Praise the work received, in the passive, is a result, not the meeting praising: "tổ chức thành công diễn
# tập …, được tỉnh ghi nhận, đánh giá cao" (lower case; only read when a praise word is there); the praisers
# may be two, a comma between them: "được người dân, doanh nghiệp ghi nhận".
_PRAISE_RECEIVED = re.compile(
    r"được(?:\s+[^\s,.;:]+){0,4}?(?:\s*,\s*[^\s,.;:]+(?:\s+[^\s,.;:]+){0,2}?)?\s+(?:ghi nhận|đánh giá cao)"
    r"(?:\s*,\s*(?:ghi nhận|đánh giá cao))?"
)
# The writer's own stress, no one praising: "Đáng ghi nhận là thu ngân sách … đạt hơn 127% dự toán".
_WORTH_NOTING = re.compile(r"\b(?:điều |một điểm )?đáng (?:ghi nhận|đánh giá cao)\b")
# "ghi nhận" before a count records it, no praise: "Mô hình … đã ghi nhận gần 1.000 lượt cập nhật"; so before
# a measure and the figure it reached: "Lĩnh vực kinh tế ghi nhận tổng sản lượng lúa đạt 98% kế hoạch; …"
_RECORDED = re.compile(
    r"\bghi nhận (?:được )?(?:(?:gần|hơn|trên|khoảng|tổng cộng) )?\d"
    r"|\bghi nhận (?=[^.;:,]{0,80}?\b(?:đạt|tăng|giảm|bằng)\s+(?:(?:gần|hơn|trên|khoảng) )?\d)"
)


def _is_meta(text: str) -> bool:
    """The sentence (or lead) speaks of the meeting itself: who chaired, attended, praised, discussed."""
    low = text.lower()
    if "ghi nhận" in low or "đánh giá cao" in low:
        low = _PRAISE_RECEIVED.sub(" ", _WORTH_NOTING.sub(" ", low))
        if "họp" not in low and "hội nghị" not in low and "đại biểu" not in low:
            low = _RECORDED.sub(" ", low)  # (the meeting records what is put to it: "Chủ tọa kỳ họp ghi nhận 05 phiếu")
    if boilerplate.studies_held(low):
        return False  # the period's work, not this meeting
    return (
        _META_PHRASES.search(low) is not None
        or _META.search(low) is not None
        # (a session the organ held well, or attended, in the period is its work: "Thường trực HĐND huyện tổ
        # chức thành công kỳ họp thứ 10 …; tham dự kỳ họp HĐND các xã …")
        or ("họp" in low and "tổ chức thành công" not in low and (
            any(a in low for a in _ATTENDED) or low.count("họp thường lệ") > low.count("kỳ họp thường lệ")
        ))
        or low.lstrip(" \"“'").startswith(_THIS_IS)
    )


# A speaker who reports the period's work: "Đánh giá công tác tháng 10, đồng chí Chủ tịch UBND huyện cho
# biết, trong tháng huyện đã …; tổ chức hội nghị sơ kết vụ mùa …" — what follows is the report (a
# conference held in the period is work done), unless it opens on the meeting itself.
_REPORTS = re.compile(r"^[^.;:]{0,240}?\bcho (?:biết|thấy)\s*,?\s+")  # ("Thông tin tại hội nghị … cho thấy, …" too)


def _reported_start(sentence: str) -> int | None:
    """Where the report a speaker gives starts in a sentence, when it is not about the meeting itself."""
    m = _REPORTS.search(sentence.lower())
    if m is None or _is_meta(re.split(r"[,;]", sentence[m.end() :], maxsplit=1)[0]):
        return None
    return m.end()


# Long runs of digits: no figure is written so (figures group their thousands), an image's file name is.
_IMAGE_NAME = re.compile(r"\d{12}")
_WORDED = re.compile(r"[^\W\d_]\S*")


def _background(sentence: str) -> bool:
    return _BACKGROUND.search(lower_in_place(sentence)) is not None


def _reports_background(sentence: str) -> bool:
    """'Chủ tịch UBND phường cho biết, năm 2025 diễn ra trong bối cảnh …': a speaker reporting background."""
    said = _reported_start(sentence) if "cho biết" in sentence else None
    return said is not None and _background(sentence[said:])


# A directive to someone: what follows is a task, whatever the paragraph began with.
_DIRECTIVE = re.compile(
    # (not the papers of a proposal, "hoàn chỉnh thủ tục đề nghị Huyện Anh hùng …"; nor an award proposed, "đề nghị UBND
    # tỉnh tặng Bằng khen đối với 1 Đảng bộ")
    # (the lookbehinds come after the verb, so that they are tried only where it is)
    r"\b(?:đề nghị|yêu cầu)" + "".join(
        f"(?<!{noun} {verb})" for noun in ("thủ tục", "hồ sơ", "tờ trình", "văn bản", "công văn") for verb in ("đề nghị", "yêu cầu")
    ) + r"(?<!\bđơn đề nghị)(?<!\bđơn yêu cầu)"
    r"(?![^.;:]{0,40}?\btặng\s+(?:bằng khen|giấy khen|huân chương|huy hiệu|cờ thi đua|danh hiệu)\b)"
    # (the time it is for may come first: "Đồng chí đề nghị, thời gian tới đội ngũ bí thư chi bộ …", "… đề nghị, năm 2026,
    # địa phương tập trung …")
    r"(?:\s*,?\s+(?:trong\s+)?(?:thời gian tới|(?:năm|tháng|quý) tới|năm\s+(?:19|20)\d\d)\s*,?)?"
    r"\s+(?:các|cấp|huyện|xã|phường|thị|thành|ngành|địa phương|đơn vị|UBND|Ban|mỗi|từng|"
    r"toàn|cán bộ|Đảng|chính quyền|Mặt trận|phòng|cơ quan|đội ngũ|lực lượng)"
    # what the unit asks of those above it: "Huyện kiến nghị Tỉnh ủy thống nhất …", "kiến nghị trung ương cần …"
    # ("giải quyết 7 kiến nghị", "ý kiến, kiến nghị của cử tri" are the noun)
    r"|\bkiến nghị\s+(?:với\s+)?(?:tỉnh|Tỉnh ủy|UBND tỉnh|Thành ủy|UBND thành phố|trung ương|Chính phủ|cấp trên|các bộ|bộ|sở)\b",
    re.IGNORECASE,
)
# What was done before the meeting began, at its place: its setting, no work of the period.
_BEFORE_THE_MEETING = re.compile(
    r"\W*trước (?:giờ|khi) (?:diễn ra|khai mạc|bắt đầu|vào) (?:kỳ họp|hội nghị|phiên họp|cuộc họp)\b", re.IGNORECASE
)
# A paragraph that opens on an official's speech at the meeting: "Phát biểu tại hội nghị, …", "Kết luận hội nghị, …".
_SPEECH_OPENS = re.compile(r"^\W*(?:phát biểu|kết luận)\s+(?:tại|chỉ đạo|kết luận|bế mạc)\b", re.IGNORECASE)
# Background, not work done: how a merged unit was formed, which month of the new apparatus this is.
# How a merged unit was formed (its date may come between: "được thành lập từ ngày 1/7/2025, trên cơ sở sáp nhập …").
_FORMED = r"được (?:thành lập|hình thành) (?:từ ngày [\d/.-]+,? )?(?:trên cơ sở|từ (?:việc )?(?:hợp nhất|sáp nhập))"
_FORMED_LEAD = re.compile(_FORMED, re.IGNORECASE)
_BACKGROUND = re.compile(
    # (only the first "là tháng…" of a line is tried: a later one cannot find more after it)
    _FORMED + r"|(?m:^)(?>.*?là (?:tháng|quý|năm) (?:đầu tiên|thứ \w+)\b).*(?:vận hành|hoạt động)"
    # the place of the year in a plan's term, no deed: "Năm 2021 là năm thứ 2 thực hiện Nghị quyết Đại hội …"
    r"|^[^.;,]{0,40}\blà năm (?:đầu tiên|thứ \w+|cuối(?: cùng)?|bản lề)\b(?![^.;]*\b(?:đã|đạt|hoàn thành|vượt)\b)[^.;,]{0,20}?\b(?:thực hiện|triển khai)\b"
    # the overall situation in one breath: "tình hình kinh tế - xã hội trên địa bàn tiếp tục ổn định"
    r"|^[^.;]{0,60}tình hình kinh tế\s*-\s*xã hội[^.;]{0,60}(?:ổn định|chuyển biến tích cực|phát triển)\W*$"
    # the setting of the period: "Tình hình thực hiện nhiệm vụ 9 tháng diễn ra trong bối cảnh …"
    r"|^[^.;,]{0,80}\bdiễn ra trong bối cảnh\b"
    # … or the setting alone, what weighed on the period and no deed: "Trong bối cảnh năm 2024, tiếp tục chịu ảnh
    # hưởng bởi thiên tai khiến giá vật tư tăng cao" ("Trong bối cảnh …, xã đã hoàn thành …" reports)
    r"|^\W*trong bối cảnh\b(?![^.;]*\b(?:đã|đạt|hoàn thành|vượt)\b)[^.;]*?\b(?:chịu|bị) (?:\S+ ){0,2}?(?:ảnh hưởng|tác động)\b"
    # what the local economy is made of: "Kinh tế trên địa bàn xã chủ yếu dựa vào sản xuất nông nghiệp, …"
    r"|^[^.;,]{0,20}\bkinh tế\b[^.;,]{0,40}(?<!vẫn )(?<!còn )\bchủ yếu (?:dựa vào|là)\b"
    # what the unit is: "Đây là phường có quy mô dân số lớn nhất tỉnh, giữ vai trò …" (a description, no deed)
    r"|^\W*(?:đây|đó) là (?:một )?(?:phường|xã|huyện|quận|thị xã|thị trấn|thành phố|địa phương|đơn vị|vùng|khu vực)\b"
    r"(?![^.;]*\b(?:đã|đạt|được|hoàn thành|vượt|về đích)\b)"
    # the authority a meeting is held under, a sentence of its own: "Thực hiện Chương trình công tác năm 2022 của Đảng ủy
    # thị trấn.", "Được sự thống nhất của BTV đảng ủy ngày, 07/4/2022."
    r"|^\W*(?:thực hiện|căn cứ)\s+(?:chương trình công tác|kế hoạch (?:số|công tác)|quy chế làm việc)\b[^.;:,]{0,80}\.?\s*$"
    r"|^\W*được sự (?:thống nhất|đồng ý|nhất trí|chỉ đạo)\s+của\b[^.;:]{0,80}\.?\s*$",
)  # lower case, matched on lower-cased text (_background)
# The setting said to make demands, and no more: "…, việc sắp xếp đơn vị hành chính … đặt ra nhiều yêu cầu mới."
_POSES = re.compile(r"\bđặt ra (?:rất |nhiều |không ít |những )*(?:yêu cầu|thách thức|đòi hỏi)\b[^.;,]{0,30}\W*$", re.IGNORECASE)
# A count, not a date or a period: "còn 4/15 chỉ tiêu", not "năm 2023" or "9 tháng"
_FIGURE = re.compile(
    r"(?<!năm )(?<!tháng )(?<!quý )(?<!ngày )(?<![\d/.,-])\d[\d/.,]*(?!\d)(?!\s*(?:tháng|năm|quý|ngày|tuần)\b)",
    re.IGNORECASE,
)
# ("… tiếp tục có chuyển biến tích cực" reports a change for the better, without a verb of the above)
_RESULT_WORD = re.compile(r"\b(?:đạt|hoàn thành|tăng|giảm|được|chuyển biến)\b|\d", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:đồng thời|bên cạnh đó|ngoài ra|theo đó|trong đó|mặt khác|cụ thể|nhất là|đặc biệt)\s*,?\s*", re.IGNORECASE
)
# A paragraph that opens on the difficulties faced turns with a contrast to what was done despite them:
# "… gặp nhiều khó khăn, … . Song dưới sự lãnh đạo của …, công tác hội đã có bước phát triển …"
_TURN = re.compile(r"\W*(?:song|nhưng|tuy nhiên|tuy vậy|mặc dù vậy|dù vậy|vượt qua khó khăn)\b", re.IGNORECASE)
# What the meeting's review found, told after it in its paragraph: "Trong phiên họp, UBND đã tập trung đánh giá
# kết quả …. Theo đó, trong 3 tháng đầu năm … . UBND đã triển khai …" (the sentences after it report).
_FOUND = re.compile(r"^\W*(?:theo đó|cụ thể)\s*,", re.IGNORECASE)
_ADDRESS = re.compile(r"^.{0,160}?\b(?:yêu cầu|đề nghị)\s+", re.IGNORECASE)


def _lead_category(lead: str, looks_back: bool = False) -> Category | None:
    """The category a paragraph or a colon-introduced list announces: the cue nearest its end wins.
    A lead that `looks_back` over the period reviewed announces no tasks by its plan words."""
    lead, structural = categories.stated_part(lead)
    last, stressed, looks_back = None, False, looks_back or categories.looks_back(lead)
    for m in _LEAD_CUES.finditer(lower_in_place(lead)):
        if m.lastgroup == "stress":
            stressed = True
        elif looks_back and m.lastgroup == "next_tasks" and not categories.asks(m.group()):
            continue
        elif m.lastgroup == "next_tasks" and categories.asks(m.group()) and categories.in_setting(lead, m.start()):
            continue
        elif m.lastgroup == "shortcomings" and categories.remedied(lead, m.end()):
            continue  # "nhiều tồn tại được kịp thời chấn chỉnh": set right, a result
        elif not (m["difficulty"] and categories.overcome_or_faced(lead, m.start())):
            last = m
    if last is None:
        return "achievements" if stressed else structural  # type: ignore[return-value]
    return last.lastgroup  # type: ignore[return-value]


@dataclass
class _Span:
    start: int
    end: int


def _trim(text: str, span: _Span) -> _Span:
    """Shrink a span past surrounding spaces and punctuation, keeping it verbatim."""
    s, e = span.start, span.end
    while s < e and text[s] in " ,;:-–":
        s += 1
    while e > s and text[e - 1] in " ,;":
        e -= 1
    return _Span(s, e)


# A part that goes on about the matter before it: "…ước đạt 40 tỷ đồng; lũy kế 5 tháng đạt…".
_CONTINUES = re.compile(
    r"(?:lũy kế|luỹ kế|trong đó|riêng|đến ngày|tính đến|tính chung|nâng tổng|năng suất|sản lượng)\b"
    # "…được thực hiện đầy đủ; đến nay thị xã đã tiêm 496.414 liều": the total so far
    r"|đến nay,? (?:\S+ ){0,6}?đã \S+ \d"
    r"|(?:bằng|tăng|giảm|đạt|ước đạt)\s+\d"  # "tăng 8%" goes on; "tăng cường…" is a new matter
    # the reason for the matter before: "… giữ vững đoàn kết nội bộ; bởi nơi nào có sự đoàn kết thì …"
    r"|bởi\b"
    # the stage the crop just counted is at: "… gieo sạ 5.120ha, đạt 100%; lúa đang giai đoạn đẻ nhánh"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+đang\s+(?:trong\s+|ở\s+)?(?:giai đoạn|thời kỳ)\b",
    re.IGNORECASE,
)


# An occasion a part names on its own, after a part that celebrates one: "… chào mừng kỷ niệm 90 năm ngày thành lập
# Đảng; 90 năm ngày thành lập Hội …" (the anniversaries listed, not a matter of their own).
_ANNIVERSARY_NEXT = re.compile(r"(?:kỷ niệm\s+)?\d{1,3}\s+năm\s+(?:ngày\s+)?(?:thành lập|truyền thống|chiến thắng|giải phóng|Chiến thắng)\b")
_CELEBRATES = re.compile(r"\b(?:chào mừng|kỷ niệm)\b", re.IGNORECASE)


def _parts(text: str, span: _Span, whole: bool = False) -> list[_Span]:
    """A sentence cut at its semicolons: '…; …; …' lists one matter a part, unless a part goes on
    about the matter before it, or the `whole` sentence opens on its subjects."""
    out, start, shared_until = [], span.start, -1
    depth, seen, last_close = 0, span.start, text.rfind(")", span.start, span.end)
    quoted, last_quote = 0, text.rfind("”", span.start, span.end)
    for m in re.finditer(r";\s+", text[span.start : span.end]):
        at = span.start + m.start()
        depth, quoted = depth + text.count("(", seen, at) - text.count(")", seen, at), quoted + text.count("“", seen, at) - text.count("”", seen, at)
        seen = at
        if depth > 0 and at < last_close:  # "… 565 tỷ đồng (vốn tỉnh 205 tỷ; vốn huyện 360 tỷ), …": inside brackets
            continue
        if quoted > 0 and at < last_quote:  # a theme quoted whole: "chủ đề năm 2019 là “Tinh gọn bộ máy; siết chặt kỷ cương”"
            continue
        if _PURPOSE.match(text, start, at) and not _DONE_WORD.search(text, start, at):
            continue  # "Để thực hiện thắng lợi các chỉ tiêu; ngay từ đầu năm, huyện đã …": the aim of the clause after it
        if _CONTINUES.match(text, span.start + m.end(), span.end):
            continue
        after = span.start + m.end()
        stop = text.find(";", after, span.end)
        if boilerplate.goes_on(text[after : stop if stop >= 0 else span.end]):
            continue
        if _shares_object(text, start, span.start + m.start(), after, stop if stop >= 0 else span.end):
            continue
        if _series_goes_on(text, start, span.start + m.start(), after, stop if stop >= 0 else span.end):
            continue
        if _details_the_work(text, start, after):
            continue
        if _NAMES_COUNTED.search(text, start, at) and _is_bare_subject(
            text, after, stop if stop >= 0 else span.end, _NAME_WORDS
        ) and not any(c.isdigit() for c in text[after : stop if stop >= 0 else span.end]):
            continue  # "… hoàn thành 3/14 chỉ tiêu là Y tế; Công tác tuyển quân; …": the names of what was counted
        if _ANNIVERSARY_NEXT.match(text, after) and _CELEBRATES.search(text, max(start, at - 200), at):
            continue  # "… chào mừng kỷ niệm 90 năm ngày thành lập Đảng; 90 năm ngày thành lập Hội …": one list of occasions
        # "Công tác xây dựng cơ bản; giải phóng mặt bằng … cơ bản đảm bảo tiến độ": the sentence opens on a
        # list of subjects (after a lead, "…: a; b; c" lists bare matters, each one of its own)
        # ("Về công tác xây dựng tổ chức hội; Các cấp Hội đã …": a field's title run into its paragraph)
        if whole and start == span.start and (
            _is_bare_subject(text, start, span.start + m.start()) or _titles_a_field(text, start, span.start + m.start())
        ) and boilerplate.claims(text[after : stop if stop >= 0 else span.end]):
            continue
        if at < shared_until:
            continue  # (a subject of the list whose claim comes later: see below)
        if whole and start == span.start and _is_bare_subject(text, start, span.start + m.start(), _LISTED_SUBJECT_WORDS):
            shared_until = _subjects_then_claim(text, after, span.end)
            if at < shared_until:
                continue
        out.append(_Span(start, span.start + m.start()))
        start = span.start + m.end()
    out.append(_Span(start, span.end))
    return [_trim(text, p) for p in out]


# A count that goes on to name what it counts: "3/14 chỉ tiêu là …", "6 chỉ tiêu đạt từ 52% đến 91% kế hoạch là …".
_NAMES_COUNTED = re.compile(r"\d\s+(?:chỉ tiêu|tiêu chí|nhiệm vụ)\b[^;:]{0,60}?\s(?:là|gồm)\s", re.IGNORECASE)
_NAME_WORDS = 14  # the longest indicator's name ("Tỷ lệ người dân tham gia các hình thức bảo hiểm y tế" has 11 words)
# A clause that only tells what the next one is for ("Để hoàn thành các chỉ tiêu, nhiệm vụ; …").
_PURPOSE = re.compile(r"\W*(?:để|nhằm)\s", re.IGNORECASE)
_DONE_WORD = re.compile(r"\bđã\b", re.IGNORECASE)  # ("Để …, huyện đã …; …": the clause has its main clause)


def _shares_object(text: str, start: int, end: int, after: int, stop: int) -> bool:
    """A part that only names another object of the verb before it, opening on the noun that the last
    object before it opens on: "tăng cường quản lý trật tự đô thị; trật tự xây dựng, quy hoạch xây dựng"
    is one matter (a part with a figure, or a verb, is one of its own)."""
    words = text[after:stop].split()
    if not 2 <= len(words) <= 8 or _PREDICATE.search(text, after, stop) is not None or any(c.isdigit() for c in text[after:stop]):
        return False
    tail = text[start:end].lower().split()[-4:]
    return len(tail) == 4 and " ".join(words[:2]).lower() in (" ".join(tail[:2]), " ".join(tail[1:3]))


# A part that says how the work the part before it names was done: "Công tác tuyên truyền, vận động Nhân dân được đổi
# mới; tập trung tuyên truyền các chủ trương …" (the same work, its first two words again, one matter).
_WORK_NAMED = re.compile(r"\W*(?:[^,;:]{0,30},\s*)?(?:công tác|việc|hoạt động)\s+([^\W\d_]+\s+[^\W\d_]+)", re.IGNORECASE)
_WORK_DONE = re.compile(r"(?:(?:tập trung|tiếp tục|thường xuyên|tích cực|chủ động|đẩy mạnh)\s+)?([^\W\d_]+\s+[^\W\d_]+)", re.IGNORECASE)


def _details_the_work(text: str, start: int, after: int) -> bool:
    named = _WORK_NAMED.match(text, start)
    done = _WORK_DONE.match(text, after) if named else None
    return done is not None and done.group(1).lower() == named.group(1).lower()


# An entry of a series of figures, each named by one label and its number: "… tiêm mũi 3 là 99,1%; mũi 4 là 20,3%"
# (the part after the ';' goes on with the label of the one before: one matter, the series).
_SERIES_ENTRY = re.compile(r"\W*([^\W\d_]+)\s+\S+\s+(?:là|đạt|chiếm)\s+(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?\d[\d.,]*\s*%?\W*")


def _series_goes_on(text: str, start: int, end: int, after: int, stop: int) -> bool:
    """A part that is only the next entry of a series the part before it ends on, under the same label."""
    entry = _SERIES_ENTRY.fullmatch(text, after, stop)
    if entry is None:
        return False
    label = re.compile(rf"(?<!\w){re.escape(entry.group(1).lower())}\s+\S+\s+(?:là|đạt|chiếm)\s+[^;]*$")
    return label.search(text[max(start, end - 60) : end].lower()) is not None


_FIELD_TITLE = re.compile(r"\W*(?:về|đối với)\s[^,.;:]{1,80}", re.IGNORECASE)


def _titles_a_field(text: str, start: int, end: int) -> bool:
    """'Về công tác xây dựng tổ chức hội': a part that only names the field what follows it is about."""
    return _FIELD_TITLE.fullmatch(text, start, end) is not None and _PREDICATE.search(text, start, end) is None


_SUBJECTS_AHEAD = 8  # the most bare subjects read ahead for the claim they share (a bound: linear in the text)
# A subject in such a list may be a pair of fields, or a field's name that holds a verb ("Hoạt động công nghiệp, tiểu
# thủ công nghiệp", "xây dựng cơ bản"): the "đều" the list ends on says they share one claim.
_LISTED_SUBJECT_WORDS = 10


def _subjects_then_claim(text: str, start: int, end: int) -> int:
    """Where the claim ends when text[start:end] goes on with listed subjects, ';' between them, until a part
    that claims with "đều" (all of them): "Hoạt động công nghiệp, tiểu thủ công nghiệp; thương mại, dịch vụ; xây
    dựng cơ bản; tài chính, ngân hàng đều đạt được những kết quả quan trọng" (one claim the subjects share);
    else -1."""
    for _ in range(_SUBJECTS_AHEAD):
        stop = text.find(";", start, end)
        part_end = stop if stop >= 0 else end
        if _ALL_OF_THEM.search(text, start, part_end):
            return part_end
        if stop < 0 or not _is_bare_subject(text, start, part_end, _LISTED_SUBJECT_WORDS):
            return -1
        start = stop + 1
    return -1


_ALL_OF_THEM = re.compile(r"\sđều\s", re.IGNORECASE)


def _is_bare_subject(text: str, start: int, end: int, words: int = 6) -> bool:
    """A short part that names a matter and says nothing of it: the subject the next part goes on with."""
    return len(text[start:end].split()) <= words and _PREDICATE.search(text, start, end) is None


# --- comma enumerations: "một số chỉ tiêu đạt thấp như: a, b, c" ------------------------------

# A lead that announces a list before its colon: "…như:", "đó là:", "các nhiệm vụ trọng tâm quý III:".
_LIST_LEAD = re.compile(
    r"(?:\bnhư|\bđó là|\bgồm|\bsau"
    r"|\b(?:các|những|một số|nhiều)\s+(?:[^\s:;]+\s+){0,2}?"
    r"(?:nhiệm vụ|giải pháp|hạn chế|tồn tại|khó khăn|chỉ tiêu|hoạt động|công việc|nội dung|kết quả)\b[^,:;]{0,40})\s*$",
    re.IGNORECASE,
)
_QUANTIFIER = re.compile(r"\b(?:các|những|một số|nhiều)\b", re.IGNORECASE)
_LIKE = re.compile(r"(?<!cũng )\bnhư\s+", re.IGNORECASE)
# A piece that elaborates the one before it: "…còn chậm, nhất là dự án…", "…, ưu tiên cây ngô".
_ELABORATES = re.compile(
    r"(?:nhất là|đặc biệt|ưu tiên|góp phần|gây|làm|khiến|thiệt hại|ảnh hưởng|thuộc|với|để|do|nhằm|tạo|mới|đảm bảo"
    r"|bảo đảm|chiếm|thu hút)\b",
    re.IGNORECASE,
)
# Words written as a pair around a comma and sharing what follows: "phòng, chống ma túy".
_PAIRS = (
    ("phòng", "chống"), ("thu", "chi"), ("sắp xếp", "tinh gọn"), ("kiểm tra", "giám sát"), ("khám", "chữa"),
    ("xã", "thị trấn"), ("xã", "phường"), ("cơ quan", "đơn vị"), ("phòng", "ban"), ("ban", "ngành"),
    ("sở", "ngành"), ("cấp ủy", "chính quyền"), ("thăm", "tặng"), ("đê", "kè"), ("cát", "sỏi"),
    ("lãnh đạo", "chỉ đạo"), ("tuần tra", "kiểm soát"), ("quản lý", "sử dụng"),
    ("phòng cháy", "chữa cháy"), ("phòng", "chữa"),
)
# What a piece says of its matter; when only the last piece has it, every piece shares it.
_PREDICATE = boilerplate.PREDICATE


def _is_pair(before: str, after: str) -> bool:
    before, after = match_key(before), match_key(after)
    return any(
        (before == a or before.endswith(" " + a)) and (after == b or after.startswith(b + " ")) for a, b in _PAIRS
    )


def _joins(before: str, piece: str, last: bool) -> bool:
    """Whether the comma between two pieces of a list falls inside one matter."""
    return (
        len(before.split()) <= 2  # "kiểm tra, giám sát việc…": a short piece shares what follows
        or (last and len(piece.split()) <= 2)  # "…khai giảng an toàn, trang trọng"
        or _is_pair(before, piece)
        or bool(_CONTINUES.match(piece) or _ELABORATES.match(piece))
    )


def _list_items(text: str, span: _Span) -> list[_Span]:
    """The matters of a comma list: its pieces, with pairs and elaborations kept together."""
    cuts = [span.start] + [span.start + m.end() for m in re.finditer(r",\s+", text[span.start : span.end])]
    pieces = [_trim(text, _Span(a, b)) for a, b in zip(cuts, cuts[1:] + [span.end])]
    items = [pieces[0]]
    for n, piece in enumerate(pieces[1:], start=2):
        cut = text.rfind(", ", items[-1].start, items[-1].end)  # what follows the last comma in it
        before = text[cut + 2 if cut >= 0 else items[-1].start : items[-1].end]
        if _joins(before, text[piece.start : piece.end], n == len(pieces)):
            items[-1] = _Span(items[-1].start, piece.end)
        else:
            items.append(piece)
    return _sharing_predicates(text, items)


def _sharing_predicates(text: str, items: list[_Span]) -> list[_Span]:
    """A piece that says nothing of its matter shares what the next piece says, when that one says
    something: "dự án, công trình trọng điểm chưa bảo đảm tiến độ", "việc cấp mới, cấp đổi giấy
    chứng nhận còn chậm". A list of bare names stays a list; only a short piece is bare ("tình trạng
    lấn chiếm hành lang giao thông tái diễn" has a verb the short list of _PREDICATE may not know)."""
    said = [_PREDICATE.search(text, i.start, i.end) is not None for i in items]
    bare = [not s and len(text[i.start : i.end].split()) <= 6 for i, s in zip(items, said)]
    out: list[_Span] = []
    for i, (item, says) in enumerate(zip(items, said)):
        if i and says and bare[i - 1]:
            out[-1] = _Span(out[-1].start, item.end)
        else:
            out.append(item)
    return out


def _enumeration(text: str, sentence: _Span, body: _Span) -> tuple[str, list[_Span]] | None:
    """'Lead như: a, b, c' or 'lead: a, b, c' as its lead and one span a distinct matter, or None
    when the sentence is no such list (semicolons already separate its matters, or the pieces
    share the predicate that follows the last one: '…như: a, b, c còn chậm')."""
    colon = body.start > sentence.start
    if colon:  # cut at its colon
        lead = text[sentence.start : body.start].rstrip(": ")
        if not _LIST_LEAD.search(lead):
            return None
    else:
        # "như" opens a list after a quantity: "một số hạn chế như a, b"; "cũng như", "như vậy" do not
        likes = _LIKE.finditer(text, body.start, body.end)
        quantifier = _QUANTIFIER.search(text, body.start, body.end)
        like = next((m for m in likes if quantifier and quantifier.end() <= m.start()), None)
        if like is None or ";" in text[body.start : like.start()]:
            # (a ';' before the "như" ends matters of their own, which the list's lead would swallow:
            # "Tỷ lệ … đạt 86%; trong đó khám phá nhiều vụ án như a, b")
            return None
        lead, body = text[body.start : like.start()], _Span(like.end(), body.end)
    if ";" in text[body.start : body.end]:
        return None
    items = _list_items(text, body)
    quotes = [text[i.start : i.end] for i in items]
    if len(items) < 2 or (_PREDICATE.search(quotes[-1]) and not any(map(_PREDICATE.search, quotes[:-1]))):
        return None
    if colon or not _names_examples(lead, quotes):
        return lead, items
    return None


# The matters a list after "như" may name, as its lead calls them ("một số hạn chế như …").
_MATTER_NOUN = re.compile(
    r"\b(?:nhiệm vụ|giải pháp|hạn chế|tồn tại|khó khăn|vướng mắc|chỉ tiêu|hoạt động|công việc|nội dung|kết quả"
    r"|vấn đề|lĩnh vực|mặt)\b",
    re.IGNORECASE,
)
_EXAMPLE_WORDS = 5  # the most words of a name given as an example


_QUOTED = re.compile(r"“[^”\n]{1,120}”|\"[^\"\n]{1,120}\"")
_QUOTED_NAMES_LEFT = 6  # the most words outside the quotes of a list of names ("cuộc vận động", "v.v.")


def _only_quoted_names(listed: str) -> bool:
    """Whether what a colon lists is names in quotes, the campaigns or movements its lead names: "… các phong trào
    thi đua, các cuộc vận động như: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, “Quỹ vì người
    nghèo”" (one matter, its examples; their commas are no list); or proper names alone, the places its lead counts:
    "… có 3 xã hoàn thành sớm hơn 1 năm, gồm: Vĩnh Phú, Vọng Đông và An Bình"."""
    names = _QUOTED.findall(listed)
    return (len(names) >= 2 and len(_QUOTED.sub(" ", listed).split()) <= _QUOTED_NAMES_LEFT) or (
        _PROPER_NAMES.fullmatch(listed.strip()) is not None
    )


# Two or more proper names, each of one to four capitalised words, commas and a last "và" between them.
_PROPER_NAMES = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}(?:(?:, | và ){_NAME_WORD}(?: {_NAME_WORD}){{0,3}})+\W*")


def _names_examples(lead: str, quotes: list[str]) -> bool:
    """Whether a list after "như" (no colon) only gives examples of the things its lead's last noun names, bare
    names that say nothing of themselves: "tháo gỡ vướng mắc … các dự án trọng điểm như quốc lộ 40B, quốc lộ 1A"
    is one matter, where "một số hạn chế như …" lists matters of their own."""
    quantified = list(_QUANTIFIER.finditer(lead))
    named = lead[quantified[-1].end() :] if quantified else ""
    return (
        bool(named.strip()) and _MATTER_NOUN.search(named) is None
        and all(len(q.split()) <= _EXAMPLE_WORDS and _PREDICATE.search(q) is None for q in quotes)
    )


_LIKE_END = re.compile(r"\s*\bnhư\s*$", re.IGNORECASE)
_ALSO_END = re.compile(r",\s*đồng thời\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)  # pure; every item of a list asks with the same lead, which may be long
def _lead_clause(lead: str) -> str | None:
    """What a list's lead says of its items, or None when it says nothing or only a category."""
    clause = _LIKE_END.sub("", re.split(r",\s", lead)[-1].strip(" :"))  # (not a decimal comma: "2,36%")
    return clause if clause and _lead_category(clause) is None else None


def _with_lead(lead: str | None, quote: str, category: Category) -> str:
    """A listed item with what its list's lead says of it: 'Một số chỉ tiêu đạt thấp: thu ngân sách'.
    Alone when the lead only announces the category ('vẫn còn một số hạn chế như'), and for tasks,
    which read on their own ('chăm sóc lúa mùa')."""
    clause = _lead_clause(lead or "")
    if clause is None or category == "next_tasks":
        return quote
    return f"{clause}: {quote}"


_TABLE_CELLS = 6  # the fewest cells of a table


def _is_table(text: str, parts: list[_Span]) -> bool:
    """A table of indicators pasted as one line: many short cells after a colon, each a name written with
    its capital ("…gồm: Tỷ lệ che phủ rừng; Chi ngân sách; Trường đạt chuẩn quốc gia; …"), where prose
    goes on in lower case after its semicolons; names, most of them, that say nothing of their matter."""
    if len(parts) < _TABLE_CELLS:
        return False
    cells = [text[p.start : p.end] for p in parts]
    return (
        all(len(c.split()) <= 12 for c in cells)
        and 5 * sum(c[:1].isupper() for c in cells) >= 4 * len(cells)
        and 3 * sum(_PREDICATE.search(c) is not None for c in cells) <= len(cells)
    )


def _matters(text: str, sentence: _Span, body: _Span, tasks: bool = False) -> list[tuple[_Span, str | None]]:
    """The items of a sentence's body, each with the lead of the list it belongs to, if any (a list of
    `tasks` is never a table: each task one item, however tersely written)."""
    enumeration = _enumeration(text, sentence, body)
    if enumeration is None:
        parts = _parts(text, body, body.start == sentence.start)
        if body.start > sentence.start and not tasks and _is_table(text, parts):  # one item: the lead and its table
            return [(_trim(text, _Span(sentence.start, body.end)), None)]
        return [(part, None) for part in parts]
    lead, items = enumeration
    return [(item, lead) for item in items]


def _follows_a_list_lead(text: str, at: int) -> bool:
    """Whether text[at] opens the first matter after a lead that announces a list ("… như: ")."""
    before = text[max(0, at - 200) : at].rstrip()
    if not before.endswith(":"):
        return False
    line = before[before.rfind("\n") + 1 : -1]
    return _LIST_LEAD.search(line[line.rfind(". ") + 1 :]) is not None


def _reports_a_figure(text: str, start: int, end: int) -> bool:
    lead = text[start:end]
    return not (_LIST_LEAD.search(lead) or _is_meta(lead) or boilerplate.is_speech(lead)) and any(
        f.unit for f in find_figures(lead)
    )


def _names_the_subject(lead: str) -> bool:
    """'Các chương trình mục tiêu quốc gia: a, b, c được triển khai đồng bộ': a short lead before a
    colon that announces no list, category, meeting or speech is what the sentence is about."""
    return 2 <= len(lead.split()) <= 10 and not (
        _LIST_LEAD.search(lead) or _is_meta(lead) or _LEAD_IN.fullmatch(lead)
        or boilerplate.is_speech(lead)
    )


# A numbered title naming a part of the report by what it holds: results, shortcomings or tasks.
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:[IVX]{1,4}|\d{1,2})[.)/]\s+(?:kết quả|những kết quả|tình hình|hạn chế|tồn tại|nhiệm vụ|phương hướng)\b",
    re.IGNORECASE,
)


def _quotes_a_speech(sentence: str) -> bool:
    """'Phát biểu khai mạc, đồng chí Bí thư nhấn mạnh: Trong tháng 8, …': what follows the colon is
    what the official said, about the work reviewed, not about the meeting."""
    lead, colon, said = sentence.partition(": ")
    return bool(colon and said[:1].isupper() and len(lead) <= 160 and boilerplate.is_speech(lead))


def _is_heading(line: str) -> bool:
    """'Kết quả nổi bật', 'Nhiệm vụ năm 2025': a short line without a full stop names a section; so
    does a numbered or capitalised title of a report's part ('II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024')."""
    if boilerplate.is_section_title(line) and _NUMBERED_TITLE.match(line):
        return True  # "1. Kết quả thực hiện nhiệm vụ … 9 tháng đầu năm 2025.": its full stop ends no sentence
    short = len(line.split()) <= 8 or boilerplate.is_section_title(line)
    return (short and not line.rstrip().endswith((".", ";", ":", "…"))) or _is_menu(line)


def _is_menu(line: str) -> bool:
    """'Hoạt động cấp cơ sở Hoạt động Đoàn TNCS Hồ Chí Minh Hoạt động Hội …': a site's menu of sections left in
    the text, titles run together with no stop or comma, most of their words capitalised (prose writes
    only names so)."""
    words = line.split()
    if len(words) < 6 or any(c in line for c in ".,;:!?"):
        return False
    return 2 * sum(w[:1].isupper() for w in words) > len(words)


def summarize(quote: str, category: Category) -> str:
    """A digest line from a quote: no lead-in, no addressee for tasks, a capital, no trailing dots."""
    s = _LEAD_IN.sub("", quote)
    if category == "next_tasks":
        s = _ADDRESS.sub("", s, count=1)
    s = s.strip(" .…/;,")
    if len(s) > 260:
        s = s[:260].rsplit(" ", 1)[0] + "…"
    return s[:1].upper() + s[1:]


# --- the backend -----------------------------------------------------------------------------


# A period said to be what it was: "Năm 2025 là năm đầu tiên …", "Quý I/2024 là quý …"
_WAS_THE_YEAR = re.compile(
    r"\W*(?:năm|tháng|quý)\s+[\dIVX]+(?:\s*/\s*\d{4})?(?:\s+vừa qua|\s+qua)?\s+(?:cũng\s+)?là\s+(?:một\s+)?(?:năm|tháng|quý)\b",
    re.IGNORECASE,
)
# The setting a period was entered in ("huyện bước vào thực hiện nhiệm vụ năm 2021 trong điều kiện không thuận
# lợi …"): told in a review of that period, how it began, not a plan ("Bước vào năm 2026, xã tập trung …" plans)
_BEGAN_IN = re.compile(r"\bbước vào\b[^.;:]{0,60}?\btrong (?:điều kiện|bối cảnh|hoàn cảnh)\b", re.IGNORECASE)
# … told alone, no result after it, it is background ("…, nhưng huyện vẫn hoàn thành …" reports)
_ENTERED_SETTING = re.compile(_BEGAN_IN.pattern + r"(?![^.;]*\b(?:đạt|hoàn thành|vượt|nhưng|song|vẫn)\b)", re.IGNORECASE)


def _mention_ends(lead: str, period: Period | None) -> list[tuple[str, int, int]]:
    """The kind and the end (year, month) of each period a lead names; a year left out is the reviewed one's."""
    if period is None:
        return []
    return [(m.kind, *periods.mention_end(m, period.year)) for m in periods.find_mentions(lead)]


def _names_a_later_period(lead: str, period: Period | None, ends: list[tuple[str, int, int]] | None = None) -> bool:
    """'Theo đó, trong quý II, huyện tập trung…' after a review of quý I: the paragraph plans ahead."""
    ends = _mention_ends(lead, period) if ends is None else ends
    return any(
        (year, month) > (period.year, period.month) and (kind != "year" or year > period.year)  # type: ignore[union-attr]
        for kind, year, month in ends
    )


_TOLD_DONE = re.compile(r"\b(?:đã|đạt|vượt|hoàn thành)\b", re.IGNORECASE)
# A sentence that turns to what fell short: "Tuy nhiên, một số chỉ tiêu đạt thấp …; giải ngân … mới đạt 42,6%; …".
_TURNS_TO_SHORTFALLS = re.compile(r"\W*(?:tuy nhiên|tuy vậy|song|nhưng|bên cạnh|mặt khác|hạn chế|khó khăn|tồn tại)\b", re.IGNORECASE)
# A ';' part that opens on going on with the work, not on what was done: "đồng thời tiếp tục …", "tập trung …".
_AHEAD_PART = re.compile(r"\W*(?:đồng thời,?\s+)?(?:tiếp tục|tập trung|phấn đấu|quyết tâm)\b(?![^;]*\bđã\b)", re.IGNORECASE)


def _strives_beyond(sentence: str, period: Period | None) -> bool:
    """'Năm 2023, huyện phấn đấu đạt thêm 3 tiêu chí …' in a review of quý I/2023: a target for a period
    that ends after the one reviewed."""
    if period is None or not categories.strives(sentence):
        return False
    # (a crop season of a later year too: "Về sản xuất vụ xuân 2021, toàn huyện phấn đấu gieo trồng …" in 2020's review)
    season = _SEASON_YEAR.search(sentence)
    return any((year, month) > (period.year, period.month) for _, year, month in _mention_ends(sentence, period)) or (
        season is not None and int(season.group(1)) > period.year
    )


_SEASON_YEAR = re.compile(periods.CROP_SEASON + r"\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _reports_the_period(sentence: str, period: Period | None) -> bool:
    """'… cho biết, trong năm 2025, Ban Chấp hành … đã phát huy …': what was done in the period reviewed,
    named as such, with no aim or plan."""
    if period is None or not categories.done(sentence) or categories.plans_ahead(sentence):
        return False
    reviewed = (period.kind, period.year, period.month)
    return reviewed in _mention_ends(sentence, period) and not categories.aims(sentence)


# Who came, listed on the lines after the lead, each on a bullet: "Tham dự Hội nghị có:" / "- Đồng chí …".
_ATTENDEES_LEAD = re.compile(r"^\W*(?:cùng\s+)?(?:tham dự|dự)\b[^.;:\n]{0,60}?\bcó(?:\s+các\s+đồng chí)?\s*:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-–+•*]\s")
# A lead that names what the session passed, its list after the colon (or on the lines after it).
_PASSED_LIST = re.compile(r"\b(?:nội dung|nghị quyết|văn bản|tờ trình|báo cáo)\b[^.;:]{0,30}?\bđã được (?:kỳ họp |hội nghị )?(?:thông qua|biểu quyết thông qua)\s*$", re.IGNORECASE)
_PASSED_ITEM = re.compile(
    r"^\W*(?:thành lập|bầu|kế hoạch|nghị quyết|quyết định|tờ trình|báo cáo|chương trình|quy chế|danh sách|đề án)\b", re.IGNORECASE
)
# A figure reached: "Tổng thu ngân sách đạt 822 tỷ đồng, bằng 65,6% dự toán".
_REACHED_FIGURE = re.compile(r"\bđạt\s+(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?\d", re.IGNORECASE)
# Work told done well, no one asking for it: "Thực hiện có hiệu quả các nhiệm vụ, giải pháp …".
_DONE_WELL = re.compile(r"^\W*(?:thực hiện|triển khai)\s+(?:có\s+)?hiệu quả\b(?![^.;:]*\b(?:cần|phải|sẽ|yêu cầu|đề nghị)\b)", re.IGNORECASE)
# A lead that ends on the speaker's verb, what was asked on the lines after it.
_SPEAKER_LEAD_END = re.compile(r"\b(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý|kết luận)\s*:\s*$", re.IGNORECASE)
# Shortcomings named with the remedy they need, which may name the period to come.
_TO_BE_REMEDIED = re.compile(
    r"\b(?:còn|những|các)\s(?:[^\W\d_]+\s){0,3}?(?:tồn tại|hạn chế|yếu kém|khó khăn|bất cập|vướng mắc)\b[^.;:]{0,30}?"
    r"\bcần\s(?:[^\W\d_,]+,?\s){0,4}?(?:khắc phục|tháo gỡ|giải quyết|chấn chỉnh)\b",
    re.IGNORECASE,
)
# With no period known (no year anywhere), a lead naming a month or a quarter for "the tasks" and telling
# nothing done sets them: "Trong tháng 9, các ngành tập trung thực hiện tốt các nhiệm vụ như: rà soát …; …"
_UNDATED_TASKS = re.compile(r"\bcác nhiệm vụ\b", re.IGNORECASE)

# A lead that says what a report or the figures show: what follows is what was found.
_SHOWS = re.compile(r"\bcho thấy\s*$", re.IGNORECASE)
# A paragraph that opens on the meeting's day, then who held it: "Ngày 30-9, Đảng ủy phường … tổ chức hội nghị …".
_DATED_OPENING = re.compile(
    r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}\b[^.;:]{0,120}?\b(?:tổ chức|họp|hội nghị|kỳ họp)\b",
    re.IGNORECASE,
)
# A report at the meeting as the subject of what follows: "Báo cáo tại hội nghị cho biết, …", "Theo báo cáo, …".
_REPORT_TELLS = re.compile(
    r"\W*(?:báo cáo\b[^.;:,]{0,60}?\b(?:cho biết|cho thấy|nêu rõ)|theo báo cáo\b[^.;:,]{0,60}?)\s*,\s*", re.IGNORECASE
)


def _announced(lead: str, period: Period | None, sentence: str = "") -> Category | None:
    """The category a paragraph's lead announces; naming a period after the one reviewed plans ahead,
    unless its sentence reports what was measured ("Tháng 8/2020, … ước đạt 22 tỷ đồng" after a lead
    reviewing tháng 7: the writer's slip of a month, not a plan). A lead that names the period reviewed,
    in a sentence that tells what was done in it, reports results whatever plan words it holds ("Trong 6
    tháng cuối năm 2025, … đã …", "Năm 2025, … xã đạt và vượt 12/12 chỉ tiêu")."""
    if "cho thấy" in lead and _SHOWS.search(lead) and _lead_category(lead) != "shortcomings":
        return "achievements"  # "Báo cáo tình hình quý I, nhiệm vụ quý II … cho thấy: …" tells what was found
    if boilerplate.names_report_saying(lead):
        return "achievements"  # "Báo cáo kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm … nêu rõ. …" likewise
    if period is None and _UNDATED_TASKS.search(lead) and periods.find_mentions(lead) and not (
        categories.done(sentence or lead) or categories.reports_measured(sentence or lead)
    ):
        return "next_tasks"  # no period reviewed to compare with: a month named for tasks, nothing told done
    if _TO_BE_REMEDIED.search(lead):
        # "… chỉ ra những điểm còn tồn tại cần khắc phục trong Quí II năm 2023, như sau: …", "… vẫn còn một số tồn tại,
        # hạn chế cần tập trung chỉ đạo, khắc phục.": the shortcomings come next; the remedy and its time are no tasks
        return "shortcomings"
    ends = _mention_ends(lead, period)
    began = "ước vào" in lead and _BEGAN_IN.search(lead) is not None
    if not began and (_names_a_later_period(lead, period, ends) or categories.opens_ahead(sentence or lead)) and not categories.reports_measured(sentence):
        return "next_tasks"
    told = (
        any((year, month) == (period.year, period.month) for _, year, month in ends)  # type: ignore[union-attr]
        and _TOLD_DONE.search(sentence) is not None
        and not categories.plans_ahead(sentence)
    )
    # "Năm 2025 là năm đầu tiên xã triển khai nhiệm vụ …" in a review of 2025: what the year reviewed was
    told_what_it_was = _WAS_THE_YEAR.match(lead) is not None and any(
        (year, month) == (period.year, period.month) for _, year, month in ends  # type: ignore[union-attr]
    )
    announced = _lead_category(lead, categories.carries_out(sentence) or told or began or told_what_it_was)
    if announced == "shortcomings" and sentence and categories.turns_to_results(sentence, _SHORTFALL):
        return "achievements"
    if announced == "shortcomings" and sentence and categories.conceded_difficulty(sentence, 0, len(sentence), _SHORTFALL):
        # "…, tình hình kinh tế-xã hội … tiếp tục gặp nhiều khó khăn do … song các chỉ số … tăng so với cùng kỳ.": the
        # difficulty conceded (an item of its own), the paragraph reports results
        return "achievements"
    # what a report at the meeting tells, nothing planned in it: "Báo cáo tại hội nghị cho biết, xã … tiếp tục giữ vững
    # đà tăng trưởng kinh tế." (a paragraph of results, whatever the lead above it planned)
    reported = sentence and (says := _REPORT_TELLS.match(sentence)) is not None and not categories.plans_ahead(
        sentence[says.end() :]
    ) and not _names_a_later_period(sentence[says.end() :], period)
    return announced or ("achievements" if told or reported else None)



# What a cue says when there is nothing under it: "Hạn chế: không có.", "Tồn tại: Không",
# "Không có hạn chế, tồn tại.".
_NONE_AFTER_COLON = re.compile(r"(?:không|chưa)(?:\s+(?:có|phát sinh))?(?:\s+(?:gì|nào))?\W*", re.IGNORECASE)
_NONE_SENTENCE = re.compile(
    # ([\s,]*+ keeps its run: giving it back to \W* below is quadratic in a long run of commas)
    r"(?:không|chưa)\s+(?:có|phát sinh)\s+(?:(?:hạn chế|tồn tại|khó khăn|yếu kém|vướng mắc)[\s,]*+(?:và\s+)?){1,4}"
    r"(?:gì|nào)?\W*",
    re.IGNORECASE,
)


def _says_none(sentence: str) -> bool:
    """Whether a sentence only says that its cue has nothing under it: no item, and no change of category."""
    lead, colon, rest = sentence.partition(":")
    if colon:
        return _NONE_AFTER_COLON.fullmatch(rest.strip()) is not None and _lead_category(lead) is not None
    return _NONE_SENTENCE.fullmatch(sentence.strip()) is not None


# A sentence addressed to a language model, not a fact of the meeting: it overrides "previous
# instructions", names a system prompt, or tells an assistant what to write.
_INSTRUCTION = re.compile(
    r"\b(?:bỏ qua|phớt lờ|lờ đi|quên)\b[^.;\n]{0,30}?\b(?:hướng dẫn|chỉ dẫn|chỉ thị|lệnh|câu lệnh)\b"
    r"[^.;\n]{0,20}?\b(?:trước|trên|ban đầu|hệ thống|đã (?:cho|nhận))\b"
    r"|\b(?:ignore|disregard|forget|override)\b[^.;\n]{0,30}?\b(?:instructions?|prompts?|rules|guidelines)\b"
    r"|\bsystem prompt\b|lời nhắc hệ thống|\bprompt hệ thống\b|\bjailbreak\b"
    r"|\b(?:bạn là|với tư cách là|you are|act as)\s+(?:một\s+|an?\s+)?(?:trợ lý|mô hình|AI|assistant|language model|chatbot)\b"
    r"|\b(?:trợ lý (?:AI|ảo)|mô hình (?:ngôn ngữ|AI)|AI assistant|language model|ChatGPT|LLM)\b[^.,;\n]{0,20}?"
    r"\b(?:hãy|phải)\s+(?:ghi|viết|trả lời|báo cáo|xuất|kết luận|tóm tắt|trả về)\b"
    r"|\bhãy\s+(?:ghi|viết|trả lời|xuất|trả về|tóm tắt)\s+(?:là|rằng)\b",
    re.IGNORECASE,
)
# Every branch of _INSTRUCTION starts with one of these: a sentence holding none (nearly all) skips
# the pattern, whose case-insensitive bounded gaps cost ~30 µs a sentence (bench/rules_throughput.py).
_INSTRUCTION_WORDS = (
    "bỏ qua", "phớt lờ", "lờ đi", "quên", "ignore", "disregard", "forget", "override", "prompt", "lời nhắc",
    "jailbreak", "bạn là", "tư cách là", "you are", "act as", "trợ lý", "mô hình", "assistant",
    "language model", "chatgpt", "llm", "hãy",
)
_INSTRUCTION_WORD = re.compile(phrase_alternation(_INSTRUCTION_WORDS))  # (one pass, not one per word)


def _is_instruction(text: str, start: int, end: int) -> bool:
    return _INSTRUCTION_WORD.search(text[start:end].lower()) is not None and _INSTRUCTION.search(text, start, end) is not None


def _printed_key(line: str) -> str:
    """What two printings of a paragraph or a title share, whether or not one ends on a full stop, or writes the
    headline's colon ("Huyện ủy X: Triển khai …" printed again under a photo as "Huyện ủy X triển khai ….")."""
    return boilerplate.paragraph_key(_HEADER_DATE.sub("", line, count=1)).strip().rstrip(" .").replace(": ", " ").lower()


def _items(text: str, first_line_end: int, period: Period | None) -> tuple[dict[Category, list[Item]], list[str]]:
    """The items of an article by category, and warnings about sentences left out as instructions."""
    out: dict[Category, list[Item]] = {"achievements": [], "shortcomings": [], "next_tasks": []}
    warnings: list[str] = []
    source, text = text, unwrap(text)  # read a hard-wrapped paragraph whole; quote it as written

    def add(category: Category, span: _Span, lead: str | None = None) -> None:
        header = _HEADER_DATE.match(text, span.start) if not text[: span.start].strip() else None
        if header:  # the scraped page's "date 2024-06" before its first sentence is no part of it
            span = _Span(header.end(), span.end)
        # (a matter listed after its lead's colon is short by nature: "… một số việc trước mắt như: Nồng độ cồn, N")
        listed = span.end >= open_end and _follows_a_list_lead(text, span.start)
        if span.end >= open_end and (
            boilerplate.stops_too_soon(text[span.start : min(span.end, complete)], listed)
            or (not listed and boilerplate.cut_short(text[span.start : span.end]))
        ):
            return  # the excerpt stops, in a word half written or not, before the sentence said anything
        if span.end > complete:  # the excerpt was cut in its last word: quote up to the word before
            span = _trim(text, _Span(span.start, complete))
            if not listed and boilerplate.is_bare_frame(text[span.start : span.end]):
                return
        quote = text[span.start : span.end]
        if span.end >= open_end and not listed and boilerplate.says_nothing(quote, category != "achievements"):
            return  # the excerpt stops before the sentence said anything
        if category != "next_tasks" and _DEFERRED.match(quote):
            return  # "…; 4 chỉ tiêu đánh giá cuối năm": an entry of a tally whose grade is not yet known reports nothing
        if len(quote.split()) < 3 or (
            category == "achievements" and boilerplate.is_bare_effort(quote)
        ) or (category != "next_tasks" and boilerplate.is_personnel(quote)) or (category == "next_tasks" and boilerplate.announces_tasks(quote)) or (
            boilerplate.reports_heard(quote)
        ):
            return
        if _IMAGE_NAME.search(quote) and 2 * len(_WORDED.findall(quote)) < len(quote.split()):
            return  # "602425741 1505395634924656 3803075117858339911 n …": images' file names, left in the text
        if len(quote) < 160 and _ONLY_PEOPLE.fullmatch(quote.rstrip(" .;,")):
            return  # "… được biểu dương; các cá nhân gồm: ông Nguyễn Văn A, ông Trần Văn B": who, no matter
        out[category].append(
            Item(
                summary=summarize(_with_lead(lead, quote, category), category),
                evidence=source[span.start : span.end],
                sector=sector_of(quote),
                metrics=metrics_of(quote),
                start=span.start,
                end=span.end,
            )
        )

    # (a paragraph's first sentence is asked these twice: once for the paragraph, once as a sentence)
    is_meta, is_business, describes = (
        lru_cache(None)(f) for f in (_is_meta, boilerplate.is_meeting_business, categories.describes_meeting)
    )
    state: Category = "achievements"
    requested = False  # the tasks state was set by an official's request, not by a heading or a lead
    in_opening = True
    pos = body_start = first_line_end + 1
    complete = boilerplate.complete_end(text)
    ending = text.rstrip()
    open_end = min(complete, len(ending)) if ending and ending[-1] not in ".!?…\"”»)" else len(text) + 1
    if text[:open_end].rstrip().endswith((".", "!", "?", "…")):
        open_end = len(text) + 1  # cut in the first word of a new sentence ("… chiếm 24,27%. T"): none is open
    printed: set[str] = set()
    last_sentence = ""  # the last sentence of the paragraph before
    headline = _headline_fact(text, first_line_end)
    if headline:
        add(*headline)
    if first_line_end > 0 and (headline or not metrics_of(text[:first_line_end])):
        # the headline printed again in the body, a full stop added (under a photo): said already, or a title
        # (one whose figures the body gives is the body's: "Xã A thu ngân sách đạt 120%." kept there)
        printed.add(_printed_key(text[:first_line_end]))
    attendees = False  # the lines after "Tham dự Hội nghị có:" that list who came, one a line
    passed = False  # the lines after "Các nội dung chính đã được thông qua:" that name what the session passed
    for line in text[pos:].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if attendees and _BULLET.match(line):
            continue
        if passed and (_BULLET.match(line) or _PASSED_ITEM.match(line)):
            continue
        attendees = _ATTENDEES_LEAD.match(line) is not None
        passed = line.rstrip().endswith(":") and _PASSED_LIST.search(line.rstrip()[:-1]) is not None
        if attendees or passed:
            continue
        key = _printed_key(line)
        if key in printed:  # the lead paragraph printed twice, once with "(Khánh Hòa)" added
            continue
        printed.add(key)
        spans = [(line_start + a, line_start + b) for a, b in sentence_spans(line)]
        kept = []
        for a, b in spans:
            if _is_instruction(text, a, b):
                quote = text[a:b] if b - a <= 120 else text[a : a + 120] + "…"
                warnings.append(f"bỏ qua một câu là lệnh gửi cho mô hình AI, không phải nội dung hội nghị: «{quote}»")
            elif not _says_none(text[a:b]):
                kept.append((a, b))
        spans = kept
        if not spans:
            continue
        before_last, last_sentence = last_sentence, text[spans[-1][0] : spans[-1][1]]
        if _heads_agenda(before_last, is_business) and all(
            boilerplate.lists_titles(text[a:b].rstrip(" .")) for a, b in spans
        ):
            # "… đã nghe và cho ý kiến đối với nhiều nội dung quan trọng, gồm:" / "Báo cáo …; Tờ trình …": the
            # titles of what the meeting took up, however many lines they fill
            last_sentence = before_last
            continue
        header = _HEADER_DATE.match(text, spans[0][0]) if not text[: spans[0][0]].strip() else None
        if header and header.end() < spans[0][1]:  # the page's "date 2026-01-08" is no part of what the sentence says
            spans[0] = (header.end(), spans[0][1])
        named = categories.named_as_tasks(text[spans[-1][0] : spans[-1][1]])
        if named is not None and any(  # (a paragraph that reports, then "Đây là những nhiệm vụ …", is no list of tasks)
            categories.done(text[a:b]) or categories.reports_measured(text[a:b]) for a, b in spans[:-1]
        ):
            named = None
        if named is not None:  # "…, phòng chống ma túy là những nhiệm vụ trọng tâm trong tháng 8 …"
            spans[-1] = (spans[-1][0], spans[-1][0] + named)
        if _is_heading(line):
            heading = _lead_category(line)
            state, requested = heading or state, requested and heading is None
            continue
        if len(spans) == 1 and pos < len(text) and (
            boilerplate.is_caption_line(line) or (state == "achievements" and boilerplate.is_bare_caption(line))
        ):
            continue
        # The opening paragraphs say who met, when and to review what: they announce no category.
        first = text[spans[0][0] : spans[0][1]]
        # (once: the first sentence may be long, and have many after it)
        about_meeting = (
            is_meta(first) or is_business(first) or describes(first)
        ) and not _quotes_a_speech(first) and boilerplate.praised_detail(first) is None
        # (an official's speech after the opening is no part of it, whatever it starts with: "Phát biểu tại hội nghị,
        # đồng chí … ghi nhận …. Đồng chí đề nghị, thời gian tới …")
        opening = in_opening = in_opening and about_meeting and not (line_start > body_start and _SPEECH_OPENS.match(first))
        # A paragraph about the discussion ("các đại biểu đã thảo luận, nêu lên những hạn chế…") is about
        # the meeting, not a section of the report: it does not change the category either.
        if not opening and not about_meeting:
            # "Phát biểu chỉ đạo, Chủ tịch UBND phường cho biết, năm 2025 …": the report leads, not the cue
            # of its frame
            said = (_reported_start(first) or 0) if "cho biết" in first else 0
            said = said if said and _lead_category(first[:said]) == "next_tasks" else 0
            lead, colon, _ = first[said:].partition(":")  # (a long lead's colon too: "Báo cáo … quý I, nhiệm vụ quý II … cho thấy: …")
            lead = lead if colon else first[said : said + 120]
            # A category announced before a colon holds for its own list (see below); only a lead that
            # ends its line ("Hạn chế, tồn tại:") heads the paragraphs that follow.
            if not colon or not text[spans[0][0] + said + len(lead) + 1 : line_start + len(line)].strip():
                announced = _announced(lead, period, first)
                if announced == "shortcomings" and ";" in first and not _TURNS_TO_SHORTFALLS.match(first) and any(
                    _REACHED_FIGURE.search(part) and not categories.falls_short(part, _SHORTFALL) for part in first.split(";")[1:]
                ):
                    # "Theo báo cáo, trong tháng 8/2020, các hoạt động dịch vụ gặp khó khăn do dịch bệnh; có 76.820 lượt
                    # khách …, đạt 35,77% kế hoạch": a difficulty told among the month's results heads no list of them
                    announced = None
                if len(spans) > 1 and categories.conceded_before(first, text[spans[1][0] : spans[1][1]]):
                    announced = "achievements"  # difficulties, then "Tuy nhiên, vượt qua …": the paragraph reports results
                elif announced == "next_tasks" and len(spans) > 1 and _DONE_WELL.match(first) and _REACHED_FIGURE.search(
                    text, spans[1][0], spans[1][1]
                ) and not categories.plans_ahead(text[spans[1][0] : spans[1][1]]):
                    # "Thực hiện có hiệu quả các nhiệm vụ, giải pháp công tác thu ngân sách. Tổng thu ngân sách đạt 822 tỷ
                    # đồng, bằng 65,6% dự toán …": the work done well, then what it measured
                    announced = "achievements"
                if announced is None and state != "next_tasks" and _follows_the_plan(before_last, first, period):
                    announced = "next_tasks"
                if announced is None and state == "next_tasks" and (
                    (requested and categories.reports_outcome(first)) or _reports_the_period(first, period)
                    or categories.opens_on_time_past(first)
                ):
                    announced = "achievements"  # results reported after an official's request or a plan: it is over
                if announced is not None:
                    # (a paragraph of tasks right after an official's request goes on with the request)
                    # ("Phát biểu chỉ đạo …, đồng chí <a long title> nhấn mạnh, …": the request past the lead)
                    requested = announced == "next_tasks" and (
                        boilerplate.is_speech(lead if colon else first[said:]) or (requested and state == "next_tasks")
                    )
                state = announced or state
        if state == "next_tasks" and not requested and about_meeting and line_start > body_start and _DATED_OPENING.match(first):
            # the meeting's dated opening after a summary that planned ("Những tháng cuối năm, phường … tập trung …" above
            # "Ngày 30-9, Đảng ủy phường … tổ chức hội nghị …"): the report starts afresh
            state = "achievements"
        paragraph = state  # the category of this paragraph's sentences, unless a colon list says otherwise
        if named is not None:
            paragraph = "next_tasks"  # (its own paragraph only: the next one reports again)
        # "Giữ vững đoàn kết, gần dân, …. Đó là yêu cầu của đồng chí … tại buổi làm việc …": what came before was asked
        asked_at = next((n for n, (a, b) in enumerate(spans) if n and _THAT_WAS_ASKED.match(text, a, b)), None)
        if asked_at is not None:
            paragraph = "next_tasks"
        agenda = False  # a sentence of the meeting's business came before: what it heard may go on
        listed_results = None  # the sentence that led a list of results ("… đạt nhiều kết quả như: …")
        found = False  # "Theo đó, …" after what the meeting reviewed: the rest of the paragraph is what it found
        for n, (a, b) in enumerate(spans):
            if n == asked_at:
                paragraph = state
                continue
            sentence = text[a:b]
            found = found or (n > 0 and about_meeting and _FOUND.match(sentence) is not None)
            if n == len(spans) - 1 and _SPEAKER_LEAD_END.search(sentence):
                continue  # a speaker's lead whose list is on the lines after it, announced above: "… Chủ tịch UBND huyện yêu cầu:"
            if n + 1 < len(spans) and categories.conceded_before(sentence, text[spans[n + 1][0] : spans[n + 1][1]]):
                listed = sentence.find(": ")  # (a list of them after its lead's colon, one item each)
                for part, lead in _matters(text, _Span(a, b), _Span(a + listed + 2, b) if listed > 0 else _Span(a, b)):
                    add("shortcomings", part, lead)
                continue  # (the next sentence turns from the difficulties to the results)
            if n and _details_the_plan(text[spans[n - 1][0] : spans[n - 1][1]], sentence, period):
                paragraph = state = "next_tasks"
            elif n and paragraph == "achievements" and _turns_to_the_plan(sentence, period):
                # "…. Trong 6 tháng cuối năm, Đảng bộ huyện tập trung …. Chú trọng …": the rest of the paragraph plans
                paragraph = "next_tasks"
            elif n and paragraph == "shortcomings" and _TURN.match(sentence) and not categories.falls_short(sentence, _SHORTFALL):
                paragraph = state = "achievements"
            # In a paragraph of tasks, a meeting still to be held is a task ("tổ chức hội nghị nghe UBND xã
            # giải trình …", "tham dự kỳ họp thường lệ giữa năm")
            # (not one that names who attended or chaired: "Dự phiên họp có đồng chí Nguyễn Văn A – …" is
            # the meeting being reported)
            # (not what this meeting did, told where: "Tại kỳ họp, các đại biểu chất vấn …; thông qua 9 nghị quyết.")
            planned = paragraph == "next_tasks" and a > spans[0][0] and not categories.done(sentence) and not (
                "đồng chí" in sentence.lower() and _people(sentence)
            ) and not _AT_THIS_MEETING.match(sentence)
            if planned:
                pass
            elif (
                is_business(sentence) or (agenda and boilerplate.is_agenda_item(sentence))
                # "… tổ chức kỳ họp lần thứ 3. Đánh giá tình hình … 9 tháng năm 2020; phương hướng, nhiệm vụ …": its agenda
                or (opening and n and boilerplate.lists_titles(sentence.rstrip(" .")))
            ) and not _themes_the_plan(sentence, period):
                heard = boilerplate.heard_results(sentence)
                if heard is None:
                    agenda = True
                    if n == 0 and boilerplate.reports_results(sentence):
                        paragraph = state = "achievements"
                    continue
                a += heard
                sentence = text[a:b]
            body = _Span(a, b)
            category = paragraph
            proposed = None  # where the deeds the delegates' views centre on start (a meeting's sentence that holds tasks)
            scope = False  # a list of the fields what the lead reports is in: one item, the whole sentence
            # a list of the matters raised at the meeting, each of its own category: what fell short, and "topics" (no
            # fact) or "deeds" (urged: tasks)
            raised = ""
            if _BEFORE_THE_MEETING.match(sentence):
                continue  # "Trước giờ diễn ra kỳ họp, Ban chỉ đạo … đã thực hiện các biện pháp …: đeo khẩu trang, …": its setting
            colon = sentence.find(": ")
            if colon > 0 and sentence.count("(", 0, colon) > sentence.count(")", 0, colon):
                # a colon inside brackets breaks a figure down ("3.290 hội viên (trong đó chống Mỹ: 716, …)"):
                # it announces no list, and what stands before it is no lead
                colon = -1
            if colon > 0 and _FORMED_LEAD.search(sentence, 0, colon):
                continue  # "Xã Sao Vàng được thành lập trên cơ sở sáp nhập các xã: …": the units merged, background
            if colon > 0 and _names_the_subject(sentence[:colon]) and describes(sentence[colon + 2 :]):
                continue  # "Huyện đoàn X: Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021.": who met, and why
            if colon > 0 and _PASSED_LIST.search(sentence[:colon]):
                agenda = True  # "Các nội dung chính đã được thông qua: Thành lập Ban …; Kế hoạch tổ chức các kỳ họp …": passed
                continue
            if colon > 0 and is_meta(sentence[:colon]) and boilerplate.lists_titles(sentence[colon + 2 :].rstrip(" .…")):
                agenda = True  # "… tổ chức Hội nghị … để thảo luận hai nội dung, gồm: Kết quả …, nhiệm vụ …; …": its agenda
                continue
            if colon > 0:
                lead_first = a == spans[0][0] and not opening
                announced = _announced(sentence[:colon], period) if lead_first else _lead_category(sentence[:colon])
                if announced is None and _themes_the_plan(sentence, period):
                    announced = "next_tasks"  # "… thống nhất phương hướng hoạt động năm 2026 với chủ đề: “…”": the year's theme
                if announced is None and boilerplate.is_speech(sentence[:colon]) and _names_a_later_period(
                    sentence[colon + 2 : colon + 80], period
                ):
                    # "… đồng chí Trưởng Ban Tuyên giáo Tỉnh uỷ nhấn mạnh: Ngay trong tháng 5, Huyện … cần chuẩn bị tốt …":
                    # what the speaker said opens on the period to come
                    announced = "next_tasks"
                if announced is None and boilerplate.directs(sentence[:colon]) and is_meta(sentence[:colon]):
                    # "Qua các ý kiến phát biểu thảo luận, đồng chí Chủ tịch UBND xã đã thống nhất, chỉ đạo các chuyên môn …
                    # thực hiện tốt các nội dung như: …": the meeting's direction, whatever "đã" it is told with
                    announced = "next_tasks"
                if announced is None and _COMMENTED_MATTERS.search(lower_in_place(sentence[:colon])):
                    # "Tại hội nghị, các Thành viên UBND huyện cho ý kiến vào một số vấn đề quan trọng như: Dự kiến xây dựng
                    # …; hoàn thiện thủ tục …": the matters put to the meeting, work to decide and do, not results; matters
                    # that fell short, what was discussed ("… chất vấn những nội dung cử tri quan tâm như: …; việc chậm thi
                    # hành bồi thường …"), as _discussed_shortfalls has it
                    announced = "shortcomings" if categories.falls_short(sentence[colon + 2 :], _SHORTFALL) else "next_tasks"
                    # (concerns raised or questioned: the one that fell short is a shortcoming, the rest only topics)
                    if ";" in sentence[colon + 2 :] and _CONCERNS.search(sentence, 0, colon) is not None:
                        raised = "topics"
                if announced in (None, "next_tasks") and _NAMES_DIFFICULTIES_LISTED.search(sentence, 0, colon) and not _DEED_FIRST.match(
                    sentence, colon + 2
                ):
                    # "… đề ra các giải pháp tháo gỡ những khó khăn: tỷ lệ giải ngân … thấp; …": the list is of the
                    # difficulties, whatever is planned for them
                    announced = "shortcomings"
                elif announced == "shortcomings" and _REMEDY_LEAD.search(sentence, 0, colon) and _DEED_FIRST.match(sentence, colon + 2):
                    # "… đề ra các giải pháp khắc phục những hạn chế: tăng cường …; đẩy nhanh …": the remedies listed
                    announced = "next_tasks"
                if announced == "next_tasks" and categories.reports_completion(sentence[:colon]):
                    announced = "achievements"  # "Đã tham mưu …, hoàn thành khá tốt các nhiệm vụ, chỉ tiêu đề ra, cụ thể: …"
                if categories.sets_out_targets(sentence[:colon]) and _names_a_later_period(sentence[:colon], period):
                    announced = "next_tasks"  # "Trên cơ sở kết quả đạt được, năm 2026 xã đề ra các chỉ tiêu như: …"
                like = _LIKE_END.search(sentence[:colon])
                lead_span = _Span(a, a + like.start() if like else a + colon)
                # "…, tình hình tư tưởng … ổn định; hội viên chấp hành tốt …; các hoạt động … đa dạng như: a; b": the
                # lead is its last ';' part, those before it facts of their own (added below)
                told = sentence.rfind("; ", 0, lead_span.end - a)
                if told > 0:
                    lead_span = _Span(a + told + 2, lead_span.end)
                if announced is None and _LIST_LEAD.search(sentence[:colon]) and categories.falls_short(sentence[:colon], _SHORTFALL):
                    # "Bên cạnh đó huyện vẫn còn 6/27 chỉ tiêu không đạt Nghị quyết đề ra, như: …": what it lists fell short
                    announced = "shortcomings"
                if announced == "shortcomings" and _FIGURE.search(text, lead_span.start, a + colon):
                    # "đã thảo luận, chỉ rõ những hạn chế: …", "còn 4/15 chỉ tiêu chưa đạt, gồm: …"
                    add("shortcomings", _trim(text, lead_span))
                category = announced or paragraph
                if announced == "achievements":
                    listed_results = n
                # (a lead that reports a figure of its own is a fact, and what follows its colon the rest of
                # it: "…, qua đó phát hiện 01 vụ vi phạm, tạm giữ: 2,246m3 gỗ tròn")
                subject = announced is None and (
                    _names_the_subject(sentence[:colon]) or _reports_a_figure(text, a, a + colon)
                )
                scope = category != "next_tasks" and (
                    _SCOPE_LEAD.search(sentence[:colon]) is not None or _BREAKDOWN_LEAD.search(sentence[:colon]) is not None
                ) or _only_quoted_names(sentence[colon + 2 :])
                # (a lead whose colon lists only names keeps them as one matter with it, the ';' parts before the lead
                # facts of their own: "… tại 06 trường học; … khảo sát … tại 05 Thôn: Nghĩa Khê, … và Trà Động")
                named_only = scope and told > 0 and _PROPER_NAMES.fullmatch(sentence[colon + 2 :].strip()) is not None
                if told > 0 and (named_only or not (subject or scope)):
                    for part in _parts(text, _Span(a, a + told)):
                        # ("Kỳ họp đã quyết nghị thông qua Quy chế hoạt động …; Nghị quyết về … với 20 chỉ tiêu chủ yếu
                        # là: …": what the session passed first is its business)
                        if not is_business(text[part.start : part.end]):
                            add(category, part)
                also = _ALSO_END.search(sentence, 0, colon) if "đồng thời" in sentence[:colon] else None
                if also and also.start() > 0:
                    # "… sẽ tập trung triển khai chương trình hành động …, đồng thời: a; b": the lead is a matter too
                    add(category, _trim(text, _Span(a, a + also.start())))
                lead_end = lead_span.end - a  # (its request is looked for near its end: a lead may be a long line)
                need = _OWN_REQUEST.search(sentence, max(0, lead_end - 200), lead_end) if category == "next_tasks" else None
                if need is not None:
                    # "… đề nghị các phòng, ban cần rà soát các chỉ tiêu Nghị quyết, cụ thể như: a; b": asked itself
                    add("next_tasks", _trim(text, _Span(a + need.start(1), a + need.end(1))))
                if category == "achievements" and not scope and _LIST_LEAD.search(sentence[:colon]) and _FIGURE.search(text, lead_span.start, a + colon):
                    # "Có 39/42 chỉ tiêu đạt và vượt so với Nghị quyết, như: …": the count is a result of its own (unless the
                    # list is one matter with it, the whole sentence an item: "…, gồm: Vĩnh Phú, Vọng Đông và An Bình")
                    # ("… sẽ phân công khoảng 30 cán bộ làm nòng cốt tham gia các nội dung: …": planned, a task)
                    counted = "next_tasks" if categories.plans_ahead(sentence[:colon]) else "achievements"
                    add(counted, _trim(text, lead_span))
                # The list runs to the end of the paragraph when the paragraph opens with it, or when it
                # goes on in sentences ("Nổi bật là: Toàn huyện…"); else to the end of its sentence.
                # Never into the paragraphs after.
                if announced and (lead_first or sentence[colon + 2 : colon + 3].isupper()):
                    paragraph = announced
                    if announced == "next_tasks" and lead_first and boilerplate.is_speech(sentence[:colon]):
                        # "Phát biểu tại hội nghị, Chủ tịch … đề nghị: Các ngành …" / "Làm tốt công tác …": the
                        # request goes on in the paragraphs after it, until one reports
                        state, requested = "next_tasks", True
                body = _Span(lead_span.start if named_only else a, b) if subject or scope else _Span(a + colon + 2, b)
            elif ("cho biết" in sentence or "cho thấy" in sentence) and describes(sentence) and (
                reported := _reported_start(sentence)
            ) is not None and not (
                describes(sentence[reported:]) or _background(sentence[reported:]) or _POSES.search(sentence[reported:])
            ):
                # "Tại hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024, LĐLĐ quận cho biết, năm 2023, …":
                # the frame names the meeting, what the speaker reports is the year's work
                a = body.start = a + reported
                sentence = text[a:b]
            elif _background(sentence) or describes(sentence) or _reports_background(sentence) or (
                "ước vào" in sentence and _ENTERED_SETTING.search(sentence)  # ("Bước vào", "bước vào")
            ) or (
                "đặt ra" in sentence and _POSES.search(sentence)
            ):
                plan = categories.counted_plan(sentence) if describes(sentence) else None
                if plan is not None:  # "…, triển khai Chương trình công tác năm 2025 với 20 chỉ tiêu": the year's tasks
                    add("next_tasks", _trim(text, _Span(a + plan[0], a + plan[1])))
                continue
            elif is_meta(sentence) and not planned and (reported := _reported_start(sentence)) is not None:
                a = body.start = a + reported
                sentence = text[a:b]
            elif is_meta(sentence) and not planned:
                asked = categories.request_start(sentence, _DIRECTIVE)
                # "Các đại biểu … đóng góp ý kiến tập trung vào việc tháo gỡ khó khăn …; kiến nghị giải quyết những vấn
                # đề còn tồn tại …; đẩy nhanh …": the deeds urged, one a part, among them what still falls short
                proposed = _proposed_deeds(sentence, listed=True) if asked is None else None
                raised = "deeds" if proposed is not None else ""
                discussed = _discussed_shortfalls(sentence) if asked is None and proposed is None else None
                proposed = _proposed_deeds(sentence) if proposed is None and asked is None and discussed is None else proposed
                detail = boilerplate.praised_detail(sentence) if asked is None and discussed is None and proposed is None else None
                if proposed is not None:
                    # "Hội nghị ghi nhận 5 ý kiến của đại biểu tập trung vào nâng cao …, phát huy …": what the views urge
                    # (and what the paragraph goes on to urge: "…; đẩy nhanh …. Tiếp tục thực hiện …")
                    category = paragraph = "next_tasks"
                    a = body.start = a + proposed
                    sentence = text[a:b]
                elif discussed is not None:
                    # "Hội nghị thảo luận các vấn đề liên quan đến tiến độ … chậm; …": what was discussed fell short
                    category = "shortcomings"
                    a = body.start = a + discussed
                    sentence = text[a:b]
                elif detail is not None:  # "… ghi nhận những kết quả …, nhất là …": what it singled out
                    a = body.start = a + detail
                    sentence = text[a:b]
                    if boilerplate.names_effort(sentence) or boilerplate.praised_fields(text[a - detail : b]) is not None or (
                        boilerplate.praises_results(text[a - detail : a])
                    ):
                        category = "achievements"  # (the effort praised was spent, whatever the speech asks next)
                elif asked is None:
                    if _lead_category(sentence) == "shortcomings":
                        add("shortcomings", _trim(text, body))  # a shortcoming only hinted at
                    elif not opening and (ahead := _tasks_ahead(sentence, period)) is not None and (
                        categories.plans_ahead(sentence[ahead:]) or categories.adopts_tasks(sentence)
                    ):
                        # "Vì vậy, nhiệm vụ trọng tâm trong tháng 12 là các phòng, ban … cần phải nỗ lực …, đồng
                        # chí Chủ trì đã đề ra …": the tasks named for the period to come, whoever set them
                        add("next_tasks", _trim(text, body))
                        continue
                    agenda = True  # (about the meeting: its agenda may go on, "Đồng thời, xem xét các báo cáo …")
                    continue
                else:
                    # "đánh giá cao …, đồng thời yêu cầu …": the praise is about the meeting, the request a task
                    category = state = paragraph = "next_tasks"
                    requested = True
                    body = _Span(a + asked, b)
            if category == "achievements" and about_meeting and categories.continues_speech(sentence):
                category = state = paragraph = "next_tasks"  # what the chair just praised, then asked
                requested = True
            # Opening paragraphs, and achievements in a paragraph about the meeting ("Đây là những ý kiến
            # thiết thực…"), count only sentences that report a result.
            said = text[body.start : body.end]
            if boilerplate.outlines_report(said) or (boilerplate.states_significance(said) and not categories.plans_ahead(sentence)):
                continue
            # (after a list of results, the sentences that go on are the report's, not talk of the meeting:
            # "Tại hội nghị, các đại biểu đã nghe …. Trong tháng, xã đã đạt nhiều kết quả như: a; b. Thực hiện …")
            meeting_talk = (opening or (category == "achievements" and about_meeting)) and not found and not (
                listed_results is not None and n > listed_results
            ) and proposed is None
            if meeting_talk and not opening and n > 0 and category == "achievements" and (
                categories.obliges(said) or _DIRECTIVE.search(said) is not None
            ):
                # ("… ghi nhận nỗ lực của huyện …. Về phương hướng …, Phó Bí thư yêu cầu huyện tập trung …": asked)
                # "Phát biểu tại buổi làm việc, đồng chí … đánh giá cao …. Đồng thời, Hội cần tập trung vào …": after
                # the praise, what the speaker says must be done is a request
                category = state = paragraph = "next_tasks"
                requested = True
            elif meeting_talk and (not _RESULT_WORD.search(sentence) or categories.names_a_plan(said)) and not (
                # (what falls short is no talk of the meeting, whoever raised it: "Người dân đánh giá cao …. Đồng
                # thời, nêu lên những tồn tại …; …")
                n > 0 and categories.falls_short(said, _SHORTFALL)
            ):
                continue
            if category != "next_tasks" and (_DIRECTIVE.search(sentence) or categories.instructs(sentence)):
                category = state = paragraph = "next_tasks"
                requested = True
            if category == "achievements" and (categories.plans_ahead(sentence) or _strives_beyond(sentence, period)):
                # ("… kết quả đạt được là khả quan, nhưng có những vấn đề cần được nhìn nhận thấu đáo": what the
                # problems need is their own, the sentence an assessment that some remain)
                category = "shortcomings" if categories.problems_remain(sentence) else "next_tasks"
            if category == "shortcomings" and colon <= 0 and _names_a_later_period(sentence, period) and not categories.falls_short(sentence, _SHORTFALL):
                # "Trọng tâm là Nghị quyết về nhiệm vụ … năm 2026" after the shortcomings: the paragraphs plan ahead
                category = state = paragraph = "next_tasks"
            conceded = categories.conceded_difficulty(text, body.start, body.end, _SHORTFALL) if category == "achievements" else None
            if conceded:
                # "mặc dù gặp nhiều khó khăn, nhưng …": the difficulty conceded, then what was done despite it
                clause_start, clause_end, main_start = conceded
                add("shortcomings", _trim(text, _Span(clause_start, clause_end)))
                a = body.start = main_start
                sentence = text[a:b]
            excepted = categories.excepted_shortfall(text, a, b, _SHORTFALL) if category == "achievements" else None
            if excepted is not None:  # "…được duy trì, riêng đàn lợn giảm … do dịch …": the exception fell short
                add("shortcomings", _trim(text, _Span(excepted, b)))
                b = body.end = excepted
                sentence = text[a:b]
            matters = [(_trim(text, body), None)] if scope else _matters(text, _Span(a, b), body, category == "next_tasks")
            # A ';' list of results states one matter a part: a part falls short on its own ("06 chỉ tiêu đạt
            # và vượt kế hoạch; 06 chỉ tiêu đạt dưới 25% kế hoạch"); a list under one lead shares its lead's.
            if category == "achievements" and n > 0 and categories.contrasts_hardship(sentence):
                category = "shortcomings"  # "…. Tuy nhiên, dịch bệnh đã ảnh hưởng đến …": the hardship met, after results
            short_somewhere = category == "achievements" and categories.falls_short(sentence, _SHORTFALL)
            per_part = short_somewhere and len(matters) > 1 and matters[0][1] is None and not (
                # "… nêu lên những tồn tại xoay quanh …; triển khai Đề án 06 gây khó khăn …; …": the first part
                # names the shortcomings the rest list, whatever verbs they hold
                _NAMES_SHORTCOMINGS.search(text, matters[0][0].start, matters[0][0].end) is not None
                and _lead_category(text[matters[0][0].start : matters[0][0].end]) == "shortcomings"
            )
            if short_somewhere and not per_part:
                category = "shortcomings"
            category_of_part: Category = category
            for part, lead in matters:
                piece = text[part.start : part.end]
                if raised:
                    # "… phản ánh, kiến nghị … về các vấn đề: Thực hiện Đề án …; những khó khăn trong quản lý đất đai; …":
                    # a difficulty raised is one, the other topics say nothing of how things went (or, when the views
                    # urged them, are the deeds to do)
                    # ("kiến nghị giải quyết những vấn đề còn tồn tại …": the remedy urged, of what fell short, a task)
                    if raised == "deeds" and _REMEDY_URGED.match(piece):
                        add("next_tasks", part, lead)
                    elif categories.falls_short(piece, _SHORTFALL) or _lead_category(piece) == "shortcomings" or (
                        raised == "topics" and _A_STATE_OF_AFFAIRS.match(piece)
                    ):
                        # (a concern that names a state of affairs is a problem: "tình trạng ngập úng cục bộ …")
                        add("shortcomings", part, lead)
                    elif raised == "deeds":
                        add("next_tasks", part, lead)
                    continue
                own = _own_category(piece) if short_somewhere and len(matters) > 1 else None
                if own == "next_tasks" or (own and not per_part):
                    # "… có 19/31 chỉ tiêu đạt và vượt; 05 chỉ tiêu phấn đấu đạt đến cuối năm; 06 chỉ tiêu không
                    # đạt": each matter says how it went
                    add(own, part, lead)
                    continue
                if per_part:
                    # (a part that reports nothing of its own goes on with the matter before it: "…còn chậm;
                    # tình trạng vi phạm hành lang an toàn giao thông …")
                    goes_on_short = category_of_part == "shortcomings" and not _RESULT_WORD.search(piece)
                    short = goes_on_short or categories.falls_short(piece, _SHORTFALL)
                    category_of_part = "shortcomings" if short else "achievements"
                cut = _tally_shortfall(text, part) if short_somewhere and category_of_part == "shortcomings" else None
                if cut is not None:
                    # "…vượt kế hoạch 09 chỉ tiêu, 22 chỉ tiêu đạt, 10 chỉ tiêu không đạt": the counts reached, then the one short
                    add("achievements", _trim(text, _Span(part.start, cut)), lead)
                    add("shortcomings", _trim(text, _Span(cut, part.end)), lead)
                    continue
                if category_of_part == "achievements" and len(matters) > 1 and _AHEAD_PART.match(piece) and _names_a_later_period(piece, period):
                    # "…; đồng thời tiếp tục phát huy sức trẻ, …, bảo đảm hoàn thành nhiệm vụ trong 6 tháng cuối năm": a part
                    # that goes on to the period to come plans it
                    add("next_tasks", part, lead)
                    continue
                target = _TARGET.search(text, part.start, part.end) if category_of_part == "achievements" else None
                if target:  # "…, phấn đấu đến cuối năm có thêm 2 xã về đích": the result, then the aim
                    add(category_of_part, _trim(text, _Span(part.start, target.start())), lead)
                    add("next_tasks", _trim(text, _Span(target.start(), part.end)))
                else:
                    add(category_of_part, part, lead)
    return out, warnings


# An entry of a tally of targets that are assessed later: "4 chỉ tiêu đánh giá cuối năm", "2 chỉ tiêu chưa có số liệu".
_DEFERRED = re.compile(
    r"\W*(?:có\s+)?\d+\s+(?:chỉ tiêu|tiêu chí|nội dung)\s+(?:sẽ\s+|được\s+)?(?:đang thực hiện và\s+)?"
    r"(?:(?:đánh giá|tính)\s+(?:kết quả\s+)?(?:vào\s+)?cuối (?:năm|kỳ)|chưa (?:đánh giá|có số liệu|đến kỳ đánh giá))"
    # (and the names of those entries: "5 chỉ tiêu đang thực hiện và tính kết quả vào cuối năm là tỷ lệ hộ nghèo, …")
    r"(?:\s+(?:là|gồm)\s[^;]{0,200})?\W*$",
    re.IGNORECASE,
)
_HEADER_DATE = re.compile(r"\s*date\s+\d{4}-\d\d(?:-\d\d)?\s+")
# The plan of a period named with its theme, which the colon gives: "phương hướng hoạt động năm 2026 với chủ đề: …".
_THEME_AHEAD = re.compile(
    r"\b(?:phương hướng|nhiệm vụ|chương trình)\b[^.;:]{0,60}?\bvới chủ đề\s*$"
    # … or its targets: "thông qua nghị quyết phương hướng thực hiện các nhiệm vụ năm 2024 với mục tiêu chính: …",
    # "Nghị quyết về … nhiệm vụ … 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: …"
    r"|\b(?:phương hướng|nhiệm vụ|chương trình|kế hoạch)\b[^.;:]{0,100}?\bvới (?:các |những |một số |\d+ )?(?:mục tiêu|chỉ tiêu)"
    r"(?: chính| chủ yếu| cụ thể| trọng tâm)?(?: như| sau| là)?\s*$"
    # … or the motto of its work: "Phương châm hành động trong năm 2026 là: “Rõ mục tiêu - …”"
    r"|\bphương châm(?: hành động| chỉ đạo)?\b[^.;:]{0,30}?\blà\s*$",
    re.IGNORECASE,
)


def _themes_the_plan(sentence: str, period: Period | None) -> bool:
    """Whether a sentence's colon gives the theme or the targets of a later period's plan (what follows it is a task)."""
    if not any(word in sentence.lower() for word in ("chủ đề", "phương châm", "mục tiêu", "chỉ tiêu")):
        return False
    # (the theme's own colon, which a speaker's may precede: "… cho biết: Phương châm hành động năm 2026 là: “…”")
    colons = [m.start() for m in islice(re.finditer(": ", sentence), 3)]
    return any(
        _THEME_AHEAD.search(sentence, 0, c) is not None and _names_a_later_period(sentence[:c], period) for c in colons
    )
# "đã giải quyết 7 kiến nghị …, tập trung trên các lĩnh vực: a; b; c": the list says where, not what else
_SCOPE_LEAD = re.compile(r"\b(?:trên|vào|ở|thuộc)\s+(?:các|nhiều|những)\s+lĩnh vực\s*$", re.IGNORECASE)
# "Cơ cấu kinh tế chuyển dịch theo hướng tích cực, trong đó: công nghiệp 67%; dịch vụ 21%; …": the list breaks
# down the lead's one fact
_BREAKDOWN_LEAD = re.compile(r"\w[^,;:]*,\s*trong đó\s*$", re.IGNORECASE)
_AIM = re.compile(r"\bphấn đấu\b", re.IGNORECASE)  # "Phấn đấu hoàn thành 13 chỉ tiêu năm 2023": a target
_HEADLINE_RESULT = re.compile(r"\b(?:đạt|vượt|hoàn thành|tăng|giảm|thu)\b", re.IGNORECASE)


# A figure a headline rounds: "Một xã … thu ngân sách đạt hơn 600% dự toán" over a body that writes "bằng 608% dự toán".
_ROUNDED = re.compile(r"\b(?:hơn|trên|gần|khoảng|xấp xỉ|ngót|gần như)\s*$", re.IGNORECASE)


def _rounded_in_body(headline: str, body: str) -> bool:
    """Whether every figure of a headline is written in the body, or rounded ("hơn 600%") from one of the body's of
    its unit within a tenth of it."""
    rounded = [f for f in find_figures(headline) if f.raw not in body]
    if not rounded or not all(_ROUNDED.search(headline, max(0, f.start - 12), f.start) for f in rounded):
        return False
    said = [(f.value, f.unit) for f in find_figures(body)]
    return all(any(u == f.unit and abs(v - f.value) <= 0.1 * f.value for v, u in said) for f in rounded)


def _headline_fact(text: str, end: int) -> tuple[Category, _Span] | None:
    """A headline that states a result with its figure ("Xã A hoàn thành và vượt 23/25 chỉ tiêu") is a
    fact of the article, unless the body says it again with the same figures."""
    if end <= 0:
        return None
    date_header = _HEADER_DATE.match(text, 0, end)
    span = _trim(text, _Span(date_header.end() if date_header else 0, end))
    headline = text[span.start : span.end]
    figures = metrics_of(headline)
    if not figures or not _HEADLINE_RESULT.search(headline) or _is_meta(headline):
        return None
    if all(f.text in text[end:] for f in figures) or _rounded_in_body(headline, text[end:]):
        return None
    if categories.plans_ahead(headline) or _AIM.search(headline):
        return "next_tasks", span
    return ("shortcomings" if categories.falls_short(headline, _SHORTFALL) else "achievements"), span


# An aim set in a sentence of results, or opening a part of its ';' list: what comes after it is still to be done.
# (a target names what is to be reached or when; "…, phấn đấu vươn lên cùng Đảng bộ khắc phục khó khăn" is the effort made)
_TARGET = re.compile(
    r"(?<=[,;] )(?:phấn đấu|tiếp tục phấn đấu)\b"
    r"(?=[^.;:]{0,60}?(?:\d|\b(?:đạt|hoàn thành|đến|trong|năm|có thêm|về đích|tăng|giảm|trở thành)\b))",
    re.IGNORECASE,
)
# "… và mục tiêu, nhiệm vụ 6 tháng cuối năm 2023. Trong đó …": the tasks of the period planned.
_PLAN_TAIL = re.compile(r"\b(?:nhiệm vụ|phương hướng|mục tiêu|giải pháp)\b[^.;:]{0,60}$", re.IGNORECASE)
# A sentence that opens on the aim the plan serves: "Với quyết tâm đạt mục tiêu tăng trưởng đã đề ra, huyện tập trung …".
_RESOLVED = re.compile(r"^\W*(?:với quyết tâm|để đạt|để hoàn thành|để thực hiện)\b", re.IGNORECASE)
_IN_IT = re.compile(r"trong đó\b", re.IGNORECASE)
# A sentence that names what came before it as an official's request: "Đó là yêu cầu của đồng chí …".
_THAT_WAS_ASKED = re.compile(r"\W*(?:đó|đây) là (?:những )?(?:yêu cầu|chỉ đạo|ý kiến chỉ đạo|đề nghị)\b", re.IGNORECASE)
# The shortcomings named as a class, which the parts after it list: "nêu lên những tồn tại xoay quanh …"
_NAMES_SHORTCOMINGS = re.compile(r"\b(?:những|các|một số)\s+(?:tồn tại|hạn chế|khó khăn|vướng mắc|bất cập|yếu kém)\b", re.IGNORECASE)


# "… và thống nhất phương hướng hoạt động năm 2026 với chủ đề: …" ending a paragraph: the plan of a later period named.
# (a lookahead: one name's words may hold the next, "nhiệm vụ năm 2025 và thống nhất phương hướng … năm 2026")
_PLAN_NAMED = re.compile(r"\b(?=((?:nhiệm vụ|phương hướng|định hướng|mục tiêu)\b[^.;:]{0,60}))", re.IGNORECASE)


def _follows_the_plan(before: str, first: str, period: Period | None) -> bool:
    """Whether a paragraph opening "Theo đó, …" goes on with the plan of a later period that the paragraph
    before ended on ("… thống nhất phương hướng hoạt động năm 2026 …. / Theo đó, Hội tập trung …"), and
    reports nothing done."""
    found = _FOUND.match(first)
    if not before or not found or categories.reports_outcome(first) or _reports_the_period(first, period):
        return False
    if _WAS_THE_YEAR.match(first, found.end()) and _mention_ends(first[found.end() : found.end() + 30], period)[:1] == [
        (period.kind, period.year, period.month)  # type: ignore[union-attr]
    ]:
        return False  # "Theo đó, Năm 2025 là năm có ý nghĩa đặc biệt …" in a review of 2025: what the year reviewed was
    return any(_names_a_later_period(m.group(1), period) for m in _PLAN_NAMED.finditer(before))


def _details_the_plan(before: str, sentence: str, period: Period | None) -> bool:
    """Whether `sentence` ("Trong đó, …") details the tasks of a later period the sentence before ends on; or
    ("Theo đó, …", telling nothing done) goes on with them once that sentence set them out ("… bàn giải pháp và
    đề ra phương hướng nhiệm vụ 3 tháng cuối năm 2021."), not when it named them as the meeting's aim ("nhằm
    đánh giá …; thảo luận về chỉ tiêu, nhiệm vụ năm 2026. Theo đó, trong năm, xã có 19/23 chỉ tiêu đạt …")."""
    goes_on = (
        (_FOUND.match(sentence) is not None or _RESOLVED.match(sentence) is not None) and categories.sets_out_tasks(before)
        and not categories.reports_outcome(sentence) and not _reports_the_period(sentence, period)
    )
    if not goes_on and not _IN_IT.match(sentence):
        return False
    tail = _PLAN_TAIL.search(before.rstrip(" .…"))
    # (with the period reviewed unknown, "đề ra nhiệm vụ trọng tâm trong quý II" still sets out what is to come)
    return tail is not None and (_names_a_later_period(tail.group(0), period) or categories.sets_out_tasks(before))


_TASKS_CUE = re.compile(r"\bnhiệm vụ (?:trọng tâm|chủ yếu)\b|\bphương hướng,? nhiệm vụ\b", re.IGNORECASE)


# The time a sentence opens on, before its first comma: "Trong 6 tháng cuối năm, …", "Quý IV, …"; or the
# tasks of a time it opens on naming ("Về nhiệm vụ trọng tâm trong 6 tháng cuối năm, …"), a longer opening.
# (a comma of a figure ends no opening: "Thu ngân sách trong tháng 11,242 tỷ" names no November)
_OPENING_TIME = re.compile(r"[^,.;:]{3,40},(?!\d)")
_OPENING_TASKS = re.compile(r"[^,.;:]{0,20}?\b(?:nhiệm vụ|phương hướng)\b[^,.;:]{3,50},(?!\d)", re.IGNORECASE)


# A request of its own in a list's lead: "… cần rà soát các chỉ tiêu Nghị quyết tập trung thực hiện tốt, cụ thể như: …"
# (up to the words that announce the list).
_OWN_REQUEST = re.compile(r"\bcần\s+(?:phải\s+)?((?:[^\s,;:]+\s+){3,}?[^\s,;:]+)(?:,?\s*(?:cụ thể|gồm|sau|như sau|với)\b[^,;:]*)?\s*$")


# A lead whose last words name the difficulties its list holds ("… tháo gỡ những khó khăn:", "… khắc phục các hạn chế
# sau:"), and the verbs a list of deeds opens on instead.
_NAMES_DIFFICULTIES_LISTED = re.compile(
    r"\b(?:những|các|một số)\s+(?:khó khăn|hạn chế|tồn tại|vướng mắc|bất cập)(?:,\s*(?:khó khăn|hạn chế|tồn tại|vướng mắc))*"
    r"(?:\s+(?:sau|như|như sau|gồm|là))?\s*$",
    re.IGNORECASE,
)
_REMEDY_LEAD = re.compile(
    r"\b(?:giải pháp|biện pháp)\b[^.;:]{0,40}?\b(?:khắc phục|tháo gỡ|giải quyết)\s+(?:những|các|một số)\s+"
    r"(?:khó khăn|hạn chế|tồn tại|vướng mắc)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
_DEED_FIRST = re.compile(
    r"\W*(?:tiếp tục|tập trung|tăng cường|đẩy mạnh|đẩy nhanh|nâng cao|thực hiện|triển khai|chỉ đạo|rà soát|hoàn thành|phấn đấu"
    r"|xây dựng|quan tâm|chú trọng|khắc phục|giải quyết|đôn đốc|kiểm tra|huy động|làm tốt|bảo đảm|đảm bảo)\b",
    re.IGNORECASE,
)


def _heads_agenda(sentence: str, is_business) -> bool:
    """Whether a paragraph ends on the meeting's business announcing a list on the lines below
    ("Tại Hội nghị, các đồng chí đã nghe và cho ý kiến đối với nhiều nội dung, gồm:")."""
    lead = sentence.rstrip()
    return lead.endswith(":") and _LIST_LEAD.search(lead[:-1]) is not None and bool(is_business(lead))


def _turns_to_the_plan(sentence: str, period: Period | None) -> bool:
    """Whether a sentence inside a paragraph of results opens on a time after the period reviewed, or on the
    tasks of such a time, and tells nothing done or measured: the paragraph turns to the plan."""
    if categories.done(sentence) or categories.reports_measured(sentence):
        return False
    opening = _OPENING_TIME.match(sentence) or _OPENING_TASKS.match(sentence)
    return categories.opens_ahead(sentence) or (opening is not None and _names_a_later_period(opening.group(0), period))


def _tasks_ahead(sentence: str, period: Period | None) -> int | None:
    """Where the tasks a sentence names for a later period end their name ("nhiệm vụ trọng tâm trong tháng 12"),
    or None when it names none."""
    m = _TASKS_CUE.search(sentence) if "nhiệm vụ" in sentence else None
    if m is None:
        return None
    named = sentence[m.start() : m.end() + 30]
    return m.end() if _names_a_later_period(named, period) or categories.sets_out_tasks(sentence) else None


def _higher_unit_spans(text: str, name: str, province: str) -> list[tuple[int, int]]:
    """The paragraphs an article gives to its province's own figures: their first sentence has the
    province as its subject, after what frames it ("Liên quan đến thu ngân sách cả nước, 9 tháng năm
    2024, Hà Nội tiếp tục dẫn đầu …"), and the unit reviewed is not named until the paragraph turns back to it."""
    subject = re.compile(rf"(?:^|,\s)(?i:(?:tỉnh|thành phố|TP\.?)\s)?{re.escape(province)}\s")
    out, pos = [], 0
    for line in unwrap(text).split("\n"):
        start, pos = pos, pos + len(line) + 1
        if province not in line:  # (most paragraphs: a plain substring test)
            continue
        spans = sentence_spans(line)
        first = line[spans[0][0] : spans[0][1]] if spans else ""
        said = subject.search(first) if name not in first else None
        if said is None or not first[said.end() : said.end() + 1].islower():  # a verb follows its subject
            continue
        back = line.find(name, spans[0][1])
        out.append((start, start + (back if back >= 0 else len(line))))
    return out


def _without_higher_unit(text: str, items: dict[Category, list[Item]], name: str, province: str) -> dict[Category, list[Item]]:
    """The items, less those of the paragraphs about the province's own figures (no result of the unit)."""
    spans = _higher_unit_spans(text, name, province)
    if not spans:
        return items
    return {c: [i for i in found if not any(a <= i.start < b for a, b in spans)] for c, found in items.items()}


def _headline_end(text: str) -> int:
    """Where the headline ends, or -1 when the text starts mid-article, with no headline. A first line
    the next one restates is the headline, whatever its stop ("Tổng kết công tác Đoàn năm 2022." over
    "Sáng 29-12, Huyện Đoàn … tổ chức tổng kết công tác Đoàn … năm 2022, …")."""
    first, _, rest = unwrap(text).partition("\n")
    if not is_body_text(first) or _restated(first, rest.lstrip()[: 3 * len(first)]):
        return len(first)
    return -1


def _restated(line: str, after: str) -> bool:
    words = set(match_key(line).split())
    return len(words) >= 6 and len(words & set(match_key(after).split())) >= 0.8 * len(words)


def extract(article: Article) -> Report:
    # Captions are kept for the unit only (sources.make_article), which grounding.verify completes from
    # them and from the article's address (units.check_unit).
    text = drop_captions(article.text)
    opening = periods.opening_of(text)
    period, meeting, date_notes = periods.resolve_with_warnings(text, article.published)
    organ, level = find_organ(opening)
    unit, unit_notes = units.find_unit_with_warnings(text, level, units.as_of(meeting, period))
    items, item_notes = _items(text, _headline_end(text), period)
    if unit.province and unit.name and unit.name != unit.province:
        items = _without_higher_unit(text, items, unit.name, unit.province)
    return Report(
        article_id=article.id,
        title=article.title,
        unit=unit,
        organ=organ,
        chairs=find_chairs(opening),
        meeting_date=meeting,
        period=period,
        backend="rules",
        prompt_version=VERSION,
        warnings=[*date_notes, *unit_notes, *item_notes],
        **items,
    )
