"""`digest --batch`: the pending articles go to the fake endpoint's Batch API as one batch; later
runs poll it, take its answers in through the synchronous path's checks and ask again for the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.store import Store
from tests.conftest import API_KEY, EXAMPLES

DATA = Path(__file__).parent / "data"
from tests.fake_openai import Reply, answering_like_the_rules_engine

DIGEST = ("digest", EXAMPLES, "--month", "2023-09", "--out", "out")
PENDING = 75


@pytest.fixture
def llm_env(monkeypatch, fake_llm, tmp_path):
    (tmp_path / "summarizer.toml").write_text(
        f'model = "fake-model"\nbase_url = "{fake_llm.url}"\nbackoff = 0.01\n', encoding="utf-8"
    )
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    fake_llm.default = answering_like_the_rules_engine
    return fake_llm


def _sync_requests(fake) -> list[dict]:
    return [r for r in fake.extraction_requests if "_batch" not in r]  # a digest's remarks are asked directly


def _reports(db: Path) -> int:
    with Store(db) as store:
        return store.counts()["reports"]


def test_a_batch_is_sent_once_polled_then_taken_in_as_the_synchronous_path_would(cli, llm_env, db, tmp_path, monkeypatch):
    # (one time of writing for both digests compared below: runs on either side of a minute differ only in it)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696492800")
    first = cli(*DIGEST, "--batch")
    assert first.exit_code == PENDING, first.output
    assert "đã gửi lô yêu cầu batch_1 (10 yêu cầu, 10 bài viết) qua Batch API" in first.output
    assert list(llm_env.batches) == ["batch_1"] and _sync_requests(llm_env) == []
    assert _reports(db) == 0 and not (tmp_path / "out").exists()

    polled = cli(*DIGEST, "--batch")
    assert polled.exit_code == PENDING
    assert "lô yêu cầu batch_1 đang được kiểm tra; chạy lại sau" in polled.output
    polled = cli(*DIGEST, "--batch")
    assert "lô yêu cầu batch_1 đang xử lý (0/10 xong); chạy lại sau" in polled.output
    assert list(llm_env.batches) == ["batch_1"]  # polled, never sent again

    llm_env.finish_batches()
    done = cli(*DIGEST, "--batch")
    assert done.exit_code == 0, done.output
    assert "10 báo cáo mới" in done.output and _sync_requests(llm_env) == []  # every answer came from the batch
    batched = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    assert cli(*DIGEST, "--batch").exit_code == 0 and list(llm_env.batches) == ["batch_1"]  # nothing left to send

    # The same digest, and the very same requests, as the synchronous path.
    sent = [json.loads(line)["body"] for line in llm_env.files["file-1"].decode().splitlines()]
    synced = cli(*DIGEST, "--out", "sync", "--db", tmp_path / "sync.db")
    assert synced.exit_code == 0, synced.output
    assert (tmp_path / "sync" / "ban-tin-2023-09.md").read_text(encoding="utf-8") == batched
    sync_bodies = [{k: v for k, v in r.items() if k != "_headers"} for r in _sync_requests(llm_env)]
    key = lambda body: json.dumps(body, sort_keys=True)  # noqa: E731
    assert sorted(map(key, sync_bodies)) == sorted(map(key, sent))


def test_a_run_killed_as_the_batch_is_created_resumes_that_batch(llm_env, db, tmp_path, cli):
    env = dict(os.environ, SUMMARIZER_DB=str(db))
    running: list[subprocess.Popen] = []
    # Killed before the provider's answer reaches it: the run never learns the batch's id.
    llm_env.on_batch_create = lambda batch: os.kill(running[0].pid, signal.SIGKILL)
    running.append(subprocess.Popen([sys.executable, "-m", "summarizer", *map(str, DIGEST), "--batch"], cwd=tmp_path,
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    running[0].communicate(timeout=60)
    assert running[0].returncode == -signal.SIGKILL
    assert list(llm_env.batches) == ["batch_1"]
    with sqlite3.connect(db) as con:  # recorded before it was created, its id unknown
        assert con.execute("SELECT remote_id, collected_at FROM batches").fetchall() == [(None, None)]
    llm_env.on_batch_create = None

    resumed = cli(*DIGEST, "--batch")
    assert resumed.exit_code == PENDING, resumed.output
    assert "lô yêu cầu batch_1" in resumed.output and "chạy lại sau" in resumed.output
    assert list(llm_env.batches) == ["batch_1"]  # found again, not sent twice
    llm_env.finish_batches()
    done = cli(*DIGEST, "--batch")
    assert done.exit_code == 0, done.output
    assert list(llm_env.batches) == ["batch_1"] and _sync_requests(llm_env) == []
    assert _reports(db) == 10


def test_an_expired_batch_leaves_its_unanswered_articles_to_the_synchronous_path(cli, llm_env, db):
    assert cli(*DIGEST, "--batch").exit_code == PENDING
    llm_env.finish_batches(status="expired", unanswered=2)
    done = cli(*DIGEST, "--batch")
    assert done.exit_code == 0, done.output
    assert len(_sync_requests(llm_env)) == 2  # only the two requests the batch left unanswered
    assert ("lô yêu cầu batch_1 kết thúc (expired) với 2/10 yêu cầu không có câu trả lời; các bài đó được hỏi lại"
            " từng yêu cầu") in " ".join(done.output.split())
    assert _reports(db) == 10 and list(llm_env.batches) == ["batch_1"]


def test_an_invalid_answer_in_a_batch_is_asked_again_synchronously(cli, llm_env, db):
    assert cli(*DIGEST, "--batch").exit_code == PENDING
    llm_env.then(Reply("đây không phải JSON"))  # the batch's first line gets this
    llm_env.finish_batches()
    done = cli(*DIGEST, "--batch")
    assert done.exit_code == 0, done.output
    assert len(_sync_requests(llm_env)) == 1 and _reports(db) == 10
    with Store(db) as store:
        outcomes = [c.outcome for c in store.calls()]
    # nine from the batch, one asked again, and the digest's three remarks
    assert outcomes.count("invalid") == 1 and outcomes.count("ok") == 10 + 3


def test_batch_needs_the_llm_backend(cli, tmp_path):
    result = cli(*DIGEST, "--batch")
    assert result.exit_code == 2
    assert "--batch chỉ dùng được với backend llm" in result.output


def test_eval_with_batch_scores_the_batch_answers_and_sends_no_batch_for_what_is_cached(cli, llm_env):
    args = ("eval", "--gold", DATA / "gold", "--articles", DATA / "articles", "--json")
    sent = cli(*args, "--batch")
    assert sent.exit_code == PENDING and "đã gửi lô yêu cầu batch_1" in sent.output
    llm_env.finish_batches()
    batched = cli(*args, "--batch")
    assert batched.exit_code == 0, batched.output
    assert _sync_requests(llm_env) == []
    again = cli(*args, "--batch")  # every request is answered from the store: nothing to send
    assert again.exit_code == 0 and list(llm_env.batches) == ["batch_1"]
    synced = cli(*args, "--no-cache")
    assert json.loads(synced.stdout)["total"] == json.loads(batched.stdout)["total"]


def test_a_batch_never_holds_more_than_the_provider_takes():
    from summarizer.extract.batch import _fitting

    plans = [[(None, "x" * 9)] * 2 for _ in range(5)]  # five articles of two 10-byte lines
    assert _fitting(plans, max_requests=5, max_bytes=10**6) == 2
    assert _fitting(plans, max_requests=10**6, max_bytes=45) == 2
    assert _fitting(plans, max_requests=1, max_bytes=1) == 1  # an article too big alone still goes, alone
    assert _fitting(plans) == 5


def test_a_server_without_the_batch_api_gets_one_line_naming_it(cli, llm_env, db):
    llm_env.batch_api = False
    result = cli(*DIGEST, "--batch")
    assert result.exit_code == 1
    assert (f"lỗi: máy chủ mô hình {llm_env.url} không hỗ trợ Batch API (HTTP 404); chạy lại không có --batch"
            in " ".join(result.output.split()))
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM batches").fetchone() == (0,)
