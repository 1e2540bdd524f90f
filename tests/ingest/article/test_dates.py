"""The event's date: cues, years from the text itself, posting lines, planned dates."""

from __future__ import annotations

import pytest

from ._helpers import read

CASES = {
    "full date": ("Sáng ngày 12 tháng 7 năm 2023, HĐND tỉnh khai mạc kỳ họp thứ 15.", "2023-07-12"),
    "year from the posting line": (
        "HĐND xã họp kỳ họp thứ 7\n12/07/2023 09:15\nChiều 11/7, HĐND xã Ea Tu tiến hành kỳ họp "
        "thứ 7.",
        "2023-07-11",
    ),
    "year from the session it prepares": (
        "Chiều ngày 4/6, Thường trực HĐND huyện họp chuẩn bị kỳ họp thường lệ giữa năm 2024.",
        "2024-06-04",
    ),
    "stamp in parentheses": (
        "(03/12/2019)Sáng 3/12, HĐND tỉnh bế mạc kỳ họp thứ 11.",
        "2019-12-03",
    ),
    "weekday and posting time": (
        "Kỳ họp thứ 5 HĐND tỉnh\nThứ Ba, 10/07/2018, 16:05\nSáng nay 10.7, HĐND tỉnh khai mạc kỳ "
        "họp thứ 5.",
        "2018-07-10",
    ),
    "no year anywhere": ("Sáng 28/6, HĐND xã An Phú tiến hành kỳ họp thứ nhất.", None),
    "two years named: unknown": (
        "Chiều 4/6, HĐND huyện họp, tổng kết năm 2023 và kế hoạch năm 2024 của kỳ họp.",
        None,
    ),
    "a planned date is not the event": (
        "HĐND huyện dự kiến tổ chức kỳ họp thứ 8 vào ngày 20/7/2024.",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_date(name: str) -> None:
    text, expected = CASES[name]
    out, _ = read(text)
    assert expected == out["date"]


def test_a_notice_is_dated_by_its_posting() -> None:
    out, _ = read(
        "Thông báo hoãn kỳ họp thứ Tư HĐND huyện\n05/08/2021 10:00\nThường trực HĐND huyện đã "
        "mời đại biểu dự kỳ họp vào sáng ngày 09/8/2021; nay trân trọng thông báo hoãn kỳ họp."
    )
    assert ("announcement", "2021-08-05") == (out["kind"], out["date"])


def test_the_evidence_quotes_the_date_as_written() -> None:
    _, result = read("Chiều ngày 4/6, Thường trực HĐND huyện họp chuẩn bị kỳ họp giữa năm 2024.")
    (evidence,) = result.evidence_for("date")
    assert "4/6" == result.quote(evidence)
    assert evidence.rule == "date.event_cue_year_from_text"


PLANNED = {
    "dự kiến tổ chức vào ngày": (
        "Chiều 20/11/2025, Thường trực HĐND tỉnh Bình An họp phiên thường kỳ. "
        "Kỳ họp thứ 12 HĐND tỉnh dự kiến tổ chức vào ngày 9/12/2025.",
        "2025-12-09",
    ),
    "a range of days": (
        "Sáng 20/11/2024, Thường trực HĐND huyện Tân Lập họp phiên thường kỳ. Kỳ họp cuối "
        "năm của HĐND huyện dự kiến kéo dài hai ngày (từ 4-5/12/2024).",
        "2024-12-04",
    ),
    "từ ngày … đến ngày": (
        "Sáng 20/11/2024, Thường trực HĐND huyện Tân Lập họp. Kỳ họp thứ mười dự kiến "
        "tổ chức từ ngày 4 đến ngày 5/12/2024.",
        "2024-12-04",
    ),
    "the year of the posting": (
        "Ngày đăng 02/07/2024\nSáng 1/7, Thường trực HĐND huyện Tân Lập họp chuẩn bị kỳ họp. "
        "Theo kế hoạch, kỳ họp sẽ khai mạc ngày 15.7 và kéo dài hai ngày.",
        "2024-07-15",
    ),
    "a deadline is not the session's date": (
        "Sáng 1/7/2024, Thường trực HĐND huyện Tân Lập họp. Các ban gửi báo cáo thẩm tra "
        "trước ngày 10/7/2024 để kỳ họp sẽ xem xét.",
        None,
    ),
    "a session held is not planned": (
        "Sáng 1/7/2024, HĐND huyện Tân Lập khai mạc kỳ họp thứ 9.",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(PLANNED))
def test_planned_session_date(name: str) -> None:
    text, expected = PLANNED[name]
    out, _ = read(text)
    assert out.get("planned_session_date") == expected
