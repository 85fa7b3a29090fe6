"""Issue 12: page furniture: the page's date, view counters, widgets, banners, file names (synthetic sentences)."""

from datetime import date

import pytest

from summarizer.text import normalize, strip_noise
from tests.kinds import HOA_BINH_TOWN_SESSION_OPENING, joined, quotes_by_category, report_of, tan_phong_year_end_quotes


# --- the page's date ------------------------------------------------------------------------------

# (set 1)
def test_the_page_date_before_an_excerpt_is_no_part_of_its_first_item():
    report = report_of(" date 2024-06 Trong 6 tháng đầu năm, toàn huyện trồng mới 85 ha rừng, đạt 106% kế hoạch.\n")
    item = report.achievements[0]
    assert item.evidence == "Trong 6 tháng đầu năm, toàn huyện trồng mới 85 ha rừng, đạt 106% kế hoạch."
    assert item.summary.startswith("Trong 6 tháng đầu năm")


# (set 18)
def test_the_pages_date_header_does_not_make_the_first_sentence_meeting_business():
    items = quotes_by_category(
        " date 2026-01-08 Theo báo cáo tại hội nghị, Đảng bộ phường Tân Lập hiện có 18 tổ chức cơ sở đảng với "
        "2.150 đảng viên.\n\n"
        "Năm 2025, thu ngân sách của phường đạt 120% dự toán.\n"
    )
    said = joined(items["achievements"])
    assert "2.150 đảng viên" in said and "120% dự toán" in said
    assert "date 2026" not in said


# --- page furniture -------------------------------------------------------------------------------

# (set 10)
def test_a_run_of_image_file_names_is_no_item():
    items = tan_phong_year_end_quotes(
        "Năm 2025, xã hoàn thành 14/15 chỉ tiêu nghị quyết.\n"
        "602425741 1505396061591280 7289628684368707555 n\n"
        "601983038 1505395964924623 4952118340054812268 n\n"
        "603879277 1505396018257951 2790793412793077671 n\n"
    )
    assert joined(items["achievements"]) == "Năm 2025, xã hoàn thành 14/15 chỉ tiêu nghị quyết."
    assert items["shortcomings"] == items["next_tasks"] == []


# (set 21)
def test_a_rating_widget_under_the_article_ends_it():
    items = quotes_by_category(
        HOA_BINH_TOWN_SESSION_OPENING + "Năm 2023, thu ngân sách trên địa bàn thị xã đạt 320 tỷ đồng, vượt 8% dự toán.\n\n"
        "Bài viết hay? Hãy đánh giá bài viết\n\n  • Quan tâm nhiều nhất\n  • Mới nhất\n\n7 trả lời\n"
    )
    assert "320 tỷ đồng" in joined(items["achievements"])
    said = joined(q for c in items.values() for q in c)
    assert "đánh giá bài viết" not in said and "Mới nhất" not in said and "trả lời" not in said


# (sets 36-37)
def test_a_capitalised_title_without_diacritics_naming_a_term_is_no_result():
    # a page's banner, typed without accents: "HDND HUYEN … KHOA V, NHIEM KY 2016 - 2021 HOP LAN THU VIII"
    text = (
        "(kontumtv.vn) – Tập trung thu ngân sách, kiểm soát dịch bệnh trên gia súc là những nhiệm vụ trọng tâm được "
        "kỳ họp HĐND huyện Sa Thầy lần thứ IX, nhiệm kỳ 2016-2021 đề ra.\n\n"
        "HDND HUYEN SA THAY KHOA V, NHIEM KY 2016 - 2021 HOP LAN THU IX\n\n"
        "Trong 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng."
    )
    achievements = quotes_by_category(text)["achievements"]
    assert achievements == ["Trong 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng."]


# (sets 55-56)
def test_a_view_counters_count_on_the_line_after_its_label_is_page_furniture():
    text = (
        "Hội nghị sơ kết 6 tháng đầu năm 2024\n| Lượt xem:\n1145\n"
        "Ngày 5/7, UBND huyện Đông Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
        "Thu ngân sách đạt 40 tỷ đồng.\n"
    )
    kept, removed, _ = strip_noise(normalize(text))
    assert "1145" in removed and "| Lượt xem:" in removed
    assert "Thu ngân sách đạt 40 tỷ đồng." in kept and "1145" not in kept


# (set 59)
def test_a_caption_glued_to_the_next_paragraph_is_cut_off_and_the_paragraph_kept():
    glued = (
        "Phó Chủ tịch UBND xã trao quyết định giao dự toán cho các đơn vịNăm 2025 xã Phú Lộc đạt và vượt 17/18 chỉ "
        "tiêu Nghị quyết đề ra."
    )
    clean, _, _ = strip_noise(normalize("UBND xã Phú Lộc giao chỉ tiêu năm 2026\nNgày 24-12, UBND xã Phú Lộc họp.\n" + glued))
    assert "Năm 2025 xã Phú Lộc đạt và vượt 17/18 chỉ tiêu" in clean.split("\n")[-1]
    assert "đơn vịNăm" not in clean
    # names written in one word are no glue
    for word in ("ĐắkLắk", "TikTok", "iPhone"):
        kept, _, _ = strip_noise(normalize(f"Tiêu đề\nXã dùng {word} để tuyên truyền cho người dân."))
        assert word in kept


# (set 63)
def test_a_short_lead_above_a_photo_left_as_its_file_name_and_caption_is_kept_with_the_headline():
    # The first long line is the attendance after the photo; the lead above it is short: the caption under the
    # photo's file name is no headline, and what is above it is the article's.
    raw = (
        "Chuyển động Hà Nội\n"
        "Xã Minh Phú triển khai nhiệm vụ năm 2026\n"
        "Thu Hà 08:10 23/12/2025\n"
        "Ngày 22/12, Đảng ủy - UBND xã Minh Phú tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n"
        "2231908822341.jpg\n"
        "Các đại biểu tham dự tại Hội nghị.\n"
        "Dự hội nghị có các đồng chí: Nguyễn Văn An - Bí thư Đảng ủy, Chủ tịch HĐND xã; Trần Thị Bình - Phó Bí thư "
        "Thường trực Đảng ủy; Lê Văn Cường - Phó Bí thư Đảng ủy, Chủ tịch UBND xã.\n"
        "Năm 2025, xã Minh Phú thu ngân sách đạt 41 tỷ đồng.\n"
    )
    clean, _, _ = strip_noise(normalize(raw))
    assert clean.startswith("Xã Minh Phú triển khai nhiệm vụ năm 2026\n")
    assert "Ngày 22/12, Đảng ủy - UBND xã Minh Phú tổ chức" in clean
    report = report_of(raw, "minh-phu.txt")
    assert str(report.meeting_date) == "2025-12-22"


# (set 65)
def test_the_headline_printed_again_without_its_colon_is_no_item():
    got = quotes_by_category(
        "Huyện ủy Ninh Hải: Triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2022\n"
        "Ngày 29-6, Huyện ủy Ninh Hải tổ chức hội nghị đánh giá tình hình 6 tháng đầu năm 2022.\n"
        "6 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 96 tỷ đồng.\n"
        "Huyện ủy Ninh Hải triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2022.\n"
        "6 tháng cuối năm, huyện tập trung đẩy nhanh giải ngân vốn đầu tư công.\n",
        "ninh-hai.txt",
    )
    assert all("Huyện ủy Ninh Hải triển khai" not in q for qs in got.values() for q in qs)
    assert "giải ngân vốn đầu tư công" in joined(got["next_tasks"])


# (set 71)
def test_a_byline_with_its_date_and_view_count_on_one_line_is_page_furniture():
    text = (
        "Đảng ủy xã Hòa Phong sơ kết 6 tháng đầu năm 2022\n"
        "Tác giả: Lê Văn Bình .Ngày đăng: 28/06/2022 .Lượt xem: 302 lượt.\n"
        "Ngày 27/6, Đảng ủy xã Hòa Phong tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n"
        "Sáu tháng đầu năm, thu ngân sách xã đạt 3,2 tỷ đồng.\n"
    )
    kept, removed, _ = strip_noise(normalize(text))
    assert "Tác giả" in " ".join(removed) and "Tác giả" not in kept
    said = joined(quotes_by_category(text)["achievements"])
    assert "302" not in said and "3,2 tỷ đồng" in said


# (set 72)
def test_the_sites_own_words_in_english_are_page_furniture():
    kept, removed, _ = strip_noise(normalize(
        "Thu ngân sách xã đạt 3,2 tỷ đồng.\n                Lan Anh\ntwn Are you sure that you want to switch to desktop version?\n"
    ))
    assert "desktop version" in " ".join(removed) and "desktop" not in kept
    assert "3,2 tỷ đồng" in kept


_OTHER_ARTICLES = "- Thanh toán không dùng tiền mặt thúc đẩy kinh tế số\n- Lãnh đạo phường Hồng Hà thăm, tặng quà dịp 1/6\n"


# (sets 79, 86, 93)
@pytest.mark.parametrize(
    "tail",
    [f"{header}\n{_OTHER_ARTICLES}" for header in ("Tin tức khác", "Các bài viết khác", "Tin bài liên quan", "Tin đã đưa")]
    + [
        # the share widget, then the site's notice on readers' comments
        "Chia sẻ bài viết\nLƯU Ý: Báo sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. Báo hoan nghênh những ý kiến khách quan.\n",
        # a comment form's notice
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu.\n",
    ],
)
def test_the_list_of_other_articles_and_the_widgets_after_the_text_end_the_article(tail):
    got = quotes_by_category(
        "HĐND phường Hồng Hà tổng kết năm 2025\n"
        "Ngày 20/12/2025, HĐND phường Hồng Hà tổ chức kỳ họp cuối năm.\n"
        "Năm 2025, thu ngân sách phường đạt 58 tỷ đồng.\n" + tail,
        "hong-ha.txt",
    )
    assert joined(got["achievements"]) == "Năm 2025, thu ngân sách phường đạt 58 tỷ đồng."
    assert not got["next_tasks"] and not got["shortcomings"]


# (set 90)
def test_a_photos_file_name_with_spaces_is_neither_the_headline_nor_an_item():
    report = report_of(
        "Skip Ribbon Commands\n"
        "Kim Sơn sơ kết nhiệm vụ phát triển KT-XH 6 tháng đầu năm 2021\n\n"
        "Ngày 23/6/2021 UBND huyện Kim Sơn tổ chức sơ kết nhiệm vụ phát triển KT-XH 6 tháng đầu năm, triển khai "
        "nhiệm vụ 6 tháng cuối năm 2021.\n\n"
        "kim son so ket 6 thang dau nam 2021.jpg\n\n"
        "Toàn cảnh hội nghị sơ kết nhiệm vụ phát triển KT-XH 6 tháng đầu năm 2021\n\n"
        "Trong 6 tháng đầu năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, tình hình kinh tế - xã hội của "
        "huyện vẫn phát triển ổn định. Giá trị sản xuất công nghiệp ước đạt 5.200 tỷ đồng, tăng 8,2% so với cùng kỳ.\n"
    )
    assert report.meeting_date == date(2021, 6, 23)
    assert ".jpg" not in " | ".join(i.evidence for c in ("achievements", "shortcomings", "next_tasks") for i in getattr(report, c))
    assert "5.200 tỷ đồng" in joined(report.achievements)


# (set 96)
@pytest.mark.parametrize("widget", ["A A", "A- A+", "Xem với cỡ chữ"])
def test_the_text_size_widget_between_paragraphs_is_page_furniture(widget):
    # left between the lead and the paragraph of tasks, the widget's letters would open that paragraph and hide the
    # time it opens on ("6 tháng còn lại của năm 2019, …")
    got = quotes_by_category(
        "Huyện Châu Thành: tập trung thực hiện nhiệm vụ năm 2019\n\n09/07/2019 - 07:48\n\n"
        " - Ngày 8-7, Ban Thường vụ Huyện ủy Châu Thành tổ chức hội nghị Ban Chấp hành Đảng bộ huyện để kiểm điểm tình "
        "hình 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2019.\n\n"
        f"{widget}\n\n"
        "6 tháng còn lại của năm 2019, huyện Châu Thành tập trung hoàn thành các chỉ tiêu nghị quyết năm 2019, nhất là các "
        "chỉ tiêu đạt thấp. Huyện tiếp tục đẩy mạnh tái cơ cấu nông nghiệp; tăng cường công tác đào tạo nghề.\n",
        "chau-thanh.txt",
    )
    tasks = joined(got["next_tasks"])
    assert tasks.startswith("6 tháng còn lại của năm 2019") and "tái cơ cấu nông nghiệp" in tasks and "đào tạo nghề" in tasks
    assert got["achievements"] == [] and widget not in joined(got["shortcomings"])


# (set 100)
def test_a_paragraph_ending_on_hinh_anh_is_no_photo_credit_and_a_gallerys_title_is_no_item():
    # "… tạo điểm nhấn tích cực cho hình ảnh địa phương." ends like "Ảnh: Quang Vũ" to a careless pattern
    got = quotes_by_category(
        "UBND phường Bãi Dâu họp thường kỳ tháng 1\n"
        "Chiều 3-2, UBND phường Bãi Dâu tổ chức phiên họp thường kỳ tháng 1-2026.\n"
        "Trong tháng 1-2026, doanh thu ngành du lịch đạt 617 tỷ đồng.\n"
        "Lễ hội ẩm thực được tổ chức tại Công viên Thùy Vân. Ảnh: QUANG VŨ\n"
        "Nhiều hoạt động văn hóa, thể thao và du lịch sôi nổi đã thu hút đông đảo du khách, tạo điểm nhấn cho hình ảnh "
        "địa phương.\n"
        "Một số hình ảnh tại phiên họp\n"
        "Trong ảnh, du khách vui chơi tại bãi tắm Bãi Dâu.\n"
    )
    assert got["achievements"] == [
        "Trong tháng 1-2026, doanh thu ngành du lịch đạt 617 tỷ đồng.",
        "Nhiều hoạt động văn hóa, thể thao và du lịch sôi nổi đã thu hút đông đảo du khách, tạo điểm nhấn cho hình ảnh "
        "địa phương.",
    ]
