"""What a newcomer meets: paths printed as they are, clear settings errors, help, --version, `list`."""

import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from summarizer.store import Store

from .conftest import EXAMPLES, ROOT, SYNTHETIC

MARKUP_NAME = "[bold red]đỏ :cross_mark:.txt"


@pytest.fixture
def markup_folder(tmp_path: Path) -> Path:
    """A folder whose path holds a rich closing tag ("tin [/x]"), with an article named in rich markup."""
    folder = tmp_path / "tin [" / "x]"
    folder.mkdir(parents=True)
    (folder / MARKUP_NAME).write_text(SYNTHETIC, encoding="utf-8")
    return folder


def test_paths_that_look_like_markup_are_printed_as_they_are(cli, markup_folder, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    missing = markup_folder / "[bold]mất.txt"
    result = cli("ingest", markup_folder, missing)
    assert result.exit_code == 0
    assert "Đã lưu 1 bài mới" in result.stdout
    assert f"bỏ qua: {missing}: không tìm thấy" in result.stderr

    out = markup_folder / "out [" / "y]"
    result = cli("digest", markup_folder, "--month", "2023-09", "--out", out)
    assert result.exit_code == 0
    assert f"Đã ghi {out / 'ban-tin-2023-09.md'}" in result.stdout

    result = cli("list")
    assert result.exit_code == 0
    assert MARKUP_NAME in result.stdout and "Huyện Tân Lạc" in result.stdout


def test_an_error_naming_a_markup_path_is_one_literal_line(cli, markup_folder):
    missing = markup_folder / "[" / "x] không có.txt"
    result = cli("extract", missing)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"lỗi: {missing}: không")
    assert len(result.stderr.splitlines()) == 1


def test_a_bad_backend_option_is_named_as_the_option(cli):
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt", "--backend", "foo")
    assert result.exit_code == 2
    assert result.stderr == "lỗi: --backend: 'foo' không hợp lệ (chọn auto, rules hoặc llm)\n"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("--month", "2023-13"), "lỗi: --month: '2023-13' không hợp lệ (cần dạng YYYY-MM, ví dụ 2023-09)"),
        (("--month", "2023-09", "--format", "md,pdf"), "lỗi: --format: 'pdf' không hợp lệ (chọn md, html, docx hoặc json)"),
    ],
)
def test_a_bad_digest_option_is_named_as_the_option(cli, tmp_path, args, line):
    result = cli("digest", EXAMPLES, *args, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.strip() == line
    assert not (tmp_path / "out").exists()


def test_a_bad_setting_names_the_variable_or_the_file_it_came_from(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_BACKEND", "foo")
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    assert result.exit_code == 1
    assert result.stderr == "lỗi: SUMMARIZER_BACKEND: 'foo' không hợp lệ (chọn auto, rules hoặc llm)\n"

    monkeypatch.delenv("SUMMARIZER_BACKEND")
    (tmp_path / "summarizer.toml").write_text('temperature = 5\n[prices."gpt-4o-mini"]\ninput = -1\noutput = 0.6\n')
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    assert result.exit_code == 1
    assert result.stderr == (
        "lỗi: summarizer.toml: temperature: 5 không hợp lệ (phải ≤ 2); "
        "summarizer.toml: prices.gpt-4o-mini.input: -1 không hợp lệ (phải ≥ 0)\n"
    )


def test_an_unknown_key_in_the_settings_file_is_named_with_the_closest_known_one(cli, tmp_path):
    (tmp_path / "summarizer.toml").write_text(
        'mdoel = "gpt-4o-mini"\nbackend = "rules"\n[prices."gpt-4o-mini"]\ninput = 0.15\noutput = 0.60\n', encoding="utf-8"
    )
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    assert result.exit_code == 0
    assert result.stderr == "cảnh báo: summarizer.toml: khóa không xác định 'mdoel' (có phải 'model'?)\n"
    assert json.loads(result.stdout)["backend"] == "rules"

    from summarizer.config import config_warnings

    other = tmp_path / "khác.toml"
    other.write_text('xyzzy = 1\n[prices."m"]\ninptu = 1\noutput = 2\n', encoding="utf-8")
    assert config_warnings(other) == [
        f"{other}: khóa không xác định 'xyzzy'",
        f"{other}: khóa không xác định 'prices.m.inptu' (có phải 'input'?)",
    ]


def test_version_is_the_package_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"summarizer {version('summarizer')}\n"


@pytest.mark.parametrize("command", ["ingest", "list", "extract", "digest", "eval", "usage", "schema"])
def test_help_has_no_type_placeholders(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert not re.search(r"<(bool|str|path|int|list\[\w+\])>", result.stdout), result.stdout
    assert "{" not in result.stdout.splitlines()[0]


def test_help_names_arguments_and_keeps_brackets(cli):
    assert " ingest [OPTIONS] PATH...\n" in cli("ingest", "--help").stdout
    assert " extract [OPTIONS] FILE\n" in cli("extract", "--help").stdout
    assert " digest [OPTIONS] [PATH...]\n" in cli("digest", "--help").stdout
    assert "[prices] table of summarizer.toml" in cli("usage", "--help").stdout


def test_the_eval_example_works_in_a_clone(cli):
    example = re.search(r"Example: summarizer eval (.*)", cli("eval", "--help").stdout).group(1).split()
    paths = [ROOT / p for p in example[1::2]]
    assert example[::2] == ["--gold", "--articles"] and all(p.is_dir() for p in paths)
    result = cli("eval", "--gold", paths[0], "--articles", paths[1], "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["total"]["articles"] == 17


def test_eval_of_a_missing_folder_says_it_does_not_exist(cli, tmp_path):
    result = cli("eval", "--gold", tmp_path / "nowhere", "--articles", EXAMPLES)
    assert result.exit_code == 1
    assert result.stderr == f"lỗi: {tmp_path / 'nowhere'}: không tìm thấy\n"
    result = cli("eval", "--gold", EXAMPLES / "2023-09-tho-xuan-ubnd.txt", "--articles", EXAMPLES)
    assert result.stderr == f"lỗi: {EXAMPLES / '2023-09-tho-xuan-ubnd.txt'}: không phải thư mục\n"


def test_list_fits_80_columns_with_its_counts(cli, db, monkeypatch, tmp_path):
    cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out")
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("list")
    assert result.exit_code == 0
    path, *lines = result.stdout.splitlines()
    assert path == str(db)
    assert max(len(line) for line in lines) <= 80, [line for line in lines if len(line) > 80]
    # Thọ Xuân, September: 24 results, 4 shortcomings, 9 tasks, each count whole on the unit's line.
    assert any(re.search(r"Huyện Thọ Xuân\s.*tháng 9/2023\s+24\s+4\s+9\s", line) for line in lines), result.stdout
    assert "KQ" in result.stdout and "10 bài viết, 10 báo cáo" in result.stdout


def test_list_json_has_one_object_per_article(cli, db, tmp_path):
    cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out")
    extra = tmp_path / "tan-lac.txt"
    extra.write_text(SYNTHETIC, encoding="utf-8")
    cli("ingest", extra)
    result = cli("list", "--json")
    assert result.exit_code == 0
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert len(rows) == 11
    assert rows["44b002b78c2be87a"] == {
        "id": "44b002b78c2be87a",
        "source": str(EXAMPLES / "2023-09-tho-xuan-ubnd.txt"),
        "title": "UBND huyện Thọ Xuân họp phiên thường kỳ tháng 9/2023, triển khai nhiệm vụ tháng 10",
        "status": "extracted",
        "error": None,
        "unit": {"label": "Huyện Thọ Xuân", "name": "Thọ Xuân", "level": "huyện"},
        "province": "Thanh Hóa",
        "period": {"label": "tháng 9/2023", "kind": "month", "year": 2023, "month": 9, "quarter": None},
        "meeting_date": "2023-10-03",
        "counts": {"achievements": 24, "shortcomings": 4, "next_tasks": 9},
    }
    pending = next(r for r in rows.values() if r["source"] == str(extra))
    assert (pending["unit"], pending["period"], pending["counts"], pending["status"]) == (None, None, None, "pending")
    # The same counts as the validated Reports.
    with Store(db) as store:
        for report in store.reports():
            counts = rows[report.article_id]["counts"]
            assert counts == {c: len(getattr(report, c)) for c in ("achievements", "shortcomings", "next_tasks")}


def _modules_after(args: list[str], cwd: Path) -> set[str]:
    code = (
        "import sys\n"
        f"sys.argv = ['summarizer', *{args!r}]\n"
        "from summarizer.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd)
    return set(run.stdout.splitlines()[-1].split())


def test_help_and_list_start_without_the_settings_machinery(tmp_path):
    for args in (["--help"], ["--version"]):
        loaded = _modules_after(args, tmp_path)
        assert not {"rich", "pydantic", "pydantic_settings", "summarizer.schema", "summarizer.config"} & loaded, args
    cli_db = tmp_path / "s.db"
    Store(cli_db).close()
    loaded = _modules_after(["list", "--db", str(cli_db)], tmp_path)
    assert "rich.table" in loaded
    # pydantic too: typer < 0.29 (pyproject) does not convert parameters through it.
    assert not {"pydantic", "pydantic_settings", "summarizer.schema", "summarizer.config", "summarizer.periods"} & loaded


def test_eval_prints_a_failed_article_literally(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    gold = json.loads((ROOT / "tests/data/gold/01_quangxuong_quy2-2024.json").read_text(encoding="utf-8"))
    gold["article"] = "[red]mất[/red].txt"
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "mat.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = cli("eval", "--gold", tmp_path / "gold", "--articles", ROOT / "tests/data/articles")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "mất" in line)
    assert "[red]mất[/red].txt" in row and "lỗi" in row and "[red]lỗi" not in row
    assert result.stderr.startswith(f"bỏ qua: {ROOT / 'tests/data/articles' / '[red]mất[/red].txt'}: không")


def test_list_takes_its_database_from_the_settings_file_when_there_is_one(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("SUMMARIZER_DB")
    (tmp_path / "summarizer.toml").write_text('db = "tu-tep.db"\n', encoding="utf-8")
    assert cli("ingest", EXAMPLES / "2023-09-tho-xuan-ubnd.txt").exit_code == 0
    result = cli("list")
    assert result.stdout.splitlines()[0] == "tu-tep.db"
    assert "1 bài viết" in result.stdout and (tmp_path / "tu-tep.db").exists()
    monkeypatch.setenv("SUMMARIZER_DB", str(tmp_path / "env.db"))
    (tmp_path / "summarizer.toml").unlink()
    assert cli("list", "--db", tmp_path / "tu-tep.db").stdout.splitlines()[0] == str(tmp_path / "tu-tep.db")


def test_a_malformed_api_key_or_settings_file_is_one_line_that_never_shows_the_key(cli, tmp_path):
    article = EXAMPLES / "2023-09-tho-xuan-ubnd.txt"
    (tmp_path / "summarizer.toml").write_text("api_key = 98765432101234\n", encoding="utf-8")
    result = cli("extract", article)
    assert result.exit_code == 1
    assert result.stderr == "lỗi: summarizer.toml: api_key: giá trị không hợp lệ (phải là chuỗi)\n"
    (tmp_path / "summarizer.toml").write_text("model = \n", encoding="utf-8")
    result = cli("extract", article)
    assert result.exit_code == 1
    assert result.stderr.startswith("lỗi: summarizer.toml: không đọc được TOML (") and len(result.stderr.splitlines()) == 1
