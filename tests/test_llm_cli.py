"""The llm backend through the command line, against the fake endpoint: eval, digest, usage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import answering_like_the_rules_engine

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


def test_digest_auto_uses_the_configured_model_and_a_rerun_makes_no_call(cli, llm_env, tmp_path):
    first = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert first.exit_code == 0, first.stdout
    calls = len(llm_env.requests)
    assert calls == 10  # one per article on the happy path
    md = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
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


def test_an_unreachable_server_fails_each_article_clearly_and_stores_nothing(cli, llm_env, tmp_path, db):
    toml = tmp_path / "summarizer.toml"
    toml.write_text('model = "m"\nbase_url = "http://127.0.0.1:9/v1"\nmax_attempts = 2\nbackoff = 0.01\n', encoding="utf-8")
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 1
    assert "không trích xuất được" in result.stderr and "sau 2 lần thử" in result.stderr
    assert not (tmp_path / "out").exists()


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
