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


# The placeholders each template of a prompt file must hold, and the only ones it may: a misspelt
# one would otherwise be sent as it is, and the article with it.
PLACEHOLDERS = {"system": set(), "user": {"title", "text", "part"}, "json_mode": {"schema"}, "repair": {"problems"}}
# The same for the other prompts, by name.
PROMPT_PLACEHOLDERS = {"remarks": {**PLACEHOLDERS, "user": {"section", "items"}}}


def load_prompt(folder: Path | None = None, name: str = "extract") -> Prompt:
    """`folder/name.toml` (default: the prompts shipped with the package), checked: every template
    holds exactly its placeholders, every example answer is a valid ReportDraft."""
    if folder is None:
        from .config import default_prompts

        folder = default_prompts()
    path = Path(folder) / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        prompt = Prompt(name=name, **data)
        for example in prompt.examples:
            ReportDraft.model_validate_json(example.answer)
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as e:
        raise PromptError(f"{path}: tệp lời nhắc không hợp lệ ({e})") from None
    wanted = PROMPT_PLACEHOLDERS.get(name, PLACEHOLDERS)
    if problems := placeholder_problems({field: getattr(prompt, field) for field in wanted}, wanted):
        raise PromptError(f"{path}: tệp lời nhắc không hợp lệ ({'; '.join(problems)})")
    return prompt


def placeholder_problems(templates: dict[str, str], placeholders: dict[str, set[str]]) -> list[str]:
    """What is wrong with the placeholders of each template, against the ones it must hold exactly."""
    problems = []
    for field, wanted in placeholders.items():
        template = Template(templates[field])
        if not template.is_valid():
            problems.append(f"{field}: có dấu $ không đứng trước tên biến (viết $$ để có dấu $)")
            continue
        used = set(template.get_identifiers())
        allowed = ", ".join(f"${n}" for n in sorted(wanted)) or "không có biến nào"
        problems += [f"{field}: biến không xác định ${n} (dùng được: {allowed})" for n in sorted(used - wanted)]
        problems += [f"{field}: thiếu biến ${n}" for n in sorted(wanted - used)]
    return problems


def _fill(template: str, **values: str) -> str:
    """`template` with its placeholders replaced; load_prompt made sure they are exactly these."""
    return Template(template.strip()).substitute(values)


def _user(prompt: Prompt, title: str | None, text: str, part: str = "") -> str:
    return _fill(prompt.user, title=title or "(không có)", text=text, part=part)


def messages(
    prompt: Prompt, text: str, title: str | None, part: str = "", schema: dict | None = None
) -> list[dict[str, str]]:
    """System prompt, the few-shot examples as earlier turns, then the article.

    `schema` is written into the system prompt only for servers that cannot enforce it themselves.
    """
    system = _fill(prompt.system)
    if schema is not None:
        schema_text = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
        system += "\n\n" + _fill(prompt.json_mode, schema=schema_text)
    out = [{"role": "system", "content": system}]
    for ex in prompt.examples:
        answer = json.dumps(json.loads(ex.answer), ensure_ascii=False, separators=(",", ":"))
        out.append({"role": "user", "content": _user(prompt, ex.title, normalize(ex.text))})
        out.append({"role": "assistant", "content": answer})
    out.append({"role": "user", "content": _user(prompt, title, text, part)})
    return out


def repair_message(prompt: Prompt, problems: list[str]) -> dict[str, str]:
    listed = "\n".join(f"- {p}" for p in problems)
    return {"role": "user", "content": _fill(prompt.repair, problems=listed)}


def remark_messages(prompt: Prompt, section: str, items: str) -> list[dict[str, str]]:
    """The messages asking for one section's 'Nhận xét chung' (prompts/remarks.toml)."""
    return [{"role": "system", "content": _fill(prompt.system)},
            {"role": "user", "content": _fill(prompt.user, section=section, items=items)}]
