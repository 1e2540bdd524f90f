"""Generated per-class functions: the fast paths of the JSON and XML readers and the JSON writer.

For each class the generator writes one Python function that reads (or writes) its fields in
order, with the type checks inlined.

A reading function builds the object as its attrs ``__init__`` would: it structures, checks
and sets every field in field order, runs the validators it cannot inline once every field is
set, then ``__attrs_post_init__``. The model's shared validators (:mod:`hdnd_model.model._checks`)
are inlined, right after the field is read, as the part of their rule that decoding has not
already established: a decoded text is NFC and free of control characters and a decoded int is
a 32-bit int, so :func:`~hdnd_model.model._checks.text` only has to refuse empty text,
``count`` negative numbers. When an inlined check fails, the validator itself is called and
raises its own error, so a reading function raises what the constructor would (when several
fields are wrong, it may name another of them first).

A run of consecutive fields that may be absent (None or ``()`` by default) is read behind one
``isdisjoint`` test of the object's keys: when none of them is present, which is the common case
for a record's rarer fields, each is set to its default without being looked up.

A reading function never calls the class's ``__init__``: the strict ``__init__`` of the model
tests the type of every field, and the reading function has already established each type
while decoding, so types are checked once on each path.

A reading function only succeeds or raises; on failure the reader re-runs cattrs' detailed
hooks, which explain every problem with its path, so these functions never need to be more
precise than "no". The JSON ones accept what the detailed hooks accept (and ``null`` for an
omitted field); the XML ones accept fields in attrs order only, and leave anything unusual
(fields out of order, repeated or unknown elements, attributes) to the detailed path.
"""

from __future__ import annotations

import enum
import typing
import unicodedata
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs

from hdnd_model.model import _checks
from hdnd_model.model.council import check_khoa
from hdnd_model.serialize import _hooks
from hdnd_model.serialize._spec import (
    MAX_INT,
    MAX_TEXT_LENGTH,
    MIN_INT,
    NAMESPACE,
    FieldSpec,
    TypeSpec,
    spec_of,
    tag_of,
)

__all__ = ["generate", "xml_readers"]

_PASSTHROUGH = frozenset({"str", "id", "int", "bool", "date", "time", "enum"})
_FRACTIONS: dict[str, Fraction] = {}


def _fraction(value: Any) -> Fraction:
    """:func:`~_hooks.structure_fraction`, remembering the few fractions documents repeat."""
    found = _FRACTIONS.get(value) if type(value) is str else None
    if found is None:
        found = _hooks.structure_fraction(value)
        if len(_FRACTIONS) < 64:
            _FRACTIONS[value] = found
    return found


_HOOKS: dict[str, Callable[[Any], Any]] = {
    "date": _hooks.structure_date,
    "time": _hooks.structure_time,
    "datetime": _hooks.structure_datetime,
    "fraction": _fraction,
}
_XML_BOOL = {"true": True, "false": False, "1": True, "0": False}
_MISSING = object()

# The shared validators that can be inlined, the kinds of value they may be inlined for, and
# the condition (on ``{x}``, a decoded value that is not None) under which the value is refused.
# Each condition is the validator's own rule less what decoding ensures. An id's regex runs
# only for text with a space or a character that is not printable: every other whitespace
# character is a separator or a control, which ``isprintable`` is false for.
_NAME = "not {x} or {x}.isspace() or (not {x}.isascii() and ('\\u00d0' in {x} or '\\u0189' in {x}))"
_ID = "(not {x} or ' ' in {x} or not {x}.isprintable()) and _idm({x}) is None"
_INLINE: dict[Any, tuple[frozenset[str], str]] = {
    _checks.text: (frozenset({"str", "id"}), "not {x} or {x}.isspace()"),
    _checks.optional_text: (frozenset({"str", "id"}), "not {x} or {x}.isspace()"),
    _checks.name: (frozenset({"str"}), _NAME),
    _checks.optional_name: (frozenset({"str"}), _NAME),
    _checks.identifier: (frozenset({"id"}), _ID),
    _checks.optional_identifier: (frozenset({"id"}), _ID),
    _checks.count: (frozenset({"int"}), "{x} < 0"),
    _checks.positive: (frozenset({"int"}), "{x} < 1"),
}
_ITEMS_INLINE: dict[Any, str] = {
    _checks.texts: "not {x} or {x}.isspace()",
    _checks.identifiers: _ID,
}
"""The validators of tuples of text inlined as a loop over their items."""
_NONE_PASSES = frozenset({_checks.optional_share, check_khoa})
"""Validators, not inlined, that accept None: an absent field skips them."""
assert MAX_INT == _checks.MAX_COUNT, "count validators are inlined for 32-bit ints only"


@attrs.frozen
class _Ref:
    """A placeholder for the generated function of another class, bound once all exist."""

    cls: type


class _Namespace:
    """Names the generated code refers to, each bound once."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {
            "_MAXT": MAX_TEXT_LENGTH,
            "_MIN": MIN_INT,
            "_MAX": MAX_INT,
            "_Problem": _hooks.Problem,
            "_new": object.__new__,
            "_norm": unicodedata.normalize,
            "_notxml": _hooks.NOT_XML.search,
            "_idm": _checks.ID.match,
            "_as_set": _as_set,
            "_xbool": _XML_BOOL,
            "_MISSING": _MISSING,
        }

    def bind(self, prefix: str, value: Any) -> str:
        for name, bound in self.values.items():
            if bound is value and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.values)}"
        self.values[name] = value
        return name


def _as_set(items: list[Any]) -> frozenset[Any]:
    out = frozenset(items)
    if len(out) != len(items):
        raise _hooks.Problem("expected unique items")
    return out


def _indent(lines: list[str], by: int = 1) -> list[str]:
    return ["    " * by + line for line in lines]


# -- reading: one value ----------------------------------------------------------------------


def _scalar_lines(t: TypeSpec, ns: _Namespace, *, xml: bool = False) -> list[str]:
    """Statements structuring the plain value ``v`` of type ``t`` in place (or raising).

    In XML, ``v`` is the text of an element, read by :func:`_xml_text_lines`.
    """
    kind = t.kind
    if kind in ("str", "id"):  # as _hooks.structure_text
        return [
            "if len(v) > _MAXT:" if xml else "if type(v) is not str or len(v) > _MAXT:",
            "    raise _Problem('expected text')",
            "if not v.isascii():",
            "    v = _norm('NFC', v)",
            "if not v.isprintable() and _notxml(v):",
            "    raise _Problem('expected text')",
        ]
    if kind == "int" and xml:  # digits only, read by _xml_text_lines
        return ["if v > _MAX:", "    raise _Problem('expected int')"]
    if kind == "int":  # as _hooks.structure_int
        return [
            "if type(v) is not int or not _MIN <= v <= _MAX:",
            "    raise _Problem('expected int')",
        ]
    if kind == "bool" and xml:  # read by _xml_text_lines
        return []
    if kind == "bool":
        return ["if type(v) is not bool:", "    raise _Problem('expected bool')"]
    if kind == "enum":
        assert t.cls is not None
        members = {m.value: m for m in typing.cast("type[enum.Enum]", t.cls)}
        return [f"v = {ns.bind('_e', members)}[v]"]
    return [f"v = {ns.bind('_h', _HOOKS[kind])}(v)"]


def _xml_text_lines(t: TypeSpec, el: str) -> list[str]:
    """Statements reading the text of the leaf element ``el`` into ``v`` as its JSON value."""
    lines = [f"if len({el}):", "    raise _Problem('expected text')", f"v = {el}.text or ''"]
    if t.kind == "int":
        lines += ["if not (v.isascii() and v.isdigit()):", "    raise _Problem('expected int')"]
        lines.append("v = int(v)")
    elif t.kind == "bool":
        lines.append("v = _xbool[v]")
    return lines


def _no_text(expr: str) -> list[str]:
    """Statements refusing text other than whitespace at ``expr`` (a text or a tail)."""
    return [
        f"s = {expr}",
        "if s is not None and s.strip():",
        "    raise _Problem('unexpected text')",
    ]


def _object_call(cls: type, arg: str, ns: _Namespace, xml: bool) -> str:
    return f"{ns.bind('_x' if xml else '_s', _Ref(cls))}({arg})"


def _value_lines(t: TypeSpec, ns: _Namespace, *, xml: bool) -> list[str]:
    """Statements structuring ``v`` (in XML: reading the element ``c``) into ``v``."""
    kind = t.kind
    if kind == "object":
        assert t.cls is not None
        return [f"v = {_object_call(t.cls, 'c' if xml else 'v', ns, xml)}"]
    if kind not in ("tuple", "set"):
        return [*(_xml_text_lines(t, "c") if xml else []), *_scalar_lines(t, ns, xml=xml)]
    item = t.item
    assert item is not None
    collect = "tuple(_out)" if kind == "tuple" else "_as_set(_out)"
    if xml:
        item_tag = (
            f"{{{NAMESPACE}}}{tag_of(item.cls) if item.kind == 'object' and item.cls else 'item'}"
        )
        tag = ns.bind("_I", item_tag)
        if item.kind == "object":
            assert item.cls is not None
            read = [f"_out.append({_object_call(item.cls, 'x', ns, xml)})"]
        else:
            read = [
                *_xml_text_lines(item, "x"),
                *_scalar_lines(item, ns, xml=xml),
                "_out.append(v)",
            ]
        return [
            *_no_text("c.text"),
            "_out = []",
            "for x in c:",
            f"    if x.tag != {tag}:",
            "        raise _Problem('unexpected element')",
            *_indent(read),
            f"v = {collect}",
        ]
    lines = ["if type(v) is not list:", "    raise _Problem('expected array')"]
    if item.kind == "object":
        assert item.cls is not None
        fn = ns.bind("_s", _Ref(item.cls))
        return [
            *lines,
            f"v = tuple(map({fn}, v))" if kind == "tuple" else f"v = _as_set(list(map({fn}, v)))",
        ]
    return [
        *lines,
        "_out = []",
        "_items = v",
        "for v in _items:",
        *_indent(_scalar_lines(item, ns)),
        "    _out.append(v)",
        f"v = {collect}",
    ]


# -- reading: one object ---------------------------------------------------------------------


def _inline_lines(f: FieldSpec, a: attrs.Attribute[Any], ns: _Namespace) -> list[str] | None:
    """Statements checking a read ``v`` (not None) as the validator of ``a`` would, calling it
    to raise its own error; None when that validator cannot be inlined."""
    validator, kind, item = a.validator, f.type.kind, f.type.item
    if validator is None:
        return []
    call = f"{ns.bind('_v', validator)}(self, {ns.bind('_a', a)}, v)"
    items = _ITEMS_INLINE.get(validator)
    if items is not None and kind == "tuple" and item and item.kind in ("str", "id"):
        return ["for x in v:", f"    if {items.format(x='x')}:", f"        {call}"]
    inline = _INLINE.get(validator)
    if inline is None or kind not in inline[0]:
        return None
    return [f"if {inline[1].format(x='v')}:", f"    {call}"]


def _end_check(f: FieldSpec, a: attrs.Attribute[Any], var: str, ns: _Namespace) -> list[str]:
    """Statements running the validator of ``a`` on ``var`` once every field is set."""
    call = f"{ns.bind('_v', a.validator)}(self, {ns.bind('_a', a)}, {var})"
    if f.optional and a.validator in _NONE_PASSES:
        return [f"if {var} is not None:", f"    {call}"]
    return [call]


def _default_expr(a: attrs.Attribute[Any], ns: _Namespace) -> str:
    default: Any = a.default
    factory = getattr(default, "factory", None)
    if factory is None:
        return ns.bind("_d", default)
    return f"{ns.bind('_f', factory)}({'self' if default.takes_self else ''})"


def _reader_fn(cls: type, *, xml: bool) -> Callable[..., Any]:
    """The generated function reading a ``cls`` from a plain dict (or an XML element)."""
    _check_buildable(cls)
    ns = _Namespace()
    name = f"{'read' if xml else 'structure'}_{cls.__name__}"
    lines = _head_lines(cls, name, ns, xml=xml)
    checks: list[str] = []
    fields = list(enumerate(zip(spec_of(cls).fields, attrs.fields(cls), strict=True)))
    for run in _runs(fields, xml=xml):
        body: list[str] = []
        for i, (f, a) in run:
            field_body, check = _field_lines(cls, f, a, f"f{i}", ns, xml=xml)
            body += field_body
            checks += check
        if len(run) >= _RUN:
            body = _skip_absent(cls, run, body, ns)
        lines += _indent(body)
    if xml:
        lines += ["    if c is not None:", "        raise _Problem('unexpected element')"]
    lines += _indent(checks)
    post = getattr(cls, "__attrs_post_init__", None)
    if post is not None:
        lines.append(f"    {ns.bind('_post', post)}(self)")
    lines.append("    return self")
    return _compile("\n".join(lines), ns, name)


_RUN = 4
"""The fewest consecutive fields that may be absent read as a run: one ``isdisjoint`` test
sets them all when none is present, which is the common case for a record's rarer fields."""

_Numbered = tuple[int, tuple[FieldSpec, "attrs.Attribute[Any]"]]


def _may_skip(f: FieldSpec, a: attrs.Attribute[Any]) -> bool:
    """Whether an absent ``f`` is None or ``()`` and then passes its validator unseen."""
    if f.required or f.omit not in (None, ()):
        return False
    validator = a.validator
    return (
        validator is None
        or validator in _INLINE
        or validator in _ITEMS_INLINE
        or (f.omit is None and validator in _NONE_PASSES)
    )


def _runs(fields: list[_Numbered], *, xml: bool) -> list[list[_Numbered]]:
    """``fields`` cut into runs of consecutive fields that may be skipped (JSON only) and
    single fields."""
    runs: list[list[_Numbered]] = []
    for numbered in fields:
        if not xml and _may_skip(*numbered[1]) and runs and _may_skip(*runs[-1][-1][1]):
            runs[-1].append(numbered)
        else:
            runs.append([numbered])
    return runs


def _skip_absent(cls: type, run: list[_Numbered], body: list[str], ns: _Namespace) -> list[str]:
    """``body`` guarded by a test that any field of ``run`` is present; else each is set to
    its absent value."""
    keys = ns.bind("_run", frozenset(f.name for _, (f, _a) in run))
    absent = []
    for i, (f, a) in run:
        value = "None" if f.omit is None else "()"
        absent.append(f"{ns.bind('_set', _slot(cls, a.name).__set__)}(self, {value})")
        if a.validator in _NONE_PASSES:
            absent.append(f"f{i} = None")
    return [f"if {keys}.isdisjoint(o):", *_indent(absent), "else:", *_indent(body)]


def _head_lines(cls: type, name: str, ns: _Namespace, *, xml: bool) -> list[str]:
    """The signature and the statements before the first field."""
    ctor = ns.bind("_cls", cls)
    if xml:
        return [
            f"def {name}(el):",
            *_indent(_no_text("el.text")),
            f"    self = _new({ctor})",
            "    try:",
            "        c = el[0]",
            "    except IndexError:",
            "        c = None",
            "    t = None if c is None else c.tag",
        ]
    keys = ns.bind("_keys", frozenset(f.name for f in spec_of(cls).fields))
    return [
        f"def {name}(o, _=None):",
        f"    if type(o) is not dict or not {keys}.issuperset(o):",
        "        raise _Problem('expected an object with known keys')",
        f"    self = _new({ctor})",
    ]


def _field_lines(
    cls: type, f: FieldSpec, a: attrs.Attribute[Any], var: str, ns: _Namespace, *, xml: bool
) -> tuple[list[str], list[str]]:
    """The statements reading, checking and setting one field, and those checking it once
    every field is set (a validator that cannot be inlined, kept in ``var``)."""
    inline = _inline_lines(f, a, ns)
    present = [*_value_lines(f.type, ns, xml=xml), *(inline or [])]
    absent = _absent_lines(f, a, ns, inline or [])
    if xml:
        qname = ns.bind("_Q", f"{{{NAMESPACE}}}{f.name}")
        advance = [*_no_text("c.tail"), "c = c.getnext()", "t = None if c is None else c.tag"]
        lines = [f"if t == {qname}:", *_indent([*present, *advance]), "else:", *_indent(absent)]
    elif f.required:
        lines = [f"v = o[{f.name!r}]", *present]
    elif f.omit is attrs.NOTHING:
        lines = [f"v = o.get({f.name!r}, _MISSING)", "if v is not _MISSING:", *_indent(present)]
        lines += ["else:", *_indent(absent)]
    else:  # absent or null: v is None already
        lines = [f"v = o.get({f.name!r})", "if v is not None:", *_indent(present)]
        lines += ["else:", *_indent(absent)] if absent != ["v = None"] else []
    lines.append(f"{ns.bind('_set', _slot(cls, a.name).__set__)}(self, v)")
    if inline is not None:
        return lines, []
    return [*lines, f"{var} = v"], _end_check(f, a, var, ns)


def _absent_lines(
    f: FieldSpec, a: attrs.Attribute[Any], ns: _Namespace, inline: list[str]
) -> list[str]:
    """Statements giving ``v`` the value of an absent field (or refusing its absence).

    A default other than None or ``()`` is checked as attrs checks it: a computed default
    might be refused.
    """
    if f.required:
        return ["raise _Problem('missing required field')"]
    if f.omit is None:
        return ["v = None"]
    if f.omit == ():
        return ["v = ()"]
    if a.default is None:
        return ["v = None"]
    return [f"v = {_default_expr(a, ns)}", *inline]


def _slot(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        found = vars(klass).get(name)
        if found is not None:
            return found
    raise TypeError(f"{cls.__name__}.{name}: no slot")  # pragma: no cover - model is closed


def _check_buildable(cls: type) -> None:
    """Refuse a class whose ``__init__`` does more than set, validate and post-init."""
    slots = {s for k in cls.__mro__[:-1] for s in getattr(k, "__slots__", ("__dict__",))}
    names = {a.name for a in attrs.fields(cls)}
    odd = [
        a.name
        for a in attrs.fields(cls)
        if not a.init or a.converter is not None or a.alias != a.name.lstrip("_")
    ]
    if odd or slots - {"__weakref__"} != names or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(  # pragma: no cover - the model is closed and checked by its tests
            f"{cls.__name__}: a reader cannot build it directly ({odd or sorted(slots)})"
        )


# -- writing ---------------------------------------------------------------------------------


def _unstructure_fn(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The generated unstructure function of ``cls``, writing fields in attrs order."""
    spec = spec_of(cls)
    ns = _Namespace()
    lines = [f"def unstructure_{cls.__name__}(o):", "    d = {}"]
    for f in spec.fields:
        name, t = f.name, f.type
        lines.append(f"    v = o.{name}")
        if t.kind in _PASSTHROUGH:
            expr = "v"
        elif t.kind == "fraction":
            expr = "str(v)"
        elif t.kind == "datetime":
            expr = "v.isoformat()"
        elif t.kind == "object":
            assert t.cls is not None
            expr = f"{ns.bind('_u', _Ref(t.cls))}(v)"
        elif t.kind == "set":
            expr = "sorted([m.value for m in v])"
        else:  # tuple
            assert t.item is not None
            if t.item.kind in _PASSTHROUGH:
                expr = "v"
            elif t.item.kind == "object":
                assert t.item.cls is not None
                expr = f"[{ns.bind('_u', _Ref(t.item.cls))}(x) for x in v]"
            else:
                expr = "[str(x) for x in v]"
        if f.omit is None:
            lines += ["    if v is not None:", f"        d[{name!r}] = {expr}"]
        elif f.omit == ():
            lines += ["    if v:", f"        d[{name!r}] = {expr}"]
        else:
            lines.append(f"    d[{name!r}] = {expr}")
    lines.append("    return d")
    return _compile("\n".join(lines), ns, f"unstructure_{cls.__name__}")


def _compile(source: str, ns: _Namespace, name: str) -> Callable[..., Any]:
    scope = dict(ns.values)
    code = compile(source, f"<hdnd_model generated {name}>", "exec")
    exec(code, scope)  # the source is built above from the model's own field names
    fn: Callable[..., Any] = scope[name]
    return fn


def _bind(tables: dict[str, dict[type, Callable[..., Any]]]) -> None:
    """Replace each placeholder in the functions by the function it stands for.

    Args:
        tables: the functions by the prefix of the names their placeholders are bound to.
    """
    for table in tables.values():
        for fn in table.values():
            scope = fn.__globals__
            for name, value in list(scope.items()):
                if isinstance(value, _Ref):
                    scope[name] = tables[name[:2]][value.cls]


def generate(
    classes: tuple[type, ...],
) -> tuple[dict[type, Callable[..., Any]], dict[type, Callable[[Any], dict[str, Any]]]]:
    """The generated structure and unstructure functions of ``classes``, bound together."""
    structure = {cls: _reader_fn(cls, xml=False) for cls in classes}
    unstructure = {cls: _unstructure_fn(cls) for cls in classes}
    _bind({"_s": structure, "_u": unstructure})
    return structure, unstructure


def xml_readers(classes: tuple[type, ...]) -> dict[type, Callable[[Any], Any]]:
    """The generated functions reading ``classes`` from record elements, bound together."""
    readers = {cls: _reader_fn(cls, xml=True) for cls in classes}
    _bind({"_x": readers})
    return readers


def is_enum(tp: Any) -> bool:
    """Whether ``tp`` is an enum class."""
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def is_record(tp: Any) -> bool:
    """Whether ``tp`` is an attrs class."""
    return isinstance(tp, type) and attrs.has(tp)
