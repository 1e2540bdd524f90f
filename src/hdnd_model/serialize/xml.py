"""XML: the same documents as JSON, in the namespace ``urn:hdnd-model:format``.

A record is an element named by its ``type`` tag with a ``format_version`` attribute; each
field is a child element in attrs order; a collection is an element whose children are its
items (named by the item's tag, or ``item`` for plain values); fields JSON leaves out are left
out. Reading uses a hardened lxml parser (no entities, no DTD, no network, no processing
instructions, bounded size and depth), turns the element tree into the plain values of the
JSON format and loads them with the same converter, so both formats report problems with the
same paths and the same words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from lxml import etree

from hdnd_model.errors import FormatError
from hdnd_model.serialize import _codegen, _migrate
from hdnd_model.serialize._hooks import Raw
from hdnd_model.serialize._spec import (
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    NAMESPACE,
    RECORD_CLASSES,
    TypeSpec,
    spec_of,
    tag_of,
)
from hdnd_model.serialize.json import structure
from hdnd_model.xmlsafe import hardened_parser, refuse_unsafe

__all__ = ["decode_element", "encode_element", "from_xml", "parser", "refuse_unsafe", "to_xml"]

_NS = f"{{{NAMESPACE}}}"
_NSLEN = len(_NS)
_INT = re.compile(r"[+-]?[0-9]{1,12}")
_BOOL = {"true": True, "false": False, "1": True, "0": False}


parser = hardened_parser
_LOCAL = threading.local()


def _line(element: etree._Element) -> int | None:
    line: int | None = element.sourceline  # type: ignore[assignment]
    return line


def _q(name: str) -> str:
    return _NS + name


# -- writing ---------------------------------------------------------------------------------


def _text_expr(t: TypeSpec, var: str) -> str:
    kind = t.kind
    if kind in ("str", "id"):
        return var
    if kind == "enum":
        return f"{var}.value"
    if kind == "bool":
        return f"('true' if {var} else 'false')"
    if kind in ("date", "time", "datetime"):
        return f"{var}.isoformat()"
    return f"str({var})"  # int, fraction


def _encoder_source(cls: type, scope: dict[str, Any]) -> str:
    lines = [f"def encode_{cls.__name__}(o, el):"]
    for f in spec_of(cls).fields:
        name, t = f.name, f.type
        qn = f"Q_{name}"
        scope[qn] = _q(name)
        lines.append(f"    v = o.{name}")
        body: list[str]
        if t.kind == "object":
            assert t.cls is not None
            body = [f"E_{t.cls.__name__}(v, SE(el, {qn}))"]
        elif t.kind in ("tuple", "set"):
            item = t.item
            assert item is not None
            items = "v" if t.kind == "tuple" else "sorted(v)"
            if item.kind == "object":
                assert item.cls is not None
                scope[f"I_{item.cls.__name__}"] = _q(tag_of(item.cls))
                inner = f"E_{item.cls.__name__}(x, SE(w, I_{item.cls.__name__}))"
            else:
                inner = f"SE(w, Q_item).text = {_text_expr(item, 'x')}"
            body = [f"w = SE(el, {qn})", f"for x in {items}:", f"    {inner}"]
        else:
            body = [f"SE(el, {qn}).text = {_text_expr(t, 'v')}"]
        if f.omit is None:
            lines += ["    if v is not None:", *(f"        {b}" for b in body)]
        elif f.omit == ():
            lines += ["    if v:", *(f"        {b}" for b in body)]
        else:
            lines += [f"    {b}" for b in body]
    return "\n".join(lines)


def _make_encoders() -> dict[type, Callable[[Any, etree._Element], None]]:
    scope: dict[str, Any] = {"SE": etree.SubElement, "Q_item": _q("item")}
    for cls in RECORD_CLASSES:
        source = _encoder_source(cls, scope)
        # the source is built above from the model's own field names
        exec(compile(source, f"<hdnd_model generated encode_{cls.__name__}>", "exec"), scope)
    for cls in RECORD_CLASSES:
        scope[f"E_{cls.__name__}"] = scope[f"encode_{cls.__name__}"]
    return {cls: scope[f"encode_{cls.__name__}"] for cls in RECORD_CLASSES}


_ENCODERS = _make_encoders()


def encode_element(obj: object) -> etree._Element:
    """The record element of a model object.

    Raises:
        TypeError: ``obj`` is not a public model object.
        FormatError: text XML 1.0 cannot carry.
    """
    cls = type(obj)
    encoder = _ENCODERS.get(cls)
    if encoder is None:
        raise TypeError(f"not a model object: {cls.__name__}")
    root = etree.Element(_q(tag_of(cls)), nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    root.set("format_version", str(FORMAT_VERSION))
    try:
        encoder(obj, root)
    except ValueError as exc:
        raise FormatError(f"@ $: cannot write {cls.__name__} as XML: {exc}") from None
    return root


def to_xml(obj: object) -> bytes:
    """The XML document of a model object: UTF-8, with an XML declaration.

    Raises:
        TypeError: ``obj`` is not a public model object.
        FormatError: text XML 1.0 cannot carry.
    """
    return etree.tostring(encode_element(obj), xml_declaration=True, encoding="UTF-8")


# -- reading ---------------------------------------------------------------------------------

_Reader = Callable[[etree._Element], Any]


def _scalar_reader(t: TypeSpec) -> _Reader:
    kind = t.kind

    def text_of(el: etree._Element) -> str | Raw:
        if len(el) or el.attrib:
            return Raw("<element with attributes or children>", _line(el))
        return el.text or ""

    if kind == "int":

        def read_int(el: etree._Element) -> Any:
            text = text_of(el)
            if isinstance(text, str) and _INT.fullmatch(text.strip()):
                return int(text)
            return text if isinstance(text, Raw) else Raw(text, _line(el))

        return read_int
    if kind == "bool":

        def read_bool(el: etree._Element) -> Any:
            text = text_of(el)
            if isinstance(text, str) and text.strip() in _BOOL:
                return _BOOL[text.strip()]
            return text if isinstance(text, Raw) else Raw(text, _line(el))

        return read_bool
    return text_of


def _collection_reader(t: TypeSpec) -> _Reader:
    item = t.item
    assert item is not None
    item_tag = _q(tag_of(item.cls) if item.kind == "object" and item.cls else "item")
    read_item = _object_reader(item.cls) if item.kind == "object" and item.cls else None
    read_item = read_item or _scalar_reader(item)

    def read_items(el: etree._Element) -> Any:
        if el.attrib or (el.text and el.text.strip()):
            return Raw("<collection with attributes or text>", _line(el))
        out = []
        for child in el:
            if child.tag != item_tag:
                out.append(Raw(f"<{child.tag}>", _line(child)))
            else:
                out.append(read_item(child))
        return out

    return read_items


_OBJECT_READERS: dict[type, _Reader] = {}


def _object_reader(cls: type) -> _Reader:
    found = _OBJECT_READERS.get(cls)
    if found is not None:
        return found
    table: dict[str, _Reader] = {}

    def read_object(el: etree._Element) -> Any:
        out: dict[str, Any] = {}
        if el.text and el.text.strip():
            out["#text"] = Raw(el.text, _line(el))
        for child in el:
            tag = child.tag
            # an element outside the namespace (``xmlns=""``) is never a field, as in the XSD
            if tag[:_NSLEN] == _NS:
                name = tag[_NSLEN:]
            else:
                name = tag if tag[:1] == "{" else f'{tag} xmlns=""'

            read = table.get(name)
            if read is None or name in out:
                out[f"<{name}>"] = Raw(name, _line(child))
            else:
                out[name] = read(child)
            if child.tail and child.tail.strip():
                out["#text"] = Raw(child.tail, _line(child))
        return out

    _OBJECT_READERS[cls] = read_object
    for f in spec_of(cls).fields:
        t = f.type
        if t.kind == "object" and t.cls is not None:
            table[f.name] = _object_reader(t.cls)
        elif t.kind in ("tuple", "set"):
            table[f.name] = _collection_reader(t)
        else:
            table[f.name] = _scalar_reader(t)
    return read_object


_FAST_READERS = _codegen.xml_readers(RECORD_CLASSES)

# What the fast readers do not look at: attributes below the record element.
_UNUSUAL = "boolean(descendant::*/@*)"


def _unusual(root: etree._Element) -> bool:
    """Whether an element below ``root`` has attributes (only the detailed readers look)."""
    found: etree.XPath | None = getattr(_LOCAL, "unusual", None)
    if found is None:
        found = _LOCAL.unusual = etree.XPath(_UNUSUAL)
    return bool(found(root))


def decode_element(root: etree._Element, cls: type[Any] | None = None, where: str = "@ /") -> Any:
    """The model object of a record element: identify, migrate, then load.

    Raises:
        FormatError: an element the format does not have, or values the model refuses.
        UnsupportedVersionError: a newer ``format_version``.
    """
    refuse_unsafe(root, where)
    record_cls = _migrate.upgrade_xml(root, cls, where)
    extra = [k for k in root.attrib if k != "format_version"]
    if extra:
        raise FormatError(f"{where}: unknown attributes {sorted(extra)}")
    if not _unusual(root):
        try:
            return _FAST_READERS[record_cls](root)
        except Exception:  # explained below, with every problem and its path
            pass
    return structure(_object_reader(record_cls)(root), record_cls)


def from_xml(data: bytes | str, cls: type[Any] | None = None) -> Any:
    """Read an XML document with the hardened parser.

    Args:
        data: the document, as UTF-8 (or declared encoding) bytes or as text.
        cls: the class to read; None reads the class named by the root element.

    Raises:
        FormatError: malformed XML, a DOCTYPE, entities, processing instructions, documents
            too large or too deep, unknown elements, wrong values or values the model
            refuses; every problem with its path.
        UnsupportedVersionError: a ``format_version`` newer than this release's.
    """
    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data, count=1).encode("utf-8")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise FormatError(f"@ /: document larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"@ / (line {exc.lineno}): malformed XML: {exc.msg}") from None
    return decode_element(root, cls)
