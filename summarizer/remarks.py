"""'Nhận xét chung' written by the configured language model from the digest's structured items only.

Each of sections II, IV and V is one request (prompts/remarks.toml) through the llm backend's own
machinery: the same client, retries, calls log and answer cache. Every unit name and every number of
the model's remark must be in the items it was given; a remark that is not is sent back once with
what is wrong, then left out with a note, and the deterministic remark stays in its place.
"""

from __future__ import annotations

import asyncio
import json
import re

from .config import Settings
from .digest import COMMON_HEADING
from .extract import ExtractError
from .prompts import load_prompt, remark_messages
from .schema import Category, Digest, Remark
from .store import Store
from .text import NUMBER, format_number, match_key, parse_number

SECTIONS: dict[Category, str] = {
    "achievements": "II. Kết quả đạt được",
    "shortcomings": "IV. Hạn chế, tồn tại",
    "next_tasks": "V. Nhiệm vụ trọng tâm thời gian tới",
}
MAX_LINES = 60  # of a section sent: what several units share comes first, so a large digest sends its gist
ANSWER_TOKENS = 1024
_NUMBER = re.compile(rf"(?<![\d.,]){NUMBER}")
_WORD = re.compile(r"[^\W\d_]+")


def items_text(digest: Digest, category: Category) -> str:
    """The structured items of one section, as the model reads them: counts, lines with their units, and
    (section II) the key figures."""
    remark = next((r.text for r in digest.remarks if r.category == category and r.origin == "deterministic"), "")
    out = [f"Số đơn vị trong bản tin: {digest.scope.unit_count}", f"Đếm được: {remark}"]
    lines = [ln for s in digest.sections if s.category == category for ln in s.lines]
    for s in digest.sections:
        if s.category == category and s.common:
            out.append(f"({COMMON_HEADING}: {len(s.lines)} nội dung)")
    for line in lines[:MAX_LINES]:
        out.append(f"- {line.label}: {line.summary}")
        if len(line.entries) > 1 and any(e.metrics for e in line.entries):
            out += [f"  - {e.unit}: {e.summary}" for e in line.entries]
    if len(lines) > MAX_LINES:
        out.append(f"(và {len(lines) - MAX_LINES} nội dung khác)")
    if category == "achievements":
        for k in digest.key_figures:
            for f in k.figures:
                plan = f", đạt {format_number(f.target_pct)}% kế hoạch" if f.target_pct is not None else ""
                out.append(f"- {k.label}, {f.unit}: {format_number(f.value)} {f.value_unit or ''} ({f.period_label}{plan})")
    return "\n".join(out)


def _numbers(text: str) -> set[float]:
    return {parse_number(m.group(0)) for m in _NUMBER.finditer(text)}


_LEVELS = {"Huyện", "Xã", "Tỉnh", "Quận", "Phường", "Thành", "Thị", "Các"}


def _names(text: str) -> list[str]:
    """Runs of two or more capitalised words, without a leading level word ('Na Rì' of 'Huyện Na Rì'):
    the proper names of a remark."""
    names: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            names.append(" ".join(run[1:] if run[0] in _LEVELS else run))

    end = -1
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[0].isupper() and run and text[end:m.start()] == " ":
            run.append(word)
        else:
            close()
            run = [word] if word[0].isupper() else []
        end = m.end()
    close()
    return names


def remark_problems(text: str, items: str) -> list[str]:
    """What in a model's remark is not in the items it was given: numbers and unit names (Vietnamese)."""
    known_numbers, known = _numbers(items), match_key(items)
    problems = [f"số {format_number(n)} không có trong các nội dung đã cho" for n in sorted(_numbers(text) - known_numbers)]
    problems += [f"«{name}» không có trong các nội dung đã cho" for name in dict.fromkeys(_names(text))
                 if match_key(name) not in known]
    return problems


def _parse(content: str) -> tuple[str, list[str]]:
    try:
        data = json.loads(content)
        text = data["text"]
        if not isinstance(text, str) or not text.strip():
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return "", ['câu trả lời phải là một đối tượng JSON {"text": "..."} với nhận xét không rỗng']
    return " ".join(text.split()), []


async def _remarks(digest: Digest, settings: Settings, store: Store, run: str) -> tuple[list[Remark], list[str]]:
    from .extract import llm

    # A plain JSON object: the ladder's rungs are for the Report's schema, and every server takes this one.
    session = llm.open_session(settings.model_copy(update={"structured_output": "json_mode"}), store.add_call, run, store)
    session.prompt = load_prompt(settings.prompts_dir, "remarks")
    label = f"digest {digest.year:04d}-{digest.month:02d}"
    remarks, notes = [], []
    for part, (category, section) in enumerate(SECTIONS.items()):
        items = items_text(digest, category)

        def check(content: str) -> list[str]:
            text, problems = _parse(content)
            return problems or remark_problems(text, items)

        fallback = next(r for r in digest.remarks if r.category == category)
        try:
            content, problems = await llm.ask_checked(session, remark_messages(session.prompt, section, items), label, part,
                                                      ANSWER_TOKENS, check)
        except ExtractError as e:
            problems, why = ["-"], f"không có nhận xét của mô hình ({e})"
        else:
            why = f"nhận xét của mô hình bị lược bỏ vì {'; '.join(problems)}"
        if problems:
            note = f"mục {section}: {why}; dùng nhận xét tự động"
            remarks.append(fallback.model_copy(update={"note": note}))
            notes.append(note[0].upper() + note[1:] + ".")
            continue
        remarks.append(Remark(category=category, text=_parse(content)[0], origin="model"))
    return remarks, notes


def model_remarks(digest: Digest, settings: Settings, store: Store, run: str = "") -> Digest:
    """`digest` with its 'Nhận xét chung' written by the configured model where they pass the check."""
    remarks, notes = asyncio.run(_remarks(digest, settings, store, run))
    return digest.model_copy(update={"remarks": remarks, "notes": digest.notes + notes})
