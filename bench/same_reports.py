"""Proof that a speed change changes no Report: dump every rules Report of a set of articles as JSON,
or compare two dumps.

Usage:
    .venv/bin/python bench/same_reports.py dump --root /tmp/old-main --out /tmp/main.json
    .venv/bin/python bench/same_reports.py dump --out /tmp/branch.json      # this worktree
    .venv/bin/python bench/same_reports.py compare /tmp/main.json /tmp/branch.json
`--root` is the source tree whose `summarizer` package extracts (by default this one), so one
interpreter can run both versions. The articles are examples/articles and tests/data/articles of
this tree, plus the real articles collected beside the repository when present: ../devset-texts and
../holdout-*/texts and ../fresh/*/texts (beside the checkout, or beside the folder of worktrees it is in; never copied
into the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def article_dirs() -> list[Path]:
    beside = next((p for p in (HERE.parent, HERE.parent.parent) if (p / "devset-texts").is_dir()), HERE.parent)
    dirs = [HERE / "examples" / "articles", HERE / "tests" / "data" / "articles", beside / "devset-texts"]
    dirs += sorted(beside.glob("holdout-*/texts")) + sorted(beside.glob("fresh/[0-9]*/texts"))
    return [d for d in dirs if d.is_dir()]


def dump(root: Path, out: Path) -> None:
    sys.path.insert(0, str(root))
    from summarizer.extract import extract
    from summarizer.sources import SourceError, read_all

    assert Path(sys.modules["summarizer"].__file__).resolve().is_relative_to(root.resolve()), "wrong summarizer imported"
    reports: dict[str, object] = {}
    for d in article_dirs():
        for a in read_all([d]):
            if isinstance(a, SourceError):
                continue
            key = f"{a.source}#{a.id}"
            try:
                reports[key] = json.loads(extract(a).model_dump_json())
            except Exception as e:  # an error is part of the behaviour too
                reports[key] = f"{type(e).__name__}: {e}"
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(reports)} reports from {root} -> {out}")


def compare(a: Path, b: Path) -> int:
    left, right = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    differ = sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))
    for k in differ[:20]:
        print(f"DIFFERENT: {k}")
    print(f"{len(left)} vs {len(right)} reports; {len(differ)} different")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--root", type=Path, default=HERE)
    d.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.root, args.out)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
