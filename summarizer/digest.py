"""The monthly digest: the Reports whose period ends in one month, grouped by category and sector."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .schema import (
    CATEGORIES,
    Article,
    Digest,
    DigestLine,
    DigestScope,
    DigestSection,
    DigestSource,
    LineEntry,
    Remark,
    Report,
    Sector,
)
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


def build_digest(
    year: int,
    month: int,
    reports: Iterable[Report],
    articles: dict[str, Article],
    office: str | None = None,
    generated_at: datetime | None = None,
) -> Digest:
    """A Digest of `reports` (already chosen for the month); every line keeps its source number and quote.

    Sources are numbered by province, unit and meeting date, so the same reports always give the same
    digest. Items that failed grounding are left out: a digest line must be traceable to its quote.
    """
    ordered = sorted(reports, key=_order)
    sources = []
    lines: dict[tuple[str, Sector], list[DigestLine]] = {}
    for number, report in enumerate(ordered, start=1):
        article = articles[report.article_id]
        label = unit_label(report.unit)
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
                unit_label=label,
                link=article.source if article.source.startswith(("http://", "https://")) else None,
                chairs=report.chairs,
                summary=report.title or article.title or "",
            )
        )
        for category, item in report.items():
            if item.grounded is False:
                continue
            entry = LineEntry(unit=label, source=number, summary=item.summary, evidence=item.evidence, metrics=item.metrics)
            lines.setdefault((category, item.sector), []).append(
                DigestLine(unit=label, summary=item.summary, evidence=item.evidence, metrics=item.metrics, source=number,
                           label=label, sources=[number], entries=[entry])
            )
    sections = [
        DigestSection(category=c, sector=s, lines=lines[(c, s)], heading=s.label)
        for c in CATEGORIES
        for s in Sector
        if (c, s) in lines
    ]
    units = {(s.unit.province, s.unit.name) for s in sources if s.unit.name}
    provinces = sorted({s.unit.province for s in sources if s.unit.province})
    first = ordered[0] if ordered else None
    scope = DigestScope(
        title=f"BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG {month}/{year}",
        office=office.upper() if office else None,
        report_count=len(sources),
        unit_count=len(units) or len(sources),
        provinces=provinces,
        backend=first.backend if first else "",
        model=first.model if first else "",
        prompt_version=first.prompt_version if first else "",
        generated_at=generated_at,
        description=f"Tổng hợp {len(sources)} báo cáo có kỳ đánh giá kết thúc trong tháng {month}/{year}.",
    )
    remarks = [
        Remark(category=c, text=f"{sum(len(sec.lines) for sec in sections if sec.category == c)} nội dung.",
               origin="deterministic")
        for c in CATEGORIES
    ]
    return Digest(year=year, month=month, sources=sources, sections=sections, scope=scope, remarks=remarks)
