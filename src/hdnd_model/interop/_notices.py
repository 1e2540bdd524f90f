"""Exporting conclusion notices: an Akoma Ntoso ``doc``, an OParl ``Paper``, a Popolo event.

A notice is a document of its Standing Committee: Akoma Ntoso holds it as a ``doc`` named
``thongBaoKetLuan`` (its conclusions numbered in the ``mainBody``); OParl as a ``Paper``; Popolo,
which has no documents, as the event of the meeting concluded, with the notice's sources.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from hdnd_model.interop._akn_write import _identification, _references
from hdnd_model.interop._akn_xml import akoma_ntoso, sub
from hdnd_model.interop._common import locality, slug, source_links
from hdnd_model.model import ConclusionNotice
from hdnd_model.vn import format_date

__all__ = ["notice_akn", "notice_paper", "notice_popolo"]


def conclusion_line(number: int, notice: ConclusionNotice) -> str:
    """``1. Đề nghị ... (Ủy ban nhân dân tỉnh; hạn: 2021-03-31)``."""
    item = notice.conclusions[number - 1]
    extra = [item.addressee] if item.addressee else []
    if item.deadline is not None:
        extra.append(f"hạn {format_date(item.deadline)}")
    return f"{number}. {item.text}" + (f" ({'; '.join(extra)})" if extra else "")


def notice_akn(notice: ConclusionNotice) -> bytes:
    """The Akoma Ntoso ``doc`` of a conclusion notice, as UTF-8 XML."""
    root = akoma_ntoso(with_extension=False)
    doc = sub(root, "doc", name="thongBaoKetLuan")
    meta = sub(doc, "meta")
    council = notice.council
    day = notice.date or notice.held_on or council.formed_on
    iso = day.isoformat() if day is not None else "0001-01-01"
    number = slug(str(notice.number)) if notice.number is not None else slug(notice.id)
    uri = (f"vn-{locality(council.unit)}", slug(council.short_name), iso, number)
    _identification(meta, doc="doc", subtype="thong-bao", uri_parts=uri, sources=notice.sources)
    _references(meta, council.name, council.id)
    preface = sub(doc, "preface")
    sub(sub(preface, "p"), "docAuthority", council.name)
    if notice.number is not None:
        sub(sub(preface, "p"), "docNumber", f"Số: {notice.number}")
    sub(sub(preface, "p"), "docTitle", f"THÔNG BÁO {notice.title or ''}".strip())
    if notice.date is not None:
        sub(sub(preface, "p"), "docDate", format_date(notice.date), date=iso)
    body = sub(doc, "mainBody")
    if notice.opening is not None:
        sub(body, "p", notice.opening)
    for i in range(1, len(notice.conclusions) + 1):
        sub(body, "p", conclusion_line(i, notice), eId=f"conclusion_{i}")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return bytes(data)


def notice_paper(notice: ConclusionNotice, obj: dict[str, Any], body: str) -> dict[str, Any]:
    """Fill the OParl ``Paper`` object ``obj`` (its id and type given) with the notice."""
    obj.update(body=body, name=notice.title or "Thông báo kết luận", paperType="Thông báo")
    if notice.number is not None:
        obj["reference"] = str(notice.number)
    if notice.date is not None:
        obj["date"] = notice.date.isoformat()
    urls = [s.url for s in notice.sources if s.url is not None]
    if urls:
        obj["web"] = urls[0]
    return obj


def notice_popolo(notice: ConclusionNotice) -> dict[str, Any]:
    """The Popolo event of the meeting a notice concludes, with the notice's sources."""
    meeting = notice.meeting
    event: dict[str, Any] = {
        "id": meeting.id if meeting is not None else (notice.meeting_id or f"{notice.id}-meeting"),
        "name": (meeting.title if meeting is not None else notice.meeting_title)
        or "Phiên họp Thường trực",
        "organization_id": notice.council.id,
    }
    if notice.held_on is not None:
        event["start_date"] = notice.held_on.isoformat()
    links = source_links(notice.sources)
    if links:
        event["sources"] = links
    return event
