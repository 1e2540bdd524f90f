"""Structure hooks for plain values, and the rendering of structuring errors as problems.

The hooks accept exactly the JSON types of the format (no ``"12"`` for an int, no ``1`` for
a bool) and normalise text to NFC. The XML reader leaves text it cannot convert as a
:class:`Raw` value, so the same hooks report it with the same paths.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from hdnd_model.errors import InvalidModelError
from hdnd_model.model import FORBIDDEN_CHARACTERS
from hdnd_model.serialize._spec import (
    DATETIME_PATTERN,
    FRACTION_PATTERN,
    MAX_INT,
    MAX_TEXT_LENGTH,
    MIN_INT,
)

__all__ = [
    "Problem",
    "Raw",
    "enum_hook",
    "problems_of",
    "structure_bool",
    "structure_date",
    "structure_datetime",
    "structure_fraction",
    "structure_int",
    "structure_text",
    "structure_time",
]

# The model's rule for text (controls but tab and newline, surrogates, non-characters): what
# the model refuses at construction, the readers refuse on reading.
NOT_XML = FORBIDDEN_CHARACTERS
_FRACTION = re.compile(FRACTION_PATTERN)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")
_DATETIME = re.compile(DATETIME_PATTERN)
_FIELD_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\[[0-9]+\]|\.[A-Za-z_][A-Za-z0-9_]*)*")
_NORMALIZE = unicodedata.normalize


class Problem(ValueError):  # noqa: N818 - a problem in a document, not a program error
    """A value of the wrong type or form; its message follows the path (``expected int``)."""


class Raw:
    """Text read from XML that a field cannot take, kept to be reported with its path."""

    __slots__ = ("line", "text")

    def __init__(self, text: str, line: int | None) -> None:
        self.text = text
        self.line = line

    def describe(self) -> str:
        """The text and its line, for a message."""
        where = f" (line {self.line})" if self.line else ""
        return f"{self.text[:40]!r}{where}"


def _wrong(expected: str, value: object) -> Problem:
    if isinstance(value, Raw):
        return Problem(f"expected {expected}, not {value.describe()}")
    return Problem(f"expected {expected}, got {_json_type(value)}")


def _json_type(value: object) -> str:
    names = {str: "string", int: "int", float: "number", bool: "bool", list: "array"}
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    return names.get(type(value), type(value).__name__)


def structure_text(value: Any, _: Any = None) -> str:
    """A string in NFC, without characters XML cannot carry, at most MAX_TEXT_LENGTH long."""
    if type(value) is not str:
        raise _wrong("string", value)
    text: str = value
    if len(text) > MAX_TEXT_LENGTH:
        raise Problem(f"text longer than {MAX_TEXT_LENGTH} characters ({len(text)})")
    if not text.isascii():
        text = _NORMALIZE("NFC", text)
    if not text.isprintable() and NOT_XML.search(text):
        raise Problem("text contains a control character or non-character (e.g. NUL)")
    return text


def structure_int(value: Any, _: Any = None) -> int:
    """A JSON integer (not a bool, not a float) within the 32-bit range."""
    if type(value) is not int:
        raise _wrong("int", value)
    if not MIN_INT <= value <= MAX_INT:
        raise Problem(f"expected an int between {MIN_INT} and {MAX_INT}, got {value}")
    return value


def structure_bool(value: Any, _: Any = None) -> bool:
    """A JSON boolean."""
    if type(value) is not bool:
        raise _wrong("bool", value)
    return value


def structure_date(value: Any, _: Any = None) -> dt.date:
    """An ISO 8601 calendar date, ``YYYY-MM-DD``."""
    if type(value) is not str or not _DATE.fullmatch(value):
        raise _wrong("date YYYY-MM-DD", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Problem(f"expected a real date, got {value!r}") from None


def structure_time(value: Any, _: Any = None) -> dt.time:
    """An ISO 8601 local time, ``HH:MM:SS`` with optional microseconds."""
    if type(value) is not str or not _TIME.fullmatch(value):
        raise _wrong("time HH:MM:SS", value)
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise Problem(f"expected a real time, got {value!r}") from None


def structure_datetime(value: Any, _: Any = None) -> dt.datetime:
    """An ISO 8601 date and time with its UTC offset, ``YYYY-MM-DDTHH:MM:SS+07:00``."""
    if type(value) is not str or not _DATETIME.fullmatch(value):
        raise _wrong("date and time YYYY-MM-DDTHH:MM:SS+HH:MM", value)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise Problem(f"expected a real date and time, got {value!r}") from None


def structure_fraction(value: Any, _: Any = None) -> Fraction:
    """A fraction written ``"1/2"`` (or a whole number ``"1"``)."""
    if type(value) is not str or not _FRACTION.fullmatch(value):
        raise _wrong('fraction "n/d"', value)
    num, _sep, den = value.partition("/")
    if den and int(den) == 0:
        raise Problem(f"expected a fraction with a non-zero denominator, got {value!r}")
    return Fraction(int(num), int(den or 1))


def enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    """The structure hook of an enum: its members by value."""
    members = {m.value: m for m in cls}
    expected = "one of " + ", ".join(repr(v) for v in members)

    def structure_enum(value: Any, _: Any = None) -> enum.Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise Problem(f"expected {expected}, got {value[:40]!r}")
        raise _wrong(expected, value)

    return structure_enum


def problems_of(exc: BaseException, path: str = "$") -> list[str]:
    """Every problem in a structuring error, each ``"@ <path>: <message>"``."""
    if isinstance(exc, BaseValidationError):
        found: list[str] = []
        for sub in exc.exceptions:
            found.extend(problems_of(sub, _extend(path, sub)))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        return [f"@ {path}: unknown field {k!r}" for k in sorted(exc.extra_fields)]
    if isinstance(exc, KeyError):
        return [f"@ {path}: missing required field"]
    if isinstance(exc, InvalidModelError):
        field = exc.field
        where = f"{path}.{field}" if _FIELD_PATH.fullmatch(field) else path
        return [f"@ {where}: {exc}"]
    if isinstance(exc, Problem):
        return [f"@ {path}: {exc}"]
    return [f"@ {path}: {type(exc).__name__}: {exc}"]


def _extend(path: str, exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return f"{path}.{note.name}"
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


def add_index_note(exc: Exception, index: int, item_type: Any) -> Exception:
    """Mark ``exc`` as raised by the item at ``index`` of a collection."""
    exc.__notes__ = [
        *getattr(exc, "__notes__", []),
        IterableValidationNote(f"Structuring item @ index {index}", index, item_type),
    ]
    return exc


def iterable_error(errors: list[Exception], tp: Any) -> IterableValidationError:
    """The group error of a collection whose items failed."""
    return IterableValidationError(f"While structuring {tp!r}", errors, tp)
