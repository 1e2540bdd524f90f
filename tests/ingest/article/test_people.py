"""People and roles: honorifics, labels, lists, titles before and after, who chairs."""

from __future__ import annotations

import pytest

from ._helpers import read


def _chair(text: str) -> str | None:
    out, _ = read(text)
    return out["chair"]["name"] if out["chair"] else None


def _names(text: str) -> list[str]:
    out, _ = read(text)
    return [p["name"] for p in out["participants"]]


CHAIRS = {
    "honorific, dash title, chủ trì": (
        "Ngày 3/3/2023, đồng chí Trần Thị Mai - Chủ tịch HĐND huyện chủ trì phiên họp.",
        "Trần Thị Mai",
    ),
    "title after a comma, two segments": (
        "Ngày 3/3/2023, bà Lò Thị Sen, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.",
        "Lò Thị Sen",
    ),
    "label with a colon": (
        "Chủ tọa kỳ họp: ông Đỗ Quang Huy, Chủ tịch HĐND xã. Kỳ họp thứ 4 HĐND xã An Lạc.",
        "Đỗ Quang Huy",
    ),
    "label with là": (
        "Chủ tọa kỳ họp là ông Đỗ Quang Huy - Chủ tịch HĐND xã; tham dự có ông Vi Văn Hải.",
        "Đỗ Quang Huy",
    ),
    "the one who concluded": (
        "Kết luận phiên họp, đồng chí Hà Văn Thắng Huyện ủy viên, Chủ tịch HĐND huyện yêu cầu.",
        "Hà Văn Thắng",
    ),
    "chủ trì written after a dash": (
        "Ông Nông Văn Lực – Chủ tịch HĐND – Chủ trì cuộc họp nhấn mạnh các yêu cầu.",
        "Nông Văn Lực",
    ),
    "an opening speech alone": (
        "Phát biểu khai mạc, ông Nông Văn Lực - Chủ tịch HĐND huyện nêu rõ kỳ họp thứ 3.",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(CHAIRS))
def test_chair(name: str) -> None:
    text, expected = CHAIRS[name]
    assert expected == _chair(text)


def test_a_name_stops_before_an_unseparated_title() -> None:
    text = "Kết luận hội nghị, đồng chí Lê Văn Thành Tỉnh ủy viên, Chủ tịch HĐND tỉnh nêu rõ."
    assert "Lê Văn Thành" == _chair(text)


def test_a_given_name_that_opens_titles_elsewhere_is_kept() -> None:
    text = "Ngày 3/3/2023, bà Phạm Thị Anh Thư - Chủ tịch HĐND phường chủ trì kỳ họp thứ 2."
    assert "Phạm Thị Anh Thư" == _chair(text)


def test_co_chairs_listed_before_the_chair_word() -> None:
    text = (
        "Ngày 9/12/2024, kỳ họp thứ 20 HĐND tỉnh bế mạc. Các đồng chí: Vũ Văn An, Chủ tịch "
        "HĐND tỉnh; Chu Thị Bình, Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp."
    )
    out, _ = read(text)
    assert "Vũ Văn An" == out["chair"]["name"]
    assert ["Chu Thị Bình"] == [p["name"] for p in out["participants"]]


def test_guests_listed_after_a_colon() -> None:
    text = (
        "Ngày 9/12/2024, HĐND tỉnh họp kỳ họp thứ 20. Dự kỳ họp có các đồng chí: Vũ Văn An, "
        "Bí thư Tỉnh ủy; Chu Thị Bình, Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành."
    )
    assert ["Vũ Văn An", "Chu Thị Bình"] == _names(text)


def test_people_only_voted_on_are_not_participants() -> None:
    text = (
        "Ngày 28/6/2021, kỳ họp thứ nhất HĐND xã Tân Lợi bầu các chức danh. Kết quả, ông Mạc "
        "Văn Toàn trúng cử Chủ tịch HĐND xã với 19/21 phiếu."
    )
    assert [] == _names(text)


def test_a_byline_is_not_a_participant() -> None:
    text = "Ngày 3/3/2023, HĐND xã An Lạc họp kỳ họp thứ 4.\nMinh Anh"
    assert [] == _names(text)


def test_evidence_quotes_the_name() -> None:
    _, result = read("Ngày 3/3/2023, đồng chí Trần Thị Mai - Chủ tịch HĐND huyện chủ trì.")
    (evidence,) = result.evidence_for("people[0]")
    assert "Trần Thị Mai" in result.quote(evidence)
