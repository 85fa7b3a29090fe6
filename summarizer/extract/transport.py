"""The HTTP client under openai: at most `max_concurrency` requests on the wire, the time each
call spends there, and a failed attempt's slot kept for the backoff before the next one."""

from __future__ import annotations

import asyncio
import ssl
import time
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx2
import openai


@dataclass
class Attempts:
    """What the HTTP client tells the call it serves, through a context variable (see `track`)."""

    wire: float = 0.0  # seconds on the wire over all attempts: the latency logged, without queueing or backoff
    holding: bool = False  # a failed attempt keeps its slot for the backoff that follows it


_current: ContextVar[Attempts | None] = ContextVar("attempts", default=None)


def track() -> Attempts:
    """A fresh record for the call about to be made in this task; its requests fill it in."""
    call = Attempts()
    _current.set(call)
    return call


@cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once a process: reading the trust store takes ~30 ms."""
    return httpx2.create_ssl_context()


class SlotClient(openai.DefaultAsyncHttpxClient):
    """openai's HTTP client (its defaults, proxies from the environment included) with at most
    `slots` requests on the wire at once.

    The bound sits here rather than around the whole call so that building a request and parsing
    an answer, which take milliseconds of CPU in the openai and langchain clients, happen while
    the server works on other requests: the server always has `max_concurrency` of ours.
    A failed attempt does not free its slot: the call's backoff keeps it, so a server that says
    429 gets fewer requests while we wait, not the same number from others.
    """

    def __init__(self, slots: asyncio.Semaphore, **kwargs: Any):
        super().__init__(verify=_tls_context(), **kwargs)
        self.slots = slots

    async def send(self, request, **kwargs):
        call = _current.get()
        if call is None or not call.holding:
            await self.slots.acquire()
        start, ok = time.monotonic(), False
        try:
            response = await super().send(request, **kwargs)
            ok = response.status_code < 400
            return response
        finally:
            if call is not None:
                call.wire += time.monotonic() - start
                call.holding = not ok
            if ok or call is None:
                self.slots.release()
                await asyncio.sleep(0)  # the freed slot's next request goes out before this answer is parsed

    async def keep(self, call: Attempts) -> None:
        """Make sure `call` holds a slot, for the wait before its next attempt."""
        if not call.holding:  # the failure came after its slot was freed
            await self.slots.acquire()
            call.holding = True

    def free(self, call: Attempts) -> None:
        """Give back the slot a call kept, once no attempt of it will follow."""
        if call.holding:
            call.holding = False
            self.slots.release()
