"""A run killed with SIGKILL at any point: the store stays consistent, no partial digest file is left
under its name, and the next run finishes the work without duplicates and delivers once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import API_KEY, EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def config(tmp_path: Path, fake_llm) -> Path:
    path = tmp_path / "summarizer.toml"
    path.write_text(
        f'db = "{tmp_path / "store.db"}"\nbackend = "llm"\nmodel = "fake-model"\nbase_url = "{fake_llm.url}"\n'
        "max_concurrency = 1\ntimeout = 10\n"
        f'[[sources]]\npath = "{EXAMPLES}"\n[run]\nout = "{tmp_path / "out"}"\nformats = ["md", "html"]\n',
        encoding="utf-8",
    )
    return path


def start(cfg: Path, tmp_path: Path, **env: str) -> subprocess.Popen:
    environ = {**os.environ, "OPENAI_API_KEY": API_KEY, **env}
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "run", "--config", str(cfg), "--month", "2023-09"],
        cwd=tmp_path, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def query(tmp_path: Path, sql: str):
    db = sqlite3.connect(tmp_path / "store.db", timeout=5)
    try:
        return db.execute(sql).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return None
    finally:
        db.close()


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("the run never reached the point to kill it at")
        time.sleep(0.05)


def check_finished(tmp_path: Path, cfg: Path) -> None:
    """The rerun completes: one Report per article, the digest written whole and delivered once."""
    rerun = subprocess.run([sys.executable, "-m", "summarizer", "run", "--config", str(cfg), "--month", "2023-09"],
                           cwd=tmp_path, env={**os.environ, "OPENAI_API_KEY": API_KEY}, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    articles = query(tmp_path, "SELECT count(*) FROM articles")[0][0]
    assert articles == len([p for p in EXAMPLES.iterdir() if p.name != "README.md"])
    assert query(tmp_path, "SELECT count(*), count(DISTINCT article_id) FROM reports") == [(articles, articles)]
    assert query(tmp_path, "PRAGMA integrity_check") == [("ok",)]
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["ban-tin-2023-09.html", "ban-tin-2023-09.md"]  # no temp left
    assert (out / "ban-tin-2023-09.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert query(tmp_path, "SELECT channel, status, attempts FROM deliveries") == [("folder", "delivered", 1)]
    again = subprocess.run([sys.executable, "-m", "summarizer", "run", "--config", str(cfg), "--month", "2023-09"],
                           cwd=tmp_path, env={**os.environ, "OPENAI_API_KEY": API_KEY}, capture_output=True)
    assert again.returncode == 5  # nothing left to do


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_in_the_middle_of_extraction(tmp_path, fake_llm):
    fake_llm.latency = 0.3
    cfg = config(tmp_path, fake_llm)
    run = start(cfg, tmp_path)
    wait_for(lambda: (query(tmp_path, "SELECT count(*) FROM reports") or [(0,)])[0][0] >= 2)
    run.send_signal(signal.SIGKILL)
    run.wait()
    reports = query(tmp_path, "SELECT count(*) FROM reports")[0][0]
    assert 2 <= reports < 10 and not (tmp_path / "out" / "ban-tin-2023-09.md").exists()
    assert query(tmp_path, "SELECT status FROM runs") == [("running",)]  # the history shows it never ended
    fake_llm.latency = 0
    check_finished(tmp_path, cfg)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_in_the_middle_of_writing_the_digest(tmp_path, fake_llm):
    cfg = config(tmp_path, fake_llm)
    marker = tmp_path / "writing"
    pythonpath = os.pathsep.join([str(Path(__file__).parent / "pause_replace"), os.environ.get("PYTHONPATH", "")])
    run = start(cfg, tmp_path, PYTHONPATH=pythonpath, PAUSE_MARKER=str(marker))
    wait_for(marker.exists)
    run.send_signal(signal.SIGKILL)
    run.wait()
    out = tmp_path / "out"
    assert not (out / "ban-tin-2023-09.md").exists()  # only a hidden temporary file, if anything
    assert query(tmp_path, "SELECT count(*) FROM deliveries") == [(0,)]
    check_finished(tmp_path, cfg)


def test_two_runs_at_once_one_works_the_other_reports_the_lock(tmp_path, fake_llm):
    fake_llm.latency = 0.2
    cfg = config(tmp_path, fake_llm)
    cfg.write_text(cfg.read_text(encoding="utf-8") + "lock_wait = 0.5\n", encoding="utf-8")
    first = start(cfg, tmp_path)
    wait_for(lambda: (query(tmp_path, "SELECT count(*) FROM runs") or [(0,)])[0][0] >= 1)
    second = start(cfg, tmp_path)
    _, err = second.communicate(timeout=60)
    assert second.returncode == 6, err.decode()
    assert "một lần chạy khác đang giữ khóa" in err.decode() and len(err.decode().strip().splitlines()) == 1
    first.communicate(timeout=120)
    assert first.returncode == 0
    assert query(tmp_path, "SELECT count(*) FROM runs") == [(1,)]  # the locked one left no trace
    assert query(tmp_path, "SELECT channel, attempts FROM deliveries") == [("folder", 1)]
