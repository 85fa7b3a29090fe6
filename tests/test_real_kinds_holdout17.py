"""Issue 12, held-out set 17 (district reviews 2020–2025, any organ): kinds of sentence the engine misread
on real articles it was not tuned on, each with a synthetic text of its own."""

from summarizer.text import sentences
from tests.kinds import joined, quotes_by_category


def test_a_sentence_may_open_on_a_count_after_a_full_stop():
    assert sentences("Báo cáo đã được thông qua. 9 tháng qua, huyện trồng 40 ha rừng. Điều 3. 5 xã được khen.") == [
        "Báo cáo đã được thông qua.",
        "9 tháng qua, huyện trồng 40 ha rừng.",
        "Điều 3. 5 xã được khen.",
    ]


def test_what_a_report_of_results_and_tasks_states_after_naming_itself_is_results():
    items = quotes_by_category(
        "Huyện ủy Hòa Sơn đánh giá công tác 6 tháng đầu năm\n"
        "Báo cáo kết quả công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024 của Huyện ủy Hòa Sơn nêu rõ. "
        "6 tháng qua, Ban Thường vụ Huyện ủy đã ban hành 25 văn bản chỉ đạo, công tác xây dựng Đảng được "
        "tăng cường. 6 tháng đầu năm toàn huyện kết nạp 52 đảng viên mới. Thu ngân sách đạt 57% dự toán; "
        "giá trị sản xuất nông nghiệp đạt 49,5% kế hoạch.\n"
    )
    assert items["next_tasks"] == []
    said = joined(items["achievements"])
    assert "25 văn bản" in said and "52 đảng viên mới" in said and "57% dự toán" in said
    assert "nêu rõ." not in said  # the report's name is no result
