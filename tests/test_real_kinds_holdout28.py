"""Issue 12, fresh held-out set 28 (district Front, farmers', veterans', youth unions, labour
federation): kinds of sentence the engine misread on real articles it was not tuned on, each with
synthetic sentences of its own."""

from summarizer.text import find_figures
from tests.kinds import report_of


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
