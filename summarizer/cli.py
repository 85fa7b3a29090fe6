"""The command line: parses arguments and calls the library; nothing here that a script could not call."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

_DEBUG = "summarizer.debug"


def _fault_line(e: BaseException) -> str | None:
    """The one line for a fault of the file system or the database; None for anything else (a bug)."""
    import sqlite3

    from .files import WriteError, os_error_line
    from .store import StoreError, sqlite_cause

    if isinstance(e, (StoreError, WriteError)):
        return str(e)
    if isinstance(e, OSError):
        return os_error_line(e)
    if isinstance(e, sqlite3.Error):
        return f"cơ sở dữ liệu: {sqlite_cause(e)}"
    return None


class _Group(TyperGroup):
    """Every command: a fault of the disk or the database, wherever it is raised, is one line and exit
    code 1, not a traceback (which --debug or SUMMARIZER_DEBUG=1 shows instead)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as e:
            line = _fault_line(e)
            if line is None or ctx.meta.get(_DEBUG):
                raise
            raise _fail(line) from None


app = typer.Typer(
    help=(
        "Turn Vietnamese local-government review-meeting news into a monthly cross-district digest.\n\n"
        "Example: summarizer digest examples/articles --month 2023-09 --out out/"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    cls=_Group,
)


@app.callback()
def _options(
    ctx: typer.Context,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="SUMMARIZER_DEBUG", help="Show the traceback of a disk or database fault instead of one line."),
    ] = False,
) -> None:
    ctx.meta[_DEBUG] = debug


DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="SQLite file to use (default: $SUMMARIZER_DB, summarizer.toml, or the user data dir).", show_default=False),
]
ConfigOption = Annotated[
    Optional[Path], typer.Option("--config", help="Settings file (default: ./summarizer.toml if present).", show_default=False)
]
BackendOption = Annotated[
    Optional[str], typer.Option("--backend", help="Extraction backend: auto, rules or llm (auto = llm when a model is configured, else rules).", show_default=False)
]


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    _console(stderr=True).print(f"[red]lỗi:[/red] {message}", markup=True)
    return typer.Exit(code)


def _settings(db: Path | None, config: Path | None, backend: str | None = None):
    from .config import load_settings

    if config is not None and not config.is_file():
        raise _fail(f"{config}: không tìm thấy tệp cấu hình")
    try:
        return load_settings(config, db=db, backend=backend)
    except Exception as e:  # pydantic ValidationError or TOML syntax: name the file
        raise _fail(f"{config or 'summarizer.toml'}: cấu hình không hợp lệ ({e})") from None


def _store(path: Path, readonly: bool = False):
    from .store import Store, StoreError

    try:
        return Store(path, readonly=readonly)
    except StoreError as e:
        raise _fail(str(e)) from None


def _report_errors(errors, label: str = "bỏ qua") -> None:
    err = _console(stderr=True)
    for e in errors:
        err.print(f"[yellow]{label}:[/yellow] {e}", markup=True)


def _parse_month(month: str) -> tuple[int, int]:
    try:
        year, mon = (int(x) for x in month.split("-"))
        if not 1 <= mon <= 12 or year < 1945:
            raise ValueError
    except ValueError:
        raise _fail(f"tháng không hợp lệ: {month!r} (cần dạng YYYY-MM, ví dụ 2023-09)") from None
    return year, mon


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .md, .html).", show_default=False)],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Store articles without extracting them; an article already stored is skipped.

    Example: summarizer ingest examples/articles
    """
    from .pipeline import ingest as run_ingest

    settings = _settings(db, config)
    with _store(settings.db) as store:
        result = run_ingest(store, paths)
    _report_errors(result.errors)
    _report_errors(result.warnings, "cảnh báo")
    _console().print(f"Đã lưu {result.new} bài mới, {len(result.articles) - result.new} bài đã có; {len(result.errors)} lỗi.")
    if not result.articles:
        raise typer.Exit(1)


def _short(source: str) -> str:
    """A file's name, or a URL as it is: enough to recognise a source in a table."""
    return source if "://" in source else Path(source).name


@app.command("list")
def list_(db: DbOption = None, config: ConfigOption = None) -> None:
    """Show what is stored: articles with their unit, period and item counts.

    Example: summarizer list --db out/summarizer.db
    """
    from rich.table import Table

    from .periods import date_label, period_label
    from .units import unit_label

    settings = _settings(db, config)
    with _store(settings.db, readonly=True) as store:
        counts = store.counts()
        articles = store.articles()
        reports = {r.article_id: r for r in store.reports()}
    table = Table(title=f"{settings.db}", show_lines=False)
    for col in ("Mã bài", "Đơn vị", "Tỉnh", "Kỳ đánh giá", "Ngày họp", "KQ", "HC", "NV"):
        table.add_column(col, justify="right" if col in ("KQ", "HC", "NV") else "left", no_wrap=True)
    table.add_column("Nguồn", overflow="fold")
    for a in articles:
        r = reports.get(a.id)
        if r is None:
            table.add_row(a.id, "[dim]chưa trích xuất[/dim]", "", "", "", "", "", "", _short(a.source))
            continue
        n = [str(len(getattr(r, c))) for c in ("achievements", "shortcomings", "next_tasks")]
        table.add_row(a.id, unit_label(r.unit), r.unit.province or "", period_label(r.period), date_label(r.meeting_date), *n, _short(a.source))
    out = _console()
    out.print(table)
    out.print(
        f"{counts['articles']} bài viết, {counts['reports']} báo cáo, {counts['units']} đơn vị, {counts['periods']} kỳ đánh giá."
    )


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="One article file (.txt, .md, .html).", show_default=False)],
    format: Annotated[str, typer.Option("--format", "-f", help="json (the contract other tools read) or md.")] = "json",
    backend: BackendOption = None,
    config: ConfigOption = None,
) -> None:
    """Print the Report of one article, without storing anything.

    Example: summarizer extract examples/articles/2023-09-tho-xuan-ubnd.txt --format json
    """
    from .extract import ExtractError, ModelUnreachable
    from .prompts import PromptError
    from .extract import extract as run_extract
    from .render import render_report
    from .sources import SourceError, read_article

    if format not in ("json", "md"):
        raise _fail(f"định dạng không hỗ trợ: {format!r} (chọn json hoặc md)", 2)
    settings = _settings(None, config, backend)
    try:
        article = read_article(file)
        with _store(settings.db) as store:  # calls to a model are logged, the Report is not stored
            report = run_extract(article, settings.backend, settings, store.add_call, run="extract")
    except ModelUnreachable as e:
        raise _fail(str(e), e.exit_code) from None
    except (SourceError, ExtractError, PromptError) as e:
        raise _fail(str(e)) from None
    sys.stdout.write(render_report(report, format))


@app.command()
def digest(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Articles to read first; without them, every stored article counts.", show_default=False),
    ] = None,
    month: Annotated[str, typer.Option("--month", "-m", help="Month the reviewed periods end in, YYYY-MM.", show_default=False)] = ...,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the digest files into.")] = Path("out"),
    formats: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: md, html, json.")] = "md,html",
    backend: BackendOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Read, extract and write the month's digest across all districts: out/ban-tin-YYYY-MM.{md,html}.

    A 9-month review belongs to September, a Q1 review to March. Reruns reuse stored Reports and
    write the same files.

    Example: summarizer digest examples/articles --month 2023-09 --out out/
    """
    from rich.progress import Progress

    from .extract import ExtractError, ModelUnreachable
    from .prompts import PromptError
    from .pipeline import DigestError, run_digest
    from .render import FORMATS

    year, mon = _parse_month(month)
    fmts = [f.strip() for f in formats.split(",") if f.strip()]
    if bad := [f for f in fmts if f not in FORMATS]:
        raise _fail(f"định dạng không hỗ trợ: {', '.join(bad)} (chọn trong {', '.join(FORMATS)})", 2)
    settings = _settings(db, config, backend)
    err = _console(stderr=True)
    # Not on a terminal (a pipe, a log file) the bar would only leave an empty line behind.
    with _store(settings.db) as store, Progress(transient=True, console=err, disable=not err.is_terminal) as progress:

        def advance(done: int, total: int) -> None:  # the bar appears when extraction starts
            if not progress.task_ids:
                progress.add_task("Trích xuất", total=total)
            progress.update(progress.task_ids[0], completed=done)

        def problem(kind: str, message: str) -> None:
            _report_errors([message], "bỏ qua" if kind == "error" else "cảnh báo")

        try:
            result = run_digest(store, settings, year, mon, paths, out, fmts, on_progress=advance, on_problem=problem)
        except ModelUnreachable as e:
            raise _fail(str(e), e.exit_code) from None
        except (DigestError, ExtractError, PromptError) as e:
            raise _fail(str(e)) from None
    console = _console()
    for path in result.written:
        console.print(f"Đã ghi {path}")
    _report_errors(result.not_written, "lỗi")
    console.print(f"{len(result.digest.sources)} bài viết trong bản tin; {result.new_reports} báo cáo mới được trích xuất.")
    if result.not_written:
        raise typer.Exit(1)


def _ratio(x: float | None) -> str:
    from .text import format_number

    return "–" if x is None else format_number(x, 2)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold annotation files (*.json).", show_default=False)],
    articles: Annotated[Path, typer.Option("--articles", help="Folder holding the annotated articles.", show_default=False)],
    backend: BackendOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Score a backend against gold annotations: metadata, recall/precision per category, figures.

    Example: summarizer eval --gold ../shared/gold --articles ../shared/seeds --backend rules
    """
    import json

    from rich.table import Table

    from .evaluation import evaluate
    from .extract import ExtractError, ModelUnreachable, resolve_backend
    from .prompts import PromptError

    settings = _settings(db, config, backend)
    for folder in (gold, articles):
        if not folder.is_dir():
            raise _fail(f"{folder}: không phải thư mục")
    try:
        if resolve_backend(None, settings) == "llm":
            with _store(settings.db) as store:  # calls to a model are logged under the run "eval"
                scores = evaluate(gold, articles, settings.backend, settings, store.add_call)
        else:  # the rules engine needs no database
            scores = evaluate(gold, articles, settings.backend, settings)
    except ModelUnreachable as e:
        raise _fail(str(e), e.exit_code) from None
    except (ValueError, ExtractError, PromptError) as e:
        raise _fail(str(e)) from None
    if not scores.articles:
        raise _fail(f"{gold}: không có tệp chú giải nào (*.json)")
    summary = scores.summary()
    if as_json:
        data = {"articles": [a.model_dump() for a in scores.articles], "total": summary}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    mark = lambda ok: "✓" if ok else "✗"  # noqa: E731
    table = Table(title=f"eval: {settings.chosen_backend()} on {gold}")
    for col in ("article", "unit", "prov.", "period", "date", "ach R/P", "short R/P", "tasks R/P", "figures found", "figures real"):
        table.add_column(col, no_wrap=True)
    for a in scores.articles:
        if a.error:
            table.add_row(a.article, "[red]lỗi[/red]")
            continue
        cats = [f"{_ratio(s.recall)}/{_ratio(s.precision)}" for s in (a.categories[c] for c in ("achievements", "shortcomings", "next_tasks"))]
        table.add_row(
            a.article, mark(a.unit), mark(a.province), mark(a.period), mark(a.meeting_date), *cats,
            f"{a.figures_found}/{a.figures_gold}", f"{a.figures_real}/{a.figures_extracted}",
        )
    out = _console()
    out.print(table)
    _report_errors(a.error for a in scores.articles if a.error)
    n = summary["articles"]
    out.print(
        f"unit {summary['unit']}/{n}  province {summary['province']}/{n}  period {summary['period']}/{n}  "
        f"meeting date {summary['meeting_date']}/{n}"
    )
    for c, s in summary["categories"].items():
        out.print(f"{c:13} recall {_ratio(s['recall'])} ({s['covered']}/{s['required']})  precision {_ratio(s['precision'])} ({s['correct']}/{s['extracted']})")
    f = summary["figures"]
    out.print(f"figures       found {_ratio(f['found_rate'])} ({f['found']}/{f['gold']})  real {_ratio(f['real_rate'])} ({f['real']}/{f['extracted']})")


@app.command()
def usage(
    by: Annotated[str, typer.Option("--by", help="day, or run (one digest, eval or extract command).")] = "day",
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Calls to language models, tokens in and out, and estimated cost, per day or per run.

    Costs use the [prices] table of summarizer.toml (US dollars per million tokens).

    Example: summarizer usage --by run
    """
    from rich.table import Table

    from .text import format_number

    if by not in ("day", "run"):
        raise _fail(f"--by không hợp lệ: {by!r} (chọn day hoặc run)", 2)
    settings = _settings(db, config)
    with _store(settings.db, readonly=True) as store:
        rows = store.usage(by)
    table = Table(title=f"Lượt gọi mô hình theo {'ngày' if by == 'day' else 'lần chạy'}")
    table.add_column("Ngày" if by == "day" else "Lần chạy", overflow="fold")
    table.add_column("Mô hình", overflow="fold")
    for col in ("Gọi", "Lỗi", "Token vào", "Token ra", "USD"):
        table.add_column(col, justify="right", no_wrap=True)
    total = 0.0
    for r in rows:
        price = settings.prices.get(r["model"])
        cost = (r["input_tokens"] * price.input + r["output_tokens"] * price.output) / 1e6 if price else None
        total += cost or 0.0
        table.add_row(
            r["group"] or "–", r["model"], format_number(r["calls"]), format_number(r["failed"]),
            format_number(r["input_tokens"]), format_number(r["output_tokens"]),
            "chưa có giá" if cost is None else format_number(cost, 4),
        )
    out = _console()
    out.print(table)
    out.print(f"Tổng chi phí ước tính: {format_number(total, 4)} USD")


@app.command()
def schema(
    write: Annotated[bool, typer.Option("--write", help="Write the files instead of checking them.")] = False,
    folder: Annotated[Path, typer.Option("--dir", help="Where the JSON Schema files live.")] = Path("schemas"),
) -> None:
    """Check (default) or rewrite schemas/*.json, the JSON Schemas generated from the pydantic models.

    Example: summarizer schema --write
    """
    from .schemafiles import stale_schemas, write_schemas

    if write:
        for path in write_schemas(folder):
            _console().print(f"Đã ghi {path}")
        return
    stale = stale_schemas(folder)
    if stale:
        raise _fail(f"{', '.join(map(str, stale))}: lệch so với mô hình; chạy 'summarizer schema --write'")
    _console().print(f"{folder}: khớp với mô hình.")


def main() -> None:
    app()
