"""How each article's extraction ended, as `usage` and `list` show it: extracted, extracted with
flagged items, failed (with its last error), never tried. Through the CLI and the fake endpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.store import Store
from tests.conftest import API_KEY, SYNTHETIC
from tests.fake_openai import Reply, answer, item, remarking_on_the_first_item
from tests.test_llm import GOOD

# Written for these tests: two more districts' meetings.
OTHER = """UBND huyện Mường Khoa họp giao ban tháng 9/2023

Chiều ngày 2/10, UBND huyện Mường Khoa tổ chức họp giao ban đánh giá kết quả tháng 9 năm 2023. Trong tháng, toàn huyện trồng mới 45 ha rừng. Công tác thu thuế còn chậm.
"""
UNTRIED = """UBND huyện Bản Lìm họp thường kỳ tháng 9/2023

Sáng ngày 4/10, UBND huyện Bản Lìm họp thường kỳ. Trong tháng 9, huyện làm mới 3 km đường giao thông nông thôn.
"""
INVENTED = "toàn huyện xây mới 12 nhà văn hóa thôn bản"  # in no article: ungrounded whatever is asked again


def _flagged_answer() -> dict:
    """GOOD with one more achievement whose quote the article does not hold, answered every time."""
    flagged = json.loads(json.dumps(GOOD))
    flagged["achievements"].append(item(INVENTED, "Xây mới 12 nhà văn hóa.", "society"))
    return flagged


def _by_article(body: dict) -> Reply:
    if remark := remarking_on_the_first_item(body):  # a digest's 'Nhận xét chung'
        return remark
    # The article's message: the last with an article in it (the examples come before, repairs after).
    text = [m["content"] for m in body["messages"] if m["role"] == "user" and "<article>" in m["content"]][-1]
    if "Tân Lạc" in text:
        return Reply(_flagged_answer())
    if "Mường Khoa" in text:
        return Reply('{"unit": {"name": "Mường Khoa"')  # never valid JSON
    return Reply(answer())


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_llm) -> dict[str, Path]:
    (tmp_path / "summarizer.toml").write_text(
        f'model = "fake-model"\nbase_url = "{fake_llm.url}"\nbackoff = 0.01\nmax_repairs = 2\n', encoding="utf-8"
    )
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    fake_llm.default = _by_article
    out = {}
    for name, text in (("tan-lac.txt", SYNTHETIC), ("muong-khoa.txt", OTHER), ("ban-lim.txt", UNTRIED)):
        out[name] = tmp_path / "in" / name
        out[name].parent.mkdir(exist_ok=True)
        out[name].write_text(text, encoding="utf-8")
    return out


def test_usage_counts_an_article_with_flagged_items_as_extracted_not_failed(cli, files, fake_llm, db):
    result = cli("digest", files["tan-lac.txt"], "--month", "2023-09", "--out", "out")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert len(fake_llm.extraction_requests) == 3  # asked again for the invented quote, twice, then flagged
    with Store(db) as store:
        [row] = store.usage("run")
        [call_outcomes] = [[c.outcome for c in store.calls()]]
    assert call_outcomes == ["ungrounded"] * 3 + ["ok"] * 3  # then the digest's three remarks
    assert {k: row[k] for k in ("group", "calls", "extracted", "flagged", "failed")} == {
        "group": "digest 2023-09", "calls": 6, "extracted": 0, "flagged": 1, "failed": 0
    }
    shown = cli("usage", "--by", "run")
    assert shown.exit_code == 0
    line = next(line for line in shown.stdout.splitlines() if "digest 2023-09" in line)
    assert "fake-model" in line and line.split()[-3:] == ["0", "1", "0"]  # Bài đạt, Gắn cờ, Thất bại
    assert "Lỗi" not in shown.stdout


def test_list_tells_a_failed_article_with_its_error_from_one_never_tried(cli, files, db):
    assert cli("ingest", files["ban-lim.txt"]).exit_code == 0
    cli("digest", files["tan-lac.txt"], files["muong-khoa.txt"], "--month", "2023-09", "--out", "out")
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in json.loads(cli("list", "--json").stdout)}
    assert rows["tan-lac.txt"]["status"] == "extracted" and rows["tan-lac.txt"]["error"] is None
    assert rows["ban-lim.txt"]["status"] == "pending" and rows["ban-lim.txt"]["error"] is None
    failed = rows["muong-khoa.txt"]
    assert failed["status"] == "failed" and failed["unit"] is None
    assert "mô hình không trả về JSON hợp lệ sau 3 lần" in failed["error"]
    table = cli("list").stdout
    assert "trích xuất lỗi" in table and "chưa trích xuất" in table
    assert "lỗi: mô hình không trả về JSON" in table.replace("\n", " ")
    with Store(db) as store:
        [row] = store.usage("run")
    assert (row["extracted"], row["flagged"], row["failed"]) == (0, 1, 1)



def test_a_wide_list_keeps_the_source_of_an_article_without_report_in_its_column(cli, files, monkeypatch):
    cli("ingest", files["ban-lim.txt"])
    monkeypatch.setenv("COLUMNS", "130")
    lines = cli("list").stdout.splitlines()
    header = next(line for line in lines if "Nguồn" in line)
    row = next(line for line in lines if "ban-lim.txt" in line)
    assert row.index("ban-lim.txt") == header.index("Nguồn")


def test_the_raw_answers_of_a_failed_article_are_shown(cli, files):
    cli("digest", files["muong-khoa.txt"], "--month", "2023-09", "--out", "out")
    article_id = json.loads(cli("list", "--json").stdout)[0]["id"]
    shown = cli("usage", "--article", article_id)
    assert shown.exit_code == 0
    assert shown.stdout.count("invalid") == 3
    assert shown.stdout.count('{"unit": {"name": "Mường Khoa"') == 3
    missing = cli("usage", "--article", "0000000000000000")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "lỗi: --article: không có lượt gọi mô hình nào của bài 0000000000000000"


def test_the_rules_backend_records_its_outcomes_too(cli, tmp_path, db):
    path = tmp_path / "tan-lac.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    assert cli("digest", path, "--month", "2023-09", "--backend", "rules", "--out", "out").exit_code == 0
    with Store(db) as store:
        [row] = store.usage("run")
    assert (row["model"], row["calls"], row["extracted"] + row["flagged"], row["failed"]) == ("rules", 0, 1, 0)
    assert json.loads(cli("list", "--json").stdout)[0]["status"] == "extracted"
