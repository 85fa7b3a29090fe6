"""A fake OpenAI-compatible endpoint: a real HTTP server on 127.0.0.1, scripted per test.

Each request to /v1/chat/completions takes the next step of the script; when the script is empty,
`default` answers (by default: a grounded answer quoting the article's first sentence). Every
request is recorded with its headers and JSON body. `SilentServer` accepts and never answers.

`mode` plays a server without JSON Schema before any script step: "no_json_schema" answers a
`json_schema` response_format with llama-cpp-python's 500 (a validation error naming
response_format) and takes `{"type": "json_object", "schema": …}`; "json_object_only" also turns
that down (500 naming response_format.schema) and takes only a plain `{"type": "json_object"}`.

The Batch API too: /v1/files (upload, content) and /v1/batches (create, retrieve, list). A batch is
"validating" until polled, then "in_progress" until the test calls `finish_batches`, which answers
its lines through the same script (leaving some unanswered when it expires).
"""

from __future__ import annotations

import json
import re
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Reply:
    """A 200 answer: `content` as the message, or a refusal, with a finish reason."""

    content: str | dict | None = None
    finish_reason: str = "stop"
    refusal: str | None = None
    delay: float = 0.0
    completion_tokens: int | None = None  # the usage reported; None: a quarter of the characters


@dataclass
class Status:
    """An HTTP error with a JSON body and headers (Retry-After, …)."""

    code: int
    message: str = "error"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    error_code: str | None = None  # the body's error.code, as OpenAI names errors ("context_length_exceeded"); else `code`


@dataclass
class Reset:
    """The connection is reset (TCP RST) instead of answered, as a crashing proxy does."""

    delay: float = 0.0


Step = Reply | Status | Reset | Callable[[dict], "Reply | Status | Reset"]


def article_of(body: dict) -> str:
    """The article text inside the last user message of a request."""
    last = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
    m = re.search(r"<article>\n(.*)\n</article>", last, re.S)
    return m.group(1) if m else last


def quoting_first_sentence(body: dict) -> Reply:
    """A valid, grounded answer: the article's first sentence after the headline as an achievement."""
    text = article_of(body)
    lines = [line for line in text.split("\n") if line.strip()]
    first = (lines[1] if len(lines) > 1 else lines[0]).split(". ")[0]
    return Reply(answer(achievements=[item(first)]))


def item(evidence: str, summary: str | None = None, sector: str = "other", metrics: list | None = None) -> dict:
    return {"summary": summary or evidence[:80], "evidence": evidence, "sector": sector, "metrics": metrics or []}


def answer(**fields) -> dict:
    """A ReportDraft as a model would write it; fields not given are empty."""
    base = {
        "unit": {"name": None, "level": None, "province": None},
        "organ": None, "chairs": [], "meeting_date": None, "period": None,
        "achievements": [], "shortcomings": [], "next_tasks": [],
    }
    return base | fields


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # 5 by default: a burst of connects would be dropped and retried 1 s later

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up (a cancelled run) is no error
            super().handle_error(request, client_address)


MODES = ("full", "no_json_schema", "json_object_only")
# What llama-cpp-python 0.3 answers to a response_format it has no type for: its request model's
# validation error, wrapped as a 500 "internal_server_error".
NO_JSON_SCHEMA = ("[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
                  "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}]")
NO_SCHEMA_KEY = ("[{'type': 'extra_forbidden', 'loc': ('body', 'response_format', 'schema'), "
                 "'msg': 'Extra inputs are not permitted'}]")


class FakeOpenAI:
    def __init__(self, latency: float = 0.0, mode: str = "full"):
        assert mode in MODES, mode
        self.mode = mode
        self.script: list[Step] = []
        self.default: Step = quoting_first_sentence
        self.latency = latency
        self.requests: list[dict] = []
        self.json_schema = True  # False: a server that rejects response_format json_schema
        self.in_flight = 0  # requests being answered now
        self.peak = 0  # the most requests it has had open at once
        self.one_at_a_time = False  # True: answers one request at a time, each taking `latency`, as llama.cpp does
        self.spans: list[tuple[float, float]] = []  # (came in, answered) of each request, monotonic seconds
        self._serving = threading.Lock()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.on_batch_create: Callable[[dict], None] | None = None  # called before the create is answered
        self.batch_api = True  # False: a server without /v1/files and /v1/batches (404), as most local ones

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def extraction_requests(self) -> list[dict]:
        """The requests but those of a digest's 'Nhận xét chung' (three per digest with a model)."""
        return [r for r in self.requests if not is_remark(r)]

    def then(self, *steps: Step) -> FakeOpenAI:
        self.script.extend(steps)
        return self

    def finish_batches(self, status: str = "completed", unanswered: int = 0) -> None:
        """Answer every batch not finished yet, line by line through the script; the last `unanswered`
        lines of each get no answer (as when a batch expires)."""
        for batch in self.batches.values():
            if batch["status"] in ("completed", "expired", "failed", "cancelled"):
                continue
            lines = [json.loads(line) for line in self.files[batch["input_file_id"]].decode().splitlines() if line]
            answered = lines[: len(lines) - unanswered]
            out, errors = [], []
            for line in answered:
                step = self._next(dict(line["body"], _batch=batch["id"]))
                code, body = _completion(step, line["body"])
                entry = {"id": f"batch_req_{len(out) + len(errors)}", "custom_id": line["custom_id"],
                         "response": {"status_code": code, "request_id": "req", "body": body}, "error": None}
                (out if code == 200 else errors).append(json.dumps(entry, ensure_ascii=False))
            for name, entries in (("output_file_id", out), ("error_file_id", errors)):
                if entries:
                    batch[name] = self._add_file(("\n".join(entries) + "\n").encode())
            batch["status"] = status
            batch["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(errors)}

    def _add_file(self, data: bytes) -> str:
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = data
        return file_id

    def _batch_api(self, method: str, path: str, headers, raw: bytes) -> tuple[int, dict | bytes]:
        """One request to /v1/files or /v1/batches: (status, JSON payload or file bytes)."""
        parts = path.split("?")[0].strip("/").split("/")[1:]  # after "v1"
        if not self.batch_api:
            parts = []
        if method == "POST" and parts == ["files"]:
            message = BytesParser(policy=default).parsebytes(
                b"Content-Type: " + headers["Content-Type"].encode() + b"\r\n\r\n" + raw)
            fields = {p.get_param("name", header="content-disposition"): p.get_payload(decode=True) for p in message.iter_parts()}
            file_id = self._add_file(fields["file"])
            return 200, {"id": file_id, "object": "file", "bytes": len(fields["file"]), "created_at": 0,
                         "filename": "batch.jsonl", "purpose": fields["purpose"].decode(), "status": "processed"}
        if method == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content" and parts[1] in self.files:
            return 200, self.files[parts[1]]
        if method == "POST" and parts == ["batches"]:
            body = json.loads(raw)
            if body.get("input_file_id") not in self.files:
                return 400, {"error": {"message": "input file not found", "type": "invalid_request_error"}}
            with self._lock:
                batch_id = f"batch_{len(self.batches) + 1}"
                self.batches[batch_id] = {
                    "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "input_file_id": body["input_file_id"],
                    "completion_window": body["completion_window"], "status": "validating", "created_at": 1700000000,
                    "metadata": body.get("metadata"), "output_file_id": None, "error_file_id": None,
                    "request_counts": {"total": 0, "completed": 0, "failed": 0},
                }
            if self.on_batch_create:
                self.on_batch_create(self.batches[batch_id])
            return 200, self.batches[batch_id]
        if method == "GET" and parts == ["batches"]:
            return 200, {"object": "list", "data": list(reversed(self.batches.values())), "has_more": False}
        if method == "GET" and len(parts) == 2 and parts[0] == "batches" and parts[1] in self.batches:
            batch = self.batches[parts[1]]
            if batch["status"] == "validating":  # a poll finds it validated
                seen = dict(batch)
                lines = self.files[batch["input_file_id"]].decode().splitlines()
                batch.update(status="in_progress", request_counts={"total": len(lines), "completed": 0, "failed": 0})
                return 200, seen
            return 200, batch
        return 404, {"error": {"message": f"no route {method} {path}", "type": "invalid_request_error"}}

    def _next(self, body: dict) -> Reply | Status | Reset:
        with self._lock:
            self.requests.append(body)
            refused = self._turned_down(body.get("response_format") or {})
            if refused:  # the server's own answer: the script is kept for the next request
                return refused
            step = self.script.pop(0) if self.script else self.default
        return step(body) if callable(step) else step

    def _turned_down(self, fmt: dict) -> Status | None:
        if fmt.get("type") == "json_schema" and not self.json_schema:
            return Status(400, "Invalid parameter: response_format of type 'json_schema' is not supported with this model")
        if fmt.get("type") == "json_schema" and self.mode != "full":
            return Status(500, NO_JSON_SCHEMA)
        if "schema" in fmt and self.mode == "json_object_only":
            return Status(500, NO_SCHEMA_KEY)
        return None

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real providers do
            disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

            def log_message(self, *args):  # keep pytest output clean
                pass

            def _batch(self, method: str) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                code, payload = fake._batch_api(method, self.path, self.headers, raw)
                if isinstance(payload, bytes):
                    self._send(code, payload, {}, "application/octet-stream")
                else:
                    self._send(code, payload)

            def do_GET(self):
                self._batch("GET")

            def do_POST(self):
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._batch("POST")
                    return
                arrived = time.monotonic()
                with fake._lock:
                    fake.in_flight += 1
                    fake.peak = max(fake.peak, fake.in_flight)
                try:
                    step, body = self._step()
                    if fake.one_at_a_time:  # queued behind the others; answered even if the client gave up
                        with fake._serving:
                            time.sleep(fake.latency + step.delay)
                    else:
                        # The answer leaves `latency` after the request came in, however long the script took.
                        time.sleep(max(0.0, arrived + fake.latency + step.delay - time.monotonic()))
                finally:
                    with fake._lock:  # before the answer goes out: the client may send its next request at once
                        fake.in_flight -= 1
                        fake.spans.append((arrived, time.monotonic()))
                self._answer(step, body)

            def _step(self) -> tuple[Reply | Status | Reset, dict]:
                size = int(self.headers["Content-Length"])
                raw = self.rfile.read(size)
                if len(raw) < size:  # the client gave up while sending (a cancelled run): nothing to answer
                    return Reset(), {}
                body = json.loads(raw)
                body["_headers"] = dict(self.headers)
                try:
                    return fake._next(body), body
                except Exception as e:  # a broken script answers 500 with the reason, not a hang-up
                    return Status(500, f"fake server script failed: {e!r}"), body

            def _answer(self, step: Reply | Status | Reset, body: dict) -> None:
                if isinstance(step, Reset):
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                code, payload = _completion(step, body)
                self._send(code, payload, step.headers if isinstance(step, Status) else None)

            def _send(self, code: int, payload: dict | bytes, headers: dict | None = None, kind: str = "application/json") -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

        return Handler


def _completion(step: Reply | Status, body: dict) -> tuple[int, dict]:
    """The status and JSON body of a chat completion answered by `step`."""
    if isinstance(step, Status):
        return step.code, {"error": {"message": step.message, "type": "fake", "code": step.error_code or step.code}}
    content = step.content if isinstance(step.content, str) or step.content is None else json.dumps(step.content, ensure_ascii=False)
    prompt_tokens = sum(len(m["content"]) for m in body["messages"]) // 4
    completion_tokens = step.completion_tokens
    if completion_tokens is None:
        completion_tokens = len(content or step.refusal or "") // 4
    return 200, {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": body["model"],
        "choices": [{
            "index": 0, "logprobs": None, "finish_reason": step.finish_reason,
            "message": {"role": "assistant", "content": content, "refusal": step.refusal},
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


class SilentServer:
    """A model server that accepts connections and never answers, as a hung one does."""

    def __init__(self):
        self._socket = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._socket.settimeout(0.05)  # how often the accept loop looks whether to stop
        self._stopping = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}/v1"

    @property
    def connections(self) -> int:
        return len(self._held)

    def start(self) -> SilentServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)
        self._socket.close()
        for conn in self._held:
            conn.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                self._held.append(self._socket.accept()[0])  # kept open, never read, never answered
            except TimeoutError:
                continue


def is_remark(body: dict) -> bool:
    """A request for a digest's 'Nhận xét chung' (prompts/remarks.toml)."""
    return "<items>" in body["messages"][-1]["content"]


def remarking_on_the_first_item(body: dict) -> Reply | None:
    """A digest's 'Nhận xét chung' request (prompts/remarks.toml) answered with the first line of its
    items, which passes the check; None for any other request."""
    if not is_remark(body):
        return None
    items = body["messages"][-1]["content"].split("<items>", 1)[1].split("</items>", 1)[0]
    first = next((line[2:] for line in items.splitlines() if line.startswith("- ")), "Không có nội dung.")
    return Reply(json.dumps({"text": first}, ensure_ascii=False))


def answering_like_the_rules_engine(body: dict) -> Reply:
    """A fake model as good as the rules engine: its Report, as a model would write it (and a remark
    that passes the check when a digest asks for one)."""
    if remark := remarking_on_the_first_item(body):
        return remark
    from summarizer.extract import rules
    from summarizer.schema import CATEGORIES, ItemDraft, ReportDraft, UnitDraft
    from summarizer.sources import make_article

    report = rules.extract(make_article(article_of(body), "prompt"))
    data = report.model_dump(mode="json", include=set(ReportDraft.model_fields))
    data["unit"] = {k: data["unit"][k] for k in UnitDraft.model_fields}
    for category in CATEGORIES:
        data[category] = [{k: v for k, v in i.items() if k in ItemDraft.model_fields} for i in data[category]]
    return Reply(ReportDraft.model_validate(data).model_dump_json())


if __name__ == "__main__":  # a fake server to try the CLI against by hand: python -m tests.fake_openai --mode no_json_schema
    import argparse

    parser = argparse.ArgumentParser(description="A fake OpenAI-compatible server on 127.0.0.1 answering like the rules engine.")
    parser.add_argument("--mode", choices=MODES, default="full")
    args = parser.parse_args()
    server = FakeOpenAI(mode=args.mode).start()
    server.default = answering_like_the_rules_engine
    print(f"base_url = {server.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
