"""The Batch API path of the llm backend: the first request of every chunk goes to the provider as
one batch (half the price, its own rate limits); its answers are checked as the synchronous path
checks them, the good ones go into the answer cache, and the articles are then extracted by the
synchronous path, which takes those answers from the cache and asks again, one by one, for what a
batch answered badly or not at all. Nothing downstream knows a Report came from a batch.

A batch is recorded in the store before it is created, under an id of ours that the provider keeps
in its metadata: a run killed at any point finds the same batch again and never sends it twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timezone

import openai
from pydantic import ValidationError

from ..config import Settings
from ..grounding import draft_problems
from ..schema import Article, Call, Report
from ..store import Batch, BatchRequest, Store
from . import BatchPending, ExtractError, report_key
from . import llm

ENDPOINT = "/v1/chat/completions"
WINDOW = "24h"
METADATA = "summarizer_batch"  # the metadata key holding our id of a batch
MAX_REQUESTS = 50_000  # the provider's limits on one batch's input file
MAX_BYTES = 190 * 1024 * 1024  # of 200 MB, with room to spare
DONE = {"completed", "expired", "failed", "cancelled"}
_STATES = {"validating": "đang được kiểm tra", "in_progress": "đang xử lý", "finalizing": "đang hoàn tất",
           "cancelling": "đang bị hủy"}


def _client(settings: Settings) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=llm.endpoint(settings),
        api_key=settings.api_key.get_secret_value() if settings.api_key else "no-key",
        timeout=settings.timeout,
        max_retries=max(0, settings.max_attempts - 1),
    )


def _call_failed(settings: Settings, what: str, e: openai.OpenAIError) -> ExtractError:
    """One line for a Batch API request that failed, naming the endpoint, without the API key."""
    server = llm.endpoint(settings)
    if isinstance(e, openai.APIConnectionError):
        why = f"không kết nối được máy chủ mô hình {server} ({e.message})"
    elif isinstance(e, openai.APIStatusError) and e.status_code in (404, 405, 501):
        why = f"máy chủ mô hình {server} không hỗ trợ Batch API (HTTP {e.status_code}); chạy lại không có --batch"
    else:
        why = f"máy chủ mô hình {server} báo lỗi khi {what}: {getattr(e, 'message', None) or e}"
    return ExtractError(llm._secret_free(why, settings))


def extract_batched(
    articles: list[Article],
    settings: Settings,
    store: Store,
    on_done: Callable[[Article, Report | Exception], None],
    run: str = "",
    warn: Callable[[str], None] = lambda line: None,
    log: Callable[[Call], None] | None = None,
) -> None:
    """Extract `articles` through the Batch API. A batch still in progress raises BatchPending with
    its status; a finished one is taken in and its articles extracted (each Report or error to
    `on_done`), as are articles whose every request the cache answers; the others are sent as a
    new batch, which raises BatchPending too. `warn` hears a batch that ended with answers missing;
    `log` every call (the store's calls table by default)."""
    with _client(settings) as client:
        _extract_batched(client, articles, settings, store, on_done, run, warn, log or store.add_call)


def _extract_batched(client: openai.OpenAI, articles, settings: Settings, store: Store, on_done, run: str, warn, log) -> None:
    from . import extract_all

    key = report_key("llm", settings)
    server = llm.endpoint(settings)
    session = llm.open_session(settings, log, run, store)
    taken: set[str] = set()
    batch = store.open_batch(server, key)
    if batch is not None:
        remote = _resume(client, settings, store, batch)
        if remote.status not in DONE:
            counts = remote.request_counts
            done = f" ({counts.completed + counts.failed}/{counts.total} xong)" if counts and counts.total else ""
            state = _STATES.get(remote.status, remote.status)
            raise BatchPending(f"lô yêu cầu {remote.id} {state}{done}; chạy lại sau")
        # Articles of the batch this run does not extract still have their answers cached, for later.
        known = {a.id: a for a in articles}
        known |= {a.id: a for a in store.articles({r.article_id for r in batch.requests} - set(known))}
        missing = _take_in(client, settings, session, store, batch, remote, known)
        if missing:
            warn(f"lô yêu cầu {remote.id} kết thúc ({remote.status}) với {missing}/{len(batch.requests)} yêu cầu"
                 " không có câu trả lời; các bài đó được hỏi lại từng yêu cầu")
        taken = {r.article_id for r in batch.requests}
    plans = {a.id: _requests(session, a) for a in articles if a.id not in taken}
    cached = {i for i, plan in plans.items() if settings.cache and all(store.cached_answer(r.request_key) for r, _ in plan)}
    now = [a for a in articles if a.id in taken or a.id in cached]
    if now:  # the cache answers what the batch answered well; the rest is asked again here
        extract_all(now, "llm", settings.model_copy(update={"cache": True}), on_done, log, run, cache=store)
    rest = [a for a in articles if a.id not in taken and a.id not in cached]
    if rest:
        fits = _fitting([plans[a.id] for a in rest])
        sent = _submit(client, settings, store, [plans[a.id] for a in rest[:fits]], run)
        later = f"; {len(rest) - fits} bài còn lại gửi ở lô sau" if fits < len(rest) else ""
        raise BatchPending(
            f"đã gửi lô yêu cầu {sent.remote_id} ({len(sent.requests)} yêu cầu, {fits} bài viết) qua Batch API{later};"
            f" chạy lại lệnh sau (tối đa {WINDOW.removesuffix('h')} giờ) để lấy kết quả"
        )


def _fitting(plans: list[list[tuple[BatchRequest, str]]], max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES) -> int:
    """How many of the articles, in order, one batch takes (at least one)."""
    requests = size = 0
    for n, plan in enumerate(plans):
        requests += len(plan)
        size += sum(len(line.encode()) + 1 for _, line in plan)
        if n and (requests > max_requests or size > max_bytes):
            return n
    return len(plans)


def _requests(session: llm.Session, article: Article) -> list[tuple[BatchRequest, str]]:
    """The first request of every chunk of `article`, and its line of the batch's input file."""
    out = []
    for chunk, _offset, text, part in llm.parts(article, session.settings):
        msgs, cap = llm.chunk_messages(session, article, text, part), llm.answer_cap(session.settings, text)
        custom_id = f"{article.id}:{chunk}"
        line = json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT,
                           "body": llm.request_body(session, msgs, cap)}, ensure_ascii=False)
        out.append((BatchRequest(custom_id, article.id, chunk, llm._request_key(session, msgs, session.mode, cap)), line))
    return out


def _submit(client: openai.OpenAI, settings: Settings, store: Store, plans: list[list[tuple[BatchRequest, str]]], run: str) -> Batch:
    """Upload the requests, record the batch, then create it."""
    requests = [r for plan in plans for r, _ in plan]
    data = "".join(line + "\n" for plan in plans for _, line in plan).encode()
    try:
        upload = client.files.create(file=("summarizer-batch.jsonl", data), purpose="batch")
    except openai.OpenAIError as e:
        raise _call_failed(settings, "tải tệp yêu cầu lên", e) from None
    batch = Batch(f"summarizer-{uuid.uuid4().hex}", None, upload.id, requests)
    store.add_batch(batch, llm.endpoint(settings), report_key("llm", settings), run)
    return _create(client, settings, store, batch)


def _create(client: openai.OpenAI, settings: Settings, store: Store, batch: Batch) -> Batch:
    try:
        remote = client.batches.create(input_file_id=batch.input_file, endpoint=ENDPOINT, completion_window=WINDOW,
                                       metadata={METADATA: batch.id})
    except openai.OpenAIError as e:
        raise _call_failed(settings, "tạo lô yêu cầu", e) from None
    store.set_batch_remote(batch.id, remote.id)
    return Batch(batch.id, remote.id, batch.input_file, batch.requests)


def _resume(client: openai.OpenAI, settings: Settings, store: Store, batch: Batch):
    """The provider's batch for a recorded one. A run killed between creating the batch and recording
    its id finds it by our id in its metadata; one killed before creating it creates it now."""
    try:
        if batch.remote_id is None:
            found = next((b for b in client.batches.list(limit=100) if (b.metadata or {}).get(METADATA) == batch.id), None)
            if found is None:
                batch = _create(client, settings, store, batch)
            else:
                store.set_batch_remote(batch.id, found.id)
                return found
        return client.batches.retrieve(batch.remote_id)
    except openai.OpenAIError as e:
        raise _call_failed(settings, "hỏi trạng thái lô yêu cầu", e) from None


def _lines(client: openai.OpenAI, settings: Settings, file_id: str | None) -> dict[str, dict]:
    """The lines of a batch's output or error file, by custom_id."""
    if not file_id:
        return {}
    try:
        text = client.files.content(file_id).text
    except openai.OpenAIError as e:
        raise _call_failed(settings, "tải kết quả lô yêu cầu", e) from None
    out = {}
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line cut short: its request is asked again, as one never answered
        if isinstance(entry, dict) and isinstance(entry.get("custom_id"), str):
            out[entry["custom_id"]] = entry
    return out


def _take_in(client, settings: Settings, session: llm.Session, store: Store, batch: Batch, remote, articles: dict[str, Article]) -> int:
    """Check each answer of a finished batch as the synchronous path would, log it as a call, and
    cache the good ones; then mark the batch taken in. Returns how many requests got no answer."""
    entries = _lines(client, settings, remote.error_file_id) | _lines(client, settings, remote.output_file_id)
    started = datetime.fromtimestamp(remote.created_at or 0, timezone.utc).isoformat(timespec="milliseconds")
    texts = {a.id: {i: text for i, _o, text, _p in llm.parts(a, settings)} for a in articles.values()}
    missing = 0
    for request in batch.requests:
        article = articles.get(request.article_id)
        entry = entries.get(request.custom_id)
        missing += entry is None
        text = texts.get(request.article_id, {}).get(request.chunk)
        if article is None or entry is None or text is None:  # deleted meanwhile, or never answered: asked again
            continue
        response = entry.get("response") or {}
        body = response.get("body") or {}
        usage = body.get("usage") or {}
        fields = dict(article_id=article.id, chunk=request.chunk, started_at=started, model=settings.model,
                      prompt_version=session.prompt.version, run=session.run, latency_ms=0, attempts=1,
                      input_tokens=usage.get("prompt_tokens"), output_tokens=usage.get("completion_tokens"))
        outcome, problems, content = _check(text, response, body)
        session.log(Call(**fields, outcome=outcome, error=llm._secret_free("; ".join(problems), settings)[:1000] or None,
                            answer=llm._secret_free(content, settings)[: llm.ANSWER_CHARS] if problems and content else None))
        if outcome == "ok":
            llm._remember(session, [llm._Answer(content, fields, request.request_key)])
    store.close_batch(batch.id)
    return missing


def _check(text: str, response: dict, body: dict) -> tuple[str, list[str], str]:
    """The outcome of one batch answer (as the synchronous path names them), its problems and its text."""
    if response.get("status_code") != 200:
        error = (body.get("error") or {}).get("message") if isinstance(body.get("error"), dict) else None
        return "error", [f"lỗi từ mô hình trong lô yêu cầu (HTTP {response.get('status_code')}): {error or ''}".strip()], ""
    try:
        choice = body["choices"][0]
        message, finish = choice["message"], choice.get("finish_reason")
        content = message.get("content") or ""
    except (KeyError, IndexError, TypeError):
        return "invalid", ["câu trả lời trong lô yêu cầu không có choices[0].message"], ""
    if message.get("refusal"):
        return "refused", [f"mô hình từ chối trả lời: {message['refusal']}"], content
    if finish == "length":
        return "truncated", ["câu trả lời của mô hình bị cắt cụt (finish_reason=length)"], content
    if finish == "content_filter":
        return "filtered", ["câu trả lời bị bộ lọc nội dung của nhà cung cấp chặn"], content
    try:
        draft, _dropped = llm._parse(content)
    except ValidationError as e:
        return "invalid", llm._validation_problems(e), content
    problems = draft_problems(draft, text)
    return ("ungrounded" if problems else "ok"), problems, content
