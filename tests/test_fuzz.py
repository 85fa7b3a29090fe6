"""Fuzzing the text path (issue 9): whatever a file holds, `summarizer extract` reads and extracts it
without an error, makes a valid Report whose every quote is the text at its offsets, and takes time
linear in its length, also for long lines, deep brackets and cue words said again and again."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.sources import SourceError, read_article
from tests.timing import FACTOR, cpu_seconds, extract_file, ordinary_text

# Words of the genre, the cues the rules engine reads, figures, and the punctuation between them.
WORDS = (
    "UBND huyện", "Huyện ủy", "Ban Thường vụ", "HĐND xã", "huyện Thọ Xuân", "xã Xuân Lập", "tỉnh Thanh Hóa",
    "phường", "thị trấn", "họp phiên thường kỳ", "tổ chức hội nghị", "chủ trì", "đồng chủ trì", "đồng chí",
    "Nguyễn Văn An", "Phó Bí thư", "Chủ tịch", "khai mạc", "và", "cùng dự", "kết quả", "đạt được", "nổi bật",
    "hạn chế", "tồn tại", "yếu kém", "tuy nhiên", "khó khăn", "còn chậm", "chưa đạt", "yêu cầu", "đề nghị",
    "các xã", "nhiệm vụ trọng tâm", "thời gian tới", "như", "như:", "một số", "những", "gồm", "đó là",
    "ước đạt", "đạt", "tăng", "giảm", "bằng", "so với cùng kỳ", "kế hoạch", "dự toán", "lũy kế", "trong đó",
    "nhất là", "phòng", "chống", "tháng 9", "tháng 10/2023", "quý III", "9 tháng", "6 tháng đầu năm",
    "năm 2023", "Sáng ngày 3/10", "ngày 31/02/2023", "là tháng đầu tiên", "vận hành", "ổn định",
    "tình hình kinh tế - xã hội", "Quang cảnh hội nghị", "Ảnh: Minh Thu", "Xem thêm", "Lượt xem: 189",
    "TP.", "v.v.", "TS.", "trồng rừng", "thu ngân sách", "giải ngân vốn đầu tư công", "lúa mùa",
)
FIGURES = (
    "1.415/3.150 tỷ đồng", "95,27%", "603,8ha/600ha", "7/38 chỉ tiêu", "02 thôn", "12", "2023", "100,6%",
    "5.218,7 ha", "46,15 tỷ đồng", "1.250,6/1.300 ha", "3/10", "0", "1.000.000", "8,4 %", "/", "%",
)
MARKS = (
    " ", " ", " ", ", ", "; ", ": ", ". ", "… ", "! ", "? ", " – ", "-", "\n", "\n\n", "(", ")", "[", "]",
    "{", "}", "“", "”", '"', "'", "\t", "\u00a0", "  ", "![", "](", "**", "# ", "|",
)
token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(FIGURES), st.sampled_from(MARKS), st.text(max_size=4)
)
unit = st.lists(token, min_size=1, max_size=8).map("".join).filter(bool)
# No example database: a failure prints the example that shrank from it, to be kept as a test.
FUZZ = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def seconds_per_character(folder: Path) -> float:
    """CPU seconds per character of ordinary text, the yardstick of long inputs."""
    path = folder / "ordinary.txt"
    path.write_text(ordinary_text(), encoding="utf-8")
    return cpu_seconds(lambda: extract_file(path)) / len(ordinary_text())


def check(path: Path, raw: str) -> None:
    """Extracted without an error, a valid Report (extract_file checks it), every quote verbatim."""
    path.write_text(raw, encoding="utf-8")
    try:
        article = read_article(path)
    except SourceError as e:  # nothing left after normalization, or binary: one line naming the file
        assert str(e).startswith(str(path)) and "\n" not in str(e)
        return
    report = extract_file(path)
    for _, item in report.items():
        assert item.grounded
        assert article.text[item.start : item.end] == item.evidence


@settings(FUZZ, max_examples=300)
@given(raw=st.lists(token, max_size=120).map("".join), suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_is_extracted(raw: str, suffix: str, folder: Path):
    check(folder / f"any{suffix}", raw)


@settings(FUZZ, max_examples=20)
@given(head=st.lists(token, max_size=30).map("".join), line=unit, length=st.sampled_from([20_000, 50_000]))
def test_a_long_line_of_anything_takes_linear_time(head: str, line: str, length: int, folder: Path, seconds_per_character: float):
    raw = head + "\n" + (line * (length // len(line) + 1))[:length]
    took = cpu_seconds(lambda: check(folder / "long.txt", raw))
    assert took < FACTOR * seconds_per_character * len(raw) + 0.5, f"{took:.2f} s for {len(raw)} characters"


@settings(FUZZ, max_examples=20)
@given(
    depth=st.integers(1, 20_000),
    brackets=st.sampled_from([("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("([", "])"), ("![", "]("), ("[(", ")]")]),
    inside=st.lists(token, max_size=20).map("".join),
)
def test_deep_brackets_take_linear_time(
    depth: int, brackets: tuple[str, str], inside: str, folder: Path, seconds_per_character: float
):
    opening, closing = brackets
    raw = "UBND xã Xuân Lập họp phiên thường kỳ tháng 9\n" + opening * depth + inside + closing * depth
    took = cpu_seconds(lambda: check(folder / "deep.md", raw))
    assert took < FACTOR * seconds_per_character * len(raw) + 0.5, f"{took:.2f} s for {len(raw)} characters"
