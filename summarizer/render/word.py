"""The digest as a Word file laid out like a Vietnamese administrative document (Nghị định 30/2020).

A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman 14 pt (11 pt in tables);
the issuing office on the left and the national motto on the right of a borderless table at the top;
the place and date line; the title; numbered sections; tables whose header row repeats on every page;
page numbers at the top centre from page 2; the chart as a PNG; each line's quotes as numbered notes.

The same digest gives the same bytes: the core properties' dates come from the digest's generation
time, and the zip entries are written again with that time instead of the clock's.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone

from ..labels import date_label, period_label
from ..units import province_label
from ..metrics import metric_label
from ..schema import Digest, DigestLine, KeyFigure
from ..text import format_number
from . import _ROMAN as ROMAN
from . import CATEGORY_HEADINGS, chart
from .layout import CONTINUITY, CONTINUITY_TITLES, MOTTO, change_label, date_line, issued_at

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 11
DEFAULT_OFFICE = "CƠ QUAN TỔNG HỢP"


def word_file(digest: Digest, office: str | None = None, place: str | None = None) -> bytes:
    """The Word file of `digest`. `office` (default: the digest's, else a placeholder) heads the page;
    `place` (default: the digest's one province, if it has one) opens the date line."""
    from docx import Document

    doc = Document()
    _page_setup(doc)
    _styles(doc)
    _page_numbers(doc)
    when = issued_at(digest)
    _heading_block(doc, (office or digest.scope.office or DEFAULT_OFFICE).upper(), date_line(digest, place))
    notes: list[str] = []
    _title(doc, digest)
    _overview(doc, digest)
    for number, (category, heading) in zip((2, 4, 5), CATEGORY_HEADINGS):
        if number == 4:
            _key_figures(doc, digest)
        _category(doc, digest, number, category, heading, notes)
    _annex(doc, digest)
    _notes(doc, digest, notes)
    _properties(doc, digest, when)
    out = io.BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue(), when)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (a control character scraped with an article
    would make python-docx refuse the whole file)."""
    return _NOT_XML.sub("", text)


def _run(paragraph, text: str):
    return paragraph.add_run(_clean(text))


def _para(doc, text: str = "", style: str | None = None):
    return doc.add_paragraph(_clean(text), style=style)


# --- page, styles, header ------------------------------------------------------------------------


def _page_setup(doc) -> None:
    from docx.shared import Mm

    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.header_distance = Mm(10)


def _set_fonts(element, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Times New Roman for every script slot: python-docx's font.name sets only ascii and hAnsi, and
    Word picks the eastAsia or cs slot for some Vietnamese text."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    element.font.name = FONT
    rpr = element.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # a theme font wins over a named one
        fonts.attrib.pop(qn(theme), None)
    if size_pt is not None:
        element.font.size = Pt(size_pt)
    if bold is not None:
        element.font.bold = bold


def _styles(doc) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    normal = doc.styles["Normal"]
    _set_fonts(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, size in (("Title", 14), ("Heading 1", 14), ("Heading 2", 14)):
        style = doc.styles[name]
        _set_fonts(style, size, bold=True)
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12 if name != "Heading 2" else 6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    title = doc.styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The template's Title has a blue bottom border; an administrative title has none.
    ppr = title.element.pPr
    if ppr is not None:
        for border in ppr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr"):
            ppr.remove(border)
    doc.styles["Heading 2"].font.italic = False


def _page_numbers(doc) -> None:
    """A PAGE field at the top centre of every page but the first (a different first-page header, left empty)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(paragraph, "PAGE", "2")
    section.first_page_header.paragraphs[0].text = ""


def _field(paragraph, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) that Word and LibreOffice update."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        _set_fonts(run, 13)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    _set_fonts(_run(paragraph, shown), 13)
    char("end")


def _borderless(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_text(cell, text: str, size: float, bold: bool = False, italic: bool = False, underline: bool = False,
               first: bool = True, align: str = "center") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_after = Pt(0)
    run = _run(paragraph, text)
    _set_fonts(run, size, bold)
    run.italic = italic
    run.underline = underline


def _heading_block(doc, office: str, dated: str) -> None:
    """Office | motto, then (empty) | place and date: the head of every administrative document."""
    from docx.shared import Mm

    table = doc.add_table(rows=2, cols=2)
    _borderless(table)
    _widths(table, (62, 103))
    _cell_text(table.cell(0, 0), office, 13, bold=True)
    # Nghị định 30/2020: a short rule under the office's name and under the motto.
    _cell_text(table.cell(0, 0), "───────", 13, first=False)
    _cell_text(table.cell(0, 1), MOTTO[0], 12, bold=True)
    _cell_text(table.cell(0, 1), MOTTO[1], 14, bold=True, first=False)
    _cell_text(table.cell(0, 1), "───────────────", 13, first=False)
    _cell_text(table.cell(1, 1), dated, 14, italic=True)


def _title(doc, digest: Digest) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    _para(doc, digest.scope.title, style="Title")
    scope = digest.scope
    made_by = f"Trích xuất: {scope.backend}" + (f", mô hình {scope.model}" if scope.model else "") if scope.backend else ""
    for line in (scope.description, made_by):
        if line:
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(paragraph, line).italic = True


# --- body ----------------------------------------------------------------------------------------


def _table(doc, header: tuple[str, ...], rows: list[tuple[str, ...]], widths_mm: tuple[float, ...]) -> None:
    """A bordered table in 11 pt whose first row is marked to repeat at the top of every page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.shared import Mm

    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    head = table.rows[0]
    marker = OxmlElement("w:tblHeader")
    head._tr.get_or_add_trPr().append(marker)
    for cell, text in zip(head.cells, header):
        _cell_text(cell, text, TABLE_PT, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            _cell_text(cell, text, TABLE_PT, align="left")
    _widths(table, widths_mm)


def _widths(table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads it) and in every cell (Word reads those)."""
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _overview(doc, digest: Digest) -> None:
    _para(doc, f"{ROMAN[0]}. TỔNG QUAN", style="Heading 1")
    rows = [
        (
            str(s.number),
            s.unit_label or "chưa rõ",
            province_label(s.unit) or "chưa rõ",
            s.organ or "chưa rõ",
            date_label(s.meeting_date),
            period_label(s.period),
            " / ".join(str(s.counts.get(c, 0)) for c, _ in CATEGORY_HEADINGS),
        )
        for s in digest.sources
    ]
    _table(doc, ("STT", "Đơn vị", "Tỉnh", "Cơ quan họp", "Ngày họp", "Kỳ đánh giá", "KQ / HC / NV"), rows,
           (12, 28, 27, 28, 22, 26, 22))
    _para(doc, "KQ / HC / NV: số kết quả, hạn chế, nhiệm vụ nêu trong bài viết; STT là số của nguồn ở phụ lục.").runs[0].italic = True


def _refs(sources: list[int]) -> str:
    return "".join(f"[{n}]" for n in sources)


def _line(doc, line: DigestLine, notes: list[str]) -> None:
    """'- Label: summary [1][2]' with its note number; each unit's own figures below a merged line."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.first_line_indent = None
    sources = line.sources or [line.source]
    _run(paragraph, f"- {line.label or line.unit}: ").bold = True
    _run(paragraph, f"{line.summary} {_refs(sources)}")
    entries = line.entries or []
    quotes = "; ".join(f"{e.unit} [{e.source}]: «{e.evidence}»" for e in entries) or f"{line.unit} [{line.source}]: «{line.evidence}»"
    notes.append(quotes)
    _run(paragraph, str(len(notes))).font.superscript = True
    if len(entries) > 1:
        for entry in entries:
            if entry.metrics:
                sub = doc.add_paragraph()
                sub.paragraph_format.left_indent = _mm(8)
                _run(sub, f"+ {entry.unit}: {'; '.join(metric_label(m) for m in entry.metrics)} [{entry.source}]")


def _mm(value: float):
    from docx.shared import Mm

    return Mm(value)


def _category(doc, digest: Digest, number: int, category: str, heading: str, notes: list[str]) -> None:
    _para(doc, f"{ROMAN[number - 1]}. {heading.upper()}", style="Heading 1")
    for remark in digest.remarks:
        if remark.category == category and remark.text:
            paragraph = doc.add_paragraph()
            _run(paragraph, "Nhận xét chung: ").bold = True
            _run(paragraph, remark.text)
        if remark.category == category and remark.note:
            _run(_para(doc), remark.note).italic = True
    sections = [s for s in digest.sections if s.category == category]
    if not sections:
        _para(doc, "Các bài viết không nêu nội dung này.").runs[0].italic = True
    for index, section in enumerate(sections, start=1):
        label = section.heading or (section.sector.label if section.sector else "Vấn đề chung")
        _para(doc, f"{index}. {label}", style="Heading 2")
        for line in section.lines:
            _line(doc, line, notes)
    kind = CONTINUITY.get(category)
    followed = [c for c in digest.continuity if c.kind == kind]
    if followed:
        _para(doc, f"{len(sections) + 1}. {CONTINUITY_TITLES[kind]}", style="Heading 2")
        for note in followed:
            paragraph = doc.add_paragraph()
            _run(paragraph, f"- {note.unit}: ").bold = True
            previous = period_label(note.previous.period) if note.previous.period else date_label(note.previous.meeting_date)
            _run(paragraph, f"{note.summary} [{note.source}] (kỳ trước, {previous}: {note.previous.summary})")


def _figure_row(figure: KeyFigure) -> tuple[str, ...]:
    return (
        figure.unit,
        format_number(figure.value),
        figure.value_unit or "",
        figure.period_label,
        "" if figure.target_pct is None else f"{format_number(figure.target_pct)}%",
        change_label(figure),
        f"[{figure.source}]",
    )


def _key_figures(doc, digest: Digest) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    _para(doc, f"{ROMAN[2]}. MỘT SỐ CHỈ TIÊU CHỦ YẾU", style="Heading 1")
    if not digest.key_figures:
        _para(doc, "Các bài viết không nêu chỉ tiêu so sánh được giữa các đơn vị.").runs[0].italic = True
    for index, indicator in enumerate(digest.key_figures, start=1):
        _para(doc, f"{index}. {indicator.label}", style="Heading 2")
        if indicator.note:
            _run(_para(doc), indicator.note).italic = True
        _table(doc, ("Đơn vị", "Giá trị", "Đơn vị tính", "Kỳ số liệu", "% kế hoạch", "So cùng kỳ", "Nguồn"),
               [_figure_row(f) for f in indicator.figures], (36, 22, 22, 30, 18, 22, 15))
    for index, series in enumerate(digest.chart, start=1):
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.space_before = Pt(12)
        picture.paragraph_format.keep_with_next = True
        picture.add_run().add_picture(io.BytesIO(chart.png(series)), width=Mm(150))
        caption = doc.add_paragraph()
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(caption, f"Biểu đồ {index}. {series.title}").italic = True


def _annex(doc, digest: Digest) -> None:
    _para(doc, f"{ROMAN[5]}. PHỤ LỤC: TÓM TẮT BÁO CÁO CỦA TỪNG ĐƠN VỊ", style="Heading 1")
    for s in digest.sources:
        paragraph = doc.add_paragraph()
        province = province_label(s.unit)
        _run(paragraph, f"[{s.number}] {s.unit_label or 'Đơn vị chưa rõ'}").bold = True
        _run(paragraph, f" ({province})" if province else "")
        _run(paragraph, f": {s.title or '(không có tiêu đề)'}")
        details = [f"{s.organ or 'Cơ quan họp chưa rõ'}, họp ngày {date_label(s.meeting_date)}, kỳ đánh giá {period_label(s.period)}"]
        if s.chairs:
            details.append("Chủ trì: " + "; ".join(f"{p.name} ({p.title})" if p.title else p.name for p in s.chairs))
        if s.summary and s.summary != s.title:
            details.append(f"Tóm tắt: {s.summary}")
        for text in details:
            sub = _para(doc, text)
            sub.paragraph_format.left_indent = _mm(8)
        sub = doc.add_paragraph()
        sub.paragraph_format.left_indent = _mm(8)
        _run(sub, "Nguồn: ")
        if s.link:
            _hyperlink(sub, s.link)
        else:
            _run(sub, s.source)
        _run(sub, f" (mã bài {s.article_id})")


def _hyperlink(paragraph, url: str) -> None:
    """A clickable external link (python-docx has no API for one): a relationship and a w:hyperlink run."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(_clean(url), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = _run(paragraph, url)
    run.font.underline = True
    run.font.color.rgb = _blue()
    link.append(run._r)
    paragraph._p.append(link)


def _blue():
    from docx.shared import RGBColor

    return RGBColor(0x1F, 0x4E, 0x99)


def _notes(doc, digest: Digest, notes: list[str]) -> None:
    from docx.shared import Pt

    if not notes and not digest.notes:
        return
    _para(doc, "GHI CHÚ", style="Heading 1")
    if notes:
        _para(doc, "Trích dẫn nguyên văn từ bài viết nguồn của từng dòng (số [n] chỉ nguồn ở phụ lục):").runs[0].italic = True
    for number, text in enumerate(notes, start=1):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        run = _run(paragraph, f"{number}. {text}")
        run.font.size = Pt(12)
    for text in digest.notes:
        paragraph = doc.add_paragraph()
        run = _run(paragraph, f"- {text}")
        run.font.size = Pt(12)
        run.italic = True


# --- reproducible bytes --------------------------------------------------------------------------


def _properties(doc, digest: Digest, when: datetime) -> None:
    props = doc.core_properties
    props.title = _clean(digest.scope.title)
    props.author = props.last_modified_by = "summarizer"
    props.comments = ""
    props.subject = _clean(digest.scope.description)
    props.language = "vi-VN"
    props.created = props.modified = props.last_printed = when.astimezone(timezone.utc).replace(tzinfo=None)
    props.revision = 1


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """The package again with every entry dated `when` (python-docx stamps the clock's time) in a fixed order."""
    stamp = max(when.astimezone(timezone.utc).timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
