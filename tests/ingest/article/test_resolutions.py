"""Resolutions adopted: counts in digits and words, lists, and what is only planned."""

from __future__ import annotations

import pytest

from ._helpers import read

COUNTS = {
    "digits": ("Chiều 9/12/2024, HĐND tỉnh bế mạc kỳ họp thứ 20, đã thông qua 12 nghị quyết.", 12),
    "zero-padded, ban hành": (
        "Sáng 25/12/2020, HĐND xã họp kỳ họp thứ 13 và ban hành 09 nghị quyết.",
        9,
    ),
    "words": ("Chiều 9/12/2024, kỳ họp thứ 20 HĐND tỉnh đã thông qua mười lăm nghị quyết.", 15),
    "a plan is not a count": (
        "Ngày 1/12/2024, kỳ họp thứ 20 HĐND tỉnh dự kiến sẽ thông qua 12 nghị quyết.",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_count(name: str) -> None:
    text, expected = COUNTS[name]
    out, result = read(text)
    assert expected == result.draft.resolutions_count
    assert expected == out.get("resolutions_passed_count")


def test_named_resolutions_give_no_separate_count() -> None:
    out, result = read(
        "Chiều 9/12/2024, kỳ họp thứ 20 HĐND tỉnh đã thông qua 2 nghị quyết: Nghị quyết về dự "
        "toán ngân sách năm 2025; Nghị quyết về kế hoạch đầu tư công năm 2025."
    )
    assert 2 == result.draft.resolutions_count
    assert 2 == len(out["resolutions_passed"])
    assert "resolutions_passed_count" not in out


def test_votes_of_the_present_stay_counts_of_the_present() -> None:
    _, result = read(
        "Chiều 9/12/2024, tại kỳ họp thứ 20, Nghị quyết về dự toán ngân sách năm 2025 được "
        "thông qua với 45/48 đại biểu có mặt tán thành."
    )
    (resolution,) = result.draft.resolutions
    assert (45, 48, None) == (resolution.votes_for, resolution.present, resolution.total_delegates)
