"""Extraction backends: each turns an Article into a Report; grounding checks every one alike."""

from __future__ import annotations

from ..grounding import ground
from ..schema import Article, Report
from ..store import ReportKey

BACKENDS = ("rules",)


class ExtractError(Exception):
    pass


def resolve_backend(name: str) -> str:
    """'auto' is the LLM backend when a model is configured, else the rules engine."""
    if name == "auto":
        return "rules"
    if name not in BACKENDS:
        raise ExtractError(f"unknown backend {name!r}; choose one of: auto, {', '.join(BACKENDS)}")
    return name


def report_key(backend: str) -> ReportKey:
    """What a stored Report made by `backend` is keyed by, so a rerun can reuse it."""
    from ..schema import SCHEMA_VERSION
    from . import rules

    if backend == "rules":
        return ReportKey("rules", "", rules.VERSION, SCHEMA_VERSION)
    raise ExtractError(f"unknown backend {backend!r}")


def extract(article: Article, backend: str = "rules") -> Report:
    """One Report for one Article, grounded against the article's text."""
    from . import rules

    extractors = {"rules": rules.extract}
    return ground(extractors[resolve_backend(backend)](article), article.text)
