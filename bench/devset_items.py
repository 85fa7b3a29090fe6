"""What the rules backend got wrong, article by article: the diagnosis behind devset_cv.py's figures.

Usage: .venv/bin/python bench/devset_items.py [--gold DIR] [--articles DIR] [NAME ...]

For each article (all, or those whose file name starts with one of NAME), prints the metadata the
engine found where it differs from the gold, each required fact no item covers (MISSED), each item
that covers no fact (FALSE), and the figures missed or not in the gold. It runs the product's path
(`extract`, as devset_cv.py does). Tuning on what it shows makes those articles no longer held out.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devset_cv import set_parser  # noqa: E402

from summarizer.evaluation import covers, gold_figures, load_gold, report_figures, same_figure, score  # noqa: E402
from summarizer.extract import extract  # noqa: E402
from summarizer.schema import CATEGORIES  # noqa: E402
from summarizer.sources import SourceError, read_article  # noqa: E402

SHORT = {"achievements": "ach", "shortcomings": "short", "next_tasks": "tasks"}


def show(gold, report) -> list[str]:
    s = score(report, gold)
    out = []
    for field, found, want in (
        ("unit", report.unit.name, gold.unit.name),
        ("province", report.unit.province, gold.unit.province),
        ("period", report.period and report.period.model_dump(exclude_none=True), gold.period and gold.period.model_dump(exclude_none=True)),
        ("meeting_date", report.meeting_date, gold.meeting_date),
    ):
        if not getattr(s, field):
            out.append(f"  {field}: found {found!r}, gold {want!r}")
    for c in CATEGORIES:
        facts = getattr(gold, c)
        for anchors in s.missed.get(c, []):
            out.append(f"  MISSED {SHORT[c]}: {anchors}")
        for item in getattr(report, c):
            if not any(covers(item, f) for f in facts):
                out.append(f"  FALSE {SHORT[c]}: {item.evidence[:160]}")
    gold_figs = gold_figures(gold)
    found = report_figures(report)
    missed = [g for g in gold_figs if not any(same_figure(g, e) for e in found)]
    unreal = [e for e in found if not any(same_figure(e, g) for g in gold_figs)]
    if missed:
        out.append(f"  fig missed: {missed}")
    if unreal:
        out.append(f"  fig not in gold: {unreal}")
    return out


def main() -> None:
    parser = set_parser()
    parser.add_argument("names", nargs="*", help="file name prefixes to show (default: all)")
    args = parser.parse_args()
    for gold in load_gold(args.gold):
        if args.names and not gold.article.startswith(tuple(args.names)):
            continue
        try:
            report = extract(read_article(args.articles / gold.article))
        except SourceError as e:
            print(f"{gold.article}: skipped: {e}")
            continue
        lines = show(gold, report)
        print(f"{gold.article}: " + ("\n".join(["", *lines]) if lines else "ok"))


if __name__ == "__main__":
    main()
