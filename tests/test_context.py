"""The llm backend against the limits of a real server: a server that answers one request at a time,
a context window smaller than a part, a run stopped by SIGTERM, and which environment variables
are settings at all."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.config import load_settings
from summarizer.sources import read_article
from summarizer.store import Store
from tests.conftest import API_KEY, EXAMPLES, SYNTHETIC
from tests.fake_openai import FakeOpenAI, Reply, Status, article_of, quoting_first_sentence

ROOT = Path(__file__).resolve().parent.parent


def _configure(tmp_path: Path, url: str, more: str = "") -> None:
    (tmp_path / "summarizer.toml").write_text(f'model = "fake-model"\nbase_url = "{url}"\nbackoff = 0.01\n{more}', encoding="utf-8")


def _calls(db: Path) -> list:
    with Store(db) as store:
        return store.calls()


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _articles(tmp_path: Path, n: int) -> Path:
    """`n` of the example articles, in a folder of their own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("2023-*"))[:n]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


# --- a server that answers one request at a time -------------------------------------------------


def test_timeouts_against_a_one_at_a_time_server_lower_concurrency_and_the_run_completes(cli, tmp_path, db, caplog):
    # Each answer takes 0.4 s and the server answers one request at a time: four requests at once
    # put the fourth 1.6 s away, past the 1 s timeout, although the server needs 0.4 s for it.
    server = FakeOpenAI(latency=0.4).start()
    server.one_at_a_time = True
    try:
        _configure(tmp_path, server.url, "timeout = 1.0\nmax_concurrency = 4\n")
        with caplog.at_level(logging.WARNING, logger="summarizer"):
            result = cli("digest", _articles(tmp_path, 8), "--month", "2023-09", "--out", "out")
    finally:
        server.stop()
    assert result.exit_code == 0, result.stderr
    assert "8 báo cáo mới" in result.stdout  # no article failed: each timed-out request got its answer on the retry
    said = [r.getMessage() for r in caplog.records if r.name == "summarizer"]
    assert f"giảm số yêu cầu đồng thời xuống 2 vì máy chủ mô hình {server.url} trả lời chậm" in said
    assert f"giảm số yêu cầu đồng thời xuống 1 vì máy chủ mô hình {server.url} trả lời chậm" in said
    assert f"cảnh báo: giảm số yêu cầu đồng thời xuống 1 vì máy chủ mô hình {server.url} trả lời chậm\n" in result.stderr
    # After the first timeout no two requests of ours were in the server at once: the ones sent
    # later went out one by one (the server still worked on those given up, sent before).
    first_timeout = min(came + 1.0 for came, done in server.spans if done - came > 1.0)
    later = sorted(span for span in server.spans if span[0] > first_timeout)
    assert len(later) >= 4
    assert all(done <= came for (_, done), (came, _) in zip(later, later[1:]))
    timeouts = [c for c in _calls(db) if c.attempts == 2]
    assert timeouts and all(c.outcome == "ok" for c in timeouts)


def test_the_timeout_line_says_which_setting_to_raise(cli, tmp_path):
    server = FakeOpenAI(latency=2.0).start()
    try:
        _configure(tmp_path, server.url, "timeout = 0.3\nmax_concurrency = 1\n")
        result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    finally:
        server.stop()
    assert result.exit_code == 3
    [line] = _lines(result.stderr)
    assert line.endswith("tăng 'timeout' trong summarizer.toml (hoặc SUMMARIZER_TIMEOUT) hoặc kiểm tra máy chủ")


# --- a context window smaller than a part --------------------------------------------------------

_SENTENCES = [
    "Trong tháng, xã {n} hoàn thành {k} km đường giao thông nông thôn, đạt {p}% kế hoạch năm.",
    "Thu ngân sách trên địa bàn xã {n} ước đạt {k} tỷ đồng, tăng {p}% so với cùng kỳ.",
    "Công tác tiêm chủng mở rộng tại xã {n} đạt {p}% với {k} trẻ được tiêm đủ mũi.",
]


def _long_article(paragraphs: int) -> str:
    """A synthetic article of about 230 characters a paragraph, each paragraph its own figures."""
    names = ["Tân Hòa", "Phú Lâm", "Đồng Tâm", "Yên Bình", "Minh Khai", "Thạch Sơn", "Hợp Tiến", "Quang Trung"]
    body = []
    for i in range(paragraphs):
        n = f"{names[i % len(names)]} {i + 1}"
        body.append(" ".join(s.format(n=n, k=10 + i, p=50 + i) for s in _SENTENCES[: 1 + i % 3]))
    return "UBND huyện Lạc Thủy họp phiên thường kỳ tháng 9/2023\n\n" + "\n\n".join(body) + "\n"


WINDOW = 2000  # characters of article the fake server's context window has room for, beside the prompt


def _overflowing(words: str, status: int = 400, code: str | None = None):
    """A server whose window takes the prompt and WINDOW characters of article; `words` says so as
    that server does, with its sizes in tokens (3.5 characters each) where it gives them."""

    def step(body: dict):
        article = len(article_of(body))
        if article <= WINDOW:
            return quoting_first_sentence(body)
        asked = round(sum(len(m["content"]) for m in body["messages"]) / 3.5)
        limit = asked - round((article - WINDOW) / 3.5)
        return Status(status, words.format(limit=limit, asked=asked), error_code=code)

    return step


OPENAI_OVERFLOW = _overflowing(
    "This model's maximum context length is {limit} tokens. However, your messages resulted in {asked} tokens. "
    "Please reduce the length of the messages.", code="context_length_exceeded")
LLAMA_OVERFLOW = _overflowing("the request exceeds the available context size, try increasing it")
VLLM_OVERFLOW = _overflowing("This model's maximum context length is {limit} tokens. However, you requested {asked} tokens "
                             "({asked} in the messages, 0 in the completion). Please reduce the length.", status=500)


@pytest.mark.parametrize("overflow", [OPENAI_OVERFLOW, LLAMA_OVERFLOW, VLLM_OVERFLOW], ids=["openai", "llama.cpp", "vllm"])
def test_a_part_too_long_for_the_context_is_split_and_the_article_extracted(cli, tmp_path, db, fake_llm, monkeypatch, overflow):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    text = _long_article(16)
    assert 2500 < len(text) < 4000
    (tmp_path / "bai.txt").write_text(text, encoding="utf-8")
    # The window takes 2,000 characters of article: a part of 4,000 does not fit, its halves do.
    fake_llm.default = overflow
    _configure(tmp_path, fake_llm.url, "chunk_chars = 4000\n")
    result = cli("extract", tmp_path / "bai.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)["achievements"]
    outcomes = [c.outcome for c in _calls(db)]
    assert outcomes[0] == "overflow" and outcomes[1:] == ["ok"] * len(items)  # an overflow is not retried as a transient fault
    assert len(items) >= 2  # one item from each smaller part
    text = read_article(tmp_path / "bai.txt").text
    for item in items:  # offsets into the whole article, as normal chunking gives
        assert text[item["start"] : item["end"]] == item["evidence"]
    asked = "".join(article_of(b) for b in fake_llm.requests[1:])
    assert asked == text  # the smaller parts cover the whole article
    sent = [len(article_of(b)) for b in fake_llm.requests]
    assert sent[0] > WINDOW and all(n <= WINDOW for n in sent[1:])


def test_after_a_split_the_next_articles_are_cut_small_at_once(llm_settings, fake_llm):
    from summarizer.extract import extract_all
    from summarizer.sources import make_article

    fake_llm.default = LLAMA_OVERFLOW
    settings = llm_settings.model_copy(update={"chunk_chars": 4000, "max_concurrency": 1})
    articles = [make_article(_long_article(16 + i), f"bai-{i}.txt") for i in range(4)]
    results = []
    extract_all(articles, "llm", settings, lambda a, r: results.append(r))
    assert len(results) == 4 and not [r for r in results if isinstance(r, Exception)]
    overflowed = [b for b in fake_llm.requests if len(article_of(b)) > WINDOW]
    # The first article's first part, and the second's sent while the first was being asked;
    # the two articles after were cut short enough before their first request.
    assert len(overflowed) <= 2


def test_a_context_too_small_for_the_prompt_stops_the_run_with_the_size_needed(cli, tmp_path, db, fake_llm, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    # llama.cpp's newer words: the request's size and the window's.
    fake_llm.default = Status(400, "request (4000 tokens) exceeds the available context size (2048 tokens), try increasing it")
    _configure(tmp_path, fake_llm.url)
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 4
    lines = _lines(result.stderr)
    assert len(lines) == 1, "\n".join(lines)
    line = lines[0]
    assert line.startswith(f"lỗi: ngữ cảnh của mô hình fake-model tại {fake_llm.url} quá nhỏ: riêng phần cố định của lời nhắc")
    assert "máy chủ chỉ nhận 2048 token" in line
    needed = int(line.split("cần ngữ cảnh ít nhất khoảng ")[1].split()[0])
    assert needed > 2048 and needed % 1024 == 0
    assert len(fake_llm.requests) < 10  # stopped, not one failure per article
    assert not (tmp_path / "out").exists()


def test_a_window_that_never_fits_stops_once_the_parts_are_at_their_floor(cli, tmp_path, fake_llm, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    # Overflows whatever the size, and gives no figures: the parts are halved down to the floor first.
    fake_llm.default = Status(400, "the request exceeds the available context size, try increasing it")
    _configure(tmp_path, fake_llm.url, "max_concurrency = 1\n")
    result = cli("extract", EXAMPLES / "2023-09-tho-xuan-ubnd.txt")
    assert result.exit_code == 4
    [line] = _lines(result.stderr)
    assert "máy chủ báo vượt quá ngữ cảnh; cần ngữ cảnh ít nhất khoảng" in line
    assert [len(article_of(b)) >= 1000 for b in fake_llm.requests] == [True] * len(fake_llm.requests)
    assert len(fake_llm.requests) <= 4


# --- environment variables -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [("API_KEY", "api_key", "sk-of-another-service-0123456789"), ("api_key", "api_key", "sk-of-another-service-0123456789"),
     ("Api_Key", "api_key", "sk-of-another-service-0123456789"), ("BASE_URL", "base_url", "http://other-service.example/v1"),
     ("base_url", "base_url", "http://other-service.example/v1"), ("Base_Url", "base_url", "http://other-service.example/v1")],
)
def test_a_generic_variable_is_not_the_model_key_nor_endpoint_but_the_file_key_is(monkeypatch, tmp_path, name, field, value):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), field) is None
    (tmp_path / "summarizer.toml").write_text(f'{field} = "http://127.0.0.1:8080/v1"\n', encoding="utf-8")
    got = getattr(load_settings(), field)
    assert (got.get_secret_value() if field == "api_key" else got) == "http://127.0.0.1:8080/v1"


def test_our_own_and_openais_variables_are_still_read(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9000/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-0123456789")
    monkeypatch.setenv("TIMEOUT", "7")  # a generic name for a field without alias: never read either
    settings = load_settings()
    assert settings.base_url == "http://127.0.0.1:9000/v1" and settings.api_key.get_secret_value() == "sk-openai-0123456789"
    assert settings.timeout == 120
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://127.0.0.1:9001/v1")
    monkeypatch.setenv("summarizer_timeout", "7")
    settings = load_settings()
    assert settings.base_url == "http://127.0.0.1:9001/v1" and settings.timeout == 7


# --- SIGTERM ---------------------------------------------------------------------------------------


def _digest(tmp_path: Path, db: Path, articles: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update(SUMMARIZER_DB=str(db), OPENAI_API_KEY=API_KEY, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "digest", str(articles), "--month", "2023-09", "--out", "out"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize(
    ("signum", "code", "name"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGINT, 130, "SIGINT (Ctrl-C)")]
)
def test_a_signal_logs_the_calls_in_flight_keeps_what_was_extracted_and_a_rerun_completes(tmp_path, db, signum, code, name):
    server = FakeOpenAI().start()
    articles = _articles(tmp_path, 6)
    try:
        # Two quick answers, then a server that takes 30 s for each: SIGTERM comes while two wait.
        server.then(quoting_first_sentence, quoting_first_sentence)
        server.default = lambda body: Reply(quoting_first_sentence(body).content, delay=30)
        _configure(tmp_path, server.url, "max_concurrency = 2\n")
        run = _digest(tmp_path, db, articles)
        deadline = time.monotonic() + 30
        while len(server.requests) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(server.requests) == 4, run.communicate()
        time.sleep(0.2)  # the two quick answers are stored
        run.send_signal(signum)
        out, err = run.communicate(timeout=30)
        assert run.returncode == code, err
        assert _lines(err) == [f"lỗi: dừng vì nhận tín hiệu {name}; các báo cáo đã trích xuất đã được lưu, chạy lại lệnh để làm tiếp"]
        calls = _calls(db)
        assert len(calls) == len(server.requests) == 4  # a row for each request the server received
        assert sorted(c.outcome for c in calls) == ["cancelled", "cancelled", "ok", "ok"]
        with Store(db) as store:
            assert len(store.reports()) == 2
        server.default = quoting_first_sentence
        again = _digest(tmp_path, db, articles)
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        assert "4 báo cáo mới" in out  # the two stored Reports are not asked again
    finally:
        server.stop()


def test_the_sigterm_handler_of_the_caller_is_back_after_a_run(llm_settings):
    from summarizer.extract import extract_all
    from summarizer.sources import make_article

    def mine(signum, frame):
        pass

    before = {signum: signal.signal(signum, mine) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        extract_all([make_article(SYNTHETIC, "bai.txt")], "llm", llm_settings)
        assert signal.getsignal(signal.SIGTERM) is mine and signal.getsignal(signal.SIGINT) is mine
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
