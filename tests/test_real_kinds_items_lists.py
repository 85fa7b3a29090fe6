"""Issue 12, kind 6: where an item begins and ends: sentence ends, lists, semicolons (synthetic sentences)."""

import pytest

from summarizer.text import sentences
from tests.kinds import (
    HOA_BINH_TOWN_SESSION_OPENING,
    HOA_BINH_WARD_SESSION_OPENING,
    SON_HA_YEAR_END_LEAD,
    TAN_LAC_MIDYEAR_REVIEW_OPENING,
    joined,
    lam_binh_april_meeting_figures,
    lam_binh_april_meeting_quotes,
    quotes,
    quotes_by_category,
    report_of,
    son_ha_may_meeting_quotes,
    song_may_party_year_end_quotes,
)


# --- where a sentence ends ------------------------------------------------------------------------

# (set 15)
def test_a_semicolon_inside_brackets_does_not_cut_the_sentence():
    items = quotes_by_category(
        "Huyện ủy Đông Sơn hội nghị giữa năm\n"
        "Sáng 12/7/2023, Ban Chấp hành Đảng bộ huyện Đông Sơn tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm 2023.\n"
        "Vốn đầu tư công năm 2023 được giao hơn 300 tỷ đồng (vốn tỉnh hơn 100 tỷ đồng; vốn huyện hơn 200 tỷ đồng), "
        "đến cuối tháng 6, huyện đã giải ngân hơn 180 tỷ đồng, đạt 60% kế hoạch.\n"
    )
    ach = items["achievements"]
    assert len(ach) == 1 and "300 tỷ đồng" in ach[0] and "giải ngân hơn 180 tỷ đồng" in ach[0]


# (set 17)
def test_a_sentence_may_open_on_a_count_after_a_full_stop():
    assert sentences("Báo cáo đã được thông qua. 9 tháng qua, huyện trồng 40 ha rừng. Điều 3. 5 xã được khen.") == [
        "Báo cáo đã được thông qua.",
        "9 tháng qua, huyện trồng 40 ha rừng.",
        "Điều 3. 5 xã được khen.",
    ]


# (set 21)
def test_the_abbreviation_tx_for_thi_xa_does_not_end_a_sentence():
    text = (
        HOA_BINH_TOWN_SESSION_OPENING + "Năm 2023, TX. Hòa Bình có 15/20 chỉ tiêu đạt và vượt kế hoạch; thu ngân sách đạt 320 tỷ đồng.\n\n"
        "Năm 2024, TX. Hòa Bình tiếp tục cải thiện môi trường đầu tư, thu hút các dự án lớn.\n"
    )
    items = quotes_by_category(text)
    assert any("15/20 chỉ tiêu" in q and q.startswith("Năm 2023, TX. Hòa Bình") for q in items["achievements"])
    assert not any(q.rstrip().endswith("TX.") for c in items.values() for q in c)
    assert "môi trường đầu tư" in joined(items["next_tasks"])
    assert report_of(text).unit.name == "Hòa Bình"


# (sets 38-39)
def test_a_purpose_clause_cut_off_by_a_semicolon_stays_with_its_main_clause():
    achievements = quotes_by_category(
        SON_HA_YEAR_END_LEAD + "Để hoàn thành các chỉ tiêu, nhiệm vụ; ngay từ đầu năm UBND huyện đã chỉ đạo các xã tập trung "
        "thu ngân sách, đạt 312 tỷ đồng."
    )["achievements"]
    assert len(achievements) == 1
    assert achievements[0].startswith("Để hoàn thành các chỉ tiêu, nhiệm vụ; ngay từ đầu năm")


# (sets 38-39)
def test_a_theme_quoted_whole_is_not_cut_at_its_semicolons():
    achievements = quotes_by_category(
        SON_HA_YEAR_END_LEAD + "Ngay từ đầu năm, UBND huyện đã chỉ đạo các ngành bám sát chủ đề năm 2021 là “Tinh gọn bộ máy; "
        "siết chặt kỷ cương; đẩy mạnh chuyển đổi số”."
    )["achievements"]
    assert len(achievements) == 1
    assert "siết chặt kỷ cương; đẩy mạnh chuyển đổi số" in achievements[0]


# (sets 42-43)
def test_a_speech_glued_by_a_semicolon_leaves_the_deed_before_it():
    # "… tổng trị giá trên 450 triệu đồng; Phát biểu tại hội nghị, đồng chí … ghi nhận …": a full stop mistyped
    text = (
        "Ngày 28/12, Huyện Đoàn Lộc Ninh tổ chức hội nghị tổng kết công tác Đoàn năm 2023.\n"
        "Năm 2023, Huyện Đoàn xây dựng 4 công trình thanh niên. Ngoài ra, triển khai các hoạt động tình nguyện, tặng "
        "quà cho các em thiếu nhi khó khăn với tổng trị giá trên 120 triệu đồng; Phát biểu tại hội nghị, đồng chí "
        "Trần Văn Hải ghi nhận và đánh giá cao những kết quả đã đạt được.\n"
    )
    got = quotes_by_category(text)
    assert "120 triệu đồng" in joined(got["achievements"])
    assert "đánh giá cao" not in joined(got["achievements"])


# (sets 42-43)
@pytest.mark.parametrize("turn", ["Phát biểu tại hội nghị", "Kết luận hội nghị", "Thay mặt Thường trực Đảng ủy", "Tại hội nghị"])
def test_any_speakers_turn_after_a_semicolon_starts_a_sentence(turn):
    # The splitter reads the same frames the boilerplate filter knows, not one speech verb.
    text = f"Xã trồng mới 35 ha rừng; {turn}, đồng chí Bí thư ghi nhận kết quả đạt được."
    assert sentences(text) == ["Xã trồng mới 35 ha rừng;", f"{turn}, đồng chí Bí thư ghi nhận kết quả đạt được."]
    # a list goes on in lower case
    assert len(sentences("Xã trồng mới 35 ha rừng; kết luận các vụ việc tồn đọng.")) == 1


# --- lists: one matter or several -----------------------------------------------------------------

# (set 1)
def test_pieces_of_a_list_that_say_nothing_share_what_the_next_piece_says():
    report = report_of(
        "Sáng 6/11, UBND huyện họp phiên thường kỳ tháng 10.\n"
        "Tuy vậy, vẫn còn một số tồn tại như: Công tác quản lý đất đai, khoáng sản ở một số xã còn buông lỏng, "
        "việc cấp mới, cấp đổi giấy chứng nhận còn chậm, tiến độ thi công một số trường học chưa đạt.\n"
    )
    assert quotes(report.shortcomings) == [
        "Công tác quản lý đất đai, khoáng sản ở một số xã còn buông lỏng",
        "việc cấp mới, cấp đổi giấy chứng nhận còn chậm",
        "tiến độ thi công một số trường học chưa đạt.",
    ]


# (set 5)
def test_the_fields_a_counted_result_covers_stay_with_it():
    report = report_of(
        "HĐND phường Hải Châu trả lời cử tri\n"
        "Sáng 15/8, HĐND phường Hải Châu tổ chức kỳ họp thứ hai.\n"
        "HĐND phường trình bày báo cáo trả lời ý kiến cử tri trước kỳ họp.\n"
        "Trong đó, đã giải quyết 12 kiến nghị và đang giải quyết 20 kiến nghị của cử tri, tập trung trên các lĩnh vực: "
        "đất đai, môi trường; giao thông, chiếu sáng; y tế, giáo dục.\n"
    )
    (item,) = report.achievements
    assert "đã giải quyết 12 kiến nghị" in item.evidence and "y tế, giáo dục" in item.evidence
    assert [(m.value, m.unit) for m in item.metrics] == [(12, "kiến nghị"), (20, "kiến nghị")]
    assert not report.next_tasks


# (set 6)
def test_a_result_with_its_own_figure_before_a_colon_stays_whole():
    items = lam_binh_april_meeting_quotes(
        "Lực lượng kiểm lâm tăng cường tuần tra rừng đầu nguồn, qua đó phát hiện 03 vụ vi phạm, tịch thu: "
        "4,5m3 gỗ xẻ các loại.\n"
    )
    found = [e for e in items["achievements"] if "03 vụ vi phạm" in e]
    assert len(found) == 1 and "4,5m3 gỗ xẻ" in found[0]
    assert (3, "vụ") in lam_binh_april_meeting_figures("Trong tháng, qua tuần tra phát hiện 03 vụ vi phạm, tịch thu: 4,5m3 gỗ xẻ các loại.\n")


# (set 11)
def test_a_list_lead_that_counts_results_is_a_result_of_its_own():
    items = song_may_party_year_end_quotes(
        "Có 18/21 chỉ tiêu đạt và vượt so với Nghị quyết, như: thu ngân sách đạt 412 tỷ đồng; "
        "trồng rừng tập trung đạt 640 ha.\n"
    )
    said = joined(items["achievements"])
    assert "18/21 chỉ tiêu" in said and "412 tỷ đồng" in said and "640 ha" in said


# (set 12)
def test_a_sentence_that_opens_on_a_list_of_subjects_is_one_item():
    items = son_ha_may_meeting_quotes(
        "Công tác y tế, dân số; chăm sóc sức khỏe bà mẹ và trẻ em cơ bản đảm bảo theo kế hoạch.\n"
        "Những hạn chế: Công tác quy hoạch còn chậm; quản lý đất đai; vệ sinh môi trường nông thôn.\n"
    )
    assert "Công tác y tế, dân số; chăm sóc sức khỏe" in joined(items["achievements"])
    assert "Công tác y tế, dân số" not in items["achievements"]
    assert len(items["shortcomings"]) == 3  # after a lead, each bare matter is an item of its own


# (set 20)
def test_fire_prevention_and_fighting_written_with_a_comma_is_one_matter():
    items = quotes_by_category(
        HOA_BINH_WARD_SESSION_OPENING + "Tuy nhiên, vẫn còn một số hạn chế như công tác bảo trì đường giao thông nông thôn, việc "
        "trang bị phương tiện phòng cháy, chữa cháy cho lực lượng cơ sở, công tác đào tạo cán bộ trẻ.\n"
    )
    assert any("phương tiện phòng cháy, chữa cháy cho" in q for q in items["shortcomings"])


# (set 23)
def test_a_table_of_indicator_names_pasted_on_one_line_is_one_item_not_one_a_cell():
    # The cells are names with capitals, separated by semicolons; a prose list ("…như: a; b; c") stays a list.
    got = quotes_by_category(
        "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Lạc lần thứ 14\n"
        "Năm 2022, huyện Yên Lạc đạt và vượt 20/24 chỉ tiêu. Cụ thể các chỉ tiêu vượt kế hoạch như: "
        "giá trị sản xuất nông nghiệp; công tác trồng rừng; thành lập hợp tác xã mới.\n"
        "Các chỉ tiêu đạt kế hoạch gồm: Tỷ lệ che phủ rừng; Thu ngân sách trên địa bàn; Tỷ lệ hộ nghèo; "
        "Tỷ lệ tham gia bảo hiểm y tế; Trường đạt chuẩn quốc gia; Thôn văn hóa; Gia đình văn hóa; "
        "Tuyển quân.\n",
        "yen-lac-bch.txt",
    )
    achieved = got["achievements"]
    assert "công tác trồng rừng" in achieved and "thành lập hợp tác xã mới." in achieved
    table = [q for q in achieved if "Tỷ lệ che phủ rừng" in q]
    assert len(table) == 1 and "Tuyển quân" in table[0] and "Thôn văn hóa" in table[0]
    assert "Thu ngân sách trên địa bàn" not in achieved


# (set 23)
def test_a_list_of_tasks_written_with_capitals_stays_one_task_a_cell():
    got = quotes_by_category(
        "UBND huyện Yên Lạc triển khai nhiệm vụ tháng 5/2024\n"
        "Chiều 29/4, UBND huyện Yên Lạc họp thường kỳ tháng 4.\n"
        "Trong tháng 4/2024, tổng thu ngân sách trên địa bàn đạt 35 tỷ đồng.\n"
        "Nhiệm vụ tháng 5/2024: Đẩy nhanh giải ngân vốn đầu tư công; Thu ngân sách; Phòng chống dịch bệnh; "
        "Chăm sóc lúa chiêm xuân; Phòng cháy rừng; Tuyển sinh đầu cấp.\n",
        "yen-lac-ubnd-5.txt",
    )
    assert len(got["next_tasks"]) == 6


# (set 25)
def test_the_total_so_far_goes_on_with_the_matter_before_it():
    got = quotes_by_category(
        "UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 10\n"
        "Chiều 27/10/2022, UBND thị xã Hòa Lạc họp phiên thường kỳ tháng 10.\n"
        "Công tác tiêm vaccine phòng bệnh dại cho đàn chó được thực hiện đầy đủ; đến nay thị xã Hòa Lạc "
        "đã tiêm 12.300 liều cho đàn vật nuôi.\n",
        "hoa-lac-10.txt",
    )
    assert any("được thực hiện đầy đủ" in q and "12.300 liều" in q for q in got["achievements"])


# (set 31)
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


# (set 32)
def test_a_list_of_examples_after_a_semicolon_stays_with_its_part():
    # "… đạt 81,5%, vượt 1,5% …; trong đó khám phá nhiều vụ án như a, b, c": the examples belong to the part
    # they follow; the rate before the semicolon is a result of its own, quoted whole
    text = (
        "Công an huyện Bình Sơn tổng kết năm 2022\n"
        "Tỷ lệ điều tra khám phá án đạt 81,5%, vượt 1,5% so với năm 2021; trong đó khám phá nhiều vụ án nghiêm "
        "trọng như trộm cắp tài sản, cố ý gây thương tích, buôn bán hàng cấm."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert len(achievements) == 1
    assert achievements[0].startswith("Tỷ lệ điều tra khám phá án đạt 81,5%, vượt 1,5% so với năm 2021")


# (sets 40-41)
def test_the_next_entry_of_a_series_of_figures_goes_on_with_it():
    text = (
        "Ngày 10/5, UBND thị xã tổ chức họp đánh giá tình hình kinh tế - xã hội tháng 4/2022.\n"
        "Đến nay, tỷ lệ tiêm vắc xin cho người từ 18 tuổi trở lên mũi 3 là 97,5%; mũi 4 là 18,4%. Thu ngân sách đạt 60 tỷ đồng."
    )
    got = quotes_by_category(text)
    assert "mũi 3 là 97,5%; mũi 4 là 18,4%" in joined(got["achievements"])
    assert "Mũi 4 là 18,4%" not in got["achievements"]


# (sets 40-41)
def test_the_stage_a_crop_is_at_goes_on_with_the_crop():
    text = (
        "Ngày 6/2, UBND xã Long Phú tổ chức họp đánh giá tình hình kinh tế - xã hội tháng 01 năm 2026.\n"
        "Lĩnh vực kinh tế: vụ lúa đông xuân gieo sạ 5.120ha, đạt 100% kế hoạch; lúa đang giai đoạn đẻ nhánh - làm đòng; "
        "tiếp tục tuyên truyền chống khai thác hải sản bất hợp pháp."
    )
    got = quotes_by_category(text)
    assert "5.120ha, đạt 100% kế hoạch; lúa đang giai đoạn đẻ nhánh - làm đòng" in joined(got["achievements"])
    assert "Lúa đang giai đoạn đẻ nhánh - làm đòng" not in got["achievements"]


# (sets 42-43)
def test_people_listed_by_name_are_no_matter():
    text = (
        "Sáng 20/11/2024, UBND xã Bình Minh tổ chức Hội nghị tổng kết nhiệm vụ quân sự, quốc phòng năm 2024.\n"
        "Năm 2024, lực lượng dân quân xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu.\n"
        "Đội dân quân cơ động được biểu dương; các cá nhân gồm: ông Trần Văn Hòa, ông Lý Minh Tú và bà Đỗ Thị Hạnh.\n"
    )
    got = quotes_by_category(text)
    everything = joined(got["achievements"] + got["shortcomings"] + got["next_tasks"])
    assert "Trần Văn Hòa" not in everything
    assert "sẵn sàng chiến đấu" in joined(got["achievements"])


# (sets 44-49)
def test_a_list_that_breaks_down_the_leads_fact_stays_with_it():
    text = (
        "Năm 2021, thị xã đạt và vượt 18/20 chỉ tiêu Nghị quyết.\n"
        "Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, trong đó: dịch vụ chiếm 48,2%; công nghiệp - xây dựng chiếm "
        "39,5%; nông nghiệp chiếm 12,3%. Thu ngân sách đạt 310 tỷ đồng.\n"
    )
    got = quotes_by_category(text)["achievements"]
    shares = [q for q in got if "48,2%" in q]
    assert len(shares) == 1 and "chuyển dịch đúng hướng" in shares[0] and "12,3%" in shares[0]
    assert any("310 tỷ đồng" in q and "48,2%" not in q for q in got)


# (set 59)
def test_names_given_as_examples_after_nhu_stay_with_the_matter_they_illustrate():
    # "… các dự án trọng điểm như đường tỉnh 436, cầu Mường Khến": the names are examples of the projects, not
    # matters of their own; "một số hạn chế như …" still lists matters.
    got = quotes_by_category(
        TAN_LAC_MIDYEAR_REVIEW_OPENING
        + "Trong 6 tháng đầu năm, huyện thu ngân sách đạt 61 tỷ đồng. Trong 6 tháng cuối năm, huyện tập trung tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm như đường tỉnh 436, "
        "cầu Mường Khến.\n",
        "tan-lac.txt",
    )
    assert len(got["next_tasks"]) == 1
    assert "bồi thường, giải phóng mặt bằng" in got["next_tasks"][0] and "cầu Mường Khến" in got["next_tasks"][0]


# (set 96)
def test_the_indicators_a_count_names_after_its_semicolons_are_one_matter_with_it():
    # "3/14 chỉ tiêu là A; B; C": the names of what was counted, no matter of their own each
    got = quotes_by_category(
        "HĐND thành phố Vị Thanh tổ chức kỳ họp thứ 7\n"
        "Ngày 29/6/2022, HĐND thành phố Vị Thanh tổ chức kỳ họp thứ 7.\n"
        "Thành phố hoàn thành 3/14 chỉ tiêu là Tài nguyên và Môi trường; Y tế; Công tác tuyển quân; 6 chỉ tiêu đạt từ 52% "
        "đến 91% kế hoạch là tổng giá trị sản xuất; Thu chi ngân sách; Tỷ lệ người dân tham gia các hình thức bảo hiểm y tế; "
        "5 chỉ tiêu đang thực hiện và tính kết quả vào cuối năm là tỷ lệ hộ nghèo, Giáo dục, An ninh.\n",
    )
    # (the entry whose grade is not yet known reports nothing)
    assert got["achievements"] == [
        "Thành phố hoàn thành 3/14 chỉ tiêu là Tài nguyên và Môi trường; Y tế; Công tác tuyển quân",
        "6 chỉ tiêu đạt từ 52% đến 91% kế hoạch là tổng giá trị sản xuất; Thu chi ngân sách; Tỷ lệ người dân tham gia "
        "các hình thức bảo hiểm y tế",
    ]


# (set 104; the dev set's C14)
def test_places_named_after_a_leads_colon_are_one_matter_with_it():
    # "… có 3 xã hoàn thành sớm hơn 1 năm, gồm: Vĩnh Phú, Vọng Đông và An Bình": the places the lead counts; the
    # ';' parts before such a lead stay matters of their own
    got = quotes_by_category(
        "Huyện ủy Thoại Sơn sơ kết quý I năm 2021\n"
        "Đến nay, huyện có 8/14 xã đạt chuẩn xã nông thôn mới nâng cao, trong đó, có 3 xã hoàn thành sớm hơn 1 năm, gồm: "
        "Vĩnh Phú, Vọng Đông và An Bình.\n"
        "Thường trực HĐND đã khảo sát tình hình năm học mới tại 06 trường học; khảo sát các ý kiến của cử tri tại 05 "
        "Thôn: Nghĩa Khê, Dũng Thúy Hạ và Trà Động.\n",
    )
    assert got["achievements"] == [
        "Đến nay, huyện có 8/14 xã đạt chuẩn xã nông thôn mới nâng cao, trong đó, có 3 xã hoàn thành sớm hơn 1 năm, gồm: "
        "Vĩnh Phú, Vọng Đông và An Bình.",
        "Thường trực HĐND đã khảo sát tình hình năm học mới tại 06 trường học",
        "khảo sát các ý kiến của cử tri tại 05 Thôn: Nghĩa Khê, Dũng Thúy Hạ và Trà Động.",
    ]
