"""A real headless Chromium, driven over the Chrome DevTools Protocol on a pipe (no extra package).

`--remote-debugging-pipe` makes Chromium read commands from its fd 3 and write answers and events
to its fd 4, each a JSON message ended by a NUL byte; that is all Puppeteer's pipe transport is.
`Browser.open(path, width)` loads a local file at a viewport width and reports what a reader would
meet: script errors and console errors, every request other than the file itself (blocked, so none
leaves the machine), the page's and the body's widths, and the boxes of chosen elements.

`find_chromium()` names the binary (SUMMARIZER_CHROMIUM, else chromium, chromium-browser,
google-chrome on PATH) or None; `launch()` raises BrowserUnavailable with the reason when it cannot
start, so a test can skip with that reason.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT = 30.0  # seconds for one answer or one page load; a 2-core machine shared with others is slow


class BrowserUnavailable(Exception):
    """Chromium is not installed or does not start here."""


def find_chromium() -> str | None:
    named = os.environ.get("SUMMARIZER_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageReport:
    """What loading one page showed."""

    url: str
    width: int
    errors: list[str] = field(default_factory=list)  # uncaught exceptions, console.error, error log entries
    requests: list[str] = field(default_factory=list)  # every URL asked for besides the page itself
    scroll_width: int = 0  # the document's width: more than `width` means the page scrolls sideways
    boxes: dict[str, list[dict]] = field(default_factory=dict)  # selector -> visible boxes of its elements
    values: dict[str, object] = field(default_factory=dict)  # expression -> its value


class Browser:
    def __init__(self, proc: subprocess.Popen, to_browser: int, from_browser: int, profile: tempfile.TemporaryDirectory):
        self._proc, self._out, self._in, self._profile = proc, to_browser, from_browser, profile
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict] = []
        self._page: PageReport | None = None  # the page being loaded, whose requests are counted

    # --- transport ---------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._in], [], [], left)
            if ready:
                chunk = os.read(self._in, 1 << 16)
                if not chunk:
                    raise BrowserUnavailable(f"Chromium closed its pipe (exit code {self._proc.poll()})")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def _post(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _pump(self, deadline: float) -> dict:
        """The next message. A paused request is answered at once: the page waits on it, and so would we."""
        message = self._read_message(deadline)
        if message.get("method") == "Fetch.requestPaused" and self._page is not None:
            params, page, session = message["params"], self._page, message.get("sessionId")
            if params["request"]["url"] == page.url:
                self._post("Fetch.continueRequest", {"requestId": params["requestId"]}, session)
            else:
                page.requests.append(params["request"]["url"])
                self._post("Fetch.failRequest", {"requestId": params["requestId"], "errorReason": "BlockedByClient"}, session)
        elif "method" in message:
            self._events.append(message)
        return message

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        msg_id = self._post(method, params, session)
        deadline = time.monotonic() + TIMEOUT
        while True:
            answer = self._pump(deadline)
            if answer.get("id") == msg_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    # --- pages -------------------------------------------------------------------------------

    def open(self, path: Path, width: int, height: int = 800, selectors: tuple[str, ...] = (),
             expressions: tuple[str, ...] = (), media: str = "screen") -> PageReport:
        url = Path(path).resolve().as_uri()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self._events.clear()
        report = self._page = PageReport(url=url, width=width)
        try:
            for method in ("Runtime.enable", "Log.enable", "Network.enable", "Page.enable"):
                self.send(method, session=session)
            # Every request is paused: the page itself goes on, anything else is counted and failed.
            self.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}, session=session)
            self.send("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
            self.send("Emulation.setEmulatedMedia", {"media": media}, session=session)
            self.send("Page.navigate", {"url": url}, session=session)
            deadline = time.monotonic() + TIMEOUT
            while not any(e.get("method") == "Page.loadEventFired" and e.get("sessionId") == session for e in self._events):
                self._pump(deadline)
            report.scroll_width = max(self._evaluate(session, "[document.documentElement.scrollWidth, document.body.scrollWidth]"))
            for selector in selectors:
                report.boxes[selector] = self._evaluate(session, f"""
                    Array.from(document.querySelectorAll({json.dumps(selector)})).map(e => {{
                        const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                        return {{x: r.x, y: r.y, width: r.width, height: r.height,
                                 visible: s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0}};
                    }})""")
            for expression in expressions:
                report.values[expression] = self._evaluate(session, expression)
            self._collect(session, report)
            return report
        finally:
            self._page = None
            self.send("Target.closeTarget", {"targetId": target})

    def _evaluate(self, session: str, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _collect(self, session: str, report: PageReport) -> None:
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                report.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                report.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                report.errors.append(params["entry"]["text"])
            elif method == "Network.requestWillBeSent":
                request_url = params["request"]["url"]
                if request_url != report.url and not request_url.startswith("data:") and request_url not in report.requests:
                    report.requests.append(request_url)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._out, self._in):
            os.close(fd)
        self._profile.cleanup()


def launch(binary: str | None = None) -> Browser:
    binary = binary or find_chromium()
    if not binary:
        raise BrowserUnavailable("no Chromium found (install it: apt-get install -y chromium; or set SUMMARIZER_CHROMIUM)")
    profile = tempfile.TemporaryDirectory(prefix="summarizer-chromium-")
    commands_r, commands_w = os.pipe()
    answers_r, answers_w = os.pipe()

    def as_fd_3_and_4() -> None:  # in the child, before exec
        # Copied away first: a pipe may already be fd 3 or 4, and dup2 onto itself would keep it close-on-exec.
        commands, answers = os.dup(commands_r), os.dup(answers_w)
        os.dup2(commands, 3)
        os.dup2(answers, 4)

    args = [
        binary, "--headless", "--remote-debugging-pipe", f"--user-data-dir={profile.name}",
        "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--mute-audio", "about:blank",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # Chromium refuses to run its sandbox as root (CI runs as root)
    try:
        proc = subprocess.Popen(args, preexec_fn=as_fd_3_and_4, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False)
    except OSError as e:
        raise BrowserUnavailable(f"{binary} does not start: {e}") from e
    finally:
        os.close(commands_r)
        os.close(answers_w)
    browser = Browser(proc, commands_w, answers_r, profile)
    try:
        browser.send("Browser.getVersion")
    except (BrowserUnavailable, TimeoutError, OSError) as e:
        proc.kill()
        proc.wait()
        for fd in (commands_w, answers_r):
            os.close(fd)
        profile.cleanup()
        raise BrowserUnavailable(f"{binary} does not answer on its DevTools pipe: {e}") from e
    return browser

