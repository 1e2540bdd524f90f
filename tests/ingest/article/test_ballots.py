"""Ballots: elections with tallies and results, confidence polls, unnamed ballots."""

from __future__ import annotations

from ._helpers import read


def test_elections_with_tallies() -> None:
    out, _ = read(
        "Ngày 28/6/2021, kỳ họp thứ nhất HĐND xã Tân Lợi bầu các chức danh. Bà Hầu Thị Dung "
        "tái đắc cử Phó Chủ tịch HĐND xã với 18/21 phiếu. Đến phần bầu Chủ tịch UBND xã, ông "
        "Giáp Văn Nam chỉ đạt 9/21, không đủ tỷ lệ trúng cử."
    )
    votes = [
        (v["person"], v["votes_for"], v["total_delegates"], v["result"]) for v in out["other_votes"]
    ]
    assert [
        ("Hầu Thị Dung", 18, 21, "elected"),
        ("Giáp Văn Nam", 9, 21, "not elected"),
    ] == votes


def test_a_ballot_reported_without_names() -> None:
    out, _ = read(
        "Chiều 16/7/2014, HĐND tỉnh bế mạc kỳ họp thứ 9; các đại biểu đã bỏ phiếu bãi nhiệm "
        "các chức danh theo quy định."
    )
    (vote,) = out["other_votes"]
    assert vote["person"] is None
    assert vote["subject"].startswith("Bãi nhiệm")


def test_a_popular_vote_share_is_not_a_council_ballot() -> None:
    out, _ = read(
        "Sáng 28/6/2021, HĐND xã họp kỳ họp thứ nhất. Ông Lục Văn Sử trúng cử đại biểu với "
        "tỷ lệ 82,6%."
    )
    assert "other_votes" not in out
