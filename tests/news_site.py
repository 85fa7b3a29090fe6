"""A local news site for the tests of `summarizer run`: a real HTTP server on 127.0.0.1.

It serves an RSS feed whose items link to article pages made from the synthetic examples, with ETag
and Last-Modified, and the faults a real site has: a page that answers 500 the first time, a page
slower than the client's timeout, a page that is no article, a broken feed. It also takes webhook
POSTs. Every request is recorded (method, path, headers).
"""

from __future__ import annotations

import html
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
LAST_MODIFIED = "Tue, 03 Oct 2023 07:00:00 GMT"


def article_page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>Cổng thông tin điện tử (trang thử nghiệm)</footer></body></html>"
    )


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; pubDate written dd/mm/yyyy hh:mm as Vietnamese sites do."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>" for p, t, d in items
    )
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Tin địa phương</title>{entries}</channel></rss>"


@dataclass
class Site:
    """What the server serves and what it saw; tests change `pages` and `feed_items` as they go."""

    pages: dict[str, str] = field(default_factory=dict)  # path -> HTML
    feed_items: list[tuple[str, str, str]] = field(default_factory=list)  # (path, title, pubDate)
    fail_once: set[str] = field(default_factory=set)  # paths that answer 500 the first time
    slow: dict[str, float] = field(default_factory=dict)  # path -> seconds before answering
    broken_feed: bool = False
    requests: list[tuple[str, str, dict]] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)
    webhook_status: int = 200
    base: str = ""

    def etag(self) -> str:
        return '"' + str(abs(hash((tuple(self.feed_items), self.broken_feed)))) + '"'

    def gets(self, path: str) -> int:
        return sum(1 for m, p, _ in self.requests if m == "GET" and p == path)


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _send(self, code: int, body: str = "", kind: str = "text/html; charset=utf-8", headers: dict | None = None) -> None:
            data = body.encode()
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            site.requests.append(("GET", self.path, dict(self.headers)))
            if self.path in site.slow:
                time.sleep(site.slow[self.path])
            if self.path in site.fail_once:
                site.fail_once.discard(self.path)
                return self._send(500, "lỗi máy chủ")
            if self.path == "/rss":
                if site.broken_feed:
                    return self._send(200, "<html><body>Trang bảo trì</body></html>")
                etag = site.etag()
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, headers={"ETag": etag})
                return self._send(200, rss(site.base, site.feed_items), "application/rss+xml; charset=utf-8",
                                  {"ETag": etag, "Last-Modified": LAST_MODIFIED})
            if self.path in site.pages:
                return self._send(200, site.pages[self.path])
            return self._send(404, "không có")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            site.requests.append(("POST", self.path, dict(self.headers)))
            site.posts.append(json.loads(body))
            self._send(site.webhook_status, "{}", "application/json")

    return Handler


class NewsServer:
    def __init__(self, site: Site):
        self.site = site
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.server.daemon_threads = True
        site.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def example_site(names: list[str]) -> Site:
    """A site whose feed lists the given example articles (by file stem), as pages /tin/<stem>."""
    site = Site()
    for i, name in enumerate(names):
        text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        path = f"/tin/{name}"
        site.pages[path] = article_page(title.strip(), body)
        site.feed_items.append((path, title.strip(), f"{2 + i:02d}/10/2023 08:30"))
    return site
