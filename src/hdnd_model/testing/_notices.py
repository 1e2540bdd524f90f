"""Strategies for conclusion notices (thông báo kết luận) of a Standing Committee."""

from __future__ import annotations

from hypothesis import strategies as st

from hdnd_model.model import Conclusion, ConclusionNotice, Council, Signature, current_policy
from hdnd_model.model.vocab import MeetingKind, NumberForm, OrganKind, SigningAuthority
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._documents import _document_number, _document_ref
from hdnd_model.testing._draw import (
    _DAY,
    _day,
    _int,
    _maybe_day,
    _maybe_pick,
    _pick,
    _some,
    _strategy,
    _yes,
)
from hdnd_model.testing._meetings import _meeting
from hdnd_model.testing._people import _person
from hdnd_model.testing._sources import _some_sources
from hdnd_model.testing._units import _council_id, _council_spans

_NOTICE_SIGNATURES = (
    (SigningAuthority.ON_BEHALF, cat.nfc("THƯỜNG TRỰC HĐND"), cat.nfc("CHỦ TỊCH")),
    (SigningAuthority.DEPUTY, cat.nfc("CHỦ TỊCH"), cat.nfc("PHÓ CHỦ TỊCH")),
    (SigningAuthority.NONE, None, cat.nfc("CHỦ TỊCH")),
)
_STANDING_KINDS = tuple(k for k in MeetingKind if k.is_standing)


def _conclusion(draw: st.DrawFn) -> Conclusion:
    return Conclusion(
        text=_pick(draw, cat.CONCLUSIONS),
        addressee=_maybe_pick(draw, cat.ADDRESSEES),
        deadline=None,
    )


def conclusions() -> st.SearchStrategy[Conclusion]:
    """One conclusion of a notice, with or without an addressee (no deadline)."""
    return _strategy(_conclusion)


def _conclusion_notice(draw: st.DrawFn, *, embedded: bool | None = None) -> ConclusionNotice:
    unit, lo, hi = _pick(draw, _council_spans(current_policy()))
    council = Council(id=_council_id(unit), unit=unit)
    held = _day(draw, lo, hi - 2 * _DAY)
    issued = _maybe_day(draw, held, min(hi, held + 10 * _DAY))
    embedded = _yes(draw) if embedded is None else embedded
    meeting = (
        _meeting(
            draw,
            day=held,
            kinds=_STANDING_KINDS,
            organ=OrganKind.STANDING_COMMITTEE,
            meeting_id=f"{council.id}-phien-tt",
        )
        if embedded
        else None
    )
    items = tuple(
        Conclusion(
            text=text,
            addressee=_maybe_pick(draw, cat.ADDRESSEES),
            deadline=_maybe_day(draw, held, held + 90 * _DAY),
        )
        for text in dict.fromkeys(_pick(draw, cat.CONCLUSIONS) for _ in range(_int(draw, 1, 4)))
    )
    authority, body, title = _pick(draw, _NOTICE_SIGNATURES)
    return ConclusionNotice(
        id=f"tb-{council.id}-{held.isoformat()}",
        council=council,
        conclusions=items,
        number=_document_number(draw, form=NumberForm.ADMINISTRATIVE, kind="TB", issuer="HĐND")
        if _yes(draw)
        else None,
        title=_maybe_pick(draw, cat.NOTICE_TITLES),
        place=unit.name if _yes(draw) else None,
        date=issued,
        meeting=meeting,
        meeting_id=meeting.id if meeting is not None and _yes(draw) else None,
        meeting_date=None if meeting is not None else (held if _yes(draw) else None),
        meeting_title=None if meeting is not None else _maybe_pick(draw, cat.MEETING_TITLES),
        opening=_maybe_pick(draw, cat.NOTICE_OPENINGS),
        documents=_some(draw, lambda: _document_ref(draw), 2),
        signer=Signature(person=_person(draw), title=title, authority=authority, on_behalf_of=body)
        if _yes(draw)
        else None,
        recipients=tuple(dict.fromkeys(_some(draw, lambda: _pick(draw, cat.RECIPIENTS), 3))),
        filing=_maybe_pick(draw, cat.FILINGS),
        sources=_some_sources(draw),
    )


def conclusion_notices(*, embedded: bool | None = None) -> st.SearchStrategy[ConclusionNotice]:
    """A conclusion notice (``05/TB-HĐND``) of a council's Standing Committee (or another body
    holding a meeting between sessions), dated within the life of its council.

    Args:
        embedded: embed the meeting concluded (True), name it only (False), either (None).
    """
    return _strategy(_conclusion_notice, embedded=embedded)
