"""Servers without JSON Schema (llama.cpp, llama-cpp-python, older vLLM, LM Studio): the ladder of
structured-output methods, remembered per endpoint; the length cap sent as `max_tokens`, sized to
the article; and a second chance for an answer cut off by a length limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import openai
import pytest

from summarizer.extract import ExtractError, extract
from summarizer.extract import llm as backend
from summarizer.sources import make_article
from summarizer.store import Store
from tests.conftest import API_KEY, EXAMPLES, ROOT, SYNTHETIC
from tests.fake_openai import NO_JSON_SCHEMA, FakeOpenAI, Reply, Status, answering_like_the_rules_engine, is_remark
from tests.test_llm import GOOD, article, run, store  # noqa: F401 (fixtures)


@pytest.fixture
def llama():
    """A fake llama-cpp-python server: a 500 naming response_format for JSON Schema."""
    server = FakeOpenAI(mode="no_json_schema").start()
    server.default = answering_like_the_rules_engine
    yield server
    server.stop()


def _at(settings, server, **changes):
    return settings.model_copy(update={"base_url": server.url, **changes})


def _formats(server) -> list[str]:
    """The kind of each request the server got: json_schema, json_object_schema or json_mode."""
    def kind(body):
        fmt = body.get("response_format") or {}
        return "json_schema" if fmt.get("type") == "json_schema" else "json_object_schema" if "schema" in fmt else "json_mode"
    return [kind(b) for b in server.requests]


# --- 1. "unsupported" told from the body, whatever the status; never retried ---------------------


def test_a_500_naming_response_format_is_not_retried_and_the_next_rung_works(article, llm_settings, store, llama):
    report = run(article, _at(llm_settings, llama), store)
    assert report.achievements
    assert _formats(llama) == ["json_schema", "json_object_schema"]  # one failed request, not max_attempts
    assert [(c.outcome, c.attempts) for c in store.calls()] == [("unsupported", 1), ("ok", 1)]
    assert "response_format" in store.calls()[0].error
    second = llama.requests[1]
    assert second["response_format"]["schema"] == backend.response_schema()
    assert '"achievements"' in second["messages"][0]["content"]  # and the schema in the prompt too


@pytest.mark.parametrize("status, message", [
    (500, NO_JSON_SCHEMA),  # llama-cpp-python 0.3
    (500, 'response_format type must be one of "text" or "json_object", but got: json_schema'),  # llama.cpp server
    (400, "'response_format.type' must be 'json_schema' or 'text'"),  # LM Studio, for json_object
    (400, "JSON schema conversion failed: Unrecognized schema"),  # llama.cpp, a schema it cannot compile
    (422, "Grammar and tools are mutually exclusive"),  # TGI
])
def test_what_servers_say_of_a_structured_output_they_lack_is_unsupported(status, message):
    e = openai.APIStatusError(f"Error code: {status} - {message}", response=SimpleNamespace(status_code=status, headers={}, request=None), body=None)
    assert backend._unsupported(e)


@pytest.mark.parametrize("status, message", [(500, "upstream exploded"), (503, "loading model"), (429, "rate limited")])
def test_other_errors_are_not_unsupported(status, message):
    e = openai.APIStatusError(message, response=SimpleNamespace(status_code=status, headers={}, request=None), body=None)
    assert not backend._unsupported(e)


# --- 2. the ladder, remembered per endpoint ------------------------------------------------------


def test_a_server_taking_only_a_plain_json_object_is_reached_in_one_failed_request_per_rung(article, llm_settings, store):
    server = FakeOpenAI(mode="json_object_only").start()
    try:
        server.then(Reply(GOOD))
        report = run(article, _at(llm_settings, server), store)
    finally:
        server.stop()
    assert report.achievements
    assert _formats(server) == ["json_schema", "json_object_schema", "json_mode"]
    assert [c.outcome for c in store.calls()] == ["unsupported", "unsupported", "ok"]
    assert server.requests[2]["response_format"] == {"type": "json_object"}
    assert '"achievements"' in server.requests[2]["messages"][0]["content"]  # plain JSON mode carries the schema


def test_auto_reaches_a_working_rung_in_one_failed_request_and_the_next_run_starts_there(cli, llama, monkeypatch, tmp_path, db):
    """The issue's acceptance test: many articles at once, one failed request in all; then a new
    process on the same database sends none."""
    (tmp_path / "summarizer.toml").write_text(f'model = "fake-model"\nbase_url = "{llama.url}"\nbackoff = 0.01\n', encoding="utf-8")
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    first = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out")
    assert first.exit_code == 0, first.stderr
    # the digest's remarks are asked as plain JSON objects, apart from the ladder
    asked = [kind for kind, body in zip(_formats(llama), llama.requests) if not is_remark(body)]
    assert asked.count("json_schema") == 1 and asked[0] == "json_schema" and len(asked) > 2
    assert set(asked[1:]) == {"json_object_schema"}
    with Store(db) as store:
        assert [c.outcome for c in store.calls()].count("unsupported") == 1
        assert store.structured_output(llama.url, "fake-model") == "json_object_schema"

    other = tmp_path / "tan-lac.txt"
    other.write_text(SYNTHETIC, encoding="utf-8")
    before = len(llama.requests)
    env = {**os.environ, "SUMMARIZER_DB": str(db), "OPENAI_API_KEY": API_KEY}
    second = subprocess.run([sys.executable, "-m", "summarizer", "extract", str(other), "--backend", "llm"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert _formats(llama)[before:] == ["json_object_schema"]  # zero failed requests
    assert json.loads(second.stdout)["achievements"]


def test_a_method_the_user_chose_and_the_server_turns_down_fails_once_with_advice(article, llm_settings, store, llama):
    settings = _at(llm_settings, llama, structured_output="json_schema")
    with pytest.raises(ExtractError, match='không nhận structured_output = "json_schema" .*; đặt structured_output = "auto"'):
        run(article, settings, store)
    assert _formats(llama) == ["json_schema"]
    assert [(c.outcome, c.attempts) for c in store.calls()] == [("unsupported", 1)]


def test_json_object_schema_can_be_chosen(article, llm_settings, store, llama):
    report = run(article, _at(llm_settings, llama, structured_output="json_object_schema"), store)
    assert report.achievements and _formats(llama) == ["json_object_schema"]
    with Store(llm_settings.db) as again:  # only auto's findings are remembered
        assert again.structured_output(llama.url, "fake-model") is None


def test_a_server_that_takes_no_method_fails_after_one_request_per_rung(article, llm_settings, store, fake_llm):
    fake_llm.default = lambda body: Status(400, "response_format is not supported by this server")
    with pytest.raises(ExtractError, match="không nhận cách trả lời JSON nào"):
        run(article, llm_settings, store)
    assert _formats(fake_llm) == ["json_schema", "json_object_schema", "json_mode"]


def test_the_response_cache_is_keyed_by_the_rung(article, llm_settings, store, llama):
    settings = _at(llm_settings, llama)
    extract(article, "llm", settings, store.add_call, cache=store)
    assert _formats(llama) == ["json_schema", "json_object_schema"]
    # The same rung, remembered: the same request, answered from the store.
    extract(article, "llm", settings, store.add_call, cache=store)
    assert len(llama.requests) == 2
    extract(article, "llm", settings.model_copy(update={"structured_output": "json_mode"}), store.add_call, cache=store)
    assert _formats(llama)[2:] == ["json_mode"]  # another rung is another request


# --- 3. the length cap, as max_tokens, sized to the article --------------------------------------


def test_the_cap_is_sent_as_max_tokens_sized_to_the_part(article, llm_settings, store, fake_llm):
    run(article, llm_settings, store)
    sent = fake_llm.requests[0]
    assert "max_completion_tokens" not in sent
    assert sent["max_tokens"] == backend.answer_cap(llm_settings, article.text)
    assert 1024 < sent["max_tokens"] < backend.CAP_MAX
    long = make_article(SYNTHETIC + "\n" + "Toàn huyện trồng mới 120 ha rừng. " * 600, "long.txt")
    assert backend.answer_cap(llm_settings, long.text) == backend.CAP_MAX
    fake_llm.requests.clear()
    run(article, llm_settings.model_copy(update={"max_tokens": 3000}), store)
    assert fake_llm.requests[0]["max_tokens"] == 3000


def test_openai_itself_gets_max_completion_tokens(llm_settings):
    assert backend._cap_field(llm_settings.model_copy(update={"base_url": None})) == "max_completion_tokens"
    assert backend._cap_field(llm_settings.model_copy(update={"base_url": "https://res.openai.azure.com/openai/v1/"})) == "max_completion_tokens"
    assert backend._cap_field(llm_settings) == "max_tokens"


# --- 4. a truncated answer: the real limit named, and one second chance ---------------------------

CUT = '{"unit": {"name": "Tân'


def test_an_answer_cut_at_the_default_cap_is_asked_again_with_twice_the_room(article, llm_settings, store, fake_llm):
    cap = backend.answer_cap(llm_settings, article.text)
    fake_llm.then(Reply(CUT, finish_reason="length", completion_tokens=cap), Reply(GOOD))
    report = run(article, llm_settings, store)
    assert report.achievements
    assert [r["max_tokens"] for r in fake_llm.requests] == [cap, 2 * cap]
    truncated, ok = store.calls()
    assert (truncated.outcome, ok.outcome) == ("truncated", "ok")
    assert f"giới hạn max_tokens = {cap}" in truncated.error


def test_an_answer_cut_by_the_context_window_is_asked_again_in_two_halves(article, llm_settings, store, fake_llm):
    fake_llm.then(Reply(CUT, finish_reason="length", completion_tokens=700))
    report = run(article, llm_settings, store)
    halves = [answering_article(r) for r in fake_llm.requests[1:]]
    assert len(halves) == 2 and "".join(halves).replace("\n", "") == article.text.replace("\n", "")
    assert len(report.achievements) == 2  # the fake quotes each half's first sentence…
    for got in report.achievements:  # …with offsets into the whole article
        assert article.text[got.start : got.end] == got.evidence
    assert "cửa sổ ngữ cảnh" in store.calls()[0].error and "max_tokens" in store.calls()[0].error


def answering_article(body: dict) -> str:
    from tests.fake_openai import article_of

    return article_of(body)


def test_a_second_cut_fails_the_article_naming_the_limit_and_the_retry(article, llm_settings, store, fake_llm):
    fake_llm.then(*[Reply(CUT, finish_reason="length", completion_tokens=700)] * 3)
    with pytest.raises(ExtractError, match="cửa sổ ngữ cảnh.*chia đôi") as raised:
        run(article, llm_settings, store)
    assert "--ctx-size" in str(raised.value)


def test_a_cap_the_server_ignored_is_named(article, llm_settings, store, fake_llm):
    cap = 1500
    settings = llm_settings.model_copy(update={"max_tokens": cap})
    fake_llm.then(*[Reply(CUT, finish_reason="length", completion_tokens=3361)] * 3)
    with pytest.raises(ExtractError, match=f"dài 3361 token, vượt max_tokens = {cap} mà máy chủ bỏ qua"):
        run(article, settings, store)


def test_the_example_settings_file_lists_every_method(tmp_path):
    text = (ROOT / "examples" / "summarizer.toml").read_text(encoding="utf-8")
    assert "json_object_schema" in text


def test_a_server_that_never_answers_is_not_waited_for_one_article_at_a_time(llm_settings, store):
    """Trying an unproven rung one request at a time must not make every article of a silent
    server wait out its timeouts in turn: after the first gets no answer, the others go together."""
    from datetime import datetime

    from summarizer.pipeline import extract_pending
    from tests.fake_openai import SilentServer
    from tests.test_llm import districts

    server = SilentServer().start()
    try:
        articles = districts(6)
        for a in articles:
            store.add_article(a)
        with pytest.raises(ExtractError, match="không trả lời"):
            extract_pending(store, articles, _at(llm_settings, server, timeout=0.3))
    finally:
        server.stop()
    calls = sorted((c for c in store.calls() if c.outcome != "cancelled"), key=lambda c: c.started_at)
    assert len(calls) >= 3 and all(c.outcome == "error" for c in calls)
    start = [datetime.fromisoformat(c.started_at).timestamp() for c in calls]
    # The first tried alone; the second and third were on the wire at the same time.
    assert start[2] < start[1] + calls[1].latency_ms / 1000
