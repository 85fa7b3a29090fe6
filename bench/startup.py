"""Start-up time of the `summarizer` console script, as a ratio to a bare `python -c pass`.

    .venv/bin/python bench/startup.py [--runs 21]

Runs, as subprocesses and interleaved so that a busy machine slows every command alike:
`python -c pass`, `summarizer --help`, `summarizer --version` and `summarizer list --db DB` on a
small database made first (the ten example articles, extracted), plus two floors: importing typer,
which every command pays, and typer with the pydantic that typer >= 0.29 converts parameters with,
which every command but --help and --version pays (typer < 0.29 does not import pydantic). The console
script is the one next to the interpreter running this file, so a venv holding a wheel install can
be measured with its own python. Targets (issue 9): --help at most 4x, list at most 5x.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import distribution, version
from importlib.util import find_spec
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
TARGETS = {"summarizer --help": 4.0, "summarizer list": 5.0}


def _editable() -> bool:
    direct = distribution("summarizer").read_text("direct_url.json") or "{}"
    return json.loads(direct).get("dir_info", {}).get("editable", False)


def _time(cmd: list[str], cwd: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    exe = str(Path(sys.executable).parent / "summarizer")
    # PYTHONDONTWRITEBYTECODE off: a user's Python keeps bytecode caches, without which every run would
    # compile summarizer's modules again (~10 ms); the warm-up rounds write them.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_", "PYTHONDONTWRITEBYTECODE"))}
    env["COLUMNS"] = "100"
    with tempfile.TemporaryDirectory() as tmp:  # also the working folder: no summarizer.toml there
        db = str(Path(tmp) / "small.db")
        subprocess.run(
            [exe, "digest", str(EXAMPLES), "--month", "2023-09", "--out", str(Path(tmp) / "out"), "--db", db],
            env=env, capture_output=True, check=True,
        )
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "summarizer --help": [exe, "--help"],
            "summarizer --version": [exe, "--version"],
            "summarizer list": [exe, "list", "--db", db],
            "floor: import typer": [sys.executable, "-c", "import typer"],
        }
        if find_spec("typer._adapters"):  # typer >= 0.29
            commands["floor: import typer + its pydantic"] = [sys.executable, "-c", "import typer._adapters"]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(runs + 2):  # the first two rounds warm the page cache and are not counted
            for name, cmd in commands.items():
                t = _time(cmd, tmp, env)
                if i >= 2:
                    times[name].append(t)
    base_best, base_median = min(times["python -c pass"]), statistics.median(times["python -c pass"])
    print(
        f"python {platform.python_version()}, typer {version('typer')}, "
        f"summarizer {'editable' if _editable() else 'normal (wheel)'} install, "
        f"{runs} interleaved runs each; wall time of a subprocess, ratio to python -c pass"
    )
    print(f"{'command':38} {'best':>8} {'median':>8} {'x best':>7} {'x median':>9}  target")
    for name, ts in times.items():
        best, median = min(ts), statistics.median(ts)
        target = TARGETS.get(name)
        verdict = "" if target is None else f"<= {target:g}x: {'met' if median / base_median <= target else 'NOT met'}"
        print(
            f"{name:38} {best * 1000:6.1f}ms {median * 1000:6.1f}ms {best / base_best:6.2f}x {median / base_median:8.2f}x  {verdict}"
        )


if __name__ == "__main__":
    main()
