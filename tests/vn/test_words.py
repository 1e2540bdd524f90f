"""Tests for numbers in words (số đếm) and ordinals (số thứ tự)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.errors import FormatError
from hdnd_model.vn import number_words, ordinal_words, parse_number_words, parse_ordinal


class TestNumberWords:
    @pytest.mark.parametrize(
        ("n", "expected"),
        [
            (0, "không"),
            (1, "một"),
            (4, "bốn"),
            (5, "năm"),
            (10, "mười"),
            (11, "mười một"),
            (14, "mười bốn"),
            (15, "mười lăm"),
            (20, "hai mươi"),
            (21, "hai mươi mốt"),
            (24, "hai mươi bốn"),
            (25, "hai mươi lăm"),
            (100, "một trăm"),
            (105, "một trăm linh năm"),
            (110, "một trăm mười"),
            (115, "một trăm mười lăm"),
            (901, "chín trăm linh một"),
            (999, "chín trăm chín mươi chín"),
            (1000, "một nghìn"),
            (1005, "một nghìn không trăm linh năm"),
            (1050, "một nghìn không trăm năm mươi"),
            (3790, "ba nghìn bảy trăm chín mươi"),
            (1_000_005, "một triệu không trăm linh năm"),
            (7_093_800_000, "bảy tỷ không trăm chín mươi ba triệu tám trăm nghìn"),
            (3_790_000_000_000, "ba nghìn bảy trăm chín mươi tỷ"),
            (10**12 + 5, "một nghìn tỷ không trăm linh năm"),
            (
                1_234_567_000_000_000,
                "một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy tỷ",
            ),
        ],
    )
    def test_words(self, n: int, expected: str) -> None:
        """Cardinals use mốt, lăm, linh and không trăm where documents do."""
        assert expected == number_words(n)

    @pytest.mark.parametrize("n", [-1, 10**18])
    def test_out_of_range(self, n: int) -> None:
        """Negative and too large numbers are refused."""
        with pytest.raises(FormatError, match="must be from 0 to 999999999999999999"):
            number_words(n)


class TestParseNumberWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("không", 0),
            ("mười", 10),
            ("hai mươi tư", 24),
            ("hai mươi bốn", 24),
            ("hai mươi nhăm", 25),
            ("ba nghìn bảy trăm chín mươi tỷ", 3_790_000_000_000),
            ("hai nghìn tỷ", 2 * 10**12),
            ("một nghìn tỷ không trăm linh năm", 10**12 + 5),
            ("năm mươi lăm", 55),
            ("một trăm linh năm", 105),
            ("mười tư", 14),
            ("một trăm lẻ năm", 105),
            ("một trăm linh tư", 104),
            ("ba mươi mốt", 31),
            ("bẩy", 7),
            ("hai ngàn", 2000),
            ("một tỉ", 10**9),
            ("Sáu tỷ, một trăm ba mươi mốt triệu", 6_131_000_000),
            ("HAI MƯƠI MỐT", 21),
            (unicodedata.normalize("NFD", "hai mươi mốt"), 21),
            ("mươì", 10),
        ],
    )
    def test_variants(self, text: str, expected: int) -> None:
        """Variant spellings and tone placements are read."""
        assert expected == parse_number_words(text)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "trăm",
            "nghìn",
            "một mươi",
            "mười mốt",
            "một trăm năm",
            "một trăm linh",
            "một trăm linh không",
            "hai mươi không",
            "một nghìn triệu",
            "một triệu triệu",
            "hai ba",
            "lăm",
            "tư",
            "mười hai mươi",
            "hai mươi năm",
            "mười năm",
            "một trăm linh lăm",
            "một tỷ tỷ",
            "tỷ",
            "một tỷ hai nghìn tỷ",
        ],
    )
    def test_refused(self, text: str) -> None:
        """Words that are not a number raise FormatError naming the text."""
        with pytest.raises(FormatError) as caught:
            parse_number_words(text)
        assert repr(text) in str(caught.value)

    @given(st.integers(0, 10**18 - 1))
    def test_round_trip(self, n: int) -> None:
        """parse_number_words reads back what number_words writes."""
        assert n == parse_number_words(number_words(n))

    @given(st.integers(0, 999))
    def test_round_trip_upper_case(self, n: int) -> None:
        """Case does not matter to the parser."""
        assert n == parse_number_words(number_words(n).upper())


class TestOrdinalWords:
    @pytest.mark.parametrize(
        ("n", "expected"),
        [
            (1, "thứ nhất"),
            (2, "thứ hai"),
            (3, "thứ ba"),
            (4, "thứ tư"),
            (5, "thứ năm"),
            (10, "thứ mười"),
            (11, "thứ mười một"),
            (14, "thứ mười bốn"),
            (15, "thứ mười lăm"),
            (21, "thứ hai mươi mốt"),
            (24, "thứ hai mươi bốn"),
            (101, "thứ một trăm linh một"),
        ],
    )
    def test_words(self, n: int, expected: str) -> None:
        """1 and 4 are irregular; other ordinals are thứ and the cardinal."""
        assert expected == ordinal_words(n)

    @pytest.mark.parametrize("n", [0, -3])
    def test_refused(self, n: int) -> None:
        """Ordinals start at 1."""
        with pytest.raises(FormatError, match="must be 1 or more"):
            ordinal_words(n)


class TestParseOrdinal:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("thứ nhất", 1),
            ("thứ nhứt", 1),
            ("thứ nhì", 2),
            ("thứ tư", 4),
            ("thứ bốn", 4),
            ("thứ mười", 10),
            ("THỨ HAI MƯƠI BỐN", 24),
            ("thứ hai mươi tư", 24),
            ("thứ hai mươi mốt", 21),
            ("thứ 15", 15),
            ("thứ 07", 7),
            ("lần thứ 7", 7),
            ("thứ mười lăm", 15),
            ("Lần thứ XXVI", 26),
            ("THỨ NHẤT", 1),
            (unicodedata.normalize("NFD", "THỨ TƯ"), 4),
            ("  thứ   mười  ", 10),
        ],
    )
    def test_forms(self, text: str, expected: int) -> None:
        """Ordinals in words, digits or Roman numerals are read in any case and form."""
        assert expected == parse_ordinal(text)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "thứ",
            "nhất",
            "thứ 0",
            "thứ không",
            "thứ nhất hai",
            "lần",
            "kỳ họp thứ 3",
            "thứ ١٥",
            "thứ mi",
            "lần thứ xxvi",
        ],
    )
    def test_refused(self, text: str) -> None:
        """Text that is not an ordinal raises FormatError naming it."""
        with pytest.raises(FormatError) as caught:
            parse_ordinal(text)
        assert repr(text) in str(caught.value)

    @given(st.integers(1, 999))
    def test_round_trip(self, n: int) -> None:
        """parse_ordinal reads back what ordinal_words writes."""
        assert n == parse_ordinal(ordinal_words(n))

    @given(st.integers(1, 999))
    def test_round_trip_decomposed_upper(self, n: int) -> None:
        """Upper-case, decomposed ordinals are read back too."""
        assert n == parse_ordinal(unicodedata.normalize("NFD", ordinal_words(n).upper()))


class TestCorpus:
    def test_session_header(self, corpus_text: Callable[[str], str]) -> None:
        """The Phú Yên resolution names kỳ họp thứ 3."""
        match = re.search(r"KỲ HỌP (THỨ \S+)", corpus_text("13"))
        assert match is not None
        expected = 3
        assert expected == parse_ordinal(match.group(1))

    def test_party_congress_ordinal(self, corpus_text: Callable[[str], str]) -> None:
        """The district news post names a congress lần thứ XXVI."""
        match = re.search(r"lần thứ [IVXLCDM]+", corpus_text("00"))
        assert match is not None
        expected = 26
        assert expected == parse_ordinal(match.group())

    def test_amount_in_words(self, corpus_text: Callable[[str], str]) -> None:
        """An amount in words in the Phú Yên resolution matches its figure."""
        text = corpus_text("13")
        match = re.search(r"([\d.]+) triệu đồng \(Bằng chữ: (Sáu nghìn[^)]*?) tỷ,", text)
        assert match is not None
        figure = int(match.group(1).replace(".", ""))
        assert figure // 1000 == parse_number_words(match.group(2))
