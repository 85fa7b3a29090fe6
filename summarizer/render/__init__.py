"""Rendering: Digests and Reports to Markdown, HTML and JSON through the jinja2 templates beside this file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..metrics import metric_label
from ..periods import date_label, period_label
from ..schema import Digest, Report
from ..text import format_number
from ..units import province_label, unit_label

CATEGORY_HEADINGS = (
    ("achievements", "Kết quả đạt được"),
    ("shortcomings", "Hạn chế, tồn tại"),
    ("next_tasks", "Nhiệm vụ trọng tâm thời gian tới"),
)
FORMATS = ("md", "html", "docx", "json")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _escape_html(value: object) -> str:
    """What a Markdown template writes, with &, < and > as entities: Markdown is often rendered as HTML,
    and an article's text must not become markup there (a "<script>" in an article)."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def _env(autoescape: bool):
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=autoescape,
        # HTML is autoescaped; Markdown gets every written value escaped here, so no template can forget one.
        finalize=None if autoescape else _escape_html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        unit=unit_label,
        province=province_label,
        period=period_label,
        vndate=date_label,
        metric=metric_label,
        cell=lambda s: str(s).replace("|", "\\|").replace("\n", " "),
        roman=lambda n, offset=0: _ROMAN[n - 1 + offset],
        person=lambda p: f"{p.name} ({p.title})" if p.title else p.name,
        num=format_number,
        pct=lambda v: "" if v is None else f"{format_number(v)}%",
        change=change_label,
        generated=lambda t: t.strftime("%H:%M ngày %d/%m/%Y") + (" (UTC)" if t.utcoffset() is not None and not t.utcoffset() else ""),
    )
    return env


def _tidy(text: str) -> str:
    """Templates leave runs of blank lines where blocks were skipped; Markdown wants at most one."""
    lines, blank = [], False
    for line in text.splitlines():
        if not line.strip():
            if not blank:
                lines.append("")
            blank = True
            continue
        lines.append(line.rstrip())
        blank = False
    return "\n".join(lines).strip() + "\n"


def change_label(figure) -> str:
    """'tăng 8,4%', 'giảm 2%', 'bằng 95,27%': a figure's change on the same period last year."""
    if figure.change_pct is not None:
        return f"{'tăng' if figure.change_pct >= 0 else 'giảm'} {format_number(abs(figure.change_pct))}%"
    if figure.ratio_pct is not None:
        return f"bằng {format_number(figure.ratio_pct)}%"
    return ""


def _context(digest: Digest) -> dict:
    units = {(s.unit.province, s.unit.name) for s in digest.sources if s.unit.name}
    provinces = {s.unit.province for s in digest.sources if s.unit.province}
    return dict(
        d=digest, categories=CATEGORY_HEADINGS, unit_count=len(units) or len(digest.sources), province_count=len(provinces)
    )


def render_markdown(digest: Digest) -> str:
    return _tidy(_env(False).get_template("digest.md.j2").render(**_context(digest)))


def render_json(digest: Digest) -> str:
    """The Digest model as JSON (schemas/digest.schema.json)."""
    return digest.model_dump_json(indent=2) + "\n"


def render_html(digest: Digest, office: str | None = None, place: str | None = None) -> str:
    """One self-contained HTML page (render/page.py)."""
    from .page import html_page

    return html_page(digest, office, place)


def render_docx(digest: Digest, office: str | None = None, place: str | None = None) -> bytes:
    """A Word file laid out per Nghị định 30/2020 (render/word.py); the same digest gives the same bytes."""
    from .word import word_file

    return word_file(digest, office, place)


def renderers() -> dict:
    """Format name -> function of a Digest giving the file's text (or bytes)."""
    return {"md": render_markdown, "html": render_html, "docx": render_docx, "json": render_json}


def render_digest(digest: Digest, fmt: str) -> str | bytes:
    render = renderers().get(fmt)
    if render is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return render(digest)


def render_report(report: Report, fmt: str) -> str:
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt == "md":
        return _tidy(_env(False).get_template("report.md.j2").render(r=report, categories=CATEGORY_HEADINGS))
    raise ValueError(f"unknown format {fmt!r}; choose json or md")
