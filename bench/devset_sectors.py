"""Sectors a reader would give, against the sectors the rules engine gives (issue 12, kind 8).

Usage: .venv/bin/python bench/devset_sectors.py [--articles DIR] [--gold DIR] [--misses]
(defaults: ../devset-texts or $SUMMARIZER_DEVSET_TEXTS, and ../shared/devset/gold)
`bench/devset_sectors.json` labels the gold facts of parts of the real development set with the
sector a reader gives them (by fact index, per category; no article text). For each part it prints,
on the facts some extracted item of their category covers, how many of those items (the first that
covers the fact) have the fact's sector, and then the share of the example digest's lines
(examples/articles, September 2023) that land in "Lĩnh vực khác". `--misses` lists the
disagreements (fact anchors, reader's sector, engine's sector).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.evaluation import covers, load_gold  # noqa: E402
from summarizer.extract import extract  # noqa: E402
from summarizer.schema import CATEGORIES, Sector  # noqa: E402
from summarizer.sources import SourceError, read_all, read_article  # noqa: E402

LABELS = Path(__file__).with_name("devset_sectors.json")


def agreement(gold_dir: Path, articles_dir: Path, labels: dict, misses: bool) -> dict[str, Counter]:
    """Per part (the file name's first letter): facts covered, and covered with the reader's sector."""
    parts: dict[str, Counter] = {}
    for gold in load_gold(gold_dir):
        if gold.article.replace(".txt", ".json") not in labels:
            continue
        sectors = labels[gold.article.replace(".txt", ".json")]
        try:
            report = extract(read_article(articles_dir / gold.article))
        except SourceError:
            continue
        count = parts.setdefault(gold.article[0], Counter())
        for category in CATEGORIES:
            for fact, sector in zip(getattr(gold, category), sectors.get(category, [])):
                item = next((i for i in getattr(report, category) if covers(i, fact)), None)
                if item is None:
                    continue
                count["covered"] += 1
                count["agree"] += item.sector.value == sector
                count["engine_other"] += item.sector == Sector.other
                count["reader_other"] += sector == "other"
                if misses and item.sector.value != sector:
                    print(f"  {gold.article} {category}: {fact.anchors} reader={sector} engine={item.sector.value}")
    return parts


def example_digest_other() -> tuple[int, int]:
    """Lines of the September 2023 example digest, and those in "other"."""
    reports = [extract(a) for a in read_all([ROOT / "examples" / "articles"]) if not isinstance(a, SourceError)]
    items = [
        item
        for r in reports
        if r.period and (r.period.year, r.period.month) == (2023, 9)
        for _, item in r.items()
        if item.grounded is not False
    ]
    return len(items), sum(i.sector == Sector.other for i in items)


def main() -> None:
    parser = argparse.ArgumentParser()
    # where the development set's README puts them, beside the checkout
    parser.add_argument("--articles", type=Path, default=Path(os.environ.get("SUMMARIZER_DEVSET_TEXTS", "../devset-texts")))
    parser.add_argument("--gold", type=Path, default=Path("../shared/devset/gold"))
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    if args.gold.is_dir() and args.articles.is_dir():
        parts = agreement(args.gold, args.articles, labels, args.misses)
        total = sum(parts.values(), Counter())
        for name, c in [*sorted(parts.items()), ("all", total)]:
            print(
                f"part {name}: sector agrees on {c['agree']}/{c['covered']} covered facts ({c['agree'] / max(c['covered'], 1):.0%}); "
                f"engine says other on {c['engine_other']}, reader on {c['reader_other']}"
            )
    else:
        print(f"no development set at {args.gold} / {args.articles}: agreement not measured")
    lines, other = example_digest_other()
    print(f"example digest 2023-09: {other}/{lines} lines in «Lĩnh vực khác» ({other / max(lines, 1):.0%})")


if __name__ == "__main__":
    main()
