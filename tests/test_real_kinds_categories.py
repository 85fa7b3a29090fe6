"""Issue 12, kind 3: the category of an item on real report prose (synthetic sentences of the kinds
seen on the real development set). Each test names what a reader of the digest would notice."""

from tests.kinds import quotes_by_category

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
    assert len(items["shortcomings"]) == 1 and "được kiểm soát" in items["shortcomings"][0]


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
