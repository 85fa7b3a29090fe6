"""The `llm` backend: an OpenAI-compatible model fills a ReportDraft; its answer is validated and
grounded and sent back with the errors when it fails; transport faults are retried apart; every
request is logged."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import signal
import socket
import threading
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from types import UnionType
from typing import Any, Union, get_args, get_origin
from urllib.parse import urlsplit

import openai
from pydantic import BaseModel, ValidationError

from ..config import Settings
from ..grounding import draft_problems, locate
from ..prompts import Prompt, load_prompt, messages, repair_message
from ..schema import CATEGORIES, Article, Call, Item, Report, ReportDraft, Unit
from ..store import CachedAnswer, Store
from ..text import chunks, match_key
from . import Cancelled, ContextTooSmall, ExtractError, Interrupted, ModelUnreachable, RunStopped, internal_error
from .transport import SlotClient, track


class LLMError(ExtractError):
    """One article could not be extracted; the message says why, in Vietnamese."""


class NoAnswer(LLMError):
    """The server could not be reached or did not answer in time: `what` says which and names it,
    `advice` what to check (in Vietnamese)."""

    def __init__(self, message: str, what: str, advice: str):
        super().__init__(message)
        self.what, self.advice = what, advice


class _Unsupported(Exception):
    """The request was built for a rung of the ladder the session has left: build it again."""


class _Truncated(LLMError):
    """An answer cut off by a length limit; `grow` when that limit was our own cap, which may grow."""

    grow = False


class _Overflow(Exception):
    """The request did not fit the model's context window; `limit` and `asked` are the window and
    the request's size in tokens when the server said them."""

    def __init__(self, limit: int | None, asked: int | None):
        super().__init__()
        self.limit, self.asked = limit, asked


_UNSENT = {"title", "description", "default"}


@cache  # a few milliseconds to build, and JSON mode puts it in every request; never mutated
def response_schema() -> dict:
    """The strict JSON Schema of ReportDraft, as OpenAI's structured outputs want it, in as few
    tokens as it can be written: it is part of every call (bench/prompt_size.py).

    Titles, descriptions and defaults are left out (the system prompt explains every field once),
    a nullable scalar is written {"type": ["number", "null"]} rather than with anyOf, and
    definitions nothing refers to are dropped. The strict form comes from the openai client's public
    `pydantic_function_tool`, the schema its structured outputs would send for the model.
    """
    def strip(node: Any) -> Any:
        if isinstance(node, list):
            return [strip(v) for v in node]
        if not isinstance(node, dict):
            return node
        node = {k: strip(v) for k, v in node.items() if k not in _UNSENT or not isinstance(v, str | int | float | None)}
        branches = node.get("anyOf")
        if len(node) == 1 and branches and all(set(b) == {"type"} and isinstance(b["type"], str) for b in branches):
            return {"type": [b["type"] for b in branches]}
        return node

    schema = strip(openai.pydantic_function_tool(ReportDraft)["function"]["parameters"])
    used = set(re.findall(r'"#/\$defs/(\w+)"', json.dumps(schema)))
    schema["$defs"] = {name: d for name, d in schema["$defs"].items() if name in used}
    return schema


# The ways of asking for JSON, best first; `structured_output = "auto"` walks down from the top (or
# from the rung remembered for the endpoint) each time a server says it does not take one:
# strict JSON Schema (OpenAI, vLLM, Ollama, LM Studio, recent llama.cpp); a JSON object with the
# schema beside it (llama.cpp's server and llama-cpp-python constrain the answer with it; others
# read a plain JSON object); a plain JSON object. The last two also carry the schema in the prompt.
RUNGS = ("json_schema", "json_object_schema", "json_mode")


TEXT = "text"  # not a rung: a plain answer, as `summarizer ask` wants one


def _response_format(mode: str) -> dict:
    if mode == TEXT:
        return {"type": "text"}
    if mode == "json_mode":
        return {"type": "json_object"}
    if mode == "json_object_schema":
        return {"type": "json_object", "schema": response_schema()}
    return {"type": "json_schema", "json_schema": {"name": "Report", "strict": True, "schema": response_schema()}}


# The default cap on an answer's length, sized to the part of the article it answers: an answer
# that takes every item runs to 1.2 tokens per character of its part, 1.34 at most
# (bench/answer_tokens.py); the floor is room for the JSON around it, the ceiling what OpenAI's
# models may write (gpt-4o and gpt-4o-mini: 16,384).
CAP_FLOOR, CAP_PER_CHAR, CAP_MAX = 1024, 1.6, 16384


def answer_cap(settings: Settings, text: str) -> int:
    """The max_tokens of a request for `text`: the setting, or one sized to `text`."""
    if settings.max_tokens:
        return settings.max_tokens
    return min(CAP_MAX, max(CAP_FLOOR, round(CAP_FLOOR + CAP_PER_CHAR * len(text))))


def _cap_field(settings: Settings) -> str:
    """OpenAI's own endpoints take max_completion_tokens (and reasoning models only that); the other
    servers (llama.cpp, Ollama, vLLM, LM Studio) honour max_tokens and may ignore the new name."""
    host = urlsplit(endpoint(settings)).hostname or ""
    return "max_completion_tokens" if host == "api.openai.com" or host.endswith(".openai.azure.com") else "max_tokens"


@dataclass
class Session:
    """What the extractions of one run share: settings, prompt, chat model, call log, and the rung of
    RUNGS requests are made on. Until a rung is known to work (`confirmed`), one request at a time
    tries it (`serial`), so a server that turns it down does so once, not once per request in flight."""

    settings: Settings
    prompt: Prompt
    chat: Any
    http: SlotClient
    log: Callable[[Call], None]
    run: str = ""
    mode: str = "json_schema"
    cache: Store | None = None  # answers to requests already made; read unless settings.cache is off
    confirmed: bool = True
    serial: bool = False
    probe: asyncio.Lock = field(default_factory=asyncio.Lock)
    chunk_chars: int = 0  # parts are cut this long: settings.chunk_chars, less once one overflowed the context

    def bound(self, mode: str, cap: int):
        # Sent as extra_body: the openai client would otherwise walk the whole schema on every
        # request (milliseconds each, which add up at high concurrency), and langchain-openai would
        # rename max_tokens to max_completion_tokens, which llama.cpp and others ignore.
        return self.chat.bind(extra_body={"response_format": _response_format(mode), _cap_field(self.settings): cap})

    def works(self, mode: str) -> None:
        """The server took a request made on `mode`: stay on it, and remember it for the endpoint."""
        if self.confirmed or mode != self.mode:
            return
        self.confirmed, self.serial = True, False
        if self.cache is not None and self.settings.structured_output == "auto":
            self.cache.set_structured_output(endpoint(self.settings), self.settings.model or "", mode)

    def step_down(self, mode: str) -> bool:
        """The server turned `mode` down: the next rung, unless there is none or the choice is the user's."""
        if self.settings.structured_output != "auto" or mode == RUNGS[-1]:
            return False
        if mode == self.mode:  # requests in flight on the same rung step down once
            self.mode, self.confirmed, self.serial = RUNGS[RUNGS.index(mode) + 1], False, True
        return True


def open_session(
    settings: Settings, log: Callable[[Call], None] | None = None, run: str = "", cache: Store | None = None
) -> Session:
    """A session for `settings.model`; nothing is sent until an article is extracted."""
    if not settings.model:
        raise LLMError("backend llm cần tên mô hình: đặt 'model' trong summarizer.toml hoặc SUMMARIZER_MODEL")
    if settings.api_key is None and settings.base_url is None:
        raise LLMError("backend llm cần API key (OPENAI_API_KEY) hoặc địa chỉ máy chủ riêng (base_url)")
    from langchain_openai import ChatOpenAI

    # A client of our own: langchain-openai's shared default would carry pooled connections from one
    # event loop into the next asyncio.run() and fail with "Event loop is closed".
    slow = f"giảm số yêu cầu đồng thời xuống {{}} vì máy chủ mô hình {endpoint(settings)} trả lời chậm"
    http = SlotClient(settings.max_concurrency, on_shrink=lambda n: logging.getLogger("summarizer").warning(slow.format(n)))
    chat = ChatOpenAI(
        http_async_client=http,
        model=settings.model,
        base_url=settings.base_url,
        # Local servers (vLLM, Ollama, llama.cpp) accept any key; the client insists on one.
        api_key=settings.api_key.get_secret_value() if settings.api_key else "no-key",
        temperature=settings.temperature,
        timeout=settings.timeout,
        max_retries=0,  # tenacity retries, so every try is counted and Retry-After honoured
        use_responses_api=False,  # Chat Completions: what every OpenAI-compatible server speaks
    )
    mode, confirmed = settings.structured_output, True
    if mode == "auto":
        remembered = cache.structured_output(endpoint(settings), settings.model) if cache is not None else None
        mode, confirmed = (remembered, True) if remembered in RUNGS else (RUNGS[0], False)
    return Session(settings, load_prompt(settings.prompts_dir), chat, http, log or (lambda call: None), run, mode, cache,
                   confirmed, not confirmed, chunk_chars=settings.chunk_chars)


# --- one request, with transport retries -------------------------------------------------------


def _status(e: BaseException) -> int | None:
    return getattr(e, "status_code", None) or getattr(getattr(e, "response", None), "status_code", None)


def _transient(e: BaseException) -> bool:
    """429, 5xx, timeouts and dropped connections are worth another try; the rest are not."""
    if isinstance(e, openai.APIConnectionError):  # timeouts included
        return True
    status = _status(e)
    return status in (408, 409, 429) or (status is not None and status >= 500)


def _retry_after(e: BaseException) -> float | None:
    headers = getattr(getattr(e, "response", None), "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, TypeError, ValueError):
            continue
    return None


def _wait(settings: Settings):
    """Retry-After when the server gives one, else exponential backoff with full jitter."""
    from tenacity import wait_random_exponential

    backoff = wait_random_exponential(multiplier=settings.backoff, max=settings.max_wait)

    def wait(state) -> float:
        after = _retry_after(state.outcome.exception())
        return min(after, settings.max_wait) if after is not None else backoff(state)

    return wait


# What servers say when they do not take a way of asking for JSON: "response_format type must be one
# of "text" or "json_object"" (llama.cpp server, 500), a validation error on response_format.type
# (llama-cpp-python, 500; older vLLM, 400), "'response_format.type' must be 'json_schema'" (LM
# Studio), "JSON schema conversion failed" (llama.cpp, 400), "Grammar and tools are mutually
# exclusive" / guided decoding errors (TGI, vLLM), "Invalid parameter: response_format" (OpenAI).
_UNSUPPORTED_WORDS = ("response_format", "response format", "json_object", "schema", "structured output", "guided", "grammar")


def _unsupported(e: BaseException) -> bool:
    """An error answer that names the structured-output request, whatever its status (llama.cpp and
    llama-cpp-python say 500): retrying it would get the same answer; another rung may not."""
    status = _status(e)
    if status is None or status in (401, 403, 408, 409, 429):
        return False
    text = str(getattr(e, "message", "") or e).lower()
    return any(w in text for w in _UNSUPPORTED_WORDS)


_CONTEXT_WORDS = ("context_length_exceeded", "context length", "context size", "context window", "n_ctx")
# "maximum context length is 8192 tokens" (OpenAI, vLLM), "context size (8192 tokens)" (llama.cpp)
_LIMIT = re.compile(r"(?:context length is|context size \(|n_ctx[ =:]*)\s*(\d+)")
# "resulted in 11769 tokens" (OpenAI), "requested 9000 tokens" (vLLM), "request (11769 tokens)" (llama.cpp)
_ASKED = re.compile(r"(?:resulted in|requested|request \(|n_prompt_tokens[ =:]*)\s*(\d+)")
# "you requested 5352 tokens (3586 in the messages, 1766 in the completion)" (llama-cpp-python): the
# total counts our answer cap too; the messages alone are what the prompt costs.
_IN_MESSAGES = re.compile(r"(\d+) in the messages")


def _overflow(e: BaseException) -> _Overflow | None:
    """The request was longer than the model's context window, told from the error's body whatever
    its status (OpenAI says 400 context_length_exceeded, llama.cpp and vLLM say it in words)."""
    if not isinstance(e, openai.APIStatusError):
        return None
    text = f"{getattr(e, 'code', '') or ''} {getattr(e, 'message', '') or ''} {getattr(e, 'body', '') or ''}".lower()
    if not any(w in text for w in _CONTEXT_WORDS):
        return None
    number = lambda pattern: int(m[1]) if (m := pattern.search(text)) else None  # noqa: E731
    return _Overflow(number(_LIMIT), number(_IN_MESSAGES) or number(_ASKED))


_TRACEBACK = re.compile(r'Traceback \(most recent call last\)|\bFile "[^"\n]*", line \d+')


def _one_line(said: str, limit: int = 300) -> str:
    """A server's error message fit for one line: whitespace collapsed, its first sentence (servers
    paste whole validation dumps and tracebacks), at most `limit` characters."""
    text = " ".join(_TRACEBACK.split(said, maxsplit=1)[0].split())
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


_FRAGMENT = 8  # this many characters of the key in a row are scrubbed; fewer would hit ordinary words
_CREDENTIALS = re.compile(r"(?i)\b(bearer\s+)[^\s\"',;]+|//[^/@\s]*@")  # linear: no nested repeats


def _secret_free(text: str, settings: Settings) -> str:
    """`text` without the API key: the whole key, any `_FRAGMENT` or more of its characters in a row
    (servers echo a key truncated or masked, "sk-proj-abcd...6789"), the value of an Authorization
    header and the password of a URL, whatever key they hold."""
    key = settings.api_key.get_secret_value() if settings.api_key else ""
    if key:
        text = text.replace(key, "***")
    if len(key) >= _FRAGMENT:
        grams = {key[i : i + _FRAGMENT] for i in range(len(key) - _FRAGMENT + 1)}
        spans: list[list[int]] = []  # runs of the text made of pieces of the key
        for i in range(len(text) - _FRAGMENT + 1):
            if text[i : i + _FRAGMENT] in grams:
                if spans and i <= spans[-1][1]:
                    spans[-1][1] = i + _FRAGMENT
                else:
                    spans.append([i, i + _FRAGMENT])
        kept, end = [], 0
        for start, stop in spans:
            kept += [text[end:start], "***"]
            end = stop
        text = "".join(kept) + text[end:]
    return _CREDENTIALS.sub(lambda m: f"{m[1]}***" if m[1] else "//***@", text)


def _error(session: Session, cls: type[ExtractError], *texts: str) -> ExtractError:
    """Every error of this backend is made here, so none carries the API key out of the process,
    whatever the server echoed: not on the console, in the calls table, nor in a raised message."""
    return cls(*(_secret_free(t, session.settings) for t in texts))


def endpoint(settings: Settings) -> str:
    """The model server as the user configured it: base_url, or the provider's default."""
    return settings.base_url or "https://api.openai.com/v1"


def _no_answer(e: openai.APIConnectionError, settings: Settings) -> tuple[str, str]:
    """Why a request got no answer, naming the server, and what to check; in Vietnamese, from the
    first error in the exception's chain that says."""
    from httpx2 import RemoteProtocolError

    from ..text import format_number

    server = f"máy chủ mô hình {endpoint(settings)}"
    if isinstance(e, openai.APITimeoutError):
        raise_it = "tăng 'timeout' trong summarizer.toml (hoặc SUMMARIZER_TIMEOUT) hoặc kiểm tra máy chủ"
        return f"{server} không trả lời trong {format_number(settings.timeout)} giây", raise_it
    links, seen = [], e
    while seen is not None and len(links) < 10:  # a chain is a few links long; a loop must not hang
        links.append(seen)
        seen = seen.__cause__ or seen.__context__
    causes = (
        (ConnectionRefusedError, "từ chối kết nối"),
        (socket.gaierror, "không tìm thấy tên máy"),
        (ssl.SSLError, "lỗi TLS/SSL"),
        ((ConnectionResetError, RemoteProtocolError), "máy chủ đóng kết nối mà không trả lời"),
    )
    cause = next((text for link in links for kind, text in causes if isinstance(link, kind)), f"lỗi kết nối: {e.message}")
    return f"không kết nối được {server} ({cause})", "kiểm tra base_url hoặc máy chủ"


@dataclass
class _Answer:
    content: str
    call: dict  # the Call's fields but its outcome, which the caller decides (a cached answer's is "cached")
    key: str = ""  # the request's hash, for the answer cache; "" when the answer came from there


def _request_key(session: Session, msgs: list[dict], mode: str, cap: int) -> str:
    """A hash of everything a request sends that decides its answer: the rung's response_format
    and the cap included (the messages hold the schema on the rungs that put it there)."""
    s = session.settings
    sent = dict(endpoint=endpoint(s), model=s.model, temperature=s.temperature, max_tokens=cap,
                response_format=_response_format(mode), messages=msgs)
    return hashlib.sha256(json.dumps(sent, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


async def _request(session: Session, msgs: list[dict], article_id: str, chunk: int, mode: str, cap: int) -> _Answer:
    """One answer from the model, or the stored answer to the very same request (no call, logged as
    "cached" with no tokens); transport faults are retried here and never reach the prompt.
    `msgs` were built for the rung `mode`: _Unsupported when the session has left it."""
    s = session.settings
    started = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    base = dict(article_id=article_id, chunk=chunk, started_at=started, model=s.model,
                prompt_version=session.prompt.version, run=session.run)
    key = _request_key(session, msgs, mode, cap) if session.cache is not None else ""
    if key and s.cache and (hit := session.cache.cached_answer(key)):
        return _Answer(hit.content, dict(base, latency_ms=0, attempts=0, input_tokens=0, output_tokens=0, outcome="cached"))
    probing = session.serial  # one request at a time tries a rung not known to work
    if probing:
        await session.probe.acquire()
        if not session.serial:  # it worked for another request while this one waited
            session.probe.release()
            probing = False
        base["started_at"] = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    try:
        message, fields = await _send(session, msgs, base, mode, cap)
    except NoAnswer:
        # No answer says nothing of the rung; one at a time, each article would wait out its timeouts in turn.
        session.serial = False
        raise
    finally:
        if probing:
            session.probe.release()
    session.works(mode)
    answer = _answer(session, message, fields, cap)
    answer.key = key
    return answer


def _remember(session: Session, answers: list[_Answer]) -> None:
    """Cache the answers an accepted draft came from (repair rounds included: each answer is part of
    the next request), so the same requests are answered again without a call. A chunk that
    failed caches nothing: it is asked anew next time rather than fail the same way forever."""
    for a in answers:
        if a.key and session.cache is not None:
            content = _secret_free(a.content, session.settings)
            session.cache.add_answer(a.key, session.settings.model, CachedAnswer(content, a.call["input_tokens"], a.call["output_tokens"]))


async def _send(session: Session, msgs: list[dict], base: dict, mode: str, cap: int):
    from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

    s = session.settings
    tries = 0
    call = track()

    def fields(usage: dict | None = None) -> dict:
        usage = usage or {}
        return dict(base, latency_ms=round(call.wire * 1000), attempts=tries,
                    input_tokens=usage.get("input_tokens"), output_tokens=usage.get("output_tokens"))

    async def backoff(seconds: float) -> None:
        await session.http.keep(call)
        await asyncio.sleep(seconds)  # the next attempt goes out on the slot kept here

    timeouts = 0

    def retry(e: BaseException) -> bool:
        # A timeout is retried once: a server that did not answer in `timeout` seconds twice is
        # unlikely to a third time, and each try costs the whole timeout.
        nonlocal timeouts
        timeouts += isinstance(e, openai.APITimeoutError)
        return _transient(e) and timeouts < 2 and not _unsupported(e) and _overflow(e) is None

    if mode != TEXT and mode != session.mode:  # another request left this rung while this one waited
        raise _Unsupported()
    try:
        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(s.max_attempts), wait=_wait(s), retry=retry_if_exception(retry),
            sleep=backoff, reraise=True,
        ):
            with attempt:
                tries += 1
                message = await session.bound(mode, cap).ainvoke(msgs)
    except asyncio.CancelledError:  # SIGTERM, or another article stopped the run: the request is logged
        if call.sent:
            _log(session, fields(), "cancelled", "dừng trước khi máy chủ trả lời")
        raise
    except Exception as e:
        if overflow := _overflow(e):
            _log(session, fields(), "overflow", str(e))
            raise overflow from None
        if _unsupported(e):
            said = _one_line(getattr(e, "message", None) or str(e))
            if session.step_down(mode):
                _log(session, fields(), "unsupported", said)
                raise _Unsupported() from None
            if s.structured_output == "auto":
                why = f"máy chủ mô hình {endpoint(s)} không nhận cách trả lời JSON nào ({', '.join(RUNGS)}): {said}"
            else:
                why = (f'máy chủ mô hình {endpoint(s)} không nhận structured_output = "{mode}" ({said}); '
                       'đặt structured_output = "auto" để tự chọn cách khác')
            raise _fail(session, fields(), "unsupported", LLMError, why) from None
        if isinstance(e, openai.APIConnectionError):  # timeouts included: no answer came
            what, advice = _no_answer(e, s)
            raise _fail(session, fields(), "error", NoAnswer, f"{what} sau {tries} lần thử", what, advice) from None
        why = f"lỗi gọi mô hình ({type(e).__name__}) sau {tries} lần thử: {getattr(e, 'message', None) or e}"
        raise _fail(session, fields(), "error", LLMError, why) from None
    finally:
        session.http.free(call)  # a failed last attempt kept its slot: nothing more goes out on it
    return message, fields(message.usage_metadata)


ANSWER_CHARS = 100_000  # of a raw answer kept with its call: a whole answer, not a runaway one


def _log(session: Session, fields: dict, outcome: str, error: str | None = None, answer: str | None = None) -> None:
    """One row of the calls table; an error a server echoed back loses any API key it holds, and so
    does the raw answer kept with a call that was not ok."""
    scrub = lambda text, limit: _secret_free(text, session.settings)[:limit] if text else None  # noqa: E731
    session.log(Call(**{"outcome": outcome, **fields}, error=scrub(error, 1000), answer=scrub(answer, ANSWER_CHARS)))


def _fail(session: Session, fields: dict, outcome: str, cls: type[LLMError], *texts: str, answer: str | None = None) -> ExtractError:
    error = _error(session, cls, *texts)
    _log(session, fields, outcome, str(error), answer)
    return error


_BIGGER_CONTEXT = "tăng ngữ cảnh của máy chủ (llama.cpp: --ctx-size, Ollama: num_ctx, vLLM: --max-model-len) hoặc giảm chunk_chars"


def _cut_off(settings: Settings, written: int | None, cap: int) -> tuple[str, bool]:
    """Why an answer was cut off, naming the limit that cut it, and whether that was our own cap."""
    if written is None:
        return (f"câu trả lời của mô hình bị cắt cụt (finish_reason=length; máy chủ không cho biết số token, "
                f"max_tokens = {cap}); tăng max_tokens hoặc {_BIGGER_CONTEXT}"), False
    if written > cap + 8:  # a few over: servers that count the end-of-text token
        return (f"câu trả lời của mô hình dài {written} token, vượt max_tokens = {cap} mà máy chủ bỏ qua, và bị cắt cụt ở "
                f"cửa sổ ngữ cảnh của mô hình (hoặc giới hạn riêng của máy chủ); {_BIGGER_CONTEXT}"), False
    if written >= cap:
        return f"câu trả lời của mô hình bị cắt cụt ở giới hạn max_tokens = {cap} token; tăng max_tokens hoặc giảm chunk_chars", True
    return (f"câu trả lời của mô hình bị cắt cụt sau {written} token, chưa tới max_tokens = {cap}: giới hạn là cửa sổ "
            f"ngữ cảnh của mô hình (hoặc giới hạn riêng của máy chủ); {_BIGGER_CONTEXT}"), False


def _answer(session: Session, message, fields: dict, cap: int) -> _Answer:
    """The answer's text, or a clear error for a refusal, a cut-off answer or a content filter."""
    refusal = message.additional_kwargs.get("refusal")
    finish = message.response_metadata.get("finish_reason")
    content = message.content if isinstance(message.content, str) else json.dumps(message.content)
    if refusal:
        raise _fail(session, fields, "refused", LLMError, f"mô hình từ chối trả lời: {refusal}")
    if finish == "length":
        why, ours = _cut_off(session.settings, fields.get("output_tokens"), cap)
        error = _fail(session, fields, "truncated", _Truncated, why, answer=content)
        error.grow = ours and not session.settings.max_tokens and cap < CAP_MAX
        raise error
    if finish == "content_filter":
        raise _fail(session, fields, "filtered", LLMError, "câu trả lời bị bộ lọc nội dung của nhà cung cấp chặn")
    return _Answer(content, fields)


async def text_answer(session: Session, msgs: list[dict], label: str, cap: int) -> _Answer:
    """A plain-text answer to `msgs` (no structured output), through the same cache, retries and
    errors as an extraction's; `label` stands for the article in the calls table. Log it with `record`."""
    return await _request(session, msgs, label, 0, TEXT, cap)


def record(session: Session, answer: _Answer, problems: list[str]) -> None:
    """Log the call behind a text answer: ok, or ungrounded with the problems and the raw answer."""
    _log(session, answer.call, "ungrounded" if problems else "ok", "; ".join(problems) or None, answer.content if problems else None)


def keep(session: Session, answers: list[_Answer]) -> None:
    """Cache the answers an accepted text answer came from (see _remember)."""
    _remember(session, answers)


# --- one chunk: ask, check, ask again with the errors ------------------------------------------

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


def _validation_problems(e: ValidationError) -> list[str]:
    out = []
    for err in e.errors()[:10]:
        where = ".".join(str(p) for p in err["loc"]) or "JSON"
        out.append(f"{where}: {err['msg']}")
    return out


def _known_keys(annotation: Any, value: Any, path: str, dropped: list[str]) -> Any:
    """`value` without the keys that the models in `annotation` do not have, at any depth (objects in
    lists and in optional fields included); the path of each key dropped goes to `dropped`."""
    arms = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for arm in arms:
        if isinstance(value, dict) and isinstance(arm, type) and issubclass(arm, BaseModel):
            fields, kept = arm.model_fields, {}
            for key, v in value.items():
                where = f"{path}.{key}" if path else str(key)
                if key in fields:
                    kept[key] = _known_keys(fields[key].annotation, v, where, dropped)
                else:
                    dropped.append(where)
            return kept
        if isinstance(value, list) and get_origin(arm) is list:
            (inner,) = get_args(arm)
            return [_known_keys(inner, v, f"{path}[{i}]", dropped) for i, v in enumerate(value)]
    return value


def _parse(content: str) -> tuple[ReportDraft, list[str]]:
    """Lenient on shape, strict on content: keys ReportDraft does not have are dropped (their paths
    returned), a missing optional key takes its default, and what is left is validated as strictly
    as ever. Servers in JSON mode (Ollama, llama.cpp, LM Studio) often add a key of their own."""
    content = _FENCE.sub("", content)
    try:
        value = json.loads(content)
    except ValueError:
        return ReportDraft.model_validate_json(content), []  # raises with pydantic's words for bad JSON
    dropped: list[str] = []
    value = _known_keys(ReportDraft, value, "", dropped)
    return ReportDraft.model_validate_json(json.dumps(value, ensure_ascii=False)), dropped


def _dropped_warning(dropped: list[str], part: str) -> list[str]:
    if not dropped:
        return []
    names = ", ".join(dropped[:10]) + (f" và {len(dropped) - 10} khóa khác" if len(dropped) > 10 else "")
    return [f"bỏ qua khóa không có trong lược đồ{part}: {names}"]


async def _draft(session: Session, article: Article, chunk: int, text: str, part: str, notes: list[str], cap: int | None = None) -> ReportDraft:
    """The model's draft of one chunk: valid, and grounded unless the repair rounds ran out. A warning
    naming the keys dropped from the draft returned goes to `notes`."""
    s, prompt = session.settings, session.prompt
    cap = cap or answer_cap(s, text)
    turns: list[dict] = []
    best: ReportDraft | None = None
    shape: list[str] = []  # the keys dropped from `best`
    answers: list[_Answer] = []  # cached once a draft is accepted
    repairs = 0
    while True:
        mode = session.mode
        msgs = chunk_messages(session, article, text, part) + turns
        try:
            answer = await _request(session, msgs, article.id, chunk, mode, cap)
        except _Unsupported:  # the session is on another rung now: the request is built again for it
            continue
        answers.append(answer)
        try:
            draft, dropped = _parse(answer.content)
        except ValidationError as e:
            draft, problems, outcome = None, _validation_problems(e), "invalid"
        else:
            best, shape = draft, dropped
            problems = draft_problems(draft, text)
            outcome = "ungrounded" if problems else "ok"
        _log(session, answer.call, outcome, "; ".join(problems), answer.content if problems else None)
        if not problems:
            notes += _dropped_warning(shape, part)
            _remember(session, answers)
            return draft
        if repairs >= s.max_repairs:
            if best is None:
                raise _error(session, LLMError, f"mô hình không trả về JSON hợp lệ sau {repairs + 1} lần: {problems[0]}")
            notes += _dropped_warning(shape, part)
            _remember(session, answers)
            return best  # its ungrounded items are flagged and stay out of digests
        repairs += 1
        turns += [{"role": "assistant", "content": answer.content}, repair_message(prompt, problems)]


async def ask_checked(session: Session, msgs: list[dict], label: str, part: int, cap: int,
                      check: Callable[[str], list[str]], repairs: int = 1) -> tuple[str, list[str]]:
    """One answer on the session's rung, checked by `check` (its problems, in words the model can act
    on) and sent back with them at most `repairs` times: the last answer and its problems. Every call
    is logged under `label` and `part`; the answers behind an accepted one are cached like a draft's."""
    answers: list[_Answer] = []
    turns = list(msgs)
    while True:
        try:
            answer = await _request(session, turns, label, part, session.mode, cap)
        except _Overflow as e:  # nothing to cut here: the caller goes on without this answer
            limit = f" ({e.limit} token)" if e.limit else ""
            raise _error(session, LLMError, f"yêu cầu dài hơn cửa sổ ngữ cảnh của mô hình{limit}") from None
        answers.append(answer)
        problems = check(answer.content)
        _log(session, answer.call, "ungrounded" if problems else "ok", "; ".join(problems) or None,
             answer.content if problems else None)
        if not problems:
            _remember(session, answers)
        if not problems or repairs <= 0:
            return answer.content, problems
        repairs -= 1
        turns += [{"role": "assistant", "content": answer.content}, repair_message(session.prompt, problems)]


# --- one article: chunks, drafts, one Report ---------------------------------------------------


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v), None)


def merge(article: Article, drafts: list[tuple[int, str, ReportDraft]], settings: Settings, prompt_version: str) -> Report:
    """One Report from the drafts of an article's chunks, as the model proposed it: metadata from the
    first chunk that gives it, items with offsets into the whole text where their quote is found in
    their chunk, and the same quote given twice kept once. Checking it is verify's, as for any backend."""
    heads = [d for _, _, d in drafts]
    items: dict[str, list[Item]] = {c: [] for c in CATEGORIES}
    seen: set[tuple[str, str]] = set()
    for offset, text, draft in drafts:
        for category in CATEGORIES:
            for d in getattr(draft, category):
                key = (category, match_key(d.evidence))
                if key in seen:
                    continue
                seen.add(key)
                span = locate(d.evidence, text)
                at = {"start": span[0] + offset, "end": span[1] + offset} if span else {}
                items[category].append(Item(**d.model_dump(), **at))
    chairs = {(p.name, p.title): p for d in heads for p in d.chairs}
    proposed = _first(d.unit for d in heads if d.unit.name) or heads[0].unit
    return Report(
        article_id=article.id,
        title=article.title,
        unit=Unit(**proposed.model_dump()),
        organ=_first(d.organ for d in heads),
        chairs=list(chairs.values()),
        meeting_date=_first(d.meeting_date for d in heads),
        period=_first(d.period for d in heads),
        backend="llm",
        model=settings.model or "",
        prompt_version=prompt_version,
        **items,
    )


async def _part_drafts(session: Session, article: Article, chunk: int, offset: int, text: str, part: str,
                       notes: list[str]) -> list[tuple[int, str, ReportDraft]]:
    """The drafts of one part of an article. An answer cut off by its length limit gets one second
    chance: twice the room when the limit was our own default cap, else the part in two halves,
    each asked once (an answer that is too long for the context needs a shorter question)."""
    try:
        return [(offset, text, await _draft(session, article, chunk, text, part, notes))]
    except _Truncated as e:
        first = e
    if first.grow:
        cap = min(CAP_MAX, 2 * answer_cap(session.settings, text))
        how, parts = f"đã thử lại với max_tokens = {cap}", [(0, text)]
    else:
        how, parts, cap = "đã thử lại với phần bài viết chia đôi", _split_in_two(text), None
        if len(parts) < 2:
            raise first
    try:
        return [(offset + o, t, await _draft(session, article, chunk, t, part, notes, cap)) for o, t in parts]
    except _Truncated as e:
        raise _error(session, LLMError, f"{e} ({how})") from None


def _split_in_two(text: str) -> list[tuple[int, str]]:
    """`text` in two halves with their offsets, cut at a paragraph end near the middle, else at a
    sentence end, else at a space; one part when it has none."""
    middle = len(text) // 2
    for mark in ("\n", ". ", " "):
        after, before = text.find(mark, middle), text.rfind(mark, 0, middle)
        cuts = [c + len(mark) for c in (before, after) if c > 0 and c + len(mark) < len(text)]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - middle))
            return [(0, text[:cut]), (cut, text[cut:])]
    return [(0, text)]


def parts(article: Article, settings: Settings, pieces: list[tuple[int, str]] | None = None) -> list[tuple[int, int, str, str]]:
    """(chunk, offset, text, label) of each part of the article the model is asked about: the
    article cut in `settings.chunk_chars`, or the (offset, text) `pieces` given."""
    pieces = chunks(article.text, settings.chunk_chars) if pieces is None else pieces
    label = lambda i: f" (phần {i + 1}/{len(pieces)})" if len(pieces) > 1 else ""  # noqa: E731
    return [(i, offset, text, label(i)) for i, (offset, text) in enumerate(pieces)]


def chunk_messages(session: Session, article: Article, text: str, part: str) -> list[dict]:
    """The first request's messages for one chunk, on the session's rung: every JSON-object rung
    has the schema in the prompt."""
    schema = response_schema() if session.mode != "json_schema" else None
    return messages(session.prompt, text, article.title, part, schema)


def request_body(session: Session, msgs: list[dict], cap: int) -> dict:
    """The JSON body the chat model sends for `msgs`, as a Batch API line carries it. Written out
    here rather than taken from langchain's private payload builder; tests/test_batch.py holds it
    equal to what the synchronous path sends."""
    s = session.settings
    body = {"model": s.model, "stream": False, "temperature": s.temperature, "messages": msgs}
    return body | {"response_format": _response_format(session.mode), _cap_field(s): cap}


MIN_CHUNK = 1000  # characters: a part that overflows the context this short means the prompt itself does not fit
CHARS_PER_TOKEN = 3.5  # of Vietnamese text, for estimates when the server does not say


async def extract_async(article: Article, session: Session) -> Report:
    pieces = chunks(article.text, session.chunk_chars)
    drafts, notes = [], []
    i = 0
    while i < len(pieces):  # a part that overflows the context is cut in smaller ones in its place
        _, offset, text, part = parts(article, session.settings, pieces)[i]
        try:
            drafts += await _part_drafts(session, article, i, offset, text, part, notes)
        except _Overflow as e:
            halves = _split_in_two(text)
            floor = _fixed_tokens(session, article, text, e) + MIN_CHUNK / CHARS_PER_TOKEN
            if len(text) // 2 < MIN_CHUNK or len(halves) < 2 or (e.limit and floor >= e.limit):
                raise _too_small(session, article, text, e) from None
            # The next articles are cut short enough before their first request.
            session.chunk_chars = min(session.chunk_chars, max(len(t) for _, t in halves))
            pieces[i : i + 1] = [(offset + o, t) for o, t in halves]
            continue
        i += 1
    report = merge(article, drafts, session.settings, session.prompt.version)
    return report.model_copy(update={"warnings": notes + report.warnings}) if notes else report


def _fixed_tokens(session: Session, article: Article, text: str, e: _Overflow) -> int:
    """Tokens of a request without the article's part: system prompt, schema, examples, title.
    From the size the server gave for the request when it did, else from its characters."""
    if e.asked:
        return max(0, e.asked - math.ceil(len(text) / CHARS_PER_TOKEN))
    fixed = chunk_messages(session, article, "", "")
    return math.ceil(sum(len(m["content"]) for m in fixed) / CHARS_PER_TOKEN)


def _too_small(session: Session, article: Article, text: str, e: _Overflow) -> ContextTooSmall:
    """The line that stops the run: the window the model has, and about how large it must be for
    the fixed prompt, a part of MIN_CHUNK characters and the answer."""
    s = session.settings
    fixed = _fixed_tokens(session, article, text, e)
    answer = answer_cap(s, " " * MIN_CHUNK)  # the max_tokens a part of MIN_CHUNK characters is sent with
    needed = 1024 * math.ceil((fixed + MIN_CHUNK / CHARS_PER_TOKEN + answer) / 1024)
    has = f"máy chủ chỉ nhận {e.limit} token" if e.limit else "máy chủ báo vượt quá ngữ cảnh"
    return _error(session, ContextTooSmall,
                  f"ngữ cảnh của mô hình {s.model} tại {endpoint(s)} quá nhỏ: riêng phần cố định của lời nhắc "
                  f"(hướng dẫn, lược đồ, ví dụ) đã cần khoảng {fixed} token, {has}; cần ngữ cảnh ít nhất "
                  f"khoảng {needed} token (ví dụ llama.cpp: --ctx-size {needed})")


STOP_AFTER = 3  # articles in a row that got no answer from the server before the run stops


def _unreachable(session: Session, last: NoAnswer, count: int) -> ExtractError:
    stopped = f" — dừng sau {count} bài liên tiếp lỗi" if count > 1 else ""
    return _error(session, ModelUnreachable, f"{last.what}{stopped}; {last.advice}")


async def extract_many(
    articles: Iterable[Article], session: Session, on_done: Callable[[Article, Report | Exception], None]
) -> None:
    """Extract concurrently, at most `max_concurrency` requests at a time; a failure is reported, not
    raised. But when `STOP_AFTER` articles in a row (or every article of a shorter run) got no
    answer from the server, the others are cancelled and ModelUnreachable is raised: the endpoint
    is down or silent, and each further article would only wait out its retries to say so again."""
    articles = list(articles)
    # A quarter more articles than slots are in progress, so a freed slot finds a request already
    # built. More would only build requests long before a slot is free, and delay the first ones
    # (bench/llm_concurrency.py: 1.5x and 2x were slower, 1x slowest).
    n = session.settings.max_concurrency
    admitted = asyncio.Semaphore(n + max(1, n // 4))
    stop_after = min(STOP_AFTER, len(articles))
    unanswered = 0  # articles in a row, in the order they finished, that got no answer

    async def one(article: Article) -> None:
        nonlocal unanswered
        async with admitted:
            try:
                result: Report | Exception = await extract_async(article, session)
            except ExtractError as e:  # one article's failure must not stop the others
                result = e
            except (openai.OpenAIError, ValidationError) as e:  # its text may hold what a server echoed
                result = _error(session, LLMError, f"lỗi từ mô hình ({type(e).__name__}): {e}")
            except Exception as e:  # a bug: this article is skipped with a line that says so, the others go on
                if session.settings.debug:
                    raise
                result = internal_error(e, lambda text: _secret_free(text, session.settings))
        on_done(article, result)  # storing it need not keep the next article waiting
        if isinstance(result, RunStopped):
            raise result  # every further article would fail the same way: the task group cancels the rest
        # Any answer, even an error status, shows the server is there.
        unanswered = unanswered + 1 if isinstance(result, NoAnswer) else 0
        if unanswered >= stop_after:
            raise _unreachable(session, result, unanswered)  # the task group cancels the rest

    terminated: int | None = None  # the signal that stopped the run

    def terminate(signum: int) -> None:
        nonlocal terminated
        terminated = signum
        main.cancel()  # the task group cancels the articles; their calls in flight are logged as cancelled

    main = asyncio.current_task()
    loop = asyncio.get_running_loop()
    restore = _on_signals(lambda signum, _frame: loop.call_soon_threadsafe(terminate, signum))
    try:
        async with asyncio.TaskGroup() as group:
            for article in articles:
                group.create_task(one(article))
    except BaseExceptionGroup as e:  # at most one RunStopped; else what on_done raised
        raise e.exceptions[0] from None
    except asyncio.CancelledError:
        if terminated is None:
            raise
        cls, name = (Interrupted, "SIGINT (Ctrl-C)") if terminated == signal.SIGINT else (Cancelled, "SIGTERM")
        raise _error(session, cls, f"dừng vì nhận tín hiệu {name}; các báo cáo đã trích xuất đã được lưu, chạy lại lệnh để làm tiếp") from None
    finally:
        restore()
        await session.http.aclose()


def _on_signals(handler: Callable) -> Callable[[], None]:
    """Install `handler` for SIGTERM and SIGINT until the function returned is called, which puts
    back the ones before. Only the main thread can set signal handlers: elsewhere nothing is installed."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    before = {signum: signal.signal(signum, handler) for signum in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        for signum, old in before.items():
            signal.signal(signum, old)

    return restore
