"""Writing a resolution's content as an Akoma Ntoso ``act``: căn cứ, xét, Điều, khoản, điểm.

A resolution with articles is an ``act``: its legal bases are ``citations``, its considerations
``recitals``, ``QUYẾT NGHỊ:`` the enacting ``formula``; each Điều an ``article`` (``num``,
``heading``), each khoản a ``paragraph``, each điểm a ``point``; annexes are named in the
``conclusions``.
"""

from __future__ import annotations

from lxml import etree

from hdnd_model.interop._akn_xml import sub
from hdnd_model.model import Article, Clause, Resolution
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import (
    annex_label,
    clause_number,
    consideration_line,
    legal_basis_line,
    point_number,
)

__all__ = ["act_content"]


def _text(parent: etree._Element, tag: str, text: str) -> None:
    sub(sub(parent, tag), "p", text)


def _clause(parent: etree._Element, eid: str, clause: Clause) -> None:
    para = sub(parent, "paragraph", eId=eid)
    sub(para, "num", clause_number(clause.number))
    if not clause.points:
        assert clause.text is not None  # a clause without points has text
        _text(para, "content", clause.text)
        return
    if clause.text is not None:
        _text(para, "intro", clause.text)
    for point in clause.points:
        element = sub(para, "point", eId=f"{eid}__point_{point.label}")
        sub(element, "num", point_number(point.label))
        _text(element, "content", point.text)


def _article(body: etree._Element, eid: str, article: Article) -> None:
    element = sub(body, "article", eId=eid)
    sub(element, "num", L.ARTICLE.format(number=article.number))
    if article.name is not None:
        sub(element, "heading", article.name)
    if not article.clauses:
        assert article.text is not None  # an article without clauses has text
        _text(element, "content", article.text)
        return
    if article.text is not None:
        _text(element, "intro", article.text)
    for clause in article.clauses:
        _clause(element, f"{eid}__para_{clause.number}", clause)


def act_content(act: etree._Element, res: Resolution, prefix: str) -> None:
    """Append the preamble, the body and the conclusions of ``res`` to the ``act`` element."""
    preamble = sub(act, "preamble")
    if res.legal_bases:
        citations = sub(preamble, "citations")
        for citation in res.legal_bases:
            _text(citations, "citation", legal_basis_line(citation))
    if res.considerations:
        recitals = sub(preamble, "recitals")
        for citation in res.considerations:
            _text(recitals, "recital", consideration_line(citation))
    sub(sub(preamble, "formula", name="enactingFormula"), "p", L.ENACTING)
    body = sub(act, "body", eId=f"{prefix}body")
    for article in res.articles:
        _article(body, f"{prefix}art_{article.number}", article)
    if res.annexes:
        conclusions = sub(act, "conclusions")
        for annex in res.annexes:
            sub(conclusions, "p", f"{annex_label(annex)}: {annex.title}")
