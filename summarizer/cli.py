"""The command line: parses arguments and calls the library; nothing here that a script could not call."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand, TyperGroup

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
    # Plain click help: typer's rich formatter costs ~70 ms of start-up, and markup would eat "[prices]".
    rich_markup_mode=None,
    cls=_Group,
)


def _show_version(value: bool) -> None:
    if value:
        from . import __version__  # the package metadata's version too (pyproject reads it from there)

        sys.stdout.write(f"summarizer {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    ctx: typer.Context,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", envvar="SUMMARIZER_DEBUG",
            help="Show the traceback of a disk or database fault, or of a bug met while extracting, instead of one line.",
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_show_version, is_eager=True)
    ] = False,
) -> None:
    ctx.meta[_DEBUG] = debug
    if ctx.invoked_subcommand not in _SILENT:
        from .logsetup import warnings_to_stderr

        warnings_to_stderr()


# Commands that only read the store and log nothing: they need no handler, and skip importing logging
# (a twentieth of their start-up).
_SILENT = ("list", "usage")


DbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--db", metavar="FILE", show_default=False,
        help="SQLite file to use (default: $SUMMARIZER_DB, summarizer.toml, or the user data dir).",
    ),
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", metavar="FILE", help="Settings file (default: ./summarizer.toml if present).", show_default=False),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Ask the model even when the store holds its answer to the very same request (the new answer replaces it).",
    ),
]
BackendOption = Annotated[
    Optional[str],
    typer.Option(
        "--backend", metavar="auto|rules|llm", show_default=False,
        help="Extraction backend (auto = llm when a model is configured, else rules).",
    ),
]


class _Command(TyperCommand):
    """typer's plain help, with each argument shown as its metavar (PATH...) instead of {paths}... <list[Path]>."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        return [self.options_metavar, *(_argument_name(p) for p in self.get_params(ctx) if p.param_type_name == "argument")]

    def format_options(self, ctx, formatter) -> None:
        params = self.get_params(ctx)
        sections = {
            "Arguments": [(_argument_name(p), p.help or "") for p in params if p.param_type_name == "argument"],
            "Options": [r for p in params if p.param_type_name == "option" and (r := p.get_help_record(ctx))],
        }
        for title, rows in sections.items():
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _argument_name(param) -> str:
    name = (param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else "")
    return name if param.required else f"[{name}]"


def _console(stderr: bool = False):
    from rich.console import Console

    # Markup and emoji codes off: a path such as "[bold red]đỏ.txt" or ":x:.txt" prints as it is.
    return Console(stderr=stderr, highlight=False, soft_wrap=True, markup=False, emoji=False)


BatchOption = Annotated[
    bool,
    typer.Option(
        "--batch",
        help="llm backend: send the pending articles as one batch through the provider's Batch API (half the price,"
        " answered within 24 h); rerun the command to collect the answers. Exit status 75 while the batch is out.",
    ),
]


def _check_batch(batch: bool, settings) -> None:
    from .extract import ExtractError, resolve_backend

    try:
        chosen = resolve_backend(None, settings)
    except ExtractError:
        return  # the command says why, as without --batch
    if batch and chosen != "llm":
        raise _fail("--batch chỉ dùng được với backend llm (đặt 'model' và chọn --backend llm)", 2)


def _fail(message: str, code: int = 1) -> typer.Exit:
    from rich.markup import escape

    _console(stderr=True).print(f"[red]lỗi:[/red] {escape(message)}", markup=True)
    return typer.Exit(code)


def _settings(
    db: Path | None, config: Path | None, backend: str | None = None, no_cache: bool = False, ctx: typer.Context | None = None
):
    """The settings; `ctx`, for a command that extracts, carries --debug down to the extraction."""
    from .config import ConfigError, config_warnings, load_settings

    if config is not None and not config.is_file():
        raise _fail(f"{config}: không tìm thấy tệp cấu hình")
    file = config or Path("summarizer.toml")
    if file.is_file():
        _report_errors(config_warnings(file), "cảnh báo")
    try:
        debug = (ctx and ctx.meta.get(_DEBUG)) or None
        return load_settings(config, db=db, backend=backend, cache=False if no_cache else None, debug=debug)
    except ConfigError as e:  # names the file, the variable or the option the bad value came from
        raise _fail(str(e), 2 if e.option else 1) from None


def _db_path(db: Path | None, config: Path | None) -> Path:
    """The database, for a command that needs no other setting (pydantic-settings costs ~100 ms to import)."""
    from .dbpath import db_without_settings

    path = db_without_settings(db, config)
    return path if path is not None else _settings(db, config).db


def _store(path: Path, readonly: bool = False):
    from .store import Store, StoreError

    try:
        return Store(path, readonly=readonly)
    except StoreError as e:
        raise _fail(str(e)) from None


def _report_errors(errors, label: str = "bỏ qua") -> None:
    from rich.markup import escape

    err = _console(stderr=True)
    for e in errors:
        err.print(f"[yellow]{label}:[/yellow] {escape(str(e))}", markup=True)


@contextmanager
def _extraction_errors(*expected: type[Exception]):
    """The one line (and exit code) for what stops a command that extracts: a batch still out (75),
    a stopped run (3, 4, 143), or an error the command expects (1)."""
    from .extract import BatchPending, ExtractError, RunStopped
    from .prompts import PromptError

    try:
        yield
    except BatchPending as e:
        _console(stderr=True).print(str(e), markup=False)
        raise typer.Exit(e.exit_code) from None
    except RunStopped as e:
        raise _fail(str(e), e.exit_code) from None
    except (ExtractError, PromptError, *expected) as e:
        raise _fail(str(e)) from None


def _parse_month(month: str) -> tuple[int, int]:
    try:
        year, mon = (int(x) for x in month.split("-"))
        if not 1 <= mon <= 12 or year < 1945:
            raise ValueError
    except ValueError:
        raise _fail(f"--month: {month!r} không hợp lệ (cần dạng YYYY-MM, ví dụ 2023-09)", 2) from None
    return year, mon


@app.command(cls=_Command)
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or folders of articles (.txt, .md, .html).", show_default=False)
    ],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Store articles without extracting them. An article already stored is skipped.

    Example: summarizer ingest examples/articles
    """
    from .pipeline import ingest as run_ingest

    settings = _settings(db, config)
    with _store(settings.db) as store:
        result = run_ingest(store, paths, max_file_mb=settings.max_file_mb)
    _report_errors(result.errors)
    _report_errors(result.warnings, "cảnh báo")
    _console().print(f"Đã lưu {result.new} bài mới, {len(result.articles) - result.new} bài đã có; {len(result.errors)} lỗi.")
    if not result.articles:
        raise typer.Exit(1)


def _short(source: str) -> str:
    """A file's name, or a URL as it is: enough to recognise a source in a table."""
    return source if "://" in source else Path(source).name


@app.command("list", cls=_Command)
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON, one object per article.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Show the stored articles: unit, period and item counts; for an article without a Report,
    whether its extraction failed (and why) or was never tried.

    Example: summarizer list --db out/summarizer.db
    """
    path = _db_path(db, config)
    with _store(path, readonly=True) as store:
        counts = store.counts()
        rows = [_list_row(r) for r in store.article_rows()]
    if as_json:
        import json

        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    out = _console()
    out.print(str(path))  # not the table's title, which rich would crop to the table's width
    out.print(_list_table(rows, out.width))
    out.print(
        f"{counts['articles']} bài viết, {counts['reports']} báo cáo, {counts['units']} đơn vị, {counts['periods']} kỳ đánh giá."
    )
    out.print("KQ: kết quả, HC: hạn chế, NV: nhiệm vụ.")


def _list_row(row: dict) -> dict:
    """A row of Store.article_rows with labels: what `list --json` prints and the table shows."""
    from types import SimpleNamespace

    from .labels import period_label, unit_label

    unit, period = row["unit"], row["period"]
    return {
        "id": row["id"],
        "source": row["source"],
        "title": row["title"],
        "status": row["status"],  # extracted, failed (no Report, the last try failed) or pending (never tried)
        "error": row["error"],
        "unit": unit and {"label": unit_label(SimpleNamespace(**unit)), "name": unit["name"], "level": unit["level"]},
        "province": unit and unit["province"],
        "period": period and {"label": period_label(SimpleNamespace(**period)), **period},
        "meeting_date": row["meeting_date"],
        "counts": row["counts"],
    }


def _shortened(error: str, limit: int = 100) -> str:
    """The first line of an error, cut at `limit` characters: enough to tell one failure from another."""
    first = error.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"


def _list_table(rows: list[dict], width: int):
    """The rows as a table that fits `width`. Below 120 columns the article id is left out and unit and
    province, period and meeting date share a cell each, so that the counts stay whole at 80."""
    from datetime import date

    from rich import box
    from rich.table import Table
    from rich.text import Text

    from .labels import date_label

    wide = width >= 120
    table = Table(box=box.HEAVY_HEAD if wide else box.SIMPLE_HEAD, pad_edge=wide)
    headers = ["Mã bài", "Đơn vị", "Tỉnh", "Kỳ đánh giá", "Ngày họp"] if wide else ["Đơn vị\nTỉnh", "Kỳ đánh giá\nNgày họp"]
    for header in headers:
        table.add_column(header, no_wrap=True)
    for header in ("KQ", "HC", "NV"):
        table.add_column(header, justify="right", no_wrap=True)
    table.add_column("Nguồn", overflow="fold")
    for r in rows:
        if r["unit"] is None:
            if r["status"] == "failed":
                state, source = Text("trích xuất lỗi", style="red"), f"{_short(r['source'])}\nlỗi: {_shortened(r['error'] or '')}"
            else:
                state, source = Text("chưa trích xuất", style="dim"), _short(r["source"])
            # The id and the state take two of the headers' cells when wide, the state one when not.
            table.add_row(*([r["id"]] if wide else []), state, *[""] * (len(headers) + 2 - wide), source)
            continue
        meeting = date_label(date.fromisoformat(r["meeting_date"]) if r["meeting_date"] else None)
        labels = [r["unit"]["label"], r["province"] or "", r["period"]["label"] if r["period"] else "chưa rõ", meeting]
        cells = [r["id"], *labels] if wide else [f"{labels[0]}\n{labels[1]}", f"{labels[2]}\n{labels[3]}"]
        table.add_row(*cells, *(str(r["counts"][c]) for c in ("achievements", "shortcomings", "next_tasks")), _short(r["source"]))
    return table


@app.command(cls=_Command)
def extract(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="One article file (.txt, .md, .html).", show_default=False)],
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="json|md", help="json (the contract other tools read) or md.")
    ] = "json",
    backend: BackendOption = None,
    no_cache: NoCacheOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Print the Report of one article; the Report is not stored. The rules engine opens no
    database; the llm backend logs its calls and caches the model's answers there, so the same
    article extracted again, or in a digest, costs no new call.

    \b
    Example: summarizer extract examples/articles/2023-09-tho-xuan-ubnd.txt --format json
    """
    from .extract import extract as run_extract, resolve_backend
    from .render import render_report
    from .sources import SourceError, read_article

    if format not in ("json", "md"):
        raise _fail(f"--format: {format!r} không hợp lệ (chọn json hoặc md)", 2)
    settings = _settings(db, config, backend, no_cache, ctx)
    with _extraction_errors(SourceError):
        article = read_article(file, settings.max_file_mb)
        if resolve_backend(None, settings) == "llm":
            with _store(settings.db) as store:  # calls logged, answers cached; the Report is not stored
                report = run_extract(article, settings.backend, settings, store.add_call, run="extract", cache=store)
        else:  # the rules engine needs no database
            report = run_extract(article, settings.backend, settings)
    sys.stdout.write(render_report(report, format))


@app.command(cls=_Command)
def digest(
    ctx: typer.Context,
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(metavar="PATH", help="Articles to read first; without them, every stored article counts.", show_default=False),
    ] = None,
    month: Annotated[
        str, typer.Option("--month", "-m", metavar="YYYY-MM", help="Month the reviewed periods end in.", show_default=False)
    ] = ...,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder to write the digest files into.")] = Path("out"),
    formats: Annotated[str, typer.Option("--format", "-f", metavar="LIST", help="Comma-separated: md, html, docx (Word), json.")] = "md,html",
    province: Annotated[
        Optional[str], typer.Option("--province", metavar="P", help="Only units of this province (of the time or now).", show_default=False)
    ] = None,
    units: Annotated[
        Optional[list[str]], typer.Option("--unit", metavar="U", help="Only this unit (repeatable), e.g. --unit 'Thọ Xuân'.", show_default=False)
    ] = None,
    office: Annotated[
        Optional[str], typer.Option("--office", metavar="NAME", help="Issuing office printed at the top, e.g. 'VĂN PHÒNG TỈNH ỦY'.", show_default=False)
    ] = None,
    by: Annotated[
        str, typer.Option("--by", metavar="reviewed|meeting", help="reviewed: periods ending in the month; meeting: meetings held in it.")
    ] = "reviewed",
    generated_at: Annotated[
        Optional[str], typer.Option("--generated-at", metavar="ISO", help="Generation time to print (default SOURCE_DATE_EPOCH, else now).", show_default=False)
    ] = None,
    backend: BackendOption = None,
    no_cache: NoCacheOption = False,
    batch: BatchOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Write the month's digest across all districts. Reads the PATHs, extracts what has no Report yet
    and writes out/ban-tin-YYYY-MM.{md,html}.

    A 9-month review belongs to September, a Q1 review to March. Reruns reuse stored Reports and
    write the same files.

    Example: summarizer digest examples/articles --month 2023-09 --out out/
    """
    from rich.progress import Progress

    from .digest import BY_CHOICES, DigestOptions, generation_time
    from .labels import one_of
    from .pipeline import DigestError, run_digest
    from .render import FORMATS

    year, mon = _parse_month(month)
    fmts = [f.strip() for f in formats.split(",") if f.strip()]
    if bad := [f for f in fmts if f not in FORMATS]:
        raise _fail(f"--format: {', '.join(map(repr, bad))} không hợp lệ (chọn {one_of(FORMATS)})", 2)
    if by not in BY_CHOICES:
        raise _fail(f"--by: {by!r} không hợp lệ (chọn {one_of(BY_CHOICES)})", 2)
    try:
        when = generation_time(generated_at, os.environ)
    except ValueError as e:
        raise _fail(str(e), 2) from None
    settings = _settings(db, config, backend, no_cache, ctx)
    options = DigestOptions(office=office or settings.office, by=by, province=province, units=tuple(units or ()),
                            generated_at=when)
    _check_batch(batch, settings)
    err = _console(stderr=True)
    # Not on a terminal (a pipe, a log file) the bar would only leave an empty line behind.
    with _store(settings.db) as store, Progress(transient=True, console=err, disable=not err.is_terminal) as progress:

        def advance(done: int, total: int) -> None:  # the bar appears when extraction starts
            if not progress.task_ids:
                progress.add_task("Trích xuất", total=total)
            progress.update(progress.task_ids[0], completed=done)

        def problem(kind: str, message: str) -> None:
            _report_errors([message], "bỏ qua" if kind == "error" else "cảnh báo")

        with _extraction_errors(DigestError):
            result = run_digest(store, settings, year, mon, paths, out, fmts, on_progress=advance, on_problem=problem, batch=batch,
                                options=options)
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


@app.command("eval", cls=_Command)
def eval_(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Option("--gold", metavar="DIR", help="Folder of gold annotation files (*.json).", show_default=False)],
    articles: Annotated[Path, typer.Option("--articles", metavar="DIR", help="Folder holding the annotated articles.", show_default=False)],
    manifest: Annotated[
        Optional[Path],
        typer.Option(
            "--manifest",
            metavar="FILE",
            help="Table (tab- or comma-separated) with the columns file and url: each article is read as published at its url, whose address may name its unit.",
            show_default=False,
        ),
    ] = None,
    backend: BackendOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    no_cache: NoCacheOption = False,
    batch: BatchOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Score a backend against gold annotations. Scores metadata, recall/precision per category, figures.

    \b
    Example: summarizer eval --gold tests/data/gold --articles tests/data/articles
    """
    import json

    from rich.table import Table
    from rich.text import Text

    from .evaluation import evaluate, load_manifest
    from .extract import resolve_backend

    settings = _settings(db, config, backend, no_cache, ctx)
    _check_batch(batch, settings)
    for folder in (gold, articles):
        if not folder.is_dir():
            raise _fail(f"{folder}: {'không phải thư mục' if folder.exists() else 'không tìm thấy'}")
    cached = []  # answers replayed from the cache: what they score is the model's earlier answer
    with _extraction_errors(ValueError):
        urls = load_manifest(manifest) if manifest else None
        if resolve_backend(None, settings) == "llm":
            with _store(settings.db) as store:  # calls to a model are logged under the run "eval"

                def log(call) -> None:
                    store.add_call(call)
                    if call.outcome == "cached":
                        cached.append(call)

                scores = evaluate(gold, articles, settings.backend, settings, log, cache=store, batch=batch, urls=urls)
        else:  # the rules engine needs no database
            scores = evaluate(gold, articles, settings.backend, settings, urls=urls)
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
            table.add_row(a.article, Text("lỗi", style="red"))
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
    if cached and not batch:  # with --batch, the batch's answers are taken in through the cache
        out.print(f"{len(cached)} câu trả lời lấy từ bộ nhớ đệm, không gọi lại mô hình (--no-cache để hỏi lại)")


@app.command(cls=_Command)
def usage(
    by: Annotated[str, typer.Option("--by", metavar="day|run", help="day, or run (one digest, eval or extract command).")] = "day",
    article: Annotated[
        Optional[str], typer.Option("--article", metavar="ID", help="Show the calls of one article (id from 'list --json'), with what the model answered when a call was not ok.")
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Show calls to language models, tokens, estimated cost and how the articles' extractions ended. Per day or per run.

    Costs use the [prices] table of summarizer.toml (US dollars per million tokens). An article
    re-asked until its answer was right counts as extracted, not as an error.

    Example: summarizer usage --by run
    """
    from rich.table import Table

    from .text import format_number

    if by not in ("day", "run"):
        raise _fail(f"--by: {by!r} không hợp lệ (chọn day hoặc run)", 2)
    from rich import box

    settings = _settings(db, config)
    with _store(settings.db, readonly=True) as store:
        if article is not None:
            _print_calls(article, store.calls(article))
            return
        rows = store.usage(by)
    # Headers on two lines and no vertical rules: nine columns fit in 80.
    table = Table(title=f"Lượt gọi mô hình và kết quả trích xuất theo {'ngày' if by == 'day' else 'lần chạy'}",
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("Ngày" if by == "day" else "Lần chạy", overflow="fold")
    table.add_column("Mô hình", overflow="fold")
    for col in ("Gọi", "Token\nvào", "Token\nra", "USD", "Bài\nđạt", "Gắn\ncờ", "Thất\nbại"):
        table.add_column(col, justify="right", no_wrap=True)
    total = 0.0
    for r in rows:
        price = settings.prices.get(r["model"])
        cost = (r["input_tokens"] * price.input + r["output_tokens"] * price.output) / 1e6 if price else None
        total += cost or 0.0
        table.add_row(
            r["group"] or "–", r["model"], format_number(r["calls"]),
            format_number(r["input_tokens"]), format_number(r["output_tokens"]),
            "–" if not r["calls"] else "chưa có giá" if cost is None else format_number(cost, 4),
            *(format_number(r[k]) for k in ("extracted", "flagged", "failed")),
        )
    out = _console()
    out.print(table)
    out.print(f"Tổng chi phí ước tính: {format_number(total, 4)} USD")
    out.print("Bài đạt: trích xuất được; Gắn cờ: trích xuất được, có mục chưa kiểm chứng (không vào bản tin); Thất bại: không trích xuất được.")


def _print_calls(article_id: str, calls: list) -> None:
    """The calls of one article, oldest first; for a call that was not ok, why, and the raw answer."""
    if not calls:
        raise _fail(f"--article: không có lượt gọi mô hình nào của bài {article_id}")
    lines = []
    for c in calls:
        tokens = f"{c.input_tokens or 0} → {c.output_tokens or 0} token"
        lines.append(f"{c.started_at}  phần {c.chunk + 1}  {c.model}  {c.outcome}  {tokens}")
        if c.error:
            lines.append(f"  lỗi: {c.error}")
        if c.answer:
            lines.append("  câu trả lời của mô hình:")
            lines += [f"    {line}" for line in c.answer.splitlines()]
    sys.stdout.write("\n".join(lines) + "\n")  # not through rich: an answer may hold [markup]


@app.command(cls=_Command)
def ask(
    ctx: typer.Context,
    question: Annotated[
        Optional[str], typer.Argument(metavar="QUESTION", help="The question; without it, an interactive prompt (Ctrl-D leaves).", show_default=False)
    ] = None,
    month: Annotated[Optional[str], typer.Option("--month", "-m", metavar="YYYY-MM", help="Only Reports whose period ends in this month.", show_default=False)] = None,
    start: Annotated[Optional[str], typer.Option("--from", metavar="YYYY-MM", help="Only periods ending from this month.", show_default=False)] = None,
    end: Annotated[Optional[str], typer.Option("--to", metavar="YYYY-MM", help="Only periods ending up to this month.", show_default=False)] = None,
    province: Annotated[Optional[str], typer.Option("--province", metavar="P", help="Only units of this province.", show_default=False)] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", metavar="U", help="Only this unit ('Na Rì' or 'huyện Na Rì').", show_default=False)] = None,
    backend: Annotated[
        Optional[str],
        typer.Option("--backend", metavar="auto|rules|llm", show_default=False,
                     help="rules: the matching items quoted; llm: an answer written by the model from them, checked; auto: llm when a model is configured."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON (filters read, evidence, figures).")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Answer a question in Vietnamese from the stored Reports and articles, citing each source [n].

    Figure questions ("thấp nhất", "cao nhất", "bao nhiêu", "dưới 50%") are answered from the stored
    figures, sorted. Exit status 1 when nothing relevant is stored ("Không tìm thấy …").

    \b
    Example: summarizer ask "Những huyện nào thu ngân sách đạt thấp trong quý III/2023?"
    """
    from .ask import AskError, ask as run_ask, catalog
    from .prompts import PromptError
    from .store import NO_DATABASE

    settings = _settings(db, config, backend, False, ctx)
    if not settings.db.exists():  # a mistyped --db: nothing to ask, and nothing is created
        raise _fail(f"{settings.db}: {NO_DATABASE}")
    with _store(settings.db) as store:  # not read-only: an older file gets its index here
        cat = catalog(store)

        def one(text: str) -> bool:
            try:
                answer = run_ask(store, text, settings, backend, month, start, end, province, unit, cat=cat)
            except AskError as e:
                raise _fail(str(e), 2) from None
            except PromptError as e:
                raise _fail(str(e)) from None
            _report_errors(answer.notes, "cảnh báo")
            if as_json:
                import json

                sys.stdout.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
            else:
                sys.stdout.write(answer.text + "\n")
            return answer.found

        if question is not None:
            if not question.strip():
                raise _fail("câu hỏi rỗng", 2)
            if not one(question):
                raise typer.Exit(1)
            return
        _interactive(one)


def _interactive(one) -> None:
    """Questions read one per line until Ctrl-D (or 'thoát'), with the line editor's history, kept
    between sessions."""
    tty = sys.stdin.isatty()
    readline = None
    if tty:
        try:
            import readline  # line editing and history for input()
        except ImportError:  # not on every platform
            pass
        sys.stderr.write("Nhập câu hỏi (Ctrl-D để thoát).\n")
    if readline is None:
        _questions(one, tty)
        return
    from .dbpath import ask_history

    history = ask_history()
    try:
        readline.read_history_file(history)
    except OSError:  # the first session, or an unreadable file: start without
        pass
    readline.set_history_length(1000)
    try:
        _questions(one, tty)
    finally:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            partial = history.with_name(history.name + ".partial")
            readline.write_history_file(partial)
            os.replace(partial, history)  # whole or not at all, like every file the tool writes
        except OSError:  # a read-only home: the session worked, its history is not kept
            pass


def _questions(one, tty: bool) -> None:
    while True:
        try:
            line = input("? " if tty else "")
        except EOFError:
            if tty:
                sys.stderr.write("\n")
            return
        except KeyboardInterrupt:  # Ctrl-C drops the line being typed
            sys.stderr.write("\n")
            continue
        if line.strip().lower() in ("thoát", "thoat", "exit", "quit"):
            return
        if line.strip():
            one(line)
            sys.stdout.write("\n")


@app.command(cls=_Command)
def schema(
    write: Annotated[bool, typer.Option("--write", help="Write the files instead of checking them.")] = False,
    folder: Annotated[Path, typer.Option("--dir", metavar="DIR", help="Where the JSON Schema files live.")] = Path("schemas"),
) -> None:
    """Check (default) or rewrite schemas/*.json. They are the JSON Schemas generated from the pydantic models.

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


@app.command("run", cls=_Command)
def run_(
    ctx: typer.Context,
    month: Annotated[
        Optional[str], typer.Option("--month", "-m", metavar="YYYY-MM", help="Digest this month (default: the one due today).", show_default=False)
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be done; fetch, extract and send nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Build and deliver the digest again on every channel, even if delivered.")] = False,
    log_format: Annotated[str, typer.Option("--log-format", metavar="text|json", help="Logs on stderr: text, or JSON lines.")] = "text",
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Collect new articles from the configured sources, extract them, and deliver the digest when due.

    Meant for cron or a systemd timer (see 'summarizer schedule'). Running it twice does nothing the
    second time. Exit codes: 0 done, 1 some source, article or delivery failed (tried again next run),
    5 nothing to do, 6 another run holds the lock, 78 configuration error; 3 and 4 as for extract.

    Example: summarizer run --config summarizer.toml
    """
    from . import runner

    if log_format not in ("text", "json"):
        raise _fail(f"--log-format: {log_format!r} không hợp lệ (chọn text hoặc json)", 2)
    from .logsetup import log_lines

    log = log_lines(log_format == "json")
    period = _parse_month(month) if month else None
    try:
        settings = _settings(db, config, ctx=ctx)
    except typer.Exit as e:
        raise typer.Exit(runner.CONFIG_ERROR if e.exit_code else 0) from None
    if not settings.sources:
        raise _fail(f"{config or 'summarizer.toml'}: chưa có nguồn nào ([[sources]]); xem examples/summarizer.toml",
                    runner.CONFIG_ERROR)
    if dry_run:
        sys.stdout.write("".join(f"{line}\n" for line in runner.plan(settings, period)))
        return
    try:
        with _extraction_errors():
            result = runner.run(settings, period, force=force)
    except runner.RunLocked as e:
        raise _fail(str(e), runner.LOCKED) from None
    log.info(
        "%d bài mới, %d báo cáo mới, gửi: %s, lỗi: %d", result.new_articles, result.extracted,
        ", ".join(result.delivered) or "không", len(result.failed),
    )
    raise typer.Exit(result.exit_code)


@app.command(cls=_Command)
def runs(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many runs, newest first.")] = 20,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per run.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """List the history of 'summarizer run': start, end, what was fetched, extracted, delivered, failed and why.

    Example: summarizer runs -n 5
    """
    import json

    with _store(_db_path(db, config), readonly=True) as store:
        rows = store.runs(limit)
    if json_out:
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        return
    if not rows:
        _console().print("Chưa có lần chạy nào.")
        return
    lines = []
    for r in rows:
        end = r["ended_at"][11:19] if r["ended_at"] else "chưa kết thúc (bị dừng?)"
        lines.append(
            f"#{r['id']}  {r['started_at'][:19].replace('T', ' ')} → {end}  {r['status']}  kỳ {r['month']}  "
            f"đọc {r.get('fetched', 0)}, bài mới {r.get('new_articles', 0)}, trích xuất {r.get('extracted', 0)}, "
            f"gửi {', '.join(r.get('delivered', [])) or '–'}"
        )
        lines += [f"    lỗi: {f}" for f in r.get("failed", [])]
    sys.stdout.write("\n".join(lines) + "\n")  # not through rich: an error may hold [markup]


@app.command(cls=_Command)
def schedule(
    print_: Annotated[bool, typer.Option("--print", help="Print the crontab line and the systemd units (nothing is installed).")] = True,
    at: Annotated[str, typer.Option("--at", metavar="HH:MM", help="Time of day to run.")] = "06:17",
    config: Annotated[Path, typer.Option("--config", metavar="FILE", help="Settings file the scheduled run reads.")] = Path("summarizer.toml"),
) -> None:
    """Print a crontab line and a systemd service + timer that run 'summarizer run' every day.

    The README says how to install them. Example: summarizer schedule --print --config /srv/ban-tin/summarizer.toml
    """
    from .schedule import crontab, systemd_units

    try:
        hour, minute = (int(x) for x in at.split(":"))
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError
    except ValueError:
        raise _fail(f"--at: {at!r} không hợp lệ (cần HH:MM, ví dụ 06:17)", 2) from None
    if not config.is_file():
        raise _fail(f"{config}: không tìm thấy tệp cấu hình")
    parts = ["# crontab (crontab -e):", crontab(config, hour, minute).rstrip()]
    for name, text in systemd_units(config, hour, minute).items():
        parts += ["", f"# /etc/systemd/system/{name}", text.rstrip()]
    sys.stdout.write("\n".join(parts) + "\n")


def main() -> None:
    app()
