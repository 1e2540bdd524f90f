"""Tests for times of day (giờ, phút)."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.errors import FormatError
from hdnd_model.vn import format_time, parse_time

T = datetime.time


class TestFormatTime:
    @pytest.mark.parametrize(
        ("t", "expected"),
        [
            (T(14, 0), "14 giờ 00"),
            (T(7, 30), "7 giờ 30"),
            (T(0, 5), "0 giờ 05"),
            (T(23, 59, 59), "23 giờ 59"),
        ],
    )
    def test_format(self, t: datetime.time, expected: str) -> None:
        """Hours are unpadded on the 24-hour clock, minutes have two digits."""
        assert expected == format_time(t)


class TestParseTime:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("14 giờ 00", T(14, 0)),
            ("7 giờ 30 phút", T(7, 30)),
            ("7h30", T(7, 30)),
            ("7H30", T(7, 30)),
            ("14:00", T(14, 0)),
            ("8 giờ", T(8, 0)),
            ("14h", T(14, 0)),
            ("vào hồi 14 giờ 00", T(14, 0)),
            ("lúc 7 giờ 30", T(7, 30)),
            (unicodedata.normalize("NFD", " 7  GIỜ 30 PHÚT "), T(7, 30)),
        ],
    )
    def test_forms(self, text: str, expected: datetime.time) -> None:
        """The usual ways of writing a time are read."""
        assert expected == parse_time(text)

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("25 giờ 00", "hour must be in 0..23"),
            ("7 giờ 60", "minute must be in 0..59"),
            ("14:0", "cannot read"),
            ("giờ", "cannot read"),
            ("sáng", "cannot read"),
            ("", "cannot read"),
        ],
    )
    def test_refused(self, text: str, problem: str) -> None:
        """Unreadable and out-of-range times raise FormatError naming the text."""
        with pytest.raises(FormatError) as caught:
            parse_time(text)
        assert repr(text) in str(caught.value)
        assert problem in str(caught.value)

    @given(st.times())
    def test_round_trip(self, t: datetime.time) -> None:
        """parse_time reads back what format_time writes, to the minute."""
        assert t.replace(second=0, microsecond=0, tzinfo=None, fold=0) == parse_time(format_time(t))
