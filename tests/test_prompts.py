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


def test_the_schema_sent_accepts_real_answers_and_rejects_broken_ones():
    """The JSON Schema on the wire is written in as few tokens as possible; it must still mean
    what ReportDraft means, and be strict the way OpenAI wants (every field required, no others)."""
    import json

    from jsonschema import Draft202012Validator

    from summarizer.extract import llm
    from summarizer.sources import SourceError, read_all
    from tests.fake_openai import answering_like_the_rules_engine

    schema = llm.response_schema()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    answers = [json.loads(e.answer) for e in load_prompt(PROMPTS).examples]
    examples = PROMPTS.parent / "examples" / "articles"
    for article in read_all([examples]):
        assert not isinstance(article, SourceError)
        body = {"messages": [{"role": "user", "content": f"<article>\n{article.text}\n</article>"}]}
        answers.append(json.loads(answering_like_the_rules_engine(body).content))
    assert len(answers) > 5
    for answer in answers:
        assert list(validator.iter_errors(answer)) == []

    def broken(change) -> dict:
        answer = json.loads(json.dumps(answers[0]))
        change(answer)
        return answer

    wrong = [
        broken(lambda a: a["achievements"][0].update(sector="sports")),
        broken(lambda a: a["achievements"][0]["metrics"][0].update(value="215,5")),
        broken(lambda a: a["achievements"][0]["metrics"][0].update(plan="600")),
        broken(lambda a: a.pop("next_tasks")),
        broken(lambda a: a.update(comment="extra")),
        broken(lambda a: a["unit"].update(level="làng")),
        broken(lambda a: a["period"].update(quarter=5)),
    ]
    for answer in wrong:
        assert list(validator.iter_errors(answer)), answer

    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    for obj in objects(schema):
        assert obj["additionalProperties"] is False and set(obj["required"]) == set(obj["properties"])
