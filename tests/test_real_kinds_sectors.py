"""Issue 12, kind 8: the sector a reader would give an item (synthetic sentences)."""

import pytest

from summarizer.extract import extract
from summarizer.extract.rules import sector_of
from summarizer.sources import read_all

from .conftest import EXAMPLES


@pytest.mark.parametrize(
    "quote, sector",
    [
        ("Tổ chức huấn luyện lực lượng dân quân tự vệ năm 2024 đạt yêu cầu", "security"),
        ("Công an huyện triệt phá 2 ổ nhóm đánh bạc, bắt giữ 14 đối tượng", "security"),
        ("Chuẩn bị chu đáo công tác tuyển chọn, gọi công dân nhập ngũ năm 2025", "security"),
        ("Giao quân đạt 100% chỉ tiêu huyện giao", "security"),  # (set 96: sending the conscripts off)
        # "xã hội" inside "trật tự an toàn xã hội" is not society
        ("Giữ vững trật tự an toàn xã hội, không để xảy ra điểm nóng", "security"),
        ("Công tác khám, chữa bệnh cho nhân dân được duy trì", "society"),
        ("Tỷ lệ huy động trẻ mầm non ra lớp đạt 98%", "society"),
        ("Duy trì nghiêm chế độ sinh hoạt chi bộ định kỳ hằng tháng", "governance"),
        ("Ban hành 25 văn bản chỉ đạo, điều hành các lĩnh vực", "governance"),
        ("Trao bằng khen cho 6 tập thể có thành tích xuất sắc trong phong trào thi đua", "governance"),
        ("Phòng, chống dịch bệnh trên đàn gia súc, gia cầm được chú trọng", "agriculture"),
        # the matter named first wins a tie: the site clearance is the subject, the projects its purpose
        ("Đẩy nhanh công tác giải phóng mặt bằng để triển khai các dự án", "environment"),
        ("Tổ chức các hoạt động kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "governance"),
        ("Phường tiếp nhận 2.140 hồ sơ trực tuyến, không có hồ sơ quá hạn", "governance"),
        ("Xử lý nghiêm các trường hợp vi phạm trật tự xây dựng trên địa bàn", "industry"),
        # the whole socio-economic situation is no one sector
        ("Tình hình kinh tế - xã hội tiếp tục phát triển", "other"),
    ],
)
def test_the_sector_a_reader_would_give(quote, sector):
    assert sector_of(quote).value == sector


def test_few_lines_of_the_example_digest_land_in_other_sectors():
    items = [
        item
        for article in read_all([EXAMPLES])
        if (report := extract(article)).period and (report.period.year, report.period.month) == (2023, 9)
        for _, item in report.items()
        if item.grounded
    ]
    other = [i.summary for i in items if i.sector.value == "other"]
    assert len(other) <= 0.05 * len(items), other
