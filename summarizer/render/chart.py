"""The key-figures chart: one indicator as horizontal bars by unit, laid out once and drawn twice,
as inline SVG for the HTML digest and as a PNG (Pillow) for the Word digest.

Horizontal bars because unit names are long and a phone is narrow. The PNG is drawn with a subset of
DejaVu Sans shipped in summarizer/data, so it has the same Vietnamese letters on every machine.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from ..schema import ChartPoint, ChartSeries
from ..text import format_number

WIDTH = 400  # SVG user units; the page scales it to the column: on a phone about 0.9, so 12 units are 11 px
LABEL_W = 140
VALUE_W = 64
ROW_H = 26
BAR_H = 16
PAD = 6
FONT_PX = 12
MAX_BARS = 30
BAR_COLOUR = "#b71c1c"
TEXT_COLOUR = "#1a1a1a"
AXIS_COLOUR = "#888888"
FONT = Path(__file__).resolve().parent.parent / "data" / "DejaVuSans-vi.ttf"


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    y: float  # top of the row
    length: float  # of the bar, in user units


def shown(series: ChartSeries) -> tuple[list[ChartPoint], str]:
    """The points a chart draws and what its caption adds: all of them, or past MAX_BARS the largest
    MAX_BARS (a bar per unit of 700 would be a picture metres tall, and unreadable)."""
    if len(series.points) <= MAX_BARS:
        return list(series.points), ""
    largest = sorted(series.points, key=lambda p: -p.value)[:MAX_BARS]
    return largest, f" — {MAX_BARS} đơn vị có giá trị lớn nhất trong {len(series.points)} đơn vị"


def layout(series: ChartSeries) -> tuple[list[Bar], int]:
    """The bars of `series` (see shown) and the chart's height; the longest bar fills the plot."""
    points, _ = shown(series)
    plot = WIDTH - LABEL_W - VALUE_W - 2 * PAD
    top = max((p.value for p in points), default=0)
    bars = []
    for i, point in enumerate(points):
        length = plot * point.value / top if top > 0 and point.value > 0 else 0.0
        bars.append(Bar(_fit(point.label, LABEL_W - 2 * PAD), format_number(point.value), PAD + i * ROW_H, round(length, 2)))
    return bars, 2 * PAD + ROW_H * len(bars)


def _fit(label: str, room: float) -> str:
    """`label`, cut with "…" to fit `room` units in DejaVu Sans (wider than the fonts a browser picks)."""
    font = _font(FONT_PX)
    if font.getlength(label) <= room:
        return label
    label = label[: int(room // 3)]  # no glyph is narrower than 3 units at this size: the loop is bounded
    while label and font.getlength(label + "…") > room:
        label = label[:-1]
    return label.rstrip() + "…"


def svg(series: ChartSeries, ident: str) -> str:
    """An inline <svg> that scales to its container; every label escaped. `ident` names its <title>."""
    bars, height = layout(series)
    axis = LABEL_W + PAD
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{escape(ident)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="{FONT_PX}">',
        f'<title id="{escape(ident)}">{escape(series.title)}</title>',
        f'<line x1="{axis}" y1="{PAD / 2:g}" x2="{axis}" y2="{height - PAD / 2:g}" stroke="{AXIS_COLOUR}"/>',
    ]
    for bar in bars:
        middle = bar.y + ROW_H / 2
        parts.append(
            f'<text x="{axis - PAD}" y="{middle:g}" text-anchor="end" dominant-baseline="central" fill="{TEXT_COLOUR}">'
            f"{escape(bar.label)}</text>"
            f'<rect x="{axis}" y="{middle - BAR_H / 2:g}" width="{bar.length:g}" height="{BAR_H}" fill="{BAR_COLOUR}"/>'
            f'<text x="{axis + bar.length + PAD:g}" y="{middle:g}" dominant-baseline="central" fill="{TEXT_COLOUR}">'
            f"{escape(bar.value)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


@cache
def _font(px: int):
    from PIL import ImageFont

    # The basic layout engine: the same pixels with or without libraqm (NFC text needs no shaping).
    return ImageFont.truetype(str(FONT), px, layout_engine=ImageFont.Layout.BASIC)


def png(series: ChartSeries, scale: int = 3) -> bytes:
    """The same chart as a PNG, `scale` pixels per SVG unit (3: about 220 dpi at 16 cm wide).

    No timestamp or software tag is written, so the same series gives the same bytes."""
    from PIL import Image, ImageDraw

    bars, height = layout(series)
    image = Image.new("RGB", (WIDTH * scale, height * scale), "white")
    draw = ImageDraw.Draw(image)
    font = _font(FONT_PX * scale)
    axis = (LABEL_W + PAD) * scale
    draw.line([(axis, PAD / 2 * scale), (axis, (height - PAD / 2) * scale)], fill=AXIS_COLOUR, width=scale)
    for bar in bars:
        middle = (bar.y + ROW_H / 2) * scale
        draw.text((axis - PAD * scale, middle), bar.label, font=font, fill=TEXT_COLOUR, anchor="rm")
        if bar.length:
            draw.rectangle([axis, middle - BAR_H / 2 * scale, axis + bar.length * scale, middle + BAR_H / 2 * scale],
                           fill=BAR_COLOUR)
        draw.text((axis + (bar.length + PAD) * scale, middle), bar.value, font=font, fill=TEXT_COLOUR, anchor="lm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
