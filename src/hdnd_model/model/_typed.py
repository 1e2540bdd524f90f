"""Strict construction: every field of every model class refuses a value of the wrong type.

How it works
------------
:func:`install` reads a class's field annotations once and replaces the ``__init__`` attrs
wrote with a generated one that does the same work (set each field in order, computing
``attrs.Factory`` defaults in place, run the field validators in field order, then
``__attrs_post_init__``) with one exact type test per field in front of each assignment:

- ``str``, ``int``, ``bool``, ``datetime.date``, ``datetime.datetime``, ``datetime.time``,
  ``Fraction``, an enum or a model class: ``type(v) is T`` (so a ``bool`` is not an ``int``,
  a ``datetime`` is not a ``date``, a ``str`` is not an enum member, ``bytes`` are not text);
- ``X | None``: ``None`` or an ``X``; ``X | Y``: either, by exact type;
- ``tuple[X, ...]`` and ``frozenset[X]``: that exact container, and every item an ``X``. A list
  given for a tuple is refused with "give a tuple": the model never converts.

Only a refusal builds a message (:func:`refuse`), which names the class, the field, the value
and the expected type, as :class:`~hdnd_model.errors.InvalidModelError` does everywhere.

The readers of the formats (``hdnd_model.serialize``) do not go through ``__init__``: their
generated functions already establish every type while decoding, so the types are checked
once on each path.

Using it
--------
Nothing to do for a new class: ``hdnd_model.model`` calls :func:`install_all` once all its
modules are loaded, and every attrs class defined in them gets the strict ``__init__``. A field
needs an annotation the table above covers (:func:`install` raises ``TypeError`` otherwise);
the class must be a plain ``@attrs.frozen(kw_only=True)`` class (no converters, no
``__attrs_pre_init__``, no ``init=False`` fields), which is what the readers need too.
``attrs.validators.set_disabled`` has no effect on model classes: they always validate.
"""

from __future__ import annotations

import datetime as dt
import enum
import linecache
import sys
import types
import typing
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

import attrs

from hdnd_model.errors import InvalidModelError

__all__ = ["describe", "install", "install_all", "is_strict", "refuse"]

_SCALARS = (str, int, bool, dt.date, dt.datetime, dt.time, Fraction)
_NOUNS: dict[type, str] = {
    str: "text (str)",
    int: "a whole number (int)",
    bool: "True or False (bool)",
    dt.date: "a date (datetime.date)",
    dt.datetime: "a date and time (datetime.datetime)",
    dt.time: "a time (datetime.time)",
    Fraction: "a fraction (fractions.Fraction)",
}
_ITEM_NOUNS: dict[type, str] = {
    str: "str",
    int: "int",
    bool: "bool",
    dt.date: "datetime.date",
    dt.datetime: "datetime.datetime",
    dt.time: "datetime.time",
    Fraction: "Fraction",
}
_MARK = "<hdnd_model strict __init__"
ATTRS_INITS: dict[type, Callable[..., None]] = {}
"""The ``__init__`` attrs wrote, by class (for benchmarks measuring what the checks cost)."""


# -- the shape of a field ------------------------------------------------------------------


class _Shape(typing.NamedTuple):
    """What a field accepts: exact types, None, or a container of items of a shape."""

    types: tuple[type, ...] = ()
    optional: bool = False
    container: type | None = None
    item: _Shape | None = None


def _shape(tp: Any) -> _Shape:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        members = [_shape(a) for a in args if a is not type(None)]
        optional = len(members) < len(args)
        if len(members) == 1:
            return members[0]._replace(optional=optional or members[0].optional)
        if any(m.container is not None for m in members):
            raise TypeError(f"no strict check for the union {tp!r} of containers")
        found = tuple(t for m in members for t in m.types)
        return _Shape(types=found, optional=optional or any(m.optional for m in members))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no strict check for {tp!r}: use tuple[X, ...]")
        return _Shape(container=tuple, item=_shape(args[0]))
    if origin is frozenset:
        return _Shape(container=frozenset, item=_shape(typing.get_args(tp)[0]))
    if tp in _SCALARS or (isinstance(tp, type) and (issubclass(tp, enum.Enum) or attrs.has(tp))):
        return _Shape(types=(tp,))
    raise TypeError(f"no strict check for the type {tp!r}")


# -- messages (built only when a value is refused) -----------------------------------------


def _noun(tp: type, *, item: bool = False) -> str:
    if tp in _NOUNS:
        return _ITEM_NOUNS[tp] if item else _NOUNS[tp]
    if issubclass(tp, enum.Enum):
        names = ", ".join(m.name for m in tp)
        return f"{tp.__name__}" if item else f"a member of {tp.__name__} ({names})"
    return tp.__name__ if item else f"a {tp.__name__}"


def describe(shape: _Shape, *, item: bool = False) -> str:
    """The expected type in words: ``a date (datetime.date) or None``."""
    if shape.container is not None:
        assert shape.item is not None
        text = f"a {shape.container.__name__} of {describe(shape.item, item=True)}"
    else:
        text = " or ".join(_noun(t, item=item) for t in shape.types)
    return f"{text} or None" if shape.optional else text


def _type_name(value: object) -> str:
    cls = type(value)
    module = cls.__module__
    if module == "builtins" or module.startswith("hdnd_model."):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def _accepts(shape: _Shape, value: object) -> bool:
    if value is None:
        return shape.optional
    if shape.container is not None:
        assert shape.item is not None
        item = shape.item
        return type(value) is shape.container and all(
            _accepts(item, x) for x in typing.cast("Iterable[object]", value)
        )
    return type(value) in shape.types


def _reason(shape: _Shape, value: object) -> str:
    reason = f"must be {describe(shape)}, not {_type_name(value)}"
    if shape.container is tuple and type(value) is list:
        return f"{reason}: give a tuple"
    if type(value) is str:
        for tp in shape.types:
            if issubclass(tp, enum.Enum):
                member = {m.value: m for m in tp}.get(value)
                if member is not None:
                    return f"{reason}: use {tp.__name__}.{member.name}"
    return reason


def refuse(instance: object, field: str, value: object, shape: _Shape) -> InvalidModelError:
    """The error for ``value`` refused by ``field`` of ``shape``, naming the first bad item."""
    if value is not None and shape.container is not None and type(value) is shape.container:
        assert shape.item is not None
        items = typing.cast("Iterable[object]", value)
        for i, item in enumerate(items if shape.container is tuple else sorted(items, key=str)):
            if not _accepts(shape.item, item):
                if shape.container is frozenset:
                    return refuse(instance, field, item, shape.item)
                return refuse(instance, f"{field}[{i}]", item, shape.item)
    owner = type(instance).__name__
    return InvalidModelError(field, value, _reason(shape, value), owner=owner)


# -- the generated __init__ ----------------------------------------------------------------


class _Names:
    """The names the generated code refers to, each bound once."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {"_refuse": refuse, "_NOTHING": attrs.NOTHING}

    def bind(self, prefix: str, value: Any) -> str:
        for name, bound in self.values.items():
            if bound is value and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.values)}"
        self.values[name] = value
        return name


def _bad(shape: _Shape, var: str, names: _Names) -> str:
    """A condition true when ``var`` (not a container) is not of ``shape``."""
    if len(shape.types) == 1:
        test = f"type({var}) is not {names.bind('_t', shape.types[0])}"
    else:
        test = f"type({var}) not in {names.bind('_ts', frozenset(shape.types))}"
    return f"{test} and {var} is not None" if shape.optional else test


def _check_lines(shape: _Shape, var: str, raise_: str, names: _Names, depth: int = 0) -> list[str]:
    """Statements executing ``raise_`` when ``var`` is not of ``shape``."""
    if shape.container is None:
        return [f"if {_bad(shape, var, names)}:", f"    {raise_}"]
    assert shape.item is not None
    container = names.bind("_t", shape.container)
    outer = f"type({var}) is not {container}"
    lines = [f"if {outer}:", f"    {raise_}"]
    if shape.optional:
        lines = [f"if {var} is not None and {outer}:", f"    {raise_}"]
    item = f"x{depth}"
    inner = _check_lines(shape.item, item, raise_, names, depth + 1)
    loop = [f"for {item} in {var}:", *("    " + line for line in inner)]
    if shape.optional:
        return [*lines, f"if {var} is not None:", *("    " + line for line in loop)]
    return [*lines, *loop]


def _slot_setter(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        found = vars(klass).get(name)
        if found is not None:
            return found.__set__
    raise TypeError(f"{cls.__name__}.{name}: no slot")  # pragma: no cover - attrs slots


def _check_plain(cls: type) -> None:
    odd = [
        a.name
        for a in attrs.fields(cls)
        if not a.init or not a.kw_only or a.converter is not None or a.alias != a.name
    ]
    slots = {s for k in cls.__mro__[:-1] for s in getattr(k, "__slots__", ("__dict__",))}
    names = {a.name for a in attrs.fields(cls)}
    if odd or slots - {"__weakref__"} != names or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(
            f"{cls.__name__}: not a plain @attrs.frozen(kw_only=True) class "
            f"({odd or sorted(slots - names)})"
        )


def _source(cls: type, names: _Names) -> str:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    params, body, checks = [], [], []
    for a in fields:
        name, default = a.name, a.default
        shape = _shape(hints[name])
        factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        if default is attrs.NOTHING:
            params.append(name)
        elif factory:
            params.append(f"{name}=_NOTHING")
            arg = "self" if default.takes_self else ""
            make = f"{names.bind('_f', default.factory)}({arg})"
            body += [f"if {name} is _NOTHING:", f"    {name} = {make}"]
        else:
            params.append(f"{name}={names.bind('_d', default)}")
        raise_ = f"raise _refuse(self, {name!r}, {name}, {names.bind('_s', shape)})"
        body += _check_lines(shape, name, raise_, names)
        body.append(f"{names.bind('_set', _slot_setter(cls, name))}(self, {name})")
        if a.validator is not None:
            checks.append(f"{names.bind('_v', a.validator)}(self, {names.bind('_a', a)}, {name})")
    post = getattr(cls, "__attrs_post_init__", None)
    if post is not None:
        checks.append(f"{names.bind('_post', post)}(self)")
    signature = ", ".join(["self", *(["*"] if params else []), *params])
    lines = [f"def __init__({signature}):", *(f"    {line}" for line in [*body, *checks])]
    if not body and not checks:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def install(cls: type) -> None:
    """Give ``cls`` the strict ``__init__`` derived from its field annotations.

    Raises:
        TypeError: a field's annotation has no strict check, or the class is not a plain
            frozen keyword-only attrs class.
    """
    if is_strict(cls):
        return
    _check_plain(cls)
    names = _Names()
    source = _source(cls, names)
    filename = f"{_MARK} {cls.__module__}.{cls.__qualname__}>"
    scope = dict(names.values)
    exec(compile(source, filename, "exec"), scope)  # the source is built from field names only
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    ATTRS_INITS[cls] = cls.__init__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]


def is_strict(cls: type) -> bool:
    """Whether ``cls`` has the strict ``__init__``."""
    code = getattr(vars(cls).get("__init__"), "__code__", None)
    return code is not None and str(code.co_filename).startswith(_MARK)


def install_all(package: str) -> tuple[type, ...]:
    """:func:`install` on every attrs class defined in a loaded module of ``package``."""
    found: list[type] = []
    prefix = f"{package}."
    for module_name, module in sorted(sys.modules.items()):
        if module is None or not (module_name == package or module_name.startswith(prefix)):
            continue
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module_name:
                install(value)
                found.append(value)
    return tuple(found)
