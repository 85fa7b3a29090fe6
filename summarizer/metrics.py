"""Metrics of a quote: its figures, each with an indicator and plan/change/ratio percentages."""

from __future__ import annotations

import re
from functools import lru_cache

from .schema import Metric
from .text import Figure, find_figures, format_number

_PLAN = re.compile(r"^\s*(?:so(?: với)?\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu|nghị quyết|NQ)", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"^\s*(?:so(?: với)?\s+)?(?:cùng kỳ|CK|năm trước|năm 20\d\d)", re.IGNORECASE)
_CHANGE_VERB = re.compile(r"(tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s*$", re.IGNORECASE)
_RATIO_VERB = re.compile(r"bằng\s*$", re.IGNORECASE)
# "vượt 53,2% so với dự toán" is 153,2% of it: under 100, the figure is the excess, not the share of plan.
_EXCESS_VERB = re.compile(r"vượt(?:\s+(?:hơn|trên|khoảng|gần))?\s*$", re.IGNORECASE)
# Words a figure's indicator does not end with: the verb and what stands between it and the number.
_TAIL_WORDS = (
    "ước đạt", "đạt", "đạt được", "được", "là", "với", "có", "thêm", "lên", "tăng", "giảm", "bằng", "khoảng",
    "trên", "gần", "hơn", "tổng số", "tổng", "nâng tổng số", "cho", "của", "ước", "toàn huyện", "trong đó",
    "tỷ lệ", "vượt", "và", "đã", "chỉ đạt", "mới chỉ đạt", "chỉ mới đạt",
    # "…, đến nay mới đạt 61,5%": but not "mới" alone, which ends "nông thôn mới"
    "đến nay", "hiện nay", "đến nay mới", "hiện nay mới", "nay mới",
)
_TAIL_WORD = re.compile(r"\b(?:" + "|".join(_TAIL_WORDS) + r")\b", re.IGNORECASE)
_EACH_TAIL_WORD = [re.compile(rf"\b{w}\b", re.IGNORECASE) for w in _TAIL_WORDS]
# The words by their first letter, so that only those that may start at a letter are tried there.
_TAIL_WORDS_AT = {c: [p for w, p in zip(_TAIL_WORDS, _EACH_TAIL_WORD) if w[0] == c] for c in {w[0] for w in _TAIL_WORDS}}
_LONGEST_TAIL_WORD = max(map(len, _TAIL_WORDS))
_TRIM_HEAD = re.compile(r"^(?:[\s,;:(]+|\b(?:và|trong đó|đồng thời|nâng|riêng|ngoài ra|đến nay|hiện nay)\b)+", re.IGNORECASE)


def _trim_tail(segment: str) -> str:
    """`segment` without its tail of spaces, commas and _TAIL_WORDS, read from the end: what
    `(?:[\\s,]+|\\b(?:ước đạt|đạt|…)\\b)+$` removes, without that regex's retrying at every character
    and its two readings of each "ước đạt" (exponential in a run of them)."""
    tail = [False] * len(segment) + [True]  # tail[i]: segment[i:] is all spaces, commas and such words
    cut = len(segment)
    for i in range(len(segment) - 1, -1, -1):
        if segment[i].isspace() or segment[i] == ",":
            tail[i] = tail[i + 1]
        elif i and (segment[i - 1].isalnum() or segment[i - 1] == "_"):
            pass  # within a word (\w, as \b sees it), where no word of the tail starts
        elif _TAIL_WORD.match(segment, i):
            # (every word for a letter whose lower case starts none: IGNORECASE folds a few letters oddly)
            words = _TAIL_WORDS_AT.get(segment[i].lower(), _EACH_TAIL_WORD)
            tail[i] = any(tail[m.end()] for word in words if (m := word.match(segment, i)))
        if tail[i]:
            cut = i
        elif cut - i > _LONGEST_TAIL_WORD:
            break  # no word starting before here reaches the tail
    return segment[:cut]


_SENTENCE_END = re.compile(r"(?:^|[.!?…])\s*$")
# A short run of words, no figure or bracket in it: what a comma may join to the noun after it.
_NOUNS = re.compile(r"\s*[^\W\d]+(?:\s[^\W\d]+){0,5}\s*")


def _indicator(quote: str, start: int, floor: int) -> str:
    """The words before a figure, back to the previous figure or clause break, without the verb.
    A comma between short nouns does not break it: "giá trị sản xuất nông, lâm nghiệp, thủy sản"."""
    segment = quote[floor:start]
    trim_tail = lru_cache(None)(_trim_tail)  # (the same clause is trimmed up to three times below)
    if _SENTENCE_END.search(segment):
        return ""  # the figure opens its sentence: "97,7% hồ sơ có thu phí…" says what it counts after it
    for sep in (";", ":", ". ", ", "):
        cut = segment.rfind(sep)
        # A clause of only adverbs ("…, đến nay mới đạt 61,5%") says nothing of what was counted.
        if cut >= 0 and _TRIM_HEAD.sub("", trim_tail(segment[cut + len(sep) :])).strip(" ,"):
            end = len(segment)
            while sep == ", " and cut >= 0 and len(trim_tail(segment[cut + 2 : end]).split()) <= 2:
                before = segment.rfind(sep, 0, cut)
                if not _NOUNS.fullmatch(segment, before + 2 if before >= 0 else 0, cut):
                    break
                cut, end = before, cut
            segment = segment[cut + len(sep) :] if cut >= 0 else segment
            break
    words = _TRIM_HEAD.sub("", trim_tail(segment)).split()
    return " ".join(words[:12])


# What a counted noun is counted as, after it: "3/9 tiêu chí huyện nông thôn mới", up to a clause break
# or the verb of what is said about it.
_AFTER_NOUN = re.compile(r"(?!và\b)[^\W\d][^,;:.()\d]*", re.IGNORECASE)


def _counted_as(quote: str, fig: Figure) -> str:
    """The words that follow a figure's noun and say what it counts, when the words before it do not."""
    m = _AFTER_NOUN.match(quote, fig.end + 1) if quote[fig.end : fig.end + 1] == " " else None
    if m is None:
        return ""
    verb = _TAIL_WORD.search(m.group(0))
    words = m.group(0)[: verb.start() if verb else None].split()
    return " ".join(words[:8]) if len(words) >= 2 else ""


def _pct_kind(quote: str, fig: Figure) -> str | None:
    before, after = quote[max(0, fig.start - 25) : fig.start], quote[fig.end : fig.end + 30]
    if _PLAN.match(after):
        return "excess" if fig.value < 100 and _EXCESS_VERB.search(before) else "target_pct"
    if _CHANGE_VERB.search(before):
        return "change_pct"
    if _RATIO_VERB.search(before) or _SAME_PERIOD.match(after):
        return "ratio_pct"
    return None


def metrics_of(quote: str) -> list[Metric]:
    """Every figure of the quote: a quantity takes the percentages that qualify it after it."""
    metrics: list[Metric] = []
    current: Metric | None = None
    current_end = floor = 0
    for fig in find_figures(quote):
        indicator = _indicator(quote, fig.start, floor)
        floor = fig.end
        if fig.unit == "%":
            kind = _pct_kind(quote, fig)
            same_sentence = current is not None and ". " not in quote[current_end : fig.start]
            if kind == "excess":  # a figure of its own, which says what it exceeds: "thu ngân sách vượt dự toán: 53,2%"
                plan = _PLAN.match(quote[fig.end : fig.end + 30]).group(0).strip().removeprefix("so với").removeprefix("so")
                subject = indicator or (current.indicator if same_sentence else "")
                metrics.append(Metric(indicator=f"{subject} vượt {plan.strip()}".strip(), value=fig.value, unit="%", text=fig.raw))
                current = None
                continue
            value = -fig.value if kind == "change_pct" and "giảm" in quote[max(0, fig.start - 12) : fig.start].lower() else fig.value
            between = quote[current_end:fig.start] if current else ""
            if current and kind and getattr(current, kind) is None and ";" not in between and ". " not in between:
                current = current.model_copy(update={kind: value, "text": current.text + " … " + fig.raw})
                metrics[-1] = current
                current_end = fig.end
                continue
            fields = {kind: value} if kind else {}
            if same_sentence and (kind or not indicator):  # "…, bằng 64,3% kế hoạch tỉnh giao" speaks of the same figure
                indicator = current.indicator
            indicator = indicator or _counted_as(quote, fig)
            metric = Metric(indicator=indicator, value=fig.value, unit="%", text=fig.raw, **fields)
            metrics.append(metric)
            current = None
            continue
        if len(indicator.split()) <= 1:  # "huyện đạt 3/9 tiêu chí huyện nông thôn mới": say what was counted
            indicator = _counted_as(quote, fig) or indicator
        current = Metric(indicator=indicator, value=fig.value, unit=fig.unit, plan=fig.plan, text=fig.raw)
        current_end = fig.end
        metrics.append(current)
    return metrics


def metric_label(metric: Metric) -> str:
    """A metric in Vietnamese format: 'Trồng rừng: 603,8/600 ha, đạt 100,6% kế hoạch'."""
    unit = metric.unit or ""
    parts = []
    pcts = (metric.target_pct, metric.ratio_pct, metric.change_pct)
    qualified = unit == "%" and any(p is not None and abs(p) == metric.value for p in pcts)
    if not qualified:
        figure = format_number(metric.value)
        if metric.plan is not None:
            figure += f"/{format_number(metric.plan)}"
        parts.append(figure + (unit if unit == "%" else f" {unit}".rstrip()))
    if metric.target_pct is not None:
        parts.append(f"đạt {format_number(metric.target_pct)}% kế hoạch")
    if metric.change_pct is not None:
        verb = "tăng" if metric.change_pct >= 0 else "giảm"
        parts.append(f"{verb} {format_number(abs(metric.change_pct))}% so với cùng kỳ")
    if metric.ratio_pct is not None:
        parts.append(f"bằng {format_number(metric.ratio_pct)}% so với cùng kỳ")
    label = ", ".join(parts)
    return f"{metric.indicator}: {label}" if metric.indicator else label
