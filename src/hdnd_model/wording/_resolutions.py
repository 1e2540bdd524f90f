"""How the parts of a resolution are written: căn cứ and xét lines, Điều, khoản, điểm numbers."""

from __future__ import annotations

from hdnd_model.model.content import Annex, Citation
from hdnd_model.wording._labels import LABELS as L
from hdnd_model.wording._records import document_text

__all__ = [
    "annex_label",
    "citation_text",
    "clause_number",
    "consideration_line",
    "legal_basis_line",
    "point_number",
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


def consideration_line(citation: Citation) -> str:
    """``Xét Tờ trình số 82/TTr-UBND ngày ... của UBND tỉnh`` (the closing punctuation depends
    on the layout's year: ``.`` before 2025, ``;`` after)."""
    return L.CONSIDERING.format(text=citation_text(citation))


def annex_label(annex: Annex) -> str:
    """``Phụ lục II``, or ``Phụ lục`` for an annex without a number."""
    return L.ANNEX.format(label=annex.label) if annex.label else L.ANNEX_UNNUMBERED


def clause_number(number: int) -> str:
    """The number of a khoản as written before its text: ``1.``."""
    return L.CLAUSE.format(number=number, text="").rstrip()


def point_number(label: str) -> str:
    """The label of a điểm as written before its text: ``a)``."""
    return L.POINT.format(label=label, text="").rstrip()
