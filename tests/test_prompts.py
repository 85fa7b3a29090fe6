"""The prompt files: versioned, loadable, and their few-shot answers as grounded as we demand of a model."""

from pathlib import Path

import pytest

from summarizer.grounding import draft_problems
from summarizer.prompts import PromptError, load_prompt, messages
from summarizer.schema import ReportDraft
from summarizer.text import normalize

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def test_the_few_shot_answers_pass_the_checks_a_model_answer_must_pass():
    prompt = load_prompt(PROMPTS)
    assert prompt.version and prompt.examples
    for example in prompt.examples:
        draft = ReportDraft.model_validate_json(example.answer)
        assert draft_problems(draft, normalize(example.text)) == []


def test_the_article_goes_last_inside_its_tags_and_the_schema_only_in_json_mode():
    prompt = load_prompt(PROMPTS)
    plain = messages(prompt, "Nội dung bài.", "Tiêu đề")
    assert [m["role"] for m in plain] == ["system", "user", "assistant", "user"]
    assert "<article>\nNội dung bài.\n</article>" in plain[-1]["content"]
    assert "JSON Schema" not in plain[0]["content"]
    assert '"achievements"' in messages(prompt, "x", None, schema={"properties": {"achievements": {}}})[0]["content"]


def test_a_broken_prompt_file_is_named_in_the_error(tmp_path):
    (tmp_path / "extract.toml").write_text('version = "x"\nsystem = "s"\n', encoding="utf-8")
    with pytest.raises(PromptError, match="extract.toml"):
        load_prompt(tmp_path)
