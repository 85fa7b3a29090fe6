"""Extraction backends: each turns an Article into a Report; grounding checks every one alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..config import Settings
from ..grounding import verify
from ..schema import SCHEMA_VERSION, Article, Call, Report
from ..store import ReportKey, Store

BACKENDS = ("rules", "llm")


class ExtractError(Exception):
    pass


class RunStopped(ExtractError):
    """The run stopped early, for a reason every further article would meet too; what was extracted
    before is stored. `exit_code` is the CLI's exit status for it."""

    exit_code = 3


class ModelUnreachable(RunStopped):
    """The model server could not be reached, or did not answer, for several articles in a row: the
    run stopped early. The message names the endpoint and the cause."""

    exit_code = 3  # the CLI's exit status for it; 1 is "nothing could be done", 2 a usage error


class ContextTooSmall(RunStopped):
    """Even the fixed part of the prompt does not fit the model's context window: no article can be
    extracted with this model as it is served. The message says how large the window must be."""

    exit_code = 4


class Cancelled(RunStopped):
    """SIGTERM stopped the run: the calls in flight were logged as cancelled, finished Reports stored."""

    exit_code = 143  # 128 + SIGTERM, what a shell reports for a process SIGTERM ended


class Interrupted(Cancelled):
    """Ctrl-C (SIGINT) stopped the run, the same way."""

    exit_code = 130  # 128 + SIGINT


class BatchPending(ExtractError):
    """A batch went to the provider's Batch API, or is still being worked on (extract/batch.py):
    nothing more can be done in this run. The message says which batch and how far it is."""

    exit_code = 75  # EX_TEMPFAIL: run the same command again later


class InternalError(ExtractError):
    """A bug in summarizer met while extracting one article: neither the article's fault nor the model's."""


def internal_error(e: Exception, scrub: Callable[[str], str] = lambda text: text) -> InternalError:
    """The one line for an exception no extraction code expects; with settings.debug it is raised instead."""
    what = " ".join(scrub(str(e)).split())[:300]
    return InternalError(
        f"lỗi nội bộ ({type(e).__name__}: {what}): đây là lỗi của summarizer, không phải của bài viết hay mô hình; "
        "chạy lại với 'summarizer --debug …' để xem traceback"
    )


def resolve_backend(name: str | None, settings: Settings | None = None) -> str:
    """The backend to use: 'auto' is the LLM backend when a model is configured, else the rules engine."""
    chosen = settings.chosen_backend(name) if settings else ("rules" if name in (None, "auto") else name)
    if chosen not in BACKENDS:
        raise ExtractError(f"không có backend {name!r}; chọn auto, {', '.join(BACKENDS)}")
    if chosen == "llm" and not (settings and settings.model):
        raise ExtractError("backend llm cần tên mô hình: đặt 'model' trong summarizer.toml hoặc SUMMARIZER_MODEL")
    return chosen


def report_key(backend: str, settings: Settings | None = None) -> ReportKey:
    """What a stored Report made by `backend` is keyed by, so a rerun can reuse it."""
    if backend == "rules":
        from . import rules

        return ReportKey("rules", "", rules.VERSION, SCHEMA_VERSION)
    if backend == "llm" and settings is not None and settings.model:
        from ..prompts import load_prompt

        return ReportKey("llm", settings.model, load_prompt(settings.prompts_dir).version, SCHEMA_VERSION)
    raise ExtractError(f"không có backend {backend!r}")


def _bug(e: Exception, settings: Settings | None) -> Exception:
    """A programming error as an article's InternalError, or raised with its traceback under --debug."""
    if settings is not None and settings.debug:
        raise e
    return internal_error(e)


def extract_all(
    articles: Iterable[Article],
    backend: str,
    settings: Settings | None = None,
    on_done: Callable[[Article, Report | Exception], None] = lambda a, r: None,
    log: Callable[[Call], None] | None = None,
    run: str = "",
    cache: Store | None = None,
) -> None:
    """Extract every article with `backend` (the LLM concurrently) and hand each grounded Report, or
    the error that stopped it, to `on_done` as it comes. The LLM's answers are cached in `cache`."""
    backend = resolve_backend(backend, settings)

    def done(article: Article, result: Report | Exception) -> None:
        # The one check after any backend: nothing downstream knows which backend made a Report.
        if not isinstance(result, Exception):
            try:
                result = verify(result, article)
            except Exception as e:  # a bug: this article is skipped with a line that says so, the others go on
                result = _bug(e, settings)
        on_done(article, result)

    if backend == "llm":
        import asyncio

        from . import llm

        session = llm.open_session(settings, log, run, cache)
        asyncio.run(llm.extract_many(articles, session, done))
        return
    from . import rules

    for article in articles:
        try:
            result: Report | Exception = rules.extract(article)
        except ExtractError as e:
            result = e
        except Exception as e:  # a bug: this article is skipped with a line that says so, the others go on
            result = _bug(e, settings)
        done(article, result)


def extract(
    article: Article, backend: str = "rules", settings: Settings | None = None, log=None, run: str = "", cache: Store | None = None
) -> Report:
    """One Report for one Article, grounded against the article's text."""
    results: list[Report | Exception] = []
    extract_all([article], backend, settings, lambda a, r: results.append(r), log, run, cache)
    if isinstance(results[0], Exception):
        raise results[0]
    return results[0]
