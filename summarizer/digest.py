"""The monthly digest: the Reports of one month merged into the sections an official digest has."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import similar
from .indicators import BY_KEY, INDICATORS, Found, key_figures
from .labels import period_label
from .schema import (
    CATEGORIES,
    Article,
    Category,
    ChartPoint,
    ChartSeries,
    ContinuityNote,
    ContinuityRef,
    Digest,
    DigestLine,
    DigestScope,
    DigestSection,
    DigestSource,
    KeyFigure,
    KeyIndicator,
    LineEntry,
    Remark,
    Report,
    Sector,
)
from .text import format_number
from .units import unit_label

COMMON_HEADING = "Vấn đề chung (từ 2 đơn vị trở lên cùng nêu)"
_NOUNS = {"achievements": "kết quả", "shortcomings": "hạn chế", "next_tasks": "nhiệm vụ"}
_SECTOR_ORDER = {s: i for i, s in enumerate(Sector)}
_CHART_SERIES = 4
_FIGURES_PER_UNIT = 3


@dataclass(frozen=True)
class DigestOptions:
    """What a digest covers and how it is labelled (the `digest` command's options)."""

    office: str | None = None
    by: str = "reviewed"
    province: str | None = None
    units: tuple[str, ...] = ()
    generated_at: datetime | None = None


BY_CHOICES = ("reviewed", "meeting")


def generation_time(option: str | None, environ: Mapping[str, str]) -> datetime:
    """When a digest is made: `option` (ISO 8601, e.g. 2023-10-05T08:00, UTC when it names no offset), else
    SOURCE_DATE_EPOCH (reproducible builds), else now; in UTC, to the second. Raises ValueError with the
    Vietnamese reason."""
    if option:
        try:
            when = datetime.fromisoformat(option)
        except ValueError:
            raise ValueError(f"--generated-at: {option!r} không hợp lệ (cần dạng 2023-10-05T08:00)") from None
        return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise ValueError(f"SOURCE_DATE_EPOCH: {epoch!r} không hợp lệ (cần số giây từ 1/1/1970)") from None
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass
class _Entry:
    category: Category
    sector: Sector
    unit: tuple
    line: LineEntry


@dataclass
class _Built:
    sources: list[DigestSource] = field(default_factory=list)
    entries: list[_Entry] = field(default_factory=list)
    found: list[tuple[int, tuple, Found]] = field(default_factory=list)
    left_out: int = 0
    indicator_of: dict[tuple[int, str], str] = field(default_factory=dict)


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


def unit_key(report: Report) -> tuple:
    """Which unit a report is about: two reports of one unit (its People's Committee and its Party
    Committee) share it; a report whose unit is unknown is a unit of its own."""
    u = report.unit
    return (u.province, u.level, u.name) if u.name else ("?", report.article_id)


def _annex_summary(report: Report) -> str:
    counts = ", ".join(f"{len(getattr(report, c))} {_NOUNS[c]}" for c in CATEGORIES)
    lead = next((i.summary for i in report.achievements if i.metrics and i.grounded is not False), None)
    lead = lead or next((i.summary for i in report.achievements if i.grounded is not False), None)
    if lead and len(lead) > 200:
        lead = lead[:199].rstrip() + "…"
    return f"{counts}; nổi bật: {lead}" if lead else counts


def _collect(ordered: Sequence[Report], articles: dict[str, Article]) -> _Built:
    built = _Built()
    for number, report in enumerate(ordered, start=1):
        article = articles[report.article_id]
        label = unit_label(report.unit)
        key = unit_key(report)
        built.sources.append(
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
                summary=_annex_summary(report),
            )
        )
        for category, item in report.items():
            if item.grounded is False:
                built.left_out += 1
                continue
            entry = LineEntry(unit=label, source=number, summary=item.summary, evidence=item.evidence, metrics=item.metrics)
            built.entries.append(_Entry(category, item.sector, key, entry))
            if category != "next_tasks":  # a task's figures are targets, not results
                found = key_figures(item, report.period)
                built.found += [(number, key, f) for f in found]
                if found:
                    built.indicator_of[(number, item.summary)] = found[0].indicator.label
    return built


_TRAILING = {"đạt", "ước", "được", "là", "với", "có", "khoảng", "gần", "hơn", "trên", "mới", "cho", "thêm", "đến", "nay",
             "trồng", "lên", "tổng", "số"}


def _cut_before_figures(entry: LineEntry) -> str | None:
    """A merged line's words without one unit's figures: 'Thu ngân sách nhà nước' from 'Thu ngân sách nhà
    nước ước đạt 46,15 tỷ đồng…', cut at the clause before the first figure; None when too little is left."""
    first = entry.metrics[0].text.split(" … ")[0] if entry.metrics else ""
    at = entry.summary.find(first) if first else -1
    if at <= 0:
        return None
    head = entry.summary[:at]
    comma = head.rfind(", ")
    if comma > 0 and len(head[:comma].split()) >= 3:
        head = head[:comma]
    words = head.rstrip(" ,;:").split()
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words) if len(words) >= 3 else None


def _merged_summary(entries: list[LineEntry], rep: LineEntry, indicator: str | None) -> str:
    """What a line of several units with figures says above each unit's own words: the key indicator they
    share, else a wording without figures, else the words before the figures."""
    if indicator:
        return indicator
    plain = [e for e in entries if not e.metrics]
    if plain:
        return min(plain, key=lambda e: (len(e.summary), e.source)).summary
    return _cut_before_figures(rep) or rep.summary


def units_label(labels: list[str], levels: list[str | None], names: list[str | None]) -> str:
    """'Huyện Na Rì'; 'Các huyện Na Rì, Ngân Sơn, Thọ Xuân'; 'Huyện Na Rì, Thị xã Bỉm Sơn'; 'Thành phố
    Pleiku, 2 đơn vị chưa rõ tên'."""
    if len(labels) == 1:
        return labels[0]
    if all(names) and len(set(levels)) == 1 and levels[0]:
        return f"Các {levels[0]} {', '.join(n for n in names if n)}"
    known = [label for label, name in zip(labels, names) if name]
    unknown = [label for label, name in zip(labels, names) if not name]
    return ", ".join(known + (unknown if len(unknown) < 2 else [f"{len(unknown)} đơn vị chưa rõ tên"]))


def _line(group: list[_Entry], by_unit: dict[tuple, DigestSource], indicators: dict[tuple[int, str], str]) -> DigestLine:
    entries = sorted((e.line for e in group), key=lambda e: e.source)
    units: dict[tuple, DigestSource] = {}
    for e in sorted(group, key=lambda e: e.line.source):
        units.setdefault(e.unit, by_unit[e.unit])
    rep = min(entries, key=lambda e: (len(e.summary), e.source))
    summary = rep.summary
    if len(units) > 1 and any(e.metrics for e in entries):
        shared = {indicators.get((e.source, e.summary)) for e in entries}
        summary = _merged_summary(entries, rep, shared.pop() if len(shared) == 1 else None)
    srcs = list(units.values())
    return DigestLine(
        unit=rep.unit,
        summary=summary,
        evidence=rep.evidence,
        metrics=rep.metrics,
        source=rep.source,
        label=units_label([s.unit_label for s in srcs], [s.unit.level for s in srcs], [s.unit.name for s in srcs]),
        sources=sorted({e.source for e in entries}),
        entries=entries,
    )


def _unit_count(line: DigestLine, source_unit: dict[int, tuple]) -> int:
    return len({source_unit[s] for s in line.sources})


def _sections(built: _Built, by_unit: dict[tuple, DigestSource], source_unit: dict[int, tuple]) -> list[DigestSection]:
    groups: dict[tuple[Category, Sector], list[_Entry]] = {}
    for entry in built.entries:
        groups.setdefault((entry.category, entry.sector), []).append(entry)
    sections: list[DigestSection] = []
    for category in CATEGORIES:
        by_sector: dict[Sector, list[DigestLine]] = {}
        for sector in Sector:
            entries = groups.get((category, sector))
            if entries:
                by_sector[sector] = [_line(g, by_unit, built.indicator_of) for g in similar.group(entries, lambda e: e.line.summary)]
        if category == "achievements":
            for sector, lines in by_sector.items():
                # figures first, then what several units share, then the rest, each in source order
                lines.sort(key=lambda ln: (not any(e.metrics for e in ln.entries), _unit_count(ln, source_unit) < 2, ln.sources[0]))
                sections.append(DigestSection(category=category, sector=sector, lines=lines, heading=sector.label))
            continue
        common = [
            (sector, ln) for sector, lines in by_sector.items() for ln in lines if _unit_count(ln, source_unit) >= 2
        ]
        if common:
            common.sort(key=lambda p: (-_unit_count(p[1], source_unit), _SECTOR_ORDER[p[0]], p[1].sources[0]))
            sections.append(DigestSection(category=category, sector=None, lines=[ln for _, ln in common],
                                          heading=COMMON_HEADING, common=True))
        for sector, lines in by_sector.items():
            rest = [ln for ln in lines if _unit_count(ln, source_unit) < 2]
            if rest:
                sections.append(DigestSection(category=category, sector=sector, lines=rest, heading=sector.label))
    return sections


def _key_figures(built: _Built) -> list[KeyIndicator]:
    per: dict[str, list[KeyFigure]] = {}
    kept: dict[tuple[str, tuple], int] = {}
    for number, unit, found in built.found:
        count = kept.get((found.indicator.key, unit), 0)
        if count >= _FIGURES_PER_UNIT:
            continue
        kept[(found.indicator.key, unit)] = count + 1
        m = found.metric
        per.setdefault(found.indicator.key, []).append(
            KeyFigure(
                unit=built.sources[number - 1].unit_label, source=number, value=m.value, value_unit=m.unit,
                period=found.period, period_label=found.period_label, target_pct=m.target_pct, change_pct=m.change_pct,
                ratio_pct=m.ratio_pct, evidence=m.text,
            )
        )
    indicators = []
    for indicator in INDICATORS:
        figures = per.get(indicator.key)
        if not figures:
            continue
        periods = sorted({f.period_label for f in figures})
        measures = sorted({f.value_unit or "" for f in figures})
        notes = []
        if len({f.period for f in figures}) > 1:
            notes.append(f"số liệu thuộc các kỳ khác nhau ({'; '.join(periods)})")
        if len(measures) > 1:
            notes.append(f"đơn vị đo khác nhau ({'; '.join(m or 'không rõ' for m in measures)})")
        note = ("Lưu ý: " + ", ".join(notes) + ": không so sánh trực tiếp giữa các đơn vị.") if notes else None
        indicators.append(KeyIndicator(key=indicator.key, label=indicator.label, figures=figures, comparable=not notes, note=note))
    return indicators


def _chart(indicators: list[KeyIndicator], source_unit: dict[int, tuple]) -> list[ChartSeries]:
    """The indicators most units report: for each, the figures of the one period and measure most units
    give, one bar per unit (its first such figure)."""
    candidates = []
    for indicator in indicators:
        groups: dict[tuple, dict[tuple, KeyFigure]] = {}
        for f in indicator.figures:
            groups.setdefault((f.value_unit, f.period), {}).setdefault(source_unit[f.source], f)
        (measure, period), points = max(groups.items(), key=lambda kv: (len(kv[1]), kv[0] == (None, "")))
        if len(points) >= 2:
            candidates.append((len(points), indicator, measure, period, list(points.values())))
    candidates.sort(key=lambda c: -c[0])  # stable: ties keep the order of INDICATORS
    series = []
    for _, indicator, measure, period, points in candidates[:_CHART_SERIES]:
        label = points[0].period_label if all(p.period_label == points[0].period_label for p in points) else period
        series.append(
            ChartSeries(
                key=indicator.key, title=f"{indicator.label} ({measure or 'không rõ đơn vị'}, {label})",
                value_unit=measure, period=period,
                points=[ChartPoint(label=p.unit, value=p.value, source=p.source) for p in points],
            )
        )
    return series


def deterministic_remarks(digest_lines: list[DigestSection], indicators: list[KeyIndicator], unit_count: int,
                          source_unit: dict[int, tuple]) -> list[Remark]:
    """'Nhận xét chung' counted from the items: '5/5 đơn vị báo cáo thu ngân sách nhà nước; 3 đơn vị đạt
    trên 80% dự toán'. Offline and the same for the same Reports."""
    remarks = []
    for category in CATEGORIES:
        sections = [s for s in digest_lines if s.category == category]
        lines = [ln for s in sections for ln in s.lines]
        units = {source_unit[src] for ln in lines for src in ln.sources}
        count = sum(len(ln.entries) for ln in lines)
        if not lines:
            remarks.append(Remark(category=category, text=f"Không đơn vị nào nêu {_NOUNS[category]} trong kỳ.", origin="deterministic"))
            continue
        parts = [f"{len(units)}/{unit_count} đơn vị nêu {format_number(count)} {_NOUNS[category]}"]
        if category == "achievements":
            for indicator in indicators:
                reported = {source_unit[f.source] for f in indicator.figures}
                part = f"{len(reported)}/{unit_count} đơn vị báo cáo {indicator.label[0].lower() + indicator.label[1:]}"
                over = {source_unit[f.source] for f in indicator.figures if f.target_pct is not None and f.target_pct > 80}
                if over:
                    part += f", {len(over)} đơn vị đạt trên 80% {BY_KEY[indicator.key].plan_word}"
                parts.append(part)
        else:
            common = [ln for s in sections if s.common for ln in s.lines]
            if common:
                top = common[0]
                parts.append(
                    f"{len(common)} vấn đề được từ 2 đơn vị trở lên cùng nêu, nhiều nhất là «{top.summary}» "
                    f"({len({source_unit[s] for s in top.sources})} đơn vị)"
                )
        remarks.append(Remark(category=category, text="; ".join(parts) + ".", origin="deterministic"))
    return remarks


def _continuity(ordered: Sequence[Report], previous: Iterable[Report], articles: dict[str, Article]) -> list[ContinuityNote]:
    """Tasks each unit set in last month's Reports that it reports done now, and shortcomings it raises again."""
    before: dict[tuple, list[Report]] = {}
    for report in previous:
        before.setdefault(unit_key(report), []).append(report)
    notes = []
    for number, report in enumerate(ordered, start=1):
        earlier = before.get(unit_key(report))
        if not earlier or report.unit.name is None:
            continue
        label = unit_label(report.unit)
        for kind, then_category, now_category in (("task_done", "next_tasks", "achievements"),
                                                  ("shortcoming_repeated", "shortcomings", "shortcomings")):
            then = [(old, item) for old in sorted(earlier, key=_order) for item in getattr(old, then_category)
                    if item.grounded is not False]
            now = [(report, item) for item in getattr(report, now_category) if item.grounded is not False]
            for (old, old_item), (_, item) in similar.pairs(then, now, lambda pair: pair[1].summary):
                article = articles.get(old.article_id)
                notes.append(ContinuityNote(
                    kind=kind, unit=label, source=number, summary=item.summary, evidence=item.evidence,
                    previous=ContinuityRef(
                        article_id=old.article_id, title=old.title or (article.title if article else None),
                        source=article.source if article else "", meeting_date=old.meeting_date, period=old.period,
                        summary=old_item.summary, evidence=old_item.evidence,
                    ),
                ))
    return notes


def _scope(year: int, month: int, ordered: Sequence[Report], sources: list[DigestSource], options: DigestOptions) -> DigestScope:
    units = {unit_key(r) for r in ordered}
    provinces = sorted({s.unit.province for s in sources if s.unit.province})
    first = ordered[0] if ordered else None
    when = "họp trong" if options.by == "meeting" else "có kỳ đánh giá kết thúc trong"
    where = f" thuộc {len(provinces)} tỉnh, thành phố ({', '.join(provinces)})" if provinces else ""
    periods = sorted({period_label(s.period) for s in sources}, key=lambda x: (x == "chưa rõ", x))
    description = (
        f"Tổng hợp {len(sources)} báo cáo của {len(units)} đơn vị{where}, {when} tháng {month}/{year}"
        + (f" (kỳ đánh giá: {', '.join(periods)})" if periods else "") + "."
    )
    return DigestScope(
        title=f"BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG {month}/{year}",
        office=options.office.upper() if options.office else None,
        by=options.by,
        province=options.province,
        units=list(options.units),
        report_count=len(sources),
        unit_count=len(units),
        provinces=provinces,
        backend=first.backend if first else "",
        model=first.model if first else "",
        prompt_version=first.prompt_version if first else "",
        generated_at=options.generated_at,
        description=description,
    )


def build_digest(
    year: int,
    month: int,
    reports: Iterable[Report],
    articles: dict[str, Article],
    options: DigestOptions = DigestOptions(),
    previous: Iterable[Report] = (),
) -> Digest:
    """A Digest of `reports` (already chosen for the month); every line keeps its source numbers and quotes.

    Sources are numbered by province, unit and meeting date, so the same reports always give the same
    digest. Items that failed grounding are left out: a digest line must be traceable to its quote.
    `previous` are last month's Reports, for the continuity notes; `articles` must hold theirs too.
    """
    ordered = sorted(reports, key=_order)
    built = _collect(ordered, articles)
    source_unit = {n: unit_key(r) for n, r in enumerate(ordered, start=1)}
    by_unit: dict[tuple, DigestSource] = {}
    for s in built.sources:
        by_unit.setdefault(source_unit[s.number], s)
    sections = _sections(built, by_unit, source_unit)
    indicators = _key_figures(built)
    scope = _scope(year, month, ordered, built.sources, options)
    notes = []
    if built.left_out:
        notes.append(f"{built.left_out} nội dung không tìm thấy trích dẫn hoặc số liệu trong bài viết nên không đưa vào bản tin.")
    return Digest(
        year=year, month=month, sources=built.sources, sections=sections, scope=scope, key_figures=indicators,
        chart=_chart(indicators, source_unit),
        remarks=deterministic_remarks(sections, indicators, scope.unit_count, source_unit),
        continuity=_continuity(ordered, previous, articles), notes=notes,
    )
