import json
from pathlib import Path

import pytest

from summarizer.extract import extract
from summarizer.sources import make_article, read_article

from .conftest import EXAMPLES, ROOT, SYNTHETIC


@pytest.fixture(scope="module")
def report():
    return extract(make_article(SYNTHETIC, "tan-lac.txt"))


def test_metadata_of_a_synthetic_article(report):
    assert report.unit.model_dump() == {
        "name": "Tân Lạc", "level": "huyện", "province": "Hòa Bình", "province_now": "Phú Thọ", "stated": True
    }
    assert report.organ == "UBND huyện"
    assert report.meeting_date.isoformat() == "2023-10-03"
    assert (report.period.kind, report.period.year, report.period.month) == ("month", 2023, 9)
    assert [(p.name, p.title) for p in report.chairs] == [("Lò Văn Minh", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện")]


def test_items_are_sorted_into_categories_one_matter_each(report):
    summaries = {c: [i.summary for i in getattr(report, c)] for c in ("achievements", "shortcomings", "next_tasks")}
    assert any("lúa mùa" in s for s in summaries["achievements"])
    assert any("tuyển quân" in s for s in summaries["achievements"])
    assert any("an ninh trật tự" in s for s in summaries["achievements"])
    assert any("giải phóng mặt bằng" in s for s in summaries["shortcomings"])
    assert any("sử dụng đất đạt thấp" in s for s in summaries["shortcomings"])
    assert summaries["next_tasks"] == [
        "Các phòng, ban tập trung thu hoạch lúa mùa",
        "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
        "Tăng cường công tác quản lý đất đai",
    ]
    # The meeting's own description is not an achievement.
    assert not any("tổ chức phiên họp" in s for s in summaries["achievements"])


def test_every_item_is_a_verbatim_grounded_quote_with_sector(report):
    text = make_article(SYNTHETIC, "tan-lac.txt").text
    for _, item in report.items():
        assert item.grounded is True
        assert text[item.start : item.end] == item.evidence
    sectors = {i.summary[:20]: i.sector.value for _, i in report.items()}
    assert sectors["Thu ngân sách nhà nư"] == "budget"
    assert sectors["Tăng cường công tác "] == "environment"


def test_metrics_carry_plan_and_percent_kinds(report):
    metrics = [m for _, i in report.items() for m in i.metrics]
    rice = next(m for m in metrics if m.unit == "ha")
    assert (rice.value, rice.plan, rice.target_pct) == (1250.6, 1300, 96.2)
    budget = next(m for m in metrics if m.unit == "tỷ đồng")
    assert (budget.value, budget.change_pct, budget.target_pct) == (46.15, 8.4, None)


def test_a_district_article_that_names_no_district_is_not_given_one_of_its_communes():
    text = SYNTHETIC.replace("UBND huyện Tân Lạc, tỉnh Hòa Bình", "UBND huyện").replace(
        "UBND huyện Tân Lạc họp", "UBND huyện họp"
    ) + "\nHội nghị cũng cho ý kiến về đề án đặt tên đường thị trấn Mãn Đức và xã Quy Hậu.\n"
    report = extract(make_article(text, "x.txt"))
    assert report.unit.name is None and report.unit.level == "huyện"


@pytest.mark.parametrize("gold", sorted((ROOT / "tests" / "data" / "gold_examples").glob("*.json")), ids=lambda p: p.stem)
def test_metadata_of_the_examples_matches_their_annotation(gold: Path):
    expected = json.loads(gold.read_text(encoding="utf-8"))
    report = extract(read_article(EXAMPLES / expected["article"]))
    assert report.unit.name == expected["unit"]["name"]
    assert report.organ == expected["organ"]
    assert report.meeting_date.isoformat() == expected["meeting_date"]
    assert (report.period.kind, report.period.year, report.period.month) == (
        expected["period"]["kind"],
        expected["period"]["year"],
        expected["period"]["month"],
    )


def test_background_and_the_overall_situation_are_not_achievements():
    text = (
        "Đảng ủy xã Mai Châu đánh giá kết quả tháng 9/2025\n"
        "Sáng 2/10, Đảng ủy xã Mai Châu tổ chức hội nghị đánh giá kết quả tháng 9, triển khai nhiệm vụ tháng 10/2025.\n"
        "Xã Mai Châu được thành lập trên cơ sở thị trấn Mai Châu và các xã Tòng Đậu, Nà Phòn. "
        "Tháng 9 là tháng thứ ba xã vận hành bộ máy mới. "
        "Tháng 9, tình hình kinh tế - xã hội trên địa bàn xã tiếp tục ổn định. Toàn xã thu hoạch được 412,5 ha lúa mùa, đạt 98,2% kế hoạch.\n"
    )
    report = extract(make_article(text, "mai-chau.txt"))
    assert [i.summary for i in report.achievements] == ["Toàn xã thu hoạch được 412,5 ha lúa mùa, đạt 98,2% kế hoạch"]
    assert (report.unit.name, report.unit.level, report.unit.province) == ("Mai Châu", "xã", "Phú Thọ")


# --- enumerations: one matter per item, evidence verbatim ------------------------------------

def _report_of(body: str):
    """A small synthetic article: a headline, the meeting, then `body` as its own paragraph."""
    text = (
        "Huyện ủy Văn Chấn đánh giá kết quả tháng 4/2024\n"
        "Sáng 3/5, Huyện ủy Văn Chấn tổ chức hội nghị đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị "
        "tháng 4, triển khai nhiệm vụ trọng tâm tháng 5/2024.\n"
        "Trong tháng 4, toàn huyện trồng được 315,2 ha rừng tập trung, đạt 90,4% kế hoạch.\n"
        f"{body}\n"
    )
    article = make_article(text, "van-chan.txt")
    return article.text, extract(article)


def _assert_verbatim(text, items):
    for item in items:
        assert text[item.start : item.end] == item.evidence


def test_a_like_list_of_shortfalls_is_one_shortcoming_per_matter():
    text, report = _report_of(
        "Một số chỉ tiêu đạt thấp như: thu ngân sách, giải ngân vốn đầu tư công, cấp giấy chứng nhận quyền sử dụng đất."
    )
    assert [i.evidence for i in report.shortcomings] == [
        "thu ngân sách",
        "giải ngân vốn đầu tư công",
        "cấp giấy chứng nhận quyền sử dụng đất.",
    ]
    # The lead says what is wrong with each: a reader of one item alone still sees it.
    assert [i.summary for i in report.shortcomings] == [
        "Một số chỉ tiêu đạt thấp: thu ngân sách",
        "Một số chỉ tiêu đạt thấp: giải ngân vốn đầu tư công",
        "Một số chỉ tiêu đạt thấp: cấp giấy chứng nhận quyền sử dụng đất",
    ]
    _assert_verbatim(text, report.shortcomings)
    assert all(i.grounded for i in report.shortcomings)


def test_fixed_pairs_joined_by_a_comma_stay_in_one_item():
    text, report = _report_of(
        "Huyện tổ chức thành công nhiều hoạt động như: hội thi tuyên truyền viên phòng, chống ma túy, "
        "kiểm tra, giám sát việc thu, chi ngân sách ở các xã, hội nghị sắp xếp, tinh gọn bộ máy các cơ quan."
    )
    assert [i.evidence for i in report.achievements[1:]] == [
        "hội thi tuyên truyền viên phòng, chống ma túy",
        "kiểm tra, giám sát việc thu, chi ngân sách ở các xã",
        "hội nghị sắp xếp, tinh gọn bộ máy các cơ quan.",
    ]
    assert report.achievements[1].summary == (
        "Huyện tổ chức thành công nhiều hoạt động: hội thi tuyên truyền viên phòng, chống ma túy"
    )
    _assert_verbatim(text, report.achievements)


@pytest.mark.parametrize(
    "body, category, summaries",
    [
        # "như" without a colon; a lead that only announces the category is left out of the summaries
        (
            "Tuy nhiên, vẫn còn một số hạn chế như tiến độ xây dựng trường học còn chậm, "
            "tình trạng lấn chiếm hành lang giao thông tái diễn, công tác thu gom rác thải chưa triệt để.",
            "shortcomings",
            [
                "Tiến độ xây dựng trường học còn chậm",
                "Tình trạng lấn chiếm hành lang giao thông tái diễn",
                "Công tác thu gom rác thải chưa triệt để",
            ],
        ),
        # the pieces share the predicate after the last one: one item
        (
            "Tuy nhiên, vẫn còn một số hạn chế như: thu ngân sách, giải ngân vốn đầu tư công, giải phóng mặt bằng còn chậm.",
            "shortcomings",
            ["Thu ngân sách, giải ngân vốn đầu tư công, giải phóng mặt bằng còn chậm"],
        ),
        # a piece that goes on about the one before is not a new matter
        (
            "Tuy nhiên, vẫn còn một số hạn chế như: tiến độ giải phóng mặt bằng các dự án còn chậm, "
            "nhất là dự án đường tránh thị trấn.",
            "shortcomings",
            ["Tiến độ giải phóng mặt bằng các dự án còn chậm, nhất là dự án đường tránh thị trấn"],
        ),
        (
            "Tuy nhiên, vẫn còn một số khó khăn như: mưa lũ làm sạt lở nhiều tuyến đường, thiệt hại ước khoảng 12 tỷ đồng.",
            "shortcomings",
            ["Mưa lũ làm sạt lở nhiều tuyến đường, thiệt hại ước khoảng 12 tỷ đồng"],
        ),
        # tasks read on their own: the lead stays out of their summaries ("chuẩn bị" is no shared predicate)
        (
            "Thời gian tới, huyện tập trung các nhiệm vụ: chăm sóc lúa mùa, phòng trừ sâu bệnh, chuẩn bị sản xuất vụ đông.",
            "next_tasks",
            ["Chăm sóc lúa mùa", "Phòng trừ sâu bệnh", "Chuẩn bị sản xuất vụ đông"],
        ),
        # semicolons already separate the matters: the commas inside a part stay
        (
            "Thời gian tới, huyện tập trung các nhiệm vụ trọng tâm như: chỉ đạo làm đất, chuẩn bị giống cho vụ mùa; "
            "đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
            "next_tasks",
            ["Chỉ đạo làm đất, chuẩn bị giống cho vụ mùa", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công"],
        ),
    ],
    ids=["like-without-colon", "shared-predicate", "elaboration", "consequence", "tasks-after-colon", "semicolons"],
)
def test_an_enumeration_is_split_only_where_its_pieces_are_distinct_matters(body, category, summaries):
    text, report = _report_of(body)
    items = getattr(report, category)
    assert [i.summary for i in items] == summaries
    _assert_verbatim(text, items)


# --- chairpersons ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, chairs",
    [
        (
            "Hội nghị do đồng chí Nông Văn Bình, Bí thư Huyện ủy chủ trì.",
            [("Nông Văn Bình", "Bí thư Huyện ủy")],
        ),
        (
            "Đồng chí Hà Thị Lan, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.",
            [("Hà Thị Lan", "Phó Bí thư Thường trực Huyện ủy")],
        ),
        (
            "Chủ trì hội nghị có đồng chí Lương Văn Tám – Chủ tịch UBND huyện.",
            [("Lương Văn Tám", "Chủ tịch UBND huyện")],
        ),
        (
            "Hội nghị do đồng chí Nông Văn Bình, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Hoàng Thị Mai, "
            "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.",
            [("Nông Văn Bình", "Tỉnh ủy viên, Bí thư Huyện ủy"), ("Hoàng Thị Mai", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện")],
        ),
        (
            "Đồng chí Nông Văn Bình – Bí thư Huyện ủy và đồng chí Hoàng Thị Mai – Chủ tịch UBND huyện đồng chủ trì hội nghị.",
            [("Nông Văn Bình", "Bí thư Huyện ủy"), ("Hoàng Thị Mai", "Chủ tịch UBND huyện")],
        ),
        # a guest named after the chair is not a chair
        (
            "Hội nghị do đồng chí Nông Văn Bình, Bí thư Huyện ủy chủ trì; đồng chí Triệu Văn Lộc, "
            "Phó Chủ tịch UBND tỉnh về dự.",
            [("Nông Văn Bình", "Bí thư Huyện ủy")],
        ),
        (
            "Chủ trì hội nghị có đồng chí Lương Văn Tám – Chủ tịch UBND huyện, cùng dự có đồng chí Triệu Văn Lộc, "
            "Phó Chủ tịch UBND tỉnh.",
            [("Lương Văn Tám", "Chủ tịch UBND huyện")],
        ),
        # a title is not a name
        ("Đồng chí Bí thư Huyện ủy chủ trì hội nghị.", []),
    ],
    ids=["do-chu-tri", "comma-title", "chu-tri-co", "two-with-va", "dong-chu-tri", "guest", "guest-same-clause", "title-only"],
)
def test_chairpersons_are_found_in_their_common_forms(sentence, chairs):
    text = (
        "Huyện ủy Văn Chấn đánh giá kết quả tháng 4/2024\n"
        "Sáng 3/5, Huyện ủy Văn Chấn tổ chức hội nghị đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị "
        f"tháng 4, triển khai nhiệm vụ trọng tâm tháng 5/2024. {sentence}\n"
        "Trong tháng 4, toàn huyện trồng được 315,2 ha rừng tập trung, đạt 90,4% kế hoạch.\n"
    )
    report = extract(make_article(text, "van-chan.txt"))
    assert [(p.name, p.title) for p in report.chairs] == chairs
