"""Exchanges with a real OpenAI-compatible server, recorded and replayed offline.

The cassettes under tests/cassettes/test_real_server/ were recorded from llama-cpp-python's server
(0.3.x) serving SmolLM2-135M-Instruct on 127.0.0.1, with the synthetic examples/articles. They hold
that server's real answers: its response shapes, its HTTP 500 on `response_format: json_schema`
and its `context_length_exceeded`. Requests match on their JSON body, so a change in what the llm
backend sends (messages, response_format, token cap) fails here until the cassettes are recorded
again, on purpose: what we send is what that server was seen to accept.

Replay needs nothing but the cassettes. To record them again (the server's build from source takes
about 15 minutes on 2 cores; never in CI):

    .venv/bin/python bench/real_server.py install   # once
    .venv/bin/python bench/real_server.py record

The tiny model's answers are poor; the tests assert on the flow (which requests, which fallback,
which error, a Report at the end), not on what it extracted.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from summarizer.config import Settings
from summarizer.extract import ContextTooSmall, ExtractError, extract
from summarizer.extract.llm import LLMError, response_schema
from summarizer.prompts import load_prompt
from summarizer.schema import Article, Report
from summarizer.sources import read_article
from summarizer.store import Store
from tests.conftest import EXAMPLES

CASSETTES = Path(__file__).parent / "cassettes" / "test_real_server"
# The aliases bench/real_server.py gives the model: a context window the prompt fits in, and 2,048
# tokens, which the fixed prompt alone overflows.
MODEL = "smollm2-135m-instruct"
SMALL_CONTEXT_MODEL = "smollm2-135m-instruct-ctx2k"
# A short synthetic article (written for this test): the fewer tokens, the sooner the tiny model is done.
SHORT_TEXT = """UBND xã Yên Hòa họp giao ban tháng 10/2025

Sáng 3/11, UBND xã Yên Hòa, huyện Đà Bắc, tỉnh Hòa Bình họp giao ban đánh giá kết quả tháng 10. Đồng chí Đinh Văn Khánh, Chủ tịch UBND xã chủ trì.

Trong tháng 10, toàn xã gieo trồng được 120 ha ngô đông, đạt 95% kế hoạch. Thu ngân sách ước đạt 1,2 tỷ đồng.

Tuy nhiên, tiến độ làm đường giao thông nông thôn còn chậm.

Đồng chí Chủ tịch yêu cầu các ban ngành đẩy nhanh tiến độ làm đường giao thông nông thôn trong tháng 11.
"""
CAP = 512  # max_tokens of the ladder test's requests


@pytest.fixture
def short(tmp_path: Path) -> Article:
    path = tmp_path / "2025-10-yen-hoa.txt"
    path.write_text(SHORT_TEXT, encoding="utf-8")
    return read_article(path)


def _keep_content_type(request):
    """Only the header body matching needs: the rest is the client's version and platform (and the key)."""
    kept = {k: v for k, v in request.headers.items() if k.lower() == "content-type"}
    request.headers.clear()
    request.headers.update(kept)
    return request


_LOCAL_PATH = re.compile(r"/(?:home|root|tmp|work|usr|opt|var|srv|mnt)/[^\s\"'\\,]*")  # linear: one class, repeated


def _scrub_response(response):
    """No local path of the recording machine: a file's name instead (the server's errors name its
    source files, and its answers may name the model file)."""
    body = response["body"]["string"]
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    scrubbed = _LOCAL_PATH.sub(lambda m: m[0].rsplit("/", 1)[-1], text)
    response["body"]["string"] = scrubbed.encode("utf-8") if isinstance(body, bytes) else scrubbed
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() == "content-type"}
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "before_record_request": _keep_content_type,
        "before_record_response": _scrub_response,
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,
        # Every recorded answer plays once: a request sent more often than it was recorded fails.
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(CASSETTES)


def _settings(db: Path, model: str = MODEL, **overrides) -> Settings:
    values = dict(
        db=db,
        backend="llm",
        model=model,
        base_url=os.environ.get("SUMMARIZER_RECORD_LLAMACPP_URL", "http://127.0.0.1:8765/v1"),
        timeout=900,  # a CPU serving one request at a time; replay does not wait
        backoff=0,  # no sleeping between retries in replay
        max_concurrency=1,
    )
    return Settings(**(values | overrides))


def _extract(db: Path, settings: Settings, article: Article):
    """The Report (or the error) and the calls logged, as `summarizer extract` stores them."""
    with Store(db) as store:
        try:
            result = extract(article, "llm", settings, store.add_call, run="real-server")
        except ExtractError as e:
            result = e
        return result, store.calls()


def _sent(cassette) -> list[dict]:
    """The bodies of the requests recorded in `cassette`, in order."""
    return [json.loads(r.body) for r in cassette.requests]


def _replayed_whole(cassette) -> bool:
    """In replay, every recorded answer was asked for (too many requests fail in vcrpy itself)."""
    return cassette.record_mode != "none" or cassette.all_played


@pytest.mark.vcr
def test_json_schema_is_answered_500_and_auto_steps_down_to_json_object_with_the_schema(db, vcr, short):
    # A cap, so the recording is short: this model never closes its JSON (it repeats an item until
    # whatever limit there is), and the cap shows the server honours max_tokens.
    result, calls = _extract(db, _settings(db, max_tokens=CAP), short)
    assert _replayed_whole(vcr)
    sent, answers = _sent(vcr), vcr.responses
    # The server's real answer to JSON Schema: a 500 naming response_format, not retried.
    assert sent[0]["response_format"]["type"] == "json_schema"
    assert answers[0]["status"]["code"] == 500 and b"response_format" in answers[0]["body"]["string"]
    assert calls[0].outcome == "unsupported" and calls[0].attempts == 1
    # The next rung: a JSON object with the schema beside it (a grammar for llama-cpp-python), and
    # the cap as max_tokens, which this server honours where it ignores max_completion_tokens.
    assert len(sent) >= 2 and all(b["response_format"] == {"type": "json_object", "schema": response_schema()} for b in sent[1:])
    assert all(b["max_tokens"] == CAP and "max_completion_tokens" not in b for b in sent)
    for answer in answers[1:]:
        body = json.loads(answer["body"]["string"])
        assert body["usage"]["completion_tokens"] <= CAP and body["choices"][0]["finish_reason"] == "length"
    # Cut off at our cap: the part is asked again in halves once, then the article fails with a
    # line that names the cap; no answer was accepted.
    assert [c.outcome for c in calls] == ["unsupported", "truncated", "truncated"]
    assert calls[1].input_tokens and calls[1].output_tokens == CAP
    assert isinstance(result, LLMError) and f"max_tokens = {CAP}" in str(result)


@pytest.mark.vcr
def test_json_schema_chosen_by_the_user_stops_at_the_500_in_one_request(db, vcr, short):
    result, calls = _extract(db, _settings(db, structured_output="json_schema"), short)
    assert isinstance(result, LLMError)
    # One line: the server's validation dump without the traceback frame it carries.
    assert "\n" not in str(result) and 'File "' not in str(result) and "'json_schema'" in str(result)
    assert 'không nhận structured_output = "json_schema"' in str(result) and 'đặt structured_output = "auto"' in str(result)
    assert _replayed_whole(vcr) and len(vcr) == 1 and [c.outcome for c in calls] == ["unsupported"]


@pytest.mark.vcr
def test_a_context_too_small_for_the_prompt_stops_with_the_size_needed(db, vcr, short):
    result, calls = _extract(db, _settings(db, SMALL_CONTEXT_MODEL), short)
    # The server's real error: 400, code context_length_exceeded, with its window in words.
    body = json.loads(vcr.responses[-1]["body"]["string"])
    assert vcr.responses[-1]["status"]["code"] == 400 and body["error"]["code"] == "context_length_exceeded"
    assert isinstance(result, ContextTooSmall), result
    # "you requested 5352 tokens (3586 in the messages, 1766 in the completion)": the prompt is the
    # messages' part, not the total that counts our answer cap too.
    assert "đã cần khoảng 3453 token" in str(result), result
    assert "quá nhỏ" in str(result) and "2048" in str(result) and "--ctx-size" in str(result)
    assert _replayed_whole(vcr) and all(c.outcome != "ok" for c in calls)


def _interactions() -> list[tuple[Path, dict]]:
    found = sorted(CASSETTES.glob("*.yaml"))
    assert found, "no cassette recorded"
    return [(path, i) for path in found for i in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]]


_ARTICLE = re.compile(r"<article>\n(.*?)\n</article>", re.S)


def test_the_cassettes_hold_no_key_no_local_path_and_only_synthetic_articles():
    from summarizer.text import normalize

    synthetic = [read_article(p).text for p in sorted(EXAMPLES.iterdir()) if p.name != "README.md"]
    synthetic += [normalize(ex.text) for ex in load_prompt().examples] + [normalize(SHORT_TEXT)]
    for path, interaction in _interactions():
        request, response = interaction["request"], interaction["response"]
        text = yaml.safe_dump(interaction, allow_unicode=True).lower()
        assert "authorization" not in text and "bearer" not in text and "sk-" not in text and "api-key" not in text, path
        assert not _LOCAL_PATH.search(text), (path, _LOCAL_PATH.search(text)[0])
        assert request["uri"].startswith("http://127.0.0.1:"), (path, request["uri"])
        for message in json.loads(request["body"])["messages"]:
            for article in _ARTICLE.findall(message["content"]) if message["role"] == "user" else []:
                assert any(article in s for s in synthetic), (path, article[:80])
        assert response["status"]["code"] in (200, 400, 500), path


def test_a_request_that_differs_from_the_recorded_one_is_not_answered(db, short, vcr_config):
    """Matching on the body is what catches drift: the same article sent with another temperature
    finds no answer in the cassette."""
    import vcr as vcrpy

    config = {k: v for k, v in vcr_config.items() if k != "allow_playback_repeats"}
    name = "test_json_schema_chosen_by_the_user_stops_at_the_500_in_one_request.yaml"
    with vcrpy.VCR(**config, record_mode="none").use_cassette(str(CASSETTES / name), allow_playback_repeats=False) as cassette:
        result, calls = _extract(db, _settings(db, structured_output="json_schema", temperature=0.5, max_attempts=1), short)
    assert cassette.play_count == 0 and isinstance(result, ExtractError)
    assert "không nhận" not in str(result) and [c.outcome for c in calls] == ["error"]


@pytest.mark.vcr
def test_json_mode_answers_are_extracted_end_to_end(db, vcr, short):
    result, calls = _extract(db, _settings(db, structured_output="json_mode", max_tokens=CAP), short)
    assert _replayed_whole(vcr)
    sent, answers = _sent(vcr), [json.loads(a["body"]["string"]) for a in vcr.responses]
    # Plain JSON mode: the schema goes in the system prompt, the cap as max_tokens.
    assert all(b["response_format"] == {"type": "json_object"} and b["max_tokens"] == CAP for b in sent)
    assert all(json.dumps(response_schema(), ensure_ascii=False, separators=(",", ":")) in b["messages"][0]["content"] for b in sent)
    # The server's real shape: the answer in choices[0].message.content, finish_reason "stop", usage,
    # which the calls table keeps.
    assert all(a["choices"][0]["finish_reason"] == "stop" for a in answers)
    assert [c.input_tokens for c in calls] == [a["usage"]["prompt_tokens"] for a in answers]
    assert [c.output_tokens for c in calls] == [a["usage"]["completion_tokens"] for a in answers]
    # Any answer that failed validation was sent back with the problems, and the last one was taken:
    # an article extracted end to end (what it holds is as poor as a 135M model makes it). Keys
    # the schema lacks (this model adds some) are dropped with a warning.
    for before, after, call in zip(answers, sent[1:], calls):
        assert call.outcome == "invalid"
        assert after["messages"][-2] == {"role": "assistant", "content": before["choices"][0]["message"]["content"]}
    assert calls[-1].outcome in ("ok", "ungrounded")
    assert isinstance(result, Report), result
    assert result.backend == "llm" and result.model == MODEL and result.title == "UBND xã Yên Hòa họp giao ban tháng 10/2025"
    assert any(w.startswith("bỏ qua khóa không có trong lược đồ: chairs[0].") for w in result.warnings), result.warnings
