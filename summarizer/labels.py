"""Vietnamese labels of periods, dates, units and choices, for printing.

Kept apart from pydantic and the parsers so that `summarizer list` can print them without
importing either (start-up time); they take any object with the fields of Period or Unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .schema import Period, Unit

_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_label(period: Period | None) -> str:
    """'tháng 9/2023', 'quý III/2023', '6 tháng đầu năm 2023', '9 tháng năm 2023', 'năm 2023'."""
    if period is None:
        return "chưa rõ"
    if period.kind == "month":
        return f"tháng {period.month}/{period.year}"
    if period.kind == "quarter":
        return f"quý {_ROMAN_OUT[period.quarter or period.month // 3]}/{period.year}"
    if period.kind == "half":
        return f"6 tháng {'đầu' if period.month == 6 else 'cuối'} năm {period.year}"
    if period.kind == "nine_months":
        return f"9 tháng năm {period.year}"
    return f"năm {period.year}"


def date_label(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "chưa rõ"


def unit_label(unit: Unit) -> str:
    """'Huyện Chợ Đồn', 'Xã Tân Lập'; 'Chưa rõ huyện' when the article does not say which."""
    if unit.name:
        return f"{(unit.level or '').capitalize()} {unit.name}".strip()
    return f"Chưa rõ {unit.level}" if unit.level else "Chưa rõ đơn vị"


def one_of(choices: Sequence[str]) -> str:
    """'auto, rules hoặc llm': the values a user may choose from."""
    return f"{', '.join(choices[:-1])} hoặc {choices[-1]}" if len(choices) > 1 else "".join(choices)
