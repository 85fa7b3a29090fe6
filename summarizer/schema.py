"""The pydantic models: the single source of truth for every stage and for `schemas/*.json`."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

# Bump when a change to these models changes what a stored Report means.
SCHEMA_VERSION = "1"


class Sector(str, Enum):
    """The sectors of an official socio-economic report, in the order such reports use."""

    agriculture = "agriculture"
    industry = "industry"
    trade = "trade"
    budget = "budget"
    environment = "environment"
    society = "society"
    security = "security"
    governance = "governance"
    other = "other"

    @property
    def label(self) -> str:
        return SECTOR_LABELS[self]


SECTOR_LABELS = {
    Sector.agriculture: "Nông nghiệp, lâm nghiệp và xây dựng nông thôn mới",
    Sector.industry: "Công nghiệp, xây dựng và đầu tư",
    Sector.trade: "Thương mại, dịch vụ",
    Sector.budget: "Tài chính, ngân sách",
    Sector.environment: "Đất đai, tài nguyên và môi trường",
    Sector.society: "Văn hóa - xã hội",
    Sector.security: "Quốc phòng, an ninh",
    Sector.governance: "Xây dựng Đảng, chính quyền và cải cách hành chính",
    Sector.other: "Lĩnh vực khác",
}

Category = Literal["achievements", "shortcomings", "next_tasks"]
CATEGORIES: tuple[Category, ...] = ("achievements", "shortcomings", "next_tasks")

UnitLevel = Literal["tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "đặc khu"]
PeriodKind = Literal["month", "quarter", "half", "nine_months", "year"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Unit(_Model):
    """The administrative unit whose work the meeting reviewed."""

    name: str | None = Field(None, description="Name without its level word, e.g. 'Chợ Đồn'; null when unknown.")
    level: UnitLevel | None = None
    province: str | None = Field(None, description="Province name, e.g. 'Bắc Kạn'; null when unknown.")
    province_now: str | None = Field(
        None, description="For a unit of the structure before 1 July 2025: the province its territory is in now."
    )
    stated: bool | None = Field(None, description="True when the article names the unit; false when inferred.")


class Period(_Model):
    """The period the meeting reviewed; `month` is its last month."""

    kind: PeriodKind
    year: int = Field(ge=1945, le=2100)
    month: int = Field(ge=1, le=12)
    quarter: int | None = Field(None, ge=1, le=4)

    @property
    def ym(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class Person(_Model):
    name: str
    title: str | None = None


class Metric(_Model):
    """One indicator with its figure, as stated in the item's evidence."""

    indicator: str
    value: float
    unit: str | None = Field(None, description="'ha', 'tỷ đồng', '%', 'lao động', ...")
    plan: float | None = Field(None, description="The plan or total after a slash: 600 in '603,8ha/600ha'.")
    target_pct: float | None = Field(None, description="Percent of plan/estimate: 'đạt 100,6% kế hoạch'.")
    change_pct: float | None = Field(None, description="Change on the same period last year: 'tăng 19,2%'.")
    ratio_pct: float | None = Field(None, description="Ratio to the same period last year: 'bằng 95,27% so với cùng kỳ'.")
    text: str = Field("", description="The figures exactly as written in the evidence.")


class Item(_Model):
    """One fact: an achievement, a shortcoming or a task, grounded in a verbatim quote."""

    summary: str
    evidence: str = Field(description="Verbatim quote from the normalized article text.")
    sector: Sector = Sector.other
    metrics: list[Metric] = Field(default_factory=list)
    start: int | None = Field(None, description="Character offset of the evidence in the article text.")
    end: int | None = None
    grounded: bool | None = Field(None, description="Set by grounding: quote found and every figure in it.")


class Report(_Model):
    """What one article says about one meeting; the JSON contract of `summarizer extract`."""

    article_id: str
    title: str | None = None
    unit: Unit = Field(default_factory=Unit)
    organ: str | None = None
    chairs: list[Person] = Field(default_factory=list)
    meeting_date: date | None = None
    period: Period | None = None
    achievements: list[Item] = Field(default_factory=list)
    shortcomings: list[Item] = Field(default_factory=list)
    next_tasks: list[Item] = Field(default_factory=list)
    backend: str
    model: str = ""
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    warnings: list[str] = Field(default_factory=list)

    def items(self) -> list[tuple[Category, Item]]:
        return [(c, item) for c in CATEGORIES for item in getattr(self, c)]


class Article(_Model):
    """A news article after ingestion: normalized NFC text keyed by its hash."""

    id: str = Field(description="First 16 hex digits of the SHA-256 of `text`.")
    text: str
    title: str | None = None
    source: str = Field(description="Path or URL it was read from.")
    published: date | None = None
    hint: str | None = Field(
        None, description="Where it comes from as its source's configuration says ('huyện Bạch Thông, tỉnh Bắc Kạn'); "
        "read only where the text and the address leave the unit open."
    )
    warnings: list[str] = Field(default_factory=list)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("article text is empty")
        return v


FigurePeriod = Literal["month", "quarter", "half", "nine_months", "year", "to_date", "unknown"]
RemarkOrigin = Literal["deterministic", "model"]
DigestBy = Literal["reviewed", "meeting"]


class LineEntry(_Model):
    """One unit's own part of a digest line: its wording, quote and figures, and its source."""

    unit: str = Field(description="The unit's label, e.g. 'Huyện Thọ Xuân'.")
    source: int = Field(description="Number of the source in the digest's annex.")
    summary: str
    evidence: str
    metrics: list[Metric] = Field(default_factory=list)


class DigestLine(_Model):
    """One line of a digest section: one item, or similar items of several units merged into one.

    `unit`, `summary`, `evidence`, `metrics` and `source` are those of the first entry (a line of one
    unit has one entry); `label` names every unit of the line and `entries` keeps each one's own
    wording, quote and figures, so every line stays traceable to its quotes."""

    unit: str
    summary: str
    evidence: str
    metrics: list[Metric] = Field(default_factory=list)
    source: int = Field(description="Number of the (first) source in the digest's annex.")
    label: str = Field("", description="Who the line is about: 'Huyện Thọ Xuân' or 'Các huyện Na Rì, Ngân Sơn, Thọ Xuân'.")
    sources: list[int] = Field(default_factory=list, description="Every source of the line, ascending.")
    entries: list[LineEntry] = Field(default_factory=list)


class DigestSection(_Model):
    """The lines of one category in one group: a sector, or (shortcomings and tasks) the matters that two or
    more units raise, which come first with `common` set and no sector."""

    category: Category
    sector: Sector | None
    lines: list[DigestLine]
    heading: str = Field("", description="The group's heading as printed: a sector's label or 'Vấn đề chung'.")
    common: bool = False


class DigestSource(_Model):
    """A row of the overview table and of the per-unit annex: one Report and the article behind it."""

    number: int
    article_id: str
    title: str | None
    source: str = Field(description="Path or URL the article was read from.")
    unit: Unit = Field(description="The unit with its province of the time and, for the old structure, `province_now`.")
    organ: str | None
    meeting_date: date | None
    period: Period | None
    counts: dict[Category, int]
    unit_label: str = ""
    link: str | None = Field(None, description="The source when it is a web address (http or https).")
    chairs: list[Person] = Field(default_factory=list)
    summary: str = Field("", description="A short summary of the report for the annex.")


class KeyFigure(_Model):
    """One unit's figure for a key indicator: a row of table III."""

    unit: str = Field(description="The unit's label.")
    source: int
    value: float
    value_unit: str | None = Field(None, description="'tỷ đồng', 'ha', '%', 'doanh nghiệp', ...")
    period: FigurePeriod = Field(description="What the figure covers: the month, a quarter, 9 months, the year so far…")
    period_label: str = Field("", description="The same in Vietnamese: 'tháng 9/2023', '9 tháng năm 2023', 'lũy kế'.")
    target_pct: float | None = Field(None, description="Percent of plan or estimate.")
    change_pct: float | None = Field(None, description="Change on the same period last year.")
    ratio_pct: float | None = Field(None, description="Ratio to the same period last year.")
    evidence: str = ""


class KeyIndicator(_Model):
    """A comparable indicator across units (budget revenue, disbursement, forest planting…)."""

    key: str = Field(description="Stable id, e.g. 'budget_revenue'.")
    label: str = Field(description="Vietnamese name, e.g. 'Thu ngân sách nhà nước'.")
    figures: list[KeyFigure]
    comparable: bool = Field(True, description="False when the figures cover different periods or are in different units.")
    note: str | None = Field(None, description="Why the figures cannot be compared directly, in Vietnamese.")


class ChartPoint(_Model):
    label: str = Field(description="The unit's label.")
    value: float
    source: int


class ChartSeries(_Model):
    """One indicator most units report, as bars by unit; all points share one unit of measure and period."""

    key: str
    title: str = Field(description="'Thu ngân sách nhà nước (tỷ đồng, 9 tháng năm 2023)'.")
    value_unit: str | None = None
    period: FigurePeriod
    points: list[ChartPoint]


class Remark(_Model):
    """'Nhận xét chung' opening section II, IV or V."""

    category: Category
    text: str
    origin: RemarkOrigin = Field(description="deterministic: counted offline; model: written by the language model.")
    note: str | None = Field(None, description="Why a model's remark was left out, when it was.")


class ContinuityRef(_Model):
    """Last month's item a continuity note refers to, with its report."""

    article_id: str
    title: str | None = None
    source: str
    meeting_date: date | None = None
    period: Period | None = None
    summary: str
    evidence: str


class ContinuityNote(_Model):
    """A task a unit set last month that it reports done this month, or a shortcoming it raises again."""

    kind: Literal["task_done", "shortcoming_repeated"]
    unit: str
    source: int = Field(description="This month's source.")
    summary: str
    evidence: str
    previous: ContinuityRef


class DigestScope(_Model):
    """Title and scope: what the digest covers and how it was made."""

    title: str = Field(description="'BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG 9/2023'.")
    office: str | None = Field(None, description="The issuing office (--office), upper case as printed.")
    by: DigestBy = Field("reviewed", description="reviewed: reports whose reviewed period ends in the month; meeting: meetings held in it.")
    province: str | None = Field(None, description="Only this province's units (--province).")
    units: list[str] = Field(default_factory=list, description="Only these units (--unit).")
    report_count: int = 0
    unit_count: int = 0
    provinces: list[str] = Field(default_factory=list)
    backend: str = ""
    model: str = ""
    prompt_version: str = ""
    generated_at: datetime | None = Field(None, description="When the digest was made (an option or SOURCE_DATE_EPOCH, UTC).")
    description: str = Field("", description="The scope in one Vietnamese sentence.")


class Digest(_Model):
    """The cross-district digest of one month."""

    year: int
    month: int
    sources: list[DigestSource] = Field(description="I. overview rows and VI. the per-unit annex, numbered.")
    sections: list[DigestSection] = Field(description="II, IV and V: lines by category, common matters then sectors.")
    scope: DigestScope
    key_figures: list[KeyIndicator] = Field(default_factory=list, description="III. key figures by indicator.")
    chart: list[ChartSeries] = Field(default_factory=list, description="III. the indicators most units report.")
    remarks: list[Remark] = Field(default_factory=list, description="'Nhận xét chung' of II, IV and V.")
    continuity: list[ContinuityNote] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Notes on the digest itself, in Vietnamese.")


# --- what a language model fills -------------------------------------------------------------


def _draft(model: type[BaseModel], drop: set[str], swap: dict[type, type]) -> type[BaseModel]:
    """`model` without the fields a model must not fill, its nested models swapped for their drafts.

    Built from the same field definitions, so the schema the LLM gets cannot drift from the Report.
    """

    def sub(annotation: Any) -> Any:
        if annotation in swap:
            return swap[annotation]
        if get_origin(annotation) is list:
            return list[sub(get_args(annotation)[0])]
        return annotation

    fields = {
        name: (sub(info.annotation), info)
        for name, info in model.model_fields.items()
        if name not in drop
    }
    return create_model(f"{model.__name__}Draft", __base__=_Model, __doc__=model.__doc__, **fields)


# Offsets, grounding and bookkeeping are ours; the model proposes the rest and we check it.
UnitDraft = _draft(Unit, {"province_now", "stated"}, {})
ItemDraft = _draft(Item, {"start", "end", "grounded"}, {})
ReportDraft = _draft(
    Report,
    {"article_id", "title", "backend", "model", "prompt_version", "schema_version", "warnings"},
    {Unit: UnitDraft, Item: ItemDraft},
)

Outcome = Literal["ok", "invalid", "ungrounded", "refused", "truncated", "filtered", "error", "unsupported", "cached", "overflow", "cancelled"]


class Call(_Model):
    """One request to a language model, as logged in the store (never with the API key)."""

    article_id: str
    chunk: int = 0
    model: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    run: str = ""
    started_at: str
    latency_ms: int = Field(description="Time on the wire over all tries; queueing for a slot and backoff left out.")
    attempts: int = Field(1, description="Transport tries this call took (429, 5xx, timeouts retried).")
    input_tokens: int | None = None
    output_tokens: int | None = None
    outcome: Outcome
    error: str | None = None
    answer: str | None = Field(None, description="The raw answer of a call that was invalid, ungrounded or truncated (scrubbed, bounded).")
