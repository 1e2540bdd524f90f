"""Akoma Ntoso names, the hardened parser, and the proprietary encoding of plain trees.

The proprietary block (``meta/proprietary``) holds, in the namespace :data:`HDND_NS`, the plain
tree of the record less the fields the Akoma Ntoso markup carries. Its encoding: one element per
field (``<hdnd:title>``), list items as ``<hdnd:i>``; attribute ``k`` is ``o`` for an object,
``l`` for a list, ``n`` for None; a scalar is the element's text.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from hdnd_model.errors import FormatError
from hdnd_model.interop._plain import Plain
from hdnd_model.xmlsafe import hardened_parser, refuse_unsafe

__all__ = [
    "AKN_NS",
    "HDND_NS",
    "a",
    "akoma_ntoso",
    "decode_plain",
    "encode_plain",
    "h",
    "parse",
    "sub",
]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
HDND_NS = "urn:hdnd-model:akn-extension:1"
_MAX_BYTES = 64 * 1024 * 1024


def a(tag: str) -> str:
    """The qualified name of an Akoma Ntoso element."""
    return f"{{{AKN_NS}}}{tag}"


def h(tag: str) -> str:
    """The qualified name of an element of the extension namespace."""
    return f"{{{HDND_NS}}}{tag}"


def akoma_ntoso(*, with_extension: bool) -> etree._Element:
    """A new ``akomaNtoso`` root, Akoma Ntoso the default namespace (and ``hdnd`` declared)."""
    nsmap: dict[str | None, str] = {None: AKN_NS}
    if with_extension:
        nsmap["hdnd"] = HDND_NS
    # lxml-stubs type nsmap without the None key that declares the default namespace.
    return etree.Element(a("akomaNtoso"), nsmap=nsmap)  # type: ignore[arg-type]


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> Any:
    """Append an Akoma Ntoso element to ``parent``, with its text and attributes."""
    element = etree.SubElement(parent, a(tag), {k.rstrip("_"): v for k, v in attrib.items()})
    if text is not None:
        element.text = text
    return element


def parse(data: bytes | str) -> etree._Element:
    """Parse XML with a hardened parser: no entities, no DTD, no network, bounded size.

    Raises:
        FormatError: the input is not well-formed, declares a DTD or entities, or is too large.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > _MAX_BYTES:
        raise FormatError([f"document larger than {_MAX_BYTES} bytes"])
    try:
        root = etree.fromstring(raw, hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError([f"line {exc.lineno}: {exc.msg}"]) from exc
    refuse_unsafe(root, "@ akn")
    return root


def encode_plain(parent: etree._Element, name: str, value: Plain) -> None:
    """Append ``value`` to ``parent`` as an element named ``name`` of the extension namespace."""
    element = etree.SubElement(parent, h(name))
    if value is None:
        element.set("k", "n")
    elif isinstance(value, dict):
        element.set("k", "o")
        for key, item in value.items():
            encode_plain(element, key, item)
    elif isinstance(value, list):
        element.set("k", "l")
        for item in value:
            encode_plain(element, "i", item)
    else:
        element.text = value


def decode_plain(element: etree._Element) -> Plain:
    """The plain tree an element of the extension namespace encodes.

    Raises:
        FormatError: an element outside the namespace, or an unknown ``k``.
    """
    kind = element.get("k")
    if kind == "n":
        return None
    children = [c for c in element if isinstance(c.tag, str)]
    for child in children:
        if etree.QName(child).namespace != HDND_NS:
            raise FormatError([f"line {child.sourceline}: unexpected element {child.tag}"])
    if kind == "o":
        out: dict[str, Plain] = {}
        for child in children:
            name = etree.QName(child).localname
            if name in out:
                raise FormatError([f"line {child.sourceline}: duplicate field <hdnd:{name}>"])
            out[name] = decode_plain(child)
        return out
    if kind == "l":
        return [decode_plain(c) for c in children]
    if kind is not None:
        raise FormatError([f"line {element.sourceline}: unknown k={kind!r}"])
    return element.text or ""
