"""Hardened XML parsing, shared by every layer that reads XML (formats, interop).

One parser configuration: no entity resolution, no DTD loading or validation, no network, no
huge trees; and one check that refuses what the parser leaves in place (a DOCTYPE, entity
references, processing instructions), so hostile input fails the same way everywhere.
"""

from __future__ import annotations

import threading

from lxml import etree

from hdnd_model.errors import FormatError

__all__ = ["hardened_parser", "refuse_unsafe"]

_LOCAL = threading.local()


def hardened_parser() -> etree.XMLParser:
    """The hardened parser of this thread: nothing is resolved, loaded or fetched."""
    found: etree.XMLParser | None = getattr(_LOCAL, "parser", None)
    if found is None:
        found = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=False,
            collect_ids=False,
        )
        _LOCAL.parser = found
    return found


def refuse_unsafe(root: etree._Element, where: str = "@ /") -> None:
    """Refuse a DOCTYPE, entity references and processing instructions.

    Raises:
        FormatError: naming what was found and its line.
    """
    info = root.getroottree().docinfo
    if getattr(info, "doctype", "") or info.internalDTD is not None or info.externalDTD is not None:
        raise FormatError(f"{where}: a DOCTYPE (DTD) is not allowed")
    for preceding in (True, False):
        for node in root.itersiblings(preceding=preceding):
            if isinstance(node, etree._ProcessingInstruction):
                raise FormatError(f"{where}: processing instructions are not allowed")
    for node in root.iter(etree.PI, etree.Entity):
        what = "entity references" if isinstance(node, etree._Entity) else "processing instructions"
        raise FormatError(f"{where} (line {node.sourceline}): {what} are not allowed")
