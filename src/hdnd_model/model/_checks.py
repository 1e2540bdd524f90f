"""Shared validators: each raises InvalidModelError naming the field, the value and the rule.

Types are checked before any validator runs (:mod:`hdnd_model.model._typed` at construction,
the formats' generated readers on reading), so these only check values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

from hdnd_model.errors import InvalidModelError

MAX_TEXT_LENGTH = 100_000
"""The longest text (in characters) a field may hold; the formats' readers refuse longer."""

FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""The characters no text or id may hold (``search`` it): every control character but tab and
newline (C0, carriage return, DEL, C1), lone surrogates and the non-characters U+FFFE, U+FFFF.
The model refuses them at construction and the formats' readers on reading: one rule."""

_CONTROL = FORBIDDEN_CHARACTERS

Validator = Callable[[Any, Any, Any], None]


def fail(instance: object, field: str, value: object, reason: str) -> InvalidModelError:
    """An InvalidModelError for ``field`` of ``instance``'s class."""
    return InvalidModelError(field, value, reason, owner=type(instance).__name__)


def check_text(instance: object, field: str, value: str | None, *, required: bool) -> None:
    """Refuse empty (when required) or non-NFC text."""
    if value is None:
        if required:
            raise fail(instance, field, value, "must be given")
        return
    if not value.strip():
        raise fail(instance, field, value, "must not be empty")
    _check_characters(instance, field, value)


def _check_characters(instance: object, field: str, value: str) -> None:
    """Refuse text too long, not NFC, or holding a forbidden character."""
    if len(value) > MAX_TEXT_LENGTH:
        raise fail(
            instance,
            field,
            value,
            f"must be at most {MAX_TEXT_LENGTH} characters long ({len(value)})",
        )
    if not unicodedata.is_normalized("NFC", value):
        raise fail(instance, field, value, "must be NFC-normalised Unicode text")
    bad = _CONTROL.search(value)
    if bad:
        code = ord(bad[0])
        what = "control character" if code < 0xA0 else "non-character"
        raise fail(instance, field, value, f"must not contain the {what} U+{code:04X}")


def _name(attribute: Any) -> str:
    return str(attribute.name)


# Validators run for every field of every object decoded from an archive: each has a fast path
# of C-level checks and builds its message only when the value is refused. ASCII text is NFC,
# and printable text holds no control character, so most texts pass on the cheaper test.
_is_normalized = unicodedata.is_normalized
_control = _CONTROL.search
ID = re.compile(r"\S+\Z")
"""An id: no whitespace anywhere (``match`` it)."""
_id_match = ID.match


def _good(value: str) -> bool:
    return (
        bool(value)
        and len(value) <= MAX_TEXT_LENGTH
        and not value.isspace()
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    )


def text(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: non-empty NFC text without control characters but tab and newline."""
    if not (
        value
        and len(value) <= MAX_TEXT_LENGTH
        and not value.isspace()
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    ):
        check_text(instance, _name(attribute), value, required=True)


def optional_text(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or non-empty NFC text."""
    if value is not None and not (
        value
        and len(value) <= MAX_TEXT_LENGTH
        and not value.isspace()
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    ):
        check_text(instance, _name(attribute), value, required=False)


def texts(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """attrs validator: every item non-empty NFC text."""
    for i, item in enumerate(value):
        if not _good(item):
            check_text(instance, f"{_name(attribute)}[{i}]", item, required=True)


def _check_id(instance: object, field: str, value: str) -> None:
    if _id_match(value) is None:
        raise fail(instance, field, value, "must be a non-empty id without spaces")
    _check_characters(instance, field, value)


def identifier(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: a non-empty id without whitespace, under the rule of texts."""
    if not (
        _id_match(value) is not None
        and len(value) <= MAX_TEXT_LENGTH
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    ):
        _check_id(instance, _name(attribute), value)


def optional_identifier(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or an id."""
    if value is not None and not (
        _id_match(value) is not None
        and len(value) <= MAX_TEXT_LENGTH
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    ):
        _check_id(instance, _name(attribute), value)


LOOKALIKE_D = re.compile("[\u00d0\u0189]")
"""The look-alikes of Đ (U+0110) no Vietnamese name holds: Ð (U+00D0, Icelandic eth) and Ɖ
(U+0189, African D); ``search`` it."""
_LOOKALIKE_NAMES = {"\u00d0": "U+00D0 (Ð, Icelandic eth)", "\u0189": "U+0189 (Ɖ, African D)"}
_lookalike = LOOKALIKE_D.search


_LKA1, _LKA2 = "\u00d0", "\u0189"


def has_lookalike(value: str) -> bool:
    """Whether ``value`` holds a look-alike of Đ (two substring tests: faster than the regex)."""
    return _LKA1 in value or _LKA2 in value


def lookalike_problem(value: str) -> str | None:
    """Why ``value`` cannot be Vietnamese: it writes Đ as a look-alike; None when it does not."""
    if not has_lookalike(value):
        return None
    found = _lookalike(value)
    assert found is not None
    return f"must write Đ as U+0110, not the look-alike {_LOOKALIKE_NAMES[found[0]]}"


def name(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: text (as :func:`text`) that writes Đ as U+0110, not a look-alike."""
    if not (
        value
        and len(value) <= MAX_TEXT_LENGTH
        and not value.isspace()
        and (
            value.isascii()
            or (_is_normalized("NFC", value) and _LKA1 not in value and _LKA2 not in value)
        )
        and (value.isprintable() or not _control(value))
    ):
        _check_name(instance, _name(attribute), value)


def optional_name(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or a name."""
    if value is not None and not (
        value
        and len(value) <= MAX_TEXT_LENGTH
        and not value.isspace()
        and (
            value.isascii()
            or (_is_normalized("NFC", value) and _LKA1 not in value and _LKA2 not in value)
        )
        and (value.isprintable() or not _control(value))
    ):
        _check_name(instance, _name(attribute), value)


def _check_name(instance: object, field: str, value: str) -> None:
    check_text(instance, field, value, required=True)
    problem = lookalike_problem(value)
    if problem:
        raise fail(instance, field, value, problem)


def names(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """attrs validator: every item a name."""
    for i, item in enumerate(value):
        if not _good(item) or (not item.isascii() and has_lookalike(item)):
            _check_name(instance, f"{_name(attribute)}[{i}]", item)


def identifiers(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """attrs validator: every item an id."""
    for i, item in enumerate(value):
        if _id_match(item) is None or not _good(item):
            _check_id(instance, f"{_name(attribute)}[{i}]", item)


MAX_COUNT = 2**31 - 1
"""The largest count or number the model holds (what every format can carry)."""

MAX_DENOMINATOR = 10**9 - 1
"""The largest denominator of a share the model holds (nine digits, what the formats write)."""


def optional_share(instance: Any, attribute: Any, value: Fraction | None) -> None:
    """attrs validator: None, or a share."""
    if value is not None:
        share(instance, attribute, value)


def share(instance: Any, attribute: Any, value: Fraction) -> None:
    """attrs validator: a fraction greater than 0 and at most 1, of at most nine digits."""
    # A Fraction's denominator is positive: compare its integers, not the fraction.
    if not 0 < value.numerator <= value.denominator <= MAX_DENOMINATOR:
        reason = "must be greater than 0 and at most 1"
        if 0 < value <= 1:
            reason = f"must have a denominator of at most {MAX_DENOMINATOR}"
        raise fail(instance, _name(attribute), str(value), reason)


def count(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number from 0 to MAX_COUNT."""
    if value is not None and not 0 <= value <= MAX_COUNT:
        raise fail(
            instance, _name(attribute), value, f"must be a whole number from 0 to {MAX_COUNT}"
        )


def positive(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number from 1 to MAX_COUNT."""
    if value is not None and not 1 <= value <= MAX_COUNT:
        raise fail(
            instance, _name(attribute), value, f"must be a whole number from 1 to {MAX_COUNT}"
        )


def unique(instance: object, field: str, keys: Iterable[object], what: str = "id") -> None:
    """Refuse a repeated key among ``keys``."""
    keys = keys if type(keys) is list else list(keys)
    if len(set(keys)) == len(keys):
        return
    seen: set[object] = set()
    for key in keys:
        if key in seen:
            raise fail(instance, field, key, f"must not repeat the {what} {key!r}")
        seen.add(key)
