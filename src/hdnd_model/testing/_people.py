"""Strategies for people, participants and roll calls."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from hdnd_model.model import Attendance, Participant, Person
from hdnd_model.model.vocab import AttendanceStatus, ParticipantRole
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    _digits,
    _ident,
    _int,
    _maybe_int,
    _or_none,
    _partial,
    _pick,
    _strategy,
    _total,
    _yes,
)


def _person(draw: st.DrawFn) -> Person:
    surname, middle, given, has_id = _digits(
        draw, len(cat.SURNAMES), len(cat.MIDDLE_NAMES), len(cat.GIVEN_NAMES), 2
    )
    name = f"{cat.SURNAMES[surname]} {cat.MIDDLE_NAMES[middle]} {cat.GIVEN_NAMES[given]}"
    return Person(full_name=name, id=_ident(draw, "person") if has_id else None)


def _distinct_people(draw: st.DrawFn, lo: int, hi: int) -> tuple[Person, ...]:
    """``lo`` to ``hi`` people, repeats dropped (so at least one when ``lo`` >= 1)."""
    found = [_person(draw) for _ in range(_int(draw, lo, hi))]
    return tuple(dict.fromkeys(found))


def people() -> st.SearchStrategy[Person]:
    """A person with a real Vietnamese name (``"Đinh Thị Lan Duyên"``), sometimes with an id."""
    return _strategy(_person)


persons = people

_ANY_TITLES = cat.TITLES + cat.GROUP_TITLES


def _participant(
    draw: st.DrawFn, *, participant_id: str | None = None, role: ParticipantRole | None = None
) -> Participant:
    roles, statuses = tuple(ParticipantRole), tuple(AttendanceStatus)
    role_digit, named, organization, status, title_digit, count = _digits(
        draw,
        len(roles),
        2,
        len(cat.ORGANIZATIONS) + 1,
        len(statuses) + 1,
        len(_ANY_TITLES) + 1,
        31,
    )
    person = _person(draw) if named else None
    title = (
        _ANY_TITLES[title_digit % len(_ANY_TITLES)]
        if person is None
        else _or_none(_ANY_TITLES, title_digit)
    )
    return Participant(
        id=participant_id if participant_id is not None else _ident(draw, "tp"),
        role=role if role is not None else roles[role_digit],
        person=person,
        title=title,
        organization=_or_none(cat.ORGANIZATIONS, organization),
        count=(count % 2 or None) if person is not None else (count or None),
        status=_or_none(statuses, status),
    )


def participants(
    *, participant_id: str | None = None, role: ParticipantRole | None = None
) -> st.SearchStrategy[Participant]:
    """A participant of a meeting: a named person with a title, or an office known by title.

    Args:
        participant_id: its id.
        role: its role.
    """
    return _strategy(_participant, participant_id=participant_id, role=role)


def _attendance(
    draw: st.DrawFn, *, total_delegates: int | None = None, min_present: int = 0
) -> Attendance:
    total = _total(draw, total_delegates)
    low = min(max(min_present, total * 2 // 3), total)
    present = _int(draw, low, total) if _yes(draw) else _int(draw, min(min_present, total), total)
    with_reason = _int(draw, 0, total - present)
    without_reason = total - present - with_reason
    p = present if _yes(draw) else None
    a = with_reason if _yes(draw) else None
    b = without_reason if _yes(draw) else None

    room = total - (p or 0)  # the named absent are no more than the absent

    if _partial() and _int(draw, 0, 3) == 0:
        share = _pick(draw, (Fraction(1), Fraction(19, 20), Fraction(9, 10)))
        return Attendance(total_delegates=total, stated_present_share=share)

    def names(number: int | None) -> tuple[Person, ...]:
        nonlocal room
        found = _distinct_people(draw, 0, min(2, room, room if number is None else number))
        room -= len(found)
        return found

    with_names = names(a)
    return Attendance(
        total_delegates=total,
        present=p,
        absent_with_reason=a,
        absent_without_reason=b,
        online=_maybe_int(draw, 0, p or 0),
        absent_with_reason_names=with_names,
        absent_without_reason_names=names(b),
    )


def attendances(*, total_delegates: int | None = None) -> st.SearchStrategy[Attendance]:
    """A roll call whose counts add up to the total number of delegates (some left unstated).

    Args:
        total_delegates: delegates in office (15-85 when None).
    """
    return _strategy(_attendance, total_delegates=total_delegates)
