"""Faults of the disk and the database, as a user meets them: one Vietnamese line, exit 1, nothing damaged."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.store import NO_DATABASE, StoreError

from .conftest import EXAMPLES
from .test_files import OLD, disk_full, install_faults
from .test_store import _beside, _foreign, damage

DAMAGED = "cơ sở dữ liệu bị hỏng; khôi phục từ bản sao lưu hoặc dùng --db khác"


def _old_digests(out: Path) -> None:
    out.mkdir()
    for fmt in ("md", "html"):
        (out / f"ban-tin-2023-09.{fmt}").write_bytes(OLD)


def test_a_full_disk_keeps_the_old_digests_and_says_so_in_one_line_per_file(cli, tmp_path, monkeypatch):
    _old_digests(tmp_path / "out")
    install_faults(tmp_path / "out", disk_full, monkeypatch.setattr)
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "lỗi: out/ban-tin-2023-09.md: không ghi được (hết dung lượng đĩa); tệp cũ được giữ nguyên",
        "lỗi: out/ban-tin-2023-09.html: không ghi được (hết dung lượng đĩa); tệp cũ được giữ nguyên",
    ]
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == {
        "ban-tin-2023-09.md": OLD, "ban-tin-2023-09.html": OLD,
    }


def test_out_that_is_a_file_is_one_line_and_the_file_is_kept(cli, tmp_path):
    (tmp_path / "out").write_bytes(OLD)
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["lỗi: out: không tạo được thư mục (là một tệp, không phải thư mục)"]
    assert (tmp_path / "out").read_bytes() == OLD


def test_out_in_a_folder_without_write_permission_is_one_line(cli, tmp_path, monkeypatch):
    # The suite may run as root, for whom permissions do not bind: refuse the opens as the kernel would.
    out = (tmp_path / "out").resolve()
    _old_digests(out)

    def refuse(open_):
        def guarded(file, *args, **kwargs):
            if not isinstance(file, int) and Path(os.path.abspath(file)).parent == out:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
            return open_(file, *args, **kwargs)

        return guarded

    monkeypatch.setattr(os, "open", refuse(os.open))
    monkeypatch.setattr(io, "open", refuse(io.open))
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "lỗi: out/ban-tin-2023-09.md: không ghi được (không có quyền truy cập); tệp cũ được giữ nguyên"
    ]


@pytest.mark.parametrize("command", [["list"], ["usage"], ["ingest", EXAMPLES], ["digest", "--month", "2023-09"]])
def test_a_damaged_database_is_one_line_naming_it_for_every_command(cli, db, command):
    assert cli("ingest", EXAMPLES / "2023-09-tho-xuan-ubnd.txt").exit_code == 0
    damage(db)
    result = cli(*command)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"lỗi: {db}: {DAMAGED}"]


def test_debug_shows_the_fault_itself(cli, db, monkeypatch):
    cli("ingest", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    damage(db)
    with pytest.raises(StoreError) as e:
        cli("--debug", "list")
    assert isinstance(e.value.__cause__, sqlite3.DatabaseError)
    monkeypatch.setenv("SUMMARIZER_DEBUG", "1")
    with pytest.raises(StoreError):
        cli("list")


def test_any_command_turns_an_os_error_into_one_line(cli, tmp_path):
    (tmp_path / "schemas").write_text("not a folder")
    result = cli("schema", "--write", "--dir", "schemas")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["lỗi: schemas: đã có tệp cùng tên"]


@pytest.mark.parametrize("command", ["list", "usage"])
def test_reading_commands_never_create_a_database(cli, tmp_path, command):
    missing = tmp_path / "typo" / "summarizer.db"
    result = cli(command, "--db", missing)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"lỗi: {missing}: {NO_DATABASE}"]
    assert not (tmp_path / "typo").exists()


def test_the_list_example_from_its_help_creates_nothing(cli, tmp_path):
    assert "summarizer list --db out/summarizer.db" in cli("list", "--help").stdout
    assert cli("list", "--db", "out/summarizer.db").exit_code == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [["list"], ["usage"], ["ingest", EXAMPLES], ["digest", EXAMPLES, "--month", "2023-09"]])
def test_a_database_of_another_program_is_refused_untouched(cli, tmp_path, command):
    path = tmp_path / "notes.sqlite"
    before = _foreign(path, "delete")
    result = cli(*command, "--db", path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"lỗi: {path}: cơ sở dữ liệu SQLite của chương trình khác, không phải của summarizer; không thay đổi gì"
        " (chọn tệp khác bằng --db)"
    )
    assert path.read_bytes() == before and _beside(path) == ["notes.sqlite"]


def test_list_reads_a_database_without_changing_it(cli, db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    cli("ingest", EXAMPLES)
    before = db.read_bytes()
    result = cli("list")
    assert result.exit_code == 0 and "10 bài viết, 0 báo cáo" in result.stdout
    assert db.read_bytes() == before and _beside(db) == ["summarizer.db"]


def test_the_console_script_reports_a_damaged_database_in_one_line(tmp_path):
    db = tmp_path / "s.db"
    exe = Path(sys.executable).parent / "summarizer"
    subprocess.run([str(exe), "ingest", str(EXAMPLES), "--db", str(db)], capture_output=True, check=True)
    damage(db)
    result = subprocess.run([str(exe), "list", "--db", str(db)], capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (1, f"lỗi: {db}: {DAMAGED}\n")
    debug = subprocess.run([str(exe), "--debug", "list", "--db", str(db)], capture_output=True, text=True)
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "database disk image is malformed" in debug.stderr
