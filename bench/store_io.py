"""What safety costs on the disk: opening the store (ownership check, WAL, migrations) and writing a
digest atomically (temporary file, fsync, rename, folder fsync) against a plain write.

Usage: .venv/bin/python bench/store_io.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.files import write_atomic  # noqa: E402
from summarizer.pipeline import run_digest  # noqa: E402
from summarizer.store import Store  # noqa: E402


def per_call_ms(fn, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "s.db", Path(tmp) / "out"
        t = time.perf_counter()
        with Store(db) as store:
            result = run_digest(store, None, 2023, 9, [ROOT / "examples" / "articles"], out, ["md", "html"])
        print(f"first open of a new database, ingest, extract and write of the example digest: {time.perf_counter() - t:.2f} s")
        print(f"open + close, read-write: {per_call_ms(lambda: Store(db).close(), 200):.2f} ms")
        print(f"open + close, read-only:  {per_call_ms(lambda: Store(db, readonly=True).close(), 200):.2f} ms")
        for path in result.written:
            data = path.read_bytes()
            atomic = per_call_ms(lambda: write_atomic(path, data), 50)
            plain = per_call_ms(lambda: path.write_bytes(data), 50)
            print(f"{path.name} ({len(data) // 1024} KB): atomic {atomic:.2f} ms, plain write {plain:.2f} ms")


if __name__ == "__main__":
    main()
