"""The HTTP client under openai: at most `max_concurrency` requests on the wire, the time each
call spends there, and a failed attempt's slot kept for the backoff before the next one."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable
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
    sent: int = 0  # requests that went out on the wire


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

    def __init__(self, slots: int, on_shrink: Callable[[int], None] = lambda n: None, **kwargs: Any):
        super().__init__(verify=_tls_context(), **kwargs)
        self.slots = asyncio.Semaphore(slots)
        self.limit = slots  # the slots there are now; shrink() lowers it
        self.owed = 0  # slots to take out of the semaphore as they are given back
        self.on_wire = 0
        self.on_shrink = on_shrink

    async def send(self, request, **kwargs):
        call = _current.get()
        if call is None or not call.holding:
            await self.slots.acquire()
        if call is not None:
            call.sent += 1
        start, ok, timed_out = time.monotonic(), False, False
        self.on_wire += 1
        try:
            response = await super().send(request, **kwargs)
            ok = response.status_code < 400
            return response
        except httpx2.TimeoutException:
            timed_out = True
            raise
        finally:
            self.on_wire -= 1
            if call is not None:
                call.wire += time.monotonic() - start
                # A timed-out request does not keep its slot: its retry queues for one like any request.
                call.holding = not ok and not timed_out
            if timed_out and self.on_wire:
                self.shrink()
            if ok or timed_out or call is None:
                self._release()
                await asyncio.sleep(0)  # the freed slot's next request goes out before this answer is parsed

    def shrink(self) -> None:
        """Halve the slots (down to one) after a timeout while other requests of ours were on the
        wire: a server that answers one request at a time (llama.cpp) queues them, and its queue,
        not its work, made the request time out. The server still works on the request given
        up, so sending as many again would only queue more behind it."""
        if self.limit > 1:
            smaller = self.limit // 2
            self.owed += self.limit - smaller
            self.limit = smaller
            self.on_shrink(smaller)

    def _release(self) -> None:
        if self.owed:
            self.owed -= 1  # a slot taken out by shrink()
        else:
            self.slots.release()

    async def keep(self, call: Attempts) -> None:
        """Make sure `call` holds a slot, for the wait before its next attempt."""
        if not call.holding:  # the failure came after its slot was freed
            await self.slots.acquire()
            call.holding = True

    def free(self, call: Attempts) -> None:
        """Give back the slot a call kept, once no attempt of it will follow."""
        if call.holding:
            call.holding = False
            self._release()
