"""The kind of record, from the organ that acts and the opening of the post."""

from __future__ import annotations

import pytest

from hdnd_model.ingest import RecordKind

from ._helpers import read

CASES = {
    "session": (
        "Sáng 5/7/2023, HĐND huyện Krông Búk khai mạc kỳ họp thứ 12.",
        "session_report",
    ),
    "standing meeting preparing a session": (
        "Ngày 2/11/2024, Thường trực HĐND tỉnh họp cho ý kiến chuẩn bị kỳ họp thứ 20.",
        "standing_committee_meeting",
    ),
    "standing meeting, upper case headline": (
        "THƯỜNG TRỰC HĐND XÃ TỔ CHỨC PHIÊN HỌP THƯỜNG KỲ THÁNG 4\n"
        "Ngày 3/4/2024, Thường trực HĐND xã An Bình họp.",
        "standing_committee_meeting",
    ),
    "meeting of the standing committee named after it": (
        "Phiên họp tháng 5 của Thường trực Hội đồng nhân dân phường Tân Định\n"
        "Ngày 6/5/2022, ông Lê Văn Tư chủ trì.",
        "standing_committee_meeting",
    ),
    "questioning at a session": (
        "Chiều 9/12/2022, HĐND thành phố dành trọn buổi cho phiên chất vấn tại kỳ họp thứ 10.",
        "questioning_session",
    ),
    "explanation session": (
        "Ngày 14/9/2021, Thường trực HĐND quận tổ chức phiên giải trình về quản lý chợ.",
        "explanation_session",
    ),
    "notice of a postponement": (
        "Hoãn kỳ họp thứ ba HĐND huyện\nThường trực HĐND huyện trân trọng thông báo.",
        "announcement",
    ),
    "no questioning held": (
        "Sáng 20/12/2020, HĐND xã Phú Lộc tiến hành kỳ họp thứ 15; kỳ họp không có ý kiến "
        "chất vấn.",
        "session_report",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_kind(name: str) -> None:
    text, expected = CASES[name]
    out, result = read(text)
    assert expected == out["kind"]
    assert isinstance(result.draft.kind, RecordKind)


def test_kind_is_an_enum_with_the_summary_values() -> None:
    assert "session_report" == RecordKind.SESSION_REPORT.value
    assert RecordKind("resolution") is RecordKind.RESOLUTION
