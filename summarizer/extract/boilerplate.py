"""Which sentences of an article are items at all: what is about the meeting itself (its agenda,
who attended, awards handed out, how it was held), captions and headings, and the pieces a cut or
a scrape leaves (the half word at the end of an excerpt, a lead paragraph printed twice)."""

from __future__ import annotations

import re

# The meeting's own business, written in the genre's few ways: what it heard or passed ("các đại
# biểu đã nghe báo cáo…", "Hội nghị thông qua các dự thảo: …"), who attended ("Dự hội nghị có các
# đồng chí: …", "… đến dự"), the awards handed out ("trao Bằng khen cho các tập thể"), and how it
# was held ("được tổ chức trực tuyến đến 20 điểm cầu").
_REPORT_NOUN = r"(?:dự thảo|báo cáo|tờ trình|chương trình|nghị quyết|danh mục|đề án|kế hoạch|quy chế|nội dung)"
_MEETING_BUSINESS = re.compile(
    # heard or passed: the meeting (or its delegates) as subject, a report as object
    rf"(?:hội nghị|đại biểu|cuộc họp|phiên họp|chương trình họp)\b[^.;:]{{0,60}}?"
    rf"\b(?:nghe|thông qua|cho ý kiến|góp ý|xem xét)\s+(?:\S++\s+){{0,5}}?(?:các\s+|những\s+|một số\s+)?{_REPORT_NOUN}"
    # or lists it: "Nội dung hội nghị gồm: Báo cáo …"
    rf"|(?:hội nghị|cuộc họp|phiên họp)\b[^.;:]{{0,40}}?\bgồm\b:?\s*(?:\S++\s+){{0,3}}?{_REPORT_NOUN}"
    # attended
    r"|\b(?:tham dự|về dự|đến dự|cùng dự|dự và chỉ đạo|dự chỉ đạo)\b"
    # spoke or submitted at it: "đã tham luận, chia sẻ kinh nghiệm", "những nội dung trình hội nghị"
    r"|\btham luận\b|\btrình (?:hội nghị|kỳ họp|cuộc họp)\b"
    r"|^(?:\S++\s+){0,2}?(?:dự|chủ trì) (?:hội nghị|cuộc họp|phiên họp) có\b"
    # awards
    r"|\b(?:trao|tặng|nhận)\s+(?:tặng\s+)?(?:\S++\s+){0,2}?(?:bằng khen|giấy khen|cờ thi đua|huân chương|huy chương|kỷ niệm chương)"
    r"|\bkhen thưởng\s+(?:cho\s+)?(?:các\s+|\d+\s+)?(?:tập thể|cá nhân)"
    # held online
    r"|tổ chức (?:theo hình thức )?trực tuyến|\bđiểm cầu\b",
)
# What an official says: a sentence that has it is a speech, whatever meeting words it holds.
_SPEECH = re.compile(r"\b(?:yêu cầu|đề nghị|nhấn mạnh|lưu ý|chỉ đạo các|giao)\b")


def is_meeting_business(sentence: str) -> bool:
    """A sentence about the meeting's agenda, attendance, awards or form: not a fact reviewed."""
    low = sentence.lower()  # (the patterns are lower case: faster than matching ignoring case)
    return bool(_MEETING_BUSINESS.search(low)) and not _SPEECH.search(low)


# After "… nghe báo cáo tình hình …", the rest of the agenda in the paragraph: sentences that name a
# report and report no result ("Báo cáo tổng kết công tác kiểm tra, giám sát năm 2023.").
_AGENDA_ITEM = re.compile(rf"^(?:[-–+•]\s*)?{_REPORT_NOUN}\b|^quyết toán\b", re.IGNORECASE)
_RESULT = re.compile(r"\b(?:đạt|tăng|giảm|vượt|được|hoàn thành|có)\b", re.IGNORECASE)


def is_agenda_item(sentence: str) -> bool:
    return bool(_AGENDA_ITEM.match(sentence)) and not _RESULT.search(sentence)


# A photo caption left in the text, or the meeting's name as a subheading: a line with no full stop
# that names the meeting ("Hội nghị lần thứ mười bảy Ban Chấp hành Đảng bộ huyện …").
_UNTERMINATED = re.compile(r"[^.!?…:;\"”»')]$")
_NAMES_MEETING = re.compile(r"\b(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b", re.IGNORECASE)


def is_caption_line(line: str) -> bool:
    return len(line.split()) <= 30 and bool(_UNTERMINATED.search(line)) and bool(_NAMES_MEETING.search(line))


_ASIDE = re.compile(r"\([^()]{0,60}\)")


def paragraph_key(line: str) -> str:
    """What two printings of one paragraph share: a lead repeated with "(Khánh Hòa)" added is one."""
    return " ".join(_ASIDE.sub("", line).lower().split())


# --- the end of an excerpt cut mid-word -------------------------------------------------------

_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_LAST_WORD = re.compile(r"\s(\S+)$")


def complete_end(text: str) -> int:
    """Where the text's last complete word ends: before a half word the excerpt was cut in ("tiến đ",
    "đề n": no Vietnamese syllable lacks a vowel); the end of the text when nothing is cut."""
    tail = text[-40:]
    m = _LAST_WORD.search(tail)
    if not m or _VOWEL.search(m.group(1)) or not m.group(1)[-1].isalpha():
        return len(text)
    return len(text) - len(tail) + m.start()


# A sentence cut before it says anything: only its frame, "Phát biểu kết luận Hội nghị, đồng chí …".
_FRAME = re.compile(r"^(?:phát biểu|kết luận|thay mặt|tại hội nghị|theo)\b", re.IGNORECASE)


def is_bare_frame(piece: str) -> bool:
    """A piece cut short before it says anything: only its frame, or a few words ("Đẩy nhanh tiến")."""
    return len(piece.split()) < 5 or (bool(_FRAME.match(piece)) and not _SPEECH.search(piece.lower()))


# A piece of a semicolon list that only goes on counting: "…nâng cấp 19 phòng học; 1 nhà văn hóa xã,
# 19 nhà văn hóa thôn…" has no verb of its own, and belongs to the piece before.
_VERB = re.compile(r"\b(?:đạt|được|có|tăng|giảm|vượt|hoàn thành|là|còn|chưa|không|bị|đã|đang|sẽ)\b", re.IGNORECASE)


def only_counts(piece: str) -> bool:
    return piece[:1].isdigit() and not _VERB.search(piece)
