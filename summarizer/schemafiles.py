"""The JSON Schema files in `schemas/`, generated from the pydantic models and checked against them."""

from __future__ import annotations

import json
from pathlib import Path

from .schema import Article, Digest, Report

MODELS = {"report": Report, "article": Article, "digest": Digest}


def generated() -> dict[str, str]:
    """File name -> JSON text, exactly as `summarizer schema --write` writes it."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
        for name, model in MODELS.items()
    }


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generated().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def stale_schemas(folder: Path) -> list[Path]:
    """The files that are missing or differ from what the models generate."""
    stale = []
    for name, text in generated().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
    return stale
