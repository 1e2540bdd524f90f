"""Vietnamese text rules: normalisation, dates, times, numbers, numerals and number words.

Every function is pure and uses only the standard library. Rendering follows Decree
30/2020/NĐ-CP strictly; parsing accepts the variants found in real documents. Unreadable input
raises :class:`hdnd_model.errors.FormatError`, which is a :class:`ValueError`.
"""

from hdnd_model.vn._dates import (
    find_dates,
    format_date,
    format_place_date,
    format_short_date,
    parse_date,
)
from hdnd_model.vn._numbers import (
    format_int,
    format_percent,
    format_share,
    parse_int,
    parse_percent,
)
from hdnd_model.vn._roman import from_roman, to_roman
from hdnd_model.vn._text import fold_key, nfc, same_text
from hdnd_model.vn._times import format_time, parse_time
from hdnd_model.vn._words import (
    number_words,
    ordinal_words,
    parse_number_words,
    parse_ordinal,
)

__all__ = [
    "find_dates",
    "fold_key",
    "format_date",
    "format_int",
    "format_percent",
    "format_place_date",
    "format_share",
    "format_short_date",
    "format_time",
    "from_roman",
    "nfc",
    "number_words",
    "ordinal_words",
    "parse_date",
    "parse_int",
    "parse_number_words",
    "parse_ordinal",
    "parse_percent",
    "parse_time",
    "same_text",
    "to_roman",
]
