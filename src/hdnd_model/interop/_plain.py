"""Model objects as plain trees of dicts, lists and strings, and back, driven by type hints.

The Akoma Ntoso export carries in its ``meta/proprietary`` block what the standard's own markup
cannot hold. This module turns any model object into a plain tree (every scalar a string, None
kept as None, fields equal to their plain default left out) and builds the object back from such
a tree, so that the two halves of a document (standard markup and proprietary block) can be
merged before the object is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
import typing
from fractions import Fraction
from typing import Any

import attrs

from hdnd_model.errors import FormatError

__all__ = ["Plain", "from_plain", "to_plain"]

Plain = dict[str, Any] | list[Any] | str | None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | str | Fraction):
        return str(value)
    raise TypeError(f"cannot write a {type(value).__name__}")  # pragma: no cover


def to_plain(obj: object) -> Plain:
    """The plain tree of ``obj``: attrs objects as dicts, tuples as lists, scalars as strings.

    A field is left out when it equals its default (defaults computed by a factory are always
    written, since they depend on other fields).
    """
    if obj is None:
        return None
    cls = type(obj)
    if attrs.has(cls):
        out: dict[str, Any] = {}
        for field in attrs.fields(cls):
            value = getattr(obj, field.name)
            default = field.default
            if (
                default is not attrs.NOTHING
                and not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
                and value == default
            ):
                continue
            out[field.name] = to_plain(value)
        return out
    if isinstance(obj, tuple | list):
        return [to_plain(item) for item in obj]
    return _scalar_text(obj)


def _optional_inner(tp: Any) -> Any | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return None


_INT = re.compile(r"[+-]?[0-9]{1,12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_FRACTION = re.compile(r"[0-9]{1,9}(/[0-9]{1,9})?")


def _scalar(tp: Any, text: str, where: str) -> Any:
    """The value of ``text``, written exactly as the export writes it (ASCII digits only)."""
    try:
        if tp is str:
            return text
        if tp is bool:
            if text not in ("true", "false"):
                raise ValueError(text)
            return text == "true"
        pattern = {int: _INT, dt.date: _DATE, dt.time: _TIME, Fraction: _FRACTION}.get(tp)
        if pattern is not None and not pattern.fullmatch(text):
            raise ValueError(text)
        if tp is int:
            return int(text)
        if tp is dt.datetime:
            return dt.datetime.fromisoformat(text)
        if tp is dt.date:
            return dt.date.fromisoformat(text)
        if tp is dt.time:
            return dt.time.fromisoformat(text)
        if tp is Fraction:
            return Fraction(text)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return tp(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise FormatError([f"{where}: cannot read {text!r} as {tp.__name__}"]) from exc
    raise FormatError([f"{where}: unsupported type {tp!r}"])  # pragma: no cover


def from_plain(tp: Any, data: Plain, where: str = "$") -> Any:
    """Build a value of type ``tp`` from its plain tree.

    Raises:
        FormatError: the tree does not fit the type (naming the path).
        InvalidModelError: the values break a rule of the model.
    """
    inner = _optional_inner(tp)
    if inner is not None:
        return None if data is None else from_plain(inner, data, where)
    if data is None:
        raise FormatError([f"{where}: must not be null"])
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, dict):
            raise FormatError([f"{where}: expected an object for {tp.__name__}"])
        hints = _hints(tp)
        unknown = sorted(set(data) - set(hints))
        if unknown:
            raise FormatError([f"{where}: unknown fields {unknown} for {tp.__name__}"])
        missing = sorted(
            f.name
            for f in attrs.fields(tp)
            if f.default is attrs.NOTHING and f.init and f.name not in data
        )
        if missing:
            raise FormatError([f"{where}: missing fields {missing} for {tp.__name__}"])
        kwargs = {name: from_plain(hints[name], v, f"{where}.{name}") for name, v in data.items()}
        return tp(**kwargs)
    if typing.get_origin(tp) is tuple:
        if not isinstance(data, list):
            raise FormatError([f"{where}: expected a list"])
        (item_tp, _ellipsis) = typing.get_args(tp)
        return tuple(from_plain(item_tp, v, f"{where}[{i}]") for i, v in enumerate(data))
    if not isinstance(data, str):
        raise FormatError([f"{where}: expected a scalar"])
    return _scalar(tp, data, where)
