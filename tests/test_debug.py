"""A bug in summarizer met while extracting is called a bug, not a model error: one line that says so,
the other articles go on, and `summarizer --debug` (or SUMMARIZER_DEBUG=1) shows its traceback."""

from __future__ import annotations

import traceback

import pytest

from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import answering_like_the_rules_engine

BUGGY = "2023-09-tho-xuan-ubnd.txt"


def _buggy(original, shown: str = "x"):
    """`original`, but a TypeError on one article, showing `shown` (an API key, as a repr of a request might)."""

    def buggy_step(*args, **kwargs):
        if any("Thọ Xuân họp phiên thường kỳ tháng 9/2023" in str(a) for a in args):
            raise TypeError(f"unsupported operand type(s) for +: 'int' and 'str' ({shown})")
        return original(*args, **kwargs)

    return buggy_step


@pytest.fixture(params=["rules", "llm"])
def buggy_backend(request, monkeypatch, fake_llm) -> str:
    """A backend with a bug that one of the example articles meets."""
    from summarizer.extract import llm, rules

    if request.param == "rules":
        monkeypatch.setattr(rules, "extract", _buggy(rules.extract))
    else:
        fake_llm.default = answering_like_the_rules_engine
        for name, value in {"SUMMARIZER_MODEL": "fake-model", "SUMMARIZER_BASE_URL": fake_llm.url, "OPENAI_API_KEY": API_KEY}.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(llm, "messages", _buggy(llm.messages, API_KEY))
    return request.param


def test_a_bug_is_one_line_that_says_so_and_the_other_articles_go_on(cli, buggy_backend):
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", "out", "--backend", buggy_backend)
    assert result.exit_code == 0, result.stderr
    assert "4 bài viết trong bản tin" in result.stdout
    [line] = result.stderr.splitlines()
    assert line == (
        f"bỏ qua: {EXAMPLES / BUGGY}: không trích xuất được (lỗi nội bộ (TypeError: unsupported operand type(s) for +: "
        f"'int' and 'str' ({'***' if buggy_backend == 'llm' else 'x'})): đây là lỗi của summarizer, không phải của bài "
        "viết hay mô hình; chạy lại với 'summarizer --debug …' để xem traceback)"
    )
    assert "Traceback" not in result.stderr and "lỗi gọi mô hình" not in result.stderr and API_KEY not in result.stderr


def test_extract_says_the_same_and_exits_1(cli, buggy_backend):
    result = cli("extract", EXAMPLES / BUGGY, "--backend", buggy_backend)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("lỗi: lỗi nội bộ (TypeError: unsupported operand type(s)")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["--debug", "SUMMARIZER_DEBUG=1"])
def test_debug_raises_the_bug_with_its_traceback(cli, buggy_backend, monkeypatch, how):
    args = ["digest", EXAMPLES, "--month", "2023-09", "--out", "out", "--backend", buggy_backend]
    if how == "--debug":
        args.insert(0, "--debug")
    else:
        monkeypatch.setenv("SUMMARIZER_DEBUG", "1")
    with pytest.raises(TypeError, match="unsupported operand") as raised:
        cli(*args)
    shown = "".join(traceback.format_exception(raised.value))
    assert "in buggy_step" in shown and "TypeError: unsupported operand type(s) for +" in shown
