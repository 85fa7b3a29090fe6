"""The digest as one self-contained HTML page: no request leaves it (styles inline, the chart as inline
SVG, no fonts or scripts from elsewhere), readable on a phone, printable, every article-derived string
escaped by jinja2's autoescape."""

from __future__ import annotations

from markupsafe import Markup

from ..schema import Digest
from . import CATEGORY_HEADINGS, _env, chart
from .layout import CONTINUITY, CONTINUITY_TITLES, MOTTO, date_line


def html_page(digest: Digest, office: str | None = None, place: str | None = None) -> str:
    context = dict(
        d=digest,
        office=(office or digest.scope.office or "").upper(),
        motto=MOTTO,
        date_line=date_line(digest, place),
        categories=[(number, c, h) for number, (c, h) in zip((2, 4, 5), CATEGORY_HEADINGS)],
        continuity=CONTINUITY,
        titles=CONTINUITY_TITLES,
        # Built here and escaped label by label (chart.svg), so the template may insert them as they are.
        charts=[Markup(chart.svg(series, f"bieu-do-{i}")) for i, series in enumerate(digest.chart, start=1)],
        captions=[chart.shown(series)[1] for series in digest.chart],
    )
    return _env(True).get_template("digest.html.j2").render(**context)
