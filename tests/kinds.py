"""What the tests of real-text kinds (tests/test_real_kinds_*.py) share: an article of synthetic
sentences read by the rules backend, and its items' quotes, each checked to be verbatim."""

from __future__ import annotations

from summarizer.extract import extract
from summarizer.schema import CATEGORIES, Report
from summarizer.sources import make_article


def report_of(text: str, name: str = "bai.txt") -> Report:
    """The rules backend's Report of `text`; every quote is the article's text at its offsets."""
    article = make_article(text, name)
    report = extract(article)
    for _, item in report.items():
        assert article.text[item.start : item.end] == item.evidence, item.evidence
    return report


def quotes(items) -> list[str]:
    return [i.evidence for i in items]


def quotes_by_category(text: str, name: str = "bai.txt") -> dict[str, list[str]]:
    report = report_of(text, name)
    return {c: quotes(getattr(report, c)) for c in CATEGORIES}


def joined(items_or_quotes) -> str:
    """Quotes (or items) on one line, " | " between them: what `in` assertions read."""
    return " | ".join(q if isinstance(q, str) else q.evidence for q in items_or_quotes)


def all_quotes(report: Report) -> str:
    return joined(i for _, i in report.items())
