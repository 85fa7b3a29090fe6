"""Issue 12, fresh held-out set 28 (district Front, farmers', veterans', youth unions, labour
federation): kinds of sentence the engine misread on real articles it was not tuned on, each with
synthetic sentences of its own."""

from summarizer.text import find_figures
from tests.kinds import joined, quotes_by_category, report_of


def _units(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(text)]


def test_a_classifier_takes_the_association_body_or_group_it_counts():
    assert _units("Hội hiện có 9 cơ sở Hội và 45 tổ hội nghề nghiệp, 7 tổ hội nông dân nghề nghiệp.") == [
        (9, "cơ sở hội"), (45, "tổ hội nghề nghiệp"), (7, "tổ hội nông dân nghề nghiệp"),
    ]
    assert _units("duy trì 21 tổ góp vốn và 8 tổ tiết kiệm và vay vốn") == [(21, "tổ góp vốn"), (8, "tổ tiết kiệm và vay vốn")]
    # … but not a word that only starts like the association: a conference, a member
    assert _units("tổ chức tại 4 cơ sở hội nghị trực tuyến") == [(4, "cơ sở")]
    assert _units("3 tổ dân phố") == [(3, "tổ dân phố")]


def test_days_of_work_sessions_of_a_cell_and_people_counted_by_an_acronym():
    assert _units("đóng góp 1.250 ngày công, tổ chức 86 buổi sinh hoạt thu hút 2.100 lượt ĐVTN") == [
        (1250, "ngày công"), (86, "buổi sinh hoạt"), (2100, "lượt ĐVTN"),
    ]
    assert _units("trong 5 ngày Chủ nhật, 12 lượt người") == [(5, "ngày"), (12, "lượt người")]


def test_the_unions_cells_and_members_are_counted_like_the_partys():
    text = (
        "Năm 2024, Hội Nông dân huyện Sơn Mộc có 63/70 chi Hội đạt vững mạnh, thành lập 3 liên đội mới, "
        "kết nạp 215 đội viên; Liên đoàn Lao động huyện thành lập mới 4 Công đoàn cơ sở; "
        "tổ hợp tác có 35 thành viên.\n"
    )
    figures = {(m.value, m.unit) for _, item in report_of(text, "son-moc.txt").items() for m in item.metrics}
    for figure in ((63, "chi hội"), (3, "liên đội"), (215, "đội viên"), (4, "công đoàn cơ sở"), (35, "thành viên")):
        assert figure in figures, figure


RESULTS = "Năm 2024, Hội Cựu chiến binh huyện Sơn Mộc kết nạp 120 hội viên mới, xây dựng 5 nhà tình nghĩa.\n"


def test_the_tasks_a_meeting_adopted_after_a_sentence_about_its_discussion_are_tasks():
    said = quotes_by_category(
        RESULTS + "Thảo luận tại Hội nghị, các đại biểu đóng góp nhiều ý kiến tâm huyết cho công tác hội năm 2025. "
        "Hội nghị đã nhất trí thông qua phương hướng, nhiệm vụ năm 2025 với các mục tiêu chính, như củng cố tổ chức "
        "hội, giúp nhau làm kinh tế, giữ gìn phẩm chất người lính.\n",
        "son-moc.txt",
    )
    assert "giúp nhau làm kinh tế" in joined(said["next_tasks"])
    assert "giúp nhau làm kinh tế" not in joined(said["achievements"])


def test_a_list_given_for_the_unit_to_carry_out_is_tasks():
    said = quotes_by_category(
        RESULTS + "Phát biểu tại Hội nghị, đồng chí Lê Văn Bình - Phó Chủ tịch Hội tỉnh ghi nhận kết quả đạt được, "
        "đồng thời gợi mở một số nội dung để Hội huyện tiếp tục triển khai thực hiện: vận động hội viên phát triển "
        "kinh tế; tiếp tục tuyên truyền phòng chống dịch bệnh; tuyên truyền việc sắp xếp thôn.\n",
        "son-moc.txt",
    )
    assert "tuyên truyền việc sắp xếp thôn" in joined(said["next_tasks"])
    assert "tuyên truyền việc sắp xếp thôn" not in joined(said["achievements"])


def test_what_was_done_despite_the_difficulties_a_paragraph_opens_on_is_results():
    said = quotes_by_category(
        "Ngày 10/01/2025, Hội Nông dân huyện Sơn Mộc tổ chức hội nghị tổng kết công tác năm 2024.\n"
        "Năm 2024, hoạt động của hội gặp nhiều khó khăn do bão lũ và giá vật tư tăng cao, ảnh hưởng đến đời sống "
        "của hội viên. Song với sự nỗ lực của cán bộ, hội viên, công tác hội tiếp tục phát triển. Hội đã tổ chức "
        "9 lớp tập huấn kỹ thuật cho 450 lượt hội viên.\n",
        "son-moc.txt",
    )
    assert "gặp nhiều khó khăn" in joined(said["shortcomings"])
    assert "9 lớp tập huấn" in joined(said["achievements"])
    assert "9 lớp tập huấn" not in joined(said["shortcomings"])


def test_a_report_after_a_long_frame_naming_the_meeting_and_a_union_s_staff_conference_are_results():
    said = quotes_by_category(
        "Ngày 12-1, tại hội nghị tổng kết hoạt động Công đoàn và phong trào công nhân, viên chức, lao động năm 2024 "
        "và triển khai phương hướng nhiệm vụ công tác trọng tâm năm 2025, Liên đoàn Lao động (LĐLĐ) huyện Sơn Mộc "
        "cho biết, năm 2024, Công đoàn tích cực chăm lo, hỗ trợ cho 950 đoàn viên khó khăn với tổng kinh phí hơn "
        "420 triệu đồng. LĐLĐ huyện chỉ đạo Công đoàn cơ sở giám sát thực hiện dân chủ ở cơ sở, phối hợp tổ chức "
        "hội nghị cán bộ, công chức, viên chức theo quy định; thành lập mới 4 Công đoàn cơ sở.\n",
        "son-moc.txt",
    )
    results = joined(said["achievements"])
    assert "950 đoàn viên" in results
    assert "hội nghị cán bộ, công chức" in results
    assert "tại hội nghị tổng kết" not in results
