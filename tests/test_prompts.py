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


def _broken_prompt(tmp_path, old: str, new: str):
    source = (PROMPTS / "extract.toml").read_text(encoding="utf-8")
    assert old in source
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "extract.toml").write_text(source.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "old, new, said",
    [
        ("\n$text\n", "\n$txet\n", r"user: biến không xác định \$txet \(dùng được: \$part, \$text, \$title\); user: thiếu biến \$text"),
        ("Tiêu đề: $title", "Tiêu đề:", r"user: thiếu biến \$title"),
        ("$schema", "${schemas}", r"json_mode: biến không xác định \$schemas .*json_mode: thiếu biến \$schema"),
        ("$problems", "$problem", r"repair: biến không xác định \$problem "),
        ("You read one", "You read $one", r"system: biến không xác định \$one \(dùng được: không có biến nào\)"),
        ("Bài viết$part", "Bài viết$ part", r"user: có dấu \$ không đứng trước tên biến"),
    ],
)
def test_a_misspelt_or_missing_placeholder_is_an_error_naming_the_file_and_the_placeholder(tmp_path, old, new, said):
    folder = _broken_prompt(tmp_path, old, new)
    with pytest.raises(PromptError, match=rf"^{folder / 'extract.toml'}: tệp lời nhắc không hợp lệ \(.*{said}"):
        load_prompt(folder)


def test_a_misspelt_placeholder_stops_the_llm_backend_before_any_call(cli, tmp_path, fake_llm, monkeypatch):
    article = tmp_path / "bai.txt"
    article.write_text("Huyện ủy Tân Lạc giao ban tháng 5/2024.\nTrong tháng, toàn huyện trồng mới 20 ha rừng.\n", encoding="utf-8")
    folder = _broken_prompt(tmp_path, "\n$text\n", "\n$txet\n")
    for name, value in {"SUMMARIZER_MODEL": "fake-model", "SUMMARIZER_BASE_URL": fake_llm.url, "SUMMARIZER_PROMPTS_DIR": str(folder)}.items():
        monkeypatch.setenv(name, value)
    result = cli("extract", article, "--backend", "llm")
    assert result.exit_code == 1
    assert "extract.toml: tệp lời nhắc không hợp lệ (user: biến không xác định $txet" in result.stderr
    assert "Traceback" not in result.stderr and fake_llm.requests == []


def test_a_dollar_sign_is_written_twice_and_sent_once(tmp_path):
    folder = _broken_prompt(tmp_path, "You read one", "You read ($$) one")
    assert messages(load_prompt(folder), "x", None)[0]["content"].startswith("You read ($) one")


def test_the_prompts_ship_inside_the_package_and_are_the_ones_edited_in_prompts():
    from summarizer.config import Settings, default_prompts

    assert (default_prompts() / "extract.toml").read_bytes() == (PROMPTS / "extract.toml").read_bytes()
    assert load_prompt() == load_prompt(PROMPTS) == load_prompt(Settings().prompts_dir)
