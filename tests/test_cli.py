"""The commands as a user runs them, against a real SQLite file and the example articles."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, SYNTHETIC


def _counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM reports)").fetchone()
    finally:
        con.close()


def test_digest_of_the_examples_covers_september_across_districts(cli, db, tmp_path):
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    md = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "ban-tin-2023-09.html").read_text(encoding="utf-8")
    assert md.startswith("# BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG 9/2023")
    for heading in ("## I. Tổng quan", "## II. Kết quả đạt được", "## III. Số liệu chủ yếu", "## IV. Hạn chế, tồn tại",
                    "## V. Nhiệm vụ trọng tâm", "## VI. Phụ lục"):
        assert heading in md
    # Monthly, quarterly (Q3) and 9-month reviews all end in September; July and August do not.
    for unit in ("Huyện Thọ Xuân", "Huyện Nông Cống", "Huyện Na Rì", "Huyện Ngân Sơn", "Huyện Vĩnh Lộc"):
        assert f"**{unit}**" in md
    assert "Huyện Ba Bể" not in md and "2023-07-vinh-loc" not in md
    assert "| quý III/2023 |" in md and "| 9 tháng năm 2023 |" in md
    # Vietnamese number format, and every line cites a source listed in the annex.
    assert "412,36 tỷ đồng" in md and "412.36" not in md
    assert "[5] **Huyện Vĩnh Lộc** (Thanh Hóa)" in md
    # Bắc Kạn merged into Thái Nguyên on 1 July 2025: the annex says where the district is now.
    assert "[1] **Huyện Na Rì** (Bắc Kạn, nay thuộc Thái Nguyên)" in md
    assert "| Huyện Na Rì | Bắc Kạn | Thái Nguyên |" in md
    assert '<html lang="vi">' in html and 'href="#nguon-1"' in html and "Bản tin tổng hợp" in html
    assert _counts(db) == (10, 10)


def test_rerunning_the_digest_writes_the_same_files_and_stores_nothing_twice(cli, db, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696500000")  # the generation time printed in the digest
    out = tmp_path / "out"
    cli("digest", EXAMPLES, "--month", "2023-09", "--out", out, "--format", "md,html,json")
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    counts = _counts(db)
    again = cli("digest", EXAMPLES, "--month", "2023-09", "--out", out, "--format", "md,html,json")
    assert again.exit_code == 0
    assert "0 báo cáo mới" in again.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    assert _counts(db) == counts
    digest = json.loads(first["ban-tin-2023-09.json"])
    assert (digest["year"], digest["month"], len(digest["sources"])) == (2023, 9, 5)


def test_digest_without_paths_uses_everything_stored(cli, tmp_path):
    assert cli("ingest", EXAMPLES).exit_code == 0
    result = cli("digest", "--month", "2023-08", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    md = (tmp_path / "out" / "ban-tin-2023-08.md").read_text(encoding="utf-8")
    assert "**Huyện Ba Bể**" in md and "**Huyện Ngân Sơn**" not in md


def test_a_month_with_no_reports_is_an_error(cli, tmp_path):
    result = cli("digest", EXAMPLES, "--month", "2022-01", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "không có báo cáo nào" in result.stderr
    assert not (tmp_path / "out" / "ban-tin-2022-01.md").exists()


def test_bad_files_are_named_and_skipped_while_the_others_are_processed(cli, db, examples, tmp_path):
    (examples / "empty.txt").write_bytes(b"")
    (examples / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (examples / "old.txt").write_bytes("Hội nghị".encode("utf-8")[:-1] + b"\xe9t\xe9")
    result = cli("digest", examples, "--month", "2023-09", "--out", tmp_path / "out")
    assert result.exit_code == 0
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert any("empty.txt: tệp rỗng" in e for e in errors)
    assert any("photo.txt: tệp nhị phân" in e for e in errors)
    assert any("old.txt: không phải văn bản UTF-8" in e for e in errors)
    assert _counts(db) == (10, 10)


def test_when_nothing_can_be_read_the_exit_code_is_nonzero_and_the_store_is_intact(cli, db, tmp_path):
    cli("ingest", EXAMPLES)
    before = _counts(db)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("digest", empty, "--month", "2023-09", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{empty}: thư mục không có bài viết" in result.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert cli("ingest", bad).exit_code == 1
    assert _counts(db) == before
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_extract_prints_the_json_contract(cli, tmp_path):
    path = tmp_path / "tan-lac.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    result = cli("extract", path, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["unit"] == {"name": "Tân Lạc", "level": "huyện", "province": "Hòa Bình", "province_now": "Phú Thọ", "stated": True}
    assert report["period"] == {"kind": "month", "year": 2023, "month": 9, "quarter": None}
    assert report["meeting_date"] == "2023-10-03"
    item = report["achievements"][0]
    assert item["evidence"] in path.read_text(encoding="utf-8")
    assert {"summary", "evidence", "sector", "metrics"} <= set(item)
    metric = next(m for i in report["achievements"] for m in i["metrics"] if m["unit"] == "ha")
    assert metric["value"] == 1250.6 and metric["target_pct"] == 96.2


def test_extract_as_markdown_is_vietnamese(cli):
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt", "--format", "md")
    assert result.exit_code == 0
    assert "- Đơn vị: Huyện Thọ Xuân" in result.stdout and "## Nhiệm vụ trọng tâm thời gian tới" in result.stdout


def test_extract_of_a_missing_file_fails_with_its_name(cli):
    result = cli("extract", "nowhere.txt")
    assert result.exit_code == 1 and "nowhere.txt: không" in result.stderr


def test_list_shows_articles_units_and_periods(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    result = cli("list")
    assert result.exit_code == 0
    assert "Huyện Thọ Xuân" in result.stdout and "quý III/2023" in result.stdout
    assert "10 bài viết, 10 báo cáo" in result.stdout


def test_ingesting_twice_stores_once(cli, db):
    assert "Đã lưu 10 bài mới" in cli("ingest", EXAMPLES).stdout
    assert "Đã lưu 0 bài mới, 10 bài đã có" in cli("ingest", EXAMPLES).stdout
    assert _counts(db) == (10, 0)


@pytest.mark.parametrize("command", [[], ["digest"], ["extract"], ["ingest"], ["list"], ["schema"], ["eval"]])
def test_help_says_what_each_command_does_with_an_example(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert "Example: summarizer" in result.stdout


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "sys.argv = ['summarizer', '--help']\n"
        "from summarizer.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'langchain', 'langchain_core', 'langchain_openai', 'openai', 'trafilatura', 'jinja2', 'lxml'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_the_console_script_runs_in_a_fresh_process(tmp_path):
    db = tmp_path / "s.db"
    exe = Path(sys.executable).parent / "summarizer"
    result = subprocess.run(
        [str(exe), "digest", str(EXAMPLES), "--month", "2023-08", "--out", str(tmp_path / "out"), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "ban-tin-2023-08.html").exists()
