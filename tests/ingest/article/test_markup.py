"""Markup inside text files: HTML exported as text, character references, page cruft."""

from __future__ import annotations

from ._helpers import read

WORD_HTML = (
    "source: an export\n\n<body lang=EN-US><div class=WordSection1><p class=MsoNormal><b>"
    "H&#7896;I &#272;&#7890;NG NHÂN DÂN<br>T&#7880;NH GIA LAI</b></p><p>S&#7889;: 7/NQ-H&#272;ND"
    "</p><p>NGH&#7882; QUY&#7870;T</p><p>V&#7872; VI&#7878;C GIAO\nBIÊN CH&#7870;</p><p>"
    "QUY&#7870;T NGH&#7882;:</p><p>&#272;i&#7873;u 1. Giao biên ch&#7871;.</p></div></body>"
)


def test_word_html_in_a_text_file() -> None:
    out, result = read(WORD_HTML)
    assert "resolution" == out["kind"]
    assert ("tỉnh", "Gia Lai") == (out["council"]["unit_type"], out["council"]["unit_name"])
    assert "the text is HTML markup: its text was read" in result.warnings


def test_character_references_in_plain_text() -> None:
    out, _ = read("Sáng 5/7/2023, H&#272;ND t&#7881;nh Yên Bái&nbsp;khai mạc kỳ họp thứ 12.")
    assert ("tỉnh", "Yên Bái") == (out["council"]["unit_type"], out["council"]["unit_name"])


def test_page_cruft_is_skipped() -> None:
    out, _ = read(
        "Your browser does not support the audio element.\nSáng 5/7/2023, HĐND tỉnh khai mạc "
        "kỳ họp thứ 12.\nLượt xem: 1.204\nCác tin khác\nSáng 1/1/2020, HĐND huyện họp kỳ họp thứ 3."
    )
    assert ("2023-07-05", 12) == (out["date"], out["session_number"])


def test_a_scrambled_body_is_reported_not_read_for_names() -> None:
    plain = (
        "Sáng 5/7/2023, HĐND tỉnh khai mạc kỳ họp thứ 12. Ông Trần Văn Bình, Chủ tịch HĐND tỉnh "
        "chủ trì kỳ họp. Các đại biểu thảo luận về tình hình kinh tế xã hội sáu tháng đầu năm "
        "và nhiệm vụ trọng tâm sáu tháng cuối năm, công tác phòng chống thiên tai, dịch bệnh."
    )
    swapped = str.maketrans("aeiouăâêôơưy", "qzxwjfkvbqzx")
    scrambled = plain[:40] + plain[40:].translate(swapped)
    out, result = read(scrambled)
    assert any("looks scrambled" in w for w in result.warnings)
    assert (None, []) == (out["chair"], out["participants"])
    clean_out, clean = read(plain)
    assert not any("looks scrambled" in w for w in clean.warnings)
    assert "Trần Văn Bình" == clean_out["chair"]["name"]
