"""The answer cache: a request made again is answered from the store, with no call; and `extract`
with the rules engine opens no database."""

from __future__ import annotations

import json
import shutil
import sqlite3

from summarizer.store import Store
from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import Reply, answering_like_the_rules_engine
from tests.test_llm_cli import DATA, llm_env  # noqa: F401 (a fixture)

ARTICLE = EXAMPLES / "2023-09-tho-xuan-ubnd.txt"


def _with_organ(organ: str):
    """A fake model that answers like the rules engine but names the organ that met as `organ`."""
    return lambda body: Reply(json.loads(answering_like_the_rules_engine(body).content) | {"organ": organ})


def _calls(db) -> list:
    with Store(db) as store:
        return store.calls()


def test_extract_with_the_rules_engine_creates_no_database(cli, monkeypatch, tmp_path, db):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("SUMMARIZER_DB")  # the default: the user's data folder
    result = cli("extract", ARTICLE, "--backend", "rules")
    assert result.exit_code == 0, result.stderr
    assert '"backend": "rules"' in result.stdout
    chosen = cli("extract", ARTICLE, "--backend", "rules", "--db", db)
    assert chosen.stdout == result.stdout
    assert list(home.rglob("*")) == [] and not db.parent.exists()
    assert [p.name for p in tmp_path.rglob("*.db*")] == []


def test_extract_with_the_llm_backend_stores_in_the_db_given(cli, llm_env, monkeypatch, tmp_path):
    monkeypatch.delenv("SUMMARIZER_DB")
    chosen = tmp_path / "chosen.db"
    result = cli("extract", ARTICLE, "--db", chosen)
    assert result.exit_code == 0, result.stderr
    assert [c.run for c in _calls(chosen)] == ["extract"]


def test_extract_twice_makes_one_call_and_prints_the_same_report(cli, llm_env, db):
    first = cli("extract", ARTICLE, "--backend", "llm")
    assert first.exit_code == 0, first.stderr
    assert len(llm_env.requests) == 1
    again = cli("extract", ARTICLE, "--backend", "llm")
    assert again.exit_code == 0, again.stderr
    assert len(llm_env.requests) == 1
    assert again.stdout == first.stdout and '"backend": "llm"' in again.stdout
    asked, cached = _calls(db)
    assert (asked.outcome, asked.attempts) == ("ok", 1) and asked.input_tokens > 0
    assert (cached.outcome, cached.attempts, cached.input_tokens, cached.output_tokens) == ("cached", 0, 0, 0)
    with Store(db) as store:
        [row] = store.usage("run")
    # Two logged, neither failed, and the tokens are those of the one call made.
    assert (row["calls"], row["failed"], row["input_tokens"]) == (1, 0, asked.input_tokens)  # the cached one was not a call


def test_no_cache_asks_again_and_keeps_the_newer_answer(cli, llm_env):
    first = cli("extract", ARTICLE, "--backend", "llm")
    llm_env.default = _with_organ("Ban Thường vụ Huyện ủy")
    fresh = cli("extract", ARTICLE, "--backend", "llm", "--no-cache")
    assert fresh.exit_code == 0, fresh.stderr
    assert len(llm_env.requests) == 2
    assert '"organ": "Ban Thường vụ Huyện ủy"' in fresh.stdout and fresh.stdout != first.stdout
    again = cli("extract", ARTICLE, "--backend", "llm")  # the answer --no-cache got replaced the old one
    assert len(llm_env.requests) == 2 and again.stdout == fresh.stdout


def test_a_digest_after_extract_makes_no_new_call_for_that_article(cli, llm_env, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(ARTICLE, folder)
    cli("extract", folder / ARTICLE.name, "--backend", "llm")
    result = cli("digest", folder, "--month", "2023-09", "--out", "out")
    assert result.exit_code == 0, result.stderr
    assert "1 báo cáo mới" in result.stdout and len(llm_env.extraction_requests) == 1
    assert (tmp_path / "out" / "ban-tin-2023-09.md").is_file()


def test_a_digest_from_cached_answers_is_the_same_digest(cli, llm_env, tmp_path, db, monkeypatch):
    """Ten articles answered concurrently from the cache, stored through the same callbacks."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696500000")  # the generation time printed
    first = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert first.exit_code == 0, first.stderr
    md = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    with sqlite3.connect(db) as con:  # the Reports lost, the answers kept
        con.execute("DELETE FROM reports")
    again = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
    assert again.exit_code == 0, again.stderr
    assert len(llm_env.requests) == 10 + 3 and "10 báo cáo mới" in again.stdout  # the remarks too were cached
    assert (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8") == md


def test_a_repaired_answer_is_replayed_with_the_answer_it_repaired(cli, llm_env, db):
    llm_env.then(Reply("{không phải JSON"))  # then the good answer, once told what was wrong
    # The article is no longer the last user message of a repair round: the repair message is.
    llm_env.default = lambda body: answering_like_the_rules_engine(
        {"messages": [m for m in body["messages"] if "<article>" in m["content"]]}
    )
    first = cli("extract", ARTICLE, "--backend", "llm")
    assert first.exit_code == 0, first.stderr
    assert len(llm_env.requests) == 2
    again = cli("extract", ARTICLE, "--backend", "llm")
    assert len(llm_env.requests) == 2 and again.stdout == first.stdout
    assert [c.outcome for c in _calls(db)] == ["invalid", "ok", "cached", "cached"]


def test_an_article_that_failed_is_asked_again_not_failed_from_the_cache(cli, llm_env):
    llm_env.default = lambda body: Reply("{không phải JSON")
    failed = cli("extract", ARTICLE, "--backend", "llm")
    assert failed.exit_code == 1 and "JSON" in failed.stderr
    asked = len(llm_env.requests)
    llm_env.default = answering_like_the_rules_engine
    again = cli("extract", ARTICLE, "--backend", "llm")
    assert again.exit_code == 0, again.stderr
    assert len(llm_env.requests) == asked + 1


def test_a_different_model_or_temperature_is_a_different_request(cli, llm_env, monkeypatch):
    cli("extract", ARTICLE, "--backend", "llm")
    monkeypatch.setenv("SUMMARIZER_TEMPERATURE", "0.5")
    cli("extract", ARTICLE, "--backend", "llm")
    assert len(llm_env.requests) == 2
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model-2")
    cli("extract", ARTICLE, "--backend", "llm")
    assert len(llm_env.requests) == 3


def test_eval_replays_cached_answers_and_says_so_unless_no_cache(cli, llm_env):
    args = ("eval", "--gold", DATA / "gold", "--articles", DATA / "articles", "--backend", "llm")
    first = cli(*args)
    asked = len(llm_env.requests)
    assert first.exit_code == 0 and asked > 0 and "bộ nhớ đệm" not in first.stdout
    again = cli(*args)
    assert len(llm_env.requests) == asked
    assert f"{asked} câu trả lời lấy từ bộ nhớ đệm, không gọi lại mô hình (--no-cache để hỏi lại)" in again.stdout
    measured = cli(*args, "--no-cache")
    assert len(llm_env.requests) == 2 * asked and "bộ nhớ đệm" not in measured.stdout


def test_a_cached_answer_holds_no_api_key(cli, llm_env, db):
    llm_env.default = _with_organ(f"UBND huyện {API_KEY}")
    assert cli("extract", ARTICLE, "--backend", "llm").exit_code == 0
    with sqlite3.connect(db) as con:
        [(content,)] = con.execute("SELECT content FROM responses").fetchall()
    assert API_KEY not in content and "***" in content
