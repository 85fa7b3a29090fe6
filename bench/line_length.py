"""Rules extraction time against line length: flat microseconds per character means linear.

Usage: .venv/bin/python bench/line_length.py [--lengths 1000,2000,...] [--shapes words,figures] [--budget 60]
Each cell is one article file: a headline and one line of N characters of a given shape (the shape
"issue" is the reproducer of issue 9: that line alone, no headline). The file is read with
read_article and extracted with summarizer.extract.extract, the path of `summarizer extract FILE`
(grounding included), best of --repeat runs on one core. Once a shape takes longer than --budget
seconds, its longer lines are skipped and shown as "-".
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import periods, units  # noqa: E402
from summarizer.extract import extract  # noqa: E402
from summarizer.gazetteer import load  # noqa: E402
from summarizer.sources import read_article  # noqa: E402

HEADLINE = "UBND huyện Thọ Xuân họp phiên thường kỳ tháng 9/2023\n"
# What a line repeats ({i} counts the repeats); each is a way to go on long without a sentence break,
# but "lines", which is many short paragraphs, as in a normal article.
SHAPES = {
    "issue": "Huyện Thọ Xuân đạt 95% kế hoạch tháng 9/2023 ",
    "words": "Huyện tiếp tục chỉ đạo các xã thực hiện tốt công tác chăm sóc lúa mùa ",
    "figures": "thu ngân sách {i}.415/3.150 tỷ đồng, ước đạt 44,9% dự toán, tăng 12% so với cùng kỳ; ",
    "cues": "hạn chế, yêu cầu đồng chí Lê Văn Nam chủ trì như: ",
    "lists": "một số nhiệm vụ như trồng rừng, chăm sóc lúa, phòng, chống dịch, ",
    "brackets": "((([[ ước đạt ]] {i} ha) ",
    "lines": "Xã số {i} đạt 95% kế hoạch. Tuy nhiên, tiến độ giải ngân còn chậm.\n",
}
LENGTHS = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000)


def article_text(shape: str, length: int) -> str:
    pieces, size, i = [], 0, 0
    while size < length:
        pieces.append(SHAPES[shape].format(i=i))
        size, i = size + len(pieces[-1]), i + 1
    line = "".join(pieces)[:length]
    return line if shape == "issue" else HEADLINE + line


def seconds(path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        periods.resolve_with_warnings.cache_clear()  # both are cached per text; a repeat must do the work again
        units.find_unit_with_warnings.cache_clear()
        start = time.perf_counter()
        extract(read_article(path), "rules")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS)))
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    lengths = [int(n) for n in args.lengths.split(",")]
    shapes = args.shapes.split(",")
    load()  # the gazetteer is read once per process; not counted
    print("µs per character (ms per article) of rules extraction, grounding included")
    print(f"{'length':>8}" + "".join(f"{s:>18}" for s in shapes))
    over: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for length in lengths:
            cells = []
            for shape in shapes:
                if shape in over:
                    cells.append("-")
                    continue
                path = Path(tmp) / f"{shape}-{length}.txt"
                path.write_text(article_text(shape, length), encoding="utf-8")
                took = seconds(path, args.repeat if length <= 50_000 else 1)
                over |= {shape} if took > args.budget else set()
                cells.append(f"{took / length * 1e6:.1f} ({took * 1000:.0f})")
            print(f"{length:>8}" + "".join(f"{c:>18}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
