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
