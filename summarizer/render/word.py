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
import secrets
import zipfile
from datetime import datetime, timezone

from ..labels import date_label, period_label
from ..metrics import metric_label
from ..schema import Digest, DigestLine, KeyFigure
from ..text import format_number
from ..units import province_label
from . import _ROMAN as ROMAN
from . import CATEGORY_HEADINGS, change_label, chart
from .layout import CONTINUITY, CONTINUITY_TITLES, MOTTO, date_line, issued_at

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 11


def word_file(digest: Digest, office: str | None = None, place: str | None = None) -> bytes:
    """The Word file of `digest`. `office` (default: the digest's; none is made up) heads the page;
    `place` (default: the digest's one province, if it has one) opens the date line."""
    from docx import Document

    doc = Document()
    _page_setup(doc)
    _styles(doc)
    _page_numbers(doc)
    when = issued_at(digest)
    _heading_block(doc, (office or digest.scope.office or "").upper(), date_line(digest, place))
    body = _Body(doc)
    notes: list[str] = []
    _title(body, digest)
    _overview(body, digest)
    for number, (category, heading) in zip((2, 4, 5), CATEGORY_HEADINGS):
        if number == 4:
            _key_figures(body, digest)
        _category(body, digest, number, category, heading, notes)
    _annex(body, digest)
    _notes(body, digest, notes)
    marker = body.marker()
    _properties(doc, digest, when)
    out = io.BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue(), when, marker)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (a control character scraped with an article
    would make python-docx refuse the whole file)."""
    return _NOT_XML.sub("", text)




def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def run_xml(text: str, *, bold: bool = False, italic: bool = False, size_pt: float | None = None,
            superscript: bool = False, underline: bool = False, colour: str | None = None) -> str:
    """One <w:r> of `text`; its properties in the schema's order: b, i, color, sz, szCs, u, vertAlign."""
    props = "".join((
        "<w:b/>" if bold else "",
        "<w:i/>" if italic else "",
        f'<w:color w:val="{colour}"/>' if colour else "",
        f'<w:sz w:val="{round(size_pt * 2)}"/><w:szCs w:val="{round(size_pt * 2)}"/>' if size_pt else "",
        '<w:u w:val="single"/>' if underline else "",
        '<w:vertAlign w:val="superscript"/>' if superscript else "",
    ))
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    text = _clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


class _Body:
    """The body after the heading block, written as WordprocessingML text and put into word/document.xml
    in place of one marker paragraph when the file is saved, so its time is linear in the digest's size.

    Through python-docx's objects a digest of 2,800 units took minutes (add_paragraph looks for the
    body's sectPr among all its children each time, a table row lists all the table's cells, a run's
    text is appended a character at a time), and parsing the text back into its tree still cost seconds."""

    def __init__(self, doc):
        self.doc = doc
        self.style_ids = {name: doc.styles[name].style_id for name in ("Title", "Heading 1", "Heading 2", "Table Grid")}
        self.parts: list[str] = []

    def para(self, content: str | list[str] = "", style: str | None = None, **options) -> None:
        self.parts.append(self.paragraph_xml(content, style, **options))

    def paragraph_xml(self, content: str | list[str] = "", style: str | None = None, *, align: str | None = None,
                      indent_mm: float = 0, after_pt: float | None = None, before_pt: float | None = None,
                      keep_next: bool = False, **run_options) -> str:
        """A paragraph of `content`: a text (one run, with `run_options`) or run_xml() runs. Properties
        in the schema's order: pStyle, keepNext, spacing, ind, jc."""
        spacing = "".join((f' w:before="{round(before_pt * 20)}"' if before_pt is not None else "",
                           f' w:after="{round(after_pt * 20)}"' if after_pt is not None else ""))
        props = "".join((
            f'<w:pStyle w:val="{self.style_ids[style]}"/>' if style else "",
            "<w:keepNext/>" if keep_next else "",
            f"<w:spacing{spacing}/>" if spacing else "",
            f'<w:ind w:left="{_twips(indent_mm)}"/>' if indent_mm else "",
            f'<w:jc w:val="{align}"/>' if align else "",
        ))
        runs = run_xml(content, **run_options) if isinstance(content, str) and content else "".join(content)
        return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"

    def table(self, header: tuple[str, ...], rows: list[tuple[str, ...]], widths_mm: tuple[float, ...]) -> None:
        """A bordered 11 pt table of fixed column widths whose first row repeats on every page (w:tblHeader)."""
        widths = [_twips(w) for w in widths_mm]

        def row(values: tuple[str, ...], head: bool = False) -> str:
            cells = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                + self.paragraph_xml(text, align="center" if head else "left", after_pt=0, bold=head, size_pt=TABLE_PT)
                + "</w:tc>"
                for text, width in zip(values, widths)
            )
            return f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if head else ''}{cells}</w:tr>"

        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        self.parts.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style_ids["Table Grid"]}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + row(header, head=True) + "".join(row(values) for values in rows) + "</w:tbl>"
        )

    def picture(self, png: bytes, width_mm: float) -> None:
        """A centred picture: python-docx makes the image part and the drawing, which is taken out as text."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt
        from lxml import etree

        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))
        element = paragraph._p
        element.getparent().remove(element)
        self.parts.append(etree.tostring(element, encoding=str))

    def link_xml(self, url: str) -> str:
        """A clickable external link (python-docx has no API for one): a relationship and a w:hyperlink."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        rel = self.doc.part.relate_to(_clean(url), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return f'<w:hyperlink r:id="{rel}">{run_xml(url, underline=True, colour="1F4E99")}</w:hyperlink>'

    def marker(self) -> tuple[str, str]:
        """A paragraph for the body's place, and the text that replaces it (see _fixed_zip)."""
        token = secrets.token_hex(16)
        self.doc.add_paragraph(token)
        return token, "".join(self.parts)


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
    _set_fonts(paragraph.add_run(shown), 13)
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
    run = paragraph.add_run(_clean(text))
    _set_fonts(run, size, bold)
    run.italic = italic
    run.underline = underline


def _heading_block(doc, office: str, dated: str) -> None:
    """Office | motto, then (empty) | place and date: the head of every administrative document."""
    from docx.shared import Mm

    table = doc.add_table(rows=2, cols=2)
    _borderless(table)
    table.autofit = False
    for column, width in zip(table.columns, (62, 103)):  # the grid (LibreOffice) and every cell (Word)
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    # Nghị định 30/2020: a short rule under the office's name and under the motto.
    if office:
        _cell_text(table.cell(0, 0), office, 13, bold=True)
        _cell_text(table.cell(0, 0), "───────", 13, first=False)
    _cell_text(table.cell(0, 1), MOTTO[0], 12, bold=True)
    _cell_text(table.cell(0, 1), MOTTO[1], 14, bold=True, first=False)
    _cell_text(table.cell(0, 1), "───────────────", 13, first=False)
    _cell_text(table.cell(1, 1), dated, 14, italic=True)


# --- body ----------------------------------------------------------------------------------------


def _title(body: _Body, digest: Digest) -> None:
    body.para(digest.scope.title, style="Title")
    scope = digest.scope
    made_by = f"Trích xuất: {scope.backend}" + (f", mô hình {scope.model}" if scope.model else "") if scope.backend else ""
    for line in (scope.description, made_by):
        if line:
            body.para(line, align="center", italic=True)


def _overview(body: _Body, digest: Digest) -> None:
    body.para(f"{ROMAN[0]}. TỔNG QUAN", style="Heading 1")
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
    body.table(("STT", "Đơn vị", "Tỉnh", "Cơ quan họp", "Ngày họp", "Kỳ đánh giá", "KQ / HC / NV"), rows,
               (12, 28, 27, 28, 22, 26, 22))
    body.para("KQ / HC / NV: số kết quả, hạn chế, nhiệm vụ nêu trong bài viết; STT là số của nguồn ở phụ lục.", italic=True)


def _refs(sources: list[int]) -> str:
    return "".join(f"[{n}]" for n in sources)


def _line(body: _Body, line: DigestLine, notes: list[str]) -> None:
    """'- Label: summary [1][2]' with its note number; each unit's own figures below a merged line."""
    entries = line.entries or []
    quotes = "; ".join(f"{e.unit} [{e.source}]: «{e.evidence}»" for e in entries) or f"{line.unit} [{line.source}]: «{line.evidence}»"
    notes.append(quotes)
    body.para([
        run_xml(f"- {line.label or line.unit}: ", bold=True),
        run_xml(f"{line.summary} {_refs(line.sources or [line.source])}"),
        run_xml(str(len(notes)), superscript=True),
    ])
    if len(entries) > 1:
        for entry in entries:
            if entry.metrics:
                body.para(f"+ {entry.unit}: {'; '.join(metric_label(m) for m in entry.metrics)} [{entry.source}]", indent_mm=8)


def _category(body: _Body, digest: Digest, number: int, category: str, heading: str, notes: list[str]) -> None:
    body.para(f"{ROMAN[number - 1]}. {heading.upper()}", style="Heading 1")
    for remark in digest.remarks:
        if remark.category == category and remark.text:
            by_model = " (do mô hình viết)" if remark.origin == "model" else ""
            body.para([run_xml(f"Nhận xét chung{by_model}: ", bold=True), run_xml(remark.text)])
        if remark.category == category and remark.note:
            body.para(remark.note, italic=True)
    sections = [s for s in digest.sections if s.category == category]
    if not sections:
        body.para("Các báo cáo không nêu nội dung này.", italic=True)
    for index, section in enumerate(sections, start=1):
        label = section.heading or (section.sector.label if section.sector else "Vấn đề chung")
        body.para(f"{index}. {label}", style="Heading 2")
        for line in section.lines:
            _line(body, line, notes)
    kind = CONTINUITY.get(category)
    followed = [c for c in digest.continuity if c.kind == kind]
    if followed:
        body.para(f"{len(sections) + 1}. {CONTINUITY_TITLES[kind]}", style="Heading 2")
        for note in followed:
            previous = period_label(note.previous.period) if note.previous.period else date_label(note.previous.meeting_date)
            body.para([run_xml(f"- {note.unit}: ", bold=True),
                       run_xml(f"{note.summary} [{note.source}] (kỳ trước, {previous}: {note.previous.summary})")])


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


def _key_figures(body: _Body, digest: Digest) -> None:
    body.para(f"{ROMAN[2]}. SỐ LIỆU CHỦ YẾU", style="Heading 1")
    if not digest.key_figures:
        body.para("Các báo cáo không nêu số liệu của các chỉ tiêu chủ yếu.", italic=True)
    for index, indicator in enumerate(digest.key_figures, start=1):
        body.para(f"{index}. {indicator.label}", style="Heading 2")
        if indicator.note:
            body.para(indicator.note, italic=True)
        body.table(("Đơn vị", "Giá trị", "Đơn vị tính", "Kỳ số liệu", "% kế hoạch", "So cùng kỳ", "Nguồn"),
                   [_figure_row(f) for f in indicator.figures], (34, 20, 20, 30, 18, 24, 19))
    for index, series in enumerate(digest.chart, start=1):
        body.picture(chart.png(series), 150)
        body.para(f"Biểu đồ {index}. {series.title}{chart.shown(series)[1]}", align="center", italic=True)


def _annex(body: _Body, digest: Digest) -> None:
    body.para(f"{ROMAN[5]}. PHỤ LỤC: TÓM TẮT BÁO CÁO CỦA TỪNG ĐƠN VỊ", style="Heading 1")
    for s in digest.sources:
        province = province_label(s.unit)
        body.para([run_xml(f"[{s.number}] {s.unit_label or 'Đơn vị chưa rõ'}", bold=True),
                   run_xml((f" ({province})" if province else "") + f": {s.title or '(không có tiêu đề)'}")])
        details = [f"{s.organ or 'Cơ quan họp chưa rõ'}, họp ngày {date_label(s.meeting_date)}, kỳ đánh giá {period_label(s.period)}"]
        if s.chairs:
            details.append("Chủ trì: " + "; ".join(f"{c.name} ({c.title})" if c.title else c.name for c in s.chairs))
        if s.summary and s.summary != s.title:
            details.append(f"Tóm tắt: {s.summary}")
        for text in details:
            body.para(text, indent_mm=8)
        source = body.link_xml(s.link) if s.link else run_xml(s.source)
        body.para([run_xml("Nguồn: "), source, run_xml(f" (mã bài {s.article_id})")], indent_mm=8)


def _notes(body: _Body, digest: Digest, notes: list[str]) -> None:
    if not notes and not digest.notes:
        return
    body.para("GHI CHÚ", style="Heading 1")
    if notes:
        body.para("Trích dẫn nguyên văn từ bài viết nguồn của từng dòng (số [n] chỉ nguồn ở phụ lục):", italic=True)
    for number, text in enumerate(notes, start=1):
        body.para(f"{number}. {text}", after_pt=2, size_pt=12)
    for text in digest.notes:
        body.para(f"- {text}", size_pt=12, italic=True)


# --- reproducible bytes --------------------------------------------------------------------------


def _properties(doc, digest: Digest, when: datetime) -> None:
    props = doc.core_properties
    # Core properties hold at most 255 characters (python-docx refuses more); a scope naming 30 provinces is longer.
    props.title = _clean(digest.scope.title)[:255]
    props.author = props.last_modified_by = "summarizer"
    props.comments = ""
    props.subject = _clean(digest.scope.description)[:255]
    props.language = "vi-VN"
    props.created = props.modified = props.last_printed = when.astimezone(timezone.utc).replace(tzinfo=None)
    props.revision = 1


def _fixed_zip(data: bytes, when: datetime, marker: tuple[str, str]) -> bytes:
    """The package again with every entry dated `when` (python-docx stamps the clock's time), and the
    body's text in place of the marker paragraph of word/document.xml."""
    stamp = max(when.astimezone(timezone.utc).timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    token, body = marker[0].encode(), marker[1].encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                at = content.index(token)
                start, end = content.rindex(b"<w:p>", 0, at), content.index(b"</w:p>", at) + len(b"</w:p>")
                content = content[:start] + body + content[end:]
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()
