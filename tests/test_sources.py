from pathlib import Path

import pytest

from summarizer.sources import SourceError, read_all, read_article

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
    assert "Quang cảnh hội nghị." not in first.text and "Xem thêm" not in first.text


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
