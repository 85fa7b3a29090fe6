"""Readers: text, Markdown and HTML files and folders of them, turned into Articles."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .schema import Article
from .text import drop_captions, normalize, strip_noise

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
# Files larger than this many MB (2**20 bytes) are not read: an article is under 100 kB and a saved
# news page with its scripts rarely over 2 MB, while reading and extracting costs seconds and
# hundreds of MB of memory per MB of text. Settings.max_file_mb has the same default.
MAX_FILE_MB = 5.0


class SourceError(Exception):
    """A source that could not be read; the message (Vietnamese) names the file and the problem."""

    def __init__(self, source: str | Path, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(raw: str, source: str, title: str | None = None, published: date | None = None) -> Article:
    """Normalize raw text, drop scraping noise, and key the result by its hash.

    Photo captions stay in the text, since one may be the only line that names the unit; the key is
    the hash of the text without them (as it was before captions were kept), and the items skip them.
    """
    text, _removed, dropped = strip_noise(normalize(raw), keep_captions=True)
    if not text:
        raise SourceError(source, "không có nội dung bài viết sau khi chuẩn hóa")
    if title:
        title = normalize(title).replace("\n", " ")
        if not text.startswith(title):
            text = f"{title}\n{text}"
    else:
        title = text.split("\n", 1)[0]
    warnings = [f"{source}: {problem}" for problem in dropped]
    key = article_id(drop_captions(text))
    return Article(id=key, text=text, title=title, source=source, published=published, warnings=warnings)


def _is_article_file(path: Path) -> bool:
    name = path.name
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        and not name.startswith((".", "_"))
        and not name.upper().startswith("README")
    )


def expand(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Files named directly, and article files found recursively in folders, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            # Not only regular files: a FIFO named like an article is reported by read_article.
            files = sorted(f for f in p.rglob("*") if not f.is_dir() and _is_article_file(f))
            if not files:
                yield SourceError(p, "thư mục không có bài viết nào (.txt, .md, .html)")
            yield from files
        elif p.exists():
            yield p
        else:
            yield SourceError(p, "không tìm thấy tệp hoặc thư mục")


_VIETNAMESE_UNICODE = re.compile(r"[\u1ea0-\u1ef9đĐưƯơƠăĂ]")


def _legacy(text: str) -> tuple[str, str] | None:
    """Text in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VISCII…) converted to Unicode, with its name."""
    import viparse  # only for text that may be legacy

    encoding = viparse.detect_text_encoding(text)
    if not encoding:
        return None
    return viparse.fix(text, encoding=encoding), encoding.upper()


_VIETNAMESE_LOWER = "àáâãèéêìíòóôõùúýăđĩũơư"
# Letters that text in Latin-1/cp1252 cannot show when read as cp1258: ă đ ơ ư from the bytes
# cp1258 changed, ĩ ũ and ạ…ỹ only from a combining tone mark composed onto a vowel.
_CP1258_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_NOT_VIETNAMESE = re.compile(f"[^A-Za-z{_VIETNAMESE_LOWER}{_VIETNAMESE_LOWER.upper()}\u1ea0-\u1ef9]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_STRAY_MARK = re.compile("[\u0300-\u036f]")


def _windows_1258(data: bytes) -> str | None:
    """Windows-1258 bytes as NFC Unicode, or None when they do not read as Vietnamese.

    cp1258 shares most bytes with cp1252, so whole words decide: in Vietnamese most words carry a
    letter only cp1258 gives, and none a letter outside the Vietnamese alphabet (ç ñ ö ß…) or a
    tone mark left over after composing. Portuguese, Italian, French or Icelandic text fails one
    test or the other. A sample decides, so a long file costs no more to judge.
    """
    try:
        # cp1258 writes many toned vowels as a letter and a combining tone mark.
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    sample = text[:50000]
    words = _LETTER_RUN.findall(sample)
    vietnamese = sum(1 for w in words if _CP1258_ONLY.search(w))
    foreign = sum(1 for w in words if _NOT_VIETNAMESE.search(w)) + len(_STRAY_MARK.findall(sample))
    if vietnamese >= 3 and vietnamese * 5 >= len(words) and foreign * 50 <= len(words):
        return text
    return None


def _legacy_8bit(data: bytes) -> tuple[str, str] | None:
    """Bytes that are not UTF-8, converted from a legacy Vietnamese encoding, with its name."""
    # TCVN3, VNI… are read byte for byte, as the old fonts displayed them.
    for codec in ("cp1252", "latin-1"):
        try:
            converted = _legacy(data.decode(codec))
        except UnicodeDecodeError:
            continue
        if converted:
            return converted
    text = _windows_1258(data)
    return (text, "Windows-1258") if text is not None else None


def _converted(path: str | Path, encoding: str) -> list[str]:
    return [f"{path}: đã chuyển từ mã {encoding} sang Unicode"]


# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_unicode(path: str | Path, data: bytes) -> str | None:
    """Text of a UTF-16 or UTF-32 file with a byte order mark (Word, Notepad), else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise SourceError(path, f"không phải văn bản {codec.upper()} hợp lệ (byte lạ ở vị trí {e.start})") from None
    return None


def _looks_binary(head: str) -> bool:
    return "\x00" in head or sum(c < "\t" or "\r" < c < " " for c in head) > len(head) // 20


def decode(path: str | Path, data: bytes) -> tuple[str, list[str]]:
    """Bytes of a text file as Unicode, and warnings; legacy Vietnamese encodings are converted."""
    text = _wide_unicode(path, data)
    if not (data if text is None else text).strip():
        raise SourceError(path, "tệp rỗng, không có nội dung")
    # Latin-1 maps each byte to the code point of its value, so one check serves bytes and text.
    if _looks_binary(data[:8192].decode("latin-1") if text is None else text[:8192]):
        raise SourceError(path, "tệp nhị phân, không phải văn bản")
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            converted = _legacy_8bit(data)
            if converted:
                return converted[0], _converted(path, converted[1])
            raise SourceError(path, f"không phải văn bản UTF-8 (byte lạ ở vị trí {e.start})") from None
    if not _VIETNAMESE_UNICODE.search(text[:20000]):
        # Unicode holding legacy-encoded letters ("Vieät Nam"), e.g. copied from an old document.
        converted = _legacy(text)
        if converted:
            return converted[0], _converted(path, converted[1])
    return text, []


# The second alternative keeps a bracket that opens no image or link as it is, and moves the scan
# past its closing bracket (to the end when no ")" follows): every "[" inside would fail the same
# way, and trying each of them in turn is quadratic in a run of brackets.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|(!\[[^\]]*(?:\]\([^)]*)?)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|(\[[^\]]+(?:\]\([^)]*)?)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|(\*\*|__|`)", re.MULTILINE)


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown article: headings, emphasis, links and images reduced to their words."""
    md = _MD_IMAGE.sub(lambda m: m[1] or "", md)
    md = _MD_LINK.sub(lambda m: m[1] or m[2], md)
    return _MD_MARKS.sub("", md)


def html_to_article(html: str, source: str) -> Article:
    """Main text, title and publication date of a news page, through trafilatura."""
    import trafilatura  # heavy; only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_images=False)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(source, "không tìm thấy nội dung bài viết trong trang HTML")
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return make_article(doc.text, source, title=doc.title, published=published)


_SPECIAL_KINDS = (
    (stat.S_ISDIR, "thư mục"),
    (stat.S_ISFIFO, "FIFO, ống có tên"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "tệp thiết bị"),
    (stat.S_ISBLK, "tệp thiết bị"),
)


def _special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in Vietnamese; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "tệp đặc biệt")


def _read_bytes(path: Path, max_file_mb: float = MAX_FILE_MB) -> bytes:
    """The bytes of a regular file of at most `max_file_mb` MB, checked before anything is read."""
    try:
        info = path.stat()
    except OSError as e:
        raise SourceError(path, f"không đọc được tệp ({e.strerror})") from None
    if kind := _special_kind(info.st_mode):
        raise SourceError(path, f"không phải tệp thường ({kind})")
    if info.st_size > max_file_mb * 2**20:
        size, limit = ((f"{x:.1f}" if x >= 1 else f"{x:.2g}").replace(".", ",") for x in (info.st_size / 2**20, max_file_mb))
        raise SourceError(
            path,
            f"tệp quá lớn ({size} MB, giới hạn {limit} MB); nếu đúng là bài viết, "
            "tăng max_file_mb trong summarizer.toml hoặc biến môi trường SUMMARIZER_MAX_FILE_MB",
        )
    try:
        # Non-blocking and no more than the size seen: a file swapped for a FIFO or grown since
        # the check above can neither hang the run nor fill the memory.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as f:
            data = f.read(info.st_size + 1) or b""
    except OSError as e:
        raise SourceError(path, f"không đọc được tệp ({e.strerror})") from None
    if len(data) > info.st_size:
        raise SourceError(path, "tệp thay đổi trong khi đọc; hãy chạy lại khi tệp đã ghi xong")
    return data


def read_article(path: str | Path, max_file_mb: float = MAX_FILE_MB) -> Article:
    """One file as an Article; raises SourceError naming the file when it is not a readable article."""
    path = Path(path)
    text, warnings = decode(path, _read_bytes(path, max_file_mb))
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in ARTICLE_SUFFIXES and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        article = html_to_article(text, str(path))
    else:
        article = make_article(markdown_to_text(text) if suffix in MARKDOWN_SUFFIXES else text, str(path))
    return article.model_copy(update={"warnings": article.warnings + warnings}) if warnings else article


def read_all(paths: Iterable[str | Path], max_file_mb: float = MAX_FILE_MB) -> Iterator[Article | SourceError]:
    """Every article under `paths`; a bad file yields its error and the others still come."""
    for item in expand(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield read_article(item, max_file_mb)
        except SourceError as e:
            yield e
