"""Generated per-class hooks: the fast path of the JSON converter.

For each class the generator writes one Python function that reads (or writes) its fields in
order, with the type checks inlined, and registers it on the converter. A structure function
only succeeds or raises; on failure the reader re-runs cattrs' detailed hooks, which explain
every problem with its path, so these functions never need to be more precise than "no".
They accept exactly what the detailed hooks accept.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs

from hdnd_model.serialize import _hooks
from hdnd_model.serialize._spec import MAX_INT, MAX_TEXT_LENGTH, MIN_INT, TypeSpec, spec_of

__all__ = ["generate"]

_SCALAR_HOOKS: dict[str, Callable[[Any], Any]] = {
    "str": _hooks.structure_text,
    "id": _hooks.structure_text,
    "int": _hooks.structure_int,
    "bool": _hooks.structure_bool,
    "date": _hooks.structure_date,
    "time": _hooks.structure_time,
    "fraction": _hooks.structure_fraction,
}
_PASSTHROUGH = frozenset({"str", "id", "int", "bool", "date", "time", "enum"})


@attrs.frozen
class _Ref:
    """A placeholder for the generated function of another class, bound once all exist."""

    cls: type


class _Namespace:
    """Names the generated code refers to, each bound once."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {
            "_text": _hooks.structure_text,
            "_int": _hooks.structure_int,
            "_MAXT": MAX_TEXT_LENGTH,
            "_MIN": MIN_INT,
            "_MAX": MAX_INT,
            "_Problem": _hooks.Problem,
        }

    def bind(self, prefix: str, value: Any) -> str:
        for name, bound in self.values.items():
            if bound is value and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.values)}"
        self.values[name] = value
        return name


def _value_expr(t: TypeSpec, var: str, ns: _Namespace) -> str:
    """An expression structuring ``var`` of type ``t`` (raises on anything wrong)."""
    kind = t.kind
    if kind in ("str", "id"):
        return (
            f"({var} if type({var}) is str and {var}.isascii() and {var}.isprintable() "
            f"and len({var}) <= _MAXT else _text({var}))"
        )
    if kind == "int":
        return f"({var} if type({var}) is int and _MIN <= {var} <= _MAX else _int({var}))"
    if kind in _SCALAR_HOOKS:
        return f"{ns.bind('_h', _SCALAR_HOOKS[kind])}({var})"
    if kind == "enum":
        assert t.cls is not None
        members = {m.value: m for m in typing.cast("type[enum.Enum]", t.cls)}
        return f"{ns.bind('_e', members)}[{var}]"
    if kind == "object":
        assert t.cls is not None
        return f"{ns.bind('_s', _Ref(t.cls))}({var})"
    assert t.item is not None
    item = _value_expr(t.item, "_x", ns)
    if kind == "tuple":
        return f"tuple([{item} for _x in {ns.bind('_list', _as_list)}({var})])"
    return f"{ns.bind('_set', _as_set)}([{item} for _x in {ns.bind('_list', _as_list)}({var})])"


def _as_list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise _hooks.Problem("expected array")
    return value


def _as_set(items: list[Any]) -> frozenset[Any]:
    out = frozenset(items)
    if len(out) != len(items):
        raise _hooks.Problem("expected unique items")
    return out


def _structure_fn(cls: type) -> Callable[..., Any]:
    """The generated structure function of ``cls``."""
    spec = spec_of(cls)
    ns = _Namespace()
    keys = ns.bind("_keys", frozenset(f.name for f in spec.fields))
    lines = [
        f"def structure_{cls.__name__}(o, _=None):",
        f"    if type(o) is not dict or not {keys}.issuperset(o):",
        "        raise _Problem('expected an object with known keys')",
        "    kw = {}",
    ]
    args = []
    for f in spec.fields:
        name = f.name
        expr = _value_expr(f.type, "v", ns)
        if f.required:
            lines += [f"    v = o[{name!r}]", f"    {name}_ = {expr}"]
            args.append(f"{name}={name}_")
        elif f.omit is None:
            lines += [f"    v = o.get({name!r})", f"    {name}_ = None if v is None else {expr}"]
            args.append(f"{name}={name}_")
        elif f.omit == ():
            lines += [f"    v = o.get({name!r})", f"    {name}_ = () if v is None else {expr}"]
            args.append(f"{name}={name}_")
        else:
            lines += [
                f"    if {name!r} in o:",
                f"        v = o[{name!r}]",
                f"        kw[{name!r}] = {expr}",
            ]
    ctor = ns.bind("_cls", cls)
    lines.append(f"    return {ctor}({', '.join(args)}, **kw)")
    return _compile("\n".join(lines), ns, f"structure_{cls.__name__}")


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


def generate(
    classes: tuple[type, ...],
) -> tuple[dict[type, Callable[..., Any]], dict[type, Callable[[Any], dict[str, Any]]]]:
    """The generated structure and unstructure functions of ``classes``, bound together."""
    structure = {cls: _structure_fn(cls) for cls in classes}
    unstructure = {cls: _unstructure_fn(cls) for cls in classes}
    for table in (structure, unstructure):
        for fn in table.values():
            scope = fn.__globals__
            for name, value in list(scope.items()):
                if isinstance(value, _Ref):
                    scope[name] = table[value.cls]
    return structure, unstructure


def is_enum(tp: Any) -> bool:
    """Whether ``tp`` is an enum class."""
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def is_record(tp: Any) -> bool:
    """Whether ``tp`` is an attrs class."""
    return isinstance(tp, type) and attrs.has(tp)
