"""The digest's content: merged lines, key figures, common matters first, remarks, continuity, options."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from summarizer import similar
from summarizer.digest import DigestOptions, build_digest
from summarizer.metrics import metrics_of
from summarizer.render import render_markdown
from summarizer.schema import Article, Item, Period, Report, Sector, Unit

from .conftest import EXAMPLES, ROOT

# Synthetic wordings, written for these tests.
DISBURSE = "Đẩy nhanh tiến độ giải ngân vốn đầu tư công"
DISBURSE_2 = "Tiếp tục đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hoàn thành kế hoạch vốn"
REVENUE_TASK = "Tăng cường thu ngân sách nhà nước, chống thất thu"


def _item(text: str, sector: Sector) -> Item:
    return Item(summary=text, evidence=text, sector=sector, metrics=metrics_of(text), grounded=True)


def _report(aid: str, name: str, month: int = 9, kind: str = "month", achievements=(), shortcomings=(), tasks=(),
            province: str = "Thanh Hóa", meeting: date | None = None) -> Report:
    return Report(
        article_id=aid, title=f"Giao ban huyện {name}", unit=Unit(name=name, level="huyện", province=province),
        organ="UBND huyện", meeting_date=meeting or date(2023, month % 12 + 1, 3),
        period=Period(kind=kind, year=2023, month=month),
        achievements=list(achievements), shortcomings=list(shortcomings), next_tasks=list(tasks),
        backend="rules", prompt_version="rules-test",
    )


def _articles(*reports: Report) -> dict[str, Article]:
    return {r.article_id: Article(id=r.article_id, text="x", source=f"{r.article_id}.txt") for r in reports}


def _digest(*reports: Report, previous: tuple[Report, ...] = ()):
    return build_digest(2023, 9, reports, _articles(*reports, *previous), DigestOptions(), previous)


@pytest.mark.parametrize("a, b", [
    (DISBURSE, "Thu ngân sách nhà nước đạt 96% dự toán"),
    (DISBURSE, "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án"),
    ("Chi ngân sách đạt 89% dự toán", "Thu ngân sách đạt 62% dự toán"),
    ("Tổng giá trị sản xuất đạt 3.273 tỷ đồng", "Tổng giá trị sản xuất nông, lâm, ngư nghiệp đạt 273 tỷ đồng"),
    ("Công tác tuyển sinh vào trung học phổ thông hoàn thành", "Kỳ thi tốt nghiệp trung học phổ thông có tỷ lệ đỗ 99%"),
])
def test_different_matters_never_merge(a: str, b: str):
    assert not similar.similar(a, b)


@pytest.mark.parametrize("a, b", [
    (DISBURSE, DISBURSE_2),
    (DISBURSE, "Tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 58% kế hoạch"),
    ("Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững", "An ninh chính trị, trật tự an toàn xã hội ổn định"),
    ("Tăng cường thu ngân sách", "Đôn đốc thu ngân sách theo dự toán"),
    ("Hoàn thiện hồ sơ các xã đạt chuẩn nông thôn mới nâng cao", "Hoàn thiện hồ sơ xã đạt chuẩn nông thôn mới nâng cao năm 2023"),
])
def test_similar_wordings_of_one_matter_merge(a: str, b: str):
    assert similar.similar(a, b)


def test_tasks_several_units_share_are_one_line_naming_them_and_come_first():
    gov = Sector.industry
    digest = _digest(
        _report("a1", "Na Rì", tasks=[_item(DISBURSE, gov), _item(REVENUE_TASK, Sector.budget)]),
        _report("a2", "Ngân Sơn", tasks=[_item(DISBURSE_2, gov)]),
        _report("a3", "Thọ Xuân", tasks=[_item("Tiến độ giải ngân vốn đầu tư công phải nhanh hơn", gov),
                                         _item("Đẩy nhanh tiến độ giải phóng mặt bằng", gov)]),
    )
    tasks = [s for s in digest.sections if s.category == "next_tasks"]
    assert tasks[0].common and tasks[0].heading.startswith("Vấn đề chung")
    (merged,) = tasks[0].lines
    assert merged.label == "Các huyện Na Rì, Ngân Sơn, Thọ Xuân" and merged.sources == [1, 2, 3]
    assert [e.summary for e in merged.entries][1] == DISBURSE_2  # each unit's own words are kept
    rest = [ln.summary for s in tasks[1:] for ln in s.lines]
    assert rest == ["Đẩy nhanh tiến độ giải phóng mặt bằng", REVENUE_TASK]  # different matters stay apart
    md = render_markdown(digest)
    assert "- **Các huyện Na Rì, Ngân Sơn, Thọ Xuân**: " in md and "[1][2][3]" in md
    assert md.index("Vấn đề chung") < md.index("giải phóng mặt bằng")


def test_a_merged_line_with_figures_shows_each_units_own_figures():
    budget = Sector.budget
    digest = _digest(
        _report("a1", "Na Rì", kind="nine_months",
                achievements=[_item("Thu ngân sách nhà nước 9 tháng ước đạt 28,64 tỷ đồng, đạt 71,3% dự toán", budget)]),
        _report("a2", "Ngân Sơn", kind="nine_months",
                achievements=[_item("Thu ngân sách nhà nước lũy kế 9 tháng đạt 113,7 tỷ đồng, đạt 84,6% dự toán", budget)]),
    )
    (line,) = [ln for s in digest.sections for ln in s.lines]
    assert line.summary == "Thu ngân sách nhà nước" and line.sources == [1, 2]
    md = render_markdown(digest)
    assert "  - Huyện Na Rì: Thu ngân sách nhà nước 9 tháng ước đạt 28,64 tỷ đồng, đạt 71,3% dự toán [1]" in md
    assert "  - Huyện Ngân Sơn: Thu ngân sách nhà nước lũy kế 9 tháng đạt 113,7 tỷ đồng" in md
    # provenance: the line's numbered note quotes each unit's words with its source
    assert "- **Các huyện Na Rì, Ngân Sơn**: Thu ngân sách nhà nước [1][2][^1]" in md
    assert ("[^1]: Huyện Na Rì [1]: «Thu ngân sách nhà nước 9 tháng ước đạt 28,64 tỷ đồng, đạt 71,3% dự toán» · "
            "Huyện Ngân Sơn [2]: «Thu ngân sách nhà nước lũy kế 9 tháng") in md
    (revenue,) = digest.key_figures
    assert revenue.comparable and revenue.note is None
    assert [(f.unit, f.value, f.target_pct, f.period) for f in revenue.figures] == [
        ("Huyện Na Rì", 28.64, 71.3, "nine_months"), ("Huyện Ngân Sơn", 113.7, 84.6, "nine_months")]
    (series,) = digest.chart
    assert series.key == "budget_revenue" and [p.value for p in series.points] == [28.64, 113.7]
    assert "2/2 đơn vị báo cáo thu ngân sách nhà nước, 2 đơn vị đạt trên 80% dự toán" not in digest.remarks[0].text
    assert "2/2 đơn vị báo cáo thu ngân sách nhà nước, 1 đơn vị đạt trên 80% dự toán" in digest.remarks[0].text
    assert "| Huyện Ngân Sơn | 113,7 | tỷ đồng | 9 tháng năm 2023 | 84,6% |" in md


def test_figures_of_unlike_periods_are_not_compared_without_saying_so():
    digest = _digest(
        _report("a1", "Na Rì", achievements=[_item("Trong tháng kết nạp 12 đảng viên mới", Sector.governance)]),
        _report("a2", "Ngân Sơn", kind="nine_months",
                achievements=[_item("Từ đầu năm đến nay kết nạp được 87 đảng viên mới, đạt 96,7% kế hoạch", Sector.governance)]),
    )
    (members,) = digest.key_figures
    assert not members.comparable
    assert members.note and "kỳ khác nhau" in members.note and "không so sánh trực tiếp" in members.note
    assert digest.chart == []  # no two units give the same period
    assert members.note in render_markdown(digest)


@pytest.mark.parametrize("text, found", [
    ("Thu ngân sách nhà nước trên địa bàn tháng 9 ước đạt 46,15 tỷ đồng; lũy kế 9 tháng đạt 389,6 tỷ đồng, đạt 96,2% dự toán",
     [("budget_revenue", 46.15, "tháng 9/2023"), ("budget_revenue", 389.6, "9 tháng năm 2023")]),
    ("Lũy kế từ đầu năm, huyện trồng được 1.012,7 ha rừng, đạt 97,4% kế hoạch", [("forest_planting", 1012.7, "lũy kế đến nay")]),
    ("Trong quí I, toàn huyện kết nạp 34 đảng viên mới", [("new_party_members", 34, "quý I/2023")]),
    ("Giải quyết việc làm cho 534 lao động, đạt 89% kế hoạch", [("jobs", 534, "tháng 9/2023")]),  # the report's period
    # the total capital before "giải ngân" is not a disbursement
    ("Huyện thi công 19 công trình, tổng nguồn vốn đầu tư 46,762 tỷ đồng, giải ngân đạt 41,3% kế hoạch", []),
    ("Thành lập mới 12 doanh nghiệp, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,6%",
     [("new_enterprises", 12, "tháng 9/2023"), ("files_on_time", 99.6, "tháng 9/2023")]),
])
def test_key_figures_know_their_indicator_and_period(text: str, found: list):
    from summarizer.indicators import key_figures

    figures = key_figures(_item(text, Sector.other), Period(kind="month", year=2023, month=9))
    assert [(f.indicator.key, f.metric.value, f.period_label) for f in figures] == found


def test_a_line_of_units_some_unknown_names_them_once():
    from summarizer.digest import units_label

    assert units_label(["Thành phố Pleiku", "Chưa rõ huyện", "Chưa rõ huyện"], ["thành phố", "huyện", "huyện"],
                       ["Pleiku", None, None]) == "Thành phố Pleiku, 2 đơn vị chưa rõ tên"
    assert units_label(["Huyện Na Rì", "Thị xã Bỉm Sơn"], ["huyện", "thị xã"], ["Na Rì", "Bỉm Sơn"]) == "Huyện Na Rì, Thị xã Bỉm Sơn"


def test_continuity_notes_tasks_done_and_shortcomings_repeated():
    gov = Sector.industry
    august = _report("p1", "Na Rì", month=8, tasks=[_item(DISBURSE, gov), _item("Tổ chức hội chợ nông sản", Sector.trade)],
                     shortcomings=[_item("Thu tiền sử dụng đất đạt thấp", Sector.budget)])
    other = _report("p2", "Ngân Sơn", month=8, tasks=[_item("Hoàn thành xóa nhà tạm cho hộ nghèo", Sector.society)])
    september = [
        _report("a1", "Na Rì", achievements=[_item("Giải ngân vốn đầu tư công đạt 85% kế hoạch", gov)],
                shortcomings=[_item("Thu tiền sử dụng đất vẫn đạt thấp so với dự toán", Sector.budget)]),
        _report("a2", "Ngân Sơn", achievements=[_item("Giải ngân vốn đầu tư công đạt 70% kế hoạch", gov)]),
    ]
    digest = _digest(*september, previous=(august, other))
    notes = [(n.kind, n.unit, n.source, n.previous.summary) for n in digest.continuity]
    assert notes == [
        ("task_done", "Huyện Na Rì", 1, DISBURSE),
        ("shortcoming_repeated", "Huyện Na Rì", 1, "Thu tiền sử dụng đất đạt thấp"),
    ]
    assert "Đối chiếu với báo cáo tháng trước" in render_markdown(digest)


def test_ungrounded_items_stay_out_with_a_note():
    bad = Item(summary="Thu ngân sách đạt 999 tỷ đồng", evidence="không có", sector=Sector.budget, grounded=False)
    digest = _digest(_report("a1", "Na Rì", achievements=[bad, _item("Sản xuất vụ đông đạt kế hoạch", Sector.agriculture)]))
    assert [ln.summary for s in digest.sections for ln in s.lines] == ["Sản xuất vụ đông đạt kế hoạch"]
    assert digest.key_figures == [] and digest.notes and digest.notes[0].startswith("1 nội dung")


# --- the command ------------------------------------------------------------------------------


def test_digest_options_pick_units_and_print_the_office(cli, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1696500000")
    out = tmp_path / "out"
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", out, "--format", "md,json",
                 "--province", "thanh hoá", "--unit", "Thọ Xuân", "--unit", "huyện Vĩnh Lộc", "--office", "Văn phòng Tỉnh ủy")
    assert result.exit_code == 0, result.output
    md = (out / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    assert md.startswith("**VĂN PHÒNG TỈNH ỦY**\n\n# BẢN TIN TỔNG HỢP HỘI NGHỊ GIAO BAN THÁNG 9/2023")
    assert "Lập lúc 10:00 ngày 05/10/2023 (UTC)" in md and "Báo cáo được trích xuất bằng rules" in md
    assert "**Huyện Thọ Xuân**" in md and "**Huyện Vĩnh Lộc**" in md
    assert "Nông Cống" not in md and "Na Rì" not in md
    assert unicodedata.normalize("NFC", md) == md
    digest = json.loads((out / "ban-tin-2023-09.json").read_text(encoding="utf-8"))
    assert digest["scope"]["generated_at"] == "2023-10-05T10:00:00Z"
    assert digest["scope"]["units"] == ["Thọ Xuân", "huyện Vĩnh Lộc"] and digest["scope"]["report_count"] == 2


def test_the_json_digest_validates_against_its_schema(cli, tmp_path: Path):
    import jsonschema

    assert cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path, "--format", "json").exit_code == 0
    digest = json.loads((tmp_path / "ban-tin-2023-09.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "digest.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(digest, schema)
    assert digest["key_figures"] and digest["chart"] and len(digest["remarks"]) == 3


def test_by_meeting_takes_the_meetings_held_in_the_month(cli, tmp_path: Path):
    result = cli("digest", EXAMPLES, "--month", "2023-10", "--by", "meeting", "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    digest = json.loads((tmp_path / "ban-tin-2023-10.json").read_text(encoding="utf-8"))
    assert digest["scope"]["by"] == "meeting"
    assert all(s["meeting_date"].startswith("2023-10") for s in digest["sources"]) and digest["sources"]


@pytest.mark.parametrize("args, code, line", [
    (("--unit", "Lạng Giang"), 1, "lỗi: không có báo cáo nào có kỳ đánh giá kết thúc trong tháng 9/2023 (đơn vị Lạng Giang)"),
    (("--province", "Cà Mau"), 1, "lỗi: không có báo cáo nào có kỳ đánh giá kết thúc trong tháng 9/2023 (tỉnh Cà Mau)"),
    (("--by", "week"), 2, "lỗi: --by: 'week' không hợp lệ (chọn reviewed hoặc meeting)"),
    (("--generated-at", "hôm qua"), 2, "lỗi: --generated-at: 'hôm qua' không hợp lệ (cần dạng 2023-10-05T08:00)"),
])
def test_nothing_to_publish_or_a_wrong_option_is_one_line_and_no_file(cli, tmp_path: Path, args, code, line):
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out", *args)
    assert result.exit_code == code and line in result.output
    assert not (tmp_path / "out").exists()


def test_a_bad_source_date_epoch_exits_2(cli, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "ngày mai")
    result = cli("digest", EXAMPLES, "--month", "2023-09", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "lỗi: SOURCE_DATE_EPOCH: 'ngày mai' không hợp lệ" in result.output


# --- 'Nhận xét chung' written by a model --------------------------------------------------------


def _two_units() -> tuple[Report, ...]:
    budget = Sector.budget
    return (
        _report("a1", "Na Rì", kind="nine_months",
                achievements=[_item("Thu ngân sách nhà nước 9 tháng ước đạt 28,64 tỷ đồng, đạt 71,3% dự toán", budget)],
                shortcomings=[_item("Thu tiền sử dụng đất đạt thấp", budget)], tasks=[_item(DISBURSE, Sector.industry)]),
        _report("a2", "Ngân Sơn", kind="nine_months",
                achievements=[_item("Thu ngân sách nhà nước lũy kế 9 tháng đạt 113,7 tỷ đồng, đạt 84,6% dự toán", budget)],
                shortcomings=[_item("Thu tiền sử dụng đất còn đạt thấp", budget)], tasks=[_item(DISBURSE_2, Sector.industry)]),
    )


def test_model_remarks_are_checked_against_the_items_reasked_once_then_left_out(fake_llm, llm_settings, db):
    from tests.fake_openai import Reply

    from summarizer.remarks import model_remarks
    from summarizer.store import Store

    grounded = "Các huyện Na Rì, Ngân Sơn đều báo cáo thu ngân sách nhà nước; Ngân Sơn đạt 84,6% dự toán."
    fake_llm.then(
        Reply({"text": grounded}),                                                     # II: kept
        Reply({"text": "Huyện Bạch Thông và Na Rì thu tiền sử dụng đất đạt thấp."}),   # IV: a unit not in the items
        Reply({"text": "Hai huyện thu tiền sử dụng đất đạt thấp, chỉ đạt 40%."}),      #     asked again: a number not in them
        Reply("Nhận xét: chưa có"),                                                    # V: not JSON
        Reply({"text": "Các huyện Na Rì, Ngân Sơn cùng đặt nhiệm vụ đẩy nhanh giải ngân vốn đầu tư công."}),
    )
    reports = _two_units()
    with Store(db) as store:
        digest = model_remarks(_digest(*reports), llm_settings, store, "digest 2023-09")
        calls = store.calls()
    ii, iv, v = digest.remarks
    assert (ii.origin, ii.text) == ("model", grounded)
    assert iv.origin == "deterministic" and iv.text.startswith("2/2 đơn vị nêu 2 hạn chế")
    assert "«Bạch Thông» không có trong các nội dung đã cho" in fake_llm.requests[2]["messages"][-1]["content"]
    assert iv.note and "số 40 không có trong các nội dung đã cho" in iv.note
    assert any(n.startswith("Mục IV. Hạn chế, tồn tại: nhận xét của mô hình bị lược bỏ") for n in digest.notes)
    assert v.origin == "model" and v.text.startswith("Các huyện Na Rì, Ngân Sơn cùng đặt nhiệm vụ")
    assert len(fake_llm.requests) == 5
    assert all(r["response_format"] == {"type": "json_object"} for r in fake_llm.requests)
    assert "<items>" in fake_llm.requests[0]["messages"][-1]["content"]
    assert [c.outcome for c in calls] == ["ok", "ungrounded", "ungrounded", "ungrounded", "ok"]
    assert {c.prompt_version for c in calls} == {"remarks-1"}
    # The accepted answers are cached: the same digest again makes only the calls that failed before.
    with Store(db) as store:
        again = model_remarks(_digest(*reports), llm_settings, store, "digest 2023-09")
    assert [r.origin for r in again.remarks] == ["model", "deterministic", "model"]
    assert len(fake_llm.requests) == 7  # IV asked (and re-asked) again; II and V from the cache


def test_remark_check_finds_unknown_names_and_numbers():
    from summarizer.remarks import remark_problems

    items = "- Các huyện Na Rì, Thọ Xuân: Thu ngân sách nhà nước đạt 96,2% dự toán (9 tháng năm 2023)"
    assert remark_problems("Huyện Na Rì và Thọ Xuân thu ngân sách đạt 96,2% trong 9 tháng năm 2023.", items) == []
    assert remark_problems("Huyện Na Rì đạt 97% dự toán, Mường Tè chưa báo cáo.", items) == [
        "số 97 không có trong các nội dung đã cho", "«Mường Tè» không có trong các nội dung đã cho"]


def test_a_remark_the_server_cannot_take_leaves_the_counted_remark_and_the_digest_is_written(fake_llm, llm_settings, db):
    from tests.fake_openai import Reply, Status

    from summarizer.remarks import model_remarks
    from summarizer.store import Store

    too_long = Status(400, "This model's maximum context length is 2048 tokens. However, your messages resulted in "
                           "5000 tokens.", error_code="context_length_exceeded")
    fake_llm.then(too_long, Reply({"text": "Các huyện Na Rì, Ngân Sơn cùng nêu thu tiền sử dụng đất đạt thấp."}), too_long)
    with Store(db) as store:
        digest = model_remarks(_digest(*_two_units()), llm_settings, store, "digest 2023-09")
    assert [r.origin for r in digest.remarks] == ["deterministic", "model", "deterministic"]
    assert digest.notes[-1].startswith("Mục V. Nhiệm vụ trọng tâm thời gian tới: không có nhận xét của mô hình (")
    assert "cửa sổ ngữ cảnh của mô hình (2048 token)" in digest.notes[-1]
