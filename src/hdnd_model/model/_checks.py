"""Shared validators: each raises InvalidModelError naming the field, the value and the rule."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from hdnd_model.errors import InvalidModelError

# Characters XML 1.0 cannot carry (tab, newline and carriage return are allowed) and lone
# surrogates: refused so that every model object can be written in every format.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

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
    if not unicodedata.is_normalized("NFC", value):
        raise fail(instance, field, value, "must be NFC-normalised Unicode text")
    bad = _CONTROL.search(value)
    if bad:
        raise fail(
            instance, field, value, f"must not contain the control character U+{ord(bad[0]):04X}"
        )


def _name(attribute: Any) -> str:
    return str(attribute.name)


# Validators run for every field of every object decoded from an archive: each has a fast path
# of C-level checks and builds its message only when the value is refused. ASCII text is NFC,
# and printable text holds no control character, so most texts pass on the cheaper test.
_is_normalized = unicodedata.is_normalized
_control = _CONTROL.search
ID = re.compile(r"\S+\Z")
"""An id: no whitespace anywhere (``match`` it)."""


def _good(value: str) -> bool:
    return (
        bool(value)
        and not value.isspace()
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    )


def text(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: non-empty NFC text without control characters but tab and newline."""
    if not (
        value
        and not value.isspace()
        and (value.isascii() or _is_normalized("NFC", value))
        and (value.isprintable() or not _control(value))
    ):
        check_text(instance, _name(attribute), value, required=True)


def optional_text(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or non-empty NFC text."""
    if value is not None and not (
        value
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


def identifier(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: a non-empty id without surrounding or inner whitespace."""
    if not isinstance(value, str) or ID.match(value) is None:
        raise fail(instance, _name(attribute), value, "must be a non-empty id without spaces")


def optional_identifier(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or an id."""
    if value is not None and (not isinstance(value, str) or ID.match(value) is None):
        raise fail(instance, _name(attribute), value, "must be a non-empty id without spaces")


MAX_COUNT = 2**31 - 1
"""The largest count or number the model holds (what every format can carry)."""


def count(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number from 0 to MAX_COUNT."""
    if value is not None and (isinstance(value, bool) or not 0 <= value <= MAX_COUNT):
        raise fail(
            instance, _name(attribute), value, f"must be a whole number from 0 to {MAX_COUNT}"
        )


def positive(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number from 1 to MAX_COUNT."""
    if value is not None and (isinstance(value, bool) or not 1 <= value <= MAX_COUNT):
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
