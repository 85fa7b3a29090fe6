"""Writing files atomically: a failure or a kill while writing never leaves a partial or empty file."""

from __future__ import annotations

import builtins
import errno
import io
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.files import WriteError, write_atomic

from .conftest import EXAMPLES, ROOT

OLD = "# Bản tin cũ, đã kiểm tra và gửi đi\n".encode("utf-8") * 50


class _HalfWriter:
    """A file that takes half of the first write, pushes it to the disk, then meets `fault`."""

    def __init__(self, f, fault: Callable[[], None]):
        self._f, self._fault = f, fault

    def write(self, data):
        self._f.write(data[: len(data) // 2])
        self._f.flush()
        self._fault()

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()


def faulty_open(real_open, folder: Path, fault: Callable[[], None]):
    """`open` for which every file opened for writing in `folder` is a _HalfWriter, whether it is
    opened by name (as Path.write_text does) or by descriptor (as a temporary file may be)."""

    def open_(file, mode="r", *args, **kwargs):
        f = real_open(file, mode, *args, **kwargs)
        name = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.path.abspath(file)
        if Path(name).parent == folder and set(mode) & set("wax+"):
            return _HalfWriter(f, fault)
        return f

    return open_


def install_faults(folder: Path, fault: Callable[[], None], setattr=setattr) -> None:
    """Route builtins.open and io.open (which pathlib calls) through faulty_open."""
    patched = faulty_open(builtins.open, folder.resolve(), fault)
    setattr(builtins, "open", patched)
    setattr(io, "open", patched)


def disk_full() -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_new_file_is_written_and_an_old_one_replaced_keeping_its_permissions(tmp_path: Path):
    path = tmp_path / "ban-tin.md"
    write_atomic(path, "Bản tin tháng 9")
    assert path.read_text(encoding="utf-8") == "Bản tin tháng 9"
    path.chmod(0o640)
    write_atomic(path, b"\xe2\x9c\x93 m\xe1\xbb\x9bi")
    assert path.read_text(encoding="utf-8") == "✓ mới"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["ban-tin.md"]


@pytest.mark.parametrize("stage", ["write", "fsync", "rename"])
def test_a_full_disk_while_writing_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch, stage):
    path = tmp_path / "ban-tin-2023-09.html"
    path.write_bytes(OLD)
    if stage == "write":  # half the bytes reach the disk, then it is full
        install_faults(tmp_path, disk_full, monkeypatch.setattr)
    else:
        monkeypatch.setattr(os, {"fsync": "fsync", "rename": "replace"}[stage], lambda *a: disk_full())
    with pytest.raises(WriteError) as e:
        write_atomic(path, "<html>bản tin mới</html>" * 1000)
    assert str(e.value) == f"{path}: không ghi được (hết dung lượng đĩa); tệp cũ được giữ nguyên"
    assert _files(tmp_path) == {"ban-tin-2023-09.html": OLD}


def test_a_file_that_cannot_be_written_the_first_time_is_not_left_behind(tmp_path, monkeypatch):
    install_faults(tmp_path, disk_full, monkeypatch.setattr)
    with pytest.raises(WriteError, match=r"ban-tin\.md: không ghi được \(hết dung lượng đĩa\)$"):
        write_atomic(tmp_path / "ban-tin.md", "Bản tin")
    assert list(tmp_path.iterdir()) == []


# Run `summarizer digest` in a fresh process whose writes into OUT stop halfway: the process says
# "paused" and sleeps until the test kills it.
_PAUSED_WRITER = """
import sys, time
from pathlib import Path
from tests.test_files import install_faults

def pause():
    print("paused", flush=True)
    time.sleep(600)

install_faults(Path(sys.argv[1]), pause)
sys.argv = ["summarizer", *sys.argv[2:]]
from summarizer.cli import main
main()
"""


def test_killing_the_digest_while_it_writes_never_leaves_a_partial_file(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("md", "html"):
        (out / f"ban-tin-2023-09.{fmt}").write_bytes(OLD)
    args = ["digest", str(EXAMPLES), "--month", "2023-09", "--out", str(out), "--db", str(tmp_path / "s.db")]
    proc = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_WRITER, str(out), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = iter(proc.stdout.readline, "")
        assert "paused\n" in lines, "the digest finished without writing into the output folder"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    # The old digests are whole; at most a hidden temporary file holds the half-written new one.
    visible = {name: data for name, data in _files(out).items() if not name.startswith(".")}
    assert visible == {"ban-tin-2023-09.md": OLD, "ban-tin-2023-09.html": OLD}
