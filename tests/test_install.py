"""The package as a user installs it: the wheel that `pip install .` and `pipx install .` build,
installed into a fresh virtualenv and run from outside the checkout, so nothing but the installed
package can be imported (an editable install would hide a file the wheel lacks)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import answering_like_the_rules_engine

ROOT = Path(__file__).resolve().parent.parent
# What a checkout holds that is not part of it (.gitignore), and would only slow the copy down.
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "out")

pytestmark = pytest.mark.install


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the wheel, the `summarizer` script of a fresh virtualenv holding only it)."""
    tmp = tmp_path_factory.mktemp("install")
    # Built from a copy: an in-tree build leaves build/ behind, whose stale files a later wheel would hold.
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    # Offline: the build backend is the one installed with the test extra.
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", tmp / "dist", source])
    [wheel] = (tmp / "dist").glob("summarizer-*.whl")
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel])
    # The dependencies come from this test's virtualenv, without a network: its site-packages goes on
    # the path after the new one's. Its .pth files are not read, so the editable checkout is not.
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return wheel, venv / "bin" / "summarizer"


def _env(tmp_path: Path, **settings: str) -> dict[str, str]:
    """The environment of a user with no settings of their own, and a home of the test's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_", "PYTHON"))}
    return env | {"HOME": str(tmp_path / "home"), "SUMMARIZER_DB": str(tmp_path / "summarizer.db")} | settings


def test_the_wheel_holds_the_package_and_the_prompts_edited_in_prompts(installed):
    wheel, _ = installed
    with zipfile.ZipFile(wheel) as zf:
        names = {n for n in zf.namelist() if n.startswith("summarizer/")}
        shipped_prompt = zf.read("summarizer/prompt_files/extract.toml")
    package = {f"summarizer/{p.relative_to(ROOT / 'summarizer').as_posix()}" for p in (ROOT / "summarizer").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    prompts = {f"summarizer/prompt_files/{p.name}" for p in (ROOT / "prompts").iterdir() if p.suffix in (".toml", ".py")}
    assert names == package | prompts
    assert shipped_prompt == (ROOT / "prompts" / "extract.toml").read_bytes()


def test_the_installed_package_extracts_with_a_model_and_writes_a_digest(installed, fake_llm, tmp_path):
    _, summarizer = installed
    work = tmp_path / "work"  # not the checkout, whose summarizer/ would be imported from the working folder
    work.mkdir()
    where = _run([summarizer.parent / "python", "-c", "import summarizer.prompts; print(summarizer.prompts.__file__)"], cwd=work)
    assert Path(where.stdout.strip()).is_relative_to(summarizer.parent.parent), where.stdout

    fake_llm.default = answering_like_the_rules_engine
    model = _env(tmp_path, SUMMARIZER_MODEL="fake-model", SUMMARIZER_BASE_URL=fake_llm.url, OPENAI_API_KEY=API_KEY)
    article = EXAMPLES / "2023-09-tho-xuan-ubnd.txt"
    extracted = _run([summarizer, "extract", article, "--backend", "llm"], cwd=work, env=model)
    report = json.loads(extracted.stdout)
    assert report["backend"] == "llm" and report["unit"]["name"] == "Thọ Xuân"
    assert report["achievements"] and report["next_tasks"]
    [request] = fake_llm.requests
    assert request["messages"][0]["content"].startswith("You read one Vietnamese news article")

    digest = _run([summarizer, "digest", EXAMPLES, "--month", "2023-09", "--out", work / "out"], cwd=work, env=_env(tmp_path))
    assert "5 bài viết trong bản tin" in digest.stdout
    md = (work / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    assert "Thọ Xuân" in md and "## II. Kết quả đạt được" in md
    assert len(fake_llm.requests) == 1  # the rules engine called no model
