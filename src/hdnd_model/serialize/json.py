"""JSON: one configured cattrs converter, backed by orjson.

Documents are objects tagged with their record ``type`` and the ``format_version``. Dates are
ISO 8601, enums their string values, fractions ``"1/2"``, collections arrays; fields that hold
None or an empty collection by default are left out. Reading refuses unknown keys and wrong
types, normalises text to NFC and reports every problem with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import enum
import json as _stdlib_json
import typing
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn

from hdnd_model.errors import FormatError, InvalidModelError
from hdnd_model.serialize import _codegen, _hooks, _migrate
from hdnd_model.serialize._spec import (
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    RECORD_CLASSES,
    spec_of,
    tag_of,
)

__all__ = [
    "decode_document",
    "from_json",
    "loads",
    "make_converter",
    "to_json",
    "unstructure",
]

_PASSTHROUGH = (str, int, bool, dt.date, dt.time)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_frozenset(tp: Any) -> bool:
    return typing.get_origin(tp) is frozenset


def _scalar(tp: Any) -> bool:
    return tp in _PASSTHROUGH or _is_enum(tp)


def make_converter(*, detailed: bool = False) -> cattrs.Converter:
    """A converter between model objects and the plain values orjson reads and writes.

    Args:
        detailed: collect every problem with its path (slower); the readers use the fast
            converter first and the detailed one only to explain a failure.

    Returns:
        A new converter; nothing is registered on any global converter.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for tp, hook in (
        (str, _hooks.structure_text),
        (int, _hooks.structure_int),
        (bool, _hooks.structure_bool),
        (dt.date, _hooks.structure_date),
        (dt.time, _hooks.structure_time),
        (dt.datetime, _hooks.structure_datetime),
        (Fraction, _hooks.structure_fraction),
    ):
        conv.register_structure_hook(tp, hook)
    for enum_cls in _enums():
        conv.register_structure_hook(enum_cls, _hooks.enum_hook(enum_cls))
        conv.register_unstructure_hook(enum_cls, _identity)
    conv.register_structure_hook_factory(_is_tuple, lambda tp: _tuple_hook(conv, tp, detailed))
    conv.register_structure_hook_factory(_is_frozenset, lambda tp: _set_hook(conv, tp))

    for tp in _PASSTHROUGH:
        conv.register_unstructure_hook(tp, _identity)
    conv.register_unstructure_hook(Fraction, str)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)

    fast_structure, fast_unstructure = _codegen.generate(RECORD_CLASSES)
    for cls in RECORD_CLASSES:
        conv.register_unstructure_hook(cls, fast_unstructure[cls])
        if not detailed:
            conv.register_structure_hook(cls, fast_structure[cls])
    if detailed:
        conv.register_structure_hook_factory(
            attrs.has, lambda cls: make_dict_structure_fn(cls, conv)
        )
    return conv


def _enums() -> set[type[enum.Enum]]:
    found: set[type[enum.Enum]] = set()
    for cls in RECORD_CLASSES:
        for field in spec_of(cls).fields:
            kind = field.type.item or field.type
            if kind.kind == "enum" and kind.cls is not None:
                found.add(kind.cls)
    return found


def _identity(value: Any) -> Any:
    return value


def _tuple_hook(conv: cattrs.Converter, tp: Any, detailed: bool) -> Callable[[Any, Any], Any]:
    item_type = typing.get_args(tp)[0]
    item = conv.get_structure_hook(item_type)

    def structure_tuple(value: Any, _: Any = None) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _hooks._wrong("array", value)
        return tuple([item(x, item_type) for x in value])

    def structure_tuple_detailed(value: Any, _: Any = None) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _hooks._wrong("array", value)
        out, errors = [], []
        for i, x in enumerate(value):
            try:
                out.append(item(x, item_type))
            except Exception as exc:
                errors.append(_hooks.add_index_note(exc, i, item_type))
        if errors:
            raise _hooks.iterable_error(errors, tp)
        return tuple(out)

    return structure_tuple_detailed if detailed else structure_tuple


def _set_hook(conv: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    item_type = typing.get_args(tp)[0]
    item = conv.get_structure_hook(item_type)

    def structure_set(value: Any, _: Any = None) -> frozenset[Any]:
        if type(value) is not list:
            raise _hooks._wrong("array", value)
        out = frozenset(item(x, item_type) for x in value)
        if len(out) != len(value):
            raise _hooks.Problem("expected unique items")
        return out

    return structure_set


_FAST = make_converter()
_DETAILED = make_converter(detailed=True)
_UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    cls: _FAST.get_unstructure_hook(cls) for cls in RECORD_CLASSES
}
_TAGS = {cls: tag_of(cls) for cls in RECORD_CLASSES}
_STRUCTURE: dict[type, Callable[[Any, Any], Any]] = {
    cls: _FAST.get_structure_hook(cls) for cls in RECORD_CLASSES
}


def unstructure(obj: object) -> dict[str, Any]:
    """The document of ``obj``: its plain fields after its ``type`` and ``format_version``.

    Raises:
        TypeError: ``obj`` is not a public model object.
    """
    cls = type(obj)
    hook = _UNSTRUCTURE.get(cls)
    if hook is None:
        raise TypeError(f"not a model object: {cls.__name__}")
    return {"type": _TAGS[cls], "format_version": FORMAT_VERSION, **hook(obj)}


def structure(body: dict[str, Any], cls: type[Any]) -> Any:
    """The model object of a migrated document body (without ``type`` and version).

    Raises:
        FormatError: every problem, with its path.
    """
    try:
        return _STRUCTURE[cls](body, cls)
    except Exception:  # explained below, with every problem and its path
        pass
    try:
        return _DETAILED.structure(body, cls)
    except (cattrs.BaseValidationError, InvalidModelError, KeyError, ValueError) as exc:
        problems = _hooks.problems_of(exc)
    except Exception as exc:  # pragma: no cover - a hook raising something unforeseen
        problems = [f"@ $: {type(exc).__name__}: {exc}"]
    raise FormatError(problems) from None


def to_json(obj: object, *, indent: int | None = None) -> str:
    """The JSON document of a model object.

    Args:
        obj: any public model object (a :class:`~hdnd_model.Minutes`, a
            :class:`~hdnd_model.Session`, a :class:`~hdnd_model.Person` ...).
        indent: None for the compact form, or the number of spaces to indent by.

    Raises:
        TypeError: ``obj`` is not a public model object.
        FormatError: a value the format cannot hold (a time zone on a time, say).
    """
    doc = unstructure(obj)
    try:
        if indent is None:
            return orjson.dumps(doc).decode()
        if indent == 2:
            return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode()
        plain = orjson.loads(orjson.dumps(doc))
        return _stdlib_json.dumps(plain, indent=indent, ensure_ascii=False)
    except orjson.JSONEncodeError as exc:
        raise FormatError(f"@ $: cannot write {type(obj).__name__}: {exc}") from None


def decode_document(doc: Any, cls: type[Any] | None = None) -> Any:
    """The model object of a parsed JSON document: identify, migrate, then load.

    Raises:
        FormatError: the document is not one this release can read.
        UnsupportedVersionError: its ``format_version`` is newer than this release's.
    """
    body, record_cls = _migrate.upgrade_json(doc, cls)
    return structure(body, record_cls)


def from_json(data: str | bytes, cls: type[Any] | None = None) -> Any:
    """Read a JSON document.

    Args:
        data: the document, as text or UTF-8 bytes.
        cls: the class to read; None reads the class named by the document's ``type``.

    Raises:
        FormatError: invalid JSON, an unknown or mismatched ``type``, wrong types, unknown or
            missing keys, or values the model refuses; every problem with its JSON path.
        UnsupportedVersionError: a ``format_version`` newer than this release's.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise FormatError(f"@ $: document larger than {MAX_DOCUMENT_BYTES} bytes")
    return decode_document(loads(data), cls)


def loads(data: str | bytes) -> Any:
    """Parse one JSON document, refusing a key repeated in an object (with its path).

    Raises:
        FormatError: invalid JSON, or a duplicate key (JSON parsers differ on which one wins,
            so the format has none; the XML reader refuses a repeated field the same way).
    """
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"@ $: invalid JSON: {exc}") from None
    if isinstance(doc, dict | list) and not _written_as_parsed(data, doc):
        try:
            _stdlib_json.loads(data, object_pairs_hook=_unique_pairs)
        except _DuplicateKeyError:
            raise FormatError(_duplicate_problem(data)) from None
    return doc


def _written_as_parsed(data: str | bytes, doc: Any) -> bool:
    """Whether ``data`` is exactly what orjson writes for ``doc`` (compact or indented).

    Writing a parsed object gives each key once, so text equal to it byte for byte repeats no
    key: the documents this library writes skip the slower check for duplicate keys.
    """
    raw = data.encode() if isinstance(data, str) else bytes(data)
    raw = raw.removesuffix(b"\n")
    try:
        if raw == orjson.dumps(doc):
            return True
        return raw.startswith(b"{\n") and raw == orjson.dumps(doc, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:  # nested deeper than orjson writes: the slower check decides
        return False


class _DuplicateKeyError(Exception):
    """A key repeated in an object (found while checking; explained by the second pass)."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKeyError
    return out


class _Marked(dict[str, Any]):
    duplicate: str | None = None


def _marking_pairs(pairs: list[tuple[str, Any]]) -> _Marked:
    out = _Marked(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        out.duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return out


def _duplicate_problem(data: str | bytes) -> str:
    """``@ PATH: duplicate key 'k'`` for the first object holding a repeated key."""
    stack: list[tuple[str, Any]] = [
        ("$", _stdlib_json.loads(data, object_pairs_hook=_marking_pairs))
    ]
    while stack:
        path, node = stack.pop(0)
        if isinstance(node, _Marked) and node.duplicate is not None:
            return f"@ {path}: duplicate key {node.duplicate!r}"
        if isinstance(node, dict):
            stack.extend((f"{path}.{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(node))
    return "@ $: duplicate key"  # pragma: no cover - the first parse found one
