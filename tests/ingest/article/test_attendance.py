"""Attendance in its common forms; a vote or a share of all delegates is not attendance."""

from __future__ import annotations

import pytest

from ._helpers import read

CASES = {
    "present then có mặt": ("Kỳ họp có 48/51 đại biểu có mặt.", (48, 51)),
    "có mặt first": ("Kỳ họp thứ 3 của HĐND xã, có mặt 48/51 đại biểu.", (48, 51)),
    "label": ("Kỳ họp thứ 3. Có mặt: 29/30 đại biểu.", (29, 30)),
    "dự kỳ họp có": ("Dự kỳ họp có 82/86 đại biểu HĐND tỉnh.", (82, 86)),
    "tham dự after": ("Kỳ họp thứ 3 có 31/31 đại biểu tham dự.", (31, 31)),
    "cùng": ("Kỳ họp thứ 3; tham dự có lãnh đạo UBND cùng 74/88 đại biểu HĐND phường.", (74, 88)),
    "trên tổng số": ("Kỳ họp thứ 3: 40 đại biểu có mặt trên tổng số 45 đại biểu.", (40, 45)),
    "a vote is not attendance": ("Nghị quyết được thông qua với 40/45 đại biểu tán thành.", None),
    "a ballot is not attendance": ("Ông A đạt 20/25 phiếu tín nhiệm tại kỳ họp.", None),
    "more present than delegates": ("Kỳ họp có 60/51 đại biểu có mặt.", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_attendance(name: str) -> None:
    text, expected = CASES[name]
    out, _ = read(text)
    found = out.get("attendance")
    assert expected == ((found["present"], found["total"]) if found else None)
