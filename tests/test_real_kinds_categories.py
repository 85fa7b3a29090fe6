"""Issue 12, kind 3: an item's category; difficulties conceded, hardship helped, shortfalls (synthetic sentences)."""

import pytest

from tests.kinds import (
    HOA_BINH_WARD_SESSION_OPENING,
    TAN_LAP_POLICE_HEARING_OPENING,
    hoa_son_july_meeting_quotes,
    joined,
    quotes,
    quotes_by_category,
    report_of,
    son_ha_may_meeting_quotes,
    song_may_midyear_review_quotes,
    song_may_party_year_end_quotes,
    tan_phong_year_end_quotes,
)


HEAD = (
    "Đảng ủy xã Tân Mỹ đánh giá kết quả tháng 10/2025\n"
    "Sáng 3/11, Đảng ủy xã Tân Mỹ tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 10, "
    "triển khai nhiệm vụ tháng 11/2025.\n"
)


def _items(body: str, head: str = HEAD) -> dict[str, list[str]]:
    return quotes_by_category(head + body, "tan-my.txt")


def _one(items: list[str], words: str) -> str:
    found = [i for i in items if words in i]
    assert len(found) == 1, (words, items)
    return found[0]


def test_a_conceded_difficulty_is_a_shortcoming_and_what_follows_stays_a_result():
    items = _items(
        "Trong tháng 10, mặc dù gặp nhiều khó khăn do mưa lũ kéo dài, nhưng toàn xã đã thu hoạch 420 ha lúa mùa, "
        "đạt 97% kế hoạch. Thu ngân sách trên địa bàn đạt 1,3 tỷ đồng, bằng 81% dự toán.\n"
    )
    assert "gặp nhiều khó khăn do mưa lũ kéo dài" in _one(items["shortcomings"], "khó khăn")
    assert "thu hoạch 420 ha lúa mùa" not in " ".join(items["shortcomings"])
    _one(items["achievements"], "420 ha lúa mùa")
    _one(items["achievements"], "Thu ngân sách")  # the paragraph is not turned into shortcomings


def test_a_difficulty_before_tuy_nhien_is_conceded_and_the_results_after_it_are_results():
    items = _items(
        "Do ảnh hưởng của bão số 5, sản xuất nông nghiệp của xã gặp nhiều khó khăn, tuy nhiên xã đã khôi phục "
        "35 ha hoa màu bị ngập. Công tác chuyển đổi số được đẩy mạnh, 100% hồ sơ được xử lý trực tuyến.\n"
    )
    _one(items["shortcomings"], "gặp nhiều khó khăn")
    _one(items["achievements"], "35 ha hoa màu")
    _one(items["achievements"], "chuyển đổi số")


def test_a_difficulty_overcome_does_not_turn_results_into_shortcomings():
    items = _items(
        "Các thôn đã khắc phục khó khăn, hoàn thành 12 km đường giao thông nông thôn. "
        "Toàn xã có 96% hộ gia đình đạt danh hiệu gia đình văn hóa.\n"
    )
    assert items["shortcomings"] == []
    _one(items["achievements"], "12 km")


def test_a_request_after_praise_is_a_task():
    items = _items(
        "Kết quả tháng 10: toàn xã tiêm phòng cho 1.250 con gia súc.\n"
        "Đồng chí Bí thư Đảng ủy xã đánh giá cao sự nỗ lực của các ban, ngành, đồng thời yêu cầu các thôn "
        "đẩy nhanh tiến độ thu hoạch lúa mùa và làm đất gieo trồng cây vụ đông.\n"
    )
    task = _one(items["next_tasks"], "thu hoạch lúa mùa")
    assert task.startswith("yêu cầu các thôn")
    assert not any("thu hoạch lúa mùa" in i for i in items["achievements"])


def test_a_request_built_on_results_is_a_task_not_a_result():
    items = _items(
        "Phát biểu chỉ đạo hội nghị, đồng chí Chủ tịch UBND xã đề nghị trên cơ sở các kết quả đã đạt được, "
        "các ngành cần tập trung hoàn thành kế hoạch thu ngân sách năm 2025.\n"
    )
    _one(items["next_tasks"], "kế hoạch thu ngân sách")
    assert items["achievements"] == []


def test_a_plan_in_the_future_is_a_task_not_a_result():
    items = _items(
        "Trong tháng 10, xã đã cấp 86 thẻ bảo hiểm y tế cho người cao tuổi. "
        "Ngày hội đại đoàn kết toàn dân tộc của xã sẽ diễn ra tại thôn Bản Lầu vào ngày 15/11. "
        "Cầu treo thôn Nà Khoang dự kiến hoàn thành trong tháng 12.\n"
    )
    _one(items["achievements"], "86 thẻ bảo hiểm y tế")
    _one(items["next_tasks"], "sẽ diễn ra")
    _one(items["next_tasks"], "dự kiến hoàn thành")
    # what a result will bring is no plan
    items = _items("Xã đã hoàn thành 4 km đường bê tông, công trình này sẽ tạo thuận lợi cho việc đi lại của Nhân dân.\n")
    assert items["next_tasks"] == []
    items = _items("Mô hình trồng bưởi theo tiêu chuẩn VietGAP sẽ giúp nâng thu nhập cho 40 hộ dân.\n")
    assert items["next_tasks"] == []


def test_a_list_of_shortcomings_that_stresses_some_of_them_stays_shortcomings():
    items = _items(
        "Tuy nhiên, bên cạnh những kết quả đạt được, vẫn còn một số hạn chế, trong đó nổi bật như sau:\n"
        "Tình hình dịch bệnh trên đàn gia súc vẫn xảy ra ở một số thôn.\n"
        "Việc thu hồi nợ thuế đất ở được thực hiện rất ít.\n"
    )
    _one(items["shortcomings"], "dịch bệnh trên đàn gia súc")
    _one(items["shortcomings"], "nợ thuế đất ở")
    assert items["achievements"] == []


def test_a_paragraph_about_the_next_year_plans_ahead():
    head = (
        "Đảng bộ huyện Yên Lập tổng kết năm 2023\n"
        "Ngày 20/12, Ban Chấp hành Đảng bộ huyện Yên Lập tổ chức hội nghị tổng kết công tác năm 2023.\n"
    )
    items = _items(
        "Năm 2023, toàn huyện trồng mới 1.120 ha rừng sản xuất, vượt 12% kế hoạch.\n"
        "Năm 2024, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao và giảm 2% tỷ lệ hộ nghèo.\n",
        head,
    )
    _one(items["achievements"], "1.120 ha rừng")
    _one(items["next_tasks"], "nông thôn mới nâng cao")


def test_results_after_a_speech_stay_results():
    items = _items(
        "Phát biểu khai mạc hội nghị, đồng chí Bí thư Đảng ủy xã nhấn mạnh: Trong tháng 10, toàn xã đã hoàn thành "
        "9/12 chỉ tiêu của tháng.\n"
        "Đồng chí Chủ tịch UBND xã phát biểu tại hội nghị.\n"
        "Cụ thể, thu ngân sách đạt 2,1 tỷ đồng; an ninh chính trị, trật tự an toàn xã hội được giữ vững.\n"
    )
    _one(items["achievements"], "9/12 chỉ tiêu")
    _one(items["achievements"], "2,1 tỷ đồng")
    assert items["next_tasks"] == []


def test_a_new_setting_conceded_by_tuy_nhien_does_not_turn_results_into_shortcomings():
    items = _items(
        "Tháng 10 là tháng thứ tư vận hành chính quyền địa phương hai cấp, tuy nhiên với tinh thần chủ động, "
        "Đảng ủy xã đã lãnh đạo hoàn thành 100% hồ sơ chuyển đổi.\n"
        "Toàn xã cấp 140 căn cước cho người dân.\n"
    )
    assert items["shortcomings"] == []
    _one(items["achievements"], "140 căn cước")


def test_difficulties_faced_set_the_scene_for_results():
    items = _items(
        "Theo đánh giá tại hội nghị, trước nhiều khó khăn, thách thức, với tinh thần đoàn kết, Đảng ủy xã đã tập "
        "trung lãnh đạo các nhiệm vụ chính trị và đạt nhiều kết quả quan trọng.\n"
        "Cụ thể, toàn xã có 18/21 chỉ tiêu đạt và vượt kế hoạch.\n"
    )
    assert items["shortcomings"] == []
    _one(items["achievements"], "18/21 chỉ tiêu")


def test_an_opening_that_names_the_next_tasks_does_not_make_the_results_tasks():
    head = (
        "Đảng ủy phường An Lạc tổng kết năm 2025\n"
        "Ngày 18/12, Ban Thường vụ Đảng ủy phường An Lạc tổ chức đánh giá kết quả thực hiện nhiệm vụ năm 2025 và "
        "xác định phương hướng, nhiệm vụ năm 2026.\n"
    )
    items = _items(
        "Đảng bộ phường đã kết nạp 14 đảng viên mới, nâng tổng số đảng viên lên 690 đồng chí.\n"
        "Công tác cải cách hành chính được đẩy mạnh, 95% hồ sơ được giải quyết trước hạn.\n",
        head,
    )
    _one(items["achievements"], "14 đảng viên mới")
    _one(items["achievements"], "95% hồ sơ")
    assert items["next_tasks"] == []


def test_a_lead_that_counts_the_shortfalls_is_a_shortcoming_itself():
    items = _items(
        "Bên cạnh những kết quả đạt được, hội nghị chỉ ra những hạn chế, trong đó còn 3/14 chỉ tiêu chưa đạt kế "
        "hoạch, gồm: thu ngân sách, giải ngân vốn đầu tư công, tỷ lệ hộ nghèo.\n"
    )
    _one(items["shortcomings"], "3/14 chỉ tiêu")
    # a lead that names only the period announces the list, it is no item
    items = _items(
        "Bên cạnh những kết quả đạt được, việc thực hiện nhiệm vụ 10 tháng năm 2025 còn một số hạn chế, gồm: "
        "thu ngân sách, giải ngân vốn đầu tư công.\n"
    )
    assert not any("10 tháng" in i for i in items["shortcomings"])


def test_a_paragraph_that_looks_back_reports_work_done_in_plan_words():
    items = _items(
        "Thời gian qua, Thường trực HĐND xã đã bám sát chương trình công tác, triển khai nhiệm vụ với tinh thần "
        "trách nhiệm cao. Thường trực HĐND xã đã giám sát việc giải quyết 23 kiến nghị của cử tri.\n"
    )
    _one(items["achievements"], "23 kiến nghị")
    assert items["next_tasks"] == []


def test_a_meeting_still_to_be_held_is_a_task():
    items = _items(
        "Kết luận hội nghị, đồng chí Chủ tịch UBND xã yêu cầu các ngành tập trung thu hoạch lúa mùa. "
        "Tổ chức hội nghị nghe các thôn báo cáo kết quả thu thuế đất phi nông nghiệp; tham dự kỳ họp thứ ba "
        "HĐND xã. Hội nghị đã thông qua báo cáo kết quả giám sát của HĐND xã.\n"
    )
    _one(items["next_tasks"], "thu thuế đất phi nông nghiệp")
    _one(items["next_tasks"], "kỳ họp thứ ba")
    assert not any("đã thông qua" in i for c in items.values() for i in c)


def test_what_must_be_done_is_a_task_inside_results():
    items = _items(
        "Trong tháng 10, toàn xã trồng mới 25 ha rừng sản xuất. Để hoàn thành kế hoạch năm 2025, xã cần tập "
        "trung đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất.\n"
    )
    _one(items["achievements"], "25 ha rừng")
    _one(items["next_tasks"], "giấy chứng nhận quyền sử dụng đất")


def test_a_concession_whose_main_clause_falls_short_is_one_shortcoming():
    items = _items(
        "Toàn xã thu hoạch 380 ha lúa mùa. Mặc dù gặp nhiều khó khăn do mưa bão, nhưng tiến độ làm đất vụ đông "
        "vẫn còn chậm.\n"
    )
    assert len(items["shortcomings"]) == 1 and "vẫn còn chậm" in items["shortcomings"][0]


def test_a_topic_word_before_tuy_nhien_is_no_difficulty_conceded():
    items = _items(
        "Tình hình dịch bệnh trên đàn gia súc được kiểm soát, tuy nhiên công tác tiêm phòng đợt 2 còn chậm.\n"
    )
    # (the result, then what fell short of it: one of each, since sets 70-71; the disease is no hardship conceded)
    assert items["shortcomings"] == ["tuy nhiên công tác tiêm phòng đợt 2 còn chậm."]
    assert "được kiểm soát" in joined(items["achievements"])


def test_a_result_reached_in_hard_times_is_a_result():
    items = _items(
        "Phát biểu khai mạc hội nghị, đồng chí Bí thư Đảng ủy xã nhấn mạnh: Năm 2025, trong bối cảnh còn nhiều "
        "khó khăn, Đảng bộ xã đã lãnh đạo hoàn thành 15/17 chỉ tiêu nghị quyết.\n"
    )
    _one(items["achievements"], "15/17 chỉ tiêu")
    assert items["shortcomings"] == []


def test_besides_the_results_achieved_announces_shortcomings():
    items = _items(
        "Bên cạnh kết quả đạt được, còn 2/17 chỉ tiêu chưa đạt, gồm: tỷ lệ hộ dùng nước sạch, thu nhập bình quân "
        "đầu người.\n"
    )
    _one(items["shortcomings"], "2/17 chỉ tiêu")
    _one(items["shortcomings"], "nước sạch")
    assert items["achievements"] == []


def test_difficulties_without_the_classic_words_are_shortcomings():
    items = _items(
        "Trong tháng 10, toàn xã cấp 210 giấy chứng nhận quyền sử dụng đất. Một số hộ nuôi trồng thủy sản gặp khó "
        "khăn về đầu ra sản phẩm. Thôn Bản Chang chưa có nhà văn hóa. Các đại biểu phản ánh tình trạng xe quá tải "
        "làm hư hỏng đường liên thôn.\n"
        "Những vấn đề cần tháo gỡ như: nguồn vốn đối ứng, mặt bằng xây dựng trường mầm non.\n"
    )
    _one(items["achievements"], "210 giấy chứng nhận")
    for words in ("đầu ra sản phẩm", "nhà văn hóa", "xe quá tải", "nguồn vốn đối ứng", "trường mầm non"):
        _one(items["shortcomings"], words)


def test_good_news_and_conceded_difficulties_are_no_shortfall():
    items = _items(
        "Trên địa bàn xã chưa có trường hợp mắc sốt xuất huyết. Năm 2025, mặc dù gặp nhiều khó khăn, nhưng Đảng bộ xã "
        "đạt nhiều kết quả nổi bật: có 14/16 chỉ tiêu đạt và vượt kế hoạch.\n"
    )
    _one(items["achievements"], "sốt xuất huyết")
    _one(items["achievements"], "14/16 chỉ tiêu")


# --- a difficulty conceded, and what follows "tuy nhiên" ------------------------------------------

# (set 9)
def test_however_with_the_means_of_success_turns_back_to_results():
    items = quotes_by_category(
        "Xã Hòa Bình tổng kết năm 2025\n"
        "Chiều 18/12, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết năm 2025.\n"
        "Năm 2025 là năm đầu xã vận hành bộ máy mới, gặp không ít khó khăn, thách thức.\n"
        "Tuy nhiên, nhờ sự đoàn kết của cả hệ thống chính trị, Đảng bộ xã đã lãnh đạo hoàn thành các nhiệm vụ "
        "và đạt nhiều kết quả quan trọng.\n"
        "Xã có 18/20 chỉ tiêu đạt và vượt kế hoạch. Kinh tế tiếp tục phát triển; tốc độ gia tăng giá trị sản "
        "xuất đạt 9,8%.\n",
        "hoa-binh.txt",
    )
    achieved = joined(items["achievements"])
    assert "18/20" in achieved and "9,8%" in achieved and "đạt nhiều kết quả" in achieved
    assert not any("18/20" in q or "9,8%" in q or "Tuy nhiên" in q for q in items["shortcomings"])


# (set 9)
def test_however_without_the_means_of_success_still_opens_a_shortcoming():
    items = quotes_by_category(
        "Xã Hòa Bình sơ kết quý III\n"
        "Chiều 2/10, UBND xã Hòa Bình tổ chức hội nghị sơ kết quý III năm 2025.\n"
        "Trong quý, thu ngân sách ước đạt 4,1 tỷ đồng.\n"
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 38% kế hoạch.\n",
        "hoa-binh.txt",
    )
    assert "38%" in joined(items["shortcomings"])


# (set 11)
def test_results_after_a_context_with_many_difficulties_are_results():
    items = song_may_party_year_end_quotes(
        "Cả năm, huyện thực hiện các chỉ tiêu trong bối cảnh có nhiều khó khăn do mưa lũ kéo dài ở các xã vùng cao, giá "
        "vật tư nông nghiệp tăng mạnh, song các cấp ủy đã tập trung chỉ đạo quyết liệt. Nhờ đó, kinh tế của huyện "
        "tiếp tục tăng trưởng khá; "
        "quốc phòng, an ninh được giữ vững.\n"
    )
    said = joined(items["achievements"])
    assert "tăng trưởng khá" in said and "an ninh được giữ vững" in said
    assert "tăng trưởng khá" not in joined(items["shortcomings"])


# (set 28)
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


# (sets 38-39)
def test_a_chair_who_finds_results_good_but_problems_left_hints_a_shortcoming_not_a_task():
    got = quotes_by_category(
        "UBND huyện Sơn Hà họp thường kỳ tháng 7/2023\n"
        "Trong tháng 7/2023, thu ngân sách huyện đạt 41 tỷ đồng.\n"
        "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện cho rằng, kết quả đạt được là đáng ghi nhận, nhưng có "
        "những vấn đề cần được tiếp tục xem xét kỹ. Yêu cầu các phòng, ban đẩy nhanh tiến độ giải ngân vốn đầu tư công."
    )
    assert "những vấn đề cần được tiếp tục xem xét kỹ" in joined(got["shortcomings"])
    assert "vấn đề" not in joined(got["next_tasks"])
    assert "giải ngân vốn đầu tư công" in joined(got["next_tasks"])


# (sets 40-41)
def test_a_hardship_told_after_however_is_a_shortcoming_and_a_cut_concession_says_nothing():
    text = (
        "Chiều 27/4, UBND huyện Lâm Hà tổ chức hội nghị đánh giá tình hình kinh tế - xã hội tháng 4/2020.\n"
        "Trong tháng 4/2020, công tác phòng chống dịch được chỉ đạo quyết liệt. Tuy nhiên, dịch bệnh đã ảnh hưởng "
        "đến hoạt động sản xuất, kinh doanh của địa phương. Thu ngân sách lũy kế đạt 140 tỷ đồng.\n"
        "Bên cạnh những khó khăn do ảnh hưởng của dịch bệnh, ngành chăn nuôi gia"
    )
    got = quotes_by_category(text)
    assert "ảnh hưởng đến hoạt động sản xuất" in joined(got["shortcomings"])
    assert "ảnh hưởng đến hoạt động sản xuất" not in joined(got["achievements"])
    assert "ngành chăn nuôi" not in joined(got["shortcomings"] + got["achievements"])
    # a contrast that turns back to results stays a result
    text2 = text.replace("Tuy nhiên, dịch bệnh đã ảnh hưởng", "Tuy nhiên, với sự vào cuộc của các ngành, dịch bệnh không ảnh hưởng")
    assert "không ảnh hưởng" in joined(quotes_by_category(text2)["achievements"])


# --- hardship helped and harms curbed are no shortcomings -----------------------------------------

# (set 10)
def test_households_in_hardship_who_were_helped_are_no_shortcoming():
    items = tan_phong_year_end_quotes(
        "Vận động xây dựng 40 căn nhà đại đoàn kết cho hộ khó khăn, tổng kinh phí 2,4 tỷ đồng; trao 300 suất quà "
        "cho hộ nghèo, cận nghèo, khó khăn, trị giá 150 triệu đồng.\n"
        "Nhiều hộ dân còn gặp khó khăn do giá nông sản giảm mạnh.\n"
    )
    achieved = joined(items["achievements"])
    assert "40 căn nhà" in achieved and "300 suất quà" in achieved
    assert joined(items["shortcomings"]) == "Nhiều hộ dân còn gặp khó khăn do giá nông sản giảm mạnh."


# (set 13)
def test_people_in_hardship_that_a_measure_helps_are_no_shortcoming():
    items = song_may_midyear_review_quotes(
        "Công tác an sinh xã hội được quan tâm, toàn huyện đã hỗ trợ cho hơn 3.500 trường hợp gặp khó khăn do "
        "mưa lũ với số tiền trên 4,2 tỷ đồng.\n"
    )
    assert "3.500 trường hợp" in joined(items["achievements"])
    assert items["shortcomings"] == []


# (set 16)
def test_curbing_a_harm_is_a_deed_not_a_shortcoming_and_the_results_after_it_stay_results():
    items = quotes_by_category(
        "Đảng ủy phường Hòa Bình Mới họp Ban Chấp hành\n"
        "Ngày 29/9/2025, Ban Chấp hành Đảng bộ phường Hòa Bình Mới tổ chức hội nghị đánh giá kết quả 9 tháng "
        "đầu năm 2025.\n"
        "Phường siết chặt quản lý đất đai, kiểm tra 84 công trình, hạn chế tình trạng lấn chiếm vỉa hè.\n"
        "Bộ phận một cửa của phường đã tiếp nhận 5.200 hồ sơ, giải quyết đúng hạn 100%.\n"
    )
    assert items["shortcomings"] == []
    said = joined(items["achievements"])
    assert "84 công trình" in said and "5.200 hồ sơ" in said


# (set 24)
def test_a_harm_that_no_longer_happens_is_no_shortcoming():
    got = quotes_by_category(
        "Chiều 5/2/2026, UBND xã Bình Lâm tổ chức họp thường kỳ tháng 01/2026.\n"
        "Trong tháng, xã ra quân giải tỏa các điểm họp chợ tự phát, tình trạng lấn chiếm lòng đường không còn xảy ra.\n",
        "binh-lam-ubnd.txt",
    )
    assert got["shortcomings"] == []
    assert "không còn xảy ra" in joined(got["achievements"])


# (set 26)
def test_the_hardship_of_the_people_a_gift_went_to_is_no_shortcoming():
    # "cho <people> khó khăn", "trao cho … hộ dân gặp khó khăn do lũ", "hỗ trợ người dân gặp khó khăn":
    # the hardship is who was helped; the gifts are the union's results.
    got = quotes_by_category(
        "Hội Liên hiệp Phụ nữ huyện Kim Sơn sơ kết 6 tháng đầu năm 2024\n"
        "Chiều 20/6/2024, Hội Liên hiệp Phụ nữ huyện Kim Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n"
        "Trao tặng 1250 phần quà cho hội viên phụ nữ khó khăn, ốm đau, trị giá 400 triệu đồng. Nhận đỡ đầu "
        "cho 06 cháu mồ côi. Trao 30 suất học bổng cho học sinh nghèo vượt khó.\n"
        "Hội tiếp nhận hàng cứu trợ và trao trực tiếp cho hơn 2.300 hộ dân gặp khó khăn do bão lụt, trị giá "
        "gần 900 triệu đồng.\n",
        "kim-son.txt",
    )
    assert got["shortcomings"] == []
    achieved = joined(got["achievements"])
    for matter in ("1250 phần quà", "06 cháu mồ côi", "30 suất học bổng", "2.300 hộ dân"):
        assert matter in achieved, matter


# (set 26)
def test_a_difficulty_after_the_help_given_still_falls_short():
    got = quotes_by_category(
        "UBND huyện Kim Sơn họp thường kỳ tháng 5\n"
        "Chiều 28/5/2024, UBND huyện Kim Sơn họp thường kỳ tháng 5/2024.\n"
        "Huyện đã hỗ trợ vốn cho các hợp tác xã nhưng nhiều hộ dân vẫn gặp khó khăn trong tiêu thụ sản phẩm.\n",
        "kim-son-5.txt",
    )
    assert "vẫn gặp khó khăn trong tiêu thụ" in joined(got["shortcomings"])


# (set 27)
def test_a_disasters_toll_is_a_shortcoming_and_help_to_those_hit_a_result():
    got = quotes_by_category(
        "Đảng ủy xã Ea Hơ làm việc về kết quả 6 tháng\n"
        "Sáng 9-12, Ban Thường vụ Đảng ủy xã Ea Hơ họp đánh giá tình hình hoạt động từ ngày 1-7-2025 đến nay.\n\n"
        "Theo báo cáo, xã đã hoàn thành các chỉ tiêu do tỉnh giao. Công tác quản lý đất đai được thực hiện đúng quy định.\n\n"
        "Theo báo cáo của UBND xã, các đợt mưa lũ diễn ra trong tháng 10 đã gây thiệt hại hơn 6,5 tỷ đồng.\n\n"
        "Xã đã hỗ trợ 40 hộ bị thiệt hại do mưa lũ khắc phục thiệt hại, ổn định cuộc sống.\n",
        "ea-ho.txt",
    )
    assert "gây thiệt hại hơn 6,5 tỷ đồng" in joined(got["shortcomings"])
    achieved = joined(got["achievements"])
    assert "gây thiệt hại" not in achieved
    assert "hỗ trợ 40 hộ" in achieved


# (set 30)
def test_help_for_firms_in_hardship_is_help_given_not_a_shortcoming():
    items = quotes_by_category(
        "UBND quận Hòa Bình họp phiên thường kỳ tháng 9\n"
        "Ngày 28/9/2022, UBND quận Hòa Bình tổ chức phiên họp thường kỳ tháng 9 năm 2022.\n"
        "Chủ tịch UBND quận đánh giá cao việc triển khai kịp thời các chính sách hỗ trợ người dân và doanh nghiệp "
        "gặp khó khăn do ảnh hưởng của dịch bệnh, góp phần phục hồi kinh tế trên địa bàn.\n"
        "Thu ngân sách 9 tháng đạt 1.250 tỷ đồng, bằng 82% dự toán.\n",
        "hoa-binh.txt",
    )
    assert not items.get("shortcomings")


# --- what happened or fell short ------------------------------------------------------------------

# (set 2)
def test_incidents_counted_are_shortcomings_and_none_let_happen_is_a_result():
    report = report_of(
        "Tình hình an ninh trật tự trên địa bàn phường trong tháng đã xảy ra 3 vụ trộm cắp tài sản.\n"
        "Công tác phòng cháy được tăng cường, không để xảy ra 1 vụ cháy nào trong mùa khô.\n"
    )
    assert any("3 vụ trộm cắp" in q for q in quotes(report.shortcomings))
    assert any("phòng cháy" in q for q in quotes(report.achievements))


# (set 7)
def test_an_outbreak_that_occurred_is_a_shortcoming_and_none_occurring_is_a_result():
    items = hoa_son_july_meeting_quotes(
        "Thu ngân sách đạt 12 tỷ đồng. Trên địa bàn huyện đã xảy ra dịch tả lợn châu Phi tại 5 hộ ở 2 xã, "
        "với 96 con lợn mắc bệnh. Công tác chăn nuôi ổn định, không để xảy ra dịch bệnh lớn trên gia súc.\n"
    )
    assert any("96 con lợn" in s for s in items["shortcomings"])
    assert not any("96 con lợn" in s for s in items["achievements"])
    assert any("không để xảy ra dịch bệnh lớn" in s for s in items["achievements"])


# (set 16)
def test_a_limit_named_as_a_noun_is_still_a_shortcoming():
    items = quotes_by_category(
        "Đảng ủy phường Hòa Bình Mới họp Ban Chấp hành\n"
        "Ngày 29/9/2025, Ban Chấp hành Đảng bộ phường Hòa Bình Mới tổ chức hội nghị đánh giá kết quả 9 tháng "
        "đầu năm 2025.\n"
        "Phường thu ngân sách đạt 72% dự toán.\n"
        "Tuy nhiên, công tác chuyển đổi số còn hạn chế, hạ tầng mạng ở các khu phố chưa đồng bộ.\n"
    )
    assert "chuyển đổi số còn hạn chế" in joined(items["shortcomings"])


# (set 24)
def test_a_harm_told_to_still_happen_is_a_shortcoming_not_a_result():
    # "… còn xảy ra" at the end of a sentence: the matters named before it still happen.
    got = quotes_by_category(
        "Chiều 5/2/2026, UBND xã Bình Lâm tổ chức họp thường kỳ tháng 01/2026.\n"
        "Trong tháng, xã gieo sạ 1.250 ha lúa vụ Đông Xuân, đạt 100% kế hoạch. "
        "Tình trạng đổ rác thải ra kênh rạch, họp chợ tự phát lấn chiếm lòng đường còn xảy ra.\n",
        "binh-lam-ubnd.txt",
    )
    assert "họp chợ tự phát lấn chiếm lòng đường" in joined(got["shortcomings"])
    assert "lấn chiếm" not in joined(got["achievements"])
    assert "1.250 ha lúa" in joined(got["achievements"])


# (set 25)
def test_an_exception_that_fell_for_a_cause_is_a_shortcoming_of_its_own():
    got = quotes_by_category(
        "UBND huyện Tân Phong họp thường kỳ tháng 6\n"
        "Chiều 18/6, UBND huyện Tân Phong họp phiên thường kỳ tháng 6.\n"
        "Trong 6 tháng đầu năm, trồng trọt đạt khá, chăn nuôi gia cầm được duy trì, riêng đàn bò giảm "
        "trên 1.200 con do bệnh viêm da nổi cục. Thu ngân sách đạt 65% dự toán.\n",
        "tan-phong.txt",
    )
    assert "riêng đàn bò giảm trên 1.200 con do bệnh viêm da nổi cục" in joined(got["shortcomings"])
    achieved = joined(got["achievements"])
    assert "chăn nuôi gia cầm được duy trì" in achieved
    assert "viêm da" not in achieved


# (sets 42-43)
def test_a_tally_over_the_whole_unit_is_the_years_count():
    # a police review's count of the year's crimes is what it reports, not a shortcoming
    text = (
        "Công an huyện Quế Sơn vừa tổ chức hội nghị tổng kết công tác năm 2022.\n"
        "Năm 2022, toàn huyện xảy ra 19 vụ phạm pháp hình sự với 30 đối tượng; trong đó có 8 vụ tội phạm về ma túy. "
        "Qua tuần tra, lực lượng chức năng xử lý 1.240 trường hợp vi phạm.\n"
    )
    got = quotes_by_category(text)
    assert "19 vụ phạm pháp hình sự" in joined(got["achievements"])
    assert not got["shortcomings"]


# (sets 42-43)
def test_incidents_that_happened_still_fall_short():
    text = (
        "Ngày 5/1, UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023.\n"
        "Thu ngân sách đạt 12 tỷ đồng. Tuy vậy, trên địa bàn đã xảy ra 3 vụ trộm cắp tài sản.\n"
    )
    got = quotes_by_category(text)
    assert "3 vụ trộm cắp" in joined(got["shortcomings"])


# (sets 50-52)
def test_a_fall_singled_out_among_rises_is_a_shortcoming():
    text = (
        "Ngày 2/12, Huyện ủy Tân Lập tổ chức hội nghị tổng kết năm 2021.\n"
        "Năm 2021, tổng giá trị sản xuất đạt 5.100 tỷ đồng, tăng 8,2%; trong đó, công nghiệp đạt 2.300 tỷ đồng, tăng "
        "12%; nông nghiệp 1.500 tỷ đồng, tăng 5%; riêng dịch vụ đạt 1.300 tỷ đồng, giảm 4,5%.\n"
    )
    got = quotes_by_category(text)
    assert got["shortcomings"] == ["riêng dịch vụ đạt 1.300 tỷ đồng, giảm 4,5%."]
    assert not any("giảm 4,5%" in q for q in got["achievements"])


# --- shortcomings raised at the meeting, and lists of them ----------------------------------------

# (set 1)
def test_a_meeting_that_discussed_solutions_reports_no_shortcoming():
    report = report_of(
        "Sáng 5/6, UBND huyện họp phiên thường kỳ tháng 5.\n"
        "Trong tháng 5, huyện tiêm phòng cho 4.000 con gia súc.\n"
        "Tuy nhiên, một số công trình còn chậm tiến độ. Từ đó bàn giải pháp để hoàn thành trong tháng tới.\n"
    )
    assert quotes(report.shortcomings) == ["Tuy nhiên, một số công trình còn chậm tiến độ."]


# (set 12)
def test_each_part_of_a_semicolon_list_of_results_falls_short_on_its_own():
    items = son_ha_may_meeting_quotes(
        "Thu ngân sách trên địa bàn đạt 52% dự toán; giải ngân vốn đầu tư công còn chậm; tình trạng lấn chiếm "
        "hành lang giao thông ở một số xã.\n"
    )
    assert "52% dự toán" in joined(items["achievements"])
    short = joined(items["shortcomings"])
    assert "52%" not in short and "còn chậm" in short and "lấn chiếm" in short


# (set 84)
def test_a_revenue_still_low_is_a_shortfall_whatever_share_it_reached():
    items = son_ha_may_meeting_quotes(
        "Thu ngân sách ước đạt 110,5% dự toán. Tuy nhiên, vẫn còn chỉ tiêu chưa đạt nghị quyết đề ra. Đó là, nguồn thu "
        "phát sinh tại địa phương còn thấp mới đạt hơn 50%; tình trạng vi phạm về đất đai còn xảy ra.\n"
    )
    assert joined(items["achievements"]) == "Thu ngân sách ước đạt 110,5% dự toán."
    assert "nguồn thu phát sinh tại địa phương còn thấp mới đạt hơn 50%" in joined(items["shortcomings"])


# (set 13)
def test_a_discussion_lead_before_its_list_of_problems_is_not_a_problem_itself():
    items = song_may_midyear_review_quotes(
        "6 tháng đầu năm, thu ngân sách trên địa bàn đạt 52 tỷ đồng, bằng 55% dự toán.\n"
        "Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn, vướng mắc cần giải quyết như: giải ngân "
        "vốn đầu tư công còn chậm; tình trạng khai thác cát trái phép vẫn xảy ra.\n"
    )
    said = joined(items["shortcomings"])
    assert "giải ngân vốn đầu tư công còn chậm" in said and "khai thác cát trái phép" in said
    assert "thảo luận" not in said


# (set 13)
def test_the_matters_a_discussion_took_up_that_fell_short_are_shortcomings():
    items = song_may_midyear_review_quotes(
        "Hội nghị đã tập trung thảo luận các vấn đề liên quan đến giá sắn giảm mạnh; tiến độ thu hoạch cà phê "
        "chậm; một số chỉ tiêu thu ngân sách còn đạt thấp.\n"
    )
    said = joined(items["shortcomings"])
    assert "thu hoạch cà phê chậm" in said and "còn đạt thấp" in said and "giá sắn" in said


# (set 16)
def test_cases_not_yet_settled_fall_short_in_their_own_part_of_a_list():
    items = quotes_by_category(
        "UBND phường Hòa Bình Mới sơ kết 9 tháng\n"
        "Ngày 29/9/2025, UBND phường Hòa Bình Mới tổ chức hội nghị đánh giá kết quả 9 tháng đầu năm 2025.\n"
        "Phường đã tiếp nhận 900 hồ sơ, đã giải quyết 700 hồ sơ; 150 hồ sơ đang giải quyết trong hạn, 50 hồ sơ "
        "chưa giải quyết.\n"
    )
    assert "700 hồ sơ" in joined(items["achievements"])
    assert "50 hồ sơ chưa giải quyết" in joined(items["shortcomings"])


# (set 19)
def test_matters_the_delegates_gave_views_on_that_fell_short_are_shortcomings():
    items = quotes_by_category(
        "Huyện ủy Tân Lập tổng kết năm 2023\n"
        "Năm 2023, thu ngân sách trên địa bàn huyện đạt 310 tỷ đồng, vượt 8% dự toán.\n\n"
        "Tại hội nghị, các đại biểu cũng cho ý kiến về tiến độ bồi thường giải phóng mặt bằng còn chậm; "
        "việc thu gom rác thải ở các thôn chưa kịp thời.\n"
    )
    short = joined(items["shortcomings"])
    assert "bồi thường giải phóng mặt bằng còn chậm" in short and "thu gom rác thải" in short


# (set 20)
def test_matters_that_still_need_to_be_focused_on_and_solved_are_shortcomings_not_tasks():
    items = quotes_by_category(
        HOA_BINH_WARD_SESSION_OPENING + "Bên cạnh những kết quả đạt được, vẫn còn một số vấn đề cần tập trung giải quyết như việc thu "
        "gom rác thải cần bảo đảm thường xuyên hơn, cần nâng cao năng lực đội ngũ cán bộ cơ sở.\n"
    )
    short = joined(items["shortcomings"])
    assert "thu gom rác" in short and "năng lực đội ngũ cán bộ" in short
    assert "thu gom rác" not in joined(items["next_tasks"])


# (sets 38-39)
def test_the_remedy_of_shortcomings_named_before_a_list_leaves_the_list_shortcomings():
    # "… nêu những tồn tại, hạn chế và phương hướng khắc phục tập trung vào các vấn đề: a; b": the matters
    # that fell short
    text = (
        "Huyện Mỹ Hòa sơ kết 6 tháng đầu năm 2024\n"
        "6 tháng đầu năm 2024, thu ngân sách huyện đạt 210 tỷ đồng.\n"
        "Tại hội nghị, đại biểu đã thảo luận, nêu những tồn tại, hạn chế và phương hướng khắc phục, chủ yếu "
        "ở các vấn đề: Công tác tiêm phòng cho đàn trâu bò; tiến độ làm đường giao thông nội đồng."
    )
    got = quotes_by_category(text)
    assert "tiêm phòng cho đàn trâu bò" in joined(got["shortcomings"])
    assert "đường giao thông nội đồng" in joined(got["shortcomings"])
    assert got["next_tasks"] == []


# (sets 44-49)
def test_shortcomings_raised_after_praise_are_kept_not_taken_for_talk_of_the_meeting():
    text = TAN_LAP_POLICE_HEARING_OPENING + "Người dân đánh giá cao lực lượng Công an. Tuy nhiên, việc cấp căn cước còn chậm ở vùng sâu.\n"
    assert quotes_by_category(text)["shortcomings"] == ["Tuy nhiên, việc cấp căn cước còn chậm ở vùng sâu."]


# (sets 44-49)
def test_parts_listing_the_shortcomings_a_first_part_names_are_all_shortcomings():
    text = TAN_LAP_POLICE_HEARING_OPENING + (
        "Người dân đánh giá cao lực lượng Công an. Đồng thời, nêu lên những tồn tại xoay quanh trật tự giao thông, "
        "nhất là tình trạng thanh niên đua xe ban đêm; triển khai thực hiện cấp căn cước gây khó khăn cho người già; "
        "tình hình trộm cắp gia súc.\n"
    )
    got = quotes_by_category(text)
    assert len(got["shortcomings"]) == 3 and any("gây khó khăn cho người già" in q for q in got["shortcomings"])
    assert got["achievements"] == ["Năm 2023, Công an huyện triệt phá 5 ổ nhóm tội phạm."]


# --- counts of targets met, missed and aimed at ---------------------------------------------------

# (set 12)
def test_a_concession_then_a_list_of_indicators_met_missed_and_aimed_at():
    items = son_ha_may_meeting_quotes(
        "Trong quý I, mặc dù gặp nhiều khó khăn, nhưng huyện có 05 chỉ tiêu đạt và vượt kế hoạch; 04 chỉ tiêu đạt "
        "dưới 30% kế hoạch; phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn nông thôn mới.\n"
    )
    results, short = joined(items["achievements"]), joined(items["shortcomings"])
    assert "05 chỉ tiêu đạt và vượt" in results and "05 chỉ tiêu" not in short
    assert "04 chỉ tiêu đạt dưới 30%" in short and "04 chỉ tiêu" not in results
    assert "có thêm 3 xã" in joined(items["next_tasks"]) and "3 xã" not in results


# (set 13)
def test_each_matter_of_a_count_of_targets_says_for_itself_how_it_went():
    items = song_may_midyear_review_quotes(
        "Năm 2024, thu ngân sách trên địa bàn đạt 118% dự toán. "
        "Thực hiện các chỉ tiêu nghị quyết năm 2024, có 21/30 chỉ tiêu đạt và vượt; 04 chỉ tiêu phấn đấu đến cuối "
        "năm đạt kế hoạch; 05 chỉ tiêu không đạt.\n"
    )
    assert "21/30 chỉ tiêu đạt và vượt" in joined(items["achievements"])
    assert "04 chỉ tiêu phấn đấu" in joined(items["next_tasks"])
    short = joined(items["shortcomings"])
    assert "05 chỉ tiêu không đạt" in short and "21/30" not in short


# (set 23)
def test_a_tally_of_targets_whose_last_count_fell_short_keeps_the_counts_reached_as_results():
    # "…; …, huyện đã vượt 07 chỉ tiêu, 25 chỉ tiêu đạt, 8 chỉ tiêu không đạt": the counts reached are
    # achievements, only the last count a shortcoming.
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Lạc lần thứ 12\n"
        "Năm 2021, Đảng bộ huyện Yên Lạc lãnh đạo thực hiện nhiệm vụ chính trị đạt nhiều kết quả. "
        "Đánh giá các chỉ tiêu về phát triển kinh tế; văn hóa - xã hội và quốc phòng, an ninh năm 2021, "
        "huyện đã thực hiện vượt kế hoạch 07 chỉ tiêu, 25 chỉ tiêu đạt, 8 chỉ tiêu không đạt.\n",
        "yen-lac.txt",
    )
    achieved = joined(got["achievements"])
    assert "vượt kế hoạch 07 chỉ tiêu" in achieved and "25 chỉ tiêu đạt" in achieved
    assert "8 chỉ tiêu không đạt" in joined(got["shortcomings"])
    assert "8 chỉ tiêu không đạt" not in achieved


# (sets 36-37)
def test_targets_to_be_assessed_at_the_year_s_end_report_nothing():
    # "Trong 13 chỉ tiêu … có 4 chỉ tiêu đạt 100% trở lên; …; 4 chỉ tiêu đánh giá cuối năm"
    text = (
        "HĐND huyện Đồng Văn họp giữa năm 2021\n"
        "Trong 12 chỉ tiêu UBND tỉnh giao có 5 chỉ tiêu đạt 100% trở lên; 4 chỉ tiêu đạt 90% đến dưới 100%; "
        "3 chỉ tiêu đánh giá cuối năm."
    )
    report = report_of(text)
    assert "đánh giá cuối năm" not in joined(i for _, i in report.items())
    assert len(report.achievements) == 2


def test_a_count_of_targets_missed_leads_a_list_of_shortcomings():
    # (set 55) the lead names no "hạn chế", but the targets it counts fell short, and so did those it lists
    text = (
        "Huyện ủy Nga Sơn sơ kết 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng đầu năm 2024, tổng thu ngân sách đạt 80 tỷ đồng.\n\n"
        "Bên cạnh đó huyện vẫn còn 5/24 chỉ tiêu không đạt Nghị quyết đề ra, như: tỷ lệ hộ dùng nước sạch, "
        "thu hút đầu tư.\n"
    )
    got = quotes_by_category(text)
    assert any("5/24 chỉ tiêu không đạt" in q and "như" not in q for q in got["shortcomings"]), got
    assert not any("5/24" in q for q in got["achievements"])


# (set 61)
def test_the_demand_a_year_was_met_under_is_no_request_and_its_results_stay_results():
    # "trước yêu cầu ngày càng cao …" is the demand faced (a noun after "trước"), not a request made.
    got = quotes_by_category(
        "Đảng bộ phường Đông Sơn năm 2025\n"
        "Năm 2025, trước yêu cầu ngày càng cao đối với công tác xây dựng Đảng, Đảng bộ phường Đông Sơn đã lãnh đạo "
        "toàn diện các mặt công tác. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 92%; kết nạp 27 đảng viên mới.\n"
        "Công tác kiểm tra, giám sát được tăng cường, đội ngũ cán bộ từng bước đáp ứng yêu cầu nhiệm vụ.\n",
        "dong-son.txt",
    )
    assert got["next_tasks"] == []
    results = joined(got["achievements"])
    assert "kết nạp 27 đảng viên" in results and "kiểm tra, giám sát được tăng cường" in results


# (set 61)
def test_shortfalls_told_set_right_are_results_and_those_not_yet_set_right_are_shortcomings():
    got = quotes_by_category(
        HEAD + "Công tác kiểm tra các công trình được duy trì thường xuyên; nhiều tồn tại được kịp thời chấn chỉnh.\n"
        "Một số tồn tại chưa được khắc phục, tiến độ giải ngân vốn đầu tư công còn chậm.\n",
    )
    assert "kịp thời chấn chỉnh" in joined(got["achievements"])
    assert "kịp thời chấn chỉnh" not in joined(got["shortcomings"])
    assert "chưa được khắc phục" in joined(got["shortcomings"])


# (set 60)
def test_a_field_hit_named_after_the_rises_of_its_sentence_is_a_shortcoming():
    got = _items(
        "Giá trị sản xuất công nghiệp đạt 1.212 tỷ đồng, tăng 14,2% so với cùng kỳ, hoạt động du lịch bị ảnh hưởng do "
        "nhiều cơ sở lưu trú phải tạm dừng.\n"
        "Giá trị sản xuất nông nghiệp tăng 3,1%, hoạt động của các hợp tác xã ổn định.\n"
    )
    assert "hoạt động du lịch bị ảnh hưởng" in joined(got["shortcomings"])
    results = joined(got["achievements"])
    assert "tăng 14,2% so với cùng kỳ" in results and "du lịch" not in results
    assert "hợp tác xã ổn định" in results


# (set 68)
def test_a_list_after_the_difficulties_solutions_were_set_for_lists_the_difficulties():
    got = _items(
        "Trong tháng, xã thu ngân sách đạt 3,2 tỷ đồng.\n"
        "Hội nghị tập trung thảo luận, đề ra các giải pháp tháo gỡ những khó khăn: tỷ lệ giải ngân vốn đầu tư xây dựng "
        "thấp; công tác quản lý đất đai chưa hiệu quả; tình trạng thiếu giáo viên ở các cấp học.\n"
        "Hội nghị cũng đề ra các giải pháp khắc phục những hạn chế: tăng cường kiểm tra tiến độ các công trình; đẩy nhanh "
        "cấp giấy chứng nhận quyền sử dụng đất.\n"
    )
    short = joined(got["shortcomings"])
    assert "giải ngân vốn đầu tư xây dựng thấp" in short and "thiếu giáo viên" in short
    tasks = joined(got["next_tasks"])
    assert "tăng cường kiểm tra tiến độ" in tasks and "thiếu giáo viên" not in tasks


# --- set 70-71's round ------------------------------------------------------------------------------

LONG_BINH_APRIL_MEETING_HEAD = (
    "UBND huyện Long Bình họp thường kỳ tháng 4\n"
    "Sáng ngày 5/5/2020, UBND huyện Long Bình tổ chức phiên họp thường kỳ tháng 4/2020.\n"
)


def test_difficulties_named_with_the_advantages_announce_no_paragraph_of_shortcomings():
    got = quotes_by_category(
        LONG_BINH_APRIL_MEETING_HEAD
        + "Tại cuộc họp, các ngành đã nêu những khó khăn, thuận lợi cũng như tác động của dịch bệnh, từ đó việc thực hiện "
        "nhiệm vụ của huyện gặp nhiều khó khăn. Giá một số loại nông sản giảm từ 20-40%. Thu ngân sách trên địa bàn đạt "
        "38% kế hoạch. Huyện thực hiện tốt công tác chăm lo cho gia đình chính sách. Rà soát các hộ, người dân gặp khó "
        "khăn do dịch bệnh để hỗ trợ kịp thời. Hoạt động du lịch gần như ngừng hoạt động.\n",
        "long-binh.txt",
    )
    achievements, shortcomings = joined(got["achievements"]), joined(got["shortcomings"])
    for result in ("Thu ngân sách", "gia đình chính sách", "Rà soát các hộ"):
        assert result in achievements and result not in shortcomings
    for shortfall in ("gặp nhiều khó khăn", "giảm từ 20-40%", "gần như ngừng hoạt động"):
        assert shortfall in shortcomings


def test_a_result_then_what_fell_short_of_it_after_however_is_one_of_each():
    got = quotes_by_category(
        LONG_BINH_APRIL_MEETING_HEAD
        + "Về chăn nuôi, tổng đàn gia súc, gia cầm đạt khá, tuy nhiên tổng đàn lợn giảm nhiều so với cùng kỳ. Các công "
        "trình trọng điểm được đẩy nhanh nhưng còn nhiều vướng mắc về mặt bằng.\n",
        "long-binh.txt",
    )
    achievements, shortcomings = joined(got["achievements"]), joined(got["shortcomings"])
    assert "gia cầm đạt khá" in achievements and "tổng đàn lợn" not in achievements
    assert "tổng đàn lợn giảm nhiều" in shortcomings and "gia cầm đạt khá" not in shortcomings
    assert "còn nhiều vướng mắc" in shortcomings


def test_results_a_hardship_did_not_stop_are_not_cut_at_their_but():
    got = quotes_by_category(
        "HĐND huyện Krông Bông tổ chức kỳ họp cuối năm\n"
        "Ngày 20/12/2021, HĐND huyện Krông Bông tổ chức kỳ họp thứ ba.\n"
        "Năm 2021 là năm đầu tiên thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm trong bối cảnh dịch bệnh diễn "
        "biến khó lường, nhưng với sự nỗ lực của các cấp, huyện có 9/14 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu cơ bản "
        "đạt và 2 chỉ tiêu không đạt.\n",
        "krong-bong.txt",
    )
    assert "9/14 chỉ tiêu đạt và vượt" in joined(got["achievements"])
    assert "nhưng với sự nỗ lực" not in joined(got["shortcomings"])


# (set 82)
def test_results_turned_to_with_however_after_the_hardships_go_on_in_the_next_paragraph():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lạc tổng kết năm 2024\n"
        "Năm 2024, huyện gặp nhiều khó khăn, thách thức do thiên tai, dịch bệnh ảnh hưởng đến sản xuất của Nhân dân. "
        "Tuy nhiên, Huyện ủy đã lãnh đạo quyết liệt, đạt được nhiều kết quả quan trọng: kinh tế ổn định và phát triển; "
        "an ninh chính trị được giữ vững.\n\n"
        "Công tác xây dựng Đảng tiếp tục được tăng cường. Cải cách hành chính được thực hiện tích cực.\n",
        "tan-lac.txt",
    )
    results = joined(got["achievements"])
    assert "kinh tế ổn định" in results and "xây dựng Đảng tiếp tục" in results and "Cải cách hành chính" in results
    assert "thiên tai, dịch bệnh" in joined(got["shortcomings"])
    assert "xây dựng Đảng" not in joined(got["shortcomings"])


# (set 85)
def test_of_the_concerns_raised_at_the_meeting_only_a_difficulty_is_a_fact():
    got = quotes_by_category(
        "Huyện ủy Tân Lạc giao ban quý I năm 2019\n"
        "Sáng 22-3, Thường trực Huyện ủy Tân Lạc tổ chức hội nghị giao ban quý I năm 2019.\n"
        "Trong quý I, thu ngân sách trên địa bàn đạt 30 tỷ đồng.\n"
        "Hội nghị đã được nghe 9 ý kiến phản ánh, kiến nghị của các chi bộ về các vấn đề: Thực hiện Đề án sắp xếp "
        "thôn, xóm; những khó khăn trong quản lý đất đai; giải pháp đẩy nhanh tiến độ các công trình.\n",
        "tan-lac.txt",
    )
    assert joined(got["shortcomings"]) == "những khó khăn trong quản lý đất đai"
    assert joined(got["achievements"]) == "Trong quý I, thu ngân sách trên địa bàn đạt 30 tỷ đồng."
    assert got["next_tasks"] == []


# (set 84)
# (set 87)
def test_the_problems_voters_raised_are_shortcomings_and_their_other_topics_no_fact():
    got = quotes_by_category(
        "HĐND phường Tân Định tiếp xúc cử tri sau kỳ họp cuối năm 2025\n"
        "Ngày 20/12/2025, HĐND phường Tân Định tổ chức tiếp xúc cử tri sau kỳ họp cuối năm.\n"
        "Năm 2025, thu ngân sách phường đạt 58 tỷ đồng.\n"
        "Cử tri phường Tân Định đã phản ánh nhiều vấn đề liên quan đến quản lý đô thị và đời sống dân sinh, như: tình "
        "trạng ngập úng cục bộ tại một số khu dân cư; hạ tầng kỹ thuật chưa đồng bộ; chế độ cho người có công.\n",
        "tan-dinh.txt",
    )
    assert got["shortcomings"] == ["tình trạng ngập úng cục bộ tại một số khu dân cư", "hạ tầng kỹ thuật chưa đồng bộ"]
    assert joined(got["achievements"]) == "Năm 2025, thu ngân sách phường đạt 58 tỷ đồng."
    assert got["next_tasks"] == []


def test_the_deeds_the_delegates_urged_are_tasks_one_a_part_and_a_difficulty_among_them_a_shortcoming():
    got = quotes_by_category(
        "Phường Tân Định triển khai nhiệm vụ sau sáp nhập\n"
        "Tại hội nghị, lãnh đạo UBND phường Tân Định triển khai một số nhiệm vụ trọng tâm.\n"
        "Các đại biểu trao đổi, đóng góp ý kiến tập trung vào việc giải quyết những vấn đề còn tồn tại ở các phường "
        "cũ; đẩy nhanh tiến độ xây dựng các công trình chuyển tiếp; việc cấp giấy chứng nhận quyền sử dụng đất còn "
        "chậm; công khai đường dây nóng của công an phường.\n",
        "tan-dinh.txt",
    )
    assert got["next_tasks"] == [
        "việc giải quyết những vấn đề còn tồn tại ở các phường cũ",
        "đẩy nhanh tiến độ xây dựng các công trình chuyển tiếp",
        "công khai đường dây nóng của công an phường.",
    ]
    assert got["shortcomings"] == ["việc cấp giấy chứng nhận quyền sử dụng đất còn chậm"]


# (set 85)
def test_shortfalls_told_after_the_report_the_meeting_heard_are_shortcomings():
    # the paragraph opens on the meeting (the report it heard, by its title, plans words and all) then tells what fell short
    got = quotes_by_category(
        "Huyện đoàn Tân Lạc sơ kết 6 tháng đầu năm 2020\n"
        "Ngày 26/6/2020, Ban Thường vụ Huyện đoàn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.\n"
        "Thông qua báo cáo công tác 6 tháng đầu năm, triển khai phương hướng nhiệm vụ 6 tháng cuối năm 2020, hội nghị đã "
        "đánh giá những thành tích của các chi đoàn. Tuy nhiên, vẫn còn một số tồn tại như: chế độ báo cáo của một số "
        "đơn vị còn chậm; phương pháp triển khai kế hoạch còn thiếu sáng tạo.\n",
        "tan-lac.txt",
    )
    assert got["shortcomings"] == [
        "chế độ báo cáo của một số đơn vị còn chậm",
        "phương pháp triển khai kế hoạch còn thiếu sáng tạo.",
    ]
    assert got["next_tasks"] == []


def test_a_hardship_that_hit_production_and_livelihoods_is_a_shortcoming():
    got = quotes_by_category(
        "Thị ủy Hòa Khê tổng kết năm 2020\n"
        "Ngày 18/12/2020, Ban Chấp hành Đảng bộ thị xã Hòa Khê tổ chức hội nghị tổng kết năm 2020.\n"
        "Năm 2020, dịch bệnh, thiên tai đã ảnh hưởng đến sản xuất, đời sống của nhân dân. Thu ngân sách đạt 210 tỷ đồng. "
        "Thị xã triển khai các biện pháp hạn chế ảnh hưởng đến sản xuất của người dân.\n",
        "hoa-khe.txt",
    )
    assert "thiên tai đã ảnh hưởng" in joined(got["shortcomings"])
    assert "hạn chế ảnh hưởng" in joined(got["achievements"])


# (set 86)
def test_a_measure_that_fell_after_measures_that_rose_is_a_shortcoming_of_its_own():
    items = son_ha_may_meeting_quotes(
        "Giá trị sản xuất nông nghiệp tăng 12,8%, lâm nghiệp tăng 16,9%, giá trị sản xuất công nghiệp giảm 3,6% so "
        "với cùng kỳ năm trước; tổng mức bán lẻ hàng hóa đạt 2.564 tỷ đồng, tăng 30%.\n"
    )
    results, short = joined(items["achievements"]), joined(items["shortcomings"])
    assert "nông nghiệp tăng 12,8%, lâm nghiệp tăng 16,9%" in results and "2.564 tỷ đồng" in results
    assert short == "giá trị sản xuất công nghiệp giảm 3,6% so với cùng kỳ năm trước"


# (set 91)
@pytest.mark.parametrize(
    "hardship",
    [
        "Giá cả vật tư nông nghiệp đầu vào, giá xăng dầu tăng cao kéo theo giá hàng hóa cơ bản tăng.",
        "Một số doanh nghiệp, hộ kinh doanh phải ngưng hoạt động, người lao động bị mất việc.",
        "Dịch Covid-19 và các cơn bão đã tác động đến nhiều mặt của đời sống kinh tế, xã hội.",
        # (set 93) a harm that grew
        "Nạn tự tử trong đồng bào dân tộc thiểu số tăng.",
    ],
)
def test_dearer_inputs_businesses_halted_and_a_harm_to_livelihoods_are_shortcomings(hardship):
    items = son_ha_may_meeting_quotes("Giá trị sản xuất nông nghiệp tăng 5,2% so với cùng kỳ. " + hardship + "\n")
    assert joined(items["shortcomings"]) == hardship
    assert joined(items["achievements"]) == "Giá trị sản xuất nông nghiệp tăng 5,2% so với cùng kỳ."


# (set 86)
def test_an_epidemic_that_hit_growth_is_a_shortcoming():
    got = quotes_by_category(
        "UBND thành phố Hòa Khê sơ kết 6 tháng đầu năm 2020\n"
        "Ngày 8-7, UBND thành phố Hòa Khê họp thành viên đánh giá tình hình 6 tháng đầu năm 2020.\n"
        "Thu ngân sách đạt 52% dự toán. Tuy nhiên, do ảnh hưởng dịch bệnh COVID-19 đã tác động đến sự tăng trưởng kinh "
        "tế, công tác quản lý điều hành ngân sách địa phương.\n",
        "hoa-khe.txt",
    )
    assert "tác động đến sự tăng trưởng" in joined(got["shortcomings"])
    assert "tác động" not in joined(got["achievements"])


def test_a_target_for_a_later_year_that_opens_the_sentence_is_a_task():
    got = quotes_by_category(
        "Đảng ủy xã Điện Hòa sơ kết 6 tháng đầu năm 2022\n"
        "Ngày 28/6, Đảng ủy xã Điện Hòa tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n"
        "Sáu tháng đầu năm, xã giữ chuẩn nông thôn mới nâng cao, có 5/5 thôn giữ chuẩn khu dân cư kiểu mẫu. Phấn đấu xây "
        "dựng xã nông thôn mới kiểu mẫu vào năm 2023.\n",
        "dien-hoa.txt",
    )
    assert "Phấn đấu xây dựng xã nông thôn mới kiểu mẫu" in joined(got["next_tasks"])
    assert "Phấn đấu" not in joined(got["achievements"])


# (sets 72-73)
def test_the_parts_before_the_one_that_leads_a_list_are_facts_of_their_own():
    got = quotes_by_category(
        "Hội LHPN huyện Bình An sơ kết 6 tháng đầu năm 2024\n"
        "Ngày 5/7/2024, Hội LHPN huyện Bình An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
        "Trong 6 tháng đầu năm, tình hình tư tưởng của hội viên ổn định; hội viên chấp hành tốt chủ trương của Đảng; các "
        "hoạt động của hội được tổ chức thường xuyên như: tuyên truyền an toàn giao thông; trao 120 suất quà cho hội viên.\n",
        "binh-an.txt",
    )
    achievements = got["achievements"]
    assert any(q.endswith("tình hình tư tưởng của hội viên ổn định") for q in achievements)
    assert "hội viên chấp hành tốt chủ trương của Đảng" in achievements
    assert "120 suất quà" in joined(achievements)


def test_a_lead_cut_before_the_matters_it_announces_says_nothing():
    got = quotes_by_category(
        "Đoàn xã Hòa An tổng kết năm 2024\n"
        "Ngày 20/12/2024, Đoàn xã Hòa An tổ chức hội nghị tổng kết công tác Đoàn năm 2024.\n"
        "Năm 2024, Đoàn xã tổ chức 12 buổi sinh hoạt cho 300 đoàn viên.\n"
        "Tại hội nghị, các đại biểu thống nhất phương hướng năm 2025. Trong đó, tập trung vào một số nội dung trọng t",
        "hoa-an.txt",
    )
    assert "nội dung trọng" not in " | ".join(q for qs in got.values() for q in qs)


# (set 75)
def test_difficulties_told_with_their_cause_then_turned_from_are_a_shortcoming():
    got = quotes_by_category(
        "HĐND huyện Nga Hải tổ chức kỳ họp cuối năm\n"
        "Ngày 20/12/2020, HĐND huyện Nga Hải tổ chức kỳ họp thứ 17.\n"
        "Năm 2020, toàn huyện triển khai nhiệm vụ trong bối cảnh có rất nhiều khó khăn do ảnh hưởng nghiêm trọng của dịch "
        "Covid-19 và thiên tai, lũ lụt. Tuy nhiên, vượt qua những khó khăn, kinh tế - xã hội của huyện đạt được những kết "
        "quả quan trọng. Thu ngân sách đạt 256 tỷ đồng.\n",
        "nga-hai.txt",
    )
    assert "thiên tai, lũ lụt" in joined(got["shortcomings"])
    assert "256 tỷ đồng" in joined(got["achievements"]) and "thiên tai" not in joined(got["achievements"])


def test_matters_discussed_of_which_one_fell_short_are_shortcomings_and_work_not_yet_done_falls_short():
    got = quotes_by_category(
        "HĐND huyện Mường Hải họp giữa năm\n"
        "Ngày 20/7/2023, HĐND huyện Mường Hải tổ chức kỳ họp thứ 11.\n"
        "Sáu tháng đầu năm, thu ngân sách đạt 45 tỷ đồng. Hiện còn 4 ki ốt khu vực bãi tắm đã chuyển đồ nhưng chưa tháo dỡ.\n"
        "Đại biểu HĐND huyện đã thảo luận, chất vấn những nội dung cử tri quan tâm như: chế độ chính sách đối với các đối "
        "tượng bảo trợ; việc chậm thi hành bồi thường đối với gia đình bị tai nạn giao thông.\n",
        "muong-hai.txt",
    )
    shortcomings = joined(got["shortcomings"])
    assert "chậm thi hành bồi thường" in shortcomings and "chưa tháo dỡ" in shortcomings
    assert joined(got["achievements"]) == "Sáu tháng đầu năm, thu ngân sách đạt 45 tỷ đồng."


# (sets 75, 77)
def test_shortcomings_named_with_the_period_of_their_remedy_are_shortcomings():
    got = quotes_by_category(
        "UBND xã Ia Pết họp quý I\n"
        "Ngày 5/4/2023, UBND xã Ia Pết tổ chức hội nghị đánh giá kết quả quý I năm 2023.\n"
        "Quý I, thu ngân sách xã đạt 1,5 tỷ đồng.\n"
        "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra những điểm còn tồn tại cần khắc phục trong Quý II năm 2023, "
        "như sau: Tỷ lệ nộp hồ sơ trực tuyến thấp; Tình trạng học sinh bỏ học vẫn còn tồn tại.\n",
        "ia-pet.txt",
    )
    shortcomings = joined(got["shortcomings"])
    assert "nộp hồ sơ trực tuyến thấp" in shortcomings and "học sinh bỏ học" in shortcomings
    assert not got["next_tasks"]


def test_fields_listed_before_the_claim_they_all_share_are_one_item():
    got = quotes_by_category(
        "HĐND huyện Hướng Sơn tổ chức kỳ họp giữa năm\n"
        "Ngày 10/7/2020, HĐND huyện Hướng Sơn tổ chức kỳ họp thứ 14.\n"
        "Hoạt động công nghiệp, tiểu thủ công nghiệp; thương mại, dịch vụ; xây dựng cơ bản; tài chính, ngân hàng đều đạt "
        "được những kết quả quan trọng; văn hóa, xã hội có những chuyển biến tích cực.\n",
        "huong-son.txt",
    )
    assert got["achievements"][0].startswith("Hoạt động công nghiệp") and "đều đạt được" in got["achievements"][0]
    assert "văn hóa, xã hội có những chuyển biến tích cực." in got["achievements"]


def test_campaigns_named_in_quotes_after_their_lead_are_one_matter():
    got = quotes_by_category(
        "Ủy ban MTTQ huyện Tuyên Sơn sơ kết 6 tháng\n"
        "Ngày 5/7/2019, Ủy ban MTTQ Việt Nam huyện Tuyên Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2019.\n"
        "Sáu tháng đầu năm, Ủy ban MTTQ huyện đẩy mạnh thực hiện các phong trào thi đua, các cuộc vận động như: “Toàn dân "
        "đoàn kết xây dựng nông thôn mới, đô thị văn minh”, “Quỹ vì người nghèo”.\n",
        "tuyen-son.txt",
    )
    assert len(got["achievements"]) == 1 and "các phong trào thi đua" in got["achievements"][0]
    assert "đô thị văn minh" in got["achievements"][0]


# (set 76)
def test_shortcomings_that_need_remedy_head_the_paragraph_after_and_a_standard_not_met_is_no_request():
    got = quotes_by_category(
        "HĐND huyện Phú An tổ chức kỳ họp cuối năm 2023\n"
        "Ngày 20/12/2023, HĐND huyện Phú An tổ chức kỳ họp thứ 15.\n"
        "Năm 2023, thu ngân sách đạt 129,5 tỷ đồng.\n\n"
        "Bên cạnh những kết quả đạt được, theo ông Chủ tịch HĐND huyện, trong công tác chỉ đạo, điều hành vẫn còn một số "
        "tồn tại, hạn chế cần tập trung chỉ đạo, khắc phục.\n\n"
        "Cụ thể, việc triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới chưa đạt yêu cầu. Lĩnh vực xây dựng "
        "cơ bản gắn với giải ngân các nguồn vốn tiến độ chậm.\n",
        "phu-an.txt",
    )
    shortcomings = joined(got["shortcomings"])
    assert "chưa đạt yêu cầu" in shortcomings and "tiến độ chậm" in shortcomings
    assert not got["next_tasks"]


def test_difficulties_met_then_turned_from_keep_their_list():
    got = quotes_by_category(
        "Huyện ủy Châu An tổng kết năm 2020\n"
        "Ngày 18/12/2020, Ban Chấp hành Đảng bộ huyện Châu An tổ chức hội nghị tổng kết năm 2020.\n"
        "Năm qua, huyện triển khai nhiệm vụ trong bối cảnh gặp một số khó khăn nhất định. Nhưng với sự chủ động trong lãnh "
        "đạo, kết quả thực hiện các chỉ tiêu nghị quyết nhìn chung ổn định.\n"
        "Năm 2020, bên cạnh những thuận lợi thì cũng còn rất nhiều khó khăn, thách thức như: dịch bệnh trên cây trồng, vật "
        "nuôi diễn biến phức tạp; giá nông sản không ổn định. Tuy nhiên, với sự nỗ lực của các cấp, thu ngân sách đạt 210 tỷ đồng.\n",
        "chau-an.txt",
    )
    shortcomings = got["shortcomings"]
    assert any("một số khó khăn nhất định" in q for q in shortcomings)
    assert any(q.startswith("dịch bệnh trên cây trồng") for q in shortcomings)
    assert any(q.startswith("giá nông sản không ổn định") for q in shortcomings)
    assert "210 tỷ đồng" in joined(got["achievements"])


# (set 98)
def test_the_difficulties_a_discussion_sought_remedies_for_are_shortcomings_one_a_part():
    got = quotes_by_category(
        "Huyện Ia Pa: hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20\n"
        "9 tháng đầu năm 2024, huyện thu ngân sách được 19,08 tỷ đồng, đạt 82,96% chỉ tiêu Nghị quyết.\n"
        "Hội nghị đã dành thời gian thảo luận, bàn giải pháp tháo gỡ khó khăn như tỷ lệ giải ngân vốn đầu tư công đạt "
        "thấp; tiến độ bồi thường, giải phóng mặt bằng một số công trình còn chậm so với kế hoạch.\n",
    )
    assert got["shortcomings"] == [
        "tỷ lệ giải ngân vốn đầu tư công đạt thấp",
        "tiến độ bồi thường, giải phóng mặt bằng một số công trình còn chậm so với kế hoạch.",
    ]


# (sets 73, 101)
def test_a_short_difficulty_conceded_with_no_contrast_word_leaves_the_main_clause_a_result():
    # "Dù còn khó khăn, tình hình cơ bản được kiểm soát, …": the difficulty is a shortcoming, what follows the comma a
    # result, though no "nhưng" or "vẫn" turns it
    got = quotes_by_category(
        "Xã Châu Lộc tổng kết năm 2025\n"
        "Ngày 31-12, Đảng ủy xã Châu Lộc tổ chức hội nghị tổng kết công tác năm 2025.\n"
        "Năm 2025, xã thu ngân sách đạt 120% dự toán. Dù còn khó khăn, tình hình an ninh trật tự cơ bản được kiểm soát, "
        "không phát sinh điểm nóng phức tạp.\n",
    )
    assert "tình hình an ninh trật tự cơ bản được kiểm soát" in joined(got["achievements"])
    assert got["shortcomings"] == ["Dù còn khó khăn"]


# (set 107)
def test_a_paragraph_that_concedes_its_difficulty_then_turns_to_results_reports_them_and_the_next_ones_too():
    # "… tiếp tục gặp nhiều khó khăn do … song các chỉ số … tăng": the lead's difficulty is an item of its own; the
    # paragraph, and the one of figures after it, report results
    got = quotes_by_category(
        " date 2022-02 Chiều 7-2, UBND thành phố Pleiku tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ tháng 1.\n\n"
        "Trong tháng 1-2022, tình hình kinh tế-xã hội của thành phố tiếp tục gặp nhiều khó khăn do ảnh hưởng của dịch "
        "Covid-19 song các chỉ số tổng mức bán lẻ hàng hóa và dịch vụ, thu ngân sách thành phố tăng so với cùng kỳ.\n\n"
        "Cụ thể, tổng mức bán lẻ hàng hóa và dịch vụ tháng 1 thực hiện hơn 4.800 tỷ đồng, tăng 11,63% so với cùng kỳ; thu "
        "ngân sách thành phố thực hiện hơn 158 tỷ đồng, tăng 7% so với cùng kỳ.\n",
    )
    said = joined(got["achievements"])
    assert "4.800 tỷ đồng" in said and "158 tỷ đồng" in said
    assert joined(got["shortcomings"]).endswith("gặp nhiều khó khăn do ảnh hưởng của dịch Covid-19")


# (set 107)
def test_hardships_the_unit_bore_then_faced_in_the_next_sentence_are_a_shortcoming():
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Cư Kuin lần thứ 19\n"
        "Huyện ủy vừa tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 nhằm đánh giá kết quả năm 2019.\n"
        "Trong năm 2019, trên địa bàn huyện gánh chịu các đợt thiên tai do mưa lũ, và dịch bệnh trên đàn gia súc. Trước "
        "những khó khăn, trở ngại cho nền kinh tế, song Ban Chấp hành Đảng bộ huyện đã lãnh đạo thực hiện nhiệm vụ đạt và "
        "vượt chỉ tiêu kế hoạch đề ra. Tổng diện tích gieo trồng 28.166 ha, đạt 102,86% kế hoạch.\n",
    )
    assert "gánh chịu các đợt thiên tai do mưa lũ" in joined(got["shortcomings"])
    assert "gánh chịu" not in joined(got["achievements"]) and "28.166 ha" in joined(got["achievements"])
