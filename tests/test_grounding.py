import pytest

from summarizer.grounding import ground, locate
from summarizer.schema import Item, Metric, Report

TEXT = "Tiêu đề\nTrồng rừng được 603,8ha/600ha, đạt 100,6% kế hoạch. Thu ngân sách đạt thấp."


def _report(*items: Item) -> Report:
    return Report(article_id="x", backend="test", prompt_version="t", achievements=list(items))


def test_a_quote_differing_only_in_case_and_spaces_is_located_and_made_verbatim():
    item = Item(summary="s", evidence="trồng  rừng được 603,8ha/600ha")
    (grounded,) = ground(_report(item), TEXT).achievements
    assert grounded.grounded is True
    assert grounded.evidence == "Trồng rừng được 603,8ha/600ha"
    assert TEXT[grounded.start : grounded.end] == grounded.evidence


def test_a_quote_not_in_the_article_is_flagged():
    report = ground(_report(Item(summary="s", evidence="Trồng rừng vượt kế hoạch 20%")), TEXT)
    assert report.achievements[0].grounded is False
    assert "trích dẫn không có trong bài viết" in report.warnings[0]


def test_a_figure_not_in_its_quote_is_flagged():
    metric = Metric(indicator="Trồng rừng", value=630.8, unit="ha", target_pct=100.6)
    report = ground(_report(Item(summary="s", evidence="Trồng rừng được 603,8ha/600ha, đạt 100,6% kế hoạch", metrics=[metric])), TEXT)
    assert report.achievements[0].grounded is False
    assert "630.8" in report.warnings[0]


def test_locate_prefers_the_hinted_offset():
    text = "an ninh ổn định. an ninh ổn định."
    assert locate("an ninh ổn định.", text, hint=17) == (17, 33)


def _metric_item(evidence: str, **metric) -> Item:
    return Item(summary="s", evidence=evidence, metrics=[Metric(indicator="i", **metric)])


@pytest.mark.parametrize(
    "evidence, metric",
    [
        ("kết nạp 75 quần chúng ưu tú", {"value": 75, "unit": "đảng viên"}),
        ("tiêm 5185 mũi vắc xin", {"value": 5185, "unit": "mũi"}),
        ("cấp 17 giấy phép xây dựng", {"value": 17}),
        ("nâng cấp 350m đường", {"value": 350, "unit": "m"}),
        ("sản lượng đạt 112 ngàn tấn", {"value": 112000, "unit": "tấn"}),
        ("sản lượng đạt 112 nghìn tấn", {"value": 112, "unit": "nghìn tấn"}),
        ("đạt 96,31 kế hoạch", {"value": 96.31, "target_pct": 96.31}),
        ("thu ngân sách 1.804,9 tỷ đồng", {"value": 1804.9}),
        ("thu ngân sách 1 804,9 tỷ đồng", {"value": 1804.9}),
        ("thu ngân sách 1804,9 tỷ đồng", {"value": 1804.9}),
        ("giảm 0,5 điểm, còn 05 hộ", {"value": 5, "change_pct": -0.5}),
        ("tổng vốn hơn 10 ngàn tỷ đồng", {"value": 10000, "unit": "tỷ đồng"}),
        ("trồng 2,5 triệu cây", {"value": 2500000}),
        ("đạt 1.250,6/1.300 ha", {"value": 1250.6, "plan": 1300}),
    ],
)
def test_a_figure_written_in_any_vietnamese_form_is_in_its_quote(evidence, metric):
    text = f"Tiêu đề\nTrong tháng, {evidence}."
    (grounded,) = ground(_report(_metric_item(evidence, **metric)), text).achievements
    assert grounded.grounded is True


def test_a_number_the_quote_does_not_write_is_still_flagged_whatever_its_unit_word():
    text = "Tiêu đề\nTrong tháng, kết nạp 75 quần chúng ưu tú."
    report = ground(_report(_metric_item("kết nạp 75 quần chúng ưu tú", value=57)), text)
    assert report.achievements[0].grounded is False and "57" in report.warnings[0]


def test_the_number_finder_is_one_pass_over_long_runs_of_digits_and_separators():
    from summarizer.grounding import quote_numbers

    # Linear: each of these would be quadratic with a backtracking or per-number rescan.
    for quote in ("1 " * 20000, "1 234" * 20000, "1.2" * 20000, "9" * 40000 + " ngàn" * 3):
        assert quote_numbers(quote)
