"""The council: unit kind, name and level; never a person as a unit."""

from __future__ import annotations

import pytest

from ._helpers import read

CASES = {
    "province": (
        "Sáng 5/7/2023, HĐND tỉnh Lạng Sơn khai mạc kỳ họp thứ 12.",
        ("province", "tỉnh", "Lạng Sơn"),
    ),
    "full name, commune": (
        "Sáng 5/7/2023, Hội đồng nhân dân xã Tà Xùa khai mạc kỳ họp thứ 2.",
        ("commune", "xã", "Tà Xùa"),
    ),
    "upper-case header over two lines": (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH KON TUM\nSố: 12/NQ-HĐND\nNGHỊ QUYẾT\nVỀ VIỆC GIAO BIÊN CHẾ\n"
        "QUYẾT NGHỊ:\nĐiều 1. Giao biên chế.",
        ("province", "tỉnh", "Kon Tum"),
    ),
    "city by initials": (
        "Sáng 5/12/2023, HĐND TP.HCM khai mạc kỳ họp thứ 14.",
        ("province", "thành phố", "Hồ Chí Minh"),
    ),
    "unnamed": ("Sáng 5/7/2023, HĐND huyện khai mạc kỳ họp thứ 12.", ("district", "huyện", None)),
    "a ward after 1 July 2025": (
        "Sáng 8/7/2025, HĐND phường Hòa Khánh tổ chức kỳ họp thứ 2.",
        ("commune", "phường", "Hòa Khánh"),
    ),
    "a city that runs wards after the merger": (
        "Sáng 8/12/2025, HĐND thành phố Huế khai mạc kỳ họp thứ 3.",
        ("province", "thành phố", "Huế"),
    ),
    "the name stops before the term": (
        "Sáng 5/7/2023, HĐND huyện Mường Tè khóa XX khai mạc kỳ họp thứ 12.",
        ("district", "huyện", "Mường Tè"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_council(name: str) -> None:
    text, expected = CASES[name]
    out, _ = read(text)
    council = out["council"]
    assert expected == (council["level"], council["unit_type"], council["unit_name"])


def test_a_person_is_not_a_unit() -> None:
    out, _ = read("Sáng 5/7/2023, ông Lò Văn Xã - Chủ tịch HĐND huyện khai mạc kỳ họp thứ 2.")
    assert out["council"]["unit_name"] is None
    assert "Lò Văn Xã" == out["participants"][0]["name"]


TERMS = {
    "khóa and nhiệm kỳ": (
        "HĐND tỉnh khóa XVII, nhiệm kỳ 2021 – 2026 họp kỳ họp thứ 2.",
        ("XVII", "2021-2026"),
    ),
    "khoá, old spelling": ("Sáng 5/7/2018, HĐND huyện khoá VIII khai mạc kỳ họp.", ("VIII", None)),
    "the National Assembly's khóa": (
        "Sáng 5/7/2023, HĐND xã họp kỳ họp thứ 3; đại biểu Quốc hội khóa XV dự.",
        None,
    ),
    "a party congress's term": (
        "Sáng 5/7/2020, HĐND xã họp kỳ họp; Đại hội Đảng bộ nhiệm kỳ 2020-2025 sắp diễn ra.",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(TERMS))
def test_term(name: str) -> None:
    text, expected = TERMS[name]
    out, _ = read(text)
    term = out["term"]
    assert expected == ((term["khoa"], term["period"]) if term else None)
