"""Units found from the site's address on the real development set: what `ingest`/`run` of a URL gives.

Usage: .venv/bin/python bench/devset_urls.py [--gold ../shared/devset/gold] [--articles DIR] [--manifest FILE]

Each article is extracted (rules backend) twice: from its text alone, and with the manifest's `url`
as its source. For the articles whose gold unit is null because the text never names it, the unit
and province found with the URL are checked against the manifest's `unit` and `province` columns
(what the page is about); for the others, that the URL changed no right unit into a wrong one.
The texts are read from --articles (never copied anywhere).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.extract import extract  # noqa: E402
from summarizer.sources import read_article  # noqa: E402
from summarizer.text import match_key  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_texts = os.environ.get("SUMMARIZER_DEVSET_TEXTS") or str(ROOT.parent / "devset-texts")
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "devset" / "gold")
    parser.add_argument("--articles", type=Path, default=Path(default_texts))
    parser.add_argument("--manifest", type=Path, default=ROOT.parent / "shared" / "devset" / "manifest.tsv")
    args = parser.parse_args()
    rows = list(csv.DictReader(args.manifest.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    tally: dict[str, dict[str, int]] = {}
    for row in rows:
        part = row["file"][0]
        t = tally.setdefault(part, dict(null=0, unit=0, province=0, wrong=0, named=0, kept=0, lost=0))
        gold = json.loads((args.gold / (Path(row["file"]).stem + ".json")).read_text(encoding="utf-8"))["unit"]
        article = read_article(args.articles / row["file"])
        alone = extract(article, "rules").unit
        with_url = extract(article.model_copy(update={"source": row["url"]}), "rules").unit
        if gold.get("name") is None:
            t["null"] += 1
            if with_url.name:
                right = match_key(with_url.name) in match_key(row["unit"])
                t["unit" if right else "wrong"] += 1
            if with_url.province:
                right = match_key(with_url.province) in match_key(row["province"])  # "Hà Tĩnh (from URL; …)"
                t["province" if right else "wrong"] += 1
        else:
            t["named"] += 1
            same = match_key(with_url.name or "") == match_key(gold["name"]) == match_key(alone.name or "")
            t["kept" if same or match_key(alone.name or "") != match_key(gold["name"]) else "lost"] += 1
    total = {k: sum(t[k] for t in tally.values()) for k in next(iter(tally.values()))}
    for part, t in [*sorted(tally.items()), ("all", total)]:
        print(f"{part:4} gold null (text never names the unit): {t['null']:2}  unit found with the URL {t['unit']:2}"
              f"  province {t['province']:2}  wrong {t['wrong']}  |  named in the text: {t['named']:2}, "
              f"changed to a wrong one by the URL: {t['lost']}")


if __name__ == "__main__":
    main()
