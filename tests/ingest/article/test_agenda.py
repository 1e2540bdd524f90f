"""Agenda items from lists and deliberation sentences; nothing from headlines or captions."""

from __future__ import annotations

from ._helpers import read


def _agenda(text: str) -> list[str]:
    out, _ = read(text)
    return out["agenda"]


def test_a_deliberation_sentence_gives_its_matters() -> None:
    text = (
        "Kỳ họp thứ 7 HĐND huyện\n\nSáng 5/7/2023, HĐND huyện khai mạc kỳ họp thứ 7. Các đại "
        "biểu đã thảo luận về tình hình kinh tế - xã hội 6 tháng đầu năm; công tác phòng chống "
        "thiên tai và dự toán ngân sách năm 2024."
    )
    assert [
        "Tình hình kinh tế - xã hội 6 tháng đầu năm",
        "Công tác phòng chống thiên tai",
        "Dự toán ngân sách năm 2024",
    ] == _agenda(text)


def test_xem_xet_thao_luan_cho_y_kien() -> None:
    text = (
        "Sáng 5/7/2023, HĐND xã họp kỳ họp thứ 4. Kỳ họp đã xem xét, thảo luận, cho ý kiến "
        "về báo cáo của UBND xã và tờ trình về chương trình đầu tư công."
    )
    assert [
        "Báo cáo của UBND xã",
        "Tờ trình về chương trình đầu tư công",
    ] == _agenda(text)


def test_holding_the_session_is_not_an_item() -> None:
    text = "Sáng 5/7/2023, HĐND xã An Phú tiến hành kỳ họp thứ 5."
    assert [] == _agenda(text)


def test_activities_split_before_each_verb() -> None:
    text = (
        "Chiều 9/12/2024, kỳ họp thứ 20 HĐND tỉnh tiếp tục với các nội dung nghe báo cáo thẩm "
        "tra; biểu quyết thông qua 14 nghị quyết và bế mạc kỳ họp."
    )
    assert [
        "Nghe báo cáo thẩm tra",
        "Biểu quyết thông qua 14 nghị quyết",
        "Bế mạc kỳ họp",
    ] == _agenda(text)


def test_a_caption_and_the_headline_give_nothing() -> None:
    text = (
        "HĐND tỉnh thảo luận về dự toán ngân sách\n\nẢnh: Đại biểu thảo luận về ngân sách tại "
        "hội trường\nSáng 5/7/2023, HĐND tỉnh khai mạc kỳ họp thứ 9."
    )
    assert [] == _agenda(text)


def test_the_purpose_of_a_meeting() -> None:
    text = (
        "Ngày 3/4/2024, Thường trực HĐND huyện tổ chức hội nghị cho ý kiến về dự thảo kế "
        "hoạch giám sát năm 2024."
    )
    assert ["Cho ý kiến về dự thảo kế hoạch giám sát năm 2024"] == _agenda(text)


def test_item_evidence_quotes_its_sentence() -> None:
    _, result = read(
        "Sáng 5/7/2023, HĐND xã họp kỳ họp thứ 4. Kỳ họp đã thông qua kế hoạch giám sát năm 2024."
    )
    (evidence,) = result.evidence_for("agenda[0]")
    assert "thông qua kế hoạch giám sát năm 2024" == result.quote(evidence)
