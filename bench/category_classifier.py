"""Would a learned category classifier beat the rules on articles they were not tuned on?

Usage:
    .venv/bin/python bench/category_classifier.py --train NAME:GOLD:TEXTS ... --test NAME:GOLD:TEXTS[:ENGINE] ...

Every item the rules engine makes for a --train set (this tree's engine) is labelled with the category
of the gold fact it covers ("none" when it covers none). For each --test set, a logistic regression
over the syllable uni- and bigrams of the item's summary and quote is trained on the items of every
--train set but that one (a set named in both is left out of its own training), and then judges
the items that ENGINE (a checkout of an older commit, e.g. the engine as it stood before anyone tuned
on that set; this tree by default) made for the set. Prints, over all test sets: how many labelled
items the rules and the classifier put in the right category, and the mean macro F1 of the rules
alone and with the classifier overriding the rules' category above each confidence threshold.
The texts are read where they are; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ["achievements", "shortcomings", "next_tasks"]
LABELS = [*CATEGORIES, "none"]
_WORD = re.compile(r"[^\W_]+|%")


def dump(gold_dir: Path, texts: Path) -> None:
    """Print one JSON line per article: its items (category, text, facts covered) and its required facts."""
    import summarizer
    from summarizer.evaluation import covers, load_gold
    from summarizer.extract import extract
    from summarizer.sources import SourceError, read_article

    assert Path(summarizer.__file__).resolve().is_relative_to(Path(os.environ["PYTHONPATH"]).resolve()), "wrong summarizer imported"
    for gold in load_gold(gold_dir):
        try:
            report = extract(read_article(texts / gold.article))
        except SourceError as e:
            print(f"skipped: {e}", file=sys.stderr)
            continue
        facts = [(f"{c}:{k}", f) for c in CATEGORIES for k, f in enumerate(getattr(gold, c))]
        items = [
            {"category": c, "text": item.summary + " " + item.evidence, "covers": [key for key, f in facts if covers(item, f)]}
            for c in CATEGORIES
            for item in getattr(report, c)
        ]
        required = [key for key, f in facts if not f.optional]
        print(json.dumps({"items": items, "required": required}, ensure_ascii=False))


def articles(spec: str) -> tuple[str, list[dict]]:
    name, gold, texts, *engine = spec.split(":")
    root = Path(engine[0]) if engine else ROOT
    env = {**os.environ, "PYTHONPATH": str(root)}
    # (a process of its own: PYTHONPATH puts that checkout's package before the installed one)
    out = subprocess.run([sys.executable, __file__, "dump", gold, texts], env=env, check=True, capture_output=True, text=True).stdout
    return name, [json.loads(line) for line in out.splitlines()]


def label(item: dict) -> str:
    covered = [key.split(":")[0] for key in item["covers"]]
    return item["category"] if item["category"] in covered else (covered[0] if covered else "none")


def features(item: dict) -> set[str]:
    words = ["9" if w[0].isdigit() else w for w in _WORD.findall(unicodedata.normalize("NFC", item["text"]).lower())]
    return {"", *words, *(a + " " + b for a, b in zip(words, words[1:]))}


def train(items: list[dict], epochs: int = 8, rate: float = 0.3) -> dict[str, list[float]]:
    """Multinomial logistic regression by AdaGrad (a few thousand items: pure Python is quick enough)."""
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(LABELS))
    squares: dict[str, list[float]] = defaultdict(lambda: [1e-8] * len(LABELS))
    rows = [(features(i), LABELS.index(label(i))) for i in items]
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(rows)
        for feats, y in rows:
            for c, p in enumerate(probabilities(weights, feats)):
                g = p - (c == y)
                for f in feats:
                    squares[f][c] += g * g
                    weights[f][c] -= rate * g / math.sqrt(squares[f][c])
    return dict(weights)


def probabilities(weights: dict[str, list[float]], feats: set[str]) -> list[float]:
    scores = [sum(weights[f][c] for f in feats if f in weights) for c in range(len(LABELS))]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def macro_f1(arts: list[dict], category_of) -> float:
    f1s = []
    for c in CATEGORIES:
        required = [k for a in arts for k in a["required"] if k.startswith(c + ":")]
        if not required:
            continue
        covered = extracted = correct = 0
        for a in arts:
            mine = [i for i in a["items"] if category_of(i) == c]
            covered += sum(any(k in i["covers"] for i in mine) for k in a["required"] if k.startswith(c + ":"))
            extracted += len(mine)
            correct += sum(any(k.startswith(c + ":") for k in i["covers"]) for i in mine)
        r, p = covered / len(required), correct / extracted if extracted else 0.0
        f1s.append(2 * r * p / (r + p) if r + p else 0.0)
    return sum(f1s) / len(f1s)


def main() -> None:
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", nargs="+", required=True)
    parser.add_argument("--thresholds", default="0.8,0.9,0.95,0.99")
    args = parser.parse_args()
    train_sets = dict(articles(s) for s in args.train)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    labelled = rules_right = model_right = 0
    before, after = 0.0, [0.0] * len(thresholds)
    tests = [articles(s) for s in args.test]
    for name, arts in tests:
        weights = train([i for n, a in train_sets.items() if n != name for art in a for i in art["items"]])
        judged = {id(i): probabilities(weights, features(i)) for art in arts for i in art["items"]}
        for art in arts:
            for i in art["items"]:
                if label(i) != "none":
                    labelled += 1
                    rules_right += i["category"] == label(i)
                    model_right += CATEGORIES[max(range(3), key=lambda c: judged[id(i)][c])] == label(i)
        before += macro_f1(arts, lambda i: i["category"])
        for n, t in enumerate(thresholds):
            def overridden(i: dict, t: float = t) -> str:
                p = judged[id(i)]
                best = max(range(len(LABELS)), key=p.__getitem__)
                return LABELS[best] if p[best] >= t else i["category"]
            after[n] += macro_f1(arts, overridden)
    print(f"labelled items {labelled}: rules right {rules_right / labelled:.3f}, classifier right {model_right / labelled:.3f}")
    print(f"mean macro F1 over {len(tests)} test sets: rules {before / len(tests):.3f}; " + ", ".join(
        f"overridden above {t}: {a / len(tests):.3f}" for t, a in zip(thresholds, after)
    ))


if __name__ == "__main__":
    main()
