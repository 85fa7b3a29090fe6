"""A server that answers one request at a time (llama.cpp with one slot): does a run snowball?

Usage: .venv/bin/python bench/llm_queue.py [--latency 0.4] [--timeout 1.0] [--concurrency 4] [--code DIR]
Runs `summarizer digest examples/articles` in a subprocess against the fake endpoint
(tests/fake_openai.py) answering one request at a time, each in `latency` seconds, and prints
the exit status, the Reports made, the requests the server got, the wall time and the most
requests of ours the server held at once after the first timeout. `--code DIR` runs another
checkout's summarizer (e.g. a worktree of main) to compare.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_openai import FakeOpenAI  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--latency", type=float, default=0.4)
    p.add_argument("--timeout", type=float, default=1.0)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--code", type=Path, default=ROOT)
    a = p.parse_args()
    server = FakeOpenAI(latency=a.latency).start()
    server.one_at_a_time = True
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "summarizer.toml").write_text(
            f'model = "m"\nbase_url = "{server.url}"\ntimeout = {a.timeout}\nmax_concurrency = {a.concurrency}\n', encoding="utf-8")
        db = Path(tmp, "db.sqlite")
        env = dict(os.environ, SUMMARIZER_DB=str(db), OPENAI_API_KEY="sk-bench", PYTHONPATH=str(a.code))
        start = time.monotonic()
        run = subprocess.run([sys.executable, "-m", "summarizer", "digest", str(ROOT / "examples" / "articles"), "--month",
                              "2023-09", "--out", str(Path(tmp, "out"))], cwd=tmp, env=env, capture_output=True, text=True)
        wall = time.monotonic() - start
        with sqlite3.connect(db) as con:
            reports = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    server.stop()
    first_timeout = min((came + a.timeout for came, done in server.spans if done - came > a.timeout), default=float("inf"))
    later = [s for s in server.spans if s[0] > first_timeout]
    held = max((sum(1 for c, d in later if c <= came < d) for came, _ in later), default=0)
    print(f"code {a.code}: exit {run.returncode}, {reports} Reports of 10, {len(server.requests)} requests, "
          f"{wall:.1f} s; after the first timeout at most {held} request(s) sent then in the server at once")
    for line in run.stderr.splitlines()[-3:]:
        print("  " + line)


if __name__ == "__main__":
    main()
