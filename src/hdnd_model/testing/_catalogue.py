"""Real Vietnamese words for generated records: names, units, titles, agenda items, statements.

Every string is NFC-normalised when the module is imported, whatever the encoding of this file.
Units carry the period in which they existed (provinces merged on 2025-07-01 end the day before;
district-level units and their communes end with the three-level system).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import attrs

from hdnd_model.model.units import AdministrativeUnit
from hdnd_model.model.vocab import AgendaItemKind, UnitKind

__all__ = [
    "AGENDA_TITLES",
    "CONCLUSIONS",
    "DOCUMENT_TITLES",
    "ELECTED_OFFICES",
    "FILINGS",
    "GIVEN_NAMES",
    "GROUP_TITLES",
    "ISSUER_NAMES",
    "LEGAL_BASES",
    "LOCATIONS",
    "MEETING_TITLES",
    "MIDDLE_NAMES",
    "MINUTES_TITLES",
    "ORGANIZATIONS",
    "PILOT_BASES",
    "QUESTIONS",
    "RECIPIENTS",
    "RESOLUTION_TITLES",
    "STATEMENTS",
    "SURNAMES",
    "TITLES",
    "TOPICS",
    "UNITS",
    "CatalogueUnit",
    "nfc",
    "slug",
]


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


def _nfc(*words: str) -> tuple[str, ...]:
    return tuple(nfc(w) for w in words)


def slug(text: str) -> str:
    """An ASCII id fragment for ``text``: ``"Hai Bà Trưng"`` -> ``"hai-ba-trung"``."""
    text = text.replace("Đ", "D").replace("đ", "d")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in bare.lower()).split()
    return "-".join(words) or "x"


SURNAMES = _nfc(
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Cao", "Tạ",
)  # fmt: skip
MIDDLE_NAMES = _nfc(
    "Thị", "Văn", "Minh", "Thu", "Hữu", "Đức", "Thanh", "Ngọc", "Quang", "Xuân", "Hồng",
    "Kim", "Bảo", "Thế", "Công", "Diệu", "Thị Lan", "Thị Thu", "Thị Ngọc", "Thị Kim",
    "Văn Minh", "Văn Đức", "Hữu Quang", "Ngọc Minh",
)  # fmt: skip
GIVEN_NAMES = _nfc(
    "Hòa", "Thủy", "Dũng", "Lan", "Duyên", "Cường", "Hùng", "Hương", "Tuấn", "Hà", "Nam",
    "Long", "Phương", "Thảo", "Trang", "Quân", "Sơn", "Hải", "Yến", "Khánh", "Tâm", "Huệ",
    "Thắng", "Bình", "Nga", "Vinh", "Lâm", "Mai", "Hiếu", "Phúc", "Nghĩa", "Thủy Tiên",
)  # fmt: skip

TITLES = _nfc(
    "Chủ tịch HĐND tỉnh",
    "Phó Chủ tịch HĐND tỉnh",
    "Chủ tịch HĐND quận",
    "Phó Chủ tịch HĐND huyện",
    "Chủ tịch HĐND xã",
    "Phó Chủ tịch HĐND phường",
    "Ủy viên Thường trực HĐND tỉnh",
    "Trưởng Ban Pháp chế",
    "Phó Trưởng Ban Pháp chế",
    "Trưởng Ban Kinh tế - Ngân sách",
    "Phó Trưởng Ban Văn hóa - Xã hội",
    "Trưởng Ban Dân tộc",
    "Tổ trưởng Tổ đại biểu số 3",
    "Đại biểu HĐND tỉnh",
    "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND quận",
    "Giám đốc Sở Tài chính",
    "Giám đốc Sở Kế hoạch và Đầu tư",
    "Giám đốc Sở Y tế",
    "Giám đốc Sở Giáo dục và Đào tạo",
    "Giám đốc Sở Tài nguyên và Môi trường",
    "Chánh Thanh tra tỉnh",
    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Trưởng phòng Tài chính - Kế hoạch quận",
)
GROUP_TITLES = _nfc(
    "Các đồng chí trong Thường trực HĐND quận",
    "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
    "Phó Trưởng ban của hai Ban HĐND quận",
    "Lãnh đạo Văn phòng HĐND và UBND quận",
    "Đại diện lãnh đạo các sở, ban, ngành",
    "Các vị đại biểu HĐND tỉnh",
    "Đại diện Ủy ban MTTQ Việt Nam tỉnh",
    "Phóng viên các cơ quan báo chí",
)
ORGANIZATIONS = _nfc(
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ủy ban nhân dân quận",
    "Đoàn đại biểu Quốc hội tỉnh",
    "Sở Tài chính",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Báo Nhân Dân",
    "Đài Phát thanh và Truyền hình tỉnh",
)
ELECTED_OFFICES = _nfc(
    "Chủ tịch HĐND tỉnh",
    "Phó Chủ tịch HĐND tỉnh",
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND huyện",
    "Trưởng Ban Pháp chế HĐND tỉnh",
    "Ủy viên UBND tỉnh",
    "Giám đốc Sở Tài chính",
)
ISSUER_NAMES = _nfc(
    "UBND tỉnh",
    "UBND quận",
    "Thường trực HĐND tỉnh",
    "Ban Kinh tế - Ngân sách",
    "Ban Pháp chế",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chính phủ",
    "Ban Chấp hành Trung ương",
)
LEGAL_BASES = _nfc(
    "Luật Tổ chức chính quyền địa phương: quá nửa tổng số đại biểu",
    "Luật Tổ chức chính quyền địa phương: ít nhất hai phần ba tổng số đại biểu",
    "Nghị quyết số 96/2023/QH15",
    "Nội quy kỳ họp Hội đồng nhân dân tỉnh",
)
PILOT_BASES = _nfc(
    "Nghị quyết số 97/2019/QH14",
    "Nghị quyết số 131/2020/QH14",
    "Nghị quyết số 119/2020/QH14",
)

_K = AgendaItemKind
AGENDA_TITLES: dict[AgendaItemKind, tuple[str, ...]] = {
    _K.REPORT: _nfc(
        "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm",
        "Báo cáo kết quả giám sát của Thường trực HĐND",
        "Báo cáo kết quả thực hiện dự toán ngân sách nhà nước",
        "Báo cáo công tác phòng, chống tham nhũng",
        "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri",
        "Kết quả hoạt động 7 tháng đầu năm của HĐND quận",
    ),
    _K.SUBMISSION: _nfc(
        "Tờ trình về dự toán ngân sách nhà nước năm 2024",
        "Tờ trình về Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025",
        "Tờ trình quy định mức chi hỗ trợ đối với lực lượng dân quân",
        "Tờ trình về Nội quy kỳ họp Hội đồng nhân dân",
    ),
    _K.REVIEW: _nfc(
        "Báo cáo thẩm tra của Ban Kinh tế - Ngân sách",
        "Báo cáo thẩm tra của Ban Pháp chế về công tác phòng, chống tội phạm",
        "Báo cáo thẩm tra của Ban Văn hóa - Xã hội",
    ),
    _K.DISCUSSION: _nfc(
        "Thảo luận tại tổ về các báo cáo, tờ trình",
        "Thảo luận tại hội trường về tình hình kinh tế - xã hội",
    ),
    _K.QUESTIONING: _nfc(
        "Chất vấn và trả lời chất vấn về công tác quản lý đất đai",
        "Chất vấn về công tác bảo đảm an toàn thực phẩm",
        "Chất vấn về tiến độ giải ngân vốn đầu tư công",
    ),
    _K.EXPLANATION: _nfc(
        "Giải trình về việc chậm giải phóng mặt bằng các dự án",
        "Giải trình về công tác quản lý trật tự xây dựng",
    ),
    _K.ELECTION: _nfc(
        "Bầu Chủ tịch Hội đồng nhân dân tỉnh",
        "Miễn nhiệm Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Bầu bổ sung Ủy viên Ủy ban nhân dân huyện",
    ),
    _K.CONFIDENCE: _nfc(
        "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu",
        "Bỏ phiếu tín nhiệm đối với Phó Chủ tịch Ủy ban nhân dân tỉnh",
    ),
    _K.ADOPTION: _nfc(
        "Biểu quyết thông qua các nghị quyết của kỳ họp",
        "Biểu quyết thông qua Nghị quyết về dự toán ngân sách",
    ),
    _K.PROCEDURE: _nfc(
        "Khai mạc kỳ họp",
        "Thông qua chương trình kỳ họp",
        "Bầu Ban kiểm phiếu",
        "Rà soát công tác chuẩn bị phiên giải trình của Thường trực HĐND quận",
    ),
    _K.OTHER: _nfc(
        "Các nội dung khác thuộc thẩm quyền",
        "Bế mạc kỳ họp",
    ),
}
STATEMENTS = _nfc(
    "Đề nghị UBND tỉnh chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
    "Cử tri phản ánh tình trạng ô nhiễm môi trường tại các cụm công nghiệp.",
    "Thống nhất với báo cáo thẩm tra của Ban Kinh tế - Ngân sách.",
    "Đề nghị làm rõ nguyên nhân chậm giải phóng mặt bằng dự án đường vành đai.",
    "Cần tăng cường kiểm tra, giám sát việc thực hiện các nghị quyết của HĐND.",
    "Đề nghị bổ sung kinh phí sửa chữa trường học bị hư hỏng sau mưa lũ.",
    "Tình hình an ninh trật tự trên địa bàn cơ bản ổn định.",
    "Thu ngân sách 6 tháng đầu năm đạt 56% dự toán.",
    "Đề nghị quan tâm hơn đến chính sách hỗ trợ người có công.",
    "Tán thành với tờ trình của UBND; đề nghị điều chỉnh một số chỉ tiêu cho phù hợp.",
    "Thường trực chỉ đạo hai Ban và 08 Tổ đại biểu bảo đảm tiến độ, chất lượng.",
)
QUESTIONS: tuple[tuple[str, str], ...] = tuple(
    (unicodedata.normalize("NFC", q), unicodedata.normalize("NFC", a))
    for q, a in (
        (
            "Giải pháp nào để khắc phục tình trạng ùn tắc giao thông giờ cao điểm?",
            "Sở Giao thông vận tải sẽ điều chỉnh tổ chức giao thông tại các nút trọng điểm.",
        ),
        (
            "Vì sao nhiều dự án chậm giải phóng mặt bằng?",
            "Do vướng mắc về giá đất bồi thường; UBND đã lập tổ công tác để tháo gỡ.",
        ),
        (
            "Trách nhiệm của Sở Y tế trong việc thiếu thuốc, vật tư y tế?",
            "Sở đã tổ chức đấu thầu tập trung và bảo đảm cung ứng từ tháng 9.",
        ),
        (
            "Khi nào hoàn thành cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân?",
            "Dự kiến hoàn thành trong năm nay.",
        ),
    )
)
TOPICS = _nfc(
    "Quản lý đất đai", "Giao thông", "Y tế", "Giáo dục", "An toàn thực phẩm", "Môi trường"
)
RESOLUTION_TITLES = _nfc(
    "Về Nội quy kỳ họp Hội đồng nhân dân tỉnh",
    "Về dự toán ngân sách nhà nước năm 2024",
    "Quy định mức chi hỗ trợ đối với lực lượng dân quân",
    "Về kế hoạch đầu tư công năm 2025",
    "Về việc bầu Chủ tịch Ủy ban nhân dân tỉnh",
    "Về chương trình giám sát năm 2023 của Hội đồng nhân dân",
    "Về việc thành lập Đoàn giám sát chuyên đề",
    "Quy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở",
    "Phê chuẩn quyết toán ngân sách địa phương năm 2022",
    "Về nhiệm vụ phát triển kinh tế - xã hội năm 2024",
)
DOCUMENT_TITLES = _nfc(
    "Thí điểm mô hình tổ chức chính quyền đô thị tại thành phố Hà Nội",
    "Về dự toán ngân sách nhà nước năm 2024",
    "Kết quả thẩm tra dự thảo nghị quyết về kế hoạch đầu tư công",
    "Về việc tổ chức kỳ họp thường lệ giữa năm",
    "Về công tác phòng, chống thiên tai",
    "Quy định chi tiết một số điều của Luật Ngân sách nhà nước",
)
CONCLUSIONS = _nfc(
    "Giao UBND tỉnh tổ chức triển khai các nghị quyết đã thông qua.",
    "Các Ban HĐND tăng cường giám sát việc giải quyết kiến nghị của cử tri.",
    "Chuẩn bị tốt các điều kiện tổ chức phiên giải trình của Thường trực HĐND quận.",
    "Xây dựng và triển khai kế hoạch giám sát, khảo sát của Thường trực và hai Ban.",
    "Tăng cường thông tin, tuyên truyền về hoạt động của HĐND.",
)
ARTICLE_NAMES = _nfc(
    "Phạm vi điều chỉnh",
    "Đối tượng áp dụng",
    "Mức chi hỗ trợ",
    "Tổ chức thực hiện",
    "Hiệu lực thi hành",
    "Điều khoản chuyển tiếp",
)
ARTICLE_TEXTS = _nfc(
    "Thông qua Nội quy kỳ họp Hội đồng nhân dân tỉnh (có Nội quy kèm theo).",
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
    "Nghị quyết này có hiệu lực thi hành kể từ ngày ký.",
    "Phê chuẩn kết quả bầu Phó Chủ tịch Hội đồng nhân dân tỉnh.",
    "Nghị quyết này quy định mức chi hỗ trợ đối với lực lượng dân quân trên địa bàn tỉnh.",
)
CLAUSE_TEXTS = _nfc(
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
    "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu "
    "Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    "Mức chi hỗ trợ như sau:",
    "Các trường hợp được hỗ trợ gồm:",
    "Nghị quyết này thay thế Nghị quyết số 12/2020/NQ-HĐND.",
)
POINT_TEXTS = _nfc(
    "Dân quân thường trực: 50.000 đồng/người/ngày;",
    "Dân quân cơ động: 40.000 đồng/người/ngày;",
    "Người có công với cách mạng;",
    "Hộ nghèo, hộ cận nghèo theo chuẩn nghèo của tỉnh.",
)
ANNEX_TITLES = _nfc(
    "Danh mục dự án đầu tư công năm 2025",
    "Biểu dự toán thu, chi ngân sách địa phương",
    "Danh sách đối tượng được hỗ trợ",
)
CITATION_TEXTS = _nfc(
    "ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp",
    "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    "Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015",
    "kết quả kiểm phiếu bầu cử",
)
ADDRESSEES = _nfc(
    "Ủy ban nhân dân tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Ban Pháp chế HĐND tỉnh",
    "Sở Tài chính",
    "các Tổ đại biểu HĐND",
)
NOTICE_TITLES = _nfc(
    "Kết luận của Thường trực Hội đồng nhân dân tỉnh tại phiên họp thường kỳ tháng 3",
    "Kết luận của Thường trực HĐND quận tại phiên họp tháng 8/2020",
    "Kết luận phiên giải trình của Thường trực Hội đồng nhân dân",
)
NOTICE_OPENINGS = _nfc(
    "Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ để xem xét, cho ý kiến về các nội dung "
    "chuẩn bị kỳ họp. Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, Thường trực HĐND "
    "tỉnh kết luận như sau:",
    "Thường trực HĐND quận họp phiên thường kỳ hằng tháng và kết luận như sau:",
)
SOURCE_URLS = (
    "https://haibatrung.hanoi.gov.vn/tin-tuc/phien-hop-thuong-truc-hdnd-quan-thang-8",
    "https://hdnd.phuyen.gov.vn/van-ban/nghi-quyet-57",
    "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-12-2020-NQ-HDND.aspx",
)
SOURCE_FILES = ("bien-ban-ky-hop.docx", "nghi-quyet-57.pdf", "corpus/13-nghi-quyet.txt")
PUBLISHERS = _nfc(
    "Cổng thông tin điện tử quận Hai Bà Trưng",
    "Hội đồng nhân dân tỉnh Phú Yên",
    "Thư viện Pháp luật",
)
SOURCE_NOTES = _nfc("bản chụp, thiếu trang 2", "đọc từ bản PDF", "tin đăng trên cổng thông tin")
LOCATIONS = _nfc(
    "Hội trường Trung tâm Hội nghị tỉnh",
    "Hội trường UBND quận",
    "Phòng họp số 1, trụ sở HĐND tỉnh",
    "Hội trường UBND xã",
)
MEETING_TITLES = _nfc(
    "Phiên họp tháng 8/2020 của Thường trực HĐND quận",
    "Phiên khai mạc kỳ họp thứ mười",
    "Phiên chất vấn và trả lời chất vấn",
    "Phiên giải trình về công tác quản lý trật tự đô thị",
    "Phiên họp thẩm tra của Ban Kinh tế - Ngân sách",
)
MINUTES_TITLES = _nfc(
    "Phiên họp Thường trực HĐND tháng 8/2020",
    "Kỳ họp thứ mười Hội đồng nhân dân tỉnh khóa IX",
    "Phiên giải trình của Thường trực HĐND",
)
RECIPIENTS = _nfc(
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    "UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Các đại biểu HĐND tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
)
FILINGS = _nfc("VT, Hồ sơ", "VT", "VT, HS kỳ họp")


@attrs.frozen
class CatalogueUnit:
    """A real unit and the days it existed in this shape (None: open)."""

    unit: AdministrativeUnit
    since: dt.date | None = None
    until: dt.date | None = None


_LAST_3 = dt.date(2025, 6, 30)
_FIRST_2 = dt.date(2025, 7, 1)
_U = UnitKind


def _unit(
    kind: UnitKind,
    name: str,
    code: str | None = None,
    parent: AdministrativeUnit | None = None,
    *,
    capitalised: bool = False,
) -> AdministrativeUnit:
    return AdministrativeUnit(
        kind=kind,
        name=unicodedata.normalize("NFC", name),
        code=code,
        parent=parent,
        generic_capitalised=capitalised,
    )


HA_NOI = _unit(_U.CENTRAL_CITY, "Hà Nội", "01")
HAI_PHONG = _unit(_U.CENTRAL_CITY, "Hải Phòng", "31")
DA_NANG = _unit(_U.CENTRAL_CITY, "Đà Nẵng", "48")
HO_CHI_MINH = _unit(_U.CENTRAL_CITY, "Hồ Chí Minh", "79", capitalised=True)
CAN_THO = _unit(_U.CENTRAL_CITY, "Cần Thơ", "92")
PHU_YEN = _unit(_U.PROVINCE, "Phú Yên", "54")
QUANG_NAM = _unit(_U.PROVINCE, "Quảng Nam", "49")
DAK_LAK = _unit(_U.PROVINCE, "Đắk Lắk", "66")
SON_LA = _unit(_U.PROVINCE, "Sơn La", "14")
THANH_HOA = _unit(_U.PROVINCE, "Thanh Hóa", "38")
QUANG_NINH = _unit(_U.PROVINCE, "Quảng Ninh", "22")
KHANH_HOA = _unit(_U.PROVINCE, "Khánh Hòa", "56")
TRA_VINH = _unit(_U.PROVINCE, "Trà Vinh", "84")
VINH_LONG = _unit(_U.PROVINCE, "Vĩnh Long", "86")
BAC_KAN = _unit(_U.PROVINCE, "Bắc Kạn", "06")
KIEN_GIANG = _unit(_U.PROVINCE, "Kiên Giang", "91")
HA_TINH = _unit(_U.PROVINCE, "Hà Tĩnh", "42")
LAM_DONG = _unit(_U.PROVINCE, "Lâm Đồng", "68")
HA_GIANG = _unit(_U.PROVINCE, "Hà Giang", "02")
AN_GIANG = _unit(_U.PROVINCE, "An Giang", "89")
QUANG_NGAI = _unit(_U.PROVINCE, "Quảng Ngãi", "51")

HAI_BA_TRUNG = _unit(_U.URBAN_DISTRICT, "Hai Bà Trưng", "007", HA_NOI)
DONG_DA = _unit(_U.URBAN_DISTRICT, "Đống Đa", "006", HA_NOI)
BA_DINH = _unit(_U.URBAN_DISTRICT, "Ba Đình", "001", HA_NOI)
HONG_BANG = _unit(_U.URBAN_DISTRICT, "Hồng Bàng", None, HAI_PHONG)
QUAN_1 = _unit(_U.URBAN_DISTRICT, "1", "760", HO_CHI_MINH)
HAI_CHAU = _unit(_U.URBAN_DISTRICT, "Hải Châu", None, DA_NANG)
NHA_BE = _unit(_U.RURAL_DISTRICT, "Nhà Bè", "786", HO_CHI_MINH)
TUY_AN = _unit(_U.RURAL_DISTRICT, "Tuy An", None, PHU_YEN)
MUONG_LAT = _unit(_U.RURAL_DISTRICT, "Mường Lát", None, THANH_HOA)
MOC_CHAU = _unit(_U.RURAL_DISTRICT, "Mộc Châu", None, SON_LA)
SONG_CAU = _unit(_U.DISTRICT_TOWN, "Sông Cầu", None, PHU_YEN)
TUY_HOA = _unit(_U.PROVINCIAL_CITY, "Tuy Hòa", None, PHU_YEN)
BUON_MA_THUOT = _unit(_U.PROVINCIAL_CITY, "Buôn Ma Thuột", None, DAK_LAK)
HOI_AN = _unit(_U.PROVINCIAL_CITY, "Hội An", None, QUANG_NAM)
LONG_XUYEN = _unit(_U.PROVINCIAL_CITY, "Long Xuyên", None, AN_GIANG)
HA_GIANG_CITY = _unit(_U.PROVINCIAL_CITY, "Hà Giang", None, HA_GIANG)
THU_DUC = _unit(_U.CITY_IN_CENTRAL_CITY, "Thủ Đức", None, HO_CHI_MINH)

_MERGED_AWAY = (PHU_YEN, QUANG_NAM, TRA_VINH, BAC_KAN, KIEN_GIANG, HA_GIANG)
_PROVINCES = (
    HA_NOI, HAI_PHONG, DA_NANG, HO_CHI_MINH, CAN_THO, DAK_LAK, SON_LA, THANH_HOA,
    QUANG_NINH, KHANH_HOA, VINH_LONG, HA_TINH, LAM_DONG, AN_GIANG, QUANG_NGAI,
)  # fmt: skip
_DISTRICTS = (
    HAI_BA_TRUNG, DONG_DA, BA_DINH, HONG_BANG, QUAN_1, HAI_CHAU, NHA_BE, TUY_AN, MUONG_LAT,
    MOC_CHAU, SONG_CAU, TUY_HOA, BUON_MA_THUOT, HOI_AN, LONG_XUYEN, HA_GIANG_CITY,
)  # fmt: skip
_OLD_COMMUNES = (
    _unit(_U.WARD, "Bạch Đằng", None, HAI_BA_TRUNG),
    _unit(_U.WARD, "Văn Miếu", None, DONG_DA),
    _unit(_U.WARD, "Quán Thánh", None, BA_DINH),
    _unit(_U.WARD, "Bến Nghé", None, QUAN_1),
    _unit(_U.WARD, "Thạch Thang", None, HAI_CHAU),
    _unit(_U.WARD, "Ngọc Đường", None, HA_GIANG_CITY),
    _unit(_U.WARD, "Hoàng Văn Thụ", None, HONG_BANG, capitalised=True),
    _unit(_U.COMMUNE, "Mỹ Hòa Hưng", None, LONG_XUYEN),
    _unit(_U.COMMUNE, "Trung Lý", None, MUONG_LAT),
    _unit(_U.COMMUNE, "An Ninh Đông", None, TUY_AN),
    _unit(_U.COMMUNE, "Hiệp Phước", None, NHA_BE),
    _unit(_U.COMMUNE, "Cẩm Thanh", None, HOI_AN),
    _unit(_U.TOWNSHIP, "Nhà Bè", None, NHA_BE),
    _unit(_U.TOWNSHIP, "Chí Thạnh", None, TUY_AN),
)
_NEW_COMMUNES = (
    _unit(_U.WARD, "Hoàn Kiếm", None, HA_NOI),
    _unit(_U.WARD, "Hai Bà Trưng", None, HA_NOI),
    _unit(_U.WARD, "Ba Đình", None, HA_NOI),
    _unit(_U.WARD, "Sài Gòn", None, HO_CHI_MINH),
    _unit(_U.WARD, "Hải Châu", None, DA_NANG),
    _unit(_U.WARD, "Hồng Bàng", None, HAI_PHONG),
    _unit(_U.COMMUNE, "Mỹ Hòa Hưng", None, AN_GIANG),
    _unit(_U.COMMUNE, "Mộc Châu", None, SON_LA),
    _unit(_U.SPECIAL_ZONE, "Vân Đồn", None, QUANG_NINH),
    _unit(_U.SPECIAL_ZONE, "Cô Tô", None, QUANG_NINH),
    _unit(_U.SPECIAL_ZONE, "Cát Hải", None, HAI_PHONG),
    _unit(_U.SPECIAL_ZONE, "Bạch Long Vĩ", None, HAI_PHONG),
    _unit(_U.SPECIAL_ZONE, "Lý Sơn", None, QUANG_NGAI),
    _unit(_U.SPECIAL_ZONE, "Côn Đảo", None, HO_CHI_MINH),
    _unit(_U.SPECIAL_ZONE, "Phú Quý", None, LAM_DONG),
    _unit(_U.SPECIAL_ZONE, "Phú Quốc", None, AN_GIANG),
)

UNITS: tuple[CatalogueUnit, ...] = (
    *(CatalogueUnit(u) for u in _PROVINCES),
    *(CatalogueUnit(u, until=_LAST_3) for u in _MERGED_AWAY),
    *(CatalogueUnit(u, until=_LAST_3) for u in _DISTRICTS),
    CatalogueUnit(THU_DUC, since=dt.date(2021, 1, 1), until=_LAST_3),
    *(CatalogueUnit(u, until=_LAST_3) for u in _OLD_COMMUNES),
    *(CatalogueUnit(u, since=_FIRST_2) for u in _NEW_COMMUNES),
)
