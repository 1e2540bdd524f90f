"""Strategies for minutes valid under the regime of their council's unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
from hypothesis import strategies as st

from hdnd_model.model import (
    Council,
    Meeting,
    Minutes,
    Organ,
    Signature,
    committee_problem,
    current_policy,
)
from hdnd_model.model.vocab import CommitteeKind, NumberForm, OrganKind
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._documents import _document_number
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
    partial_facts,
)
from hdnd_model.testing._meetings import _meeting
from hdnd_model.testing._resolutions import _signature
from hdnd_model.testing._sessions import _large_session, _session
from hdnd_model.testing._sources import _some_sources
from hdnd_model.testing._units import _council_id, _council_spans, _membership, _term

MinutesKind = Literal["session", "meeting"]


def _minutes_organs(
    draw: st.DrawFn, council_id: str, committees: Sequence[CommitteeKind]
) -> tuple[Organ, ...]:
    found = [
        Organ(id=f"{council_id}-{kind.value}", council_id=council_id, kind=kind)
        for kind in (OrganKind.COUNCIL, OrganKind.STANDING_COMMITTEE)
        if _yes(draw)
    ]
    bans = dict.fromkeys(_some(draw, lambda: _pick(draw, committees), 2 if committees else 0))
    found.extend(
        Organ(
            id=f"{council_id}-ban-{k.value}",
            council_id=council_id,
            kind=OrganKind.COMMITTEE,
            committee=k,
        )
        for k in bans
    )
    groups = dict.fromkeys(_int(draw, 1, 12) for _ in range(_int(draw, 0, 2)))
    found.extend(
        Organ(
            id=f"{council_id}-to-{n}",
            council_id=council_id,
            kind=OrganKind.DELEGATE_GROUP,
            number=n,
        )
        for n in groups
    )
    return tuple(found)


def _minutes(draw: st.DrawFn, *, kind: MinutesKind | None = None, large: bool = False) -> Minutes:
    unit, lo, hi = _pick(draw, _council_spans(current_policy()))
    kind = kind if kind is not None else _pick(draw, ("session", "meeting"))
    span = 0 if kind == "meeting" else (2 if large else _int(draw, 0, 2))
    first = _day(draw, lo, hi - span * _DAY)
    last = first + span * _DAY
    council = Council(id=_council_id(unit), unit=unit)
    term = _term(draw, council_id=council.id, covering=(first, last)) if _yes(draw) else None
    allowed = tuple(k for k in CommitteeKind if committee_problem(k, council, first) is None)
    bodies = _minutes_organs(draw, council.id, allowed)
    held = tuple(
        _membership(draw, organ_id=o.id, organ_kind=o.kind)
        for o in (_some(draw, lambda: _pick(draw, bodies), 3) if bodies else ())
    )
    session = meeting = None
    if kind == "session":
        tid = term.id if term is not None else None
        if large:
            session = _large_session(draw, council_id=council.id, term_id=tid, start=first)
        else:
            session = _session(draw, council_id=council.id, term_id=tid, start=first, end=last)
    else:
        meeting = _meeting(
            draw,
            day=first,
            meeting_id=f"{council.id}-phien-1",
            committees=allowed,
            resolution_ids=(),  # a record of one meeting holds no resolutions
        )
    number = (
        _document_number(
            draw,
            form=NumberForm.ADMINISTRATIVE,
            kind="BB",
            issuer=_pick(draw, ("HĐND", "TTHĐ")),
        )
        if _yes(draw)
        else None
    )
    return Minutes(
        id=f"bb-{council.id}-{first.isoformat()}",
        council=council,
        term=term,
        organs=bodies,
        memberships=held,
        session=session,
        meeting=meeting,
        number=number,
        parent_body=cat.nfc(f"HĐND {unit.full_name}".upper()) if _yes(draw) else None,
        issuer=_maybe_pick(draw, (cat.nfc("THƯỜNG TRỰC HĐND"), cat.nfc(council.name.upper()))),
        title=_maybe_pick(draw, cat.MINUTES_TITLES),
        place=unit.name if _yes(draw) else None,
        date=_maybe_day(draw, last, last + 10 * _DAY),
        secretary=_signature(draw, block="secretary") if _yes(draw) else None,
        chair=_chair_signature(draw, session.meetings if session else (meeting,))
        if _yes(draw)
        else None,
        recipients=tuple(dict.fromkeys(_some(draw, lambda: _pick(draw, cat.RECIPIENTS), 3))),
        filing=_pick(draw, cat.FILINGS),
        sources=_some_sources(draw),
    )


def _chair_signature(draw: st.DrawFn, meetings: Sequence[Meeting | None]) -> Signature | None:
    """The CHỦ TỌA block, signed by one of the record's chairs when it names any; None when
    its chairs are known by title only (a reader could not tell the signer is one of them)."""
    chairs = [p for m in meetings if m is not None for p in m.chairs]
    named = [p.person for p in chairs if p.person is not None]
    if chairs and not named:
        return None
    signature = _signature(draw, block="chair")
    return attrs.evolve(signature, person=_pick(draw, named)) if named else signature


def _partial_minutes(
    draw: st.DrawFn, *, kind: MinutesKind | None = None, partial: bool = False
) -> Minutes:
    with partial_facts(partial):
        return _minutes(draw, kind=kind)


def minutes(
    *, kind: MinutesKind | None = None, partial: bool = False
) -> st.SearchStrategy[Minutes]:
    """Minutes (biên bản) valid under the regime of their council's unit on their dates.

    The unit has a council on every recorded day (no district-level unit after 2025-06-30, no
    special zone before 2025-07-01, none of the 2021-2025 urban pilots' wards and quận), the
    term covers the days, the Ban kinds exist at the council's level, and every id is unique.

    Args:
        kind: minutes of a ``"session"`` or of a single ``"meeting"`` (either when None).
        partial: also draw the facts sources state without counts or dates: votes with only a
            stated outcome (and share), sessions known from their sittings, attendance given
            as a share. Off by default, since a record read back from a rendered document holds
            only what the layout prints.
    """
    if partial:
        return _strategy(_partial_minutes, kind=kind, partial=True)
    return _strategy(_minutes, kind=kind)


def large_minutes() -> st.SearchStrategy[Minutes]:
    """Minutes of a session drawn as by :func:`large_sessions`."""
    return _strategy(_minutes, kind="session", large=True)
