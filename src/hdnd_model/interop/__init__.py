"""Exports to open standards of council data: Popolo, OParl 1.1 and Akoma Ntoso 3.0.

Call :func:`export` with a record and a target; the result holds the document and the list of
what the target could not hold. :func:`from_akn` reads an Akoma Ntoso export back.
"""

from __future__ import annotations

from typing import Literal

from hdnd_model.interop._common import ExportResult
from hdnd_model.interop.akn import from_akn, to_akn
from hdnd_model.interop.oparl import to_oparl
from hdnd_model.interop.popolo import to_popolo
from hdnd_model.model import ConclusionNotice, Minutes, Resolution

__all__ = ["TARGETS", "ExportResult", "Target", "export", "from_akn"]

Target = Literal["popolo", "oparl", "akn"]
TARGETS: tuple[Target, ...] = ("popolo", "oparl", "akn")


def export(
    record: Minutes | Resolution | ConclusionNotice, to: Target, *, base_url: str | None = None
) -> ExportResult:
    """Export ``record`` to the standard ``to``.

    Args:
        record: minutes, a single resolution, or a conclusion notice.
        to: ``"popolo"``, ``"oparl"`` or ``"akn"``.
        base_url: the URL OParl ids are built under (OParl only; a placeholder when None).

    Returns:
        The document (a dict for Popolo and OParl, XML bytes for Akoma Ntoso) and its warnings.

    Raises:
        ValueError: ``to`` is not one of :data:`TARGETS`, or ``base_url`` is given for a target
            other than OParl.
    """
    if to not in TARGETS:
        raise ValueError(f"unknown export target {to!r}; expected one of {', '.join(TARGETS)}")
    if base_url is not None and to != "oparl":
        raise ValueError("base_url applies only to the OParl export")
    if to == "popolo":
        return to_popolo(record)
    if to == "oparl":
        return to_oparl(record, base_url=base_url)
    return to_akn(record)
