"""Vietnamese text: normalization, scraping-noise removal, sentences, and numbers both ways."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

# --- normalization ---------------------------------------------------------------------------

# (with the separators \x1c-\x1f and \x85, which regexes also take for spaces: the text then never
# has two spaces in a row, so no `\s+` in a pattern is tried again along a long run of them)
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v\x1c-\x1f\x85]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r" {2,}")


def normalize(raw: str) -> str:
    """NFC, one kind of space, no invisible characters, one paragraph per line, no blank lines."""
    text = unicodedata.normalize("NFC", raw)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement: fold to the new one for matching only.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_BASE_TONED = {"o": "òóỏõọ", "u": "ùúủũụ"}
_FOLD = {}
for _glide, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _i, _ch in enumerate(_TONED[_second]):
        _FOLD[_glide + _ch] = _BASE_TONED[_glide][_i] + _second
_FOLD_RE = re.compile(r"(?<![qQ])(" + "|".join(_FOLD) + r")(?!\w)", re.IGNORECASE)
# The same for text already lower case: without IGNORECASE, 2.6 times faster (a large digest matches
# every item's words; bench/digest_size.py).
_FOLD_LOWER_RE = re.compile(r"(?<!q)(" + "|".join(_FOLD) + r")(?!\w)")


def lower_in_place(text: str) -> str:
    """`text` in lower case, each character where it was, so a match's offsets hold in `text` too
    (str.lower turns a few letters into two, "İ" among them; those keep their case here). Patterns
    written in lower case and run on this are 2-3 times faster than IGNORECASE on Vietnamese."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold_tones(text: str) -> str:
    """Move the tone of open 'oa', 'oe', 'uy' syllables to the first vowel: 'hoà' -> 'hòa'.

    'quý' is left alone: after 'q' the 'u' is part of the consonant and both styles agree.
    """

    def swap(m: re.Match) -> str:
        pair = m.group(1)
        new = _FOLD[pair.lower()]
        if pair.isupper():
            return new.upper()
        return new[0].upper() + new[1:] if pair[0].isupper() else new

    return _FOLD_RE.sub(swap, text)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex group matching what the alternation of the literal `phrases`, longest first, matches:
    written as a trie, so that each character is tried once where a phrase may start, not once per
    phrase (sre tries the branches of an alternation one by one). Where a phrase ends, a longer one
    is tried first, so a lookahead after the group may still fall back to the shorter one."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> str:
        alternatives = [re.escape(ch) + branches(child) for ch, child in node.items() if ch]
        if "" in node:
            alternatives.append("")  # the phrase ending here, after every longer one
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return "(?:" + branches(trie) + ")"


def phrases(*parts: str | tuple[str, ...]) -> list[str]:
    """Every phrase made of one choice from each part (a string is its only choice):
    phrases(("đánh giá", "sơ kết"), " ", ("tình", "kết")) -> ["đánh giá tình", "đánh giá kết", "sơ kết tình", …]."""
    return ["".join(choice) for choice in product(*((part,) if isinstance(part, str) else part for part in parts))]


# Place names of the Central Highlands are written Đắk, Đăk or Đak ("Đak Pơ", "Đăk Pơ"): one spelling.
_DAK = re.compile(r"(?<!\w)đ[aăắ]k(?!\w)")


def match_key(text: str) -> str:
    """The form two texts are compared in: NFC, casefolded, one tone style, one spelling of Đắk,
    spaces collapsed."""
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(_DAK.sub("đăk", _FOLD_LOWER_RE.sub(lambda m: _FOLD[m.group(1)], text)).split())


# --- scraping noise --------------------------------------------------------------------------

_NOISE_LINE = re.compile(
    r"""^(?:
        \d{1,3}                                   # stray image number
      | (?:\d{1,2}:\d{2}\s*/\s*)?\d{1,2}:\d{2}     # media player "0:00 / 0:00"
      | (?:xem\ thêm|tin\ liên\ quan|bài\ liên\ quan|tin\ khác|tin\ cùng\ chuyên\ mục|chia\ sẻ|in\ bài
         |bình\ luận|nghe\ đọc\ bài(?:\ viết)?|nghe\ bài\ viết|skip\ to\ main\ content|chuyển\ đến\ nội\ dung\ chính
         |lên\ đầu\ trang|quay\ lại|facebook|zalo|twitter|share|tweet|email|in)\W*
      | (?:\|\s*)?lượt\ (?:xem|truy\ cập)\s*:?\s*[\d.,]*   # "Lượt xem: 274", "| Lượt xem:" (its count on the next line)
      | (?:cập\ nhật|ngày\ đăng|đăng\ lúc|đăng\ ngày)\s*:?.{0,30}             # "Cập nhật: 10/07/2024 08:15"
      # the post's byline, its fields run on one line: "Tác giả: Nguyễn Văn A .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt."
      | (?=.{0,160}$)(?:[^:\n]{0,60}?(?:tác\ giả|người\ đăng|ngày\ đăng|cập\ nhật|lượt\ xem|lượt\ truy\ cập)\s*:){2}.*
      | (?:[-–•]\s*)?(?:thứ\ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\ nhật),?\s+(?:ngày\ )?\d{1,2}/\d{1,2}/\d{4}.{0,20}  # date bar ("- Thứ Tư, 11/08/2021, 06:30")
      | [^|]{0,40}(?:\s\|\s[^|]{0,40}){2,}     # "Trang chủ | Giới thiệu | Tin tức", "Lượt xem: 274 | In bài viết"
      | (?:trang\ chủ|tìm\ kiếm)\W*
      | a[-+]?(?:\ a[-+]?){1,2}|(?:xem\ với\ )?cỡ\ chữ\W*.{0,20}  # the text size widget: "A A", "A- A+", "Xem với cỡ chữ"
      # the site's own words in English, no letter of Vietnamese in them: "Are you sure that you want to switch to desktop version?"
      | (?=[\x20-\x7e]{12,200}$)(?=.*\b(?:you|your|the|and|to|of|is|are|this|that|version|click|here)\b)[^\W\d_]+(?:\W+[^\W\d_]+){3,}\W*
      | \(?ảnh\s*:[^.]{0,80}\)?\.?                 # "Ảnh: Minh Thu"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_VIEWS_LABEL = re.compile(r"(?:\|\s*)?lượt (?:xem|truy cập)\s*:?", re.IGNORECASE)
_COUNT = re.compile(r"[\d.,]+")
_CAPTION_START = re.compile(
    # ("Thừa ủy quyền, đồng chí … trao …": who handed the awards, under their photo)
    r"^(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu|lãnh đạo|đồng chí|các đồng chí|thừa (?:ủy|uỷ) quyền)\b", re.IGNORECASE
)
# (a table cell's bar may be left after it: "… dịch tả heo châu Phi. Ảnh minh họa |")
# (the credit's word "ảnh" standing alone, not ending "hình ảnh" or opening "ảnh hưởng": "… tạo điểm nhấn cho hình ảnh
# địa phương." is a sentence; and the wide shot, "Toàn cảnh hội nghị", "Quang cảnh kỳ họp.", a photo's own title)
_CAPTION_END = re.compile(
    r"[.,]?\s*\(?(?<!\w)(?<!hình )(?<!phản )ảnh(?!\s+hưởng):?\s+[\w\s.,-]{2,40}\)?\.?(?:\s*\|)?$"
    r"|^\s*\(?(?:toàn|quang) cảnh\b[^.]{0,120}\)?\.*\s*$",
    re.IGNORECASE,
)
# Who is pictured speaking, whatever their title: "Bí thư Đảng ủy, Chủ tịch HĐND xã … phát biểu tại kỳ họp."
_CAPTION_SPEAKER = re.compile(
    r"\bphát biểu(?:\s+(?:khai mạc|bế mạc|chỉ đạo|kết luận|tham luận|chào mừng|ý kiến|thảo luận))?(?:\s+tại)?"
    r"\s+(?:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi làm việc|đại hội)\.?$",
    re.IGNORECASE,
)
_NOT_CAPTION = re.compile(r"\b(?:yêu cầu|đề nghị|nhấn mạnh|đã tổ chức|tổ chức hội nghị)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;]")


# A caption that says it is one ("Ảnh. Chủ tịch UBND huyện phát biểu"), or what is left of a picture:
# its file name alone on a line, letters and digits ("gb2", "anh_01"; not a word of a wrapped line).
# (or the title of a gallery: "Một số hình ảnh tại kỳ họp thứ tám", "Hình ảnh tại hội nghị")
_PHOTO = re.compile(
    r"^ảnh\s*[.:]\s|^(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{2,12}$|^(?:một số )?hình ảnh (?:tại|về|của)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _is_credited_photo(line: str) -> bool:
    return len(line) <= 160 and bool(_CAPTION_END.search(line) or _PHOTO.match(line.strip()))


def _is_caption(line: str) -> bool:
    """A photo caption: a short line ending in "Ảnh: …", or one sentence about who is pictured."""
    if len(line) > 160:
        return False
    if _is_credited_photo(line):
        return True
    if ";" in line or ":" in line:
        return False
    single_sentence = not re.search(r"[.!?]\s+\w", line.rstrip("."))
    pictured = _CAPTION_START.match(line) or _CAPTION_SPEAKER.search(line)
    return single_sentence and bool(pictured) and not _NOT_CAPTION.search(line)


def _is_byline(line: str) -> bool:
    words = line.split()
    return len(line) <= 80 and len(words) <= 10 and not _SENTENCE_END.search(line[-1:]) and line[0].isupper()


# A line that ends the article body: what follows is related links, comments or the site footer.
_BODY_END = re.compile(
    r"^(?:tin liên quan|bài liên quan|tin khác|các tin khác|tin cùng chuyên mục|bài viết cùng chuyên mục|"
    # (the other ways sites head the list: "Tin tức khác", "Các bài viết khác", "Tin bài liên quan", "Tin đã đưa")
    r"(?:các )?tin tức khác|(?:các )?bài viết khác|tin bài (?:khác|liên quan)|tin đã đưa|tin mới hơn|tin cũ hơn|"
    r"ý kiến bạn đọc|bình luận|gửi bình luận|xem thêm|đọc thêm|chia sẻ bài viết|"
    # (a comment form's notice: "Email của bạn sẽ không được hiển thị công khai.")
    r"email của bạn sẽ không được hiển thị công khai\b.*|"
    # a rating widget under the article ("Bài viết hay? Hãy đánh giá bài viết", then its comments)
    r"(?:bài viết hay\W+)?(?:hãy )?đánh giá bài viết)\W*$",
    re.IGNORECASE,
)


# Of those, the ones sites also put inside an article: a box of links between two of its paragraphs.
_INLINE_BOX = re.compile(r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\W*$", re.IGNORECASE)
# A scraped page's publication date above its headline ("date 2025-08-07"), sometimes on a line of its own.
_DATE_HEADER = re.compile(r"\s*date\s+(?:19|20)\d\d-\d\d(?:-\d\d)?(?!\d)")
_PARAGRAPH = 150  # characters: a line this long is a paragraph of the article, not a headline or a link


# The outlet's tag and a dash that open an article's lead paragraph: "(NLĐO) - Bộ máy mới của xã …", "(GLO)- …".
_OUTLET_LEAD = re.compile(r"\([^()\n]{2,30}\)\s*[-–—]\s*\S")


# A unit named, a colon, then what it did, in a line shorter than a paragraph: the headline's form, a stop
# ending it or not ("Huyện Yên Bình: Hoàn thành tốt nhiệm vụ quốc phòng năm 2023.").
_PLACE_HEADLINE = re.compile(
    r"(?:Huyện|Xã|Phường|Thị xã|Thị trấn|Thành phố|TP\.?|Quận|Tỉnh|Đặc khu)\s[^\W\d_][^:;,.]{0,30}:\s+(\w)"
)


# A photo's file name on a line of its own, where a scraper kept the name of an image it could not show.
# (its words may be spaced: "kim bang so ket 6 thang dau nam 2021.jpg")
_IMAGE_FILE = re.compile(r"^\W{0,3}[\w-]+(?: [\w-]+){0,15}\.(?:jpe?g|png|gif|webp)\W{0,3}$", re.IGNORECASE)


def _is_body_line(line: str) -> bool:
    """A sentence of the article (the opening, say), not a headline: many words and a full stop, or
    the lead paragraph that the outlet's tag opens (written without a stop at times)."""
    headline = _PLACE_HEADLINE.match(line) if len(line) < _PARAGRAPH else None
    if headline and headline.group(1).isupper():
        return False
    return len(line.split()) >= 10 and (line.endswith((".", "…", ";", ":")) or _OUTLET_LEAD.match(line) is not None)


def _in_box(line: str, seen: set[str]) -> bool:
    """A line of a box of links: a title (neither a paragraph nor a sentence of the article), or a
    line the article already has (a file that repeats its text after "Xem thêm")."""
    return (len(line) < _PARAGRAPH and not _is_body_line(line)) or match_key(line) in seen


def _body_bounds(lines: list[str]) -> tuple[int, int]:
    """Where the article runs: from its headline (the first real line above the first paragraph that
    is not itself a sentence of the article; site menus and banners above it dropped) to the first
    related-links or comments line that no paragraph of the article follows."""
    first_paragraph = next((i for i, line in enumerate(lines) if len(line) >= _PARAGRAPH), 0)
    # the line above each, past a photo's file name left between ("1784191451547010057.jpg"): one pass
    above_of, last = [], -1
    for i in range(first_paragraph):
        above_of.append(last)
        if not _IMAGE_FILE.match(lines[i]):
            last = i
    start = 0
    for i in range(first_paragraph - 1, -1, -1):
        if _IMAGE_FILE.match(lines[i]):
            continue  # (a photo's file name is no headline)
        above = above_of[i]
        if _is_credited_photo(lines[i]) or (
            above >= 0 and _is_body_line(lines[above]) and (i == first_paragraph - 1 or _is_caption(lines[i]))
        ):
            # a photo credited to its author ("Quang cảnh kỳ họp. Ảnh: …"), or a caption under a short opening
            # sentence ("Ngày 26-9, … tổ chức hội nghị lần thứ 2."): no headline, that sentence is the article's
            continue
        # (a dash is no word: a section label between the headline and the text, "Kinh tế - Đô thị", is no headline)
        if sum(w not in "-–—" for w in lines[i].split()) >= 5 and not _NOISE_LINE.match(lines[i]):
            start = i
            if not _is_body_line(lines[i]):
                break
    end, i, seen = len(lines), start, set()
    while i < len(lines):
        if i < first_paragraph or not _BODY_END.match(lines[i]):
            seen.add(match_key(lines[i]))
            i += 1
            continue
        after = i + 1  # past the box's links
        while after < len(lines) and _in_box(lines[after], seen):
            after += 1
        if after == len(lines) or len(lines[after]) < _PARAGRAPH or not _INLINE_BOX.match(lines[i]):
            end = i
            break
        i = after  # "Xem thêm" inside the article: its paragraphs go on below the box
    return start, end


def strip_noise(text: str, keep_captions: bool = False) -> tuple[str, list[str], list[str]]:
    """Drop captions, widgets, stray numbers, repeated lines and the closing byline.

    Takes normalized text (one paragraph per line) and returns the clean text, the removed lines, and
    warnings (Vietnamese) about what was dropped that looks like the article's own paragraphs.
    The first line left is the headline: widgets go before it, but it is never taken for a caption.
    With `keep_captions`, photo captions stay where they were (they may name the unit; drop_captions
    gives the text without them).
    """
    lines = [part for line in text.split("\n") for part in _unglued(line)]
    start, end = _body_bounds(lines)
    kept: list[str] = []
    removed: list[str] = lines[:start] + lines[end:]
    seen: set[str] = set()
    in_box = False  # inside a box of links ("Xem thêm" and its short lines) between two paragraphs
    captions: dict[str, tuple[int, str]] = {}  # each caption once, with the number of kept lines before it
    counter_next = False  # a view counter's label ends its line: its count is the next one ("| Lượt xem:", "1145")
    for line in lines[start:end]:
        key = match_key(line)
        in_box = bool(_BODY_END.match(line)) or (in_box and _in_box(line, seen))
        noise = in_box or key in seen or _NOISE_LINE.match(line) or _IMAGE_FILE.match(line) or (counter_next and _COUNT.fullmatch(line.strip()))
        counter_next = bool(_VIEWS_LABEL.fullmatch(line.strip()))
        if noise or (kept and _is_caption(line)):
            removed.append(line)
            if keep_captions and not noise:
                captions.setdefault(key, (len(kept), line))
            continue
        seen.add(key)
        kept.append(line)
    warnings = []
    dropped = [line for line in lines[end:] if len(line) >= _PARAGRAPH and match_key(line) not in seen]
    if dropped:
        warnings.append(
            f"đã bỏ {len(dropped)} đoạn văn dài sau dòng «{lines[end]}» (coi là liên kết hoặc bình luận); "
            "nếu đó là nội dung bài viết, hãy xóa dòng này khỏi tệp"
        )
    while len(kept) > 1 and _is_byline(kept[-1]):
        removed.append(kept.pop())
    header = next((m for line in lines[:start] if (m := _DATE_HEADER.match(line))), None)
    if header and kept:  # the page's date on a line of its own above the headline: kept, as pages write it beside it
        kept[0] = f"{header.group().strip()} {kept[0]}"
    for at, line in reversed(captions.values()):
        kept.insert(at, line)
    return "\n".join(kept), removed, warnings


def drop_captions(text: str) -> str:
    """A text strip_noise(…, keep_captions=True) made, without its captions: the text it makes without."""
    lines = text.split("\n")
    return "\n".join(lines[:1] + [line for line in lines[1:] if not _is_caption(line)])


# --- sentences -------------------------------------------------------------------------------

_ABBREVIATIONS = {"tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "nxb", "v.v", "st", "tr", "q", "p"}
LOWER = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
UPPER = LOWER.upper()
# A line a page glued to the next paragraph with no stop and no space: "… trao Quyết định cho các đơn vịNăm
# 2025 xã đã …" (a word in lower case, then one that opens with a capital; not "ĐắkLắk", "TikTok", "iPhone").
_GLUE = re.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}])")
_STOPPED = re.compile(r"[.!?…:;]")


def _unglued(line: str) -> list[str]:
    """A line cut where a paragraph with no stop was glued to the next one, in Vietnamese words: the first
    is most often a photo's caption, which can then be told as such."""
    glue = _GLUE.search(line)
    if glue is None or _STOPPED.search(line, 0, glue.start()):
        return [line]
    at = glue.start()
    before = line[line.rfind(" ", 0, at) + 1 : at]
    after = line[at:].split(" ", 1)[0]
    if not before.isalpha() or not before.islower() or not after.isalpha() or (before + after).isascii():
        return [line]
    return [line[:at], line[at:]]
# The words a speaker's turn opens with: "Phát biểu tại hội nghị, đồng chí …", "Kết luận hội nghị, …".
SPEECH_FRAMES = ("phát biểu", "kết luận", "thay mặt", "tại hội nghị")
_TURN = "|".join(f[0].upper() + f[1:] for f in SPEECH_FRAMES)
# A full stop, or one glued to the next sentence by a lost space: "chủ trì hội nghị.Năm 2022" (after
# a word of two lower-case letters, so "TP.Huế" and "Q.1" are not cut). All ways start with the stop,
# so the search skips from stop to stop.
# A semicolon before a speech's frame, capitalised, ends a sentence mistyped: "… trên 450 triệu đồng; Phát biểu
# tại hội nghị, đồng chí … ghi nhận …" (a list's ';' goes on in lower case).
# (a stop glued to the next sentence after a word or an ellipsis: "… hội nghị.Năm …", "… ổn định….Bên cạnh đó …")
_BOUNDARY = re.compile(rf"[.!?…]+(?:[\"”»')]*\s+|(?:(?<=[{LOWER}]{{2}}\.)|(?<=…\.)|(?<=\.\.\.\.))(?=[{UPPER}]))|;\s+(?=(?:{_TURN})\b)")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*$")
# How far back from a full stop the word before it is read: one more than the longest abbreviation,
# so that a longer word is never taken for one, and a long line is not read again at every stop.
_ABBREVIATION_REACH = max(map(len, _ABBREVIATIONS)) + 1
# A sentence may open on a count after a word's full stop: "… nêu rõ. 6 tháng qua, …", "… ổn định. 74 đảng
# viên …" (a number then a word; "Điều 3. 5 …" and "1. 2." have a number before the stop, not a word).
_WORD_STOP = re.compile(rf"[{LOWER}]{{2}}[.!?…]")
_COUNT_OPENS = re.compile(rf"\d[\d.,]*\s+[{LOWER}]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; a line break always ends one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in _BOUNDARY.finditer(line):
            nxt = line[m.end() : m.end() + 1]
            word = _WORD_BEFORE.search(line, max(0, m.start() - _ABBREVIATION_REACH), m.start() + 1)
            if not nxt or not (nxt.isupper() or nxt in "\"“'(“"):
                if not (
                    nxt.isdigit() and _WORD_STOP.match(line, m.start() - 2) and _COUNT_OPENS.match(line, m.end())
                ):
                    continue
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            end = pos + m.end()
            spans.append((start, end - (len(m.group(0)) - len(m.group(0).rstrip()))))
            start = end
        if pos + len(line) > start:
            spans.append((start, pos + len(line)))
        pos += len(line) + 1
    return spans


def chunks(text: str, budget: int) -> list[tuple[int, str]]:
    """`text` cut into (offset, part) pieces of at most `budget` characters, on paragraph ends, or on
    sentence ends inside a paragraph that is longer than the budget by itself."""
    if len(text) <= budget:
        return [(0, text)]
    pieces: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        if pieces and text[pieces[-1][1] : a].count("\n") == 0 and b - pieces[-1][0] <= budget:
            pieces[-1] = (pieces[-1][0], b)  # sentences of one paragraph stay together if they fit
        else:
            pieces.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out and b - out[-1][0] <= budget:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return [(a, text[a:b]) for a, b in out]


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# --- paragraphs: hard-wrapped lines and the missing headline --------------------------------

_TERMINATED = re.compile(r"[.!?…:;][\"”»')]*$")
_WRAP_WIDTH = 100  # characters: a hard-wrapped text has lines about this long or shorter


def unwrap(text: str) -> str:
    """`text` with the line breaks that fall inside a sentence made spaces (same length, so offsets
    hold): a line that ends with no full stop goes on in the next when that one starts in lower case
    ("…tổ chức Hội\nnghị…"); in a hard-wrapped text (most lines short and unterminated), also when
    it starts with a digit or the line broken is about as long as the others ("…, Phó\nTrưởng Ban…")."""
    lines = text.split("\n")
    open_lines = [len(line) for line in lines if len(line) <= _WRAP_WIDTH and not _TERMINATED.search(line)]
    wrapped = len(lines) >= 4 and len(open_lines) * 2 > len(lines)
    width = sorted(open_lines)[len(open_lines) // 2] if wrapped else 0
    out = [lines[0]]
    for line, nxt in zip(lines, lines[1:]):
        joins = bool(nxt) and not _TERMINATED.search(line) and (
            nxt[0].islower() or (wrapped and (nxt[0].isdigit() or len(line) >= 0.8 * width))
        )
        out.append((" " if joins else "\n") + nxt)
    return "".join(out)


def is_body_text(line: str) -> bool:
    """Whether a first line is the article's text rather than its headline: an excerpt or a pasted
    text that starts mid-article opens with a paragraph (or a sentence of many words ending in a full
    stop), which a headline never is."""
    return len(line) >= _PARAGRAPH or _is_body_line(line)


# --- numbers ---------------------------------------------------------------------------------

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

# Counting words and measures of the genre, longest first so "tỷ đồng" wins over "đồng". A figure is a
# number and the noun it counts or measures: a unit of measure ("ha", "tấn"), a counted noun of the
# genre ("chỉ tiêu", "đảng viên", "nghị quyết", "phòng học") or a classifier with its noun ("bộ hồ sơ",
# "lượt lao động"). The unit is that noun as written, without what qualifies it after ("7 cầu giao
# thông" counts "cầu"), as the gold annotations write it.
UNITS = sorted(
    (
        "%", "tạ/ha", "tấn/ha", "triệu tấn", "nghìn tấn", "lượt khách", "trường hợp", "đối tượng", "văn bản",
        "hồ chứa", "lồng", "nhà", "thanh niên", "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng chí", "đồng", "tỷ", "triệu",
        "tỷ USD", "triệu USD", "nghìn USD", "USD", "ha", "héc-ta", "hecta", "m2", "m²", "m3", "m³", "km",
        "tấn", "tạ", "kg", "lít", "con", "cây", "người", "lao động", "lượt người", "lượt", "hộ", "hộ nghèo",
        "xã", "phường", "thị trấn", "thôn", "xóm", "bản", "tổ dân phố", "khu dân cư", "làng", "doanh nghiệp",
        "hợp tác xã", "HTX", "dự án", "công trình", "chỉ tiêu", "tiêu chí", "sản phẩm", "đơn vị máu",
        "trường", "học sinh", "hồ sơ", "đơn thư", "vụ", "đảng viên", "cán bộ", "chi bộ", "thẻ", "căn nhà",
        "ngôi nhà", "cơ sở", "mô hình", "tuyến", "lớp", "cuộc", "tổ chức cơ sở đảng", "suất quà", "suất",
        "phần quà", "gia đình",
        # money in its short written forms ("3.690.000.000đ", "620tr đồng"), a park built, listeners reached
        # ("152 cuộc với 13.029 lượt người nghe"), and a meeting counted with its classifier ("4 cuộc hội nghị")
        "đ", "tr đồng", "công viên", "lượt người nghe", "cuộc hội nghị",
        # comrades written short, not money: "kết nạp 2 đ/c" (_canonical_unit writes it out)
        "đ/c",
        # the kiosks cleared from a beach: "còn 1 ki ốt chưa tháo dỡ"
        "ki ốt", "ki-ốt", "kiốt",
        # papers a committee or an office issues, settles or hands out
        "chương trình", "nghị quyết", "kế hoạch", "kết luận", "báo cáo", "công văn", "quyết định", "chỉ thị",
        "đề án", "thông báo", "tờ trình", "quy định", "thủ tục hành chính", "TTHC", "thủ tục", "bộ hồ sơ",
        "giấy chứng nhận", "GCN", "GCNQSDĐ", "giấy phép", "nhiệm vụ", "giải pháp", "đơn",
        # people and bodies counted
        "quần chúng", "hội viên", "đoàn viên", "phụ nữ", "nông dân", "cựu chiến binh", "lượt lao động",
        "nhân khẩu", "khẩu", "DN", "hộ gia đình",
        "tổ chức", "em", "ca", "câu lạc bộ", "CLB", "tổ", "đội", "đoàn", "tổ chức đảng", "hộ kinh doanh",
        "đại biểu", "cử tri", "trưởng thôn", "ấp", "ý kiến", "lượt ý kiến", "kiến nghị", "phản ánh", "lượt công dân",
        # what the police seize, and the weapons the militia collects: "thu giữ 4 ô tô, 2 xe múc, 54 điện
        # thoại di động", "thu hồi 3 khẩu súng tự chế" ("khẩu" alone counts people: "nhân khẩu")
        "ô tô", "mô tô", "xe", "điện thoại di động", "điện thoại", "khẩu súng", "quả lựu đạn", "viên đạn",
        # the stalls a fair or a market sets up, the ideas and initiatives a movement gathers, the
        # campaigns a force turns out for: "bố trí 45 gian hàng", "18 sáng kiến", "120 lượt ra quân"
        "gian hàng", "ý tưởng", "sáng kiến", "đề tài", "lượt ra quân",
        # the industrial clusters a district sets up, the relics it restores: "thành lập mới 2 cụm công nghiệp",
        # "tu bổ, tôn tạo 7 di tích"
        "cụm công nghiệp", "di tích",
        # the movements a union runs: "triển khai 3 phong trào thi đua"
        "phong trào",
        # events, doses, rounds
        "đợt", "mũi", "liều", "buổi", "lượt người", "phiên",
        # visitors, which the tourism line of a report counts: "đón gần 25.000 lượt du khách"
        "lượt du khách", "du khách",
        # the investors an industrial zone takes in, and the children a gift or a vaccine reaches
        # ("tiếp nhận 02 nhà đầu tư", "tặng quà cho 573 trẻ em"): not "nhà", not uncounted
        "nhà đầu tư", "trẻ em", "trẻ",
        # … and the children a union sponsors ("nhận đỡ đầu 07 cháu mồ côi"), and scholarships handed out, a
        # classifier with its noun like "suất quà" ("trao 22 suất học bổng")
        "cháu", "suất học bổng",
        # buildings and works
        "phòng học", "nhà văn hóa", "nhà văn hoá", "nhà vệ sinh", "nhà ở", "điểm trường", "trường học", "cầu", "cống",
        "m", "chiếc", "ngôi",
        # the same classes as the genre writes them elsewhere (from the reports' usual indicators, not
        # from dev-set misses): health and schools, the police and the army, papers, farms, scores
        "trạm y tế", "giáo viên", "sinh viên", "học viên", "bệnh nhân", "công dân", "tân binh", "chiến sĩ",
        "vụ việc", "vụ án", "tin báo", "phương tiện", "hội nghị", "lớp tập huấn", "tin bài", "tin", "gói thầu",
        "trang trại", "gia trại", "vườn", "tổ hợp tác", "cơ sở sản xuất", "tài khoản", "dịch vụ công trực tuyến",
        "dịch vụ công", "hợp đồng",
        "liệt sĩ", "tàu", "điểm", "điểm cầu", "điểm nóng", "căn", "lượt hộ", "lượt học sinh", "nhà tạm",
        # visitors counted without "lượt" ("khoảng 1.000 khách lưu trú"), and the three counts a traffic
        # accident report compares ("giảm cả 3 chỉ số: số vụ, số người chết, số người bị thương")
        "khách", "chỉ số",
        # what a year's resolution sets, counted like its targets: "hoàn thành và vượt 32/33 nội dung"
        "nội dung",
        # the product lines an agricultural restructuring counts: "tiếp tục thực hiện 06 ngành hàng tái cơ cấu"
        "ngành hàng",
        # land parcels, which a land-records campaign counts, and an area in square kilometres
        "thửa đất", "thửa", "km2", "km²",
        # the party's and the unions' people counted by the time ("chuyển sinh hoạt đảng cho 32 lượt đảng
        # viên"), a contest's entries, and the near-poor households counted beside the poor ones
        "lượt đảng viên", "lượt cán bộ", "lượt hội viên", "lượt đoàn viên", "lượt dự thi", "hộ cận nghèo",
        # the same "lượt" before the people a payment reaches, and the entries a digital tool records
        "lượt đối tượng", "lượt cập nhật", "lượt truy cập",
        # roads counted with their classifier, as "lượt người" is: "nâng cấp 19 tuyến đường - hẻm"
        "tuyến đường", "tuyến hẻm", "tuyến vỉa hè",
        # a party committee's cells and sub-committees, counted together: "53 chi, đảng bộ trực thuộc"
        "chi, đảng bộ trực thuộc", "chi, đảng bộ",
        # the groups a model new-rural commune's criteria fall in: "xã A đạt 4/4 nhóm tiêu chí"
        "nhóm tiêu chí",
        # a round of inspection counted with what it does ("tiến hành 4 cuộc kiểm tra", "2 cuộc giám sát"), and
        # units of administration counted as such ("5 đơn vị cấp xã mới"), not the "đơn" of a complaint
        "cuộc kiểm tra", "cuộc giám sát", "cuộc thanh tra", "đơn vị", "đơn vị cấp xã", "đơn vị hành chính cấp xã",
        # the Front's and the unions' own cells and members, counted as "chi bộ" and "đảng viên" are
        # ("98/110 chi hội", "24 liên đội", "thành lập mới 6 công đoàn cơ sở", "3.500 đội viên")
        "chi hội", "chi đoàn", "chi đội", "liên đội", "liên chi hội", "liên chi đoàn", "công đoàn cơ sở", "CĐCS",
        "đội viên", "thành viên",
        # an association's grassroots bodies named noun first ("22 Hội cơ sở xã, thị trấn"), and the sessions
        # a council holds, counted like "phiên" ("tổ chức thành công 3 kỳ họp")
        "hội cơ sở", "kỳ họp",
        # whom an award goes to, counted as "tổ chức đảng" is: "tặng bằng khen cho 14 tập thể, 7 cá nhân"
        "tập thể", "cá nhân",
        # whom a case charges and a court tries, counted beside the cases ("khởi tố 5 vụ, 7 bị can"), those
        # sitting an exam, and a preschool's groups of infants, counted as "điểm trường" is
        "bị can", "bị cáo", "thí sinh", "nhóm trẻ",
        # the fields a plan picks to break through in, counted as "nhiệm vụ đột phá" is ("thực hiện 3 lĩnh vực đột
        # phá"), and the rice cakes a union wraps for a festival, counted by their classifier ("gói 800 đòn bánh tét")
        "lĩnh vực", "đòn",
        # the activities a campaign or an anniversary counts: "triển khai 9 hoạt động chào mừng"
        "hoạt động",
        # what a youth union's half year counts ("tổ chức 8 hành trình …", "khánh thành 2 tranh tường", "3 chương
        # trình"), streets and unions counted by their classifier ("duy trì 59/59 tuyến phố văn minh", "2 đoàn thể"),
        # the soldiers a recruitment sends, crops by area and patients by visit ("240 lượt khám, chữa bệnh")
        "hành trình", "tranh tường", "chương trình", "tuyến phố", "đoàn thể", "quân nhân", "cây trồng",
        "lượt khám, chữa bệnh", "lượt khám chữa bệnh",
    ),
    key=len,
    reverse=True,
)
# "nghìn", "triệu", "tỷ" before a unit multiply it and belong to it: "112 ngàn tấn", "10 ngàn tỷ đồng".
_MULTIPLIER = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)"
# What a unit may be counted per: "65 triệu đồng/người", "68,91tạ/ha", "2 lượt/người/năm".
# (each a whole word: "2,5 triệu đồng/hội viên" is per member, not per household)
_PER = r"(?:/\s?(?:người|ha|năm|tháng|hộ|ngày|khẩu|lao động|con|sào|hội viên|đoàn viên|học sinh|xã)(?![\w]))*"
# Years and days are durations only when no date follows: "05 năm", "trong 1 ngày", but not the
# "6 năm" of "tháng 6 năm 2020".
_YEARS = r"(?:năm|ngày)(?!\s*\d)"
# "tiểu" before a counted noun makes a part of one, counted as its own kind: "42 tiểu dự án".
_SUB = r"tiểu"
_UNIT = (
    # a per cent sign ends its figure even glued to the word after: "đạt 34%KH" (kế hoạch)
    r"%(?=[^\W\d_])|"
    rf"(?:{_MULTIPLIER}\s?){{0,2}}(?:{_SUB}\s)?(?:" + "|".join(re.escape(u) for u in UNITS) + rf"|{_YEARS})(?![\w]){_PER}"
    rf"|{_MULTIPLIER}(?:\s{_MULTIPLIER})?(?![\w])"
)
# "một nghìn tỷ", "hai triệu": a number word counts only before a multiplier.
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_WORD_NUMBER = "|".join(NUMBER_WORDS)
NUMBER_WORD_INITIALS = "".join(sorted({w[0] for w in NUMBER_WORDS}))  # what a lookahead lets through
# A share written with an English decimal point ("đạt 86.6%"): one or two digits after a dot are never a group
# of thousands, and a share is never written in thousands, so before "%" the dot is a decimal point.
_POINT_PERCENT = r"\d{1,3}\.\d{1,2}(?=\s?%)"
_POINT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
# A unit may stand after the number, after the plan ("7/38 chỉ tiêu"), or both ("603,8ha/600ha"),
# but a second unit needs a slash before it: "5.218,7 ha cây trồng" is hectares, not trees.
# (A figure starts with a digit or the first letter of a number word: the lookahead passes over the
# other characters at once, instead of trying both alternatives at each.)
_FIGURE = re.compile(
    rf"(?=[\d{NUMBER_WORD_INITIALS}])"
    rf"(?:(?<![\d.,/])(?P<num>{_POINT_PERCENT}|{NUMBER})(?:\s?(?P<u1>{_UNIT}))?"
    rf"(?:\s?/\s?(?P<den>{NUMBER})(?:\s?(?P<unit>{_UNIT}))?)?"
    rf"|(?<!\w)(?P<word>{_WORD_NUMBER})\s(?P<wu>{_MULTIPLIER}(?:\s?(?:{_UNIT}))?))",
    re.IGNORECASE,
)
# Between the two ends of a range, which share the unit written after the second: "từ 30 đến 65 năm".
_RANGE = re.compile(r"\s?(?:đến|tới|-|–)\s?", re.IGNORECASE)
# An anniversary names which one it is, not how long something took: "kỷ niệm 75 năm thành lập",
# "chào mừng 25 năm thành lập thị xã" (but "huy hiệu 30 năm tuổi Đảng" counts the members' years).
_ANNIVERSARY = re.compile(r"(?:kỷ niệm|chào mừng)\s?$", re.IGNORECASE)
# After the years, the founding, or the day or event it celebrates, which is a name and written
# capitalised ("80 năm Ngày truyền thống Công an Nhân dân", "20 năm Ngày hội toàn dân …", "50 năm Giải
# phóng miền Nam"); a length of time goes on in lower case ("5 năm liền", "30 năm tuổi Đảng").
_ANNIVERSARY_AFTER = re.compile(
    r"\s*(?:(?i:ngày\s+)?(?i:thành lập|truyền thống)\b|(?:Ngày|Cách mạng|Quốc khánh|Chiến thắng|Giải phóng|Khởi nghĩa)\b)"
)
# A campaign named by the days it runs, the days being its name and not a time reported: "Chiến dịch 100
# ngày đêm nâng cấp đường", "đợt cao điểm 90 ngày làm sạch dữ liệu", "thi đua 100 ngày".
_CAMPAIGN = re.compile(r"(?:chiến dịch|cao điểm|thi đua)\s$", re.IGNORECASE)
_SCHEME = re.compile(r"(?<!\w)đề án\s$", re.IGNORECASE)
# A year named as one: "năm 2025", never a count of what follows it.
_YEAR_NAMED = re.compile(r"năm\s$", re.IGNORECASE)
_A_YEAR = re.compile(r"(?:19|20)\d\d")
# A classifier takes the noun it counts when that noun is one of a closed class the unit names whole: an
# association's body after "tổ", "cơ sở" ("12 cơ sở hội", "5 tổ hội nghề nghiệp"), a savings group after
# "tổ" ("14 tổ tiết kiệm và vay vốn"), work given by the day ("2.335 ngày công"), a meeting of a cell
# ("341 buổi sinh hoạt"), and the people "lượt" counts when written as an acronym ("4.000 lượt ĐVTN").
# … and the people "lượt" counts when it is written before any of the genre's counted people, not only the
# ones listed with it as a unit ("lượt người", "lượt đảng viên"): "hỗ trợ 1.200 lượt thí sinh".
_PEOPLE = (
    "người", "thí sinh", "học sinh", "sinh viên", "học viên", "bệnh nhân", "công dân", "khách", "du khách",
    "thanh niên", "trẻ em", "trẻ", "đối tượng", "đảng viên", "đoàn viên", "hội viên", "đội viên", "cán bộ",
    "lao động", "giáo viên", "cử tri", "đại biểu", "hộ nghèo", "hộ cận nghèo", "hộ", "chiến sĩ", "tân binh",
    "phụ nữ", "nông dân", "cựu chiến binh",
)
_ASSOCIATION = r"(?:hội|đoàn|đội)(?![\w])(?!\s(?:nghị|viên|thảo|thi)(?![\w]))"
_CLASSIFIED = {
    "tổ": re.compile(
        rf"\s(?:{_ASSOCIATION}(?:\s(?:nông dân\s)?nghề nghiệp(?![\w]))?"
        r"|(?:tiết kiệm và vay vốn|tiết kiệm vay vốn|góp vốn quay vòng|góp vốn|vay vốn)(?![\w])"
        # a neighbourhood's security team: "30 tổ bảo vệ ANTT"
        r"|bảo vệ (?:ANTT|an ninh,? trật tự)(?![\w]))",
        re.IGNORECASE,
    ),
    "cơ sở": re.compile(rf"\s{_ASSOCIATION}", re.IGNORECASE),
    "xe": re.compile(r"\s(?:ô tô|mô tô|gắn máy|máy|múc|cẩu|tải|ben|công nông|đạp điện|đạp|điện|lăn)(?![\w])", re.IGNORECASE),
    "ngày": re.compile(r"\scông(?![\w])", re.IGNORECASE),
    "buổi": re.compile(r"\s(?:sinh hoạt|tuyên truyền)(?![\w])", re.IGNORECASE),
    "lượt": re.compile(r"\s(?:[A-ZĐ]{2,}|(?i:" + "|".join(sorted(_PEOPLE, key=len, reverse=True)) + r"))(?![\w])"),
    # what "nội dung" counts when it counts the items of a paper: "góp ý 4 nội dung báo cáo"
    "nội dung": re.compile(r"\s(?:báo cáo|tờ trình|dự thảo|văn bản)(?![\w])", re.IGNORECASE),
}
# A counted noun keeps the fixed term after it that names a kind of it, as "nhà văn hóa" names one of
# "nhà" (the dev set's gold writes such a compound whole, and drops what only describes or places the
# thing: "căn nhà tạm", "nhà văn hóa thôn", "cầu giao thông"). The terms are closed classes of the
# genre, each for the nouns it names kinds of: the programmes houses are built under for the poor ("căn
# nhà tình thương", "nhà Đại đoàn kết"); what a paper granted to a person grants, written out or as its
# acronym ("giấy chứng nhận quyền sử dụng đất", "giấy phép xây dựng", "thẻ BHYT"); and the standing a
# family is helped for ("gia đình chính sách", "hộ có công").
_HOUSE_KINDS = re.compile(
    r"\s(?:tình thương|tình nghĩa|nghĩa tình|đại đoàn kết|nhân ái|nhân đạo|chữ thập đỏ|đồng đội"
    r"|mái ấm(?:\s(?:công đoàn|tình thương))?|thanh niên|khăn quàng đỏ)(?![\w])",  # (the youth's and the pioneers' programmes)
    re.IGNORECASE,
)
# A line that carries power, not traffic: "5 tuyến đường điện thắp sáng đường quê" counts lighting lines.
_LINE_KINDS = re.compile(r"\sđiện(?![\w])", re.IGNORECASE)
_GRANTED_KINDS = re.compile(
    r"\s(?:quyền sử dụng đất|quyền sở hữu nhà(?: ở)?|xây dựng|(?:đăng ký )?kinh doanh|bảo hiểm y tế|bảo hiểm xã hội"
    r"|căn cước(?: công dân)?|lái xe)(?![\w])"
    r"|\s[A-ZĐ]{2,}(?![\w])",
)
_STANDING_KINDS = re.compile(r"\s(?:chính sách|có công|liệt sĩ|thương binh|nghèo|cận nghèo)(?![\w])", re.IGNORECASE)
# Where a visitor comes from, which a tourism line counts apart: "đón 52.000 lượt khách quốc tế".
_VISITOR_KINDS = re.compile(r"\s(?:quốc tế|nội địa|trong nước|nước ngoài)(?![\w])", re.IGNORECASE)
# What a portion, a product or a tree is counted as: "100 suất ăn", "9 sản phẩm OCOP", "600.000 cây phân tán".
_PORTION_KINDS = re.compile(r"\s(?:ăn|quà|học bổng)(?![\w])", re.IGNORECASE)
_PRODUCT_KINDS = re.compile(r"\sOCOP(?![\w])")
_TREE_KINDS = re.compile(r"\s(?:phân tán|xanh|bóng mát|ăn quả)(?![\w])", re.IGNORECASE)
_CLASSIFIED |= {
    "suất": _PORTION_KINDS,
    # a garden of mixed trees: "cải tạo 5 vườn tạp"
    "vườn": re.compile(r"\stạp(?![\w])", re.IGNORECASE),
    "sản phẩm": _PRODUCT_KINDS,
    "cây": _TREE_KINDS,
    **dict.fromkeys(("khách", "lượt khách", "du khách", "lượt du khách"), _VISITOR_KINDS),
    **dict.fromkeys(("nhà", "căn nhà", "ngôi nhà", "căn", "ngôi"), _HOUSE_KINDS),
    **dict.fromkeys(("giấy chứng nhận", "GCN", "giấy phép", "thẻ"), _GRANTED_KINDS),
    **dict.fromkeys(("gia đình", "hộ", "hộ gia đình", "lượt hộ"), _STANDING_KINDS),
    "tuyến đường": _LINE_KINDS,
}


_MULTIPLIED = re.compile(rf"^(?:{_MULTIPLIER}\s)+")


def _classified(text: str, fig: Figure) -> Figure:
    """`fig` with its classifier's noun taken into the unit ("cơ sở" -> "cơ sở hội"), if one follows."""
    # the noun counted, past the multipliers before it: "1,2 triệu lượt khách" is counted in "lượt khách"
    follows = _CLASSIFIED.get(_MULTIPLIED.sub("", fig.unit))
    m = follows.match(text, fig.end) if follows else None
    if m is None:
        return fig
    return Figure(fig.value, _canonical_unit(fig.unit + m.group(0)), fig.start, m.end(), text[fig.start : m.end()], fig.plan)


# A sum written in two multipliers: "563 tỷ 859 triệu đồng" is 563,859 tỷ đồng.
_COMPOUND = {("tỷ", "triệu đồng"): "tỷ đồng", ("tỉ", "triệu đồng"): "tỷ đồng", ("triệu", "nghìn đồng"): "triệu đồng",
             ("triệu", "ngàn đồng"): "triệu đồng"}


# A count of thousands read out in words before the rest of the figure: "99 ngàn 300 tỷ đồng" is 99.300 tỷ
# đồng, "12 nghìn 500 tấn" is 12.500 tấn (the thousands multiply the unit written after the rest).
_THOUSANDS = ("nghìn", "ngàn")


def _compound(figures: list[Figure], text: str) -> list[Figure]:
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        unit = _COMPOUND.get((prev.unit, fig.unit)) if prev and prev.plan is None and fig.plan is None else None
        adjacent = prev is not None and not text[prev.end : fig.start].strip() and fig.value < 1000
        if unit and adjacent:
            out[-1] = Figure(prev.value + fig.value / 1000, unit, prev.start, fig.end, text[prev.start : fig.end])
        elif adjacent and prev.unit in _THOUSANDS and prev.plan is None and fig.plan is None and fig.unit != "%":
            out[-1] = Figure(prev.value * 1000 + fig.value, fig.unit, prev.start, fig.end, text[prev.start : fig.end])
        else:
            out.append(fig)
    return out


def parse_number(s: str) -> float:
    """Vietnamese number: '.' groups thousands, ',' marks decimals. '1.804,9' -> 1804.9, '05' -> 5."""
    s = s.strip()
    if _POINT_DECIMAL.fullmatch(s):  # "86.6" of "86.6%" (see _POINT_PERCENT)
        return float(s)
    if not re.fullmatch(NUMBER, s):
        raise ValueError(f"not a Vietnamese number: {s!r}")
    return float(s.replace(".", "").replace(",", "."))


@dataclass(frozen=True)
class Figure:
    """A number with its unit as written: '603,8ha/600ha' is value 603.8, plan 600, unit 'ha'."""

    value: float
    unit: str
    start: int
    end: int
    raw: str
    plan: float | None = None


def _canonical_unit(unit: str) -> str:
    """The unit as written, lower case but for acronyms ("triệu USD", "HTX", "DN"), one space a word."""
    low = unit.lower()
    if low in ("héc-ta", "hecta"):
        return "ha"
    if low == "đ/c":
        return "đồng chí"
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in unit.split())


_OPEN_QUOTES = ("“", "«")
# A counted noun of the genre that opens a short name in quotes after a number: the name is the unit whole
# ("hỗ trợ xây dựng 02 “Nhà nhân ái”"), as the writer marked it one term.
_QUOTED_KIND = re.compile(
    r"\s?[“«\"]((?:" + "|".join(re.escape(u) for u in UNITS if u[0].isalpha()) + r")(?![\w])[^“”«»\"\n.;:,]{0,60}?)[”»\"]",
    re.IGNORECASE,
)


def find_figures(text: str) -> list[Figure]:
    """Numbers that carry a unit ('95,27%', '1.415/3.150 tỷ đồng', '02 thôn'); bare numbers are skipped,
    but for the first end of a range whose second end has a unit ('từ 30 đến 65 năm')."""
    figures = []
    bare = None  # the last number with no unit, which a range may give the unit of its other end
    for m in _FIGURE.finditer(text):
        if m.group("word"):
            raw = m.group(0)
            unit = _canonical_unit(m.group("wu"))
            figures.append(Figure(float(NUMBER_WORDS[m.group("word").lower()]), unit, m.start(), m.end(), raw))
            continue
        unit = m.group("unit") or m.group("u1")
        if unit and bare is not None and _space_grouped(text, bare, m):
            # "sản lượng ước đạt 40 308 tấn": thousands grouped with a space, one number
            value, end = float(bare.group("num")) * 1000 + parse_number(m.group("num")), m.start() + len(m.group(0).rstrip())
            den = parse_number(m.group("den")) if m.group("den") else None
            figures.append(Figure(value, _canonical_unit(unit), bare.start(), end, text[bare.start() : end], den))
            bare = None
            continue
        if unit and _YEAR_NAMED.search(text, max(0, m.start() - 4), m.start()) and _A_YEAR.fullmatch(m.group("num")):
            bare = None
            continue  # "năm 2025 xã Biện Thượng đã hoàn thành …": the year, then who, not 2025 communes
        quoted = _QUOTED_KIND.match(text, m.end()) if not unit and not m.group("den") else None
        if quoted:
            # "ra quân thực hiện 03 “Công trình thanh niên cấp huyện”": the quotes make the name one term
            end = quoted.end()
            figures.append(Figure(parse_number(m.group("num")), _canonical_unit(quoted.group(1)), m.start(), end, text[m.start() : end]))
            bare = None
            continue
        if not unit or (
            unit.lower() in ("năm", "ngày")
            and (
                _ANNIVERSARY.search(text, max(0, m.start() - 11), m.start())
                or _ANNIVERSARY_AFTER.match(text, m.end())
                or _CAMPAIGN.search(text, max(0, m.start() - 11), m.start())
            )
        ):
            bare = m
            continue
        if _SCHEME.search(text, max(0, m.start() - 8), m.start()):
            bare = None
            continue  # a scheme named by its size: "Đề án 01 triệu ha chuyên canh lúa chất lượng cao"
        if text[max(0, m.start() - 1) : m.start()] in _OPEN_QUOTES:
            bare = None
            continue  # a quoted name that opens with a number: "chiến dịch “90 ngày làm sạch dữ liệu”"
        if _per_area(text, m):
            bare = None
            continue  # the area a rate is measured on: "giá trị sản xuất trên 1ha đất nông nghiệp đạt 170 triệu đồng"
        den = parse_number(m.group("den")) if m.group("den") else None
        raw = m.group(0).rstrip()
        if den is not None and m.group("u1") and m.group("unit") and _canonical_unit(m.group("u1")) != _canonical_unit(unit):
            # two quantities of two kinds, not an outcome over its plan: "74km2/27.368 người"
            mid = m.start() + m.group(0).index("/", m.end("u1") - m.start())
            figures.append(Figure(parse_number(m.group("num")), _canonical_unit(m.group("u1")), m.start(), mid, text[m.start() : mid]))
            figures.append(Figure(den, _canonical_unit(unit), m.start("den"), m.start() + len(raw), text[m.start("den") : m.start() + len(raw)]))
            bare = None
            continue
        if bare is not None and not bare.group("den") and _RANGE.fullmatch(text, bare.end(), m.start()):
            figures.append(Figure(parse_number(bare.group("num")), _canonical_unit(unit), bare.start(), bare.end(), bare.group(0)))
        bare = None
        figures.append(_classified(text, Figure(parse_number(m.group("num")), _canonical_unit(unit), m.start(), m.start() + len(raw), raw, den)))
    out: list[Figure] = []
    for f in _compound(figures, text):
        out.append(_in_dong(text, f, out[-1] if out else None))
    return out


def _in_dong(text: str, fig: Figure, before: Figure | None = None) -> Figure:
    """"với số tiền gần 10,76 tỷ": a sum of money written in a multiplier alone, no currency named, is in đồng;
    so is one listed after a sum in đồng, in its sentence ("Quỹ A được 190 triệu đồng, Quỹ B được trên 69 triệu")."""
    if fig.unit in _BARE_MULTIPLIERS and (
        _MONEY_BEFORE.search(text, max(0, fig.start - 40), fig.start) or _listed_after_money(text, fig, before)
    ):
        return Figure(fig.value, fig.unit + " đồng", fig.start, fig.end, fig.raw, fig.plan)
    return fig


_SUMS_APART = 120  # the most characters between two sums of one list


def _listed_after_money(text: str, fig: Figure, before: Figure | None) -> bool:
    return (
        before is not None and before.unit.endswith(" đồng") and before.unit.split()[0] in _BARE_MULTIPLIERS
        and 0 <= fig.start - before.end <= _SUMS_APART and _SENTENCE_END_IN.search(text, before.end, fig.start) is None
    )


_SENTENCE_END_IN = re.compile(r"[.!?;]\s")


# A sum of money named before a figure in a multiplier alone, a few words before it in its clause.
_BARE_MULTIPLIERS = ("tỷ", "tỉ", "triệu", "nghìn", "ngàn", "nghìn tỷ", "ngàn tỷ")
_MONEY_BEFORE = re.compile(
    r"\b(?:số tiền|kinh phí|trị giá|giá trị|nguồn vốn|tổng vốn|doanh thu"
    # … or given: "đã đóng góp 996 triệu, 2.335 ngày công", "hỗ trợ mỗi hộ 5 triệu"
    r"|đóng góp|ủng hộ|quyên góp|hỗ trợ|huy động)(?:\s[^\W\d]+){0,3}\s$",
    re.IGNORECASE,
)


# One hectare (or sào, m2) of land after "trên"/"mỗi" is what a rate is per, not an area reported.
_PER_AREA = re.compile(r"(?:trên|mỗi)\s$", re.IGNORECASE)
_ONE_AREA = re.compile(r"0?1\s?(?:ha|sào|m2)", re.IGNORECASE)
_LAND = re.compile(r"\s*(?:đất|diện tích|canh tác)", re.IGNORECASE)


def _per_area(text: str, m: re.Match) -> bool:
    return (
        _ONE_AREA.fullmatch(m.group(0).rstrip()) is not None
        and _PER_AREA.search(text, max(0, m.start() - 5), m.start()) is not None
        and _LAND.match(text, m.end()) is not None
    )


# A count of days, months or years, or an ordinal, before a bare number: "tháng 5 100 ha" is not 5.100 ha.
_COUNTED_BEFORE = re.compile(r"(?:ngày|tháng|quý|năm|số|thứ|lần)\s$", re.IGNORECASE)


def _space_grouped(text: str, bare: re.Match, m: re.Match) -> bool:
    """Whether a bare number of 1–3 digits and the three digits after one space are one number."""
    return (
        bare.end() + 1 == m.start()
        and text[bare.end()] == " "
        and re.fullmatch(r"\d{1,3}", bare.group("num")) is not None
        and re.fullmatch(r"\d{3}", m.group("num")) is not None
        and not bare.group("den")
        and _COUNTED_BEFORE.search(text, max(0, bare.start() - 6), bare.start()) is None
    )


def format_number(value: float, decimals: int = 3) -> str:
    """Vietnamese number format: 1234.5 -> '1.234,5'; 95.27 -> '95,27'; 7.0 -> '7'."""
    rounded = round(value, decimals)
    whole, _, frac = f"{abs(rounded):.{decimals}f}".partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if rounded < 0 else ""
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"
