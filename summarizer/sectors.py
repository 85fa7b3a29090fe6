"""The sector of an item: the sector of an official socio-economic report whose words the quote uses."""

from __future__ import annotations

import re

from .schema import Sector
from .text import match_key, phrase_alternation

# The words of each sector, as the reports name their matters (DESIGN.md: agriculture, forestry and new
# rural development; industry, construction and investment; trade and services; budget and finance;
# land, resources and environment; culture and society (education, health, labour, social welfare);
# defence and security; party building, government and administrative reform). Compared in match_key
# form (lower case, new tone placement).
SECTOR_WORDS: dict[Sector, tuple[str, ...]] = {
    Sector.agriculture: (
        "nông nghiệp", "lúa", "gieo cấy", "cây trồng", "cây màu", "vụ xuân", "vụ mùa", "vụ đông", "đông xuân",
        "chăn nuôi", "gia súc", "gia cầm", "thịt hơi", "tiêm phòng", "trồng rừng", "rừng", "lâm nghiệp",
        "nông thôn mới", "ntm", "ocop", "thôn kiểu mẫu", "thủy lợi", "thủy sản", "lương thực", "thuốc lá",
        "ruộng đất", "đê", "lụt bão", "bão lụt", "thiên tai", "pcbl", "sản xuất vụ",
        # animal and plant diseases, the crops and the rural roads of the new-countryside programme
        "dịch tả", "lở mồm long móng", "cúm gia cầm", "sâu bệnh", "dịch bệnh trên đàn gia súc",
        "dịch bệnh gia súc", "trồng trọt", "cây ăn quả", "lâm sản", "nông, lâm", "nông lâm", "ngư nghiệp",
        "giao thông nông thôn", "gtnt", "kênh mương", "phòng chống bão", "phòng chống thiên tai",
        "sắn", "mía", "chè", "cà phê", "cao su", "hồ tiêu", "dong riềng", "khoai", "rau màu", "cây vụ đông",
    ),
    Sector.industry: (
        "công nghiệp", "xây dựng cơ bản", "đầu tư công", "giải ngân", "công trình", "dự án", "giao thông",
        "vốn đầu tư", "doanh nghiệp", "thi công", "hạ tầng", "thu hút đầu tư", "kêu gọi đầu tư",
        "đô thị", "chỉnh trang", "cụm công nghiệp", "tiểu thủ công nghiệp", "xúc tiến đầu tư", "môi trường đầu tư",
        "nhà đầu tư", "đường giao thông", "quy hoạch", "trật tự xây dựng", "trật tự đô thị",
    ),
    Sector.trade: ("thương mại", "dịch vụ", "du lịch", "xuất khẩu", "kinh doanh", "chợ", "tiêu dùng", "bán lẻ", "thị trường"),
    Sector.budget: (
        "ngân sách", "nsnn", "thu, chi", "dự toán", "thuế", "tài chính", "kho bạc", "quyết toán", "thất thu",
    ),
    Sector.environment: (
        "đất đai", "tài nguyên", "môi trường", "gpmb", "giải phóng mặt bằng", "bồi thường", "tái định cư",
        "khoáng sản", "rác thải", "sử dụng đất", "đất nông nghiệp", "quy hoạch sử dụng đất", "kế hoạch sử dụng đất",
    ),
    Sector.society: (
        "văn hóa", "xã hội", "giáo dục", "trường", "học sinh", "giáo viên", "y tế", "sức khỏe", "khám chữa bệnh",
        "lao động", "việc làm", "đào tạo nghề", "an sinh", "người có công", "hộ nghèo", "giảm nghèo", "bảo hiểm",
        "hiến máu", "thể thao", "tuyên truyền", "vh – xh", "vh-xh", "dân số", "trẻ em",
        # people's health, schooling and welfare
        "dịch bệnh", "covid", "covid-19", "an toàn thực phẩm", "vệ sinh an toàn thực phẩm", "phòng học", "năm học",
        "bảo trợ xã hội", "đền ơn đáp nghĩa", "nghèo đa chiều", "tỷ lệ nghèo", "bhyt", "khám bệnh", "đời sống",
        "nhà tạm", "nhà dột nát", "chính sách", "nguồn nhân lực", "đô thị văn minh", "gia đình văn hóa",
        "khám, chữa bệnh", "sốt xuất huyết", "mầm non", "mẫu giáo", "xuất khẩu lao động", "làm việc ở nước ngoài",
        "đại hội thể dục thể thao",
        # a sector named by its compound name counts once, not once a word
        "văn hóa xã hội", "văn hóa - xã hội", "văn hóa – xã hội", "văn hóa-xã hội", "văn hóa, xã hội",
    ),
    Sector.security: (
        "quốc phòng", "an ninh", "trật tự", "quân sự", "tuyển quân", "giao nhận quân", "giao quân", "tội phạm", "tệ nạn",
        "vi phạm pháp luật", "phòng cháy", "pccc", "qp-an", "qp - an", "qp – an", "biên giới", "diễn tập",
        # the police, the militia and public order
        "công an", "dân quân", "lực lượng vũ trang", "sẵn sàng chiến đấu", "nghĩa vụ quân sự", "triệt phá",
        "ma túy", "trật tự an toàn xã hội", "an toàn giao thông", "luật giao thông", "xuất cảnh trái phép",
        "qpan", "anqp", "an ninh chính trị", "nội chính", "nhập ngũ", "gọi công dân nhập ngũ",
        "quốc phòng - an ninh", "quốc phòng – an ninh", "quốc phòng, an ninh", "quốc phòng an ninh", "an ninh quốc phòng",
        "an ninh - quốc phòng", "an ninh – quốc phòng", "an ninh, quốc phòng", "an ninh trật tự",
    ),
    Sector.governance: (
        "xây dựng đảng", "đảng viên", "chính quyền", "cải cách hành chính", "hành chính công", "cán bộ",
        "thanh tra", "đơn thư", "khiếu nại", "tiếp công dân", "cử tri", "nghị quyết", "kỳ họp", "hệ thống chính trị",
        "người đứng đầu", "chuyển đổi số", "kiểm tra, giám sát", "luân chuyển", "nhiệm kỳ", "đoàn thể",
        "chương trình hành động", "chính trị nội bộ", "chào cờ", "dân vận",
        # the party's own work, emulation and commendation, elections, the administration's papers
        "chi bộ", "sinh hoạt chi bộ", "tổ chức cơ sở đảng", "sức chiến đấu", "kết nạp", "huy hiệu đảng", "kỷ luật",
        "tham nhũng", "lãng phí", "thi đua", "khen thưởng", "bằng khen", "giấy khen", "cờ thi đua", "đại đoàn kết",
        "mặt trận", "bầu cử", "hđnd", "ban hành văn bản", "văn bản", "quán triệt", "chủ trương", "chương trình công tác",
        "đại hội đảng", "thủ tục hành chính", "công chức", "đơn vị hành chính", "kỷ cương", "giao ban",
        "đại hội", "đại hội đại biểu", "tổ chức bộ máy", "bộ máy", "sáp nhập", "quy hoạch cán bộ", "tư tưởng",
        "học tập và làm theo", "kỷ niệm", "quốc khánh", "tổ chức chính trị - xã hội", "hồ sơ", "dịch vụ công",
        "trực tuyến", "kiến nghị", "phản ánh", "tiếp dân", "đối thoại",
    ),
}
# Phrases that hold a sector's word but name no sector, or all of them: "kinh tế - xã hội" is not society.
NEUTRAL = (
    "kinh tế - xã hội", "kinh tế – xã hội", "kinh tế xã hội", "kinh tế-xã hội", "kt-xh", "xã hội hóa", "nhiệm vụ chính trị",
    "xã hội chủ nghĩa", "trường hợp",
)

_SECTOR_OF_WORD = {w: s for s, words in SECTOR_WORDS.items() for w in words} | {w: None for w in NEUTRAL}
# One pass over the quote, the longest phrase winning where several start: "trật tự an toàn xã hội" is
# security, and its "xã hội" is not counted again for society.
_WORDS = re.compile(r"(?<!\w)" + phrase_alternation(_SECTOR_OF_WORD) + r"(?!\w)")
# The matter a quote names first is its subject ("Công tác giải phóng mặt bằng để triển khai các dự án"):
# its sector wins a tie.
_SUBJECT_BONUS = 0.5


def sector_of(quote: str) -> Sector:
    """The sector whose words the quote uses most, the first one named winning a tie."""
    scores: dict[Sector, float] = {}
    for m in _WORDS.finditer(match_key(quote)):
        sector = _SECTOR_OF_WORD[m.group(0)]
        if sector is not None:
            scores[sector] = scores.get(sector, 0.0) + (1.0 if scores else 1.0 + _SUBJECT_BONUS)
    return max(scores, key=lambda s: scores[s]) if scores else Sector.other
