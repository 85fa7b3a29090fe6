"""What one large input file costs, to choose the default of `max_file_mb`; and the gazetteer's load.

Usage: .venv/bin/python bench/input_size.py [--sizes 0.25,1,4.5]
For synthetic text files of each size (MB of 2**20 bytes; distinct lines, so nothing is dropped as
repeated), prints wall time and peak memory of `summarizer ingest` and of `summarizer extract
--backend rules`, each in a fresh process, then how `summarizer ingest` rejects a 20 MB file at
the default limit, then the time of gazetteer.load() in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARIZER = [sys.executable, "-m", "summarizer"]


def write_text(path: Path, mb: float) -> None:
    lines, size, i = ["UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023\n"], 0, 0
    while size < mb * 2**20:
        line = f"Xã số {i} đạt {i % 97},{i % 10}% kế hoạch tháng 9/2023, thu ngân sách {i * 7 % 1000} triệu đồng.\n"
        lines.append(line)
        size += len(line.encode())
        i += 1
    path.write_text("".join(lines), encoding="utf-8")


def run(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak memory (MB) and exit code of one command in a fresh process."""
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0.25,1,4.5", help="file sizes in MB, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"{'file':>8} | {'ingest s':>8} | {'ingest MB':>9} | {'extract s':>9} | {'extract MB':>10}")
        for mb in (float(x) for x in args.sizes.split(",")):
            path = tmp / f"{mb}.txt"
            write_text(path, mb)
            ingest = run([*SUMMARIZER, "ingest", str(path), "--db", str(tmp / "s.db")])
            extract = run([*SUMMARIZER, "extract", str(path), "--backend", "rules"])
            print(f"{mb:>5} MB | {ingest[0]:8.2f} | {ingest[1]:9.0f} | {extract[0]:9.2f} | {extract[1]:10.0f}")
        huge = tmp / "huge.txt"
        with huge.open("wb") as f:
            f.truncate(20 * 2**20)
        seconds, memory, code = run([*SUMMARIZER, "ingest", str(huge), "--db", str(tmp / "s.db")])
        print(f"20 MB file at the default limit: rejected in {seconds:.2f} s, {memory:.0f} MB, exit code {code}")
    code = "import time; t = time.perf_counter(); from summarizer import gazetteer; gazetteer.load(); print(time.perf_counter() - t)"
    loads = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(3)]
    print(f"gazetteer import + load(), fresh process, best of 3: {min(loads):.3f} s")


if __name__ == "__main__":
    main()
