"""Strategies for sessions, large sessions among them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from hypothesis import strategies as st

from hdnd_model.model import Session
from hdnd_model.model.vocab import (
    SessionKind,
    SessionSeries,
    SessionTiming,
)
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    _DAY,
    EARLIEST,
    LATEST,
    _day,
    _ident,
    _int,
    _maybe_pick,
    _partial,
    _pick,
    _strategy,
    _total,
    _yes,
)
from hdnd_model.testing._meetings import _SITTING_KINDS, _meeting, settle_tellers
from hdnd_model.testing._resolutions import _resolution

LARGE_PARTICIPANTS = (20, 20, 20)
"""Participants per sitting of a large session."""
LARGE_AGENDA = (8, 8, 9)
"""Agenda items per sitting of a large session."""
LARGE_RESOLUTIONS = 12
"""Resolutions of a large session, each with its vote."""


def _per_meeting(value: int | Sequence[int] | None, i: int) -> int | None:
    if value is None or isinstance(value, int):
        return value
    return value[i]


def _session(
    draw: st.DrawFn,
    *,
    council_id: str | None = None,
    term_id: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    meetings: int | None = None,
    participants: int | Sequence[int] | None = None,
    agenda: int | Sequence[int] | None = None,
    resolutions: int | None = None,
    with_votes: bool | None = None,
    total_delegates: int | None = None,
) -> Session:
    cid = council_id if council_id is not None else _ident(draw, "hdnd")
    kind = _pick(draw, tuple(SessionKind))
    number = 1 if kind is SessionKind.FIRST else _int(draw, 1, 25)
    thematic = kind is SessionKind.THEMATIC and _yes(draw)
    series = SessionSeries.THEMATIC if thematic else SessionSeries.MAIN
    first = start if start is not None else _day(draw, EARLIEST, LATEST - 3 * _DAY)
    last = end if end is not None else _day(draw, first, first + 3 * _DAY)
    sid = f"{cid}-kh-{series.value}-{number}"
    total = _total(draw, total_delegates)
    n_meetings = meetings if meetings is not None else _int(draw, 0, 3)
    days = sorted(_day(draw, first, last) for _ in range(n_meetings))
    n_resolutions = resolutions if resolutions is not None else _int(draw, 0, 3)
    resolution_ids = tuple(f"{sid}-nq-{i + 1}" for i in range(n_resolutions))
    sittings = tuple(
        _meeting(
            draw,
            day=day,
            kinds=_SITTING_KINDS,
            meeting_id=f"{sid}-phien-{i + 1}",
            session_id=sid,
            participants=_per_meeting(participants, i),
            agenda=_per_meeting(agenda, i),
            total_delegates=total,
            resolution_ids=resolution_ids,
        )
        for i, day in enumerate(days)
    )
    numbers = list(itertools.accumulate(_int(draw, 1, 20) for _ in range(n_resolutions)))
    adopted = tuple(
        _resolution(
            draw,
            resolution_id=resolution_ids[i],
            number=n,
            council_id=cid,
            session_id=sid,
            between=(first, last),
            with_vote=with_votes,
            total_delegates=total,
        )
        for i, n in enumerate(numbers)
    )
    # A session known from its sittings states no dates of its own.
    dateless = bool(sittings) and _partial() and _yes(draw)
    return Session(
        id=sid,
        council_id=cid,
        term_id=term_id if term_id is not None else _ident(draw, "nhiem-ky"),
        # A source may name a session without its number, or without its kind.
        number=number if _int(draw, 0, 9) > 0 else None,
        kind=kind if kind is SessionKind.FIRST or _int(draw, 0, 7) > 0 else None,
        start_date=None if dateless else first,
        end_date=None if dateless else last,
        series=series,
        timing=_maybe_pick(draw, tuple(SessionTiming)) if kind is SessionKind.REGULAR else None,
        location=_maybe_pick(draw, cat.LOCATIONS),
        meetings=settle_tellers(sittings),
        resolutions=adopted,
    )


def sessions(
    *,
    council_id: str | None = None,
    term_id: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    meetings: int | None = None,
    participants: int | Sequence[int] | None = None,
    agenda: int | Sequence[int] | None = None,
    resolutions: int | None = None,
    with_votes: bool | None = None,
    total_delegates: int | None = None,
) -> st.SearchStrategy[Session]:
    """A session (kỳ họp) with sittings dated within it and the resolutions it adopted.

    Args:
        council_id: the council.
        term_id: the term.
        start: the first day (drawn when None).
        end: the last day (0-3 days after ``start`` when None).
        meetings: how many sittings (0-3 when None).
        participants: how many participants per sitting, or one count per sitting.
        agenda: how many agenda items per sitting, or one count per sitting.
        resolutions: how many resolutions (0-3 when None).
        with_votes: whether every resolution records its vote (True), none does (False), or
            some do (None).
        total_delegates: delegates in office.
    """
    return _strategy(
        _session,
        council_id=council_id,
        term_id=term_id,
        start=start,
        end=end,
        meetings=meetings,
        participants=participants
        if participants is None or isinstance(participants, int)
        else tuple(participants),
        agenda=agenda if agenda is None or isinstance(agenda, int) else tuple(agenda),
        resolutions=resolutions,
        with_votes=with_votes,
        total_delegates=total_delegates,
    )


def _large_session(
    draw: st.DrawFn,
    *,
    council_id: str | None = None,
    term_id: str | None = None,
    start: dt.date | None = None,
) -> Session:
    first = start if start is not None else _day(draw, EARLIEST, LATEST - 2 * _DAY)
    return _session(
        draw,
        council_id=council_id,
        term_id=term_id,
        start=first,
        end=first + 2 * _DAY,
        meetings=len(LARGE_PARTICIPANTS),
        participants=LARGE_PARTICIPANTS,
        agenda=LARGE_AGENDA,
        resolutions=LARGE_RESOLUTIONS,
        with_votes=True,
    )


def large_sessions(
    *, council_id: str | None = None, term_id: str | None = None, start: dt.date | None = None
) -> st.SearchStrategy[Session]:
    """A big three-day session: 3 sittings with 60 participants and 25 agenda items in all,
    and 12 resolutions, each with its vote.

    Args:
        council_id: the council.
        term_id: the term.
        start: the first day.
    """
    return _strategy(_large_session, council_id=council_id, term_id=term_id, start=start)
