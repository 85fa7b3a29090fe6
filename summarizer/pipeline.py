"""The stages in order: ingest sources, extract what has no Report yet, build the month's digest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .digest import build_digest
from .extract import extract_all, report_key, resolve_backend
from .schema import Article, Digest, Report
from .sources import MAX_FILE_MB, SourceError, read_all
from .store import Store


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    new: int = 0
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def ingest(store: Store, paths: Iterable[str | Path], max_file_mb: float = MAX_FILE_MB) -> Ingested:
    """Read and store every article under `paths`; an article already stored is not stored again,
    a file larger than `max_file_mb` is not read."""
    result = Ingested()
    seen: set[str] = set()
    for item in read_all(paths, max_file_mb):
        if isinstance(item, SourceError):
            result.errors.append(item)
            continue
        if item.id in seen:  # the same text twice in one run
            continue
        seen.add(item.id)
        result.warnings += item.warnings
        result.new += store.add_article(item)
        result.articles.append(item)
    return result


@dataclass
class Extracted:
    reports: list[Report] = field(default_factory=list)
    new: int = 0
    errors: list[str] = field(default_factory=list)


def extract_pending(
    store: Store,
    articles: Iterable[Article],
    settings: Settings | None = None,
    on_done: Callable[[Article], None] | None = None,
    run: str = "",
) -> Extracted:
    """A Report for each article: the stored one made the same way, else a new one, stored as soon
    as it is made. An article that fails has no Report and is tried again on the next run. Without
    settings, the rules engine extracts."""
    backend = resolve_backend(None, settings)
    key = report_key(backend, settings)
    result = Extracted()
    pending = []
    for article in articles:
        report = store.report(article.id, key)
        if report is None:
            pending.append(article)
            continue
        result.reports.append(report)
        if on_done:
            on_done(article)

    def done(article: Article, report: Report | Exception) -> None:
        if isinstance(report, Exception):
            result.errors.append(f"{article.source}: không trích xuất được ({report})")
        else:
            store.add_report(report)
            result.new += 1
            result.reports.append(report)
        if on_done:
            on_done(article)

    if pending:
        extract_all(pending, backend, settings, done, store.add_call, run)
    return result


def month_digest(
    store: Store, year: int, month: int, settings: Settings | None = None, article_ids: Iterable[str] | None = None
) -> Digest:
    """The digest of the Reports (made by the configured backend) whose reviewed period ends in year-month."""
    key = report_key(resolve_backend(None, settings), settings)
    reports = store.reports(key, year=year, month=month, article_ids=article_ids)
    articles = {a.id: a for a in store.articles([r.article_id for r in reports])}
    return build_digest(year, month, reports, articles)
