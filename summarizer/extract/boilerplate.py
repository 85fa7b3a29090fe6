"""Which sentences of an article are items at all: what is about the meeting itself (its agenda,
who attended, awards handed out, how it was held), captions and headings, and the pieces a cut or
a scrape leaves (the half word at the end of an excerpt, a lead paragraph printed twice)."""

from __future__ import annotations

import re

from ..text import SPEECH_FRAMES, find_figures, phrase_alternation, phrases
from .categories import PROPOSAL

# The meeting's own business, written in the genre's few ways: what it heard or passed ("các đại
# biểu đã nghe báo cáo…", "Hội nghị thông qua các dự thảo: …"), who attended ("Dự hội nghị có các
# đồng chí: …", "… đến dự"), the awards handed out ("trao Bằng khen cho các tập thể"), and how it
# was held ("được tổ chức trực tuyến đến 20 điểm cầu").
_REPORT_NOUN = r"(?:dự thảo|báo cáo|tờ trình|chương trình|nghị quyết|chỉ thị|danh mục|đề án|kế hoạch|quy chế|nội dung)"
_MEETING_BUSINESS = re.compile(
    # heard or passed: the meeting (or its delegates) as subject, a report as object
    rf"(?:hội nghị|đại biểu|cuộc họp|phiên họp|kỳ họp|chương trình họp|hđnd|hội đồng nhân dân)\b[^.;:]{{0,60}}?"
    rf"\b(?:nghe|thông qua|cho ý kiến|tham gia ý kiến|góp ý|xem xét|quán triệt|trình bày),?\s+(?:\S++\s+){{0,10}}?(?:các\s+|những\s+|một số\s+)?"
    # or what it was instructed in: "Hội nghị cũng được nghe Ban Xây dựng Đảng hướng dẫn …"
    rf"(?:{_REPORT_NOUN}|hướng dẫn)"
    # or lists it: "Nội dung hội nghị gồm: Báo cáo …"
    rf"|(?:hội nghị|cuộc họp|phiên họp)\b[^.;:]{{0,40}}?\bgồm\b:?\s*(?:\S++\s+){{0,3}}?{_REPORT_NOUN}"
    # attended
    r"|^tham dự\b|\btham dự (?:hội nghị|cuộc họp|phiên họp|kỳ họp|có)\b|\b(?:về dự|đến dự|tới dự|cùng dự|dự và chỉ đạo|dự chỉ đạo)\b"
    # (who came and spoke, told last: "Đồng chí …, Phó Chủ tịch Thường trực HĐND TPHCM dự và phát biểu chỉ đạo")
    r"|\bdự và phát biểu chỉ đạo\W*$"
    # "… và lãnh đạo 7 phường tham dự.": who attended, then the verb that ends the sentence
    r"|\btham dự\W*$"
    # "Các đồng chí: …, Phó Bí thư Huyện ủy; …, Phó Chủ tịch UBND huyện dự.": the persons first, the bare verb last
    r"|^(?:các )?đồng chí\b[^.]*\bdự\W*$"
    # "Các ông: …; … chủ trì kỳ họp.": who chaired, then the verb that ends the sentence
    r"|\bchủ trì (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\W*$"
    # "Bà …, Bí thư Đảng ủy, Chủ tịch HĐND xã và bà …, Phó Chủ tịch HĐND xã điều hành kỳ họp.": who chaired
    r"|\bđiều hành (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\W*$"
    # what it reviewed, with no word of how it went: "Hội nghị đã tập trung đánh giá toàn diện kết quả
    # công tác …; phân tích nguyên nhân …" (but "Hội nghị đánh giá kết quả …, thu ngân sách đạt …" reports)
    # ("Hội nghị đánh giá tình hình sản xuất nông nghiệp duy trì ổn định; …, đảm bảo đúng quy định" tells how it went)
    r"|(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b[^.;:]{0,30}?\bđánh giá (?:toàn diện |)(?:tình hình|kết quả)\b"
    r"(?![^.:]*\b(?:đạt|tăng|giảm|vượt|hoàn thành|ổn định|đảm bảo|bảo đảm)\b)"
    # … or with the organ as the subject, and no more: "Huyện ủy Tân Lạc đánh giá kết quả công tác tháng 10." (the
    # headline printed under a date line; "…, thu ngân sách đạt …" or a ';' after it reports)
    r"|^[^.;:,]{0,50}?\b(?:đánh giá|sơ kết|tổng kết) (?:tình hình|kết quả) (?:công tác|thực hiện|hoạt động)\b"
    r"(?![^.:]*\b(?:đạt|tăng|giảm|vượt|hoàn thành)\b)[^.;:,]{0,60}\W*$"
    # took in the delegates' views to finish its reports: "Hội nghị đã tiếp thu ý kiến đóng góp của đại biểu để bổ
    # sung, hoàn thiện các báo cáo, …"
    rf"|(?:hội nghị|cuộc họp|phiên họp|kỳ họp|ban chấp hành)\b[^.;:]{{0,40}}?\btiếp thu (?:các |những )?ý kiến\b"
    rf"[^.;:]{{0,80}}?\bhoàn thiện\s+(?:các\s+|những\s+)?(?:{_REPORT_NOUN}|văn kiện)"
    # the plan's decisions handed out at it: "… đã công bố Quyết định giao chỉ tiêu kế hoạch … và dự toán ngân sách năm
    # 2026", "trao quyết định giao chỉ tiêu … cho 7 cơ quan"
    r"|\b(?:công bố|trao)\s+(?:các\s+)?quyết định\b[^.;:]{0,60}?\b(?:giao (?:các )?(?:chỉ tiêu|dự toán|kế hoạch)"
    r"|(?:tổ chức )?triển khai (?:các )?giải pháp thực hiện kế hoạch)"
    # its vote: "Tại hội nghị Ban Chấp hành … đã lấy ý kiến, 100% thống nhất triển khai 6 nghị quyết chuyên đề …"
    r"|(?:hội nghị|ban chấp hành|ban thường vụ|đại biểu|kỳ họp)\b[^.;:]{0,60}?\b(?:lấy ý kiến|biểu quyết)\b[^.;:]{0,40}?"
    r"\b(?:thống nhất|nhất trí|thông qua)\b"
    # a photo caption left in a paragraph: "Trong ảnh: Người dân đến làm thủ tục …", "Trong ảnh, du khách …"
    r"|^(?:trong )?ảnh\s?:|^trong ảnh\s?,"
    # who chaired and who kept the minutes ("Chủ tọa kỳ họp: …", "Thư ký kỳ họp: …"), who convened it
    r"|^(?:chủ tọa|thư ký) (?:điều hành )?(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b|\btriệu tập (?:các )?(?:đại biểu|kỳ họp|hội nghị)\b"
    # a council's question time and what it took up: "Không khí … sôi nổi trong phiên chất vấn", "Nội dung
    # chất vấn tập trung vào …: a; b" (the voters' concerns it raised are no finding of the report)
    r"|\b(?:phiên|nội dung) chất vấn\b"
    # ("Các vấn đề giải trình, làm rõ và trả lời chất vấn tập trung vào các lĩnh vực như: y tế, …")
    r"|^\W*(?:các\s+)?vấn đề\b[^.;:]{0,40}?\bchất vấn\b"
    # a report presented to it: "UBND xã đã trình bày các báo cáo về …"
    rf"|\btrình bày\s+(?:\S++\s+){{0,3}}?(?:các\s+|những\s+)?{_REPORT_NOUN}\b"
    # spoke or submitted at it: "đã tham luận, chia sẻ kinh nghiệm", "những nội dung trình hội nghị",
    # "UBND huyện báo cáo với Hội nghị về tiến độ …", but not "Báo cáo tại hội nghị cho thấy, …" (the report's results)
    r"|\btham luận\b|\btrình (?:hội nghị|kỳ họp|cuộc họp)\b|\bbáo cáo (?:với|tại|trước) (?:hội nghị|cuộc họp|phiên họp)\b(?![^.;:]{0,100}?\b(?:cho thấy|cho biết|nêu rõ|trong đó|theo đó)\b)"
    r"|^(?:\S++\s+){0,2}?(?:dự|chủ trì) (?:hội nghị|cuộc họp|phiên họp|họp|buổi giao ban|buổi làm việc) có\b"
    # awards
    r"|\b(?:trao|tặng|nhận)\s+(?:tặng\s+)?(?:\S++\s+){0,2}?(?:bằng khen|giấy khen|cờ thi đua|huân chương|huy chương|kỷ niệm chương)"
    # the party badges a ceremony hands out, and how many received each ("3 đồng chí nhận Huy hiệu 50 năm tuổi
    # Đảng, 7 đồng chí …"): not after a ';' or a deed told done, where a badge is a deed of the period listed among
    # others ("… kết nạp 34 đảng viên; trao huy hiệu Đảng cho 22 đảng viên")
    r"|^(?![^;]*\bđã\b)[^;]*?\b(?:trao|tặng|nhận)\s+(?:tặng\s+)?huy hiệu\b"
    # flowers handed to the meeting: "Đồng chí …, Phó Chủ tịch Ủy ban MTTQ thành phố tặng hoa chúc mừng hội nghị"
    r"|\b(?:trao|tặng)\s+(?:lẵng\s+|bó\s+)?hoa\s+chúc mừng\b"
    # handed out at the meeting itself: "Tại hội nghị, lãnh đạo huyện trao Huy hiệu … cho các đồng chí: …",
    # "Dịp này, Ban Thường vụ đã trao tặng …"
    # ("Cũng tại Hội nghị, Đảng ủy xã đã tổ chức trao Huy hiệu … cho 11 đảng viên")
    # ("Đợt này Đảng bộ phường đã trao Huy hiệu Đảng … cho 01 đ/c đảng viên 60 năm tuổi đảng, …": on this occasion)
    r"|^(?:cũng\s+)?(?:tại (?:hội nghị|cuộc họp|phiên họp|kỳ họp)|(?:nhân )?dịp này|đợt này)\b[^.;:]{0,80}?\b(?:trao|tặng|khen thưởng)\s(?!đổi\b)"
    # (not after a ';': a deed of the period listed among others, "…; tổ chức tổng kết năm, khen thưởng 05 tổ chức …")
    r"|^[^;]*?\bkhen thưởng\s+(?:cho\s+)?(?:các\s+|\d+\s+)?(?:tập thể|cá nhân|tổ chức)"
    # the meeting itself passing documents down, its subject and an adverb first ("Bên cạnh đó, Hội nghị còn tổ
    # chức triển khai Nghị quyết … của Quốc hội"; not "đã tổ chức hội nghị triển khai …", a conference of the period)
    r"|^(?:[^,.;:]{0,20},\s*)?(?:hội nghị|cuộc họp|kỳ họp|phiên họp)\s+(?:(?:cũng|còn|đã)\s+)+(?:tổ chức\s+)?(?:triển khai|quán triệt|phổ biến)\b"
    # what a council session takes up, told where ("Tại kỳ họp này, HĐND huyện sẽ xem xét, quyết định 03 nội dung …")
    r"|^(?:cũng\s+)?tại (?:kỳ họp|hội nghị|phiên họp|cuộc họp)(?: này)?,?\s[^.;:]{0,60}?\b(?:sẽ\s+)?xem xét\b"
    # who chaired it, named before ("Các đồng chí …, Bí thư Huyện ủy …; …, Phó Chủ tịch HĐND huyện chủ tọa kỳ họp."),
    # and its close ("… đã tiếp thu toàn bộ ý kiến và kết thúc hội nghị.")
    r"|\b(?:chủ tọa|chủ trì|điều hành|kết thúc|bế mạc) (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\W*$"
    # … and its closing formula: "Kỳ họp thứ 15, Hội đồng nhân dân huyện … thành công tốt đẹp./."
    r"|^\W*(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b[^.;:]{0,80}?\bthành công tốt đẹp\b"
    # the views it heard, counted: "Hội nghị đã có 09 ý kiến đại diện cho các chi bộ, …" (not the matters they
    # raised, listed after a colon: "… được nghe 11 ý kiến … về các vấn đề: …")
    # (not the deeds they centre on: "Hội nghị ghi nhận 4 ý kiến … tập trung vào nâng cao …", _proposed_deeds)
    r"|^\W*(?:hội nghị|cuộc họp|phiên họp|kỳ họp)(?:\s+này)?\s+(?:đã\s+)?(?:được\s+)?(?:có|nhận được|nghe)\s+\d+\s+(?:lượt\s+)?ý kiến\b(?![^.;:]*\btập trung\b)(?![^.;]*:)"
    # … and who it heard, named: "Kỳ họp này đã được nghe ông Nguyễn Đình Thắng, …, đại diện cho …"
    r"|^\W*(?:hội nghị|cuộc họp|phiên họp|kỳ họp)(?:\s+này)?\s+(?:đã\s+)?(?:được\s+)?nghe\s+(?:ông|bà|đồng chí|đ/c)\s"
    # the delegates' questions to the departments: "Tại kỳ họp, các đại biểu HĐND huyện chất vấn đối với lãnh đạo Phòng …"
    # (not the matters listed after a colon: "Đại biểu … đã thảo luận, chất vấn những nội dung cử tri quan tâm như: …")
    r"|\bđại biểu\b[^.;:]{0,40}?\bchất vấn\b(?![^.;]*:)"
    # what this meeting passed, told where: "Tại hội nghị này, các đồng chí Ủy viên Ban Chấp hành đã nhất trí và thông qua
    # Chương trình làm việc …"; and the organs presenting their reports to a session: "Thường trực và các Ban HĐND xã
    # trình Báo cáo …", "Bên cạnh đó, UBND xã cũng trình Đồ án quy hoạch …", "Thường trực ủy ban MTTQ xã thông qua Báo cáo …"
    r"|^(?:cũng\s+)?tại (?:hội nghị|kỳ họp|phiên họp|cuộc họp)(?: này)?,[^.;:]{0,80}?\b(?:nhất trí|thông qua|biểu quyết)\b"
    r"|^(?:[^,.;:]{0,20},\s*)?(?:ubnd|ủy ban|uỷ ban|thường trực|các ban|hđnd)\b[^.;:]{0,60}?\s(?:cũng\s+)?(?:đã\s+)?(?:trình|thông qua)\s+"
    r"(?:các\s+)?(?:báo cáo|tờ trình|đồ án|dự thảo|đề án)\b(?![^.;:]*\b(?:đạt|tăng|giảm|vượt|cho thấy|trong đó)\b)"
    # a voter who spoke at it: "Cử tri Hoàng Văn A thôn Pù Cà phát biểu đóng góp"
    r"|^cử tri\b[^.;:]{0,60}?\bphát biểu\b"
    # the documents passed or to be passed at it, its subject named or left out: "Hội nghị cũng thông qua dự thảo Chỉ
    # thị …", "Đồng thời, thông qua nhiều nghị quyết về: …", "Buổi sáng, HĐND huyện sẽ thông qua 9 báo cáo …", "Thông
    # qua tờ trình đề nghị …" (but "Thông qua các chương trình, …" and "Thông qua báo cáo …, hội nghị đã đánh giá …"
    # are "by means of")
    r"|^(?:[^.;:]{0,60}?\s)?(?:(?:sẽ|đã|cũng|còn)\s+)*(?:(?:xem xét|thảo luận),?\s+(?:và\s+)?)?"
    r"thông qua\s+(?:(?:các|những|nhiều|một số|\d+)\s+)?(?:dự thảo|tờ trình|nghị quyết|quy chế|(?<!^thông qua )(?:chỉ thị|báo cáo))\b"
    # who came, by the side they came for ("Về phía xã Hùng Xuyên có đồng chí …; Về phía đơn vị kết nghĩa có đồng chí: …")
    # (an excerpt that starts inside the list of who came: "Cùng các đồng chí nguyên là bí thư, chủ tịch HĐND huyện; …")
    r"|^cùng (?:với )?(?:các )?đồng chí\b"
    # (a dot inside a name: "Về phía TP.Vị Thanh có ông …")
    r"|^về phía\b(?:[^.;:]|\.(?=\S)){0,80}?\bcó (?:các )?(?:đồng chí|đ/c|ông|bà|đại diện|lãnh đạo)(?!\w)"
    # held online
    r"|tổ chức (?:theo hình thức )?trực tuyến|\bđiểm cầu\b"
    # another review held within it: "Hội nghị cũng kết hợp tổ chức tổng kết thực hiện Nghị quyết 18 …"
    r"|^(?:hội nghị|cuộc họp|kỳ họp|phiên họp)\s+(?:cũng\s+)?(?:đã\s+)?(?:kết hợp|lồng ghép)\b"
    # documents passed down to those present: "Tại hội nghị, lãnh đạo phường đã triển khai các văn bản, quy định mới …"
    r"|^tại (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b[^.;:]{0,60}?\b(?:triển khai|quán triệt|phổ biến)\s+(?:các\s+|những\s+)?(?:văn bản|quy định)\b"
    # spoke, with no word of what was said: "các đại biểu đã tham gia phát biểu ý kiến và đề ra …"
    r"|\bđại biểu\b[^.;:]{0,40}?\bphát biểu (?:ý kiến|thảo luận)\b"
    # who presented the report, with nothing of what it says (a photo caption): "Đại diện lãnh đạo xã báo
    # cáo kết quả thực hiện nhiệm vụ năm 2025."
    # (a title may be long: "Đồng chí …, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch HĐND phường báo cáo …")
    # (after where, and by rank: "Tại hội nghị, Thượng tá …, Phó Trưởng Công an huyện đã báo cáo tình hình …")
    # ("Tại Hội nghị thay mặt lãnh đạo UBND xã, đ/c … đã Báo cáo tình hình …")
    r"|^(?:(?:tại|trong) (?:hội nghị|cuộc họp|phiên họp|kỳ họp),?\s+)?(?:thay mặt\s+)?"
    # ("Đ/c …, Bí thư Đoàn xã thông qua báo cáo tổng kết")
    # (or the organs themselves: "Thường trực Huyện ủy, UBND huyện báo cáo tình hình kinh tế - xã hội … 9 tháng năm 2021.")
    r"(?:đại diện|lãnh đạo|đồng chí|đ/c|ông|bà|(?:đại|thượng|trung|thiếu) (?:tá|úy)|thường trực|ubnd|ủy ban nhân dân)(?!\w)[^.;:]{0,120}?"
    r"\b(?:(?:thông qua|trình bày) )?báo cáo (?:kết quả|tình hình|tổng kết|sơ kết)\b"
    r"(?![^.;:]*\b(?:đạt|tăng|giảm|vượt|hoàn thành|cho thấy|cho biết|nêu rõ|trong đó|theo đó|với)\b)[^.;:]*\.?\s*$"
    # the departments reporting in turn: "Trong cuộc họp, các ngành đã báo cáo tình hình hoạt động …"
    # ("Tại kỳ họp, Thường trực HĐND xã … báo cáo hoạt động năm 2025, chương trình công tác năm 2026")
    r"|^(?:trong|tại) (?:hội nghị|cuộc họp|phiên họp|kỳ họp)\b[^.;:]{0,40}?\b(?:ngành|đơn vị|phòng|xã|phường)\b[^.;:]{0,30}?"
    r"\bbáo cáo (?:tình hình|kết quả|hoạt động)\b(?![^.;:]{0,100}?\b(?:cho thấy|cho biết|trong đó|theo đó)\b)"
    # a council session's guests ("Dự kỳ họp có: …")
    r"|^(?:\S++\s+){0,2}?dự kỳ họp có\b"
    # the formula that closes an agenda: "… và quyết định những vấn đề quan trọng khác."
    r"|\b(?:quyết định|xem xét|thảo luận|cho ý kiến)\s+(?:những|các|một số)\s+(?:vấn đề|nội dung)\s+(?:quan trọng\s+)?khác\b"
    # when the session itself closes: "Dự kiến kỳ họp sẽ bế mạc ngày 28/6." (its schedule, no task of the period)
    r"|\b(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\s+(?:(?:sẽ|dự kiến|được)\s+)*bế mạc\b"
    # the answers given to what was raised at it: "Lãnh đạo xã … đã trao đổi, giải đáp các thông tin liên quan."
    r"|\btrao đổi,? (?:làm rõ,? )?giải đáp\b"
    # ("Lãnh đạo Huyện ủy đã tiếp thu và trực tiếp trả lời các vấn đề …", "Tại Kỳ họp, đại diện lãnh đạo UBND huyện trả
    # lời các ý kiến, kiến nghị của cử tri …"; not "đã trả lời 45/45 kiến nghị", the period's work)
    r"|\btiếp thu,?\s+(?:và\s+)?(?:trực tiếp\s+)?(?:giải đáp|trả lời)\b"
    # (and what was exchanged or put forward at it, with no list of what: "Tại hội nghị, cán bộ Đoàn đã trao đổi nhiều
    # nội dung, giải pháp …", "Tại hội nghị các bộ phận chuyên môn đã báo cáo, đề xuất nhiều nội dung …")
    r"|^(?:cũng\s+)?(?:tại|trong) (?:hội nghị|kỳ họp|phiên họp|cuộc họp)\b[^.;:]{0,80}?\b(?:trả lời|giải đáp|(?:trao đổi|đề xuất)(?![^.]*[:;]))"
    # its agenda, named as what it ran with: "Kỳ họp diễn ra với một số nội dung quan trọng như: …"
    r"|^(?:hội nghị|cuộc họp|phiên họp|kỳ họp)\s+(?:đã\s+)?diễn ra với\b"
    # that it got through its agenda: "Đại hội đã hoàn thành toàn bộ nội dung và chương trình đề ra, với …"
    r"|^(?:đại hội|hội nghị|cuộc họp|phiên họp|kỳ họp)\b[^.;:]{0,30}?\bhoàn thành (?:toàn bộ |tất cả |các )?(?:nội dung|chương trình)\b",
)
# What an official says: a sentence that has it is a speech, whatever meeting words it holds.
# "giao" as assigning ("giao cho", "giao nhiệm vụ"), not in "giao thông", "giao dịch", "bàn giao";
# "đề nghị" as asking, not in "tờ trình đề nghị …" (a submission named).
# Of those, the words of an official directing, not stressing.
_DIRECTING = rf"yêu cầu(?<!đáp ứng yêu cầu)|{PROPOSAL}|chỉ đạo các|(?<!quyết định )giao (?:cho|nhiệm vụ|chỉ tiêu|kế hoạch)"
_SPEECH = re.compile(rf"\b(?:{_DIRECTING}|nhấn mạnh|lưu ý)\b")
_DIRECTS = re.compile(rf"\b(?:{_DIRECTING})\b")


def is_speech(sentence: str) -> bool:
    return bool(_SPEECH.search(sentence.lower()))


def directs(sentence: str) -> bool:
    """Whether a sentence (or a lead) has an official directing: "… đã thống nhất, chỉ đạo các chuyên môn …"."""
    return bool(_DIRECTS.search(sentence.lower()))


# Words one of which every alternative above has (keep them in step): most sentences have none,
# and are passed over at once. (The literal ones as a trie: an alternation of a hundred phrases is
# tried phrase by phrase at each character.)
_BUSINESS_PHRASES = [
    "giải đáp", "trả lời", "trao đổi", "đề xuất", "bế mạc", "dự kỳ", "nghe", "thông qua", "cho ý kiến", "góp ý",
    "xem xét", "quán triệt", "gồm", "tham luận", "chủ trì", "chủ tọa", "thư ký", "triệu tập", "chất vấn", "khen",
    "huy hiệu", "trao", "tặng", "cờ thi đua", "trực tuyến", "điểm cầu", "phát biểu", "kết hợp", "lồng ghép",
    "thành công tốt đẹp", "buổi giao ban có", "diễn ra với", "tiếp thu", "công bố", "lấy ý kiến", "biểu quyết", "trong ảnh",
    *phrases("điều hành ", ("hội", "cuộc", "phiên", "kỳ")),
    *phrases(("đánh giá", "sơ kết", "tổng kết"), " ", ("toàn diện ", ""), ("tình", "kết")),
    *phrases(("vấn đề", "nội dung"), (" quan trọng", ""), " khác"),
    *phrases(("tham", "về", "đến", "tới", "cùng"), " dự"),
    *phrases("dự ", ("và", "chỉ", "hội", "cuộc", "phiên", "họp")),
    *phrases("trình ", ("hội", "kỳ", "cuộc", "bày")),
    *phrases("báo cáo ", ("với", "tại", "trước", "tình", "kết", "hoạt")),
    *phrases(("huân", "huy", "niệm"), " chương"),
    *phrases(("triển khai", "phổ biến"), " ", ("các ", "những ", ""), ("văn bản", "quy định")),
    *phrases(("cũng", "còn", "đã"), " ", ("tổ chức ", ""), ("triển khai", "phổ biến")),
    *phrases("kết thúc ", ("hội", "cuộc", "phiên", "kỳ")),
    *phrases("trình ", ("các ", ""), ("báo cáo", "tờ trình", "đồ án", "dự thảo", "đề án")),
    *phrases("hoàn thành ", ("toàn bộ ", "tất cả ", "các ", ""), ("nội dung", "chương trình")),
]
_BUSINESS_WORD = re.compile(
    phrase_alternation(_BUSINESS_PHRASES)
    + r"|ảnh\s?:|dự\W*$|^về phía|^cùng (?:với )?(?:các )?đồng chí|\d+ (?:lượt )?ý kiến"
)
# "Theo báo cáo tại cuộc họp, …" is what the report says: the period's results, not the meeting's business.
# So is a count of the period ("Năm 2025 có 50 hộ đăng ký …, được UBND tỉnh tặng bằng khen cho 01 hộ, …",
# "Trong năm, phường có 1 hộ …"): the awards its people won in it are among its results, as the
# resolutions a council passed in it ("Năm 2024, HĐND huyện đã thông qua 12 nghị quyết …").
_PER_REPORT = re.compile(
    r"^\W*(?:theo báo cáo\b|(?:trong )?năm(?: \d{4})?,? (?:\S+ ){0,2}?có \d"
    r"|(?:trong )?(?:năm|quý|tháng)\b[^.;:]{0,80}?\bthông qua \d)"
)
# An event of the period held well is a result, whatever ceremony or award it names: "huyện đã tổ chức thành
# công Lễ công bố đạt chuẩn nông thôn mới và đón nhận Huân chương Lao động".
_HELD_WELL = "tổ chức thành công"
# Meetings counted are the period's work, not this meeting's business: "Đảng bộ đã tổ chức 6 hội nghị học tập
# nghị quyết cho 450 lượt đảng viên", "tổ chức 12 cuộc họp, cho ý kiến 30 dự thảo" (a number before the word;
# "Hội nghị đã nghe 5 báo cáo" counts what this one heard).
_COUNTED_MEETINGS = re.compile(r"(?<![\d/.,])\d+\s+(?:hội nghị|cuộc họp|phiên họp|kỳ họp|buổi họp|hội thảo)\b")

# A conference to study a resolution, told done among the period's deeds, is its work too: "đã mở được 01 lớp
# nhận thức về Đảng …, tổ chức hội nghị trực tuyến triển khai học tập Chuyên đề năm 2025 tại 11 điểm cầu".
_STUDY_HELD = re.compile(r"\bđã\b[^.;:]{0,120}?\bhội nghị (?:trực tuyến )?(?:triển khai )?(?:học tập|quán triệt)\b")


def studies_held(low: str) -> bool:
    """Whether a lower-cased sentence tells a study conference held in the period."""
    return ("học tập" in low or "quán triệt" in low) and "hội nghị" in low and _STUDY_HELD.search(low) is not None


def is_meeting_business(sentence: str) -> bool:
    """A sentence about the meeting's agenda, attendance, awards or form: not a fact reviewed."""
    low = sentence.lower()  # (the patterns are lower case: faster than matching ignoring case)
    return (
        bool(_BUSINESS_WORD.search(low) and _MEETING_BUSINESS.search(low))
        and not _SPEECH.search(low)
        and not _PER_REPORT.search(low)
        and _HELD_WELL not in low
        and not _COUNTED_MEETINGS.search(low)
        and not studies_held(low)
    )


# What a report heard goes on to say: "đại biểu được nghe báo cáo kết quả tháng 10, trong
# đó Đảng ủy xã đã …, đạt nhiều kết quả tích cực; kinh tế - xã hội phát triển ổn định": the facts of
# the report, after the meeting's business.
# ("Phiên họp đã đánh giá kết quả thực hiện nhiệm vụ tháng 1, trong đó, công tác thu ngân sách được …":
# what the meeting reviewed, then the results)
# (or put to it: "Báo cáo của UBND thành phố trình kỳ họp cho biết, năm 2019, tổng giá trị sản xuất … đạt …")
_HEARD = re.compile(r"\b(?:nghe|trình bày|(?<!tờ )trình|đánh giá)\b")
_REPORTED = re.compile(r",\s*(?:trong đó|theo đó|nhất là|đặc biệt là)\s*,?\s+|\bcho (?:thấy|biết)\s*,?\s+")


def _results_after(sentence: str, verb: re.Pattern[str]) -> int | None:
    """Where the results start that a sentence states after `verb` and "trong đó", "nhất là" …, or None."""
    low = sentence.lower()
    said = verb.search(low)
    reported = _REPORTED.search(low, said.end()) if said else None
    if reported is None or not _OUTCOME.search(low, reported.end()):
        return None
    return reported.end()


def heard_results(sentence: str) -> int | None:
    """Where the results a heard report states start in a sentence of the meeting's business, or None."""
    return _results_after(sentence, _HEARD)


# What the meeting praised, then singled out: "Hội nghị đánh giá, ghi nhận những kết quả tích cực trong công
# tác tháng 8, nhất là việc tổ chức thành công Đại hội …": the results singled out are the period's.
_PRAISED = re.compile(r"\b(?:ghi nhận|đánh giá cao|biểu dương|đánh giá)\b")


# Praise of the effort put into a named field of work of the period: "… ghi nhận và đánh giá cao sự vào cuộc quyết liệt
# của cả hệ thống chính trị xã trong công tác khắc phục hậu quả mưa lũ": the work praised is a result.
# (or in a deed: "ghi nhận nỗ lực của huyện trong việc hoàn thành 38/43 chỉ tiêu đề ra")
_WORK_EFFORT = r"(?:sự (?:vào cuộc|nỗ lực|cố gắng)|những nỗ lực|nỗ lực)\b[^.;:]{0,120}?\btrong (?:công tác|việc)\s"
_EFFORT_PRAISED = re.compile(
    r"\b(?:ghi nhận|đánh giá cao|biểu dương)(?: và (?:ghi nhận|đánh giá cao|biểu dương))?\s+(?=" + _WORK_EFFORT + ")"
)
_EFFORT_AT_START = re.compile(_WORK_EFFORT)


def names_effort(detail: str) -> bool:
    """The detail a praise singled out is the effort put into a named work (a result, with no figure)."""
    return _EFFORT_AT_START.match(detail.lower()) is not None


# … or the fields it singled out, the results in them unnamed: "ghi nhận những kết quả Đảng bộ xã đạt
# được năm qua, đặc biệt là trên các lĩnh vực công tác cán bộ, sắp xếp bộ máy …"
_FIELDS_PRAISED = re.compile(
    r"\b(?:ghi nhận|đánh giá cao|biểu dương)\b[^.;:]{0,40}?\bkết quả\b[^.;:]{0,120}?,\s*(?:nhất là|đặc biệt là)\s+"
    r"(?=(?:trên|trong|ở)\s+(?:các\s+|những\s+)?lĩnh vực\s)"
)


def praised_fields(sentence: str) -> int | None:
    """Where the fields a praise of the period's results singles out start, or None."""
    m = _FIELDS_PRAISED.search(sentence.lower()) if "lĩnh vực" in sentence else None
    return m.end() if m else None


# The period's results praised by name: "biểu dương những kết quả nổi bật của phường trong quý III-2025, đặc biệt là
# …" (what it singles out is a result, whatever the speech goes on to ask).
_RESULTS_PRAISED = re.compile(r"\b(?:ghi nhận|đánh giá cao|biểu dương)\b[^.;:]{0,40}?\b(?:kết quả|thành tích)\b")


def praises_results(lead: str) -> bool:
    return _RESULTS_PRAISED.search(lead.lower()) is not None


def praised_detail(sentence: str) -> int | None:
    """Where the results a sentence praising the period's work singles out start, or None."""
    fields = praised_fields(sentence)
    if fields is not None:
        return fields
    found = _results_after(sentence, _PRAISED)
    if found is None and "trong " in sentence:
        effort = _EFFORT_PRAISED.search(sentence.lower())
        return effort.end() if effort else None
    return found


# A report of the period's results heard or presented ("các đại biểu đã nghe và thảo luận báo cáo tình
# hình thực hiện kế hoạch … năm 2025."): what its paragraph goes on to say are those results, whatever
# a speech before asked.
_RESULTS_REPORT = re.compile(
    r"\b(?:nghe|trình bày)\b[^.;:]{0,60}?\bbáo cáo\s+(?:\S++\s+){0,3}?(?:kết quả|tình hình)\b(?![^.;:]*\bphương hướng\b)"
)


def reports_results(sentence: str) -> bool:
    return _RESULTS_REPORT.search(sentence.lower()) is not None


# What the period means, said of it or of the meeting ("Năm 2025 là năm có ý nghĩa đặc biệt quan
# trọng, …", "Kỳ họp có ý nghĩa quan trọng trong bối cảnh …"): a setting, not a result.
_SIGNIFICANCE = re.compile(
    r"\bcó ý nghĩa (?:rất |đặc biệt |hết sức |vô cùng )?(?:quan trọng|quyết định|to lớn|lịch sử|cách mạng)\b"
    # ("… khẳng định đây là kỳ họp cuối năm có ý nghĩa đặc biệt, là dịp nhìn lại …")
    r"|\bcó ý nghĩa đặc biệt\b(?! (?:quan trọng|to lớn))"
    # "Kỳ họp thứ Hai … là sự kiện chính trị quan trọng, nhằm đánh giá …": the meeting's weight
    r"|\blà (?:một )?sự kiện (?:chính trị )?(?:rất |đặc biệt |hết sức )?(?:quan trọng|trọng đại|có ý nghĩa)\b"
    # how a commune of the 2025 reform came to be: "Xã … được thành lập trên cơ sở sáp nhập 3 xã: …"
    r"|\bđược thành lập trên cơ sở (?:sắp xếp,? |nhập |sáp nhập|hợp nhất)"
)
# The mood of the days, with no deed in it: "Trong không khí hân hoan chào mừng Đại hội Đảng bộ …".
_MOOD = re.compile(r"trong không khí\b[^.;]*?\bchào mừng\b(?![^.;]*\b(?:đã|được|đạt)\b)")


# What a date or an event marks, with no deed of the unit told beside it: "Từ ngày 1/7/2025, bộ máy chính quyền
# 2 cấp chính thức đi vào hoạt động, đánh dấu giai đoạn phát triển mới", "Năm 2025 đánh dấu bước tiến … trong năm
# đầu vận hành mô hình mới" (a milestone of the reform, not a result; "… đánh dấu bước chuyển … khi tổ chức thành
# công Đại hội …" tells a deed, and a count is a result).
_MILESTONE = re.compile(r"\bđánh dấu (?:một |những )?(?:bước|giai đoạn|mốc|dấu mốc|thời điểm)\b")
# What the deed told before brings, its subject only pointing back at it: "Điều này không chỉ giúp rút ngắn thời gian
# giải quyết hồ sơ mà còn cho thấy …" (a comment on the sentence before, no result of its own).
_COMMENT = re.compile(r"^\W*(?:điều này|việc này)\s+(?:\S+\s+){0,3}?(?:giúp|thể hiện|cho thấy|khẳng định|góp phần|tạo)\b")
_DEED = re.compile(r"\b(?:thành công|hoàn thành|đạt|vượt|tăng|giảm|đã)\b")


def _marks_a_milestone(low: str) -> bool:
    return _MILESTONE.search(low) is not None and _DEED.search(low) is None and not any(f.unit for f in find_figures(low))


def states_significance(sentence: str) -> bool:
    low = sentence.lower()
    return (
        _SIGNIFICANCE.search(low) is not None
        or (low.startswith("trong không khí") and _MOOD.match(low) is not None)
        or ("đánh dấu" in low and _marks_a_milestone(low))
        or (_COMMENT.match(low) is not None and not any(f.unit for f in find_figures(low)))
    )


# What a report covers, not what it says: "Báo cáo nêu rõ những kết quả đạt được trên các lĩnh vực …".
_OUTLINE = re.compile(
    r"^(?:báo cáo|hội nghị)\b[^.;:\d]{0,30}?\b(?:nêu rõ|chỉ rõ|chỉ ra|nêu lên|khái quát)\s+(?:những|các|một số)\s+(?:kết quả|ưu điểm)\b[^\d]*$"
)


# A report of results named as the subject of what follows, its sentence ending on the verb: "Dự thảo báo
# cáo kết quả công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm … nêu rõ." (what it states comes next).
_REPORT_SAYS = re.compile(r"^\W*(?:dự thảo\s+)?báo cáo\s+(?:kết quả|tình hình)\b[^:;]*\bnêu(?: rõ)?\W*$")


def names_report_saying(sentence: str) -> bool:
    low = sentence.lower()
    return "nêu" in low and _REPORT_SAYS.search(low) is not None


def outlines_report(sentence: str) -> bool:
    low = sentence.lower()
    return _OUTLINE.search(low) is not None or names_report_saying(low)


# After "… nghe báo cáo tình hình …", the rest of the agenda in the paragraph: sentences that name a
# report and report no result ("Báo cáo tổng kết công tác kiểm tra, giám sát năm 2023.").
# ("Đồng thời, xem xét các báo cáo …" after "Đây là kỳ họp … đánh giá …": the agenda goes on, its subject left out)
_AGENDA_ITEM = re.compile(
    rf"^(?:[-–+•]\s*)?(?:(?:đồng thời|ngoài ra|bên cạnh đó),?\s+(?:xem xét|nghe|thông qua|cho ý kiến)\s+(?:các\s+|những\s+)?)?"
    rf"{_REPORT_NOUN}\b|^quyết toán\b"
    # or a report's title without its noun: "Kết quả thu ngân sách 9 tháng, nhiệm vụ 3 tháng cuối năm 2023.",
    # "Công tác xây dựng Đảng quý I, phương hướng, nhiệm vụ 9 tháng còn lại"
    r"|^(?:kết quả|tình hình|công tác)\b[^.;:]{0,150}?,\s*(?:phương hướng,?\s*)?nhiệm vụ\b"
    # or by the review it names: "Đánh giá tình hình phát triển kinh tế - xã hội 9 tháng năm 2020"
    r"|^(?:đánh giá|sơ kết|tổng kết)\s+(?:tình hình|kết quả)\b",
    re.IGNORECASE,
)
_RESULT = re.compile(r"\b(?:đạt|tăng(?! cường)|giảm|vượt|được|hoàn thành|có)\b", re.IGNORECASE)


def is_agenda_item(sentence: str) -> bool:
    return bool(_AGENDA_ITEM.match(sentence)) and not _RESULT.search(sentence)


# A list of titles may name its first with its article: "Các tờ trình của UBND xã về …".
_LISTED = re.compile(r"^(?:các|những)\s+", re.IGNORECASE)


def lists_titles(body: str) -> bool:
    """Whether what follows a colon, or a paragraph under a lead that announced what the meeting took up ("…,
    gồm:"), holds only the titles of its reports: the first with its noun, the rest perhaps the same title's
    parts ("Báo cáo tổng kết công tác năm 2025; phương hướng, nhiệm vụ năm 2026; công tác xây dựng Đảng"; "Kết
    quả thực hiện nhiệm vụ … quý I, nhiệm vụ trọng tâm quý II; công tác xây dựng Đảng quý I"), none telling a
    result: its agenda."""
    parts = body.split("; ")
    return is_agenda_item(_LISTED.sub("", parts[0].strip(), count=1)) and not any(_RESULT.search(p) for p in parts)


# A photo caption left in the text, or the meeting's name as a subheading: a line with no full stop
# that names the meeting ("Hội nghị lần thứ mười bảy Ban Chấp hành Đảng bộ huyện …").
_UNTERMINATED = re.compile(r"[^.!?…:;\"”»')]$")
# (or the awards handed at it: "Các chi bộ … được khen thưởng hoàn thành xuất sắc nhiệm vụ năm 2025",
# "Tuyên dương các tập thể, cá nhân điển hình tiên tiến …")
# (or names it by its verb, as a headline repeated under the photo: "UBND huyện … họp lệ tháng 10 năm 2023")
_NAMES_MEETING = re.compile(
    r"\b(?:hội nghị|cuộc họp|phiên họp|kỳ họp|khen thưởng|tuyên dương|họp (?:lệ|thường kỳ|thường lệ|định kỳ) (?:tháng|quý))\b",
    re.IGNORECASE,
)


# (a caption that is the meeting's full name may be long: "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ quận … khóa XXVI.")
_OPENS_ON_MEETING = re.compile(r"^\W*(?:hội nghị|kỳ họp|phiên họp|cuộc họp|đại hội)\b", re.IGNORECASE)


def is_caption_line(line: str) -> bool:
    words = len(line.split())
    # (a short caption with its full stop says nothing of its own either: "Chủ tọa kỳ họp.", "Kỳ họp thứ 4
    # HĐND xã …, nhiệm kỳ 2021-2026.")
    return (
        words <= 30
        and (words <= 15 or bool(_UNTERMINATED.search(line)) or _OPENS_ON_MEETING.match(line) is not None)
        and bool(_NAMES_MEETING.search(line))
        and (bool(_UNTERMINATED.search(line)) or not claims(line))
    )


# A photo's caption with its full stop, naming what the photo shows and claiming nothing: "Tuyến đường trục phía Bắc qua
# xã An Thịnh." (a line of its own among paragraphs of results: no verb of the genre's claims, no figure).
_NO_CAPTION = re.compile(r"[\d:;,]")


def is_bare_caption(line: str) -> bool:
    line = line.strip()
    return (
        3 <= len(line.split()) <= 12
        and line.endswith(".")
        and line[:1].isupper()
        and _NO_CAPTION.search(line) is None
        and not claims(line)
    )


_ASIDE = re.compile(r"\([^()]{0,60}\)")


def paragraph_key(line: str) -> str:
    """What two printings of one paragraph share: a lead repeated with "(Khánh Hòa)" added is one
    (lines come normalized: one kind of space, NFC)."""
    return _ASIDE.sub("", line).replace("  ", " ") if "(" in line else line


# The report's customary opening, which says the organ worked, not what came of it: "Năm 2022, Ban
# Chấp hành Đảng bộ huyện đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp
# trên tất cả các lĩnh vực" (with no figure and no word of a result), or says to whom the results are
# owed: "với sự chỉ đạo kịp thời của Huyện ủy, sự nỗ lực của các cấp, ngành…".
# (or in a ';' list of those it is owed to: "Bước vào …, nhiều nhiệm vụ mới phát sinh nhưng dưới sự lãnh đạo … của
# Đảng ủy; sự điều hành quyết liệt của UBND; sự phối hợp … của Ủy ban MTTQ …, phường đã hoàn thành …")
_EFFORT = re.compile(
    r"\blãnh(?: đạo)?,? (?:và )?chỉ đạo\b|^(?:(?:nhưng|song),? )?(?:nhờ |với |dưới )?sự (?:lãnh đạo|chỉ đạo|nỗ lực|quan tâm"
    r"|điều hành|phối hợp|đồng thuận|vào cuộc)\b|\b(?:nhưng|song),? dưới sự (?:lãnh đạo|chỉ đạo)\b"
    # (the other order: "Song, dưới sự chỉ đạo, lãnh đạo quyết liệt của Huyện ủy, …")
    r"|\bchỉ đạo,? (?:và )?lãnh đạo\b"
)
_OUTCOME = re.compile(  # ("tổ chức thành công cuộc bầu cử": an event held well is an outcome)
    r"\b(?:đạt|tăng|giảm|vượt|hoàn thành|giữ vững|ổn định|được|có|chuyển biến|nâng|cải thiện|tiến bộ|thành công)\b"
)


# A count ("ban hành 3 chương trình, 37 kế hoạch"), not a time ("Qua 6 tháng", "năm 2024") nor the name of
# the two-tier local government ("mô hình chính quyền địa phương 2 cấp")
# (not the end of a term's years: "NHIỆM KỲ 2016 - 2021 HỌP LẦN THỨ VIII")
_COUNT = re.compile(r"(?<!năm )(?<!tháng )(?<!quý )(?<!ngày )(?<![\d/.,-])(?<![-–] )\d+(?:[.,]\d+)*\s(?!tháng|năm|quý|ngày|cấp\b)\w")


# The organ directing "the tasks" in general, whatever adverbs it takes: "UBND huyện đã tập trung chỉ đạo
# quyết liệt các nhiệm vụ phát triển kinh tế - xã hội", "đã tập trung chỉ đạo một số nhiệm vụ trọng tâm":
# it names no matter, unless it goes on to a result ("…, đạt 9/12 chỉ tiêu"). (Carrying them out well,
# "đã thực hiện tốt các nhiệm vụ chính trị", is how the period went.)
# (its addressees may come between: "chỉ đạo các cơ quan, đơn vị, tổ chức triển khai và thực hiện các nhiệm vụ …")
# ("tập trung chỉ đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội trên địa bàn năm 2024": the whole of the work, unnamed)
_EFFORT_ON_TASKS = re.compile(
    r"\b(?:chỉ đạo\b[^.;:\d]{0,60}?\b(?:các|những|một số)|nỗ lực (?:triển khai|thực hiện)(?: các| những)?) nhiệm vụ\b"
    r"|\bchỉ đạo (?:thực hiện|triển khai) nhiệm vụ (?:phát triển kinh tế\s*-\s*xã hội|chính trị|trọng tâm)\b"
    # the tasks handled as the level above directed, none named: "xử lý các nhiệm vụ theo chỉ đạo của UBND thành phố"
    r"|\b(?:thực hiện|xử lý|triển khai|giải quyết) (?:các |những )?(?:nhiệm vụ|công việc) theo (?:sự )?chỉ đạo\b"
)
# The leaders' routine, with no meeting named: "…; tham gia các cuộc họp, hội nghị…" (but "tham dự kỳ họp HĐND
# các xã … kiện toàn chức danh …" says which, and what it did).
_BARE_ATTENDANCE = re.compile(
    r"(?:tham gia|tham dự|dự)\s+(?:các\s+|nhiều\s+)?(?:cuộc họp|hội nghị|hội thảo|buổi làm việc)"
    r"(?:\s*,\s*(?:cuộc họp|hội nghị|hội thảo|buổi làm việc))*[\s.…]*"
)
_RESULT_NAMED = re.compile(r"\b(?:đạt|vượt|hoàn thành|tăng|giảm)\b")
# The year's plans drawn up, the work they hold unnamed: "các cấp Hội đã xây dựng các kế hoạch công tác
# Hội năm 2023 và triển khai về các chi hội" (routine of any year; "xây dựng kế hoạch phòng chống thiên
# tai" names its matter).
_PLANS_THE_WORK = re.compile(
    r"\bxây dựng (?:các |những )?(?:chương trình|kế hoạch)(?: hoạt động| công tác)?"
    r"(?:,? (?:chương trình|kế hoạch)(?: hoạt động| công tác)?)*(?: (?:thực hiện )?nhiệm vụ)?(?: công tác)?(?: \S+)? năm \d{4}"
)

# … or the year's resolutions on its direction put into effect, the work still unnamed: "các xã chủ động triển khai
# các Nghị quyết của Đảng bộ và HĐND về phương hướng, nhiệm vụ năm 2025".
_CARRIES_THE_PLAN = re.compile(
    r"\btriển khai (?:thực hiện )?(?:các |những )?(?:nghị quyết|kế hoạch|chương trình)\b[^.;:\d]{0,80}?"
    r"\bvề (?:phương hướng,? )?(?:nhiệm vụ|phương hướng)(?: \S+){0,3}? năm \d{4}\W*$"
)


# The council's elections and dismissals: its own business, not a result of the period ("bầu cử Phó Chủ tịch
# HĐND thành phố", "biểu quyết … về việc miễn nhiệm chức danh Phó Trưởng ban …"; "miễn nhiễm" is its common misspelling).
_PERSONNEL = re.compile(
    r"^[^.;:]{0,100}?\b(?:bầu(?: cử| bổ sung)?|miễn nhiệm|miễn nhiễm|bãi nhiệm)\s+(?:\d+\s+)?(?:chức danh\s+|chức vụ\s+|bổ sung\s+)?(?:\d+\s+)?"
    r"(?:phó\s+ban|(?:phó\s+)?(?:chủ tịch|trưởng ban|ủy viên|uỷ viên|thành viên|hội thẩm))\b"  # ("miễn nhiệm chức danh Phó ban …")
    r"|^[^.;:]{0,100}?\b(?:lấy|bỏ) phiếu tín nhiệm\b"  # the council's vote of confidence
    # appointments announced at the meeting: "… đã công bố các quyết định … về việc công nhận Ủy viên Ủy ban, …"
    r"|^[^.;:]{0,100}?\b(?:công bố|trao|trao tặng)\s+(?:các\s+|những\s+)?quyết định\b[^.;:]{0,120}?"
    r"\b(?:(?:công nhận|bổ nhiệm|điều động|chuẩn y|chỉ định|phân công)\s+[^.;:]{0,40}?"
    r"\b(?:ủy viên|uỷ viên|chủ tịch|bí thư|trưởng|chức danh|chức vụ)|thành lập\s+(?:các\s+)?(?:chi bộ|đảng bộ|tổ chức cơ sở đảng))\b"
    # a council's officers appointed at its first session, and who holds which post: "… các Nghị quyết của Thường trực HĐND tỉnh
    # về việc chỉ định đại biểu …; chỉ định Chủ tịch, Phó Chủ tịch …", "Theo đó, đồng chí …, Bí thư Đảng ủy xã giữ chức vụ Chủ tịch HĐND xã"
    r"|^[^.;:]{0,160}?\bchỉ định\s+(?:đại biểu|(?:phó\s+)?(?:chủ tịch|trưởng ban|ủy viên|uỷ viên))\b"
    r"|^[^.;:]{0,120}?\bgiữ chức (?:vụ|danh)\s+(?:phó\s+)?(?:chủ tịch|trưởng ban|bí thư|ủy viên|uỷ viên)\b"
)


# A department's report heard at the meeting, with nothing of what it says: "tiếp đó, Phòng Tài chính Kế hoạch báo
# cáo một số vấn đề liên quan đến tài chính ngân sách", "nghe các ngành báo cáo tình hình thực hiện công tác …"
# (lower case; "… báo cáo tình hình …, trong đó thu ngân sách đạt …" tells results, and is kept).
_REPORT_HEARD = re.compile(
    r"^\W*(?:(?:tiếp đó|sau đó|tiếp theo|đồng thời|ngoài ra),?\s*)?(?:nghe\s+)?(?:các\s+|những\s+)?"
    r"(?:ngành|phòng|ban|đơn vị|cơ quan|văn phòng)\b[^.;:]{0,60}?\bbáo cáo\s+(?:một số|các|những|tình hình|kết quả|về|việc|tiến độ)\b"
    r"(?![^.;:]*\b(?:đạt|tăng|giảm|vượt|hoàn thành|cho thấy|trong đó)\b)"
)


def reports_heard(piece: str) -> bool:
    low = piece.lower()
    return "báo cáo" in low and _REPORT_HEARD.search(low) is not None


def is_personnel(piece: str) -> bool:
    low = piece.lower()
    return (
        "bầu " in low or "miễn nhi" in low or "bãi nhiệm" in low or "phiếu tín" in low or "quyết định" in low
        or "chỉ định" in low or "giữ chức" in low
    ) and _PERSONNEL.search(low) is not None


# A request that names no task but "the key tasks", whose list follows in the next sentences: "Chủ tịch UBND
# huyện chỉ đạo các ngành trong thời gian tới cần tập trung vào các nhiệm vụ trọng tâm."
# So does a conclusion that only stresses them: "Chủ tịch UBND huyện nhấn mạnh một số nhiệm vụ trọng tâm cần
# triển khai thời gian tới." (the list comes in the sentences after it).
_TASKS_TO_FOLLOW = re.compile(
    r"\b(?:tập trung|thực hiện|triển khai|nhấn mạnh|lưu ý|nêu|chỉ ra)(?:\s+(?:vào|đến|thực hiện|triển khai))?\s+(?:các|những|một số)\s+"
    r"nhiệm vụ(?:,?\s+giải pháp)?\s+(?:trọng tâm|chủ yếu|sau)(?:\s+sau)?(?:\s+đây)?"
    r"(?:\s+(?:cần|phải))?(?:\s+(?:tập trung|triển khai|thực hiện))*"
    r"(?:\s+(?:trong\s+)?(?:thời gian tới|(?:tháng|quý|năm) tới|(?:những|các) tháng (?:cuối năm|còn lại)))?\W*$"
)


# … or the resolve to complete what was set, nothing named: "Trong 2 tháng còn lại của năm, huyện tập trung hoàn thành
# các mục tiêu đề ra." (the tasks follow; "hoàn thành 100% kế hoạch giải ngân" names its matter)
_COMPLETES_THE_PLAN = re.compile(
    r"^(?:[^.;:,]{0,80},\s*)?[^.;:,]{0,60}?\b(?:tập trung|phấn đấu|quyết tâm|nỗ lực)\s+(?:thực hiện\s+)?hoàn thành\s+"
    r"(?:thắng lợi\s+|tốt\s+|toàn diện\s+)?(?:các|những|toàn bộ)\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)"
    r"(?:,?\s*(?:và\s+)?(?:mục tiêu|chỉ tiêu|nhiệm vụ))*(?:\s+(?:đã|được))?\s+(?:đề ra|giao)\b[^.;:,]{0,30}\W*$"
)


# … or only when they are to be done: "(cần) tập trung thực hiện trong 3 tháng cuối năm 2024" (what, the list after says)
_ONLY_WHEN = re.compile(
    r"^\W*(?:cần\s+)?(?:(?:tập trung|tiếp tục)\s+)?(?:thực hiện|triển khai)(?:\s+thực hiện)?\s+"
    r"(?:trong|từ nay đến|đến)\s+[^;:,.]{0,40}?\b(?:thời gian tới|tháng|quý|năm)\b[^;:,.]{0,20}\W*$"
)


def announces_tasks(piece: str) -> bool:
    low = piece.lower()
    if "hoàn thành" in low and _COMPLETES_THE_PLAN.search(low):
        return True
    if _ONLY_WHEN.match(low):
        return True
    return "nhiệm vụ" in low and ";" not in low and _TASKS_TO_FOLLOW.search(low) is not None


def is_bare_effort(piece: str) -> bool:
    low = piece.lower()
    if low.startswith(("tham ", "dự ")) and _BARE_ATTENDANCE.fullmatch(low):
        return True
    if "xây dựng" in low and _PLANS_THE_WORK.search(low) and not _RESULT_NAMED.search(low) and not _COUNT.search(low):
        return True
    if "triển khai" in low and _CARRIES_THE_PLAN.search(low) and not _RESULT_NAMED.search(low) and not _COUNT.search(low):
        return True
    if "chỉ đạo" not in low and " sự " not in f" {low}" and "nỗ lực" not in low:  # (most pieces: passed over at once)
        return False
    tasks = _EFFORT_ON_TASKS.search(low) if "nhiệm vụ" in low else None
    if tasks is not None and not _RESULT_NAMED.search(low, tasks.end()) and not _COUNT.search(low):
        return True
    return bool(_EFFORT.search(low)) and not _OUTCOME.search(low) and not _COUNT.search(low) and not names_effort(low)


# The title of a report's part: numbered ("1.", "II.", "a)") or in capitals, naming what the part is
# about ("1. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2024"); a numbered
# line that reports an outcome or a count is a fact of a list, not a title.
_NUMBERED = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)/]\s", re.IGNORECASE)


def is_section_title(line: str) -> bool:
    if len(line.split()) > 25 or not (_NUMBERED.match(line) or line.isupper()):
        return False
    low = line.lower()
    return not _OUTCOME.search(low) and not _COUNT.search(low)


# --- the end of an excerpt cut mid-word -------------------------------------------------------

_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_LAST_WORD = re.compile(r"\s(\S+)$")


def complete_end(text: str) -> int:
    """Where the text's last complete word ends: before a half word the excerpt was cut in ("tiến đ",
    "đề n": no Vietnamese syllable lacks a vowel); the end of the text when nothing is cut."""
    tail = text[-40:]
    m = _LAST_WORD.search(tail)
    if not m or _VOWEL.search(m.group(1)) or not m.group(1)[-1].isalpha():
        return len(text)
    return len(text) - len(tail) + m.start()


# A sentence cut before it says anything: only its frame, "Phát biểu kết luận Hội nghị, đồng chí …".
_FRAME = re.compile(rf"^(?:{'|'.join(SPEECH_FRAMES)}|theo)\b", re.IGNORECASE)
# A connective that only links to what came before ("Trên cơ sở đó, có ý kiế"): no words of the piece's own.
_LINK = re.compile(
    r"^\W*(?:trên cơ sở đó|từ đó|qua đó|theo đó|do đó|vì vậy|bên cạnh đó|ngoài ra|đồng thời)\s*,?\s*", re.IGNORECASE
)


def is_bare_frame(piece: str) -> bool:
    """A piece cut short before it says anything: only its frame, or a few words ("Đẩy nhanh tiến")."""
    link = _LINK.match(piece)
    if link and len(piece[link.end() :].split()) < 5:
        return True
    # (a frame that goes on to a count has said it: "Theo đó về Kinh tế: Tổng giá trị sản xuất … đạt 506 tỷ đồng, …";
    # so has one with a whole ';' part before the cut: "Tại hội nghị, các đại biểu đã thảo luận những vướng mắc … đạt
    # thấp như …; khó khăn trong thực hiện …, đô th")
    told = piece.find("; ")
    return len(piece.split()) < 5 or (
        bool(_FRAME.match(piece)) and not _SPEECH.search(piece.lower()) and not any(f.unit for f in find_figures(piece))
        and not (told > 0 and PREDICATE.search(piece, 0, told))
    )


# What a piece says of its matter (a list's pieces, a part before an excerpt's cut: "… chỉ tiêu … đạt thấp như …").
PREDICATE = re.compile(
    r"\b(?:còn|chưa|vẫn|đạt|được|không|ổn định|chậm|thấp|tăng(?! cường)|giảm|diễn ra|(?<!chuẩn )bị|gặp)\b", re.IGNORECASE
)


# The last sentence of an excerpt that stops without a full stop may stop before its verb: "Tổng kế
# hoạch vốn đầu tư công năm 2025 trên địa", "Theo ông …, tỷ lệ thu ngân sách của xã vượ". A result
# said without a verb (or a count) is not said; under a heading of shortcomings or tasks the heading
# says what the topic is ("Công tác bồi thường, giải phóng mặt bằng của một số công t"), unless the
# piece only introduced a speaker ("Ông …, Phó Chủ tịch … cho biết trong năm 2025, hoạt động của").
_CLAIM = re.compile(
    r"\b(?:đạt|được|có|tăng|giảm|vượt|hoàn thành|là|còn|chưa|không|bị|đã|đang|sẽ|cần|phải|thực hiện|triển khai"
    r"|tập trung|tổ chức|đẩy mạnh|tăng cường|đảm bảo|bảo đảm|duy trì|giữ vững|ổn định|phát triển|nâng cao|xây dựng"
    r"|giải quyết|hỗ trợ|phấn đấu|chú trọng|quan tâm|yêu cầu|đề nghị|rà soát|khắc phục)\b"
)
# What a report measures, named first: the figure it reaches must follow ("thu nhập bình quân đầu người …").
_MEASURE = re.compile(
    r"^\W*(?:tổng\s+)?(?:thu nhập|tốc độ tăng trưởng|tỷ lệ|tỉ lệ|thu ngân sách|sản lượng|giá trị|diện tích)\b"
)
_SPEAKER = re.compile(r"^(?:ông|bà|đồng chí|phó|chủ tịch|bí thư|trưởng|giám đốc|theo)\b")
# A word that cannot end a phrase: the excerpt stopped before what it introduces ("; triển khai thực hiện các").
_DANGLING = re.compile(r"\s(?:các|những|của|và|với|cho|về|để|tại|trong|theo|một|từ|đến)$", re.IGNORECASE)


def claims(piece: str) -> bool:
    """Whether a piece says something of its matter: it has a verb of the genre's claims."""
    return _CLAIM.search(piece.lower()) is not None


# A verb before its result cannot end one either: "thôn NTM kiểu mẫu đạt" (its subject alone is left).
_VERB_CUT = re.compile(r"\s(?:đạt|vượt|là|gồm)$", re.IGNORECASE)


# A photo caption the excerpt stops in, a person and their titles: "Ông Lê Văn A - Ủy viên Ban Thường vụ Đảng
# ủy, Trưởng ban Xây dựng" (a title's capitalised words may hold a claim's verb: "Xây dựng").
_PERSON_DASH = re.compile(r"^(?:Ông|Bà|Đồng chí)\s+((?:\w+\s+){1,4}?)[-–]\s+")


def _names_a_person_only(piece: str) -> bool:
    m = _PERSON_DASH.match(piece)
    if m is None or not all(w[0].isupper() for w in m.group(1).split()):
        return False
    uncapitalised = " ".join(w for w in piece[m.end() :].split() if not w[0].isupper())
    return not _CLAIM.search(uncapitalised.lower()) and not _COUNT.search(piece.lower())


_PURPOSE_FRAME = re.compile(r"\W*(?:để|nhằm)\s[^,;:]*,")
_CONCEDING_FRAME = re.compile(r"\W*(?:bên cạnh|mặc dù|dù|tuy|trước|trong bối cảnh)\s[^,;:]*,")


# A lead cut before the matters it announces: "Trong đó, tập trung vào một số nội dung trọng" (… tâm: a; b).
_ANNOUNCES_MATTERS = re.compile(
    r"\b(?:một số|các|những|nhiều)\s+(?:nội dung|nhiệm vụ|giải pháp|vấn đề|công việc|việc|chỉ tiêu)(?:\s+[^\W\d_]+){0,2}\W*$"
)


def says_nothing(piece: str, under_heading: bool) -> bool:
    """Whether the unterminated last piece of an excerpt stops before it says anything; `under_heading`
    when its category is one a heading announces (shortcomings, tasks), not results."""
    # (or a lead whose list the cut took, "… Chủ tịch UBND huyện yêu cầu:"; or a purpose before its subject's verb,
    # "Để triển khai hiệu quả các kế hoạch, nhiệm vụ trong tháng 6 …, đồng chí")
    if _names_a_person_only(piece) or _ANNOUNCES_MATTERS.search(piece.lower()) or piece.rstrip().endswith(":"):
        return True
    purpose = _PURPOSE_FRAME.match(piece.lower())
    if purpose and not _CLAIM.search(piece.lower(), purpose.end()):
        return True
    dangling = _DANGLING.search(piece) or _VERB_CUT.search(piece)
    if is_bare_frame(piece[: dangling.start()] if dangling else piece):
        return True
    low = piece.lower()
    # a difficulty conceded or a setting, then a main clause cut before its verb: "Bên cạnh những khó khăn do dịch
    # bệnh, sản xuất nông nghiệp công" (what the sentence claims was to come after the frame, under any heading)
    frame = _CONCEDING_FRAME.match(low)
    if frame and not _CLAIM.search(low, frame.end()) and not _COUNT.search(low, frame.end()):
        return True
    if _COUNT.search(low):
        return False
    # the field a sentence opens on may hold a claim's verb ("Trong đảm bảo an ninh, trật tự, số vụ vi phạm"):
    # what the piece claims comes after it
    field = _FIELD_FRAME.match(low)
    if _CLAIM.search(low, field.end() if field else 0):
        return False
    # a target's measure cut before its figure, even under a heading of tasks: "…; thu nhập bình quân đầu ngườ"
    return not under_heading or bool(_SPEAKER.match(low)) or bool(_MEASURE.match(low))


# The sentence an excerpt stops in has said something once it has seven words: of the last pieces of the real
# excerpts (the dev set and the held-out sets) none shorter covered a fact ("Công tác xây dựng Đảng đư", "Dự án
# Khu", "triển khai thực hiện các biệ", "tỷ lệ số hóa hồ sơ đạt"), but a matter listed after its lead and written
# whole before the cut did ("… một số việc trước mắt như: Nồng độ cồn, N").
_SAYS_ENOUGH = 7


def stops_too_soon(piece: str, listed: bool) -> bool:
    """Whether the unterminated last piece of an excerpt is too short to have said anything; `listed` when it
    opens the matters after a list's lead."""
    return len(piece.split()) < _SAYS_ENOUGH and not (listed and "," in piece)


def cut_short(piece: str) -> bool:
    """Whether the unterminated last piece of an excerpt says nothing once its last word, which the cut may
    have left half written with a vowel ("nâng cao hi", "an sinh xã hội, gi"), is set aside: a few words
    ("Củng cố, nâng cao"), or a list of fields cut before its verb ("Công tác y tế, an sinh xã hội,")."""
    rest = piece.rstrip().rsplit(None, 1)[0] if " " in piece.strip() else ""
    return is_bare_frame(rest) or (rest.endswith(",") and _CLAIM.search(rest.lower()) is None)


_FIELD_FRAME = re.compile(r"(?:trong|về|đối với)\s[^,;:]*,")


# A piece of a semicolon list that goes on about the piece before it, and belongs to it: one that
# only goes on counting, in short counted nouns with no verb ("…nâng cấp 19 phòng học; 1 nhà văn hóa
# xã, 19 nhà văn hóa thôn…"), or one that singles out part of it ("…được thực hiện kịp thời; nhất là
# người có công…"). "06 hồ chứa nhỏ trên địa bàn đảm bảo an toàn" says something of its own.
_COUNTED = re.compile(r"\d[\d.,]*\s+(?:\S++\s+){0,4}?\S++\s*")
_VERB = re.compile(r"\b(?:đạt|được|có|tăng|giảm|vượt|hoàn thành|là|còn|chưa|không|bị|đã|đang|sẽ)\b", re.IGNORECASE)
_SINGLES_OUT = re.compile(r"(?:nhất là|đặc biệt là|kể cả|trong đó có)\b", re.IGNORECASE)


def goes_on(piece: str) -> bool:
    if _SINGLES_OUT.match(piece):
        return True
    counts = piece.split(", ")
    return len(counts) <= 20 and all(_COUNTED.fullmatch(c) for c in counts) and not _VERB.search(piece)
