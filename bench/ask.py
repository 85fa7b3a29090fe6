"""How fast `summarizer ask` indexes and answers on a large store: 700 units × 12 months of synthetic
Reports (about 8,400 articles, 16 items each).

Prints: the time to store the articles and Reports with their index (the same transactions that store
them), the time to build the index of all of them again from scratch (what the migration does on an
old file), the size of the file, the time to read what is stored (units, periods: once per session),
and for each question the first answer's time and the median of the next five, wall clock and CPU
time of the process (on a shared machine the CPU time is what the answer costs, the wall clock what
the others' load adds); rules backend, nothing cached between them but what SQLite and the process keep.

    .venv/bin/python bench/ask.py [--units 700] [--months 12] [--keep DB]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

from summarizer import gazetteer
from summarizer.ask import ask, catalog
from summarizer.schema import Article, Item, Period, Report, Unit
from summarizer.search import BACKFILL
from summarizer.store import Store
from summarizer.text import format_number

QUESTIONS = [
    "Những huyện nào thu ngân sách đạt thấp trong quý III/2023?",
    "thu ngan sach Na Ri thang 9",
    "Huyện Chợ Đồn đã làm gì về bảo vệ rừng từ đầu năm?",
    "Các xã nêu khó khăn gì về giải ngân đầu tư công?",
    "những huyện nào giải ngân đầu tư công dưới 50%",
    "tỷ lệ tham gia bảo hiểm y tế cao nhất tháng 6",
    "Thọ Xuân có hạn chế gì tháng 9?",
    "thu ngân sách tháng 12/2030",
]

# Sentences of the genre, written for this benchmark; {v} and {p} are filled with random figures.
ITEMS = [
    ("achievements", "budget", "Thu ngân sách nhà nước trên địa bàn ước đạt {v} tỷ đồng, đạt {p}% dự toán."),
    ("achievements", "agriculture", "Toàn huyện trồng được {v} ha rừng tập trung, đạt {p}% kế hoạch."),
    ("achievements", "agriculture", "Công tác quản lý, bảo vệ rừng được tăng cường, không để xảy ra cháy rừng."),
    ("achievements", "agriculture", "Gieo cấy được {v} ha lúa, đạt {p}% kế hoạch."),
    ("achievements", "industry", "Giá trị sản xuất công nghiệp ước đạt {v} tỷ đồng."),
    ("achievements", "trade", "Doanh thu từ hoạt động du lịch ước đạt {v} tỷ đồng."),
    ("achievements", "society", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p}%."),
    ("achievements", "society", "Giải quyết việc làm cho {n} lao động."),
    ("achievements", "governance", "Kết nạp được {n} đảng viên mới."),
    ("achievements", "security", "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững."),
    ("shortcomings", "industry", "Tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt {p}% kế hoạch."),
    ("shortcomings", "environment", "Tình trạng khai thác cát trái phép chưa được xử lý dứt điểm."),
    ("shortcomings", "budget", "Thu tiền sử dụng đất đạt thấp."),
    ("next_tasks", "agriculture", "Chỉ đạo thu hoạch lúa mùa, mở rộng diện tích cây vụ đông."),
    ("next_tasks", "industry", "Đẩy nhanh tiến độ giải phóng mặt bằng, giải ngân vốn đầu tư công."),
    ("next_tasks", "budget", "Tăng cường quản lý thu ngân sách, chống thất thu."),
]


def _units(n: int) -> list[tuple[str, str]]:
    g = gazetteer.load()
    seen, out = set(), []
    for table in (g.districts, g.communes):
        for places in table.values():
            for p in places:
                if (p.name, p.province) not in seen and len(out) < n:
                    seen.add((p.name, p.province))
                    out.append((p.name, p.province, p.level))
    return out


def _fill(template: str, rng: random.Random) -> str:
    v = format_number(round(rng.uniform(10, 2000), 1))
    p = format_number(round(rng.uniform(30, 110), 1))
    return template.format(v=v, p=p, n=rng.randint(5, 500))


def _report(name: str, province: str, level: str, year: int, month: int, rng: random.Random) -> tuple[Article, Report]:
    from summarizer.metrics import metrics_of

    head = f"UBND {level} {name} họp phiên thường kỳ tháng {month}/{year}"
    sentences = [(c, s, _fill(t, rng)) for c, s, t in ITEMS]
    text = head + "\n" + " ".join(s for _, _, s in sentences)
    article_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    items: dict[str, list[Item]] = {"achievements": [], "shortcomings": [], "next_tasks": []}
    for category, sector, sentence in sentences:
        start = text.index(sentence)
        items[category].append(Item(summary=sentence, evidence=sentence, sector=sector, metrics=metrics_of(sentence),
                                    start=start, end=start + len(sentence), grounded=True))
    report = Report(article_id=article_id, title=head, unit=Unit(name=name, level=level, province=province, stated=True),
                    period=Period(kind="month", year=year, month=month), backend="rules", prompt_version="bench",
                    **items)
    return Article(id=article_id, text=text, title=head, source=f"bench/{article_id}.txt"), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=700)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--keep", type=Path, metavar="DB", help="build the database here and keep it (reused when it exists)")
    args = parser.parse_args()
    rng = random.Random(14)
    units = _units(args.units)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        if path.exists():
            _ask(path)
            return
        pairs = [_report(n, p, lv, 2023, m, rng) for n, p, lv in units for m in range(1, args.months + 1)]
        with Store(path) as store:
            t0, c0 = time.perf_counter(), time.process_time()
            for article, report in pairs:
                store.add_article(article)
                store.add_report(report)
            stored, stored_cpu = time.perf_counter() - t0, time.process_time() - c0
            # The index alone, built again from what is stored, as the migration does on an older file.
            db = store.db
            with db:
                db.execute("DELETE FROM passages_fts")
                db.execute("DELETE FROM passages")
            t0, c0 = time.perf_counter(), time.process_time()
            with db:
                for statement in BACKFILL:
                    db.execute(statement)
            rebuilt, rebuilt_cpu = time.perf_counter() - t0, time.process_time() - c0
            passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
            print(f"{len(units)} units × {args.months} months = {len(pairs)} articles and Reports, {passages} passages")
            print(f"storing them, one transaction per article and per Report, with their index: {stored:.1f} s (CPU {stored_cpu:.1f} s)")
            print(f"indexing them all from scratch (the migration's backfill): {rebuilt:.1f} s (CPU {rebuilt_cpu:.1f} s)")
        print(f"database: {path.stat().st_size / 1e6:.0f} MB")
        _ask(path)


def _ask(path: Path) -> None:
    """Each question asked six times in one session, as `summarizer ask` without a question does:
    what is stored (units, periods) read once, when the session starts."""
    with Store(path) as store:
        t0 = time.perf_counter()
        cat = catalog(store)
        print(f"what is stored, read once per session: {(time.perf_counter() - t0) * 1000:.0f} ms")
        for question in QUESTIONS:
            times, cpu = [], []
            for _ in range(6):
                t0, c0 = time.perf_counter(), time.process_time()
                answer = ask(store, question, cat=cat)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            print(f"{times[0] * 1000:6.0f} ms first, {statistics.median(times[1:]) * 1000:5.0f} ms next (median of 5;"
                  f" CPU {statistics.median(cpu[1:]) * 1000:4.0f} ms)  {answer.kind:9} {question}")


if __name__ == "__main__":
    main()
