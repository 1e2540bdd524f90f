"""General word resources: the common Vietnamese family names (họ), the words titles open
with, counts written in digits or words."""

from __future__ import annotations

from hdnd_model.errors import FormatError
from hdnd_model.vn import parse_number_words

__all__ = ["SURNAMES", "TITLE_HEADS", "TITLE_OPENINGS", "read_count"]


def read_count(raw: str) -> int | None:
    """A count as written, in digits (``12``) or words (``mười hai``); None when neither."""
    if raw.isdigit():
        return int(raw)
    try:
        return parse_number_words(raw)
    except FormatError:
        return None


SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đào",
        "Cao",
        "Lương",
        "Trịnh",
        "Mai",
        "Trương",
        "Lâm",
        "Phùng",
        "Tạ",
        "Tô",
        "Thái",
        "Lưu",
        "Châu",
        "Đoàn",
        "Vương",
        "Kiều",
        "Quách",
        "Triệu",
        "Tăng",
        "Chu",
        "Lò",
        "Hứa",
        "Nông",
        "Lục",
        "Đàm",
        "Khổng",
        "Mạc",
        "Thân",
        "Quan",
        "Tôn",
        "Hầu",
        "Ông",
        "Diệp",
        "Giáp",
        "Từ",
        "Kha",
        "Văn",
        "Âu",
        "Lại",
        "Hà",
        "Đồng",
        "Khúc",
        "Mã",
        "Ninh",
        "Phó",
        "Tống",
        "Trang",
        "Viên",
        "Thạch",
        "Danh",
        "Sơn",
        "Y",
        "Lã",
        "Cù",
        "Bế",
    ]
)
"""Family names common in Vietnam (Kinh and the larger minority peoples)."""

TITLE_HEADS = frozenset(
    ["Chủ", "Phó", "Bí", "Ủy", "Uỷ", "Giám", "Chánh", "Quyền", "Nguyên", "Trưởng", "Tổng"]
)
"""Capitalised words that open a title and are not given names."""

TITLE_OPENINGS = frozenset(
    [
        "tỉnh ủy",
        "tỉnh uỷ",
        "huyện ủy",
        "huyện uỷ",
        "thành ủy",
        "thành uỷ",
        "quận ủy",
        "quận uỷ",
        "đảng ủy",
        "đảng uỷ",
        "thư ký",
        "đại biểu",
        "thường trực",
        "viện trưởng",
        "thượng tá",
        "đại tá",
        "trung tá",
        "thiếu tá",
        "giáo sư",
        "tiến sĩ",
        "thạc sĩ",
        "bác sĩ",
        "kỹ sư",
        "luật sư",
        "nhà giáo",
    ]
)
"""Two-word openings of titles whose first word can also be a given name (``Tỉnh ủy viên``)."""
