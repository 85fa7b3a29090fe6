"""Shared fixtures: a real SQLite file per test and the CLI run in-process against it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"

# A synthetic article written for the tests (not from any real source).
SYNTHETIC = """UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023

Sáng ngày 3/10, UBND huyện Tân Lạc, tỉnh Hòa Bình tổ chức phiên họp thường kỳ đánh giá kết quả tháng 9, triển khai nhiệm vụ tháng 10 năm 2023. Đồng chí Lò Văn Minh – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.

Quang cảnh hội nghị.

Trong tháng 9, toàn huyện thu hoạch được 1.250,6/1.300 ha lúa mùa, đạt 96,2% kế hoạch. Thu ngân sách nhà nước ước đạt 46,15 tỷ đồng, tăng 8,4% so với cùng kỳ. Công tác tuyển quân năm 2024 được chuẩn bị chu đáo; tình hình an ninh trật tự ổn định.

Bên cạnh những kết quả đạt được, tiến độ giải phóng mặt bằng một số dự án còn chậm. Thu tiền sử dụng đất đạt thấp.

Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu các phòng, ban tập trung thu hoạch lúa mùa; đẩy nhanh tiến độ giải ngân vốn đầu tư công; tăng cường công tác quản lý đất đai.

Ảnh: Minh Thu

Xem thêm
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store" / "summarizer.db"


@pytest.fixture
def cli(db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run `summarizer ARGS...` in-process with the test's own database and working folder."""
    monkeypatch.setenv("SUMMARIZER_DB", str(db))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    """A private copy of examples/articles, so a test may add bad files next to the good ones."""
    dest = tmp_path / "articles"
    shutil.copytree(EXAMPLES, dest)
    return dest


@pytest.fixture(autouse=True)
def _no_outside_config(monkeypatch: pytest.MonkeyPatch):
    """A developer's own keys and settings must not leak into a test (or reach a real provider)."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_BASE_URL", "SUMMARIZER_API_KEY",
                 "SUMMARIZER_BACKEND", "SUMMARIZER_DB", "SUMMARIZER_DEBUG"):
        monkeypatch.delenv(name, raising=False)


API_KEY = "sk-test-DO-NOT-LOG-0123456789"


@pytest.fixture
def fake_llm():
    """A fake OpenAI-compatible server on 127.0.0.1, scripted by the test."""
    from tests.fake_openai import FakeOpenAI

    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def llm_settings(fake_llm, db: Path):
    """Settings that point the llm backend at the fake server, with short waits."""
    from summarizer.config import Settings

    return Settings(
        db=db, backend="llm", model="fake-model", base_url=fake_llm.url, api_key=API_KEY,
        timeout=5, backoff=0.01, max_wait=5, max_concurrency=4, max_attempts=4, max_repairs=2,
    )
