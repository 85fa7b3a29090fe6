"""Kinds of real text met in held-out set 31 (commune and ward articles after July 2025), written as
synthetic sentences."""

from tests.kinds import quotes_by_category


def test_a_semicolon_part_naming_another_object_of_the_verb_before_is_one_matter():
    # "tăng cường quản lý trật tự đô thị; trật tự lòng đường, vỉa hè": the last part has no verb of its
    # own; it is what "quản lý" also takes, not a result of its own
    text = (
        "Năm 2025, thu ngân sách của phường đạt 12 tỷ đồng. Phường cũng tập trung quản lý hoạt động bến bãi; "
        "tăng cường công tác quản lý trật tự đô thị; trật tự lòng đường, vỉa hè, chợ tạm."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert "tăng cường công tác quản lý trật tự đô thị; trật tự lòng đường, vỉa hè, chợ tạm." in achievements
    assert "Phường cũng tập trung quản lý hoạt động bến bãi" in achievements
    assert len(achievements) == 3


def test_praise_of_the_effort_put_into_a_named_work_is_a_result():
    # a visitor praises how the commune worked at a named task: the work praised is the period's result,
    # though no figure goes with it
    text = (
        "Sáng 5/9, HĐND xã Tân Lập khai mạc kỳ họp thứ ba.\n\n"
        "Tại kỳ họp, các đại biểu đã thảo luận, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025 và "
        "đề ra nhiệm vụ 6 tháng cuối năm.\n\n"
        "Phát biểu tại kỳ họp, Phó Chủ tịch UBND tỉnh ghi nhận và đánh giá cao sự vào cuộc quyết liệt của cả hệ "
        "thống chính trị xã trong công tác khắc phục thiệt hại do mưa lũ gây ra."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == [
        "sự vào cuộc quyết liệt của cả hệ thống chính trị xã trong công tác khắc phục thiệt hại do mưa lũ gây ra."
    ]


def test_the_meeting_praising_the_delegates_is_still_no_result():
    text = (
        "Sáng 5/9, HĐND xã Tân Lập khai mạc kỳ họp thứ ba.\n\n"
        "Thu ngân sách của xã đạt 12 tỷ đồng, bằng 60% dự toán.\n\n"
        "Chủ tọa kỳ họp đánh giá cao tinh thần trách nhiệm của các đại biểu trong việc thảo luận các nghị quyết."
    )
    assert quotes_by_category(text)["achievements"] == ["Thu ngân sách của xã đạt 12 tỷ đồng, bằng 60% dự toán."]


def test_an_excerpt_cut_after_the_field_its_last_sentence_opens_on_says_nothing():
    # the field ("Trong đảm bảo an ninh, trật tự, …") holds a verb, but the excerpt stops before the sentence
    # says anything of it
    heading = "Phường An Phú tổng kết năm 2025\nThu ngân sách của phường đạt 45 tỷ đồng. "
    cut = quotes_by_category(heading + "Trong đảm bảo an ninh chính trị, trật tự an toàn xã hội, số vụ vi phạm")
    assert cut["achievements"] == ["Thu ngân sách của phường đạt 45 tỷ đồng."]
    said = quotes_by_category(heading + "Trong năm, phường đã xây dựng trường học, nhà văn hóa")
    assert "Trong năm, phường đã xây dựng trường học, nhà văn hóa" in said["achievements"]
