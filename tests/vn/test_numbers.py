"""Tests for percentages and integers written with a decimal comma and thousands dots."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.errors import FormatError
from hdnd_model.vn import format_int, format_percent, format_share, parse_int, parse_percent

F = Fraction


class TestFormatPercent:
    @pytest.mark.parametrize(
        ("value", "decimals", "expected"),
        [
            (F(423, 494), 2, "85,63%"),
            (F(1, 494), 2, "0,20%"),
            (F(49, 58), 2, "84,48%"),
            (F(4, 58), 2, "6,90%"),
            (F(4, 58), 1, "6,9%"),
            (F(1), 2, "100,00%"),
            (F(0), 2, "0,00%"),
            (F(1, 2), 0, "50%"),
            (F(1, 200), 0, "1%"),
            (F(-1, 200), 0, "-1%"),
            (F(3, 2), 2, "150,00%"),
            (0.8563, 2, "85,63%"),
            (0.00125, 2, "0,13%"),
            (1, 2, "100,00%"),
            (Decimal("0.8563"), 2, "85,63%"),
            (Decimal("0.935"), 1, "93,5%"),
            (Decimal("0.123456"), 3, "12,346%"),
        ],
    )
    def test_format(self, value: F | Decimal | float, decimals: int, expected: str) -> None:
        """Ratios are written as percentages, rounded half up on their exact value."""
        assert expected == format_percent(value, decimals=decimals)

    @pytest.mark.parametrize(
        ("value", "decimals", "problem"),
        [
            (F(1, 2), -1, "decimals must be 0 or more"),
            (float("nan"), 2, "cannot write nan"),
            (float("inf"), 2, "cannot write inf"),
            (Decimal("NaN"), 2, "cannot write Decimal('NaN')"),
        ],
    )
    def test_refused(self, value: F | Decimal | float, decimals: int, problem: str) -> None:
        """Negative decimals and non-finite values raise FormatError."""
        with pytest.raises(FormatError, match=re.escape(problem)):
            format_percent(value, decimals=decimals)

    @given(st.fractions(min_value=-10, max_value=10, max_denominator=10**6))
    def test_round_trip(self, value: F) -> None:
        """parse_percent reads back what format_percent writes, to 2 decimals."""
        percent = parse_percent(format_percent(value))
        assert abs(F(percent) - value * 100) <= F(1, 200)

    @given(st.decimals(min_value=-10, max_value=10, places=6))
    def test_matches_decimal_rounding(self, value: Decimal) -> None:
        """The rounding is Decimal's ROUND_HALF_UP on the percent value."""
        expected = (value * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        assert expected == parse_percent(format_percent(value))


class TestFormatShare:
    @pytest.mark.parametrize(
        ("part", "whole", "decimals", "expected"),
        [
            (423, 494, 2, "85,63%"),
            (1, 494, 2, "0,20%"),
            (49, 58, 2, "84,48%"),
            (58, 58, 2, "100,00%"),
            (0, 58, 2, "0,00%"),
            (51, 58, 1, "87,9%"),
        ],
    )
    def test_share(self, part: int, whole: int, decimals: int, expected: str) -> None:
        """A share is part over whole, as a percentage."""
        assert expected == format_share(part, whole, decimals=decimals)

    @pytest.mark.parametrize("whole", [0, -5])
    def test_whole_must_be_positive(self, whole: int) -> None:
        """A whole of 0 or less raises FormatError naming it."""
        with pytest.raises(FormatError, match=f"whole must be greater than 0, got {whole}"):
            format_share(1, whole)


class TestParsePercent:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("85,63%", Decimal("85.63")),
            ("6,9%", Decimal("6.9")),
            ("93,5 %", Decimal("93.5")),
            ("100%", Decimal("100")),
            ("85.63%", Decimal("85.63")),
            (" 0% ", Decimal("0")),
            ("-1,5%", Decimal("-1.5")),
        ],
    )
    def test_parse(self, text: str, expected: Decimal) -> None:
        """Percentages are read as percent numbers with either decimal separator."""
        assert expected == parse_percent(text)

    @pytest.mark.parametrize("text", ["85,63", "%", "85,%", "1.000,5%", "tám mươi%", ""])
    def test_refused(self, text: str) -> None:
        """Text that is not a percentage raises FormatError naming it."""
        with pytest.raises(FormatError) as caught:
            parse_percent(text)
        assert repr(text) in str(caught.value)


class TestIntegers:
    @pytest.mark.parametrize(
        ("n", "expected"),
        [
            (5_454_246, "5.454.246"),
            (-1000, "-1.000"),
            (999, "999"),
            (0, "0"),
            (1000, "1.000"),
            (3_790_000, "3.790.000"),
        ],
    )
    def test_format(self, n: int, expected: str) -> None:
        """Thousands are separated by dots."""
        assert expected == format_int(n)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("5.454.246", 5_454_246),
            ("5 454 246", 5_454_246),
            ("5\u00a0454\u00a0246", 5_454_246),
            ("5454246", 5_454_246),
            ("05", 5),
            ("-1.000", -1000),
            (" 999 ", 999),
        ],
    )
    def test_parse(self, text: str, expected: int) -> None:
        """Integers are read with dots, spaces or no separators."""
        assert expected == parse_int(text)

    @pytest.mark.parametrize(
        "text", ["", "abc", "1.5", "1.000 000", "5,454,246", "1..000", "12345.678", "1.0000"]
    )
    def test_refused(self, text: str) -> None:
        """Malformed integers raise FormatError naming the text."""
        with pytest.raises(FormatError) as caught:
            parse_int(text)
        assert repr(text) in str(caught.value)

    @given(st.integers())
    def test_round_trip(self, n: int) -> None:
        """parse_int reads back what format_int writes."""
        assert n == parse_int(format_int(n))


class TestCorpus:
    def test_confidence_vote_percentages(self, corpus_text: Callable[[str], str]) -> None:
        """The shares printed for a confidence vote match the tallies over all delegates."""
        text = corpus_text("10")
        present = re.search(r"có \d+/(\d+) đại biểu", text)
        assert present is not None
        total = int(present.group(1))
        pairs = re.findall(r"(\d+) (?:phiếu )?\(chiếm ([\d,]+%)", text)
        assert pairs
        for count, printed in pairs:
            assert parse_percent(printed) == parse_percent(format_share(int(count), total))
