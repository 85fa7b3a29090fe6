"""Readers: text, Markdown and HTML files and folders of them, turned into Articles."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .schema import Article
from .text import normalize, strip_noise

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


class SourceError(Exception):
    """A source that could not be read; the message (Vietnamese) names the file and the problem."""

    def __init__(self, source: str | Path, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(raw: str, source: str, title: str | None = None, published: date | None = None) -> Article:
    """Normalize raw text, drop scraping noise, and key the result by its hash."""
    text, _removed, dropped = strip_noise(normalize(raw))
    if not text:
        raise SourceError(source, "không có nội dung bài viết sau khi chuẩn hóa")
    if title:
        title = normalize(title).replace("\n", " ")
        if not text.startswith(title):
            text = f"{title}\n{text}"
    else:
        title = text.split("\n", 1)[0]
    warnings = [f"{source}: {problem}" for problem in dropped]
    return Article(id=article_id(text), text=text, title=title, source=source, published=published, warnings=warnings)


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
            files = sorted(f for f in p.rglob("*") if f.is_file() and _is_article_file(f))
            if not files:
                yield SourceError(p, "thư mục không có bài viết nào (.txt, .md, .html)")
            yield from files
        elif p.is_file():
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


def decode(path: str | Path, data: bytes) -> tuple[str, list[str]]:
    """Bytes of a text file as Unicode, and warnings; legacy Vietnamese encodings are converted."""
    if not data.strip():
        raise SourceError(path, "tệp rỗng, không có nội dung")
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20:
        raise SourceError(path, "tệp nhị phân, không phải văn bản")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # Legacy 8-bit encodings are read byte for byte, as the old fonts displayed them.
        for codec in ("cp1252", "latin-1"):
            try:
                converted = _legacy(data.decode(codec))
            except UnicodeDecodeError:
                continue
            if converted:
                return converted[0], [f"{path}: đã chuyển từ mã {converted[1]} sang Unicode"]
        raise SourceError(path, f"không phải văn bản UTF-8 (byte lạ ở vị trí {e.start})") from None
    if not _VIETNAMESE_UNICODE.search(text[:20000]):
        # UTF-8 holding legacy-encoded letters ("Vieät Nam"), e.g. copied from an old document.
        converted = _legacy(text)
        if converted:
            return converted[0], [f"{path}: đã chuyển từ mã {converted[1]} sang Unicode"]
    return text, []


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|(\*\*|__|`)", re.MULTILINE)


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown article: headings, emphasis, links and images reduced to their words."""
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(r"\1", md)
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


def read_article(path: str | Path) -> Article:
    """One file as an Article; raises SourceError naming the file when it is not a readable article."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SourceError(path, f"không đọc được tệp ({e.strerror})") from None
    text, warnings = decode(path, data)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in ARTICLE_SUFFIXES and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        article = html_to_article(text, str(path))
    else:
        article = make_article(markdown_to_text(text) if suffix in MARKDOWN_SUFFIXES else text, str(path))
    return article.model_copy(update={"warnings": article.warnings + warnings}) if warnings else article


def read_all(paths: Iterable[str | Path]) -> Iterator[Article | SourceError]:
    """Every article under `paths`; a bad file yields its error and the others still come."""
    for item in expand(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield read_article(item)
        except SourceError as e:
            yield e
