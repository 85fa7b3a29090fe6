"""Cross-validated figures of the rules backend on the real development set (parts A, B, C).

Usage: .venv/bin/python bench/devset_cv.py [--gold ../shared/devset/gold] [--articles DIR] [--parts A,B,C]

For each part, prints the eval figures of the rules backend on that part, then the parts pooled
and the whole set as the package ships ("full"). The rules engine learns nothing from the gold, so
a part is held out only while nobody has tuned the rules on it: the per-part figures measured that
way during development (and on fresh sets nobody had read) are in the README; run this before
tuning on a part to get its held-out figure.
The texts are read from --articles (default $SUMMARIZER_DEVSET_TEXTS, else devset-texts
beside the repository or its worktree folder); they are never copied anywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.evaluation import Gold, Scores, load_gold, score  # noqa: E402
from summarizer.extract import extract  # noqa: E402
from summarizer.schema import CATEGORIES  # noqa: E402
from summarizer.sources import SourceError, read_article  # noqa: E402

SHORT = {"achievements": "ach", "shortcomings": "short", "next_tasks": "tasks"}


def f1(recall: float | None, precision: float | None) -> float:
    r, p = recall or 0.0, precision or 0.0
    return 2 * r * p / (r + p) if r + p else 0.0


def line(label: str, scores: Scores) -> str:
    s = scores.summary()
    n = s["articles"]
    cats, f1s = [], []
    for c in CATEGORIES:
        t = s["categories"][c]
        if t["recall"] is None:  # no fact of it to find: left out of the mean, as the README's tables do
            extracted = "none extracted" if t["precision"] is None else f"{t['precision']:.2f} of those extracted right"
            cats.append(f"{SHORT[c]} no facts, {extracted}")
            continue
        f = f1(t["recall"], t["precision"])
        f1s.append(f)
        cats.append(f"{SHORT[c]} {t['recall']:.2f}/{t['precision'] or 0:.2f} F1 {f:.2f}")
    meta = " ".join(f"{k} {s[k] / n:.2f}" for k in ("unit", "province", "period", "meeting_date"))
    fig = s["figures"]
    return (
        f"{label:5} n={n:2}  macroF1 {sum(f1s) / max(len(f1s), 1):.2f}  " + "  ".join(cats)
        + f"  | {meta}  figures found {fig['found_rate'] or 0:.2f} real {fig['real_rate'] or 0:.2f}"
    )


def run(golds: list[Gold], articles: Path) -> Scores:
    out = []
    for gold in golds:
        try:
            article = read_article(articles / gold.article)
        except SourceError as e:
            print(f"skipped: {e}", file=sys.stderr)
            continue
        out.append(score(extract(article), gold))  # the product's path: rules, then grounding and the checks
    return Scores(articles=out)


def beside(name: str) -> Path:
    """A folder beside the repository, or beside the folder of worktrees it is in."""
    near = ROOT.parent / name
    return near if near.exists() else ROOT.parent.parent / name


def set_parser() -> argparse.ArgumentParser:
    """The options that name a set: its gold folder and its texts' folder (the dev set's by default)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=beside("shared") / "devset" / "gold")
    default_texts = os.environ.get("SUMMARIZER_DEVSET_TEXTS") or str(beside("devset-texts"))
    parser.add_argument("--articles", type=Path, default=Path(default_texts))
    return parser


def main() -> None:
    parser = set_parser()
    parser.add_argument("--parts", default="A,B,C", help="the parts to hold out in turn")
    args = parser.parse_args()
    golds = load_gold(args.gold)
    held_out = []
    for part in args.parts.split(","):
        scores = run([g for g in golds if g.article.startswith(part)], args.articles)
        held_out.extend(scores.articles)
        print(line(part, scores))
    print(line("pooled", Scores(articles=held_out)))
    print(line("full", run(golds, args.articles)))


if __name__ == "__main__":
    main()
