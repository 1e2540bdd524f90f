"""The session's number and kind; a Standing Committee meeting's own number and kind."""

from __future__ import annotations

import pytest

from ._helpers import read

CASES = {
    "digits": ("Sáng 5/7/2023, HĐND huyện khai mạc kỳ họp thứ 12.", (12, None)),
    "words": ("Sáng 5/7/2023, HĐND huyện khai mạc kỳ họp thứ mười hai.", (12, None)),
    "upper-case words": ("KỲ HỌP THỨ HAI MƯƠI BỐN HĐND TỈNH\nSáng 5/7/2023, khai mạc.", (24, None)),
    "roman": ("Sáng 5/7/2023, HĐND huyện khai mạc kỳ họp thứ XII.", (12, None)),
    "lần thứ": ("Sáng 5/7/2023, HĐND xã khai mạc kỳ họp lần thứ 6.", (6, None)),
    "thematic": ("Sáng 5/7/2023, HĐND xã tổ chức kỳ họp thứ 9 (chuyên đề).", (9, "thematic")),
    "a count of thematic sessions is not the number": (
        "Sáng 5/7/2023, HĐND tỉnh tổ chức kỳ họp chuyên đề thứ Ba.",
        (None, "thematic"),
    ),
    "extraordinary": (
        "Sáng 5/7/2023, HĐND tỉnh họp kỳ họp thứ 8 để giải quyết công việc phát sinh đột xuất.",
        (8, "extraordinary"),
    ),
    "year end, lệ kỳ": (
        "Sáng 25/12/2020, HĐND xã họp kỳ họp thứ 13 (kỳ họp lệ kỳ cuối năm 2020).",
        (13, "regular_year_end"),
    ),
    "mid year, thường niên": (
        "Sáng 5/7/2023, HĐND tỉnh khai mạc kỳ họp thường niên giữa năm 2023.",
        (None, "regular_mid_year"),
    ),
    "first session": (
        "Sáng 28/6/2021, HĐND huyện khai mạc kỳ họp thứ nhất.",
        (1, "first_session"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_session(name: str) -> None:
    text, expected = CASES[name]
    out, _ = read(text)
    assert expected == (out["session_number"], out["session_kind"])


STANDING = {
    "regular, with a month": (
        "Ngày 3/4/2024, Thường trực HĐND huyện tổ chức phiên họp thường kỳ tháng 4.",
        (None, "standing_committee_regular"),
    ),
    "monthly": (
        "Phiên họp tháng 8 của Thường trực HĐND quận\nNgày 17/8/2020, ông A chủ trì.",
        (None, "standing_committee_monthly"),
    ),
    "numbered": (
        "Ngày 3/4/2024, Thường trực HĐND tỉnh tổ chức phiên họp thứ 25.",
        (25, "standing_committee"),
    ),
    "a session it prepares is not its number": (
        "Ngày 3/4/2024, Thường trực HĐND xã họp chuẩn bị kỳ họp thứ 8.",
        (None, "standing_committee"),
    ),
    "joint meeting": (
        "Ngày 6/11/2018, HĐND xã triệu tập cuộc họp liên trực chuẩn bị kỳ họp lần thứ 6.",
        (None, "standing_committee"),
    ),
}


@pytest.mark.parametrize("name", sorted(STANDING))
def test_standing_meeting(name: str) -> None:
    text, expected = STANDING[name]
    out, _ = read(text)
    assert "standing_committee_meeting" == out["kind"]
    assert expected == (out["session_number"], out["session_kind"])
