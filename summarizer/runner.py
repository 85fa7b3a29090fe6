"""`summarizer run`: one unattended pass — collect new articles, extract them, deliver the digest when due.

Every step is idempotent and every write is its own transaction, so a run killed at any point leaves
a consistent store and the next run finishes the work: an address is marked fetched in the same
transaction that stores its article, a Report is stored as soon as it is made, a digest file is
written atomically, and a delivery is recorded only after the channel took it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .config import Settings, Source
from .fetch import Fetcher, FetchError, feed_entries, published_date
from .sources import SourceError, decode, html_to_article
from .store import Store

log = logging.getLogger("summarizer.run")

# Exit codes of `summarizer run` (cron and systemd read them); the others are the CLI's (3, 4, 130, 143).
OK, PARTIAL, NOTHING_TO_DO, LOCKED, CONFIG_ERROR = 0, 1, 5, 6, 78
MIN_ARTICLE_CHARS = 200  # a report of a review meeting is never shorter


class RunLocked(Exception):
    """Another run holds the lock for this store."""


@contextmanager
def run_lock(db: Path, wait: float) -> Iterator[None]:
    """Hold an exclusive lock beside the store for the whole run, waiting at most `wait` seconds.

    flock dies with its process, so a run killed with -9 never leaves a stale lock behind.
    """
    import fcntl

    path = db.with_name(db.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RunLocked(
                        f"{db}: một lần chạy khác đang giữ khóa ({path}); đã chờ {wait:g} giây, thử lại sau"
                    ) from None
                time.sleep(min(0.2, max(0.01, deadline - time.monotonic())))
        yield
    finally:
        os.close(fd)  # releases the lock


def due_period(today: date, due_day: int) -> tuple[int, int]:
    """The month whose digest is due on `today`: last month from its due day on, else the month before."""
    back = 1 if today.day >= due_day else 2
    index = today.year * 12 + today.month - 1 - back
    return index // 12, index % 12 + 1


@dataclass
class RunResult:
    """What one run did; `summary()` is what the run history keeps."""

    run_id: int | None = None
    period: str | None = None
    fetched: int = 0
    not_modified: int = 0
    new_articles: int = 0
    extracted: int = 0
    delivered: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def did_something(self) -> bool:
        return bool(self.new_articles or self.extracted or self.delivered)

    @property
    def status(self) -> str:
        if self.failed:
            return "partial"
        return "ok" if self.did_something else "nothing"

    @property
    def exit_code(self) -> int:
        return {"partial": PARTIAL, "ok": OK, "nothing": NOTHING_TO_DO}[self.status]

    def summary(self) -> dict:
        return {
            "period": self.period, "fetched": self.fetched, "not_modified": self.not_modified,
            "new_articles": self.new_articles, "extracted": self.extracted, "delivered": self.delivered,
            "written": self.written, "failed": self.failed, "notes": self.notes,
        }


def _fail(result: RunResult, message: str) -> None:
    result.failed.append(message)
    log.error(message)


def _page_article(fetcher: Fetcher, url: str, listed: date | None, hint: str | None):
    page = fetcher.get(url)
    text, _ = decode(url, page.content)
    article = html_to_article(text, url)
    if len(article.text) < MIN_ARTICLE_CHARS:  # a menu, a contact page, a list of links
        raise SourceError(url, f"trang không phải bài viết (chỉ có {len(article.text)} ký tự nội dung)")
    published = published_date(article.text, url, article.published or listed)
    return page, article.model_copy(update={"published": published, "hint": hint})


def _collect_page(store: Store, fetcher: Fetcher, url: str, result: RunResult, hint: str | None,
                  listed: date | None = None) -> None:
    state = store.fetched(url)
    if state and (state["article_id"] or state["error"]):
        return  # stored, or a page that holds no article: never fetched again
    try:
        page, article = _page_article(fetcher, url, listed, hint)
    except FetchError as e:  # tried again next run
        _fail(result, str(e))
        return
    except SourceError as e:  # the page is there but is no article: remembered, not retried
        store.set_fetched(url, error=str(e))
        log.warning(str(e))
        result.notes.append(str(e))
        return
    result.fetched += 1
    if store.add_fetched_article(url, article, page.etag, page.last_modified):
        result.new_articles += 1
        log.info("bài mới: %s", url)


def _collect_feed(store: Store, fetcher: Fetcher, source: Source, result: RunResult) -> None:
    url = source.feed
    state = store.fetched(url) or {}
    try:
        page = fetcher.get(url, state.get("etag"), state.get("last_modified"))
        if page.not_modified:
            result.not_modified += 1
            log.info("nguồn tin không đổi: %s", url)
            return
        entries = feed_entries(page.content, url)
    except FetchError as e:
        _fail(result, str(e))
        return
    result.fetched += 1
    failures = len(result.failed)
    for entry in entries:
        _collect_page(store, fetcher, entry.url, result, source.hint, entry.published)
    # The feed's validators are kept only once every entry is in: a run killed halfway, or an entry
    # that failed, makes the next run read the feed again rather than get a 304 and miss them.
    if len(result.failed) == failures:
        store.set_fetched(url, page.etag, page.last_modified)


def collect(store: Store, settings: Settings, result: RunResult, fetcher: Fetcher | None = None) -> None:
    """Store what is new in every configured source; a source that fails is noted and the rest go on."""
    from .pipeline import ingest

    own = fetcher is None
    fetcher = fetcher or Fetcher(
        timeout=settings.run.fetch_timeout, attempts=settings.run.fetch_attempts,
        host_delay=settings.run.host_delay, max_bytes=int(settings.run.max_page_mb * 2**20),
    )
    try:
        for source in settings.sources:
            if source.path is not None:
                ingested = ingest(store, [source.path], settings.max_file_mb, source.hint)
                result.new_articles += ingested.new
                for error in ingested.errors:
                    _fail(result, str(error))
            elif source.url is not None:
                _collect_page(store, fetcher, source.url, result, source.hint)
            else:
                _collect_feed(store, fetcher, source, result)
    finally:
        if own:
            fetcher.close()


def _deliver(store: Store, settings: Settings, period: str, channels: list[str], written: list[Path],
             run_id: int, result: RunResult, digest_json: dict) -> None:
    from .deliver import DeliveryError, post_webhook, send_email

    for channel in channels:
        try:
            if channel == "email":
                email = settings.run.email
                password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
                year, month = period.split("-")
                send_email(email, password, f"Bản tin tổng hợp tháng {int(month)}/{year}",
                           f"Bản tin tổng hợp tháng {int(month)}/{year}, tệp đính kèm.\n", written)
            elif channel == "webhook":
                post_webhook(settings.run.webhook, {"period": period, "files": [p.name for p in written], "digest": digest_json})
        except DeliveryError as e:
            store.set_delivery(period, channel, "failed", run_id, str(e))
            _fail(result, str(e))
            continue
        store.set_delivery(period, channel, "delivered", run_id)
        result.delivered.append(channel)
        log.info("đã gửi bản tin %s qua %s", period, channel)


def channels(settings: Settings) -> list[str]:
    return ["folder"] + ["email"] * bool(settings.run.email) + ["webhook"] * bool(settings.run.webhook)


def run(settings: Settings, month: tuple[int, int] | None = None, force: bool = False,
        today: date | None = None, fetcher: Fetcher | None = None) -> RunResult:
    """One scheduled pass under the run lock: collect, extract, and build and deliver the digest of
    `month` (default: the one due today) on each channel that has not had it, or all with `force`."""
    from .digest import DigestOptions
    from .extract import RunStopped, report_key, resolve_backend
    from .files import remove_stale_temps
    from .pipeline import DigestError, digest_path, extract_pending, run_digest

    with run_lock(settings.db, settings.run.lock_wait), Store(settings.db) as store:
        year, mon = month or due_period(today or date.today(), settings.run.due_day)
        period = f"{year:04d}-{mon:02d}"
        result = RunResult(period=period)
        result.run_id = store.start_run(period)
        log.info("bắt đầu lần chạy %d (kỳ bản tin %s)", result.run_id, period)
        try:
            collect(store, settings, result, fetcher)
            # Only what has no Report is read: a store of years of articles is not loaded every day.
            key = report_key(resolve_backend(None, settings), settings)
            pending = store.articles(store.unreported(key))
            extracted = extract_pending(store, pending, settings, run=f"run {result.run_id}", keep_stored=False)
            result.extracted = extracted.new
            for error in extracted.errors:
                _fail(result, error)
            pending = [c for c in channels(settings)
                       if force or (store.delivery(period, c) or {}).get("status") != "delivered"]
            if pending:
                for fmt in settings.run.formats:  # left by a run killed while writing; we hold the lock
                    remove_stale_temps(digest_path(settings.run.out, year, mon, fmt))
                try:
                    made = run_digest(store, settings, year, mon, out=settings.run.out, formats=settings.run.formats,
                                      options=DigestOptions(office=settings.office))
                except DigestError as e:
                    result.notes.append(str(e))
                    log.info("%s", e)
                else:
                    for line in made.not_written:
                        _fail(result, line)
                    result.written = [str(p) for p in made.written]
                    if not made.not_written:
                        _deliver(store, settings, period, pending, made.written, result.run_id, result,
                                 made.digest.model_dump(mode="json"))
        except RunStopped as e:
            _fail(result, str(e))
            store.end_run(result.run_id, "stopped", result.summary())
            raise
        store.end_run(result.run_id, result.status, result.summary())
        log.info("kết thúc lần chạy %d: %s", result.run_id, result.status)
        return result


def plan(settings: Settings, month: tuple[int, int] | None = None, today: date | None = None) -> list[str]:
    """What a run would do now, in Vietnamese lines, without fetching or writing anything (--dry-run)."""
    from .extract import report_key, resolve_backend

    year, mon = month or due_period(today or date.today(), settings.run.due_day)
    period = f"{year:04d}-{mon:02d}"
    store = Store(settings.db, readonly=True) if settings.db.is_file() else None
    lines = []
    try:
        for source in settings.sources:
            kind = "thư mục/tệp" if source.path else "trang" if source.url else "nguồn tin RSS/Atom"
            state = store.fetched(source.url or source.feed) if store and not source.path and store.has_runs() else None
            seen = "" if source.path else ", đã đọc trước đây" if state else ", chưa đọc lần nào"
            lines.append(f"nguồn {kind}: {source.where}{seen}")
        if not settings.sources:
            lines.append("chưa cấu hình nguồn nào ([[sources]] trong summarizer.toml)")
        if store:
            key = report_key(resolve_backend(None, settings), settings)
            waiting = len(store.unreported(key))
            lines.append(f"bài chờ trích xuất: {waiting}")
        for channel in channels(settings):
            done = store and store.has_runs() and (store.delivery(period, channel) or {}).get("status") == "delivered"
            lines.append(f"bản tin {period} qua {channel}: {'đã gửi' if done else 'sẽ gửi nếu có báo cáo'}")
    finally:
        if store:
            store.close()
    return lines
