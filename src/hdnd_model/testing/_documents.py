"""Strategies for document numbers and references to documents."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from hdnd_model.model import DocumentNumber, DocumentRef
from hdnd_model.model.vocab import DocumentKind, NumberForm
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    EARLIEST,
    LATEST,
    _digits,
    _int,
    _maybe_day,
    _or_none,
    _pick,
    _strategy,
)

_ADMIN_KINDS = ("NQ", "BC", "TTr", "TB", "KH", "BB", "GM", "QĐ", "CTr", "HD", "QyĐ", "TrS")
_ADMIN_ISSUERS = ("HĐND", "UBND", "TTHĐ", "KTNS", "HĐND-KTNS", "HĐND-VP", "BNV", "BTC")
_LETTER_ISSUERS = ("UBND-VX", "UBND-KT", "HĐND-VP", "BNV-VP", "HĐND-TT", "CTK-CSCL")
_NORMATIVE_SYMBOLS = (
    ("NQ", "HĐND"),
    ("QĐ", "UBND"),
    ("NĐ", "CP"),
    ("QĐ", "TTg"),
    ("TT", "BTC"),
    ("TT", "BNV"),
    ("NQ", "UBTVQH"),  # the khóa in office in the year is appended
)
_PARTY_KINDS = ("NQ", "KL", "HD", "CT", "QĐ", "TB")
_PARTY_ISSUERS = ("TW", "TU", "HU", "BCT", "ĐU")


def _document_number(
    draw: st.DrawFn,
    *,
    form: NumberForm | None = None,
    kind: str | None = None,
    issuer: str | None = None,
    year: int | None = None,
    number: int | None = None,
) -> DocumentNumber:
    form = form if form is not None else _pick(draw, tuple(NumberForm))
    num = number if number is not None else _int(draw, 1, 300)
    if form is NumberForm.ADMINISTRATIVE:
        if kind is None and _int(draw, 0, 3) == 0:
            letter_issuer = issuer or _pick(draw, _LETTER_ISSUERS)
            return DocumentNumber(form=form, number=num, issuer=letter_issuer)
        return DocumentNumber(
            form=form,
            number=num,
            kind=kind or _pick(draw, _ADMIN_KINDS),
            issuer=issuer or _pick(draw, _ADMIN_ISSUERS),
        )
    if form is NumberForm.PARTY:
        return DocumentNumber(
            form=form,
            number=num,
            kind=kind or _pick(draw, _PARTY_KINDS),
            issuer=issuer or _pick(draw, _PARTY_ISSUERS),
        )
    yr = year if year is not None else _int(draw, 2011, 2030)
    khoa = 13 + (yr - 2011) // 5  # QH13 = 2011-2016, QH14 = 2016-2021, QH15 = 2021-2026
    if form is NumberForm.NORMATIVE:
        default_kind, default_issuer = _pick(draw, _NORMATIVE_SYMBOLS)
        if default_issuer == "UBTVQH":
            default_issuer = f"UBTVQH{khoa}"
        return DocumentNumber(
            form=form,
            number=num,
            year=yr,
            kind=kind or default_kind,
            issuer=issuer or default_issuer,
        )
    body = _pick(draw, ("QH", "UBTVQH"))
    return DocumentNumber(form=form, number=num, year=yr, issuer=issuer or f"{body}{khoa}")


def document_numbers(
    *,
    form: NumberForm | None = None,
    kind: str | None = None,
    issuer: str | None = None,
    year: int | None = None,
    number: int | None = None,
) -> st.SearchStrategy[DocumentNumber]:
    """A document number in any of its four forms.

    ``82/TTr-UBND`` and the công văn ``12/UBND-VX`` (administrative), ``12/2020/NQ-HĐND``
    (normative), ``97/2019/QH14`` (National Assembly), ``60-NQ/TW`` (Party).

    Args:
        form: the syntax.
        kind: the kind abbreviation (``"NQ"``); a công văn is drawn only when it is None.
        issuer: the issuer's symbol groups.
        year: the year, for normative and National Assembly numbers.
        number: the running number.
    """
    return _strategy(
        _document_number, form=form, kind=kind, issuer=issuer, year=year, number=number
    )


def _kind_for(draw: st.DrawFn, number: DocumentNumber) -> DocumentKind:
    named = number.document_kind
    if named is not None:
        return named
    if number.form is NumberForm.NATIONAL_ASSEMBLY:
        return _pick(draw, (DocumentKind.LAW, DocumentKind.RESOLUTION))
    if number.form is NumberForm.PARTY:
        return DocumentKind.from_abbreviation(number.kind or "") or DocumentKind.CONCLUSION
    return _pick(draw, (DocumentKind.OFFICIAL_LETTER, DocumentKind.OFFICIAL_MAIL))


def _document_ref(draw: st.DrawFn) -> DocumentRef:
    number = _document_number(draw) if _int(draw, 0, 4) > 0 else None
    kind: DocumentKind | None
    if number is None:
        kind = _pick(draw, tuple(DocumentKind))
        date = _maybe_day(draw, EARLIEST, LATEST)
    else:
        # A source may cite a number without naming the kind of document.
        kind = _kind_for(draw, number) if _int(draw, 0, 5) > 0 else None
        if number.year is not None:
            year = number.year
            date = _maybe_day(draw, dt.date(year, 1, 1), dt.date(year, 12, 31))
        else:
            date = _maybe_day(draw, EARLIEST, LATEST)
    issuer_name, title = _digits(draw, len(cat.ISSUER_NAMES) + 1, len(cat.DOCUMENT_TITLES) + 1)
    return DocumentRef(
        kind=kind,
        number=number,
        date=date,
        issuer_name=_or_none(cat.ISSUER_NAMES, issuer_name),
        title=_or_none(cat.DOCUMENT_TITLES, title),
    )


def document_refs() -> st.SearchStrategy[DocumentRef]:
    """A reference to a document whose kind matches its number and whose date its year."""
    return _strategy(_document_ref)
