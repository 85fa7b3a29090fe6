import json
import unicodedata

from summarizer.evaluation import Gold, GoldFact, covers, score
from summarizer.schema import Item, Metric, Period, Report, Unit

from .conftest import EXAMPLES, ROOT


def _item(summary: str, evidence: str | None = None, metrics=()) -> Item:
    return Item(summary=summary, evidence=evidence or summary, metrics=list(metrics))


def test_anchor_matching_is_nfc_case_insensitive_and_whitespace_collapsed():
    item = _item("Đẩy nhanh  tiến độ GIẢI NGÂN vốn đầu tư công", "…")
    assert covers(item, GoldFact(anchors=[unicodedata.normalize("NFD", "giải ngân"), "tiến độ"]))
    assert not covers(item, GoldFact(anchors=["giải ngân", "trồng rừng"]))
    # The rule does not fold tone placement: "hoà" is not "hòa".
    assert not covers(_item("văn hoá cơ sở"), GoldFact(anchors=["văn hóa"]))


def test_recall_precision_and_figures_follow_the_gold_rule():
    gold = Gold.model_validate(
        {
            "article": "x.txt",
            "unit": {"name": None, "level": "huyện", "province": None},
            "meeting_date": "2023-10-03",
            "period": {"kind": "month", "year": 2023, "month": 9},
            "achievements": [{"anchors": ["lúa mùa"]}, {"anchors": ["ngân sách"]}, {"anchors": ["OCOP"], "optional": True}],
            "next_tasks": [{"anchors": ["giải ngân"]}],
            "metrics": [{"value": 603.8, "unit": "ha"}, {"value": 600, "unit": "ha"}, {"value": 100.6, "unit": "%"}],
        }
    )
    report = Report(
        article_id="x",
        backend="test",
        prompt_version="t",
        unit=Unit(name="Thọ Xuân", level="huyện"),  # a guess where the gold says unknown: wrong
        meeting_date="2023-10-03",
        period=Period(kind="month", year=2023, month=9),
        achievements=[
            _item("Thu hoạch lúa mùa", metrics=[Metric(indicator="lúa", value=603.8, unit="ha", plan=600, target_pct=100.6)]),
            _item("Có thêm 2 sản phẩm OCOP"),  # covers an optional fact: not wrong
            _item("Hội nghị diễn ra trang trọng", metrics=[Metric(indicator="x", value=5, unit="xã")]),
        ],
        next_tasks=[],
    )
    s = score(report, gold)
    assert (s.unit, s.province, s.period, s.meeting_date) == (False, True, True, True)
    ach = s.categories["achievements"]
    assert (ach.recall, ach.precision) == (0.5, 2 / 3)
    assert s.categories["next_tasks"].recall == 0.0 and s.categories["next_tasks"].precision is None
    assert s.missed["achievements"] == [["ngân sách"]]
    assert (s.figures_found, s.figures_gold, s.figures_real, s.figures_extracted) == (3, 3, 3, 4)


def test_eval_command_scores_the_examples_and_reports_unreadable_articles(cli, tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in (ROOT / "tests" / "data" / "gold_examples").glob("2023-09-*.json"):
        (gold_dir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    broken = json.loads((gold_dir / "2023-09-tho-xuan-ubnd.json").read_text(encoding="utf-8"))
    broken["article"] = "missing.txt"
    (gold_dir / "zz-missing.json").write_text(json.dumps(broken), encoding="utf-8")

    result = cli("eval", "--gold", gold_dir, "--articles", EXAMPLES, "--backend", "rules", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["total"]["articles"] == 6 and data["total"]["errors"] == 1
    assert data["total"]["period"] == 5 and data["total"]["meeting_date"] == 5
    assert data["total"]["categories"]["achievements"]["recall"] > 0.5
    missing = next(a for a in data["articles"] if a["article"] == "missing.txt")
    assert "missing.txt" in missing["error"]

    table = cli("eval", "--gold", gold_dir, "--articles", EXAMPLES)
    assert table.exit_code == 0 and "achievements" in table.stdout and "figures" in table.stdout


def test_eval_without_a_gold_folder_cannot_run(cli, tmp_path):
    result = cli("eval", "--gold", tmp_path / "nope", "--articles", EXAMPLES)
    assert result.exit_code == 1 and "nope: không tìm thấy" in result.stderr


def test_a_unit_name_is_one_name_whatever_its_letter_case():
    gold = Gold.model_validate(
        {
            "article": "x.txt",
            "unit": {"name": "Kbang", "level": "huyện", "province": "Gia Lai"},
            "meeting_date": None,
            "period": {"kind": "month", "year": 2022, "month": 4},
            "achievements": [],
            "metrics": [],
        }
    )
    report = Report(article_id="x", backend="test", prompt_version="t", unit=Unit(name="KBang", level="huyện", province="Gia Lai"))
    assert score(report, gold).unit
    other = Report(article_id="x", backend="test", prompt_version="t", unit=Unit(name="Kông Chro", level="huyện", province="Gia Lai"))
    assert not score(other, gold).unit


def test_a_period_the_text_never_gives_is_right_when_none_is_found_as_a_meeting_date_is():
    gold = Gold.model_validate({"article": "x.txt", "unit": {"name": None}, "meeting_date": None, "period": None})
    none_found = Report(article_id="x", backend="test", prompt_version="t")
    guessed = Report(article_id="x", backend="test", prompt_version="t", period=Period(kind="month", year=2023, month=2))
    assert (score(none_found, gold).period, score(none_found, gold).meeting_date) == (True, True)
    assert not score(guessed, gold).period
    stated = Gold.model_validate({"article": "x.txt", "unit": {"name": None}, "period": {"kind": "month", "year": 2023, "month": 2}})
    assert score(guessed, stated).period and not score(none_found, stated).period


def test_a_figure_in_thousands_is_found_whichever_way_the_gold_writes_it():
    gold = Gold.model_validate(
        {
            "article": "x.txt",
            "unit": {"name": None, "level": "huyện", "province": None},
            "metrics": [{"value": 34000, "unit": "ha"}, {"value": 12, "unit": "ngàn tỷ đồng"}, {"value": 95, "unit": "tấn"}],
        }
    )
    report = Report(
        article_id="x",
        backend="test",
        prompt_version="t",
        unit=Unit(name=None, level="huyện"),
        achievements=[
            _item("Gieo trồng hơn 34 ngàn ha", metrics=[Metric(indicator="gieo trồng", value=34, unit="ngàn ha")]),
            _item("Thu 12.000 tỷ đồng", metrics=[Metric(indicator="thu", value=12000, unit="tỷ đồng")]),
            _item("Sản lượng 95 ngàn tấn", metrics=[Metric(indicator="sản lượng", value=95, unit="ngàn tấn")]),
        ],
    )
    s = score(report, gold)
    # 95 ngàn tấn is 95000 tấn, not the 95 tấn the gold lists
    assert (s.figures_found, s.figures_gold, s.figures_real, s.figures_extracted) == (2, 3, 2, 3)


def test_a_units_short_written_form_is_the_unit():
    gold = Gold.model_validate(
        {
            "article": "x.txt",
            "unit": {"name": None, "level": "huyện", "province": None},
            "metrics": [{"value": 1250000000, "unit": "đồng"}, {"value": 320, "unit": "tr đồng"}, {"value": 4, "unit": "kg"}],
        }
    )
    report = Report(
        article_id="x",
        backend="test",
        prompt_version="t",
        unit=Unit(name=None, level="huyện"),
        achievements=[
            _item("Trao 1.250.000.000đ", metrics=[Metric(indicator="trao", value=1250000000, unit="đ")]),
            _item("Hỗ trợ 320 triệu đồng", metrics=[Metric(indicator="hỗ trợ", value=320, unit="triệu đồng")]),
            _item("Thu 4 tấn", metrics=[Metric(indicator="thu", value=4, unit="tấn")]),
        ],
    )
    s = score(report, gold)
    # "đ" is đồng and "tr đồng" triệu đồng; 4 tấn is not the gold's 4 kg
    assert (s.figures_found, s.figures_real) == (2, 2)
