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
from summarizer.extract import ExtractError, extract
from summarizer.prompts import load_prompt
from summarizer.schema import Article
from summarizer.sources import read_article
from summarizer.store import Store
from tests.conftest import EXAMPLES

CASSETTES = Path(__file__).parent / "cassettes" / "test_real_server"
# The aliases bench/real_server.py gives the model: a context window the prompt fits in, and 2,048
# tokens, which the fixed prompt alone overflows.
MODEL = "smollm2-135m-instruct"
SMALL_CONTEXT_MODEL = "smollm2-135m-instruct-ctx2k"
ARTICLE = EXAMPLES / "2023-09-tho-xuan-ubnd.txt"


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


@pytest.mark.vcr
def test_auto_falls_back_from_json_schema_and_extracts_an_article(db, vcr):
    result, calls = _extract(db, _settings(db), read_article(ARTICLE))
    print("RESULT", type(result).__name__, str(result)[:500])
    for c in calls:
        print("CALL", c.outcome, c.attempts, c.input_tokens, c.output_tokens, (c.error or "")[:300])
    print("PLAYED", vcr.play_count, len(vcr))


@pytest.mark.vcr
def test_json_mode_answer_is_extracted_end_to_end(db, vcr):
    result, calls = _extract(db, _settings(db, structured_output="json_mode"), read_article(ARTICLE))
    print("RESULT", type(result).__name__, str(result)[:500])
    for c in calls:
        print("CALL", c.outcome, c.attempts, c.input_tokens, c.output_tokens, (c.error or "")[:300])


@pytest.mark.vcr
def test_json_schema_is_answered_500(db, vcr):
    result, calls = _extract(db, _settings(db, structured_output="json_schema", max_attempts=1), read_article(ARTICLE))
    print("RESULT", type(result).__name__, str(result)[:500])
    for c in calls:
        print("CALL", c.outcome, c.attempts, c.input_tokens, c.output_tokens, (c.error or "")[:300])


@pytest.mark.vcr
def test_context_overflow(db, vcr):
    result, calls = _extract(db, _settings(db, SMALL_CONTEXT_MODEL, structured_output="json_mode"), read_article(ARTICLE))
    print("RESULT", type(result).__name__, str(result)[:500])
    for c in calls:
        print("CALL", c.outcome, c.attempts, c.input_tokens, c.output_tokens, (c.error or "")[:300])


def _interactions() -> list[tuple[Path, dict]]:
    found = sorted(CASSETTES.glob("*.yaml"))
    assert found, "no cassette recorded"
    return [(path, i) for path in found for i in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]]


_ARTICLE = re.compile(r"<article>\n(.*?)\n</article>", re.S)


def test_the_cassettes_hold_no_key_no_local_path_and_only_synthetic_articles():
    from summarizer.text import normalize

    synthetic = [read_article(p).text for p in sorted(EXAMPLES.iterdir()) if p.name != "README.md"]
    synthetic += [normalize(ex.text) for ex in load_prompt().examples]
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
