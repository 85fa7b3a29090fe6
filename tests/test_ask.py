"""`summarizer ask`: questions over the synthetic examples, extracted with the rules backend into a
tmp store, answered by the rules backend and by a (fake) model; the index, its migration and folding."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from summarizer.ask import ask, catalog, check_written, parse_question
from summarizer.search import fold, terms
from summarizer.store import DB_VERSION, MIGRATIONS, Store
from tests.conftest import API_KEY, EXAMPLES
from tests.fake_openai import Reply


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    from summarizer.pipeline import extract_pending, ingest

    path = tmp_path_factory.mktemp("ask") / "examples.db"
    with Store(path) as store:
        extract_pending(store, ingest(store, [EXAMPLES]).articles)
    return path


@pytest.fixture
def store(example_db: Path, tmp_path: Path):
    path = tmp_path / "ask.db"
    shutil.copy(example_db, path)
    with Store(path) as s:
        yield s


# (question, options, what a correct answer holds, what it must not hold)
CASES = [
    ("Những huyện nào thu ngân sách đạt thấp trong quý III/2023?", {},
     ["Na Rì", "71,3%", "Ba Bể", "75,6%", "Thọ Xuân", "96,2%", "Vĩnh Lộc"], ["59,9%", "78,4%", "Không tìm thấy"]),
    ("nhung huyen nao thu ngan sach dat thap trong quy III/2023", {},
     ["Na Rì", "71,3%", "Ba Bể", "75,6%", "Thọ Xuân", "96,2%"], ["59,9%", "78,4%"]),
    ("thu ngan sach Na Ri thang 9", {}, ["Na Rì", "28,64 tỷ đồng", "71,3%"], ["Ba Bể", "Thọ Xuân", "24,05"]),
    ("thu ngân sách Na Rì tháng 9", {}, ["Na Rì", "28,64 tỷ đồng", "71,3%"], ["Ba Bể", "Thọ Xuân", "24,05"]),
    ("Huyện Chợ Đồn đã làm gì về bảo vệ rừng từ đầu năm?", {},
     ["Không tìm thấy", "Chợ Đồn", "Ngân Sơn", "Na Rì"], ["[1]", "832,5"]),
    ("Các xã nêu khó khăn gì về giải ngân đầu tư công?", {},
     ["Thọ Xuân", "61,5%", "Vĩnh Lộc", "42,6%"], ["76,8%", "Không tìm thấy"]),
    ("cac xa neu kho khan gi ve giai ngan dau tu cong", {}, ["Thọ Xuân", "61,5%", "Vĩnh Lộc", "42,6%"], ["76,8%"]),
    ("Những huyện nào giải ngân đầu tư công dưới 50%?", {}, ["Vĩnh Lộc", "42,6%"], ["Thọ Xuân", "61,5%", "76,8%"]),
    ("nhung huyen nao giai ngan dau tu cong duoi 50%", {}, ["Vĩnh Lộc", "42,6%"], ["Thọ Xuân", "61,5%", "76,8%"]),
    ("Huyện nào trồng rừng đạt cao nhất?", {}, ["Ngân Sơn", "104,1%", "Na Rì", "102,5%"], ["79,6%"]),
    ("Vĩnh Lộc có hạn chế gì tháng 7?", {}, ["Vĩnh Lộc", "42,6%"], ["Thọ Xuân", "Na Rì", "21.300"]),
    ("vinh loc co han che gi thang 7", {}, ["Vĩnh Lộc", "42,6%"], ["Thọ Xuân", "Na Rì", "21.300"]),
    ("Huyện Thọ Xuân tháng 9 giải ngân vốn đầu tư công bao nhiêu?", {}, ["Thọ Xuân", "61,5%"], ["Vĩnh Lộc", "42,6%"]),
    ("thu ngân sách tháng 12/2023", {}, ["Không tìm thấy", "tháng 12/2023", "tháng 9/2023"], ["28,64"]),
    ("doanh thu du lịch Ba Bể", {}, ["Ba Bể", "13,6 tỷ đồng"], ["14,8", "Vĩnh Lộc"]),
    ("Thành Nhà Hồ đón bao nhiêu lượt khách tháng 9?", {}, ["Vĩnh Lộc", "58.420"], ["21.300"]),
    ("giá trị xuất khẩu Nông Cống tháng 8", {}, ["Nông Cống", "9,8 triệu USD"], ["10,4", "Thọ Xuân"]),
    ("gia tri xuat khau Nong Cong thang 8", {}, ["Nông Cống", "9,8 triệu USD"], ["10,4", "Thọ Xuân"]),
    ("kết nạp đảng viên Na Rì", {}, ["Na Rì", "87 đảng viên", "96,7%"], ["Ngân Sơn", "Vĩnh Lộc"]),
    ("Tỷ lệ tham gia bảo hiểm y tế cao nhất?", {}, ["Na Rì", "98,1%", "Vĩnh Lộc", "92,4%"], ["95,3%"]),
    ("Nhiệm vụ của Thọ Xuân tháng 9 về thu ngân sách", {}, ["Thọ Xuân", "chống thất thu"], ["Nông Cống", "46,15"]),
    ("hoà bình", {}, ["Không tìm thấy", "Hòa Bình"], ["[1]"]),
    ("Ba Bể tháng 9", {}, ["Không tìm thấy", "tháng 8/2023"], ["13,6"]),
    ("thu ngân sách", {"province": "Thanh Hóa"}, ["Thọ Xuân", "Nông Cống"], ["Na Rì", "Ba Bể", "Ngân Sơn"]),
    ("thu ngân sách", {"month": "2023-08"}, ["24,38", "312,5"], ["28,64", "356,8"]),
    ("thu ngan sach", {"start": "2023-07", "end": "2023-07"}, ["168,2"], ["24,38", "28,64"]),
    ("ngân sách", {"unit": "Ngân Sơn"}, ["Ngân Sơn", "13,72"], ["Na Rì"]),
    ("sản lượng lương thực Na Rì bao nhiêu?", {}, ["Na Rì", "27.640 tấn"], ["Không tìm thấy"]),
    ("Ngân Sơn hỗ trợ hộ nghèo bao nhiêu tiền?", {}, ["Ngân Sơn", "832.270.966 đồng"], ["Không tìm thấy"]),
]


def _check(text: str, must: list[str], must_not: list[str]) -> None:
    for word in must:
        assert word in text, f"{word!r} missing from:\n{text}"
    for word in must_not:
        assert word not in text, f"{word!r} should not be in:\n{text}"


@pytest.mark.parametrize("question, options, must, must_not", CASES, ids=[c[0][:40] for c in CASES])
def test_rules_answers(store: Store, question: str, options: dict, must: list[str], must_not: list[str]):
    answer = ask(store, question, backend="rules", **options)
    _check(answer.text, must, must_not)
    assert answer.found == ("Không tìm thấy" not in must)
    body, _, sources = answer.text.partition("\nNguồn:\n")
    for n in set(re.findall(r"\[(\d+)\]", body)):  # every citation points at a source listed
        assert re.search(rf"^(\[\d+\] )*\[{n}\] .* — .+$", sources, re.M), (n, sources)


def test_figures_are_sorted(store: Store):
    low = ask(store, "Những huyện nào thu ngân sách đạt thấp trong quý III/2023?").text
    assert low.index("Na Rì") < low.index("Ba Bể") < low.index("Nông Cống") < low.index("Thọ Xuân")
    high = ask(store, "Huyện nào trồng rừng đạt cao nhất?").text
    assert high.index("104,1%") < high.index("102,5%") < high.index("97,4%")


def test_question_read_into_filters(store: Store):
    cat = catalog(store)
    q = parse_question("thu ngan sach Na Ri thang 9", cat)
    assert (q.unit.name, q.months, q.sector, q.words) == ("Na Rì", (2023 * 12 + 8, 2023 * 12 + 8), "budget", ["thu", "ngan", "sach"])
    q = parse_question("Các xã nêu khó khăn gì về giải ngân đầu tư công?", cat)
    assert q.category == "shortcomings" and q.unit is None and "kho" not in q.words
    q = parse_question("Những huyện nào giải ngân dưới 50%?", cat)
    assert q.figures.below == 50 and q.figures.percent
    q = parse_question("Huyện Thọ Xuân 6 tháng đầu năm 2022", cat)  # the year right after "năm"
    assert (q.months, q.words) == ((2022 * 12, 2022 * 12 + 5), [])


# --- folding and the index -----------------------------------------------------------------------


def test_fold_unifies_tone_placement_and_d():
    assert fold("Hoà Bình") == fold("Hòa Bình") == "hoa binh"
    assert fold("Chợ Đồn") == "cho don"
    assert fold("THUỶ") == fold("thủy") == "thuy"
    assert terms("Thu ngân sách, Đồn – hoà 46,15%") == "thu ngan sach don hoa 46 15"


def _article(text: str, source: str = "x.txt"):
    import hashlib

    from summarizer.schema import Article

    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, source=source)


SYNTHETIC = (
    "UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023\n"
    "Sáng ngày 3/10, UBND huyện Tân Lạc, tỉnh Hoà Bình tổ chức phiên họp đánh giá kết quả tháng 9 năm 2023.\n"
    "Trong tháng, thu ngân sách nhà nước ước đạt 46,15 tỷ đồng, bằng 38,2% dự toán.\n"
    "Tuy nhiên, công tác đền bù giải phóng mặt bằng còn chậm."
)


def test_index_follows_what_is_stored(tmp_path: Path):
    """An article is searchable as soon as it is stored, its Report's items once that is stored, and
    storing the Report again replaces its items instead of adding them twice."""
    from summarizer.extract import extract

    with Store(tmp_path / "s.db") as store:
        article = _article(SYNTHETIC)
        store.add_article(article)
        before = ask(store, "den bu giai phong mat bang")
        assert before.found and "đền bù" in before.text
        report = extract(article)
        store.add_report(report)
        count = store.db.execute("SELECT count(*) FROM passages").fetchone()[0]
        store.add_report(report)
        assert store.db.execute("SELECT count(*) FROM passages").fetchone()[0] == count
        assert store.db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == count
        answer = ask(store, "hoà bình thu ngân sách thấp nhất")  # 'hoà' as stored, 'hòa' in the gazetteer
        _check(answer.text, ["Tân Lạc", "38,2%"], ["Không tìm thấy"])


def test_migration_backfills_an_old_database(tmp_path: Path, example_db: Path):
    """A database made before the index (its version, its tables) gets the index of everything it
    holds when it is opened, and answers questions."""
    mine = MIGRATIONS.index(next(m for m in MIGRATIONS if "CREATE TABLE passages" in m))
    old = tmp_path / "old.db"
    shutil.copy(example_db, old)
    db = sqlite3.connect(old)
    db.executescript("DROP TABLE passages_vocab; DROP TABLE passages_fts; DROP TABLE passages; DROP INDEX reports_unit;")
    db.execute(f"PRAGMA user_version = {mine}")
    db.commit()
    db.close()
    with Store(old) as store:
        assert store.version == DB_VERSION
        reports = store.db.execute("SELECT count(*) FROM reports").fetchone()[0]
        assert store.db.execute("SELECT count(DISTINCT report_id) FROM passages").fetchone()[0] == reports
        _check(ask(store, "thu ngan sach Na Ri thang 9").text, ["28,64 tỷ đồng"], ["Ba Bể"])


# --- with a model (the fake endpoint) --------------------------------------------------------------


def _passages(body: dict) -> list[tuple[int, str, str]]:
    """(number, header, quote) of each passage the request gave the model."""
    user = [m for m in body["messages"] if m["role"] == "user"][0]["content"]
    return [(int(n), h, q) for n, h, q in re.findall(r"\[(\d+)\] ([^\n]*)\n«(.*?)»", user, re.S)]


def writing_from_passages(body: dict) -> Reply:
    """A faithful model: one sentence per passage, its unit and quote, citing it."""
    lines = [f"- {header.split(' — ')[0]}: {quote.rstrip('.')} [{n}]." for n, header, quote in _passages(body)]
    return Reply("Theo các báo cáo đã lưu:\n" + "\n".join(lines))


@pytest.fixture
def llm(fake_llm, store: Store):
    from summarizer.config import Settings

    settings = Settings(db=store.path, backend="llm", model="fake-model", base_url=fake_llm.url, api_key=API_KEY,
                        timeout=5, backoff=0.01, max_wait=5, max_attempts=2)
    fake_llm.default = writing_from_passages
    return settings


LLM_CASES = [c for c in CASES if c[1] == {} and "Không tìm thấy" not in c[2]]


@pytest.mark.parametrize("question, options, must, must_not", LLM_CASES, ids=[c[0][:40] for c in LLM_CASES])
def test_llm_answers(store: Store, llm, question: str, options: dict, must: list[str], must_not: list[str]):
    answer = ask(store, question, llm)
    _check(answer.text, must, must_not)
    assert not answer.notes


def test_llm_answer_is_the_models_and_cached(store: Store, llm, fake_llm):
    first = ask(store, "Các xã nêu khó khăn gì về giải ngân đầu tư công?", llm)
    assert first.backend == "llm" and first.text.startswith("Theo các báo cáo đã lưu:")
    assert fake_llm.requests[-1]["response_format"] == {"type": "text"}
    again = ask(store, "Các xã nêu khó khăn gì về giải ngân đầu tư công?", llm)
    assert again.text == first.text and len(fake_llm.requests) == 1  # the second answer came from the store
    assert [c.outcome for c in store.calls("ask")] == ["ok", "cached"]


def test_llm_citation_to_nothing_given_is_rejected_then_fixed(store: Store, llm, fake_llm):
    fake_llm.then(Reply("Huyện Thọ Xuân giải ngân vốn đầu tư công mới đạt 61,5% kế hoạch [9]."))
    answer = ask(store, "Các xã nêu khó khăn gì về giải ngân đầu tư công?", llm)
    assert len(fake_llm.requests) == 2
    repair = fake_llm.requests[1]["messages"][-1]["content"]
    assert "[9] không trỏ tới đoạn trích nào" in repair
    assert answer.backend == "llm" and "[9]" not in answer.text


def test_llm_number_not_in_evidence_rejected_twice_falls_back(store: Store, llm, fake_llm):
    invented = Reply("Huyện Thọ Xuân giải ngân vốn đầu tư công đạt 75,5% kế hoạch [1].")
    fake_llm.then(invented, invented)
    answer = ask(store, "Các xã nêu khó khăn gì về giải ngân đầu tư công?", llm)
    assert len(fake_llm.requests) == 2
    assert answer.backend == "rules" and "75,5" not in answer.text
    _check(answer.text, ["Thọ Xuân", "61,5%", "«"], [])
    assert answer.notes and "75,5" in answer.notes[0] and "dùng câu trả lời trích dẫn" in answer.notes[0]
    assert [c.outcome for c in store.calls("ask")] == ["ungrounded", "ungrounded"]


def test_llm_unit_not_in_cited_evidence_rejected(store: Store, llm):
    from summarizer.ask import Evidence

    evidence = [Evidence(1, "a", "Huyện Thọ Xuân", "Thanh Hóa", "tháng 9/2023", "03/10/2023", "x.txt", None,
                         "shortcomings", "industry", "giải ngân vốn đầu tư công mới đạt 61,5% kế hoạch")]
    cat = catalog(store)
    assert check_written("Huyện Thọ Xuân giải ngân mới đạt 61,5% kế hoạch [1].", evidence, cat) == []
    problems = check_written("Huyện Nông Cống giải ngân mới đạt 61,5% kế hoạch [1].", evidence, cat)
    assert problems and "nong cong" in problems[0]
    assert check_written("Giải ngân còn chậm.", evidence, cat) == ["câu trả lời không dẫn nguồn [n] nào"]


def test_llm_not_asked_when_nothing_is_found(store: Store, llm, fake_llm):
    answer = ask(store, "thu ngân sách tháng 12/2023", llm)
    assert answer.kind == "not_found" and answer.text.startswith("Không tìm thấy") and fake_llm.requests == []


def test_figure_words_need_their_context(store: Store):
    """'nâng cao' asks for no ranking, 'cao nhất' does."""
    cat = catalog(store)
    assert parse_question("xã đạt chuẩn nông thôn mới nâng cao", cat).figures is None
    assert parse_question("xa dat chuan nong thon moi cao nhat", cat).figures.order == "desc"


def test_llm_unreachable_falls_back(store: Store, llm):
    settings = llm.model_copy(update={"base_url": "http://127.0.0.1:9/v1", "max_attempts": 1})
    answer = ask(store, "thu ngân sách Na Rì tháng 9", settings)
    assert answer.backend == "rules" and "28,64" in answer.text
    assert "không dùng được mô hình" in answer.notes[0]


# --- the command ---------------------------------------------------------------------------------


def test_cli_one_question(cli, db: Path, example_db: Path):
    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(example_db, db)
    result = cli("ask", "thu ngan sach Na Ri thang 9")
    assert result.exit_code == 0 and "28,64 tỷ đồng" in result.stdout
    result = cli("ask", "thu ngân sách", "--month", "2023-12")
    assert result.exit_code == 1 and result.stdout.startswith("Không tìm thấy")
    import json

    data = json.loads(cli("ask", "Những huyện nào thu ngân sách đạt thấp?", "--json").stdout)
    assert data["kind"] == "figures" and data["figures"][0]["unit"] == "Huyện Na Rì" and data["evidence"][0]["source"].endswith(".txt")


def test_cli_interactive(cli, db: Path, example_db: Path):
    from typer.testing import CliRunner

    from summarizer.cli import app

    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(example_db, db)
    result = CliRunner().invoke(app, ["ask"], input="doanh thu du lịch Ba Bể\n\nkết nạp đảng viên Na Rì\n")
    assert result.exit_code == 0
    _check(result.stdout, ["13,6 tỷ đồng", "87 đảng viên"], [])


@pytest.mark.parametrize("args, code, line", [
    (["--month", "2023-13"], 2, "--month: '2023-13' không hợp lệ"),
    (["--month", "2023-09", "--from", "2023-07"], 2, "--month: không dùng cùng --from/--to"),
    (["--backend", "foo"], 2, "--backend: 'foo' không hợp lệ"),
])
def test_cli_bad_options(cli, db: Path, example_db: Path, args, code, line):
    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(example_db, db)
    result = cli("ask", "thu ngân sách", *args)
    assert result.exit_code == code and line in result.stderr and "Traceback" not in result.stderr


def test_cli_no_database(cli, tmp_path: Path):
    result = cli("ask", "thu ngân sách", "--db", tmp_path / "nowhere.db")
    assert result.exit_code == 1 and "nowhere.db: không có cơ sở dữ liệu" in result.stderr
    assert not (tmp_path / "nowhere.db").exists()


def _terminal_session(db: Path, state: Path, typed: bytes, answer: str) -> int:
    """`summarizer ask` on a real terminal (a pty): wait for the prompt, type `typed`, wait for
    `answer` and the prompt again, then Ctrl-D; the exit status. `state` is $XDG_STATE_HOME."""
    import os
    import pty
    import select
    import sys
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the console script's code, on the terminal
        env = dict(os.environ, XDG_STATE_HOME=str(state))
        os.execve(sys.executable, [sys.executable, "-m", "summarizer", "ask", "--db", str(db)], env)
    seen = b""

    def until(text: str) -> None:
        nonlocal seen
        while text.encode() not in seen:
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, f"no {text!r} in {seen.decode(errors='replace')!r}"
            try:
                seen += os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
        assert text.encode() in seen, seen.decode(errors="replace")

    until("? ")
    os.write(fd, typed)
    until(answer)
    until("\n? ")
    # Ctrl-D, once a second until the child is gone: one typed while the line editor sets the
    # terminal up may be flushed with the terminal's input (a person is never that fast).
    deadline, sent = time.monotonic() + 60, 0.0
    while True:
        if time.monotonic() - sent > 1:
            os.write(fd, b"\x04")
            sent = time.monotonic()
        try:
            if select.select([fd], [], [], 0.1)[0]:
                os.read(fd, 65536)  # what it writes, so that it never waits for the terminal
        except OSError:  # the terminal is closed: the child is exiting
            time.sleep(0.05)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            raise AssertionError("Ctrl-D did not end the prompt")
    os.close(fd)
    return os.waitstatus_to_exitcode(status)


def test_interactive_prompt_on_a_terminal(example_db: Path, tmp_path: Path):
    """On a real terminal: a prompt, the answer, the prompt again, and Ctrl-D leaves with status 0."""
    db = tmp_path / "t.db"
    shutil.copy(example_db, db)
    assert _terminal_session(db, tmp_path / "state", "doanh thu du lịch Ba Bể\r".encode(), "13,6 tỷ đồng") == 0


def test_the_prompt_remembers_questions_of_earlier_sessions(example_db: Path, tmp_path: Path):
    """A question asked yesterday comes back with the Up arrow today."""
    db = tmp_path / "t.db"
    shutil.copy(example_db, db)
    state = tmp_path / "state"
    assert _terminal_session(db, state, "doanh thu du lịch Ba Bể\r".encode(), "13,6 tỷ đồng") == 0
    assert "doanh thu du lịch Ba Bể" in (state / "summarizer" / "ask_history").read_text(encoding="utf-8")
    assert _terminal_session(db, state, b"\x1b[A\r", "13,6 tỷ đồng") == 0  # Up, Enter: the same question
