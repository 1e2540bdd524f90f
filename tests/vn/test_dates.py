"""Tests for dates: strict Decree 30 rendering, lenient parsing, and finding dates in text."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.errors import FormatError
from hdnd_model.vn import (
    find_dates,
    format_date,
    format_place_date,
    format_short_date,
    parse_date,
)

D = datetime.date
DATES = st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31))


class TestFormatDate:
    @pytest.mark.parametrize(
        ("d", "expected"),
        [
            (D(2020, 2, 5), "ngày 05 tháng 02 năm 2020"),
            (D(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
            (D(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
            (D(2023, 2, 28), "ngày 28 tháng 02 năm 2023"),
            (D(2023, 3, 12), "ngày 12 tháng 3 năm 2023"),
            (D(2020, 8, 17), "ngày 17 tháng 8 năm 2020"),
            (D(2025, 12, 1), "ngày 01 tháng 12 năm 2025"),
        ],
    )
    def test_decree_30(self, d: datetime.date, expected: str) -> None:
        """Days 1-9 and months 1-2 are zero-padded; months 3-12 never are."""
        assert expected == format_date(d)

    @pytest.mark.parametrize(
        ("place", "d", "expected"),
        [
            ("Hà Nội", D(2020, 2, 5), "Hà Nội, ngày 05 tháng 02 năm 2020"),
            ("Phú Yên", D(2016, 12, 16), "Phú Yên, ngày 16 tháng 12 năm 2016"),
            (
                unicodedata.normalize("NFD", " Đắk Lắk "),
                D(2019, 6, 29),
                "Đắk Lắk, ngày 29 tháng 6 năm 2019",
            ),
        ],
    )
    def test_place_date(self, place: str, d: datetime.date, expected: str) -> None:
        """The header line is the place, a comma and the full date."""
        assert expected == format_place_date(place, d)

    @pytest.mark.parametrize(
        ("d", "expected"),
        [
            (D(2020, 2, 5), "05/02/2020"),
            (D(2020, 8, 17), "17/8/2020"),
            (D(2019, 1, 30), "30/01/2019"),
            (D(2016, 8, 1), "01/8/2016"),
        ],
    )
    def test_short_date(self, d: datetime.date, expected: str) -> None:
        """The short form pads the day and applies the decree's month rule."""
        assert expected == format_short_date(d)


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("17/8/2020", D(2020, 8, 17)),
            ("17-8-2020", D(2020, 8, 17)),
            ("17.8.2020", D(2020, 8, 17)),
            ("05/02/2020", D(2020, 2, 5)),
            ("ngày 17 tháng 8 năm 2020", D(2020, 8, 17)),
            ("ngày 01 tháng 08 năm 2016", D(2016, 8, 1)),
            ("Ngày 5/12/2018", D(2018, 12, 5)),
            ("NGÀY 05 THÁNG 02 NĂM 2020", D(2020, 2, 5)),
            ("26 tháng 09 năm 2025", D(2025, 9, 26)),
            ("  ngày   17\ttháng  8\nnăm 2020 ", D(2020, 8, 17)),
            (unicodedata.normalize("NFD", "ngày 17 tháng 8 năm 2020"), D(2020, 8, 17)),
            ("2020-08-17", D(2020, 8, 17)),
            ("29/2/2020", D(2020, 2, 29)),
        ],
    )
    def test_forms(self, text: str, expected: datetime.date) -> None:
        """Full, short and ISO forms are read, in any case and normal form."""
        assert expected == parse_date(text)

    @pytest.mark.parametrize(
        ("text", "year", "expected"),
        [
            ("5.12", 2018, D(2018, 12, 5)),
            ("17/8", 2020, D(2020, 8, 17)),
            ("3-7", 2018, D(2018, 7, 3)),
            ("ngày 3 tháng 7", 2018, D(2018, 7, 3)),
            ("17/8/2020", 1999, D(2020, 8, 17)),
        ],
    )
    def test_supplied_year(self, text: str, year: int, expected: datetime.date) -> None:
        """A date without a year takes the one given; a year in the text wins."""
        assert expected == parse_date(text, year=year)

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("17/8", "has no year"),
            ("5.12", "has no year"),
            ("ngày 3 tháng 7", "has no year"),
            ("17/8/20", "four-digit year"),
            ("ngày 17 tháng 8 năm 20", "four-digit year"),
            ("31/2/2020", "day is out of range for month"),
            ("29/2/2019", "day is out of range for month"),
            ("17/13/2020", "month must be in 1..12"),
            ("tháng 8 năm 2020", "cannot read"),
            ("17/8-2020", "cannot read"),
            ("hôm qua", "cannot read"),
            ("", "cannot read"),
        ],
    )
    def test_refused(self, text: str, problem: str) -> None:
        """Unreadable, yearless and impossible dates raise FormatError naming the text."""
        with pytest.raises(FormatError) as caught:
            parse_date(text)
        assert repr(text) in str(caught.value)
        assert problem in str(caught.value)

    @given(DATES)
    def test_round_trip_full(self, d: datetime.date) -> None:
        """parse_date reads back what format_date writes."""
        assert d == parse_date(format_date(d))

    @given(DATES)
    def test_round_trip_short(self, d: datetime.date) -> None:
        """parse_date reads back what format_short_date writes."""
        assert d == parse_date(format_short_date(d))


class TestFindDates:
    @pytest.mark.parametrize(
        ("text", "year", "expected"),
        [
            ("Ngày 17/8/2020, họp.", None, [(D(2020, 8, 17), "17/8/2020")]),
            (
                "Phú Yên, ngày 16 tháng 12 năm 2016 và ngày 08/12/2016",
                None,
                [(D(2016, 12, 16), "ngày 16 tháng 12 năm 2016"), (D(2016, 12, 8), "08/12/2016")],
            ),
            ("từ ngày 01/8 đến ngày 03/8/2016", None, [(D(2016, 8, 3), "03/8/2016")]),
            (
                "từ ngày 01/8 đến ngày 03/8/2016",
                2016,
                [(D(2016, 8, 1), "01/8"), (D(2016, 8, 3), "03/8/2016")],
            ),
            ("Sáng 5.12, đại biểu bỏ phiếu", 2018, [(D(2018, 12, 5), "5.12")]),
            ("ngày 3 tháng 7 và 6 tháng đầu năm", 2018, [(D(2018, 7, 3), "ngày 3 tháng 7")]),
            ("ngày 31/2/2020 hoặc 17/8/20 hoặc 30/4/2020", None, [(D(2020, 4, 30), "30/4/2020")]),
            ("phiên họp tháng 8/2020, nhiệm kỳ 2020-2025", 2020, []),
            ("Số 97/2019/QH14 và 218/BC-UBND, 53/58 đại biểu", 2019, []),
            ("tỷ lệ 84,48% và 3.790.000 triệu đồng, 10:56", 2018, []),
            ("2.1. Chi trong cân đối", 2018, []),
            ("ngày 2020-08-17.", None, [(D(2020, 8, 17), "2020-08-17")]),
            ("", None, []),
        ],
    )
    def test_spans(
        self, text: str, year: int | None, expected: list[tuple[datetime.date, str]]
    ) -> None:
        """Every date is found with the span of its text; non-dates are left alone."""
        assert expected == [(d, text[start:end]) for d, start, end in find_dates(text, year=year)]

    def test_decomposed_offsets(self) -> None:
        """Offsets refer to the text as given, even when it is decomposed."""
        text = unicodedata.normalize("NFD", "Hà Nội, ngày 05 tháng 02 năm 2020.")
        [(d, start, end)] = find_dates(text)
        assert (D(2020, 2, 5), unicodedata.normalize("NFD", "ngày 05 tháng 02 năm 2020")) == (
            d,
            text[start:end],
        )

    @given(DATES, DATES)
    def test_finds_formatted(self, one: datetime.date, other: datetime.date) -> None:
        """Dates written by the formatters are found again, in order."""
        text = f"Từ {format_date(one)} đến ngày {format_short_date(other)}."
        assert [one, other] == [d for d, _, _ in find_dates(text)]


class TestCorpus:
    def test_hai_ba_trung_dates(self, corpus_text: Callable[[str], str]) -> None:
        """The district news post dates the meeting 17/8/2020 and an award 23/7/2020."""
        found = {d for d, _, _ in find_dates(corpus_text("00"))}
        assert {D(2020, 8, 17), D(2020, 7, 23)} == found

    @pytest.mark.parametrize(
        ("number", "year", "expected"),
        [
            ("03", 2018, D(2018, 7, 3)),
            ("06", None, D(2018, 5, 30)),
            ("10", 2018, D(2018, 12, 5)),
            ("13", None, D(2016, 12, 16)),
            ("18", None, D(2025, 11, 14)),
        ],
    )
    def test_event_dates(
        self,
        corpus_text: Callable[[str], str],
        number: str,
        year: int | None,
        expected: datetime.date,
    ) -> None:
        """The date of each corpus text's event is among the dates found in it."""
        assert expected in {d for d, _, _ in find_dates(corpus_text(number), year=year)}

    def test_every_span_parses(self, corpus_text: Callable[[str], str]) -> None:
        """Every span find_dates reports in a real text reads back as the same date."""
        for number in ("00", "03", "06", "10", "13", "18"):
            text = corpus_text(number)
            for d, start, end in find_dates(text, year=2018):
                assert d == parse_date(text[start:end], year=2018)
