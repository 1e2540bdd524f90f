"""Versions of the format: identify a document's version, migrate it step by step, then load.

Every JSON document and every XML record carries ``format_version``. A reader identifies it,
applies the steps from that version up to :data:`FORMAT_VERSION` one at a time, and only then
loads the current shape. A version newer than this release's is refused with
:class:`~hdnd_model.UnsupportedVersionError`.

Versions:

- **0** (pre-release): ``VoteTally.not_voting`` was called ``abstain``.
- **1**: minutes, sessions and resolutions as titles.
- **2**: the current format. It adds record kinds (conclusion notices) and fields (the content
  of resolutions, provenance, stated outcomes, ballots per official ...), every one optional or
  defaulted, so a version 1 document reads unchanged: its step renames nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
from lxml import etree

from hdnd_model.errors import FormatError, UnsupportedVersionError
from hdnd_model.model import VoteTally
from hdnd_model.serialize._spec import FORMAT_VERSION, NAMESPACE, classes_by_tag, spec_of, tag_of

__all__ = [
    "OLDEST_VERSION",
    "STEPS",
    "Step",
    "identify",
    "upgrade_json",
    "upgrade_xml",
    "xml_version",
]

OLDEST_VERSION = 0
"""The oldest format version this release still reads."""


@attrs.frozen
class Step:
    """The migration from ``version`` to ``version + 1``.

    Attributes:
        version: the version it migrates from.
        renames: per class, the old field names and the new ones.
    """

    version: int
    renames: Mapping[type, Mapping[str, str]]


STEPS: tuple[Step, ...] = (
    Step(0, {VoteTally: {"abstain": "not_voting"}}),
    Step(1, {}),
)
"""Every step, oldest first; ``STEPS[v]`` migrates version ``v`` to ``v + 1``."""

_TAGS = classes_by_tag()


def identify(version: Any, where: str = "@ $.format_version") -> int:
    """The format version a document declares.

    Raises:
        FormatError: it is missing or not a whole number this format has had.
        UnsupportedVersionError: it is newer than this release's.
    """
    if type(version) is not int:
        shown = repr(version) if len(repr(version)) <= 40 else f"{repr(version)[:37]}..."
        raise FormatError(f"{where}: expected the format version as an int, got {shown}")
    if version > FORMAT_VERSION:
        raise UnsupportedVersionError(
            f"{where}: format version {version} is newer than this release reads "
            f"({FORMAT_VERSION}); upgrade hdnd-model"
        )
    if version < OLDEST_VERSION:
        raise FormatError(f"{where}: no format version {version}")
    return version


_VERSION = re.compile(r"[0-9]{1,9}")


def xml_version(raw: str | None, where: str) -> int:
    """The format version the ``format_version`` attribute of the element at ``where`` declares.

    Only ASCII digits are a version (as in the XSD), so ``²`` or ``٣`` is refused.

    Raises:
        FormatError: it is missing or not a whole number this format has had.
        UnsupportedVersionError: it is newer than this release's.
    """
    if raw is None:
        raise FormatError(f"{where}: missing the format_version attribute")
    at = f"{where.rstrip('/')}/@format_version"
    return identify(int(raw) if _VERSION.fullmatch(raw.strip(" \t\n")) else raw, at)


def _record_class(tag: Any, cls: type[Any] | None, where: str) -> type[Any]:
    found = _TAGS.get(tag) if isinstance(tag, str) else None
    if cls is not None:
        if tag is not None and found is not cls:
            raise FormatError(f"{where}: expected {tag_of(cls)!r}, got {tag!r}")
        if cls not in _TAGS.values():
            raise TypeError(f"not a model class: {cls!r}")
        return cls
    if found is None:
        raise FormatError(f"{where}: expected a record type (e.g. 'minutes'), got {tag!r}")
    return found


def upgrade_json(doc: Any, cls: type[Any] | None) -> tuple[dict[str, Any], type[Any]]:
    """The body of a parsed JSON document in the current shape, and its record class.

    The ``type`` and ``format_version`` keys are taken out of ``doc``.

    Raises:
        FormatError: not an object, or an unknown or mismatched ``type``.
        UnsupportedVersionError: a newer ``format_version``.
    """
    if type(doc) is not dict:
        raise FormatError("@ $: expected an object (a record document)")
    if "format_version" not in doc:
        raise FormatError("@ $.format_version: missing required field")
    version = identify(doc.pop("format_version"))
    record_cls = _record_class(doc.pop("type", None), cls, "@ $.type")
    for step in STEPS[version:]:
        _walk_json(doc, record_cls, step)
    return doc, record_cls


def _rename_keys(node: dict[str, Any], renames: Mapping[str, str] | None) -> None:
    for old, new in (renames or {}).items():
        if old in node and new not in node:
            node[new] = node.pop(old)


def _walk_json(node: Any, cls: type, step: Step) -> None:
    if type(node) is not dict:
        return
    _rename_keys(node, step.renames.get(cls))
    for field in spec_of(cls).fields:
        value, kind = node.get(field.name), field.type
        if kind.kind == "object" and kind.cls is not None:
            _walk_json(value, kind.cls, step)
        elif kind.kind == "tuple" and kind.item and kind.item.cls and type(value) is list:
            for item in value:
                _walk_json(item, kind.item.cls, step)


def upgrade_xml(root: etree._Element, cls: type[Any] | None, where: str) -> type[Any]:
    """Migrate an XML record element in place; return its record class.

    Raises:
        FormatError: no or a bad ``format_version``, or an unknown or mismatched element.
        UnsupportedVersionError: a newer ``format_version``.
    """
    try:
        qname = etree.QName(root)
    except ValueError:
        qname = None
    if qname is None or qname.namespace != NAMESPACE:
        raise FormatError(f"{where}: expected an element in {NAMESPACE!r}, got {root.tag!r}")
    version = xml_version(root.get("format_version"), where)
    record_cls = _record_class(qname.localname, cls, where)
    for step in STEPS[version:]:
        _walk_xml(root, record_cls, step)
    root.set("format_version", str(FORMAT_VERSION))
    return record_cls


def _walk_xml(element: etree._Element, cls: type, step: Step) -> None:
    renames = step.renames.get(cls, {})
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name in renames:
            child.tag = f"{{{NAMESPACE}}}{renames[name]}"
            name = renames[name]
        field = spec_of(cls).field(name)
        if field is None:
            continue
        kind = field.type
        if kind.kind == "object" and kind.cls is not None:
            _walk_xml(child, kind.cls, step)
        elif kind.kind == "tuple" and kind.item and kind.item.cls and attrs.has(kind.item.cls):
            for item in child:
                if isinstance(item.tag, str):
                    _walk_xml(item, kind.item.cls, step)
