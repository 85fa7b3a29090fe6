"""Time of the checks verify adds (figures in a quote, a period or a day the text writes) against
the length of what they read, on texts made to trip a backtracking or rescanning pattern. Linear:
the time per 10k characters stays flat as the length doubles.

    .venv/bin/python bench/verify_support.py
"""

from __future__ import annotations

import time
from datetime import date

from summarizer import periods
from summarizer.grounding import quote_numbers
from summarizer.schema import Period

SHAPES = {
    "digits and spaces": "1 234 5 ",
    "dotted groups": "1.234.56",
    "multipliers": "9 ngàn tỷ ",
    "day-like": "8 8/ 8.1 8 tháng ",
    "period-like": "6 tháng tháng 8 quý năm ",
}


def seconds(run) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    half, day = Period(kind="half", year=2024, month=6), date(2024, 10, 8)
    years = {2024}
    print(f"{'shape':20} {'chars':>8} {'numbers ms':>11} {'period ms':>10} {'day ms':>8}")
    for name, unit in SHAPES.items():
        for length in (25_000, 50_000, 100_000, 200_000):
            text = (unit * (length // len(unit) + 1))[:length]
            n = seconds(lambda: quote_numbers(text))
            p = seconds(lambda: periods._mentions_period(text, half, years))
            d = seconds(lambda: periods._mentions_day(text, day, years))
            print(f"{name:20} {length:>8} {n * 1000:>11.1f} {p * 1000:>10.1f} {d * 1000:>8.1f}")


if __name__ == "__main__":
    main()
