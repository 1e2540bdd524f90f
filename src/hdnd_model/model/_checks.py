"""Shared validators: each raises InvalidModelError naming the field, the value and the rule."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from hdnd_model.errors import InvalidModelError

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


def _name(attribute: Any) -> str:
    return str(attribute.name)


def text(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: non-empty NFC text."""
    check_text(instance, _name(attribute), value, required=True)


def optional_text(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or non-empty NFC text."""
    check_text(instance, _name(attribute), value, required=False)


def texts(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """attrs validator: every item non-empty NFC text."""
    for i, item in enumerate(value):
        check_text(instance, f"{_name(attribute)}[{i}]", item, required=True)


def identifier(instance: Any, attribute: Any, value: str) -> None:
    """attrs validator: a non-empty id without surrounding or inner whitespace."""
    if not value or value != value.strip() or any(c.isspace() for c in value):
        raise fail(instance, _name(attribute), value, "must be a non-empty id without spaces")


def optional_identifier(instance: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: None, or an id."""
    if value is not None:
        identifier(instance, attribute, value)


def count(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number >= 0."""
    if value is not None and (isinstance(value, bool) or value < 0):
        raise fail(instance, _name(attribute), value, "must be a whole number >= 0")


def positive(instance: Any, attribute: Any, value: Any) -> None:
    """attrs validator: None or a whole number >= 1."""
    if value is not None and (isinstance(value, bool) or value < 1):
        raise fail(instance, _name(attribute), value, "must be a whole number >= 1")


def unique(instance: object, field: str, keys: Iterable[object], what: str = "id") -> None:
    """Refuse a repeated key among ``keys``."""
    seen: set[object] = set()
    for key in keys:
        if key in seen:
            raise fail(instance, field, key, f"must not repeat the {what} {key!r}")
        seen.add(key)
