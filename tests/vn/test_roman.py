"""Tests for Roman numerals (số La Mã)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.errors import FormatError
from hdnd_model.vn import from_roman, to_roman


class TestToRoman:
    @pytest.mark.parametrize(
        ("n", "expected"),
        [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (12, "XII"),
            (19, "XIX"),
            (26, "XXVI"),
            (40, "XL"),
            (1994, "MCMXCIV"),
            (3999, "MMMCMXCIX"),
        ],
    )
    def test_to_roman(self, n: int, expected: str) -> None:
        """Numbers are written as canonical upper-case numerals."""
        assert expected == to_roman(n)

    @pytest.mark.parametrize("n", [0, -1, 4000])
    def test_out_of_range(self, n: int) -> None:
        """Numbers outside 1..3999 are refused."""
        with pytest.raises(FormatError, match="must be from 1 to 3999"):
            to_roman(n)


class TestFromRoman:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("XIX", 19),
            ("xix", 19),
            ("XiX", 19),
            (" IX ", 9),
            ("MCMXCIV", 1994),
            ("MMMCMXCIX", 3999),
        ],
    )
    def test_from_roman(self, text: str, expected: int) -> None:
        """Canonical numerals are read in any case."""
        assert expected == from_roman(text)

    @pytest.mark.parametrize(
        "text", ["", " ", "IIII", "VX", "IC", "IL", "VV", "MMMM", "X I", "ıx", "19"]
    )
    def test_refused(self, text: str) -> None:
        """Empty and non-canonical numerals raise FormatError naming the text."""
        with pytest.raises(FormatError) as caught:
            from_roman(text)
        assert repr(text) in str(caught.value)

    @given(st.integers(1, 3999))
    def test_round_trip(self, n: int) -> None:
        """from_roman reads back what to_roman writes, in either case."""
        assert (n, n) == (from_roman(to_roman(n)), from_roman(to_roman(n).lower()))
