"""The shape of the format, read once from the attrs classes of the model.

Every serializer, both schemas and the migrations walk the same :class:`ClassSpec` table, so
the JSON converter, the XML codec, the JSON Schema and the XSD cannot drift from the model or
from each other.
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

from hdnd_model import model
from hdnd_model.model import MAX_TEXT_LENGTH

__all__ = [
    "FORMAT_VERSION",
    "MAX_DOCUMENT_BYTES",
    "MAX_INT",
    "MAX_TEXT_LENGTH",
    "MIN_INT",
    "NAMESPACE",
    "RECORD_CLASSES",
    "ClassSpec",
    "FieldSpec",
    "TypeSpec",
    "spec_of",
    "tag_of",
]

FORMAT_VERSION = 2
"""The version of the JSON and XML formats this release writes."""

NAMESPACE = "urn:hdnd-model:format"
"""The XML namespace of every element of the format (the version is an attribute)."""

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""The largest document (or stream line) a reader accepts."""


MIN_INT, MAX_INT = -(2**31), 2**31 - 1
"""Integers are 32-bit (``xs:int``) in both formats."""

FRACTION_PATTERN = r"[0-9]{1,9}(/[0-9]{1,9})?"
ID_PATTERN = r"\S+"
DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
TIME_PATTERN = r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?"
DATETIME_PATTERN = rf"{DATE_PATTERN}T{TIME_PATTERN}(Z|[+-][0-9]{{2}}:[0-9]{{2}})"

RECORD_CLASSES: tuple[type, ...] = tuple(
    sorted(
        (
            obj
            for name in model.__all__
            if attrs.has(obj := getattr(model, name)) and isinstance(obj, type)
        ),
        key=lambda c: c.__name__,
    )
)
"""Every public attrs class of the model: each may be the top-level record of a document."""

_ID_VALIDATORS = frozenset({"identifier", "optional_identifier"})


@attrs.frozen
class TypeSpec:
    """The type of a field in format terms.

    Attributes:
        kind: ``str``, ``id``, ``int``, ``bool``, ``date``, ``time``, ``datetime`` (with its
            UTC offset), ``fraction``, ``enum``,
            ``object``, ``tuple`` (ordered items) or ``set`` (unordered, unique items).
        cls: the enum or attrs class, for ``enum`` and ``object``.
        item: the item type, for ``tuple`` and ``set``.
    """

    kind: str
    cls: type | None = None
    item: TypeSpec | None = None


@attrs.frozen
class FieldSpec:
    """One field of a class in format terms.

    Attributes:
        name: the key in JSON and the element name in XML.
        type: its type.
        optional: whether None is a value of the field.
        required: whether a document must give it (it has no default).
        omit: the value left out of documents (None or ``()``, when it is the default), or
            ``attrs.NOTHING`` when the field is always written.
    """

    name: str
    type: TypeSpec
    optional: bool
    required: bool
    omit: Any


@attrs.frozen
class ClassSpec:
    """A record class in format terms: its tag and its fields in order."""

    cls: type
    tag: str
    fields: tuple[FieldSpec, ...]

    def field(self, name: str) -> FieldSpec | None:
        """The field called ``name``, if there is one."""
        for f in self.fields:
            if f.name == name:
                return f
        return None


def tag_of(cls: type) -> str:
    """The ``type`` tag and XML element name of a class: ``VoteTally`` -> ``vote_tally``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def _type_spec(tp: Any, *, is_id: bool = False) -> TypeSpec:
    origin = typing.get_origin(tp)
    if tp is str:
        return TypeSpec("id" if is_id else "str")
    if tp is bool:
        return TypeSpec("bool")
    if tp is int:
        return TypeSpec("int")
    if tp is dt.datetime:
        return TypeSpec("datetime")
    if tp is dt.date:
        return TypeSpec("date")
    if tp is dt.time:
        return TypeSpec("time")
    if tp is Fraction:
        return TypeSpec("fraction")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return TypeSpec("enum", cls=tp)
    if isinstance(tp, type) and attrs.has(tp):
        return TypeSpec("object", cls=tp)
    if origin is tuple:
        item, ellipsis = typing.get_args(tp)
        assert ellipsis is Ellipsis, tp
        return TypeSpec("tuple", item=_type_spec(item))
    if origin is frozenset:
        return TypeSpec("set", item=_type_spec(typing.get_args(tp)[0]))
    raise TypeError(f"no format for the type {tp!r}")  # pragma: no cover - model is closed


def _split_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        assert len(args) == 1, tp
        return args[0], True
    return tp, False


def _validator_names(field: attrs.Attribute[Any]) -> set[str]:
    v = field.validator
    found = getattr(v, "_validators", None) or ([v] if v is not None else [])
    return {getattr(f, "__name__", "") for f in found}


@functools.cache
def spec_of(cls: type) -> ClassSpec:
    """The :class:`ClassSpec` of an attrs class of the model."""
    hints = typing.get_type_hints(cls)
    fields = []
    for a in attrs.fields(cls):
        inner, optional = _split_optional(hints[a.name])
        is_id = bool(_validator_names(a) & _ID_VALIDATORS)
        tspec = _type_spec(inner, is_id=is_id)
        required = a.default is attrs.NOTHING
        omit: Any = attrs.NOTHING
        if optional and a.default is None:
            omit = None
        elif tspec.kind == "tuple" and a.default == ():
            omit = ()
        elif optional:  # pragma: no cover - every optional field of the model defaults to None
            raise TypeError(f"{cls.__name__}.{a.name}: optional with a non-None default")
        fields.append(FieldSpec(a.name, tspec, optional, required, omit))
    return ClassSpec(cls, tag_of(cls), tuple(fields))


def classes_by_tag() -> dict[str, type]:
    """Every record class by its tag."""
    return {tag_of(c): c for c in RECORD_CLASSES}
