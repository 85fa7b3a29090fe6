"""The Word and HTML digests: Word opened with python-docx, HTML parsed and browsed in a real headless
Chromium (tests/browser.py), the chart drawn both ways."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from summarizer.pipeline import extract_pending, ingest, month_digest
from summarizer.render import chart, render_docx, render_html
from summarizer.schema import (
    ChartPoint,
    ChartSeries,
    ContinuityNote,
    ContinuityRef,
    Digest,
    DigestLine,
    DigestSection,
    KeyFigure,
    KeyIndicator,
    LineEntry,
    Remark,
    Sector,
)
from summarizer.store import Store

from .conftest import EXAMPLES

HOSTILE = '<img src="http://127.0.0.1:9/x.png" onerror="alert(1)"><script>alert(2)</script>'
GENERATED = datetime(2023, 10, 5, 8, 30, tzinfo=timezone.utc)


def _extras(digest: Digest) -> Digest:
    """The digest of the examples with the parts the builder fills from richer data: key figures, a chart,
    a merged line, continuity, remarks; and a unit name and a quote holding markup, as a scraped page may."""
    merged = DigestLine(
        unit="Huyện Na Rì", summary="Đẩy nhanh giải ngân vốn đầu tư công", evidence="đẩy nhanh giải ngân vốn đầu tư công",
        source=1, label="Các huyện Na Rì, Thọ Xuân", sources=[1, 4],
        entries=[
            LineEntry(unit="Huyện Na Rì", source=1, summary="Đẩy nhanh giải ngân vốn đầu tư công",
                      evidence="đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt 95%", metrics=[]),
            LineEntry(unit="Huyện Thọ Xuân", source=4, summary="Giải ngân vốn đầu tư công",
                      evidence="giải ngân vốn đầu tư công mới đạt 61,5% kế hoạch", metrics=[]),
        ],
    )
    hostile = DigestLine(unit=f"Xã Thử {HOSTILE}", summary=f"Câu có thẻ {HOSTILE}", evidence=f"trích dẫn {HOSTILE}",
                         source=2, label=f"Xã Thử {HOSTILE}", sources=[2])
    common = DigestSection(category="next_tasks", sector=None, lines=[merged, hostile], heading="Vấn đề chung", common=True)
    figures = [
        KeyFigure(unit="Huyện Thọ Xuân", source=4, value=412.36, value_unit="tỷ đồng", period="nine_months",
                  period_label="9 tháng năm 2023", target_pct=85.2, change_pct=12.1, evidence="thu ngân sách đạt 412,36 tỷ đồng"),
        KeyFigure(unit="Huyện Nông Cống", source=3, value=305.2, value_unit="tỷ đồng", period="nine_months",
                  period_label="9 tháng năm 2023", change_pct=-2.5),
    ]
    series = ChartSeries(key="budget_revenue", title=f"Thu ngân sách nhà nước (tỷ đồng, 9 tháng năm 2023) {HOSTILE}",
                         value_unit="tỷ đồng", period="nine_months",
                         points=[ChartPoint(label="Huyện Thọ Xuân", value=412.36, source=4),
                                 ChartPoint(label=f"Huyện Nông Cống {HOSTILE}", value=305.2, source=3)])
    previous = ContinuityRef(article_id="0" * 16, source="thang-8.txt", summary="Hoàn thành thu hoạch lúa hè thu",
                             evidence="hoàn thành thu hoạch lúa hè thu")
    continuity = [ContinuityNote(kind="task_done", unit="Huyện Thọ Xuân", source=4, summary="Đã thu hoạch xong lúa hè thu",
                                 evidence="đã thu hoạch xong lúa hè thu", previous=previous)]
    scope = digest.scope.model_copy(update={"generated_at": GENERATED, "office": "VĂN PHÒNG TỔNG HỢP THỬ"})
    return digest.model_copy(update={
        "sections": [common, *digest.sections],
        "key_figures": [KeyIndicator(key="budget_revenue", label="Thu ngân sách nhà nước", figures=figures)],
        "chart": [series],
        "continuity": continuity,
        "remarks": [Remark(category="achievements", text="5/5 đơn vị báo cáo kết quả.", origin="deterministic")],
        "scope": scope,
    })


@pytest.fixture(scope="module")
def digest(tmp_path_factory) -> Digest:
    store = Store(tmp_path_factory.mktemp("store") / "summarizer.db")
    try:
        extract_pending(store, ingest(store, [EXAMPLES]).articles)
        return _extras(month_digest(store, 2023, 9))
    finally:
        store.close()


# --- Word ----------------------------------------------------------------------------------------


def _open(data: bytes):
    from docx import Document

    return Document(io.BytesIO(data))


def test_word_digest_has_the_administrative_layout(digest):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = _open(render_docx(digest))
    section = doc.sections[0]
    mm = {name: round(getattr(section, name).mm, 1) for name in
          ("page_width", "page_height", "top_margin", "bottom_margin", "left_margin", "right_margin")}  # stored in twips
    assert (mm["page_width"], mm["page_height"]) == (210, 297)
    assert 20 <= mm["top_margin"] <= 25 and 20 <= mm["bottom_margin"] <= 25
    assert 30 <= mm["left_margin"] <= 35 and 15 <= mm["right_margin"] <= 20
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and Pt(13) <= normal.font.size <= Pt(14)
    for style in ("Normal", "Title", "Heading 1", "Heading 2"):
        fonts = doc.styles[style].element.rPr.rFonts
        assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
        assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would win over Times New Roman

    head = doc.tables[0]
    assert head.cell(0, 0).text.startswith("VĂN PHÒNG TỔNG HỢP THỬ")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" in head.cell(0, 1).text
    # Two provinces in the examples: no place is guessed, the date is the generation time's.
    assert head.cell(1, 1).text == "Ngày 5 tháng 10 năm 2023"
    assert head._tbl.tblPr.find(qn("w:tblBorders")) is not None

    titles = [p.text for p in doc.paragraphs if p.style.name == "Title"]
    assert titles == ["BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG 9/2023"]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(".")[0] for h in headings[:6]] == ["I", "II", "III", "IV", "V", "VI"]
    assert headings[2] == "III. SỐ LIỆU CHỦ YẾU" and headings[-1] == "GHI CHÚ"
    subheadings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "1. Vấn đề chung" in subheadings and "1. Thu ngân sách nhà nước" in subheadings


def test_word_tables_repeat_their_header_row(digest):
    from docx.oxml.ns import qn

    doc = _open(render_docx(digest))
    overview, figures = doc.tables[1], doc.tables[2]
    assert [c.text for c in overview.rows[0].cells][:3] == ["STT", "Đơn vị", "Tỉnh"]
    assert len(overview.rows) == len(digest.sources) + 1
    assert overview.rows[1].cells[1].text == "Huyện Na Rì" and overview.rows[1].cells[2].text == "Bắc Kạn, nay thuộc Thái Nguyên"
    assert [c.text for c in figures.rows[1].cells] == [
        "Huyện Thọ Xuân", "412,36", "tỷ đồng", "9 tháng năm 2023", "85,2%", "tăng 12,1%", "[4]"]
    assert figures.rows[2].cells[5].text == "giảm 2,5%"
    for table in (overview, figures):
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])


def test_word_page_numbers_start_on_page_two(digest):
    doc = _open(render_docx(digest))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert "PAGE" in header and 'w:fldCharType="begin"' in header and "<w:jc w:val=\"center\"/>" in header
    assert "PAGE" not in section.first_page_header._element.xml


def test_word_lines_cite_sources_and_quote_them_in_numbered_notes(digest):
    doc = _open(render_docx(digest))
    texts = [p.text for p in doc.paragraphs]
    merged = next(t for t in texts if t.startswith("- Các huyện Na Rì, Thọ Xuân: Đẩy nhanh giải ngân vốn đầu tư công [1][4]"))
    note_number = merged.rsplit("]", 1)[1]
    notes = texts[texts.index("GHI CHÚ") + 2:]
    note = notes[int(note_number) - 1]
    assert note == (f"{note_number}. Huyện Na Rì [1]: «đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt 95%»; "
                    "Huyện Thọ Xuân [4]: «giải ngân vốn đầu tư công mới đạt 61,5% kế hoạch»")
    # As many notes as lines, numbered in order.
    lines = sum(len(s.lines) for s in digest.sections)
    assert len(notes) == lines and notes[-1].startswith(f"{lines}. ")
    # Markup from an article is text in Word, never interpreted.
    assert any(HOSTILE in t for t in texts)
    assert "- Huyện Thọ Xuân: Đã thu hoạch xong lúa hè thu [4] (kỳ trước" in "\n".join(texts)
    annex = texts[texts.index("VI. PHỤ LỤC: TÓM TẮT BÁO CÁO CỦA TỪNG ĐƠN VỊ") + 1]
    assert annex.startswith("[1] Huyện Na Rì (Bắc Kạn, nay thuộc Thái Nguyên): ")


def test_word_digest_has_the_chart_as_a_png(digest):
    doc = _open(render_docx(digest))
    assert len(doc.inline_shapes) == 1
    blob = doc.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    image = doc.part.related_parts[blob].blob
    assert image == chart.png(digest.chart[0]) and image.startswith(b"\x89PNG")
    assert any(p.text.startswith("Biểu đồ 1. Thu ngân sách nhà nước") for p in doc.paragraphs)


def test_word_digest_is_the_same_bytes_at_another_time(digest, monkeypatch):
    """python-docx stamps each zip entry with the clock: the file is rebuilt with the digest's time."""
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    first = render_docx(digest)
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)
    second = render_docx(digest)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(2023, 10, 5, 8, 30, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "2023-10-05T08:30:00Z" in core and "python-docx" not in core
    later = digest.model_copy(update={"scope": digest.scope.model_copy(update={"generated_at": datetime(2023, 10, 6, tzinfo=timezone.utc)})})
    assert render_docx(later) != first


def test_word_digest_drops_characters_xml_cannot_hold(digest):
    """A control character scraped with an article made python-docx refuse to write the whole file."""
    line = DigestLine(unit="Huyện Thọ Xuân", summary="Thu\x0bhoạch\x08 lúa\x1f mùa", evidence="thu\x0choạch lúa", source=4)
    odd = digest.model_copy(update={"sections": [DigestSection(category="achievements", sector=Sector.agriculture, lines=[line])]})
    texts = [p.text for p in _open(render_docx(odd)).paragraphs]
    assert "- Huyện Thọ Xuân: Thuhoạch lúa mùa [4]1" in texts


def test_word_digest_of_many_provinces_keeps_its_whole_scope_in_the_text(digest):
    """A scope naming 30 provinces is longer than the 255 characters a core property may hold."""
    provinces = ", ".join(f"Tỉnh Thử {i:02d}" for i in range(30))
    scope = digest.scope.model_copy(update={"description": f"Tổng hợp 100 báo cáo của 100 đơn vị thuộc 30 tỉnh ({provinces})."})
    doc = _open(render_docx(digest.model_copy(update={"scope": scope})))
    assert scope.description in [p.text for p in doc.paragraphs]
    assert doc.core_properties.subject == scope.description[:255]


def test_word_digest_without_an_office_invents_none(digest):
    scope = digest.scope.model_copy(update={"office": None})
    head = _open(render_docx(digest.model_copy(update={"scope": scope}))).tables[0]
    assert head.cell(0, 0).text == "" and head.cell(0, 1).text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_the_date_line_is_the_day_in_vietnam(digest):
    late = digest.scope.model_copy(update={"generated_at": datetime(2023, 10, 4, 20, 0, tzinfo=timezone.utc)})
    late_digest = digest.model_copy(update={"scope": late})
    assert _open(render_docx(late_digest)).tables[0].cell(1, 1).text == "Ngày 5 tháng 10 năm 2023"
    assert '<p class="date">Ngày 5 tháng 10 năm 2023</p>' in render_html(late_digest)


def test_word_digest_names_the_place_of_a_one_province_digest(digest):
    scope = digest.scope.model_copy(update={"province": "Thanh Hóa"})
    doc = _open(render_docx(digest.model_copy(update={"scope": scope}), office="Sở Nội vụ"))
    assert doc.tables[0].cell(1, 1).text == "Thanh Hóa, ngày 5 tháng 10 năm 2023"
    assert doc.tables[0].cell(0, 0).text.startswith("SỞ NỘI VỤ")


# --- the chart -----------------------------------------------------------------------------------


def test_chart_bars_are_proportional_and_labels_escaped(digest):
    series = digest.chart[0]
    bars, height = chart.layout(series)
    assert bars[0].length == pytest.approx(chart.WIDTH - chart.LABEL_W - chart.VALUE_W - 2 * chart.PAD)
    assert bars[1].length / bars[0].length == pytest.approx(305.2 / 412.36, rel=1e-3)
    assert [b.value for b in bars] == ["412,36", "305,2"]
    svg = chart.svg(series, "c1")
    assert "<script" not in svg and "&lt;script&gt;" in svg and f'viewBox="0 0 {chart.WIDTH} {height}"' in svg
    assert chart.png(series) == chart.png(series)


def test_chart_of_many_units_draws_the_largest_and_says_so(digest):
    """A bar per unit of 700 made a PNG 55,000 pixels tall (200 MB, seconds) that no page can hold."""
    points = [ChartPoint(label=f"Xã Thử {i}", value=float(i), source=i + 1) for i in range(700)]
    series = ChartSeries(key="k", title="Trồng rừng (ha, tháng 9/2023)", value_unit="ha", period="month", points=points)
    bars, height = chart.layout(series)
    assert [b.label for b in bars[:2]] == ["Xã Thử 699", "Xã Thử 698"] and len(bars) == chart.MAX_BARS
    from PIL import Image

    assert Image.open(io.BytesIO(chart.png(series))).size == (chart.WIDTH * 3, height * 3)
    many = digest.model_copy(update={"chart": [series]})
    caption = "Biểu đồ 1. Trồng rừng (ha, tháng 9/2023) — 30 đơn vị có giá trị lớn nhất trong 700 đơn vị"
    assert caption in [p.text for p in _open(render_docx(many)).paragraphs]
    assert f"<figcaption>{caption}</figcaption>" in render_html(many)


def test_chart_cuts_a_long_label_to_fit_left_of_the_axis():
    long_name = "Thành phố Thanh Hóa mở rộng khu đô thị phía tây"
    series = ChartSeries(key="k", title="t", period="month", points=[ChartPoint(label=long_name, value=1, source=1)])
    (bar,), _ = chart.layout(series)
    assert bar.label.endswith("…") and long_name.startswith(bar.label[:-1])


# --- HTML ----------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """What an HTML page asks for and holds: resource URLs, scripts, ids, and each digest line's parts."""

    def __init__(self):
        super().__init__()
        self.resources: list[str] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.lines: list[dict] = []
        self._in_line = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("src", "srcset", "data", "poster"):
            if attrs.get(name):
                self.resources.append(attrs[name])
        if tag == "link":
            self.resources.append(attrs.get("href", ""))
        if tag == "ul" and attrs.get("class") == "lines":
            self._in_line = 1
        elif tag == "li" and self._in_line:
            self.lines.append({"refs": [], "quotes": 0})
        elif tag == "a" and self._in_line and self.lines and "src" in (attrs.get("class") or ""):
            self.lines[-1]["refs"].append((attrs["href"], attrs.get("title", "")))
        elif tag == "blockquote" and self._in_line and self.lines:
            self.lines[-1]["quotes"] += 1

    def handle_endtag(self, tag):
        if tag == "ul":
            self._in_line = 0


def test_html_digest_is_self_contained_escaped_and_traceable(digest):
    html = render_html(digest)
    page = _Page()
    page.feed(html)
    # Nothing to fetch: the only link element is the empty data: icon; no script, no image, no font.
    assert page.resources == ["data:,"]
    assert "script" not in page.tags and "img" not in page.tags and "@import" not in html and "url(" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert page.tags.count("svg") == 1 and "<figcaption>Biểu đồ 1. Thu ngân sách nhà nước" in html
    # Every line links to its sources in the annex, shows each quote on hover (title) and on tap (<details>).
    lines = sum(len(s.lines) for s in digest.sections) + len(digest.continuity)
    assert len(page.lines) == lines
    for line in page.lines:
        assert line["refs"] and line["quotes"] >= 1
        for href, title in line["refs"]:
            assert href.startswith("#nguon-") and href[1:] in page.ids and "«" in title
    assert '<span class="who">Các huyện Na Rì, Thọ Xuân</span>' in html
    assert 'title="Huyện Thọ Xuân: «giải ngân vốn đầu tư công mới đạt 61,5% kế hoạch»">[4]</a>' in html
    assert '<p class="remark"><strong>Nhận xét chung:</strong> 5/5 đơn vị báo cáo kết quả.</p>' in html
    assert "VĂN PHÒNG TỔNG HỢP THỬ" in html and "Độc lập - Tự do - Hạnh phúc" in html
    assert "@media print" in html and 'name="viewport"' in html


# --- in a real browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    from .browser import BrowserUnavailable, launch

    try:
        chromium = launch()
    except BrowserUnavailable as e:
        pytest.skip(f"headless Chromium cannot run here, the HTML is not browsed: {e}")
    yield chromium
    chromium.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_html_digest_in_a_browser_at_phone_and_desktop_width(digest, browser, tmp_path, width):
    path = tmp_path / "ban-tin-2023-09.html"
    path.write_text(render_html(digest), encoding="utf-8")
    page = browser.open(path, width, selectors=("svg.chart", "svg.chart rect", "h2", "details.q", "details.q > summary"),
                        expressions=("document.querySelectorAll('script').length",))
    assert page.errors == []
    assert page.requests == []  # the hostile <img> is text, the icon is data:
    assert page.scroll_width <= width  # no sideways scrolling of the page; wide tables scroll in their box
    (svg,) = page.boxes["svg.chart"]
    assert svg["visible"] and svg["width"] > 0.8 * min(width - 40, 512) and svg["height"] > 40
    assert len(page.boxes["svg.chart rect"]) == 2 and all(r["visible"] for r in page.boxes["svg.chart rect"])
    assert len(page.boxes["h2"]) == 6 and all(h["visible"] for h in page.boxes["h2"])
    assert all(d["visible"] for d in page.boxes["details.q"])
    assert all(s["height"] >= 24 for s in page.boxes["details.q > summary"])  # a finger can hit it
    assert page.values["document.querySelectorAll('script').length"] == 0


def test_html_digest_prints_with_the_chart_and_without_the_tap_targets(digest, browser, tmp_path):
    path = tmp_path / "ban-tin-2023-09.html"
    path.write_text(render_html(digest), encoding="utf-8")
    page = browser.open(path, 794, media="print", selectors=("details.q", "svg.chart"))
    assert page.errors == [] and page.requests == []
    assert not any(d["visible"] for d in page.boxes["details.q"])  # quotes stay on screen; print keeps the [n]
    assert page.boxes["svg.chart"][0]["visible"]


def test_the_browser_check_sees_requests_errors_and_overflow(browser, tmp_path):
    """The harness itself: a page that fetches, fails and overflows is reported as such."""
    path = tmp_path / "bad.html"
    path.write_text('<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body>'
                    '<div style="width:900px">rộng</div><img src="http://127.0.0.1:9/x.png">'
                    '<script>console.error("lỗi"); undefined_function();</script></body></html>', encoding="utf-8")
    page = browser.open(path, 390)
    assert "http://127.0.0.1:9/x.png" in page.requests
    assert any("undefined_function" in e for e in page.errors) and "lỗi" in page.errors
    assert page.scroll_width > 390


# --- the command ---------------------------------------------------------------------------------


def test_digest_command_writes_the_word_file(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696494600")  # 2023-10-05 08:30 UTC
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out", "--format", "docx,html",
                 "--office", "Văn phòng Thử")
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "ban-tin-2023-09.docx").read_bytes()
    doc = _open(data)
    assert "Độc lập - Tự do - Hạnh phúc" in doc.tables[0].cell(0, 1).text
    assert doc.tables[0].cell(0, 0).text.startswith("VĂN PHÒNG THỬ")
    assert doc.tables[0].cell(1, 1).text == "Ngày 5 tháng 10 năm 2023"
    assert len(doc.tables[1].rows) == 6
    again = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out", "--format", "docx",
                "--office", "Văn phòng Thử")
    assert again.exit_code == 0 and (tmp_path / "out" / "ban-tin-2023-09.docx").read_bytes() == data
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ban-tin-2023-09.docx", "ban-tin-2023-09.html"]


def test_the_office_comes_from_the_settings_unless_given(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696494600")
    (tmp_path / "summarizer.toml").write_text('office = "Sở Nội vụ tỉnh Thử"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert cli("digest", EXAMPLES, "--month", "2023-09", "--out", out, "--format", "docx,html").exit_code == 0
    assert _open((out / "ban-tin-2023-09.docx").read_bytes()).tables[0].cell(0, 0).text.startswith("SỞ NỘI VỤ TỈNH THỬ")
    assert "SỞ NỘI VỤ TỈNH THỬ" in (out / "ban-tin-2023-09.html").read_text(encoding="utf-8")
    assert cli("digest", EXAMPLES, "--month", "2023-09", "--out", out, "--format", "docx", "--office", "UBND huyện Thử").exit_code == 0
    assert _open((out / "ban-tin-2023-09.docx").read_bytes()).tables[0].cell(0, 0).text.startswith("UBND HUYỆN THỬ")
