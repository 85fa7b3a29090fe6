"""What the tests of issue 9 share: long texts, ordinary text to compare them with, a CPU clock and
a hard cap that stops an extraction that hangs."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from summarizer.extract import extract
from summarizer.schema import Report
from summarizer.sources import read_article

HEADLINE = "UBND huyện Yên Thành họp phiên thường kỳ tháng 9/2023"
# Long enough (600 characters and more) to be the whole opening: a long line after it is body.
OPENING = (
    "Sáng ngày 4/10, UBND huyện Yên Thành tổ chức phiên họp thường kỳ đánh giá kết quả tháng 9, triển khai "
    "nhiệm vụ tháng 10 năm 2023. Đồng chí Trần Văn Hòa – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì "
    "phiên họp. Cùng dự có lãnh đạo các phòng, ban, ngành cấp huyện và Chủ tịch UBND các xã, thị trấn. "
    "Theo báo cáo, trong tháng 9 tình hình kinh tế - xã hội của huyện tiếp tục ổn định, sản xuất nông "
    "nghiệp được chỉ đạo sát sao, công tác thu ngân sách đạt khá, an ninh chính trị được giữ vững. Các "
    "đại biểu đã thảo luận, làm rõ nguyên nhân của những tồn tại và đề xuất giải pháp cho tháng tới."
)
LENGTH = 50_000
FACTOR = 30  # how much slower per character than ordinary text an odd text may be
CAP = 60.0  # seconds: past this an extraction has hung, whatever the machine


def repeat(unit: str, length: int) -> str:
    """`unit` written again and again up to `length` characters; {i} counts the repeats."""
    pieces, size, i = [], 0, 0
    while size < length:
        pieces.append(unit.format(i=i))
        size, i = size + len(pieces[-1]), i + 1
    return "".join(pieces)[:length]


def ordinary_text(length: int = LENGTH) -> str:
    """An article of `length` characters as they usually come: short, distinct paragraphs."""
    body = repeat(
        "Xã số {i} đã hoàn thành 95% kế hoạch tháng 9/2023, thu ngân sách ước đạt 4,2 tỷ đồng. "
        "Tuy nhiên, tiến độ giải phóng mặt bằng dự án số {i} còn chậm; yêu cầu xã tập trung tháo gỡ.\n",
        length,
    )
    return f"{HEADLINE}\n{OPENING}\n{body}"


@contextmanager
def cap(seconds: float) -> Iterator[None]:
    """Stop the block with TimeoutError after `seconds` (the regex engine checks for signals)."""

    def stop(signum, frame):
        raise TimeoutError(f"extraction still running after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cpu_seconds(run: Callable[[], object]) -> float:
    """CPU seconds `run` takes, less sensitive to other processes than wall time; hangs are cut at CAP."""
    start = time.process_time()
    with cap(CAP):
        run()
    return time.process_time() - start


def extract_file(path: Path) -> Report:
    """What `summarizer extract FILE` does with the rules backend: read, extract, ground; the Report
    must survive a round trip through its JSON."""
    report = extract(read_article(path), "rules")
    assert Report.model_validate_json(report.model_dump_json()) == report
    return report
