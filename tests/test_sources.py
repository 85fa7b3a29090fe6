import codecs
import os
import re
import socket
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.sources import MAX_FILE_MB, SourceError, read_all, read_article

from .conftest import EXAMPLES, SYNTHETIC


def test_text_article_is_normalized_and_keyed_by_its_text(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(SYNTHETIC, encoding="utf-8")
    # The same article scraped with other chrome, spacing and line endings is the same article.
    b = tmp_path / "b.txt"
    b.write_text("0:00 / 0:00\r\n".join(["", SYNTHETIC.replace(" ", "\u00a0", 3)]).replace("\n", "\r\n"), encoding="utf-8")
    first, second = read_article(a), read_article(b)
    assert first.id == second.id and len(first.id) == 16
    assert first.title == "UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023"
    assert "Xem thêm" not in first.text
    # A photo caption stays (it may be the only line naming the unit); the items skip it.
    assert "Quang cảnh hội nghị." in first.text


def test_markdown_article_loses_its_markup(tmp_path: Path):
    md = tmp_path / "a.md"
    md.write_text("# " + SYNTHETIC.replace("Thu ngân sách", "**Thu ngân sách**"), encoding="utf-8")
    article = read_article(md)
    assert article.title.startswith("UBND huyện Tân Lạc") and "**" not in article.text and "#" not in article.text


def test_html_page_gives_main_text_title_and_date():
    article = read_article(EXAMPLES / "2023-09-vinh-loc-huyen-uy.html")
    assert article.title.startswith("Huyện ủy Vĩnh Lộc")
    assert article.published is not None and article.published.isoformat() == "2023-10-02"
    assert "968,3 tỷ đồng" in article.text
    # Site chrome around the article stays out.
    assert "<" not in article.text and "Bản quyền" not in article.text


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"  \n\n", "tệp rỗng"),
        ("image.txt", bytes(range(256)) * 4, "tệp nhị phân"),
        ("latin1.txt", "Réunion à Hà Tĩnh".encode("cp1252", errors="replace"), "không phải văn bản UTF-8"),
    ],
)
def test_unreadable_files_raise_an_error_naming_the_file(tmp_path: Path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as e:
        read_article(path)
    assert str(path) in str(e.value) and problem in str(e.value)


def test_folders_are_read_recursively_skipping_readmes_and_reporting_bad_files(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SYNTHETIC, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    results = list(read_all([tmp_path, tmp_path / "missing.txt"]))
    errors = [r for r in results if isinstance(r, SourceError)]
    articles = [r for r in results if not isinstance(r, SourceError)]
    assert [a.source for a in articles] == [str(tmp_path / "sub" / "a.txt")]
    assert sorted(Path(e.source).name for e in errors) == ["empty.txt", "missing.txt"]


def test_a_folder_without_articles_is_an_error(tmp_path: Path):
    (tmp_path / "README.md").write_text("nothing here", encoding="utf-8")
    (error,) = list(read_all([tmp_path]))
    assert isinstance(error, SourceError) and "không có bài viết" in str(error)


def test_a_tcvn3_file_is_converted_to_unicode_with_a_warning(cli):
    path = Path(__file__).parent / "data" / "articles" / "05_giaothuy_thang11-2023.tcvn3.txt"
    assert b"Giao Th" in path.read_bytes() and "Giao Thủy".encode() not in path.read_bytes()
    article = read_article(path)
    assert article.title.startswith("Giao Thủy: UBND huyện đánh giá tình hình kinh tế - xã hội tháng 11")
    assert article.warnings == [f"{path}: đã chuyển từ mã TCVN3 sang Unicode"]
    result = cli("ingest", path)
    assert result.exit_code == 0 and "cảnh báo:" in result.stderr and "TCVN3" in result.stderr


def test_text_in_other_languages_is_not_taken_for_a_legacy_encoding(tmp_path: Path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Réunion du conseil à Paris: les résultats du trimestre sont très élevés.".encode("cp1252"))
    with pytest.raises(SourceError, match="không phải văn bản UTF-8"):
        read_article(path)


@pytest.mark.parametrize(
    "bom, codec",
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
    ids=["utf-16-le", "utf-16-be", "utf-32-le"],
)
def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path, bom, codec):
    # What Word's "Unicode text" and Notepad's "Unicode" save.
    path = tmp_path / "word.txt"
    path.write_bytes(bom + SYNTHETIC.replace("\n", "\r\n").encode(codec))
    article = read_article(path)
    assert article.title == "UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023"
    assert "46,15 tỷ đồng" in article.text and not article.warnings


def test_a_broken_utf16_file_is_one_error(tmp_path: Path):
    path = tmp_path / "broken.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Hội nghị".encode("utf-16-le") + b"\x00\xd8" + "xã".encode("utf-16-le"))
    with pytest.raises(SourceError, match="không phải văn bản UTF-16 hợp lệ") as e:
        read_article(path)
    assert str(path) in str(e.value)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str, precomposed: bool = True) -> bytes:
    """`text` as Windows writes it in code page 1258: ă â ê ô ơ ư đ are one byte; a tone is a
    combining mark after its vowel, or (precomposed) the one byte of à á ã é… when there is one."""
    out = []
    for cluster in re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text), re.S):
        base = unicodedata.normalize("NFC", "".join(c for c in cluster if c not in _TONES))
        tones = "".join(c for c in cluster if c in _TONES)
        whole = unicodedata.normalize("NFC", base + tones)
        out.append(whole if precomposed and tones and whole.encode("cp1258", "replace") != b"?" else base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("precomposed", [True, False])
def test_a_windows_1258_file_is_converted_to_unicode_with_a_warning(tmp_path: Path, precomposed):
    path = tmp_path / "cp1258.txt"
    path.write_bytes(windows_1258(SYNTHETIC, precomposed))
    assert b"\xf2" in path.read_bytes()  # a combining dot below: ạ ọ ệ… have no byte of their own
    article = read_article(path)
    assert article.title == "UBND huyện Tân Lạc họp phiên thường kỳ tháng 9/2023"
    assert "Thu ngân sách nhà nước ước đạt 46,15 tỷ đồng, tăng 8,4% so với cùng kỳ." in article.text
    assert article.text == unicodedata.normalize("NFC", article.text)
    assert article.warnings == [f"{path}: đã chuyển từ mã Windows-1258 sang Unicode"]


def test_ingest_names_the_windows_1258_conversion(cli, tmp_path: Path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes(windows_1258(SYNTHETIC))
    result = cli("ingest", path)
    assert result.exit_code == 0 and f"cảnh báo: {path}: đã chuyển từ mã Windows-1258 sang Unicode" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese: ã õ become ă ơ in cp1258, and ç is no Vietnamese letter.
        "A reunião do conselho não aprovou as informações; as eleições são em março e as ações "
        "da prefeitura também estão atrasadas, disse o secretário à imprensa.",
        # Italian: ò ì become a dot below and a grave on the letter before.
        "La riunione però è finita così: il sindaco può decidere, ma la città non sarà pronta "
        "perché il bilancio è già chiuso e lunedì si vota.",
        # Icelandic: ð becomes đ, but æ and ö are no Vietnamese letters.
        "Það er gott að vera hér, en við getum ekki séð hvað gerðist í gær eða á föstudaginn.",
    ],
    ids=["portuguese", "italian", "icelandic"],
)
def test_latin_text_is_not_taken_for_windows_1258(tmp_path: Path, text):
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(SourceError, match="không phải văn bản UTF-8"):
        read_article(path)


def test_a_vni_file_is_still_read_as_vni(tmp_path: Path):
    # "Tổng thu ngân sách đạt 95% kế hoạch; …" typed with a VNI font.
    vni = (
        "UÛy ban nhaân daân huyeän toå chöùc hoäi nghò ñaùnh giaù keát quaû thöïc hieän nhieäm vuï thaùng 9 "
        "naêm 2023. Toång thu ngaân saùch ñaït 95% keá hoaïch; ñöôøng giao thoâng noâng thoân ñöôïc naâng caáp."
    )
    path = tmp_path / "vni.txt"
    path.write_bytes(vni.encode("cp1252"))
    article = read_article(path)
    assert "Tổng thu ngân sách đạt 95% kế hoạch" in article.text
    assert article.warnings == [f"{path}: đã chuyển từ mã VNI sang Unicode"]


def _socket(path: Path) -> Path:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()  # the file stays
    return path


@pytest.mark.parametrize(
    "make, kind",
    [
        (lambda p: os.mkfifo(p) or p, "FIFO"),
        (_socket, "socket"),
        (lambda p: Path(os.devnull), "tệp thiết bị"),
        (lambda p: p.mkdir() or p, "thư mục"),
    ],
    ids=["fifo", "socket", "device", "folder"],
)
def test_a_file_that_is_not_a_regular_file_is_one_error(tmp_path: Path, make, kind):
    path = make(tmp_path / "special.txt")
    outcome = []
    # In a thread, so that a read blocking on the FIFO fails the test instead of hanging it.
    reader = threading.Thread(target=lambda: outcome.append(_error_of(read_article, path)), daemon=True)
    reader.start()
    reader.join(60)
    assert outcome, f"reading {path} blocked"
    assert str(outcome[0]).startswith(f"{path}: không phải tệp thường ({kind}")


def _error_of(function, *args):
    try:
        return function(*args)
    except SourceError as e:
        return e


def test_a_fifo_is_reported_never_read_and_the_other_files_go_on(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SYNTHETIC, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    # A fresh process, so that a read blocking on the FIFO fails the test instead of hanging it.
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "ingest", str(folder), str(tmp_path / "named.txt"), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    for fifo in (folder / "pipe.txt", tmp_path / "named.txt"):
        assert f"bỏ qua: {fifo}: không phải tệp thường (FIFO, ống có tên)" in lines
    assert "Đã lưu 1 bài mới" in result.stdout


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(64 * 2**20)  # sparse: 64 MB that take no disk, and zeros if they were read
    with pytest.raises(SourceError) as e:
        read_article(huge)
    assert str(e.value) == (
        f"{huge}: tệp quá lớn (64,0 MB, giới hạn 5,0 MB); nếu đúng là bài viết, "
        "tăng max_file_mb trong summarizer.toml hoặc biến môi trường SUMMARIZER_MAX_FILE_MB"
    )
    assert Settings.model_fields["max_file_mb"].default == MAX_FILE_MB


def test_the_size_limit_is_a_setting_and_the_other_files_go_on(cli, tmp_path: Path, monkeypatch):
    (tmp_path / "summarizer.toml").write_text("max_file_mb = 0.01\n", encoding="utf-8")  # 10 kB
    small = tmp_path / "small.txt"
    small.write_text(SYNTHETIC, encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(SYNTHETIC.replace("Xem thêm", "") + "\n".join(["Các xã tiếp tục ra quân làm đường giao thông nông thôn."] * 300), encoding="utf-8")
    result = cli("ingest", small, big)
    assert result.exit_code == 0 and "Đã lưu 1 bài mới" in result.stdout
    assert f"bỏ qua: {big}: tệp quá lớn (0,021 MB, giới hạn 0,01 MB); nếu đúng là bài viết, tăng max_file_mb" in result.stderr
    # The environment raises it again.
    monkeypatch.setenv("SUMMARIZER_MAX_FILE_MB", "1")
    assert "Đã lưu 1 bài mới" in cli("ingest", big).stdout


def test_digest_skips_a_file_over_the_configured_limit_and_publishes_the_others(cli, examples: Path, tmp_path: Path):
    (tmp_path / "summarizer.toml").write_text("max_file_mb = 0.05\n", encoding="utf-8")  # 51 kB
    big = examples / "big.txt"
    big.write_text(SYNTHETIC.replace("Xem thêm", "") + "\n".join(f"Xã số {i} đạt {i}% kế hoạch." for i in range(5000)), encoding="utf-8")
    result = cli("digest", examples, "--month", "2023-09", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert f"{big}: tệp quá lớn (0,19 MB, giới hạn 0,05 MB); nếu đúng là bài viết, tăng max_file_mb" in result.stderr
    assert (tmp_path / "out" / "ban-tin-2023-09.md").exists()
