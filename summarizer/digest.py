"""The monthly digest: the Reports whose period ends in one month, grouped by category and sector."""

from __future__ import annotations

from collections.abc import Iterable

from .schema import CATEGORIES, Article, Digest, DigestLine, DigestSection, DigestSource, Report, Sector
from .units import unit_label


def _order(report: Report) -> tuple:
    unit = report.unit
    return (
        unit.province is None,
        unit.province or "",
        unit.name is None,
        unit.name or "",
        report.meeting_date.isoformat() if report.meeting_date else "",
        report.article_id,
    )


def build_digest(year: int, month: int, reports: Iterable[Report], articles: dict[str, Article]) -> Digest:
    """A Digest of `reports` (already chosen for the month); every line keeps its source number and quote.

    Sources are numbered by province, unit and meeting date, so the same reports always give the same
    digest. Items that failed grounding are left out: a digest line must be traceable to its quote.
    """
    ordered = sorted(reports, key=_order)
    sources = []
    lines: dict[tuple[str, Sector], list[DigestLine]] = {}
    for number, report in enumerate(ordered, start=1):
        article = articles[report.article_id]
        sources.append(
            DigestSource(
                number=number,
                article_id=report.article_id,
                title=report.title or article.title,
                source=article.source,
                unit=report.unit,
                organ=report.organ,
                meeting_date=report.meeting_date,
                period=report.period,
                counts={c: len(getattr(report, c)) for c in CATEGORIES},
            )
        )
        label = unit_label(report.unit)
        for category, item in report.items():
            if item.grounded is False:
                continue
            lines.setdefault((category, item.sector), []).append(
                DigestLine(unit=label, summary=item.summary, evidence=item.evidence, metrics=item.metrics, source=number)
            )
    sections = [
        DigestSection(category=c, sector=s, lines=lines[(c, s)])
        for c in CATEGORIES
        for s in Sector
        if (c, s) in lines
    ]
    return Digest(year=year, month=month, sources=sources, sections=sections)
