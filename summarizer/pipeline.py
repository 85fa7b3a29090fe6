"""The stages in order: ingest sources, extract what has no Report yet, build the month's digest."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .digest import DigestOptions, build_digest
from .extract import extract_all, report_key, resolve_backend
from .schema import Article, Digest, Report
from .sources import MAX_FILE_MB, SourceError, read_all
from .store import Store
from .text import match_key
from .units import unit_label


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
    keep_stored: bool = True,
) -> Extracted:
    """A Report for each article: the stored one made the same way, else a new one, stored as soon
    as it is made. An article that fails has no Report and is tried again on the next run. Without
    settings, the rules engine extracts. With `batch`, the llm backend goes through the provider's
    Batch API (extract/batch.py), which raises BatchPending while a batch is out. Without
    `keep_stored`, the Reports already stored are not read (`reports` holds the new ones only): a
    digest reads its month's Reports itself, and validating every stored Report only to learn that
    it exists was most of the time of a large digest."""
    backend = resolve_backend(None, settings)
    key = report_key(backend, settings)
    result = Extracted()
    pending = []
    stored = store.reported(key)
    for article in articles:
        if article.id not in stored:
            pending.append(article)
            continue
        if keep_stored:
            report = store.report(article.id, key)
            if report is None:  # deleted meanwhile
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


def _wanted(options: DigestOptions) -> Callable[[Report], bool]:
    """Whether a Report is about a unit the options ask for (--province, --unit), names compared as
    `text.match_key` does, with or without their level word ("Thọ Xuân", "huyện Thọ Xuân")."""
    province = match_key(options.province) if options.province else None
    units = {match_key(u) for u in options.units}

    def wanted(report: Report) -> bool:
        u = report.unit
        if province and province not in {match_key(p) for p in (u.province, u.province_now) if p}:
            return False
        return not units or bool(u.name) and bool({match_key(u.name), match_key(unit_label(u))} & units)

    return wanted


def month_digest(
    store: Store,
    year: int,
    month: int,
    settings: Settings | None = None,
    article_ids: Iterable[str] | None = None,
    options: DigestOptions = DigestOptions(),
) -> Digest:
    """The digest of the Reports (made by the configured backend) whose reviewed period ends in year-month,
    or (options.by == "meeting") whose meeting was held in it; last month's Reports of the same units give
    the continuity notes."""
    key = report_key(resolve_backend(None, settings), settings)
    wanted = _wanted(options)
    ids = list(article_ids) if article_ids is not None else None
    reports = [r for r in store.reports(key, year=year, month=month, article_ids=ids, by=options.by) if wanted(r)]
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    previous = [r for r in store.reports(key, year=py, month=pm, by=options.by) if wanted(r)] if reports else []
    articles = {a.id: a for a in store.articles([r.article_id for r in reports + previous])}
    return build_digest(year, month, reports, articles, options, previous)


@contextmanager
def _collector_paused():
    """Building and rendering a digest allocates millions of objects and frees them all together, without
    reference cycles: the cyclic garbage collector only rescans the growing heap (bench/digest_size.py:
    2,800 units took twice as long with it on). It runs again, as it was, afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def digest_path(out: str | Path, year: int, month: int, fmt: str) -> Path:
    return Path(out) / f"ban-tin-{year:04d}-{month:02d}.{fmt}"


class DigestError(Exception):
    """Nothing to publish: no article could be read, or no Report falls in the month. Nothing is written."""


def _nothing(year: int, month: int, options: DigestOptions) -> str:
    which = "cuộc họp nào diễn ra" if options.by == "meeting" else "báo cáo nào có kỳ đánh giá kết thúc"
    among = []
    if options.province:
        among.append(f"tỉnh {options.province}")
    if options.units:
        among.append(f"đơn vị {', '.join(options.units)}")
    return f"không có {which} trong tháng {month}/{year}" + (f" ({'; '.join(among)})" if among else "")


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
    options: DigestOptions = DigestOptions(),
) -> DigestRun:
    """The whole digest command: ingest `paths` (without them, every stored article counts), extract
    what has no Report yet, build the month's digest and write one file per format into `out`,
    each atomically.

    `on_problem(kind, message)` hears each error ("error") and warning ("warning") as soon as a stage
    has them, so a caller can show them before a long extraction; they are in the result too.
    `on_progress(done, total)` follows the extraction, article by article. Raises DigestError when
    there is nothing to publish. `batch`: see extract_pending. `options`: which units, by which date,
    the issuing office and the generation time (see DigestOptions).
    """
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
    extracted = extract_pending(store, articles, settings, on_done=advance, run=f"digest {year:04d}-{month:02d}", batch=batch,
                                keep_stored=False)
    problems("error", extracted.errors)
    problems("warning", extracted.warnings)
    with _collector_paused():
        digest = month_digest(store, year, month, settings, ids, options)
        if not digest.sources:
            raise DigestError(_nothing(year, month, options))
        if settings is not None and resolve_backend(None, settings) == "llm":
            from .remarks import model_remarks

            digest = model_remarks(digest, settings, store, f"digest {year:04d}-{month:02d}")
        result = DigestRun(digest, articles=len(articles), new_articles=new_articles, new_reports=extracted.new,
                           errors=errors, warnings=warnings)
        _write(result, Path(out), year, month, formats)
    return result


def _write(result: DigestRun, out: Path, year: int, month: int, formats: Iterable[str]) -> None:
    """Each format's file in `out`, atomically; a file that cannot be written is named in `not_written`."""
    from .files import WriteError, make_folder, write_atomic
    from .render import render_digest

    try:
        make_folder(out)
    except WriteError as e:
        result.not_written.append(str(e))
        return
    for fmt in formats:
        path = digest_path(out, year, month, fmt)
        try:
            write_atomic(path, render_digest(result.digest, fmt))
        except WriteError as e:
            result.not_written.append(str(e))
            continue
        result.written.append(path)
