"""How the digest scales: `summarizer digest --month 2023-09` (every stored article, nothing left to
extract) over synthetic Reports of 100, 700 and 2,800 units, in every format this checkout renders.

Each size is stored once in a temporary database, then measured in a fresh process: wall time of
`pipeline.run_digest` (the existence check of every stored Report, loading the month's Reports, building
the Digest, rendering and writing each format), its CPU time (the wall time on a shared machine is
mostly waiting), and the peak resident memory of that process (Python and the imports included; the
resident size before the run is printed beside it).

Usage: .venv/bin/python bench/digest_size.py [SIZES...]      (default: 100 700 2800)
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Synthetic wordings (written for this bench), with {n} for a figure.
ACHIEVEMENTS = [
    ("budget", "Thu ngân sách nhà nước 9 tháng ước đạt {n} tỷ đồng, đạt {p}% dự toán"),
    ("industry", "Giá trị sản xuất công nghiệp - xây dựng 9 tháng ước đạt {n} tỷ đồng, tăng {p}% so với cùng kỳ"),
    ("industry", "Giải ngân vốn đầu tư công đạt {p}% kế hoạch"),
    ("agriculture", "Trồng rừng tập trung được {n} ha, đạt {p}% kế hoạch"),
    ("society", "Giải quyết việc làm cho {n} lao động, đạt {p}% kế hoạch"),
    ("governance", "Kết nạp {n} đảng viên mới, đạt {p}% chỉ tiêu"),
    ("governance", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {p}%"),
    ("agriculture", "Thu hoạch {n} ha lúa mùa, năng suất ước đạt {p} tạ/ha"),
    ("trade", "Tổng mức bán lẻ hàng hóa ước đạt {n} tỷ đồng"),
    ("security", "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững"),
    ("society", "Các chính sách an sinh xã hội được thực hiện kịp thời"),
    ("agriculture", "Chương trình xây dựng nông thôn mới có thêm {n} thôn đạt chuẩn"),
] + [("other", f"Hoạt động chuyên đề số {i} của đơn vị được triển khai theo kế hoạch riêng") for i in range(8)]
SHORTCOMINGS = [
    ("industry", "Tiến độ giải ngân vốn đầu tư công còn chậm"),
    ("budget", "Thu tiền sử dụng đất đạt thấp"),
    ("environment", "Vi phạm đất đai chưa được xử lý dứt điểm"),
    ("industry", "Giải phóng mặt bằng một số dự án còn vướng mắc"),
    ("society", "Một số doanh nghiệp thiếu đơn hàng, cắt giảm lao động"),
]
TASKS = [
    ("industry", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công"),
    ("budget", "Tăng cường quản lý thu ngân sách, chống thất thu"),
    ("agriculture", "Thu hoạch dứt điểm lúa mùa, mở rộng diện tích cây vụ đông"),
    ("security", "Chuẩn bị tốt công tác tuyển quân năm 2024"),
    ("environment", "Xử lý dứt điểm các vi phạm đất đai"),
    ("governance", "Đẩy mạnh cải cách hành chính, chuyển đổi số"),
    ("agriculture", "Chủ động phương án phòng, chống thiên tai"),
    ("society", "Rà soát hộ nghèo, hộ cận nghèo cuối năm"),
    ("industry", "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm"),
]


def _formats() -> list[str]:
    from summarizer.render import FORMATS

    return list(FORMATS)


def build(db: Path, units: int) -> None:
    from summarizer.extract import report_key, resolve_backend
    from summarizer.metrics import metrics_of
    from summarizer.schema import Article, Item, Period, Person, Report, Sector, Unit
    from summarizer.store import Store

    key = report_key(resolve_backend(None, None))
    rng = random.Random(units)

    def items(pool, k):
        out = []
        for sector, text in rng.sample(pool, k):
            t = text.format(n=f"{rng.randint(10, 9999)},{rng.randint(1, 9)}", p=rng.randint(40, 120))
            out.append(Item(summary=t, evidence=t, sector=Sector(sector), metrics=metrics_of(t), grounded=True))
        return out

    with Store(db) as store:
        for i in range(units):
            province = f"Tỉnh Mẫu {i % 30:02d}"
            aid = f"{i:016x}"
            text = f"Hội nghị giao ban tháng 9/2023 của huyện Mẫu {i}. " + "Nội dung báo cáo. " * 150
            store.add_article(Article(id=aid, text=text, title=f"Giao ban huyện Mẫu {i}", source=f"bai/{aid}.txt"))
            store.add_report(Report(
                article_id=aid, title=f"Giao ban huyện Mẫu {i}",
                unit=Unit(name=f"Mẫu {i}", level="huyện", province=province, stated=True), organ="UBND huyện",
                chairs=[Person(name="Nguyễn Văn A", title="Chủ tịch UBND huyện")],
                meeting_date=None, period=Period(kind="nine_months" if i % 3 else "month", year=2023, month=9),
                achievements=items(ACHIEVEMENTS, 16), shortcomings=items(SHORTCOMINGS, 3), next_tasks=items(TASKS, 7),
                backend=key.backend, model=key.model, prompt_version=key.prompt_version, schema_version=key.schema_version,
            ))


def measure(db: Path, out: Path) -> None:
    from summarizer.pipeline import run_digest
    from summarizer.store import Store

    formats = _formats()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store:
        result = run_digest(store, None, 2023, 9, None, out, formats)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in result.written) // 1024
    print(f"{len(result.digest.sources):6d} {seconds:7.2f} s {cpu:7.2f} s {peak:7.0f} MB {before:7.0f} MB"
          f"  {','.join(formats)} ({size} KB)", flush=True)


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        measure(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [100, 700, 2800]
    print(" units      wall      CPU   peak RSS  before   formats (written)", flush=True)
    for units in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            build(db, units)
            subprocess.run([sys.executable, __file__, "--measure", str(db), str(Path(tmp) / "out")], check=True)


if __name__ == "__main__":
    main()
