"""LLM-backend concurrency: N articles against a fake endpoint that answers after a fixed latency.

Usage: .venv/bin/python bench/llm_concurrency.py [--articles 200] [--concurrency 16] [--latency 0.2] [--runs 5]
The fake OpenAI-compatible server (tests/fake_openai.py) runs in its own process on 127.0.0.1, so
the client's event loop is measured alone. Prints the wall time of each run against the ideal
(articles / concurrency x latency), the calls made on the first run and on a rerun (cache), and
the same requests through the bare openai client for comparison; then, the Reports deleted, the
same extraction answered from the answer cache.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.config import Settings  # noqa: E402
from summarizer.gazetteer import load  # noqa: E402
from summarizer.pipeline import extract_pending  # noqa: E402
from summarizer.sources import SourceError, make_article, read_all  # noqa: E402
from summarizer.store import Store  # noqa: E402

SERVER = """
import sys, time
sys.path.insert(0, {root!r})
from tests.fake_openai import FakeOpenAI
server = FakeOpenAI(latency={latency}).start()
print(server.url, flush=True)
sys.stdin.read()  # until the benchmark closes the pipe
"""


def articles(n: int):
    """n distinct articles: the examples, each made unique by a closing line."""
    base = [a for a in read_all([ROOT / "examples" / "articles"]) if not isinstance(a, SourceError)]
    return [make_article(base[i % len(base)].text + f"\nBài số {i}.", f"bench-{i}.txt") for i in range(n)]


async def bare_client(url: str, batch, concurrency: int) -> float:
    """The same requests through the bare openai client, nothing checked or stored, each whole call
    holding one of the slots (how the llm backend bounded concurrency before its SlotClient)."""
    import openai

    from summarizer.prompts import load_prompt, messages

    prompt = load_prompt(ROOT / "prompts")
    client = openai.AsyncOpenAI(base_url=url, api_key="sk-bench", max_retries=0)
    gate = asyncio.Semaphore(concurrency)

    async def one(article):
        async with gate:
            await client.chat.completions.create(model="fake-model", messages=messages(prompt, article.text, article.title))

    start = time.perf_counter()
    await asyncio.gather(*(one(a) for a in batch))
    await client.close()
    return time.perf_counter() - start


def measure(url: str, batch, concurrency: int) -> dict:
    """One run on a fresh database: the first extraction of `batch` (after a one-article warm-up
    for imports and the TLS trust store), a rerun that should make no calls, and the same
    extraction again with the Reports deleted: every answer from the cache, no call either."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        settings = Settings(
            db=Path(tmp) / "bench.db", backend="llm", model="fake-model", base_url=url, api_key="sk-bench",
            max_concurrency=concurrency,
        )
        for a in batch:
            store.add_article(a)
        extract_pending(store, batch[:1], settings)
        gc.collect()  # the garbage of earlier runs is theirs: collecting it must not land in this one
        start, cpu = time.perf_counter(), time.process_time()
        first = extract_pending(store, batch[1:], settings)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        logged = store.calls()[1:]
        start = time.perf_counter()
        again = extract_pending(store, batch, settings)
        rerun = time.perf_counter() - start
        before = len(store.calls())
        with store.db:  # the Reports lost, the model's answers kept: every request is answered from the cache
            store.db.execute("DELETE FROM reports")
        start = time.perf_counter()
        replayed = extract_pending(store, batch, settings)
        from_cache = time.perf_counter() - start
        made = sum(c.outcome != "cached" for c in store.calls()[before:])
        return dict(
            wall=wall, cpu=cpu, calls=len(logged), latency=sorted(c.latency_ms for c in logged), new=first.new,
            errors=first.errors, recalls=before - 1 - len(logged), renew=again.new, rerun=rerun,
            cached_calls=made, cached_new=replayed.new, from_cache=from_cache,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--runs", type=int, default=5, help="wall time varies by a few percent from run to run")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER.format(root=str(ROOT), latency=args.latency)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        url = server.stdout.readline().strip()
        batch = articles(args.articles + 1)  # one more for the warm-up
        load()
        runs = [measure(url, batch, args.concurrency) for _ in range(args.runs)]
        gc.collect()
        floor = asyncio.run(bare_client(url, batch[1:], args.concurrency))
    finally:
        server.stdin.close()
        server.wait(timeout=5)
    n, ideal = args.articles, args.articles / args.concurrency * args.latency
    ratios = sorted(r["wall"] / ideal for r in runs)
    last = runs[-1]
    print(f"{n} articles, concurrency {args.concurrency}, fake latency {args.latency * 1000:.0f} ms, {args.runs} runs")
    print(f"wall time / ideal ({ideal:.2f} s): " + ", ".join(f"{r['wall'] / ideal:.3f}" for r in runs))
    print(f"median {ratios[len(ratios) // 2]:.3f}, worst {ratios[-1]:.3f} (target <= 1.15)")
    print(f"bare openai client, same requests, nothing checked, a slot per call: {floor:.2f} s; ratio {floor / ideal:.3f}")
    cpu = sum(r["cpu"] for r in runs) / len(runs)
    print(f"client CPU time {cpu:.2f} s per run ({cpu / n * 1000:.1f} ms per article)")
    latency = last["latency"]
    print(f"time on the wire per call: median {latency[len(latency) // 2]} ms, max {latency[-1]} ms")
    for r in runs:
        for e in r["errors"]:
            print("error:", e)
    print(f"calls on the first run: {', '.join(str(r['calls']) for r in runs)} ({last['calls'] / n:.2f} per article); "
          f"new reports {last['new']}")
    print(f"rerun: {', '.join(str(r['recalls']) for r in runs)} calls, {last['renew']} new reports, {last['rerun']:.2f} s")
    replays = ", ".join(f"{r['from_cache']:.2f}" for r in runs)
    print(f"Reports deleted, answers cached: {', '.join(str(r['cached_calls']) for r in runs)} calls, "
          f"{last['cached_new']} new reports, {replays} s")


if __name__ == "__main__":
    main()
