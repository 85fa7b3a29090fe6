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
