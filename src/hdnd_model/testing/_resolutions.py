"""Strategies for signatures and resolutions with their content."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Literal

from hypothesis import strategies as st

from hdnd_model.model import (
    Annex,
    Article,
    Citation,
    Clause,
    Council,
    Point,
    Resolution,
    Signature,
    current_policy,
)
from hdnd_model.model.content import POINT_LETTERS
from hdnd_model.model.vocab import (
    NumberForm,
    OrganKind,
    ResolutionNature,
    ResolutionProcedure,
    RuleMode,
    SessionKind,
    SessionSeries,
    SigningAuthority,
)
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._documents import _document_number, _document_ref
from hdnd_model.testing._draw import (
    _DAY,
    EARLIEST,
    LATEST,
    _ident,
    _int,
    _maybe_day,
    _maybe_ident,
    _maybe_int,
    _maybe_pick,
    _pick,
    _some,
    _strategy,
    _yes,
)
from hdnd_model.testing._people import _person
from hdnd_model.testing._sources import _some_sources
from hdnd_model.testing._units import _council_id, _council_spans
from hdnd_model.testing._votes import _vote_tally
from hdnd_model.vn import to_roman

SignatureBlock = Literal["chair", "secretary", "resolution"]

_SIGNATURE_BLOCKS: dict[SignatureBlock, tuple[tuple[SigningAuthority, str | None, str], ...]] = {
    "chair": ((SigningAuthority.NONE, None, cat.nfc("CHỦ TỌA")),),
    "secretary": ((SigningAuthority.NONE, None, cat.nfc("THƯ KÝ")),),
    "resolution": tuple(
        (authority, None if body is None else cat.nfc(body), cat.nfc(title))
        for authority, body, title in (
            (SigningAuthority.NONE, None, "CHỦ TỊCH"),
            (SigningAuthority.ON_BEHALF, "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
            (SigningAuthority.ON_BEHALF, "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
            (SigningAuthority.DEPUTY, "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            (SigningAuthority.ACTING, "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
            (SigningAuthority.BY_ORDER, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
            (SigningAuthority.BY_AUTHORISATION, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
        )
    ),
}
_ALL_BLOCKS = tuple(itertools.chain.from_iterable(_SIGNATURE_BLOCKS.values()))


def _signature(draw: st.DrawFn, *, block: SignatureBlock | None = None) -> Signature:
    choices = _SIGNATURE_BLOCKS[block] if block is not None else _ALL_BLOCKS
    authority, on_behalf_of, title = _pick(draw, choices)
    return Signature(
        person=_person(draw), title=title, authority=authority, on_behalf_of=on_behalf_of
    )


def signatures(*, block: SignatureBlock | None = None) -> st.SearchStrategy[Signature]:
    """A signature block: ``TM. HỘI ĐỒNG NHÂN DÂN`` / ``CHỦ TỊCH``, ``CHỦ TỌA``, ``THƯ KÝ`` ...

    Args:
        block: a minutes chair's, a minutes secretary's, or a resolution's (any when None).
    """
    return _strategy(_signature, block=block)


def _citation(draw: st.DrawFn) -> Citation:
    document = _document_ref(draw) if _int(draw, 0, 2) > 0 else None
    text = _maybe_pick(draw, cat.CITATION_TEXTS) if document is not None else None
    return Citation(document=document, text=text or (None if document else cat.CITATION_TEXTS[0]))


def citations() -> st.SearchStrategy[Citation]:
    """A căn cứ or xét line: a document, a text, or both."""
    return _strategy(_citation)


def _point(draw: st.DrawFn, *, label: str | None = None) -> Point:
    return Point(
        label=label if label is not None else _pick(draw, POINT_LETTERS),
        text=_pick(draw, cat.POINT_TEXTS),
    )


def points() -> st.SearchStrategy[Point]:
    """A point (điểm) labelled with a Vietnamese letter."""
    return _strategy(_point)


def _clause(draw: st.DrawFn, *, number: int | None = None) -> Clause:
    n_points = _int(draw, 0, 3)
    text = _pick(draw, cat.CLAUSE_TEXTS) if not n_points or _yes(draw) else None
    return Clause(
        number=number if number is not None else _int(draw, 1, 9),
        text=text,
        points=tuple(_point(draw, label=POINT_LETTERS[i]) for i in range(n_points)),
    )


def clauses() -> st.SearchStrategy[Clause]:
    """A clause (khoản) with 0-3 points a), b), c)."""
    return _strategy(_clause)


def _article(draw: st.DrawFn, *, number: int | None = None) -> Article:
    n_clauses = _int(draw, 0, 3)
    text = _pick(draw, cat.ARTICLE_TEXTS) if not n_clauses or _yes(draw) else None
    return Article(
        number=number if number is not None else _int(draw, 1, 30),
        name=_maybe_pick(draw, cat.ARTICLE_NAMES),
        text=text,
        clauses=tuple(_clause(draw, number=i + 1) for i in range(n_clauses)),
    )


def articles() -> st.SearchStrategy[Article]:
    """An article (Điều), with or without a name, of text or of 0-3 numbered clauses."""
    return _strategy(_article)


def _annex(draw: st.DrawFn, *, label: str | None = None) -> Annex:
    if label is None and _yes(draw):
        label = to_roman(_int(draw, 1, 12)) if _yes(draw) else f"{_int(draw, 1, 12):02d}"
    return Annex(title=_pick(draw, cat.ANNEX_TITLES), label=label)


def annexes() -> st.SearchStrategy[Annex]:
    """An annex (Phụ lục) by its title, labelled (``II``, ``03``) or not."""
    return _strategy(_annex)


def _effective(
    draw: st.DrawFn, nature: ResolutionNature, procedure: ResolutionProcedure | None, start: dt.date
) -> dt.date | None:
    """An effective date after ``start``, leaving the least delay of the policy in force."""
    policy = current_policy()
    delayed = (
        nature is ResolutionNature.NORMATIVE
        and procedure not in (ResolutionProcedure.SHORTENED, ResolutionProcedure.SPECIAL)
        and policy.effective_delay_check is not RuleMode.OFF
    )
    least = max(
        (max(r.province_days, r.district_days, r.commune_days) for r in policy.effective_delays),
        default=0,
    )
    return _maybe_day(draw, start + (least if delayed else 0) * _DAY, start + 60 * _DAY)


def _resolution(
    draw: st.DrawFn,
    *,
    resolution_id: str | None = None,
    nature: ResolutionNature | None = None,
    number: int | None = None,
    council_id: str | None = None,
    session_id: str | None = None,
    between: tuple[dt.date, dt.date] | None = None,
    with_vote: bool | None = None,
    total_delegates: int | None = None,
    standalone: bool | None = None,
) -> Resolution:
    rid = resolution_id if resolution_id is not None else _ident(draw, "nq")
    nature = nature if nature is not None else _pick(draw, tuple(ResolutionNature))
    council = None
    if (
        between is None
        and council_id is None
        and (standalone or (standalone is None and _yes(draw)))
    ):
        unit, lo, hi = _pick(draw, _council_spans(current_policy()))
        council = Council(id=_council_id(unit), unit=unit)
    else:
        lo, hi = between if between is not None else (EARLIEST, LATEST)
    adopted = _maybe_day(draw, lo, hi)
    if adopted is not None:
        signed = _maybe_day(draw, adopted, min(hi, adopted + 5 * _DAY))
    else:
        signed = _maybe_day(draw, lo, hi)
    doc_number = None
    if _int(draw, 0, 3) > 0:
        normative = nature is ResolutionNature.NORMATIVE
        doc_number = _document_number(
            draw,
            form=NumberForm.NORMATIVE if normative else NumberForm.ADMINISTRATIVE,
            kind="NQ",
            issuer="HĐND",
            year=(signed or adopted or lo).year if normative else None,
            number=number,
        )
    procedure = _maybe_pick(draw, tuple(ResolutionProcedure))
    start = signed or adopted
    if start is not None:
        effective = _effective(draw, nature, procedure, start)
    else:
        effective = _maybe_day(draw, lo, hi)
    if with_vote is None:
        with_vote = _yes(draw)
    vote = (
        _vote_tally(draw, total_delegates=total_delegates, resolution_id=rid) if with_vote else None
    )
    session_kind = _maybe_pick(draw, tuple(SessionKind))
    thematic = session_kind is SessionKind.THEMATIC and _yes(draw)
    return Resolution(
        id=rid,
        title=_pick(draw, cat.RESOLUTION_TITLES),
        nature=nature,
        number=doc_number,
        council_id=_given_or_none(draw, council_id, "hdnd") if council is None else None,
        session_id=_given_or_none(draw, session_id, "kh"),
        adopted_on=adopted,
        effective_on=effective,
        signer=_signature(draw, block="resolution") if _yes(draw) else None,
        vote=vote,
        council=council,
        issuer=OrganKind.STANDING_COMMITTEE if _int(draw, 0, 5) == 0 else OrganKind.COUNCIL,
        khoa=_maybe_int(draw, 1, 25),
        session_number=_maybe_int(draw, 1, 25),
        session_kind=session_kind,
        session_series=SessionSeries.THEMATIC if thematic else SessionSeries.MAIN,
        place=council.unit.name if council is not None and _yes(draw) else None,
        signed_on=signed,
        procedure=procedure,
        legal_bases=_some(draw, lambda: _citation(draw), 3),
        considerations=_some(draw, lambda: _citation(draw), 2),
        articles=tuple(_article(draw, number=i + 1) for i in range(_int(draw, 0, 3))),
        annexes=tuple(_annex(draw, label=to_roman(i + 1)) for i in range(_int(draw, 0, 2))),
        repeals=_some(draw, lambda: _document_ref(draw), 1),
        recipients=tuple(dict.fromkeys(_some(draw, lambda: _pick(draw, cat.RECIPIENTS), 3))),
        filing=_maybe_pick(draw, cat.FILINGS),
        sources=_some_sources(draw) if council is not None else (),
    )


def _given_or_none(draw: st.DrawFn, given: str | None, prefix: str) -> str | None:
    if given is not None:
        return given if _int(draw, 0, 3) > 0 else None
    return _maybe_ident(draw, prefix)


def resolutions(
    *,
    resolution_id: str | None = None,
    nature: ResolutionNature | None = None,
    number: int | None = None,
    council_id: str | None = None,
    session_id: str | None = None,
    between: tuple[dt.date, dt.date] | None = None,
    with_vote: bool | None = None,
    total_delegates: int | None = None,
    standalone: bool | None = None,
) -> st.SearchStrategy[Resolution]:
    """A resolution with its content, whose number fits its nature: ``12/2020/NQ-HĐND`` or
    ``45/NQ-HĐND``.

    A normative number carries the year of signing (or adoption); a normative resolution takes
    effect no sooner than the policy's delay allows unless adopted by the shortened procedure;
    the vote, when recorded, refers to the resolution or to nothing. Content: 0-3 legal bases,
    0-2 considerations, 0-3 articles numbered from 1 with clauses and points, 0-2 annexes,
    repeals, recipients. A standalone resolution embeds its council and falls within its life.

    Args:
        resolution_id: its id.
        nature: normative or individual.
        number: the running number, when it has a number.
        council_id: the council (sometimes left out).
        session_id: the session (sometimes left out).
        between: the first and last days it may be adopted on.
        with_vote: always (True), never (False) or sometimes (None) record the vote.
        total_delegates: delegates in office, for the vote.
        standalone: embed the issuing council (True), never (False), or sometimes (None, only
            when neither ``council_id`` nor ``between`` is given).
    """
    return _strategy(
        _resolution,
        resolution_id=resolution_id,
        nature=nature,
        number=number,
        council_id=council_id,
        session_id=session_id,
        between=between,
        with_vote=with_vote,
        total_delegates=total_delegates,
        standalone=standalone,
    )
