"""The llm backend through the command line, against the fake endpoint: eval, digest, usage, and
servers that refuse, hang or echo the API key."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from summarizer.store import Store
from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import Reset, SilentServer, Status, answering_like_the_rules_engine, quoting_first_sentence

DATA = Path(__file__).parent / "data"


@pytest.fixture
def llm_env(monkeypatch, fake_llm, tmp_path):
    """The llm backend configured the way a user would: a summarizer.toml and OPENAI_API_KEY."""
    (tmp_path / "summarizer.toml").write_text(
        f'model = "fake-model"\nbase_url = "{fake_llm.url}"\nbackoff = 0.01\n'
        '[prices.fake-model]\ninput = 0.15\noutput = 0.60\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    fake_llm.default = answering_like_the_rules_engine
    return fake_llm


def _scores(result) -> dict:
    return json.loads(result.stdout)["total"]


def test_eval_with_the_llm_backend_scores_what_the_model_answered(cli, llm_env):
    args = ("eval", "--gold", DATA / "gold", "--articles", DATA / "articles", "--json")
    llm = cli(*args, "--backend", "llm")
    assert llm.exit_code == 0, llm.stdout
    rules = cli(*args, "--backend", "rules")
    # The fake model answers what the rules engine reads; through prompt, validation, grounding and
    # the metadata checks, the llm backend must keep every bit of it.
    assert _scores(llm) == _scores(rules)
    assert len(llm_env.requests) == _scores(llm)["articles"]


def test_digest_auto_uses_the_configured_model_and_a_rerun_makes_no_call(cli, llm_env, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696500000")
    first = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert first.exit_code == 0, first.stdout
    calls = len(llm_env.requests)
    assert calls == 10 + 3  # one per article on the happy path, one per 'Nhận xét chung' (II, IV, V)
    md = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    assert md.count("*Nhận xét chung (do mô hình viết):*") == 3
    again = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert again.exit_code == 0 and len(llm_env.requests) == calls
    assert (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8") == md
    assert "0 báo cáo mới" in again.stdout


def test_usage_shows_calls_tokens_and_cost_per_run(cli, llm_env):
    cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    result = cli("usage", "--by", "run")
    assert result.exit_code == 0
    assert "digest 2023-09" in result.stdout and "fake-model" in result.stdout
    assert "Tổng chi phí ước tính" in result.stdout and "chưa có giá" not in result.stdout
    by_day = cli("usage")
    assert "Ngày" in by_day.stdout


def _closed_port() -> int:
    """A port of 127.0.0.1 nothing listens on: bound, then closed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _configure(tmp_path, url: str, more: str = "") -> None:
    (tmp_path / "summarizer.toml").write_text(f'model = "fake-model"\nbase_url = "{url}"\nbackoff = 0.01\n{more}', encoding="utf-8")


def _calls(db) -> list:
    with Store(db) as store:
        return store.calls()


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_a_refused_port_stops_the_run_with_one_line_naming_the_endpoint(cli, tmp_path, db):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    _configure(tmp_path, url)
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 3
    assert _lines(result.stderr) == [
        f"lỗi: không kết nối được máy chủ mô hình {url} (từ chối kết nối) — dừng sau 3 bài liên tiếp lỗi; kiểm tra base_url hoặc máy chủ"
    ]
    assert len(_calls(db)) < 10  # the ten articles were not all tried
    assert not (tmp_path / "out").exists()


def test_a_silent_server_stops_the_run_after_its_timeouts(cli, tmp_path, db):
    server = SilentServer().start()
    url = server.url
    try:
        _configure(tmp_path, url, "timeout = 0.5\n")
        result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    finally:
        server.stop()
    assert result.exit_code == 3
    lines = _lines(result.stderr)
    # Timeouts while other requests were in flight lowered the concurrency on the way, each with a warning.
    assert all(line.startswith("cảnh báo: giảm số yêu cầu đồng thời xuống ") for line in lines[:-1])
    assert lines[-1] == (
        f"lỗi: máy chủ mô hình {url} không trả lời trong 0,5 giây — dừng sau 3 bài liên tiếp lỗi; tăng 'timeout' trong summarizer.toml (hoặc SUMMARIZER_TIMEOUT) hoặc kiểm tra máy chủ"
    )
    calls = _calls(db)
    # A timeout is retried once, not max_attempts times; the calls cut short when the run stopped say so.
    assert len(calls) < 10 and {c.attempts for c in calls if c.outcome != "cancelled"} == {2}


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_extract_and_eval_stop_on_a_refused_port_too(cli, tmp_path, command):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    _configure(tmp_path, url)
    if command == "extract":
        result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    else:
        result = cli("eval", "--gold", DATA / "gold", "--articles", DATA / "articles")
    assert result.exit_code == 3
    [line] = _lines(result.stderr)
    assert line.startswith(f"lỗi: không kết nối được máy chủ mô hình {url} (từ chối kết nối)")


def test_what_was_extracted_before_the_server_went_away_stays_stored(cli, llm_env, tmp_path, db):
    # One article at a time, so the two answers are stored before the resets begin.
    _configure(tmp_path, llm_env.url, "max_concurrency = 1\n")
    llm_env.then(quoting_first_sentence, quoting_first_sentence)
    llm_env.default = Reset()  # then the server drops every connection
    first = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert first.exit_code == 3 and "máy chủ đóng kết nối mà không trả lời" in first.stderr
    with Store(db) as store:
        kept = len(store.reports())
    assert kept == 2
    llm_env.default = answering_like_the_rules_engine  # back up
    asked = len(llm_env.requests)
    again = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert again.exit_code == 0, again.stderr
    # only what had no Report is asked again, and the three 'Nhận xét chung' of the digest
    assert len(llm_env.requests) - asked == 10 - kept + 3
    assert f"{10 - kept} báo cáo mới" in again.stdout


def test_failures_between_answers_do_not_stop_the_run(cli, llm_env, tmp_path):
    _configure(tmp_path, llm_env.url, "max_concurrency = 1\nmax_attempts = 1\n")
    llm_env.latency = 0.2  # one article at a time, each finished long before the next is answered
    good = answering_like_the_rules_engine
    llm_env.then(Reset(), Reset(), good, Reset(), Reset(), good, Reset(), Reset(), good, good)
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 0, result.stderr
    failed = [line for line in _lines(result.stderr) if "không trích xuất được" in line]
    assert len(failed) == 6 and all(llm_env.url in line for line in failed)
    assert "dừng" not in result.stderr and len(llm_env.extraction_requests) == 10


def test_an_api_key_echoed_by_the_server_is_printed_and_stored_nowhere(cli, llm_env, tmp_path, db):
    echo = f"Incorrect API key provided: {API_KEY}; masked: {API_KEY[:13]}...{API_KEY[-4:]}; Authorization: Bearer {API_KEY}"
    llm_env.then(*[Status(401, echo)] * 3)  # three articles fail, the others make a digest
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out", "--format", "md,html,json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("***") >= 3  # the errors were shown, scrubbed
    fragment = API_KEY[:10]  # "sk-test-DO": what a masked echo still gives away
    outputs = [result.stdout.encode(), result.stderr.encode()]
    outputs += [path.read_bytes() for folder in (db.parent, tmp_path / "out") for path in folder.iterdir()]
    assert len(outputs) >= 5
    for data in outputs:
        assert API_KEY.encode() not in data and fragment.encode() not in data


def test_llm_without_a_model_says_what_to_set(cli):
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt", "--backend", "llm")
    assert result.exit_code == 1 and "model" in result.stderr


def test_a_broken_prompt_file_is_a_clear_error(cli, llm_env, tmp_path):
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "extract.toml").write_text("version = \n", encoding="utf-8")
    toml = tmp_path / "summarizer.toml"
    toml.write_text(f'prompts_dir = "{tmp_path / "prompts"}"\n' + toml.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 1 and "extract.toml" in result.stderr and "Traceback" not in result.stderr


def test_eval_on_the_rules_engine_touches_no_database(cli, db):
    result = cli("eval", "--gold", DATA / "gold", "--articles", DATA / "articles", "--backend", "rules")
    assert result.exit_code == 0 and not db.exists()
