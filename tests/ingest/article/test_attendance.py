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
    "N trên tổng số M đại biểu": (
        "Tham dự kỳ họp thứ 4 có 27 trên tổng số 29 đại biểu HĐND xã.",
        (27, 29),
    ),
    "N trên M đại biểu": ("Có 27 trên 29 đại biểu tham dự kỳ họp thứ 4.", (27, 29)),
    "in words": (
        "Dự kỳ họp thứ 4 có hai mươi bảy trên tổng số hai mươi chín đại biểu.",
        (27, 29),
    ),
    "in words, not present": (
        "Kỳ họp thứ 4: hai mươi bảy trên hai mươi chín đại biểu tán thành.",
        None,
    ),
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


ABSENCES = {
    "vắng with leave": (
        "Kỳ họp có 40/43 đại biểu có mặt, vắng 3 có lý do.",
        {"with_reason": 3},
    ),
    "vắng mặt, reason unstated": (
        "Phiên họp sáng nay vắng mặt 4 đại biểu.",
        {"reason_unstated": 4},
    ),
    "in words, without leave": (
        "Tại kỳ họp, vắng mặt hai đại biểu không lý do.",
        {"without_reason": 2},
    ),
    "count first, both kinds": (
        "Hội nghị có 5 đại biểu vắng mặt có lý do và vắng 1 không có lý do.",
        {"with_reason": 5, "without_reason": 1},
    ),
    "in parentheses": (
        "Kỳ họp vắng mặt: 12 vị đại biểu (có lý do).",
        {"with_reason": 12},
    ),
    "vắng as part of a word is not absence": ("Những lúc vắngvẻ 3 đại biểu về sớm.", None),
    "no count": ("Đại biểu vắng mặt được gửi tài liệu sau kỳ họp.", None),
}


@pytest.mark.parametrize("name", sorted(ABSENCES))
def test_absence(name: str) -> None:
    text, expected = ABSENCES[name]
    out, _ = read(text)
    assert out.get("absent") == expected


def test_absences_reach_the_record() -> None:
    text = (
        "Sáng 5/7/2024, Thường trực HĐND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 7. "
        "Dự phiên họp có 30/33 đại biểu, vắng 3 có lý do."
    )
    _, result = read(text)
    meeting = result.record.meeting
    assert meeting.attendance.absent_with_reason == 3
    assert meeting.attendance.present == 30


def test_absences_beyond_the_total_stay_in_the_draft() -> None:
    _, result = read(
        "Sáng 5/7/2024, Thường trực HĐND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 7: "
        "30/33 đại biểu có mặt, vắng 9 có lý do."
    )
    assert result.draft.absent_with_reason == 9
    assert result.record.meeting.attendance.absent_with_reason is None
    assert (
        "the absences read do not fit the 33 delegates: they are kept in the draft only"
        in result.warnings
    )
