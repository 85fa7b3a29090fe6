"""Prompts: the versioned files of `prompts/`, loaded and turned into chat messages."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from string import Template

from pydantic import BaseModel, ValidationError

from .schema import ReportDraft
from .text import normalize


class PromptError(Exception):
    pass


class Example(BaseModel):
    """A synthetic article and the answer the model should give for it."""

    title: str
    text: str
    answer: str


class Prompt(BaseModel):
    name: str
    version: str
    system: str
    user: str
    json_mode: str
    repair: str
    examples: list[Example] = []


def load_prompt(folder: Path, name: str = "extract") -> Prompt:
    """`folder/name.toml`, checked: every example answer must be a valid ReportDraft."""
    path = Path(folder) / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        prompt = Prompt(name=name, **data)
        for example in prompt.examples:
            ReportDraft.model_validate_json(example.answer)
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as e:
        raise PromptError(f"{path}: tệp lời nhắc không hợp lệ ({e})") from None
    return prompt


def _user(prompt: Prompt, title: str | None, text: str, part: str = "") -> str:
    return Template(prompt.user.strip()).safe_substitute(title=title or "(không có)", text=text, part=part)


def messages(
    prompt: Prompt, text: str, title: str | None, part: str = "", schema: dict | None = None
) -> list[dict[str, str]]:
    """System prompt, the few-shot examples as earlier turns, then the article.

    `schema` is written into the system prompt only for servers that cannot enforce it themselves.
    """
    system = prompt.system.strip()
    if schema is not None:
        schema_text = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
        system += "\n\n" + Template(prompt.json_mode.strip()).safe_substitute(schema=schema_text)
    out = [{"role": "system", "content": system}]
    for ex in prompt.examples:
        answer = json.dumps(json.loads(ex.answer), ensure_ascii=False, separators=(",", ":"))
        out.append({"role": "user", "content": _user(prompt, ex.title, normalize(ex.text))})
        out.append({"role": "assistant", "content": answer})
    out.append({"role": "user", "content": _user(prompt, title, text, part)})
    return out


def repair_message(prompt: Prompt, problems: list[str]) -> dict[str, str]:
    listed = "\n".join(f"- {p}" for p in problems)
    return {"role": "user", "content": Template(prompt.repair.strip()).safe_substitute(problems=listed)}
