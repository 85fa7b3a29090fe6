"""Sentence structures that decide an item's category where its cue words mislead.

Report prose states a category by its structure as much as by its words: a concession ("mặc dù
gặp nhiều khó khăn, nhưng …") names a difficulty and then a result; what follows a request verb
("đề nghị", "yêu cầu") is the content of the request, whatever words it uses ("trên cơ sở các kết
quả đã đạt được, … cần …"); a verb in the future ("sẽ", "dự kiến tổ chức") is a plan, not a result.
Every search here runs once over its span (no pattern is retried along the text).
"""

from __future__ import annotations

import re

from ..text import lower_in_place

# "mặc dù", "dù", "tuy", "tuy rằng", "dẫu": but "tuy nhiên", "tuy vậy", "dù vậy", "dù sao" say "however".
_CONCESSION = re.compile(r"\b(?:mặc dù|tuy rằng|dẫu|dù|tuy)\b(?!\s+(?:nhiên|vậy|sao|thế)\b)", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:nhưng|song|tuy nhiên|tuy vậy)\b", re.IGNORECASE)
_STILL = re.compile(r"\bvẫn\b", re.IGNORECASE)
# What a concessive clause concedes when it concedes a difficulty.
_DIFFICULTY = re.compile(
    r"\b(?:khó khăn|thách thức|phức tạp|bất lợi|ảnh hưởng|(?<!chuyển )dịch(?! vụ)|thiên tai|bão|lũ|lụt|hạn hán"
    r"|suy giảm|thiếu(?! nhi)|hạn chế|áp lực|biến động|khó lường)\b",
    re.IGNORECASE,
)
# Without "mặc dù", only a hardship is conceded ("dịch bệnh được kiểm soát, tuy nhiên …" concedes nothing).
_HARDSHIP = re.compile(
    r"\b(?:khó khăn|thách thức|phức tạp|bất lợi|ảnh hưởng|thiên tai|thiệt hại|hạn hán|khó lường)\b", re.IGNORECASE
)


def concession(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """'…, mặc dù X, nhưng Y' in text[start:end]: (start of X's clause, its end, start of Y), or None.
    Y starts at `end` when the sentence has no contrast (it then comes in the next sentence:
    "Song …"). A clause of "…, Y vẫn …" without "nhưng" ends at the last comma before "vẫn"."""
    m = _CONCESSION.search(text, start, end)
    if m is None:
        return None
    contrast = _CONTRAST.search(text, m.end(), end)
    if contrast is not None:
        return m.start(), contrast.start(), contrast.end()
    still = _STILL.search(text, m.end(), end)
    comma = text.rfind(",", m.end(), still.start()) if still else -1
    if comma >= 0:
        return m.start(), comma, comma + 1
    # "Dù còn khó khăn, tình hình cơ bản được kiểm soát, …": a short difficulty conceded, then a main clause that tells
    # how it went, no contrast word between
    comma = text.find(",", m.end(), min(end, m.end() + 40))
    if comma >= 0 and _DIFFICULTY.search(text, m.end(), comma) and _TOLD_HOW.match(text, comma + 1, end):
        return m.start(), comma, comma + 1
    return m.start(), end, end


# A main clause that tells how things went, its verb within its first words: "tình hình cơ bản được kiểm soát".
_TOLD_HOW = re.compile(r"\s*(?:[^\s,;.]+\s+){0,10}?(?:được|đạt|đã|không)\b", re.IGNORECASE)


def conceded_difficulty(
    text: str, start: int, end: int, shortfall: re.Pattern[str] | None = None
) -> tuple[int, int, int] | None:
    """The concession of text[start:end] when what it concedes is a difficulty: the clause is a
    shortcoming and the main clause a result ("mặc dù còn khó khăn, nhưng thu ngân sách đạt …").
    Without "mặc dù", "X gặp nhiều khó khăn, tuy nhiên Y" concedes X the same way. None when the
    main clause itself falls short (`shortfall`) in its own part of a ';' list: the whole sentence is
    then one shortcoming (the parts after it say their own matters)."""
    found, conceded = concession(text, start, end), _DIFFICULTY
    if found is None:
        contrast = _CONTRAST.search(text, start, end)
        if contrast is None or contrast.start() == start:
            return None
        found, conceded = (start, contrast.start(), contrast.end()), _HARDSHIP
    if not conceded.search(text, found[0], found[1]):
        return None
    part_end = text.find("; ", found[2], end)
    if shortfall is not None and shortfall.search(lower_in_place(text[found[2] : end if part_end < 0 else part_end])):
        return None
    return found


# An exception singled out at the end of a result: "chăn nuôi được duy trì, riêng đàn lợn giảm trên 15.000 con
# do dịch tả lợn Châu Phi". What fell short (or fell, for a cause) is a shortcoming of its own.
_FELL_FOR = re.compile(r"\bgiảm\b[^;:]{0,60}?\bdo\b")


def excepted_shortfall(text: str, start: int, end: int, shortfall: re.Pattern[str]) -> int | None:
    """Where ", riêng …" (or "; riêng …") starts in text[start:end] when that clause ends the sentence and
    falls short, or None. A fall singled out among rises falls short: "… công nghiệp tăng 25,15%; riêng
    thương mại - dịch vụ đạt 2.384 tỷ đồng, giảm 7,34%"."""
    at = text.find("riêng ", start, end)  # (a plain prefilter: most sentences have none)
    while at >= 0 and text[at - 2 : at] not in (", ", "; "):
        at = text.find("riêng ", at + 6, end)
    if at < 0:
        hit = _field_hit(text, start, end)
        return hit if hit is not None else _contrasted_shortfall(text, start, end, shortfall)
    if text.find("; ", at, end) >= 0:
        return None
    at -= 2
    clause = lower_in_place(text[at:end])
    fell_among_rises = _FELL.search(clause) is not None and _ROSE.search(lower_in_place(text[start:at])) is not None
    return at if shortfall.search(clause) or _FELL_FOR.search(clause) or fell_among_rises else None


_FELL = re.compile(r"\bgiảm\b")
_ROSE = re.compile(r"\btăng\b(?! cường)")
# The last clause of a sentence of rises naming a field of its own that was hit: "… đạt 1.594 tỷ đồng, tăng
# 19,1% so với cùng kỳ, hoạt động thương mại – dịch vụ bị ảnh hưởng do …" (no "riêng", the field its subject).
_FIELD_HIT = re.compile(
    r",\s+(?=(?:hoạt động|ngành|lĩnh vực)\s[^,;:]{2,60}?\s(?:bị ảnh hưởng|giảm mạnh|sụt giảm|gặp (?:nhiều )?khó khăn)\b)",
    re.IGNORECASE,
)


# A result, then what fell short of it in its last clause: "tổng đàn gia súc, gia cầm đạt khá, tuy nhiên tổng đàn
# heo giảm nhiều so với cùng kỳ", "các công trình trọng điểm phát triển nhưng còn có nhiều trở ngại" (one of each).
_CONTRAST_CLAUSE = re.compile(r"(?:,\s*|\s)(?=(?:tuy nhiên|nhưng|song)\s)")
_RESULT_HEAD = re.compile(r"\b(?:đạt|tăng|hoàn thành|vượt|tốt|khá|ổn định|phát triển|chuyển biến|được)\b")


def _contrasted_shortfall(text: str, start: int, end: int, shortfall: re.Pattern[str]) -> int | None:
    """Where the last clause of a sentence (of its last ';' part) starts when it turns ("tuy nhiên", "nhưng",
    "song") from a result straight to a shortfall and ends the sentence, or None."""
    low = lower_in_place(text[start:end])
    if "tuy nhiên" not in low and "nhưng" not in low and "song" not in low:
        return None
    turns = list(_CONTRAST_CLAUSE.finditer(low))
    if not turns or low.find("; ", turns[-1].start()) >= 0:
        return None
    at = turns[-1].start()
    head, clause = low[low.rfind("; ", 0, at) + 1 : at], low[at:]  # (the head: its own part of a ';' list)
    short = shortfall.search(clause)
    if not _RESULT_HEAD.search(head) or shortfall.search(head) or short is None:
        return None
    # (the clause turns to the shortfall itself, not to more results: "…, nhưng với nỗ lực …, huyện có 8/15 chỉ
    # tiêu đạt và vượt …, 3 chỉ tiêu không đạt" is the results a hardship did not stop)
    return None if _RESULT_HEAD.search(clause, 0, short.start()) else start + at


def _field_hit(text: str, start: int, end: int) -> int | None:
    """Where the clause of a field hit starts in a sentence whose clauses before it rose, or None."""
    sentence = text[start:end]
    if "ảnh hưởng" not in sentence and "giảm" not in sentence and "khó khăn" not in sentence:
        return None
    hits = list(_FIELD_HIT.finditer(text, start, end))
    if not hits or text.find("; ", hits[-1].start(), end) >= 0:
        return None
    at = hits[-1].start()
    return at if _ROSE.search(lower_in_place(text[start:at])) else None


def _without_concession(lead: str) -> tuple[str, bool]:
    """A lead without its concessive clause, and whether a main clause follows that clause."""
    found = conceded_difficulty(lead, 0, len(lead))
    if found is None:
        return lead, False
    clause_start, _, main_start = found
    return lead[:clause_start] + " " + lead[main_start:], main_start < len(lead)


# "đề nghị" after the document or case it names is a noun ("hồ sơ đề nghị công nhận", "tờ trình đề nghị
# …", "101 trường hợp đề nghị hỗ trợ"): an application, not a request made at the meeting.
# (the word first, the look back after it: tried only where the word is, not at every character)
PROPOSAL = (
    r"đề nghị(?<!hồ sơ đề nghị)(?<!tờ trình đề nghị)(?<!trường hợp đề nghị)(?<!văn bản đề nghị)"
    r"(?<!công văn đề nghị)(?<!đơn đề nghị)"
    # passive, nominated for an award, no request: "1 hộ được đề nghị Chủ tịch UBND tặng giấy khen"
    r"(?<!được đề nghị)"
    # a submission named with its author: "thông qua 02 tờ trình của UBND huyện đề nghị …"
    + "".join(f"(?<!tờ trình của ubnd {level} đề nghị)" for level in ("huyện", "xã", "phường", "thị xã", "thành phố", "tỉnh"))
)
_ASK = re.compile(rf"\b(?:yêu cầu|{PROPOSAL})\b", re.IGNORECASE)

# A lead that looks back over the period reviewed ("Thời gian qua, …", "Trong 9 tháng qua, …", "Qua 6 tháng
# thực hiện …", "Từ đầu năm đến nay, …") reports: its plan words are what was done ("đã … triển khai
# nhiệm vụ với tinh thần …", "đã tập trung chỉ đạo một số nhiệm vụ trọng tâm …").
_LOOKS_BACK = re.compile(
    r"^\W*(?:trong\s+)?(?:thời gian|(?:\d+\s+)?(?:tháng|quý|năm|tuần))\s+qua\b|^\W*qua\s+\d+\s+(?:tháng|quý|năm)\b"
    r"|^\W*từ đầu năm\b"  # ("Từ đầu năm đến nay", "Từ đầu năm 2024 tới nay")
    # the months of the year gone by, told as done: "5 tháng đầu năm, huyện … đã tập trung … thực hiện các
    # nhiệm vụ …" (a part of the year ahead is planned, with no "đã": "6 tháng đầu năm 2025, huyện tập trung …")
    r"|^\W*(?:trong\s+)?\d\d?\s+tháng\s+đầu\s+năm(?:\s*(?:19|20)\d\d)?\s*,[^.;:]{0,80}?\bđã\b",
    re.IGNORECASE,
)


def looks_back(lead: str) -> bool:
    return _LOOKS_BACK.search(lead) is not None


# A lead whose opening clause ends on the time just past: "Về lĩnh vực văn hóa, giáo dục trong thời gian qua,
# UBND huyện chỉ đạo …" reports what was done, after a paragraph of tasks.
_LOOKED_BACK = re.compile(r"^[^.;:]{0,80}?\b(?:thời gian|tháng|quý|năm|tuần) qua,", re.IGNORECASE)


def opens_on_time_past(lead: str) -> bool:
    return "qua," in lead and _LOOKED_BACK.search(lead) is not None and not plans_ahead(lead)


# Carrying out the tasks of the period reviewed, told as done: "Triển khai thực hiện nhiệm vụ năm 2024,
# Đảng bộ, chính quyền và Nhân dân huyện đã …". Its "nhiệm vụ năm 2024" names no plan.
_CARRYING_OUT = re.compile(
    r"^\W*(?:triển khai\s+)?(?:thực hiện|triển khai)\s+(?:các\s+)?nhiệm vụ\b[^,;:.]{0,100},", re.IGNORECASE
)


def carries_out(sentence: str) -> bool:
    """Whether a sentence opens on carrying out a period's tasks and goes on with what was done ("đã")."""
    m = _CARRYING_OUT.search(sentence)
    return m is not None and _PAST.search(sentence, m.end()) is not None


def asks(cue: str) -> bool:
    """Whether a cue word is a request verb."""
    return _ASK.fullmatch(cue) is not None


# The setting a result is told in: "trong bối cảnh còn nhiều khó khăn do thiên tai, yêu cầu vận hành mô
# hình mới …, xã đã …". Until the main clause, "yêu cầu" is a demand of the times, not a request made.
_SETTING = re.compile(r"\b(?:trong|trước) bối cảnh\b[^.;:]*$", re.IGNORECASE)


# "trước yêu cầu ngày càng cao đối với …", "đáp ứng yêu cầu nhiệm vụ": the demand faced or met, a noun.
_DEMAND_FACED = re.compile(r"\b(?:trước|đáp ứng|đáp ứng được)(?:\s+(?:những|các|mọi))?\s+$", re.IGNORECASE)


def in_setting(lead: str, at: int) -> bool:
    """Whether lead[at] lies in a setting clause ("trong bối cảnh …") whose main clause ("đã …") has not begun,
    or is the demand such a clause faces ("trước yêu cầu …")."""
    window = lead[max(0, at - 200) : at]
    if _DEMAND_FACED.search(window, max(0, len(window) - 30)):
        return True
    m = _SETTING.search(window) if "bối cảnh" in window else None
    return m is not None and _PAST.search(window, m.end()) is None


# "vượt qua khó khăn", "khắc phục những khó khăn", "tháo gỡ khó khăn" are results or tasks; "trước nhiều
# khó khăn, thách thức", "trong bối cảnh còn nhiều khó khăn", "trong bối cảnh có nhiều khó khăn" set the
# scene for results; "hỗ trợ 9.000 trường hợp gặp khó khăn do dịch" names the people a measure helped.
_OVERCOME_OR_FACED = re.compile(
    r"\b(?:vượt qua|khắc phục|tháo gỡ|trước|bối cảnh|điều kiện|hoàn cảnh)(?:\s+(?:những|mọi|nhiều|các|còn|có|rất|không ít))*\s+$",
    re.IGNORECASE,
)
_HELPED = re.compile(r"\b(?:trường hợp|hộ|người|đối tượng|gia đình|học sinh|lao động)(?:\s+gặp)?\s+$", re.IGNORECASE)


# "khó khăn" as what a beneficiary is: "xây dựng nhà cho hộ khó khăn", "quà cho hộ nghèo, cận nghèo, khó
# khăn", "học sinh khó khăn" name who was helped, not a difficulty of the period.
_NEEDY = re.compile(
    r"\b(?:hộ|hộ dân|gia đình|đối tượng|học sinh|sinh viên|trẻ em|thanh niên|người dân|người cao tuổi|nghèo|cận nghèo)"
    r"(?:\s+(?:có|đặc biệt|rất))*\s*,?\s+$",
    re.IGNORECASE,
)


# The people a gift or aid went to, their hardship said after them: "trao tặng 4342 phần quà cho hội viên
# phụ nữ khó khăn", "trao trực tiếp cho hơn 1.400 hộ dân gặp khó khăn do mưa lũ", "chính sách hỗ trợ người
# dân gặp khó khăn do dịch" (or the firms: "hỗ trợ người dân và doanh nghiệp gặp khó khăn"): a giving verb or "cho", then the people, then (có hoàn cảnh, gặp, bị) the
# hardship. "còn", "vẫn", "nhưng" between them turn to a difficulty of the work ("hỗ trợ cho dự án còn
# gặp khó khăn"). Lower case; the window before the hardship is bounded, so the search is too.
_GIVEN_TO = re.compile(
    r"\b(?:cho|hỗ trợ|tặng|trao|giúp đỡ|đỡ đầu|thăm hỏi|chăm lo|rà soát)\s(?:(?!còn\b|vẫn\b|nhưng\b)(?:[^.;:]|\.(?=\d))){0,50}?"
    r"\b(?:hộ|người|hội viên|đoàn viên|học sinh|sinh viên|cháu|em|trẻ|trẻ em|gia đình|đối tượng|trường hợp|phụ nữ"
    r"|thanh niên|thiếu nhi|lao động|nạn nhân|bà con|nhân dân|công nhân|cựu chiến binh|doanh nghiệp|hộ kinh doanh|hợp tác xã)"
    r"(?:\s+[^\W\d_]+){0,2}?(?:\s+(?:có|hoàn cảnh|gặp|bị|đang|rất|đặc biệt))*\s+$"
)


# The difficulties named with the advantages, as one matter: "các ngành nêu những khó khăn, thuận lợi …",
# "đánh giá những thuận lợi và khó khăn": a review of both, which announces neither.
_WITH_ADVANTAGES_AFTER = re.compile(r"\s*(?:,|và)\s*thuận lợi\b", re.IGNORECASE)
_WITH_ADVANTAGES_BEFORE = re.compile(r"\bthuận lợi\s*(?:,|và)\s*$", re.IGNORECASE)


def overcome_or_faced(text: str, at: int) -> bool:
    """Whether the "khó khăn" at `at` is overcome or faced, or what a beneficiary is, or named with the
    advantages: not reported as a shortcoming."""
    before = text[max(0, at - 40) : at]
    here = text[at : at + 8].lower()
    if here == "khó khăn" and (_WITH_ADVANTAGES_AFTER.match(text, at + 8) or _WITH_ADVANTAGES_BEFORE.search(before)):
        return True
    needy = here == "khó khăn" and _NEEDY.search(before) is not None
    helped = here.startswith(("gặp", "khó khăn")) and _HELPED.search(before) is not None
    given = here.startswith(("gặp", "khó khăn")) and _GIVEN_TO.search(text[max(0, at - 70) : at].lower()) is not None
    return needy or helped or given or _OVERCOME_OR_FACED.search(before) is not None


# "… gặp không ít khó khăn. Tuy nhiên, với sự quan tâm …, Đảng bộ xã đã … đạt nhiều kết quả": "however,
# with (thanks to, by) …" turns from a difficulty back to what was done.
_TURNS_TO_RESULTS = re.compile(r"^\W*(?:tuy nhiên|tuy vậy|song|nhưng)\s*,?\s+(?:với|nhờ|bằng|dưới)\s")


# The difficulties of the period told with their cause, as the setting the next sentence turns from: "…, toàn huyện
# triển khai nhiệm vụ trong bối cảnh có rất nhiều khó khăn do ảnh hưởng nghiêm trọng của đại dịch Covid-19 và tình
# hình thiên tai, lũ lụt. Tuy nhiên, vượt qua những khó khăn …, … đạt được những kết quả quan trọng." (lower case)
# ("… trong bối cảnh tình hình kinh tế - xã hội gặp một số khó khăn nhất định. Nhưng với sự chủ động …")
_CAUSED_HARDSHIP = re.compile(
    r"\bkhó khăn,?\s+(?:do|bởi)\s|\bảnh hưởng\s+(?:nghiêm trọng|nặng nề|lớn)\s+(?:của|từ)\s"
    r"|\b(?:gặp|có|còn)\s+(?:rất\s+)?(?:nhiều|một số|không ít)\s+khó khăn\b"
    # (or what the unit bore: "trên địa bàn huyện gánh chịu các đợt thiên tai do mưa lũ, và dịch bệnh …")
    r"|\b(?:gánh chịu|hứng chịu)\s[^.;]{0,30}?\b(?:thiên tai|mưa lũ|lũ lụt|bão|hạn hán|dịch)\b"
)
# (or faces them first: "Trước những khó khăn, trở ngại cho nền kinh tế, song Ban Chấp hành … đã …")
_TURN_OVERCOMES = re.compile(
    r"^\W*(?:(?:tuy nhiên|tuy vậy|song|nhưng)\s*,?\s+(?:với|nhờ|bằng|dưới|vượt qua)\s"
    r"|trước (?:những |các )?(?:khó khăn|thách thức)\b[^.;]{0,60}?,\s*(?:song|nhưng)\s)"
)


def conceded_before(sentence: str, following: str) -> bool:
    """Whether a sentence tells the period's difficulties with their cause, and the one after it turns from them
    to what was done despite them: the difficulties are a shortcoming the next sentence concedes."""
    return bool(_CAUSED_HARDSHIP.search(lower_in_place(sentence))) and bool(_TURN_OVERCOMES.match(lower_in_place(following)))


def turns_to_results(sentence: str, shortfall: re.Pattern[str]) -> bool:
    """Whether a sentence opening on "tuy nhiên" turns to results, not to a shortcoming: its contrast
    is followed by the means of success, and nothing in it falls short (`shortfall`, lower case)."""
    low = lower_in_place(sentence)
    return _TURNS_TO_RESULTS.match(low) is not None and shortfall.search(low) is None


# "Tuy nhiên, dịch bệnh đã ảnh hưởng đến tình hình phát triển kinh tế - xã hội": a sentence that opens on the
# contrast and names a hardship the period met, told after results, is a shortcoming (not when it turns back to
# results, "Tuy nhiên, với sự …", concedes one, "Tuy nhiên, dù …, … vẫn …", or names a figure reached).
_CONTRAST_OPENS = re.compile(r"^\W*(?:tuy nhiên|tuy vậy|song|nhưng)\s*,?\s+")
_REACHED_ANYWAY = re.compile(r"\b(?:đạt|vượt|hoàn thành|tăng trưởng)\b")


def contrasts_hardship(sentence: str) -> bool:
    low = lower_in_place(sentence)
    m = _CONTRAST_OPENS.match(low)
    if m is None or _TURNS_TO_RESULTS.match(low) or concession(low, m.end(), len(low)) or _REACHED_ANYWAY.search(low):
        return False
    hardship = _HARDSHIP.search(low, m.end())
    return hardship is not None and not overcome_or_faced(sentence, hardship.start())


def falls_short(sentence: str, shortfall: re.Pattern[str]) -> bool:
    """Whether a sentence says something fell short: a `shortfall` phrase (lower case) that is not a difficulty
    faced, overcome or conceded ("trong bối cảnh còn nhiều khó khăn, … đã hoàn thành …", "mặc dù gặp
    nhiều khó khăn, nhưng … đạt nhiều kết quả: …" report results)."""
    low = lower_in_place(sentence)
    found = list(shortfall.finditer(low))
    if not found:  # (most sentences: no need to look for a concession)
        return False
    conceded = conceded_difficulty(sentence, 0, len(sentence)) or (0, 0, 0)
    return any(
        not conceded[0] <= m.start() < conceded[1] and not overcome_or_faced(sentence, m.start())
        and _REMEDIED.match(low, m.end()) is None
        for m in found
    )


def remedied(text: str, at: int) -> bool:
    """Whether the shortfall named just before text[at] is told set right ("tồn tại được kịp thời chấn chỉnh")."""
    return _REMEDIED.match(text[at : at + _REMEDY_REACH].lower()) is not None


_REMEDY_REACH = 120  # characters: more than _REMEDIED can match
# What fell short, then told set right: "Nhiều tồn tại được kịp thời chấn chỉnh, …" (not "chưa được khắc phục",
# "cần được xử lý").
_REMEDIED = re.compile(
    r"[^.;:,]{0,30}?(?<!chưa )(?<!không )(?<!cần )(?<!sẽ )(?<!phải )\b(?:đã )?được\s+(?:kịp thời\s+|cơ bản\s+|từng bước\s+)?"
    r"(?:chấn chỉnh|khắc phục|xử lý|giải quyết|tháo gỡ|sửa chữa)\b"
)  # lower case


def stated_part(lead: str) -> tuple[str, str | None]:
    """The part of a lead whose cue words announce a category, and the category its structure
    gives when no cue word is left: a concession's main clause is a result. What follows the
    first request verb is the request's content: it ends the lead ("đề nghị trên cơ sở các kết
    quả đã đạt được, … cần …" asks; it reports nothing)."""
    ask = _ASK.search(lead)
    if ask is not None:
        lead = lead[: ask.end()]
    lead, conceded = _without_concession(lead)
    return lead, "achievements" if conceded else None


# What the meeting did, in one breath: it reviewed a period and set out the next one's tasks ("… tổ chức
# đánh giá kết quả năm 2025 và xác định phương hướng, nhiệm vụ năm 2026", "giao ban đánh giá … triển
# khai nhiệm vụ tháng 10"). Its plan words announce no tasks.
_REVIEW_AND_PLAN = re.compile(
    # (a meeting's name may join its two halves by a semicolon: "tổng kết công tác năm 2025; triển khai nhiệm vụ …")
    # ("điểm lại kết quả … tháng 01/2024, triển khai Chương trình công tác năm 2024 …": the year's programme)
    # (a stray comma after the verb: "hội nghị tổng kết công tác năm 2025, triển khai, nhiệm vụ năm 2026")
    r"\b(?:đánh giá|sơ kết|tổng kết|kiểm điểm|điểm lại)\b[^.;:]{0,200}?(?:;\s*)?\b(?P<plan>triển khai|xác định|bàn|đề ra|thảo luận),?\s+"
    # ("tổng kết công tác công an năm 2021 và triển khai công tác năm 2022": the work of the next period)
    r"(?:các\s+|những\s+)?(?:phương hướng|nhiệm vụ|chỉ tiêu|mục tiêu|giải pháp|công tác|kế hoạch|chương trình (?:công tác|hành động|làm việc))"
    # a working session about the period and the plan: "… có buổi làm việc với Ban Thường vụ Đảng ủy xã về tình
    # hình hoạt động từ ngày 1-7-2025 đến nay và phương hướng, nhiệm vụ năm 2026"
    r"|\blàm việc với\b[^.;:]{0,160}?\bvề (?:tình hình|kết quả)\b[^.;:]{0,200}?\bvà (?:phương hướng|nhiệm vụ)\b"
    # the report the meeting heard, by its title: "Thông qua báo cáo công tác 6 tháng đầu năm, triển khai phương hướng
    # nhiệm vụ 6 tháng cuối năm 2020, hội nghị đã …"
    r"|\bbáo cáo (?:công tác|kết quả|tình hình)\b[^.;:]{0,80}?,\s*(?P<titled>triển khai) phương hướng",
    re.IGNORECASE,
)


# The plan a meeting set out, counted: "…, triển khai Chương trình công tác năm 2025 với 20 chỉ tiêu …".
_COUNTED_PLAN = re.compile(r"\b(?:với|gồm|có)\s+\d+\s+(?:nhóm\s+)?(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp)\b[^;]*", re.IGNORECASE)


def counted_plan(sentence: str) -> tuple[int, int] | None:
    """Where the plan of a sentence that describes the meeting starts and its clause ends, when the plan
    counts its targets or tasks: that count is the period's tasks, the rest the meeting's business."""
    m = _REVIEW_AND_PLAN.search(sentence)
    if m is None or m["plan"] is None:
        return None
    end = sentence.find(";", m.end())
    end = len(sentence) if end < 0 else end
    counted = _COUNTED_PLAN.search(sentence, m.end(), end)
    return (m.start("plan"), end) if counted else None


# The meeting's purpose left as a sentence of its own: "Nhằm đánh giá kết quả thực hiện nhiệm vụ … tháng 5".
_PURPOSE = re.compile(r"^\W*nhằm\s+(?:đánh giá|sơ kết|tổng kết|kiểm điểm)\b", re.IGNORECASE)


# The rest of a meeting's name cut off by a full stop: "… tổng kết công tác năm 2025. Triển khai nhiệm vụ
# năm 2026." names what the meeting set out to do, and no task of its own.
_PLAN_NAMED = re.compile(
    r"^\W*(?:và\s+)?(?:triển khai|bàn|xác định|đề ra)\s+(?:các\s+|những\s+)?(?:phương hướng,?\s*)?(?:nhiệm vụ|mục tiêu|giải pháp)"
    r"[^.;:,]{0,40}\W*$",
    re.IGNORECASE,
)


def names_a_plan(sentence: str) -> bool:
    """Whether a sentence is only the name of what a meeting planned, with nothing said of it."""
    return _PLAN_NAMED.search(sentence) is not None


def describes_meeting(sentence: str) -> bool:
    """Whether a sentence says what the meeting reviewed and planned, and asks nothing itself."""
    return (_REVIEW_AND_PLAN.search(sentence) is not None or _PURPOSE.search(sentence) is not None) and _ASK.search(
        sentence
    ) is None


# A request inside a sentence about the meeting: "đánh giá cao …, đồng thời yêu cầu các ngành …",
# "đề nghị trên cơ sở …, Ban Thường vụ cần …".
_MODAL = re.compile(r"\b(?:cần|phải)\b", re.IGNORECASE)
# … or the request verb with the deed asked right after it, the addressee left out (the unit reviewed):
# "ghi nhận những kết quả …, đồng thời đề nghị tiếp tục đổi mới …, nâng cao …" ("đáp ứng yêu cầu nâng cao …",
# "theo yêu cầu …" name a need, not a request)
_ASKED_DEED = re.compile(
    rf"(?<!đáp ứng )(?<!theo )\b(?:yêu cầu|{PROPOSAL})\s+(?:(?:thời gian tới|năm tới|trong thời gian tới),?\s+)?"
    r"(?:tiếp tục|tập trung|đẩy mạnh|tăng cường|chú trọng|quan tâm|nâng cao|đổi mới|phát huy|khẩn trương|đẩy nhanh"
    # "nhấn mạnh yêu cầu đặt nhiệm vụ bảo vệ … lên hàng đầu" ("những yêu cầu đặt ra" is a need)
    r"|đặt(?!\s+ra\b))\b",
    re.IGNORECASE,
)


def request_start(sentence: str, directive: re.Pattern[str]) -> int | None:
    """Where a request starts in a sentence: a request verb with its addressee (`directive`), or
    the first request verb when a "cần"/"phải" follows it; None when the sentence asks nothing."""
    m = directive.search(sentence)
    if m is not None:
        return m.start()
    ask = _ASK.search(sentence)
    if ask is not None and _MODAL.search(sentence, ask.end()):
        return ask.start()
    deed = _ASKED_DEED.search(sentence) if ask is not None else None
    return deed.start() if deed else None


# The future: "sẽ", and a plan stated as expected ("dự kiến tổ chức", "dự kiến hoàn thành trong tháng
# 12"); "dự kiến đạt 105%" estimates a result and is not a plan.
_FUTURE = re.compile(
    # ("sẽ góp phần", "sẽ tạo", "sẽ giúp": what a result will bring, not a plan)
    r"\bsẽ\b(?!\s+(?:góp phần|tạo|giúp|là|mang lại|thúc đẩy|ảnh hưởng|gây)\b)|\b(?:dự kiến|dự định|chuẩn bị)\s+(?:sẽ\s+)?(?:tổ chức|diễn ra|khởi công|khánh thành|hoàn thành"
    r"|triển khai|thực hiện|đưa vào|bắt đầu|tiến hành|ra mắt|khai trương)\b",
    re.IGNORECASE,
)
# The past and the present perfect mark a result even next to a "sẽ": "đã … và sẽ …".
_DONE = re.compile(r"\b(?:đã|được|đạt|hoàn thành)\b", re.IGNORECASE)


_PAST = re.compile(r"\bđã\b", re.IGNORECASE)


def done(sentence: str) -> bool:
    """Whether a sentence says something was done ("đã")."""
    return _PAST.search(sentence) is not None


# What must be done: "để hoàn thành …, huyện cần tập trung …", "các xã phải khẩn trương …".
_OBLIGATION = re.compile(
    r"\b(?:cần|phải)\s+(?:(?:được|sớm|kịp thời|đặc biệt)\s+)?(?:tập trung|tiếp tục|đẩy mạnh|tăng cường|chú trọng|quan tâm"
    r"|triển khai|thực hiện|khẩn trương|nâng cao|làm tốt|rà soát|chỉ đạo|hoàn thành|bám sát|đẩy nhanh|huy động|chủ động"
    # ("phường phải phân tích được lợi thế …", "cần nỗ lực hơn trong giải ngân …", "cần xây dựng kế hoạch …")
    r"|phân tích|nỗ lực|xây dựng|quyết liệt|có giải pháp)\b"
    # what a speech stresses must be done, or what the coming year demands: "nhấn mạnh việc thực hiện
    # nghiêm túc …", "đòi hỏi toàn thể cán bộ, đảng viên tiếp tục phát huy …"
    r"|\bnhấn mạnh (?:việc|yêu cầu) (?:phải |cần )?(?:thực hiện|tiếp tục|tập trung|đẩy mạnh|tăng cường|nâng cao)\b"
    r"|\bđòi hỏi\b[^.;:]{0,60}?\b(?:tiếp tục|phải|cần)\b",
    re.IGNORECASE,
)


def obliges(sentence: str) -> bool:
    """Whether a sentence says what must be done ("Hội cần tập trung vào …", "các xã phải khẩn trương …")."""
    return _OBLIGATION.search(sentence) is not None


# A sentence that starts with a speech verb and no subject goes on with what the official just said:
# "(Chủ tịch ghi nhận …). Đồng thời nhấn mạnh, thủ trưởng các cơ quan xây dựng kế hoạch …".
_SPEECH_GOES_ON = re.compile(
    r"^\W*(?:(?:đồng thời|bên cạnh đó|sau đó|cũng)\s*,?\s*)?(?:nhấn mạnh|lưu ý|chỉ đạo|yêu cầu|đề nghị)\b", re.IGNORECASE
)


def continues_speech(sentence: str) -> bool:
    return _SPEECH_GOES_ON.search(sentence) is not None


# A measured outcome: an estimate of what was reached ("ước đạt 22 tỷ đồng") or a comparison with the
# same period of last year ("tăng 13,5% so cùng kỳ"). A plan names targets, never estimates or
# year-on-year changes; "phấn đấu tăng 10% so cùng kỳ" aims.
_MEASURED = re.compile(r"\bước (?:đạt|tính|thực hiện)\b|\bso (?:với )?cùng kỳ\b", re.IGNORECASE)
_AIMS = re.compile(r"\b(?:phấn đấu|mục tiêu|dự kiến)\b", re.IGNORECASE)


# A sentence whose subject strives for something sets a target: "Năm 2023, huyện phấn đấu đạt thêm 3 tiêu
# chí …; các xã đạt bình quân 15 tiêu chí". Not when a result is told before it ("thu ngân sách đạt …,
# phấn đấu …" is split where the aim starts) or the striving is told as done ("đã nỗ lực phấn đấu").
_STRIVES = re.compile(r"^[^.;:]{0,60}?\bphấn đấu\b", re.IGNORECASE)
_TOLD_BEFORE = re.compile(r"\b(?:đã|đạt|hoàn thành|tăng|giảm|được|nỗ lực|tinh thần|sự)\b", re.IGNORECASE)


def strives(sentence: str) -> bool:
    """Whether a sentence's subject strives for a target, with no result told before it."""
    m = _STRIVES.search(sentence) if "hấn đấu" in sentence else None  # (and "Phấn đấu …" opening it)
    return m is not None and _TOLD_BEFORE.search(sentence, 0, m.end() - len("phấn đấu")) is None


def aims(sentence: str) -> bool:
    return _AIMS.search(sentence) is not None


def reports_measured(sentence: str) -> bool:
    """Whether a sentence reports a measured outcome and aims at nothing."""
    return _MEASURED.search(sentence) is not None and _AIMS.search(sentence) is None


# An outcome only a result states: a plan exceeded by a measured share ("vượt 257% dự toán"), a figure
# reached "nearly" or "over" ("đạt gần 4,7 tỷ đồng"), a figure said done ("đã giải ngân 25 tỷ đồng").
_OUTCOME = re.compile(
    r"\bvượt\s+(?:gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%\s*(?:so với\s+)?(?:dự toán|kế hoạch|chỉ tiêu|nghị quyết)"
    r"|\bđạt\s+(?:gần|hơn)\s+\d|\bđã\b[^.;:]{0,60}?\d",
    re.IGNORECASE,
)
# The period's tasks reported done: "…, hoàn thành khá tốt các nhiệm vụ, chỉ tiêu đề ra, cụ thể: …" (its plan words
# name what was set, not what is to come).
_COMPLETED = re.compile(
    r"\b(?:đã\s+)?hoàn thành\s+(?:(?:khá |rất |cơ bản |)tốt\s+|xuất sắc\s+|)(?:các\s+|những\s+|toàn bộ\s+|)(?:mục tiêu,?\s*)?"
    r"(?:nhiệm vụ|chỉ tiêu)\b[^.;:]{0,30}?\bđề ra\b",
    re.IGNORECASE,
)


def reports_completion(lead: str) -> bool:
    return "hoàn thành" in lead and _COMPLETED.search(lead) is not None and not plans_ahead(lead)


# A standing count told in the reporter's voice: "Đảng bộ xã hiện có 30 tổ chức cơ sở Đảng với 655 đảng viên".
_STANDING = re.compile(r"\bhiện (?:nay )?có\s+(?:tổng số\s+)?\d", re.IGNORECASE)


def reports_outcome(sentence: str) -> bool:
    """Whether a sentence reports a result of the period (measured, exceeded, reached) and plans nothing."""
    return (
        (
            reports_measured(sentence)
            or _OUTCOME.search(sentence) is not None
            or ("hiện" in sentence and _STANDING.search(sentence) is not None)
        )
        and _AIMS.search(sentence) is None
        and not plans_ahead(sentence)
    )


# "Trước mắt, …" ("for the time just ahead"): what to do first in the coming period. A sentence that opens
# on the time still ahead frames a plan the same way: "Trong những tháng còn lại của năm 2023, huyện tiếp tục
# …", "Thời gian tới, …", "Từ nay đến cuối năm, …", "Những tháng cuối năm, …" (not "6 tháng cuối năm 2023, …
# đã …", which a review of the year tells: see opens_ahead).
# The time ahead, and its variant of the centre ("Trong thời gian đến, Hội tiếp tục …"; not "thời gian đến năm 2030").
TIME_AHEAD = r"thời gian (?:tới|đến(?!\s*(?:năm|ngày|tháng|hết|nay|cuối|\d)))|(?:thời gian|giai đoạn|thời kỳ) tiếp theo"
# The time left of the year is ahead however it is counted: "những tháng còn lại", "2 tháng còn lại của năm 2023",
# "hai tháng còn lại", "quý IV còn lại", "thời gian còn lại của năm" (what is left is never past).
_LEFT_COUNT = r"(?:những|các|mấy|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một)?)"
_AHEAD = re.compile(
    r"^\W*(?:trước mắt\b|(?:trong\s+)?(?:(?:những|các|mấy)\s+tháng\s+cuối năm|" + TIME_AHEAD + r"|(?:quý|năm|tháng) tới"
    rf"|(?:{_LEFT_COUNT}\s+)?(?:tháng|quý(?:\s+(?:IV|III|II|[2-4]))?)\s+(?:cuối\s+)?còn lại|thời gian còn lại"
    r"|(?:từ nay|từ giờ)\s+(?:đến|tới|cho đến)\s+cuối năm)\b)",
    re.IGNORECASE,
)
# … and the last months counted ("2 tháng cuối năm", "hai tháng cuối năm 2023"), which a review of the year may
# tell as done ("6 tháng cuối năm, huyện đã …"): ahead only in a sentence that tells nothing done.
_LAST_MONTHS = re.compile(
    rf"^\W*(?:trong\s+)?{_LEFT_COUNT}\s+(?:tháng|quý)\s+cuối(?:\s+của)?\s+năm\b", re.IGNORECASE
)


def opens_ahead(sentence: str) -> bool:
    """Whether a sentence opens on the time still ahead and tells nothing done: a paragraph of plans."""
    return (_AHEAD.search(sentence) is not None or _LAST_MONTHS.search(sentence) is not None) and _PAST.search(
        sentence
    ) is None
# "Trên cơ sở đó, đề ra nhiệm vụ, giải pháp …": tasks set out for the period to come, whatever tense
# the setting out is told in; not the meeting's purpose ("nhằm đánh giá … và đề ra phương hướng …").
# "Những tháng cuối năm, huyện xác định 17 nhóm nhiệm vụ, giải pháp …" sets them out the same way.
_SETS_OUT = re.compile(
    r"\b(?:đề ra|đưa ra|xác định|thống nhất) (?:các |những |\d+ )?(?:nhóm )?(?:nhiệm vụ|giải pháp|phương hướng|định hướng)\b", re.IGNORECASE
)
_AIMED_AT = re.compile(r"\b(?:nhằm|để|đánh giá)\b", re.IGNORECASE)


def sets_out_tasks(sentence: str) -> bool:
    """Whether a sentence sets out tasks for the period to come ("Hội nghị đã thảo luận, đề ra nhiệm vụ …")."""
    m = _SETS_OUT.search(sentence) if "ề ra" in sentence or "đưa ra" in sentence or "xác định" in sentence or "thống nhất" in sentence else None  # (a plain prefilter: most have none)
    return m is not None and _AIMED_AT.search(sentence, 0, m.start()) is None


# "… năm 2026 xã tiếp tục đề ra các chỉ tiêu như: …": the targets set for a period (to come, the caller checks).
_SETS_TARGETS = re.compile(r"\b(?:đề ra|xác định|giao) (?:các |những |\d+ )?(?:nhóm )?(?:chỉ tiêu|mục tiêu)\b", re.IGNORECASE)


def sets_out_targets(lead: str) -> bool:
    return _SETS_TARGETS.search(lead) is not None and _AIMED_AT.search(lead) is None


# The meeting voted or agreed on the plan itself: "Hội nghị đã nhất trí thông qua phương hướng, nhiệm vụ năm 2025 với
# các mục tiêu trọng tâm, như …", "các đại biểu đã thảo luận, thống nhất phương hướng, nhiệm vụ năm 2026 với mục tiêu
# tiếp tục nâng cao …" (what it names are the tasks, though no verb of theirs is in the future).
_ADOPTS = re.compile(r"\b(?:thông qua|thống nhất) (?:các |những )?(?:phương hướng|nhiệm vụ)\b", re.IGNORECASE)


def adopts_tasks(sentence: str) -> bool:
    return ("thông qua" in sentence or "thống nhất" in sentence) and _ADOPTS.search(sentence) is not None


# A result conceded to leave problems that need work: "… là khả quan, nhưng có những vấn đề cần được tiếp tục
# xem xét": a shortcoming hinted, not a task set (its "cần" is the problems')
_PROBLEMS_REMAIN = re.compile(
    r"\b(?:nhưng|song|tuy nhiên),?\s+(?:vẫn\s+)?(?:còn\s+)?có\s+(?:những|một số|nhiều)\s+vấn đề\b[^.;,]{0,20}?\bcần\b", re.IGNORECASE
)


def problems_remain(sentence: str) -> bool:
    return "vấn đề" in sentence and _PROBLEMS_REMAIN.search(sentence) is not None


def plans_ahead(sentence: str) -> bool:
    """Whether a sentence states a plan or a duty, not a result: its verb is in the future and
    nothing before that verb says something was done, or it says what must be done."""
    m = _FUTURE.search(sentence)
    return (
        (m is not None and not _DONE.search(sentence, 0, m.start()))
        or _OBLIGATION.search(sentence) is not None
        or _AHEAD.search(sentence) is not None
        or sets_out_tasks(sentence)
    )


# A list of tasks named as such only at its end: "Tập trung …. Nâng chất …. Tăng cường …, phòng chống ma
# túy là những nhiệm vụ trọng tâm trong tháng 8 vừa được Chủ tịch UBND huyện chỉ đạo …": every sentence
# of the paragraph up to " là những nhiệm vụ" is a task, though none says so.
_NAMED_AS_TASKS = re.compile(r"\s+là\s+(?:một trong\s+)?(?:những|các)\s+(?:nhiệm vụ|công việc|việc|giải pháp|mục tiêu)\b")


# The same label said of what came before by a pronoun: "Đó là nhiệm vụ mà thành phố đã xác định tại cuộc
# họp …", "Đây là những nhiệm vụ trọng tâm …": the sentence itself holds no task.
_LABELS_TASKS = re.compile(r"^\W*(?:đó|đây)\s+là\s+(?:những\s+|các\s+)?(?:nhiệm vụ|công việc|việc|giải pháp)\b")


def named_as_tasks(sentence: str) -> int | None:
    """Where " là những nhiệm vụ …" starts in a sentence that names what comes before it as tasks, or
    None ("… là những nhiệm vụ đã hoàn thành" names results); 0 for a sentence that is only that label."""
    if " là " not in sentence:  # (a plain prefilter: most sentences have none)
        return None
    low = lower_in_place(sentence)
    if _LABELS_TASKS.match(low):
        return 0
    m = _NAMED_AS_TASKS.search(low)
    return m.start() if m and _PAST.search(low, m.end()) is None else None


# A leader's instruction given at the meeting: "Lãnh đạo UBND huyện chỉ đạo các ngành chuyên môn vận
# động …", "Chủ tịch UBND huyện chỉ đạo các xã …". With "đã" before it, it reports work of the period
# ("Bí thư đã chỉ đạo các địa phương …").
_INSTRUCTS = re.compile(
    r"^\W*(?:lãnh đạo|chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|đồng chí)\b[^.;:]{0,80}?\bchỉ đạo\s+"
    r"(?:các|cơ quan|phòng|ngành|đơn vị|xã|phường|địa phương|ubnd)\b"
    # … or the hope an official voices for the time ahead: "Đồng chí … mong rằng, thời gian tới các cấp hội tiếp tục …"
    r"|^\W*(?:lãnh đạo|chủ tịch|phó chủ tịch|bí thư|phó bí thư|thường trực|đồng chí)\b[^.;:]{0,80}?\b(?:mong (?:muốn )?rằng|mong muốn)\b",
    re.IGNORECASE,
)


def instructs(sentence: str) -> bool:
    m = _INSTRUCTS.search(sentence)
    return m is not None and _PAST.search(sentence, 0, m.end()) is None
