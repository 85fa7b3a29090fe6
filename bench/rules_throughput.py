"""Rules-backend throughput on one core, and `summarizer eval` wall time including start-up.

Usage: .venv/bin/python bench/rules_throughput.py [--seconds 5]
Prints how fast this machine runs plain Python, then articles/second of extract() (grounding included) over the example and test articles
(3-5k characters each), then the wall time of the eval command on the seed gold folder when
../shared/gold is present.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.extract import extract  # noqa: E402
from summarizer.gazetteer import load  # noqa: E402
from summarizer.sources import SourceError, read_all  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    articles = [a for a in read_all([ROOT / "examples" / "articles", ROOT / "tests" / "data" / "articles"]) if not isinstance(a, SourceError)]
    sizes = sorted(len(a.text) for a in articles)
    load()  # the gazetteer is read once per process (about 0.15 s); not counted
    # The machines this project has run on differ twofold at plain Python: this figure says which kind
    # this is (0.38-0.40 s on the fast ones, where the 150 articles/s asked was measured; 0.9-1.3 s on the slow)
    cpu = time.process_time()
    sum(range(3 * 10**7))
    print(f"this machine: sum(range(3*10**7)) takes {time.process_time() - cpu:.2f} s of CPU")
    print(f"articles: {len(articles)} distinct, {sizes[0]}-{sizes[-1]} characters (median {sizes[len(sizes) // 2]})")
    long = [a for a in articles if 3000 <= len(a.text) <= 5000]
    for label, batch in (("all", articles), (f"the {len(long)} of 3-5k characters", long)):
        done, chars, start, cpu = 0, 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - start < args.seconds:
            for a in batch:
                extract(a)
                done += 1
                chars += len(a.text)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        # On a shared machine the wall figure counts other processes' turns; CPU time is this one's own.
        print(f"rules extraction, {label}: {done / elapsed:.0f} articles/s, {chars / elapsed / 1000:.0f}k characters/s"
              f" on one core ({done / cpu:.0f} articles per CPU-second)")

    gold, seeds = ROOT.parent / "shared" / "gold", ROOT.parent / "shared" / "seeds"
    exe = Path(sys.executable).parent / "summarizer"
    if gold.is_dir() and exe.exists():
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([str(exe), "eval", "--gold", str(gold), "--articles", str(seeds), "--backend", "rules"],
                           check=True, capture_output=True)
            runs.append(time.perf_counter() - t)
        print(f"summarizer eval on {gold}: {min(runs):.2f} s best of 3, {max(runs):.2f} s worst (start-up included)")


if __name__ == "__main__":
    main()
