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


def ingest(store: Store, paths: Iterable[str | Path], max_file_mb: float = MAX_FILE_MB, hint: str | None = None) -> Ingested:
    """Read and store every article under `paths`; an article already stored is not stored again,
    a file larger than `max_file_mb` is not read. `hint`: see Article.hint."""
    result = Ingested()
    seen: set[str] = set()
    for item in read_all(paths, max_file_mb):
        if isinstance(item, SourceError):
            result.errors.append(item)
            continue
        if item.id in seen:  # the same text twice in one run
            continue
        seen.add(item.id)
        if hint:
            item = item.model_copy(update={"hint": hint})
        result.warnings += item.warnings
        result.new += store.add_article(item)
        result.articles.append(item)
    return result


@dataclass
class Extracted:
    reports: list[Report] = field(default_factory=list)
    new: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_pending(
    store: Store,
    articles: Iterable[Article],
    settings: Settings | None = None,
    on_done: Callable[[Article], None] | None = None,
    run: str = "",
    batch: bool = False,
) -> Extracted:
    """A Report for each article: the stored one made the same way, else a new one, stored as soon
    as it is made. An article that fails has no Report and is tried again on the next run. Without
    settings, the rules engine extracts. With `batch`, the llm backend goes through the provider's
    Batch API (extract/batch.py), which raises BatchPending while a batch is out."""
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
            store.add_failure(article.id, key, str(report), run)
        else:
            store.add_report(report, run)
            result.new += 1
            result.reports.append(report)
        if on_done:
            on_done(article)

    if pending and batch:
        from .extract.batch import extract_batched

        extract_batched(pending, settings, store, done, run, warn=result.warnings.append)
    elif pending:
        extract_all(pending, backend, settings, done, store.add_call, run, cache=store)
    return result


def month_digest(
    store: Store, year: int, month: int, settings: Settings | None = None, article_ids: Iterable[str] | None = None
) -> Digest:
    """The digest of the Reports (made by the configured backend) whose reviewed period ends in year-month."""
    key = report_key(resolve_backend(None, settings), settings)
    reports = store.reports(key, year=year, month=month, article_ids=article_ids)
    articles = {a.id: a for a in store.articles([r.article_id for r in reports])}
    return build_digest(year, month, reports, articles)


def digest_path(out: str | Path, year: int, month: int, fmt: str) -> Path:
    return Path(out) / f"ban-tin-{year:04d}-{month:02d}.{fmt}"


class DigestError(Exception):
    """Nothing to publish: no article could be read, or no Report falls in the month. Nothing is written."""


@dataclass
class DigestRun:
    """What `run_digest` did. `errors` are files skipped and articles not extracted (the run went
    on); `not_written` the output files that could not be written (each old file kept as it was)."""

    digest: Digest
    written: list[Path] = field(default_factory=list)
    not_written: list[str] = field(default_factory=list)
    articles: int = 0
    new_articles: int = 0
    new_reports: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def run_digest(
    store: Store,
    settings: Settings | None,
    year: int,
    month: int,
    paths: Iterable[str | Path] | None = None,
    out: str | Path = "out",
    formats: Iterable[str] = ("md", "html"),
    on_progress: Callable[[int, int], None] | None = None,
    on_problem: Callable[[str, str], None] | None = None,
    batch: bool = False,
) -> DigestRun:
    """The whole digest command: ingest `paths` (without them, every stored article counts), extract
    what has no Report yet, build the month's digest and write one file per format into `out`,
    each atomically.

    `on_problem(kind, message)` hears each error ("error") and warning ("warning") as soon as a stage
    has them, so a caller can show them before a long extraction; they are in the result too.
    `on_progress(done, total)` follows the extraction, article by article. Raises DigestError when
    there is nothing to publish. `batch`: see extract_pending.
    """
    from .files import WriteError, make_folder, write_atomic
    from .render import render_digest

    errors: list[str] = []
    warnings: list[str] = []

    def problems(kind: str, messages: Iterable[object]) -> None:
        for m in messages:
            (errors if kind == "error" else warnings).append(str(m))
            if on_problem:
                on_problem(kind, str(m))

    ids = None
    new_articles = 0
    if paths:
        ingested = ingest(store, paths, settings.max_file_mb if settings else MAX_FILE_MB)
        problems("error", ingested.errors)
        problems("warning", ingested.warnings)
        if not ingested.articles:
            raise DigestError("không có bài viết nào đọc được")
        articles, ids, new_articles = ingested.articles, [a.id for a in ingested.articles], ingested.new
    else:
        articles = store.articles()
    done = 0

    def advance(_article: Article) -> None:
        nonlocal done
        done += 1
        if on_progress:
            on_progress(done, len(articles))

    if on_progress:
        on_progress(0, len(articles))
    extracted = extract_pending(store, articles, settings, on_done=advance, run=f"digest {year:04d}-{month:02d}", batch=batch)
    problems("error", extracted.errors)
    problems("warning", extracted.warnings)
    digest = month_digest(store, year, month, settings, ids)
    if not digest.sources:
        raise DigestError(f"không có báo cáo nào có kỳ đánh giá kết thúc trong tháng {month}/{year}")
    result = DigestRun(digest, articles=len(articles), new_articles=new_articles, new_reports=extracted.new,
                       errors=errors, warnings=warnings)
    out = Path(out)
    try:
        make_folder(out)
    except WriteError as e:
        result.not_written.append(str(e))
        return result
    for fmt in formats:
        path = digest_path(out, year, month, fmt)
        try:
            write_atomic(path, render_digest(digest, fmt))
        except WriteError as e:
            result.not_written.append(str(e))
            continue
        result.written.append(path)
    return result
