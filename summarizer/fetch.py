"""Fetching articles from the web: pages and RSS/Atom feeds over HTTP, politely and with bounded retries."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import httpx2
import tenacity

from . import __version__

USER_AGENT = f"summarizer/{__version__} (Vietnamese local news digest; +https://pypi.org/project/summarizer/)"
RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A page or feed that could not be fetched; the message is Vietnamese and names the address."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.problem = problem


class _Transient(Exception):
    """A failure worth another try: a timeout, a dropped connection, 429 or 5xx."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


@dataclass
class Page:
    url: str  # after redirects
    content: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    content_type: str = ""


class Fetcher:
    """One HTTP client for a run: a User-Agent naming the tool, timeouts, retries with backoff on
    transient failures, conditional GET, a pause between two requests to one host, a size cap."""

    def __init__(
        self,
        timeout: float = 20.0,
        attempts: int = 3,
        host_delay: float = 1.0,
        max_bytes: int = 5 * 2**20,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx2.BaseTransport | None = None,
    ):
        self.client = httpx2.Client(
            timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True, transport=transport
        )
        self.attempts = attempts
        self.host_delay = host_delay
        self.max_bytes = max_bytes
        self.backoff = backoff
        self.sleep = sleep
        self.last: dict[str, float] = {}  # host -> when its last request ended

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page:
        """The page at `url`; `not_modified` when the server says it has not changed since `etag` /
        `last_modified`. Raises FetchError once the attempts are spent or on a permanent failure."""
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.attempts),
            wait=tenacity.wait_exponential(multiplier=self.backoff, max=30),
            retry=tenacity.retry_if_exception_type(_Transient),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._get_once(url, etag, last_modified)
        except _Transient as e:
            raise FetchError(url, f"{e.problem} (đã thử {self.attempts} lần)") from None
        raise AssertionError("unreachable")

    def _wait_for_host(self, host: str) -> None:
        if host in self.last:
            pause = self.last[host] + self.host_delay - time.monotonic()
            if pause > 0:
                self.sleep(pause)

    def _get_once(self, url: str, etag: str | None, last_modified: str | None) -> Page:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        self._wait_for_host(host)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Page(str(response.url), b"", etag, last_modified, not_modified=True)
                if response.status_code in RETRY_STATUS:
                    raise _Transient(f"máy chủ trả lời {response.status_code}")
                if response.status_code >= 400:
                    raise FetchError(url, f"máy chủ trả lời {response.status_code}")
                content = bytearray()
                for piece in response.iter_bytes():
                    content += piece
                    if len(content) > self.max_bytes:
                        raise FetchError(url, f"trang lớn hơn {self.max_bytes // 2**20} MB")
                return Page(
                    str(response.url),
                    bytes(content),
                    response.headers.get("etag"),
                    response.headers.get("last-modified"),
                    content_type=response.headers.get("content-type", ""),
                )
        except httpx2.TimeoutException:
            raise _Transient("hết thời gian chờ") from None
        except httpx2.TransportError as e:
            raise _Transient(f"lỗi kết nối ({type(e).__name__})") from None
        except httpx2.InvalidURL:
            raise FetchError(url, "địa chỉ không hợp lệ") from None
        finally:
            self.last[host] = time.monotonic()


@dataclass
class FeedEntry:
    url: str
    title: str | None
    published: date | None


# feedparser reads RFC 822 and ISO 8601 dates, not the "dd/mm/yyyy hh:mm" that Vietnamese sites write.
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\D+(\d{1,2}):(\d{2}))?")


def parse_dmy(text: str) -> date | None:
    m = _DMY.search(text or "")
    if not m:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


def feed_entries(content: bytes, feed_url: str) -> list[FeedEntry]:
    """The items of an RSS or Atom feed, links made absolute. Raises FetchError on a feed that has
    no entries and does not parse (a feed with entries and a small flaw is still read)."""
    import feedparser  # only runs that read feeds need it

    parsed = feedparser.parse(content)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FetchError(feed_url, "không đọc được nguồn tin RSS/Atom")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        # dict.get: FeedParserDict.get maps one key to the other, with a deprecation warning.
        stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        raw = dict.get(entry, "published") or dict.get(entry, "updated") or ""
        published = date(*stamp[:3]) if stamp else parse_dmy(raw)
        entries.append(FeedEntry(urljoin(feed_url, link), entry.get("title"), published))
    return entries


_URL_DATE = re.compile(r"(?<!\d)(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_TEXT_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)(?!\d)")


def _valid(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def published_date(text: str, url: str, page_date: date | None) -> date | None:
    """When a fetched article was published: a full date near the top of its text first (the dateline
    local sites write), then one in its address, then the page's metadata."""
    for m in _TEXT_DATE.finditer(text[:400]):
        if found := _valid(m[3], m[2], m[1]):
            return found
    for m in _URL_DATE.finditer(urlsplit(url).path):
        if found := _valid(m[1], m[2], m[3]):
            return found
    return page_date
