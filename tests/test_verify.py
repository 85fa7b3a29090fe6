"""The one check after every backend (grounding.verify): what the text supports is kept, whoever
proposed it; only what it does not support is replaced, with a warning; the model is asked again
only for what it can fix. Replayed through the fake endpoint, stored, read back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from summarizer import periods, units
from summarizer.extract import extract
from summarizer.extract import rules
from summarizer.grounding import verify
from summarizer.pipeline import extract_pending
from summarizer.schema import Item, Period, Report, Unit
from summarizer.sources import make_article
from summarizer.store import Store
from tests.fake_openai import Reply, answer, item

# A district of Bà Rịa - Vũng Tàu in 2020, merged away since: the gazetteer does not know it. The
# parser reads "6 tháng năm 2020" as the year and cannot read "8.7".
LONG_DIEN = """Huyện ủy Long Điền sơ kết công tác 6 tháng năm 2020
Ngày 8.7, Huyện ủy Long Điền, tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết công tác 6 tháng năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Hải, Bí thư Huyện ủy chủ trì hội nghị.
Trong 6 tháng đầu năm, toàn huyện đã kết nạp 75 quần chúng ưu tú vào Đảng. Ngành y tế đã tiêm 5185 mũi vắc xin cho người dân trong độ tuổi.
Sản lượng khai thác thủy sản đạt 112 ngàn tấn, đạt 96,31 kế hoạch năm. Huyện đã cấp 17 giấy phép xây dựng và nâng cấp 350m đường giao thông nông thôn.
Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm.
Thời gian tới, huyện tập trung đẩy mạnh cải cách hành chính."""

# A year-end review held in January, its date written "16.1"; figures in spaced and word forms.
TAN_LAC = """UBND huyện Tân Lạc tổng kết công tác năm 2023
Sáng 16.1, UBND huyện Tân Lạc tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2023, triển khai nhiệm vụ tháng 2 năm 2024.
Năm 2023, thu ngân sách trên địa bàn đạt 1 804,9 tỷ đồng, tăng 5,2% so với cùng kỳ. Toàn huyện trồng mới 2,5 triệu cây xanh.
Tuy nhiên, công tác giải phóng mặt bằng còn vướng mắc.
Năm 2024, huyện phấn đấu hoàn thành các chỉ tiêu được giao."""


def metric(indicator: str, value: float, unit: str, text: str, **more) -> dict:
    base = {"plan": None, "target_pct": None, "change_pct": None, "ratio_pct": None}
    return {"indicator": indicator, "value": value, "unit": unit, "text": text} | base | more


RIGHT = {
    "Long Điền": answer(
        unit={"name": "Long Điền", "level": "huyện", "province": "Bà Rịa - Vũng Tàu"},
        organ="Huyện ủy",
        meeting_date="2020-07-08",
        period={"kind": "half", "year": 2020, "month": 6, "quarter": None},
        achievements=[
            item("toàn huyện đã kết nạp 75 quần chúng ưu tú vào Đảng", "Kết nạp 75 đảng viên.", "governance",
                 [metric("Kết nạp đảng viên", 75, "quần chúng", "75 quần chúng")]),
            item("Ngành y tế đã tiêm 5185 mũi vắc xin cho người dân trong độ tuổi", "Tiêm 5185 mũi vắc xin.", "society",
                 [metric("Tiêm vắc xin", 5185, "mũi", "5185 mũi")]),
            item("Sản lượng khai thác thủy sản đạt 112 ngàn tấn, đạt 96,31 kế hoạch năm", "Thủy sản 112 nghìn tấn.", "agriculture",
                 [metric("Sản lượng thủy sản", 112000, "tấn", "112 ngàn tấn", target_pct=96.31)]),
            item("Huyện đã cấp 17 giấy phép xây dựng và nâng cấp 350m đường giao thông nông thôn", "Cấp phép, làm đường.", "industry",
                 [metric("Giấy phép xây dựng", 17, "giấy phép", "17 giấy phép"), metric("Đường nông thôn", 350, "m", "350m")]),
        ],
        shortcomings=[item("tiến độ giải ngân vốn đầu tư công còn chậm", "Giải ngân chậm.", "budget")],
    ),
    "Tân Lạc": answer(
        unit={"name": "Tân Lạc", "level": "huyện", "province": "Hòa Bình"},
        organ="UBND huyện",
        meeting_date="2024-01-16",
        period={"kind": "year", "year": 2023, "month": 12, "quarter": None},
        achievements=[
            item("thu ngân sách trên địa bàn đạt 1 804,9 tỷ đồng, tăng 5,2% so với cùng kỳ", "Thu ngân sách tăng.", "budget",
                 [metric("Thu ngân sách", 1804.9, "tỷ đồng", "1 804,9 tỷ đồng", change_pct=5.2)]),
            item("Toàn huyện trồng mới 2,5 triệu cây xanh", "Trồng 2,5 triệu cây.", "environment",
                 [metric("Trồng cây", 2500000, "cây", "2,5 triệu cây")]),
        ],
    ),
}


def replay(answers: dict):
    """A fake model answering each article with the answer for the district its text names."""
    return lambda body: Reply(next(a for name, a in answers.items() if name in json.dumps(body["messages"], ensure_ascii=False)))


@pytest.fixture
def store(db):
    with Store(db) as s:
        yield s


def test_a_right_answer_is_kept_whole_in_one_call_per_article(llm_settings, store, fake_llm):
    articles = [make_article(LONG_DIEN, "long-dien.txt"), make_article(TAN_LAC, "tan-lac.txt")]
    for a in articles:
        store.add_article(a)
    fake_llm.default = replay(RIGHT)
    result = extract_pending(store, articles, llm_settings)
    assert result.errors == [] and len(fake_llm.requests) == 2  # no re-ask
    stored = {r.unit.name: r for r in store.reports()}
    long_dien, tan_lac = stored["Long Điền"], stored["Tân Lạc"]

    assert (long_dien.unit.level, long_dien.unit.province) == ("huyện", "Bà Rịa - Vũng Tàu")
    assert long_dien.period == Period(kind="half", year=2020, month=6)
    assert long_dien.meeting_date == date(2020, 7, 8)
    assert tan_lac.period == Period(kind="year", year=2023, month=12)
    assert tan_lac.meeting_date == date(2024, 1, 16)
    for report in (long_dien, tan_lac):
        assert report.warnings == []
        assert all(i.grounded for i in report.achievements + report.shortcomings)
    assert [m.value for i in long_dien.achievements for m in i.metrics] == [75, 5185, 112000, 17, 350]
    assert [c.outcome for c in store.calls()] == ["ok", "ok"]


WRONG = RIGHT["Long Điền"] | {
    "unit": {"name": "Xuyên Mộc", "level": "huyện", "province": "Bà Rịa - Vũng Tàu"},  # real, but not this text's
    "meeting_date": "2020-07-20",
    "period": {"kind": "quarter", "year": 2020, "month": 9, "quarter": 3},
    "achievements": [item("toàn huyện đã kết nạp 75 quần chúng ưu tú vào Đảng", "Kết nạp.", "governance",
                          [metric("Kết nạp đảng viên", 57, "quần chúng", "57 quần chúng")])],
}


def test_a_wrong_answer_is_replaced_by_the_parsers_with_warnings_and_only_the_figure_is_asked_again(llm_settings, store, fake_llm):
    article = make_article(LONG_DIEN, "long-dien.txt")
    fake_llm.default = lambda body: Reply(WRONG)
    report = extract(article, "llm", llm_settings, store.add_call)

    # Three tries (max_repairs=2), each repair about the figure alone.
    assert len(fake_llm.requests) == 3
    for request in fake_llm.requests[1:]:
        repair = request["messages"][-1]["content"]
        assert "57" in repair
        assert not any(word in repair for word in ("Xuyên Mộc", "kỳ đánh giá", "ngày họp", "danh mục"))
    # What the text does not support is the parser's, with a warning naming field, proposal, replacement.
    assert report.period == Period(kind="half", year=2020, month=6)
    assert report.meeting_date == date(2020, 7, 8)
    assert report.unit.name == "Long Điền"  # the text's district (merged into Long Đất in 2025, known as of 2020)
    warnings = "\n".join(report.warnings)
    assert "kỳ đánh giá do mô hình đề xuất (quý III/2020) không có trong bài viết; dùng «6 tháng đầu năm 2020»" in warnings
    assert "ngày họp do mô hình đề xuất (20/07/2020) không có trong bài viết; dùng «08/07/2020»" in warnings
    assert "đơn vị do mô hình đề xuất («Huyện Xuyên Mộc») không có trong bài viết" in warnings
    assert report.achievements[0].grounded is False and "57" in warnings


def test_the_rules_report_goes_through_the_same_check(monkeypatch):
    article = make_article(TAN_LAC, "tan-lac.txt")
    made = rules.extract(article)
    # A rules Report with a period the text never writes and a quote off by case: verify fixes both.
    wrong = made.model_copy(update={
        "period": Period(kind="quarter", year=2023, month=6, quarter=2),
        "achievements": [Item(summary="s", evidence="toàn huyện trồng mới 2,5 triệu cây xanh")],
    })
    monkeypatch.setattr(rules, "extract", lambda a: wrong)
    report = extract(article, "rules")
    assert report.period == Period(kind="year", year=2023, month=12)
    assert any("kỳ đánh giá do mô hình đề xuất (quý II/2023)" in w for w in report.warnings)
    (got,) = report.achievements
    assert got.grounded and article.text[got.start : got.end] == "Toàn huyện trồng mới 2,5 triệu cây xanh"


def test_verify_needs_no_backend_to_tell_it_apart():
    article = make_article(LONG_DIEN, "long-dien.txt")
    report = Report(
        article_id=article.id, backend="anything", prompt_version="x",
        unit=Unit(name="Long Điền", level="huyện", province="Bà Rịa - Vũng Tàu"),
        period=Period(kind="half", year=2020, month=6), meeting_date=date(2020, 7, 8),
    )
    checked = verify(report, article)
    assert (checked.unit.name, checked.period, checked.meeting_date, checked.warnings) == (
        "Long Điền", report.period, report.meeting_date, []
    )


@pytest.mark.parametrize("written", ["8/10", "8.10", "8-10", "ngày 8 tháng 10", "08/10/2023", "8/10/2023"])
def test_a_meeting_date_written_in_any_common_form_is_kept(written):
    text = f"UBND huyện Tân Lạc họp thường kỳ tháng 9/2023\nHội nghị diễn ra {written}, đánh giá tình hình tháng 9/2023."
    _, meeting, warnings = periods.check(None, date(2023, 10, 8), text)
    assert (meeting, warnings) == (date(2023, 10, 8), [])


def test_a_meeting_date_in_another_year_than_the_article_is_not_supported():
    text = "UBND huyện Tân Lạc họp thường kỳ tháng 9/2023\nSáng 3/10, hội nghị đánh giá tình hình tháng 9/2023, ngày 8.10."
    _, meeting, warnings = periods.check(None, date(2019, 10, 8), text)
    assert meeting == date(2023, 10, 3) and "ngày họp do mô hình đề xuất (08/10/2019)" in warnings[0]


def test_a_period_written_only_as_the_next_one_to_plan_is_not_supported():
    text = "UBND huyện Tân Lạc họp thường kỳ tháng 9/2023\nHội nghị đánh giá tình hình tháng 9/2023, triển khai nhiệm vụ quý IV/2023."
    period, _, warnings = periods.check(Period(kind="quarter", year=2023, month=12, quarter=4), None, text)
    assert period == Period(kind="month", year=2023, month=9) and "quý IV/2023" in warnings[0]


def test_a_named_district_the_gazetteer_lacks_is_kept_unless_the_text_names_another_province():
    text = "Huyện ủy Long Điền sơ kết 6 tháng năm 2020\nHuyện ủy Long Điền, tỉnh Bà Rịa - Vũng Tàu họp."
    proposed = Unit(name="Long Điền", level="huyện", province="Bà Rịa - Vũng Tàu")
    unit, warnings = units.check_unit(proposed, text, date(2020, 7, 8))
    assert (unit.name, unit.province, unit.stated, warnings) == ("Long Điền", "Bà Rịa - Vũng Tàu", True, [])
    elsewhere = proposed.model_copy(update={"province": "Đồng Nai"})
    unit, warnings = units.check_unit(elsewhere, text, date(2020, 7, 8))
    # The text's own district (known as of 2020 from the table of districts merged away) replaces it.
    assert (unit.name, unit.province) == ("Long Điền", "Bà Rịa - Vũng Tàu") and "Long Điền" in warnings[0]


@pytest.mark.parametrize(
    "proposed",
    [Period(kind="month", year=2023, month=10), Period(kind="half", year=2023, month=6), Period(kind="nine_months", year=2023, month=9)],
)
def test_the_day_and_month_of_a_date_are_not_a_period(proposed):
    text = "UBND huyện Tân Lạc họp thường kỳ\nNgày 6 tháng 10, ngày 9 tháng 10 năm 2023, hội nghị đánh giá tình hình tháng 9/2023."
    period, _, warnings = periods.check(proposed, None, text)
    assert period == Period(kind="month", year=2023, month=9) and "không có trong bài viết" in warnings[0]


@pytest.mark.parametrize(
    "written, proposed",
    [
        ("6 tháng năm 2024", Period(kind="half", year=2024, month=6)),
        ("6 tháng đầu năm 2024", Period(kind="half", year=2024, month=6)),
        ("9 tháng năm 2024", Period(kind="nine_months", year=2024, month=9)),
        ("quý 3/2024", Period(kind="quarter", year=2024, month=9, quarter=3)),
        ("quý III năm 2024", Period(kind="quarter", year=2024, month=9, quarter=3)),
        ("tháng 8/2024", Period(kind="month", year=2024, month=8)),
        ("tháng 8", Period(kind="month", year=2024, month=8)),
    ],
)
def test_a_period_the_text_writes_in_a_review_role_is_kept(written, proposed):
    text = f"Hội nghị năm 2024 của UBND huyện Tân Lạc\nUBND huyện Tân Lạc tổ chức hội nghị đánh giá kết quả {written}."
    period, _, warnings = periods.check(proposed, None, text)
    assert (period, warnings) == (proposed, [])



def test_a_written_date_the_parser_passes_over_for_another_is_kept():
    text = "Huyện ủy Long Điền sơ kết 6 tháng năm 2020\nNgày 10/7, Báo tin: hội nghị sơ kết 6 tháng năm 2020 của Huyện ủy đã diễn ra sáng 8.7."
    assert periods.resolve(text)[1].day == 10  # the parser takes the first date
    _, meeting, warnings = periods.check(None, date(2020, 7, 8), text)
    assert (meeting, warnings) == (date(2020, 7, 8), [])
