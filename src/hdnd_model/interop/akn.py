"""Akoma Ntoso 3.0: minutes as ``debate`` documents, resolutions as ``statement`` documents.

:func:`to_akn` writes; :func:`from_akn` reads the project's own export back into the same
:class:`~hdnd_model.model.Minutes`, with a hardened parser.
"""

from __future__ import annotations

from lxml import etree

from hdnd_model.interop._akn_read import read_minutes
from hdnd_model.interop._akn_write import minutes_to_akn, resolution_to_akn
from hdnd_model.interop._akn_xml import akoma_ntoso
from hdnd_model.interop._common import ExportResult
from hdnd_model.interop._notices import notice_akn
from hdnd_model.model import ConclusionNotice, Minutes, Resolution

__all__ = ["from_akn", "to_akn"]


def to_akn(record: Minutes | Resolution | ConclusionNotice) -> ExportResult:
    """The Akoma Ntoso document of a record.

    Args:
        record: minutes (a ``debate``, its resolutions attached as ``statement`` documents) or
            a resolution on its own (a ``statement``).

    Returns:
        The UTF-8 XML bytes; no warnings for minutes, since what the markup cannot hold is
        carried in ``meta/proprietary``.
    """
    if isinstance(record, Minutes):
        return ExportResult(target="akn", content=minutes_to_akn(record))
    if isinstance(record, ConclusionNotice):
        warnings = ("a notice's signer, recipients and embedded meeting are not written",)
        return ExportResult(target="akn", content=notice_akn(record), warnings=warnings)
    wrapper = akoma_ntoso(with_extension=False)
    wrapper.append(resolution_to_akn(record))
    data = etree.tostring(wrapper, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    warnings = ("a resolution's signer and date of effect are not written",)
    return ExportResult(target="akn", content=bytes(data), warnings=warnings)


def from_akn(data: bytes | str) -> Minutes:
    """Read minutes from an Akoma Ntoso ``debate`` document written by :func:`to_akn`.

    Raises:
        FormatError: not well-formed, hostile (DTD, entities), or not an export of minutes.
        InvalidModelError: the values read break a rule of the model.
    """
    return read_minutes(data)
