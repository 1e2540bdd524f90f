"""How the parts of a resolution are written: căn cứ and xét lines, Điều, khoản, điểm numbers."""

from __future__ import annotations

from hdnd_model.model.content import Annex, Citation
from hdnd_model.wording._labels import LABELS as L
from hdnd_model.wording._records import document_text

__all__ = [
    "annex_label",
    "citation_text",
    "consideration_line",
    "considerations_line",
    "legal_basis_line",
]


def citation_text(citation: Citation) -> str:
    """What a căn cứ or xét line cites: the document as the documents write it, then the text."""
    parts = []
    if citation.document is not None:
        parts.append(document_text(citation.document))
    if citation.text is not None:
        parts.append(citation.text)
    return " ".join(parts)


def legal_basis_line(citation: Citation) -> str:
    """``Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;``."""
    return L.BASIS.format(text=citation_text(citation))


def considerations_line(citations: tuple[Citation, ...], end: str) -> str:
    """``Xét Tờ trình số 82/TTr-UBND ...; Báo cáo thẩm tra ...`` and ``end`` (``.`` or ``;``)."""
    return L.CONSIDERING.format(text="; ".join(citation_text(c) for c in citations)) + end


def consideration_line(citation: Citation) -> str:
    """``Xét Tờ trình số 82/TTr-UBND ngày ... của UBND tỉnh;``: one consideration on its own."""
    return considerations_line((citation,), ";")


def annex_label(annex: Annex) -> str:
    """``Phụ lục II``, or ``Phụ lục`` for an annex without a number."""
    return L.ANNEX.format(label=annex.label) if annex.label else L.ANNEX_UNNUMBERED
