"""How long a right answer is, in tokens, for the length of the article part it answers: the figures
behind the default `max_tokens` of the llm backend (extract/llm.py: answer_cap).

Usage: .venv/bin/pip install -e ".[bench]" && .venv/bin/python bench/answer_tokens.py
A right answer is what the rules engine reads, written as a model would (as the fake endpoint of
the tests answers); real models write about as much or less. Counted with tiktoken as
bench/prompt_size.py does; Llama-family tokenizers spend more tokens on Vietnamese (see the README).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.prompt_size import encoding  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.extract.llm import answer_cap  # noqa: E402
from summarizer.sources import SourceError, read_all  # noqa: E402
from tests.fake_openai import answering_like_the_rules_engine  # noqa: E402


def main() -> None:
    name, enc = encoding()
    folders = [ROOT / "examples" / "articles", ROOT / "tests" / "data" / "articles"]
    articles = [a for a in read_all(folders) if not isinstance(a, SourceError)]
    settings = Settings(model="m", base_url="http://127.0.0.1:9/v1")
    rows = []
    for a in articles:
        body = {"messages": [{"role": "user", "content": f"<article>\n{a.text}\n</article>"}]}
        tokens = len(enc.encode(answering_like_the_rules_engine(body).content))
        rows.append((len(a.text), tokens, answer_cap(settings, a.text)))
    rows.sort()
    print(f"{len(rows)} articles; answer tokens counted with {name}")
    print(f"{'chars':>7} {'answer':>7} {'per 1k chars':>12} {'default cap':>11}")
    for chars, tokens, cap in rows:
        print(f"{chars:7} {tokens:7} {1000 * tokens / chars:12.0f} {cap:11}")
    ratios = sorted(t / c for c, t, _ in rows)
    print(f"tokens per character: median {ratios[len(ratios) // 2]:.3f}, max {ratios[-1]:.3f}")
    print(f"answers over their default cap: {sum(t > cap for _, t, cap in rows)} of {len(rows)}")


if __name__ == "__main__":
    main()
