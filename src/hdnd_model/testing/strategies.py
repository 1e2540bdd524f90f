"""Hypothesis strategies for every public model class, valid by construction.

Use them in your own property tests::

    from hypothesis import given
    from hdnd_model.testing import strategies as hst

    @given(hst.minutes())
    def test_renders(minutes): ...

Every strategy builds its objects so that they pass the model's validators, without filtering:
ids do not repeat, counts add up, dates fall within their session, their term and the life of
the council, references resolve. Text is real Vietnamese in NFC. Collections are small by default
(0-4 items) so that property tests stay fast; :func:`large_sessions` and :func:`large_minutes`
build big records.

:func:`minutes` reads the policy in force (:func:`hdnd_model.model.current_policy`) when it
draws, so it follows a policy put in force with :func:`hdnd_model.model.use_policy`.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any, Literal, TypeVar

from hypothesis import strategies as st

from hdnd_model.model import (
    AT_LEAST_TWO_THIRDS_OF_TOTAL,
    MORE_THAN_HALF_OF_TOTAL,
    AdministrativeUnit,
    AgendaItem,
    Attendance,
    Ballots,
    CandidateResult,
    CommitteeRule,
    ConfidencePoll,
    ConfidencePollEntry,
    ConfidenceVote,
    ConfidenceVoteEntry,
    Council,
    DocumentNumber,
    DocumentRef,
    Election,
    Meeting,
    Membership,
    Minutes,
    Organ,
    Participant,
    Person,
    PilotRule,
    Policy,
    Question,
    Resolution,
    Session,
    Signature,
    Statement,
    Term,
    VoteRule,
    VoteTally,
    committee_problem,
    current_policy,
)
from hdnd_model.model.rules import DEFAULT_COMMITTEES, DEFAULT_PILOTS
from hdnd_model.model.vocab import (
    AdminLevel,
    AgendaItemKind,
    AttendanceStatus,
    CommitteeKind,
    DocumentKind,
    MeetingKind,
    MeetingMode,
    NumberForm,
    OrganKind,
    ParticipantRole,
    PositionKind,
    ResolutionNature,
    SessionKind,
    SessionSeries,
    SessionTiming,
    SigningAuthority,
    UnitKind,
    VoteBase,
    VoteComparison,
    VoteMethod,
)
from hdnd_model.testing import _catalogue as cat

__all__ = [
    "EARLIEST",
    "LARGE_AGENDA",
    "LARGE_PARTICIPANTS",
    "LARGE_RESOLUTIONS",
    "LATEST",
    "MinutesKind",
    "SignatureBlock",
    "administrative_units",
    "agenda_items",
    "attendances",
    "ballots",
    "candidate_results",
    "committee_rules",
    "confidence_poll_entries",
    "confidence_polls",
    "confidence_vote_entries",
    "confidence_votes",
    "councils",
    "document_numbers",
    "document_refs",
    "elections",
    "identifiers",
    "large_minutes",
    "large_sessions",
    "meetings",
    "memberships",
    "minutes",
    "organs",
    "participants",
    "people",
    "persons",
    "pilot_rules",
    "policies",
    "questions",
    "resolutions",
    "sessions",
    "signatures",
    "statements",
    "terms",
    "vote_rules",
    "vote_tallies",
]

T = TypeVar("T")
MinutesKind = Literal["session", "meeting"]
SignatureBlock = Literal["chair", "secretary", "resolution"]

EARLIEST = dt.date(2016, 1, 1)
"""The first day drawn for dated records."""
LATEST = dt.date(2030, 12, 31)
"""The last day drawn for dated records."""
LARGE_PARTICIPANTS = (20, 20, 20)
"""Participants per sitting of a large session."""
LARGE_AGENDA = (8, 8, 9)
"""Agenda items per sitting of a large session."""
LARGE_RESOLUTIONS = 12
"""Resolutions of a large session, each with its vote."""

_DAY = dt.timedelta(days=1)
_TERM_STARTS = (2011, 2016, 2021, 2026)
_MIN_DELEGATES, _MAX_DELEGATES = 15, 85
_STANDING_KINDS = frozenset(
    {MeetingKind.STANDING_MONTHLY, MeetingKind.STANDING, MeetingKind.EXPLANATION}
)
_SITTING_KINDS = tuple(k for k in MeetingKind if k.is_sitting)
_BOOL = st.booleans()


# --- drawing helpers: plain functions of ``draw``, no strategy built per call -------------------


@functools.lru_cache(maxsize=1024)
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def _int(draw: st.DrawFn, lo: int, hi: int) -> int:
    return draw(_ints(lo, hi))


def _yes(draw: st.DrawFn) -> bool:
    return draw(_BOOL)


def _maybe_int(draw: st.DrawFn, lo: int, hi: int) -> int | None:
    return _int(draw, lo, hi) if _yes(draw) else None


def _pick(draw: st.DrawFn, choices: Sequence[T]) -> T:
    return choices[_int(draw, 0, len(choices) - 1)]


def _maybe_pick(draw: st.DrawFn, choices: Sequence[T]) -> T | None:
    return _pick(draw, choices) if choices and _yes(draw) else None


def _digits(draw: st.DrawFn, *sizes: int) -> list[int]:
    """One choice below each of ``sizes``, from a single draw (all shrink towards 0)."""
    number = _int(draw, 0, math.prod(sizes) - 1)
    digits = []
    for size in reversed(sizes):
        number, digit = divmod(number, size)
        digits.append(digit)
    return digits[::-1]


def _or_none(choices: Sequence[T], digit: int) -> T | None:
    """Digit 0 is None, digit ``i`` the ``i``-th choice (a digit below ``len(choices) + 1``)."""
    return None if digit == 0 else choices[digit - 1]


def _day(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + _int(draw, 0, (hi - lo).days) * _DAY


def _maybe_day(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> dt.date | None:
    return _day(draw, lo, hi) if _yes(draw) else None


def _ident(draw: st.DrawFn, prefix: str) -> str:
    return f"{prefix}-{_int(draw, 1, 999)}"


def _maybe_ident(draw: st.DrawFn, prefix: str) -> str | None:
    return _ident(draw, prefix) if _yes(draw) else None


def _total(draw: st.DrawFn, total_delegates: int | None) -> int:
    return total_delegates or _int(draw, _MIN_DELEGATES, _MAX_DELEGATES)


def _strategy(build: Callable[..., T], /, **kwargs: Any) -> st.SearchStrategy[T]:
    """A strategy drawing ``build(draw, **kwargs)``."""

    def draw_one(draw: st.DrawFn) -> T:
        return build(draw, **kwargs)

    draw_one.__name__ = build.__name__.lstrip("_")
    draw_one.__qualname__ = draw_one.__name__
    return st.composite(draw_one)()


def identifiers(prefix: str = "id") -> st.SearchStrategy[str]:
    """Ids without spaces: ``"{prefix}-17"``."""
    return st.integers(1, 9999).map(lambda n: f"{prefix}-{n}")


# --- people ---------------------------------------------------------------------------------------


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


def _attendance(draw: st.DrawFn, *, total_delegates: int | None = None) -> Attendance:
    total = _total(draw, total_delegates)
    present = _int(draw, total * 2 // 3, total) if _yes(draw) else _int(draw, 0, total)
    with_reason = _int(draw, 0, total - present)
    without_reason = total - present - with_reason
    p = present if _yes(draw) else None
    a = with_reason if _yes(draw) else None
    b = without_reason if _yes(draw) else None

    def names(number: int | None) -> tuple[Person, ...]:
        return _distinct_people(draw, 0, 2 if number is None else min(number, 2))

    return Attendance(
        total_delegates=total,
        present=p,
        absent_with_reason=a,
        absent_without_reason=b,
        online=_maybe_int(draw, 0, p or 0),
        absent_with_reason_names=names(a),
        absent_without_reason_names=names(b),
    )


def attendances(*, total_delegates: int | None = None) -> st.SearchStrategy[Attendance]:
    """A roll call whose counts add up to the total number of delegates (some left unstated).

    Args:
        total_delegates: delegates in office (15-85 when None).
    """
    return _strategy(_attendance, total_delegates=total_delegates)


# --- units, councils, terms, organs, memberships -------------------------------------------------


def _unit(draw: st.DrawFn, *, kinds: Sequence[UnitKind] | None = None) -> AdministrativeUnit:
    pool = [c.unit for c in cat.UNITS if kinds is None or c.unit.kind in kinds]
    unit = _pick(draw, pool)
    if unit.parent is not None and _int(draw, 0, 4) == 0:
        return AdministrativeUnit(
            kind=unit.kind,
            name=unit.name,
            code=unit.code,
            generic_capitalised=unit.generic_capitalised,
        )
    return unit


def administrative_units(
    *, kinds: Sequence[UnitKind] | None = None
) -> st.SearchStrategy[AdministrativeUnit]:
    """A real administrative unit (province, district or commune), usually with its parents.

    Args:
        kinds: draw only units of these kinds (the catalogue has every kind but the special
            administrative-economic unit, of which none exists).
    """
    return _strategy(_unit, kinds=None if kinds is None else tuple(kinds))


def _council_id(unit: AdministrativeUnit) -> str:
    return f"hdnd-{cat.slug(unit.kind.value)}-{cat.slug(unit.name)}"


def _council(draw: st.DrawFn, *, unit: AdministrativeUnit | None = None) -> Council:
    unit = unit if unit is not None else _unit(draw)
    return Council(id=_council_id(unit), unit=unit)


def councils(*, unit: AdministrativeUnit | None = None) -> st.SearchStrategy[Council]:
    """The council (HĐND) of a real unit.

    Args:
        unit: the unit (drawn when None).
    """
    return _strategy(_council, unit=unit)


def _term(
    draw: st.DrawFn,
    *,
    council_id: str | None = None,
    covering: tuple[dt.date, dt.date] | None = None,
) -> Term:
    if covering is None:
        first_year = _pick(draw, _TERM_STARTS)
        start_date = _maybe_day(draw, dt.date(first_year, 1, 1), dt.date(first_year, 12, 31))
        floor = start_date or dt.date(first_year, 1, 1)
    else:
        first, last = covering
        years = [y for y in _TERM_STARTS if y <= first.year and last.year <= y + 5]
        first_year = _pick(draw, years)
        latest_start = min(first, dt.date(first_year + 1, 12, 31))
        start_date = _maybe_day(draw, dt.date(first_year, 1, 1), latest_start)
        floor = last
    end_date = _maybe_day(draw, floor, dt.date(first_year + 5, 12, 31))
    cid = council_id if council_id is not None else _ident(draw, "hdnd")
    khoa = _maybe_int(draw, 1, 25)
    term_id = f"{cid}-{first_year}-{first_year + 5}"
    if _yes(draw):
        return Term(
            id=term_id,
            council_id=cid,
            first_year=first_year,
            khoa=khoa,
            start_date=start_date,
            end_date=end_date,
        )
    return Term(
        id=term_id,
        council_id=cid,
        first_year=first_year,
        last_year=first_year + 5,
        khoa=khoa,
        start_date=start_date,
        end_date=end_date,
    )


def terms(
    *, council_id: str | None = None, covering: tuple[dt.date, dt.date] | None = None
) -> st.SearchStrategy[Term]:
    """A term (nhiệm kỳ) labelled like ``2021-2026``, with its khóa and dates now and then.

    Args:
        council_id: the council.
        covering: the first and last days the term must cover (between 2016 and 2030).
    """
    return _strategy(_term, council_id=council_id, covering=covering)


_POSITIONS: dict[OrganKind, tuple[PositionKind, ...]] = {
    OrganKind.COUNCIL: (
        PositionKind.CHAIR,
        PositionKind.VICE_CHAIR,
        PositionKind.ACTING_CHAIR,
        PositionKind.DELEGATE,
    ),
    OrganKind.STANDING_COMMITTEE: (
        PositionKind.CHAIR,
        PositionKind.VICE_CHAIR,
        PositionKind.STANDING_MEMBER,
    ),
    OrganKind.COMMITTEE: (
        PositionKind.COMMITTEE_HEAD,
        PositionKind.COMMITTEE_DEPUTY_HEAD,
        PositionKind.COMMITTEE_MEMBER,
    ),
    OrganKind.DELEGATE_GROUP: (
        PositionKind.GROUP_LEADER,
        PositionKind.GROUP_DEPUTY_LEADER,
        PositionKind.DELEGATE,
    ),
    OrganKind.TELLERS: (PositionKind.DELEGATE,),
    OrganKind.OFFICE: (PositionKind.OFFICE_CHIEF,),
}


def _organ(
    draw: st.DrawFn,
    *,
    council_id: str | None = None,
    kind: OrganKind | None = None,
    committees: Sequence[CommitteeKind] | None = None,
) -> Organ:
    cid = council_id if council_id is not None else _ident(draw, "hdnd")
    kind = kind if kind is not None else _pick(draw, tuple(OrganKind))
    committee = None
    number = None
    if kind is OrganKind.COMMITTEE:
        committee = _maybe_pick(draw, tuple(CommitteeKind if committees is None else committees))
    if kind is OrganKind.DELEGATE_GROUP:
        number = _maybe_int(draw, 1, 12)
    suffix = committee.value if committee else str(number or _int(draw, 1, 99))
    return Organ(
        id=f"{cid}-{kind.value}-{suffix}",
        council_id=cid,
        kind=kind,
        committee=committee,
        number=number,
        name=kind.label_vi if _yes(draw) else None,
    )


def organs(
    *,
    council_id: str | None = None,
    kind: OrganKind | None = None,
    committees: Sequence[CommitteeKind] | None = None,
) -> st.SearchStrategy[Organ]:
    """A body of a council: the council, its Standing Committee, a Ban, a Tổ đại biểu ...

    Args:
        council_id: the council.
        kind: the kind of body.
        committees: the Ban kinds allowed (all when None).
    """
    return _strategy(_organ, council_id=council_id, kind=kind, committees=committees)


def _membership(
    draw: st.DrawFn, *, organ_id: str | None = None, organ_kind: OrganKind | None = None
) -> Membership:
    positions = _POSITIONS[organ_kind] if organ_kind is not None else tuple(PositionKind)
    position = _pick(draw, positions)
    start = _maybe_day(draw, EARLIEST, LATEST)
    end = _maybe_day(draw, start or EARLIEST, LATEST)
    if position is PositionKind.VICE_CHAIR:
        full_time = _pick(draw, (None, True))
    else:
        full_time = _pick(draw, (None, True, False))
    return Membership(
        person=_person(draw),
        organ_id=organ_id if organ_id is not None else _ident(draw, "organ"),
        position=position,
        full_time=full_time,
        start=start,
        end=end,
        title=_maybe_pick(draw, cat.TITLES),
    )


def memberships(
    *, organ_id: str | None = None, organ_kind: OrganKind | None = None
) -> st.SearchStrategy[Membership]:
    """A position a person holds in a body (Phó Chủ tịch HĐND, Trưởng Ban ...), for a time.

    Args:
        organ_id: the body.
        organ_kind: the kind of that body, to pick a position it has.
    """
    return _strategy(_membership, organ_id=organ_id, organ_kind=organ_kind)


# --- policy -----------------------------------------------------------------------------------


def _pilot_rule(draw: st.DrawFn) -> PilotRule:
    rule = _pick(draw, DEFAULT_PILOTS)
    if _yes(draw):
        return rule
    start = _day(draw, dt.date(2019, 1, 1), dt.date(2024, 12, 31))
    kinds = (UnitKind.URBAN_DISTRICT, UnitKind.WARD, UnitKind.DISTRICT_TOWN)
    return PilotRule(
        city_code=rule.city_code,
        city_names=rule.city_names,
        unit_kinds=frozenset(k for k in kinds if _yes(draw)) or frozenset({UnitKind.WARD}),
        start=start,
        end=_day(draw, start, dt.date(2027, 12, 31)),
        legal_basis=rule.legal_basis,
    )


def pilot_rules() -> st.SearchStrategy[PilotRule]:
    """An urban-government pilot: one of the three real ones, or one with other dates and kinds."""
    return _strategy(_pilot_rule)


def _committee_set(draw: st.DrawFn, *, at_least: int) -> frozenset[CommitteeKind]:
    kinds = frozenset(k for k in CommitteeKind if _yes(draw))
    return kinds if len(kinds) >= at_least else frozenset({CommitteeKind.LEGAL})


def _committee_rule(draw: st.DrawFn) -> CommitteeRule:
    return CommitteeRule(
        level=_pick(draw, tuple(AdminLevel)),
        since=_pick(draw, (dt.date(1900, 1, 1), dt.date(2025, 7, 1))),
        kinds=_committee_set(draw, at_least=1),
        central_city_extra=frozenset({CommitteeKind.URBAN}) if _yes(draw) else frozenset(),
    )


def committee_rules() -> st.SearchStrategy[CommitteeRule]:
    """The Ban kinds a council may have at a level from a date on."""
    return _strategy(_committee_rule)


def _policy(draw: st.DrawFn) -> Policy:
    pilots = DEFAULT_PILOTS if _yes(draw) else (_pilot_rule(draw),)
    rules = (
        DEFAULT_COMMITTEES
        if _yes(draw)
        else tuple(_committee_rule(draw) for _ in range(_int(draw, 0, 2)))
    )
    return Policy(
        quorum=_pick(draw, (Fraction(2, 3), Fraction(1, 2), Fraction(3, 4))),
        pilots=pilots,
        city_in_central_city_has_council=_pick(draw, (None, True, False)),
        special_zone_has_council=_yes(draw),
        committees=rules,
        check_committees=_yes(draw),
    )


def policies() -> st.SearchStrategy[Policy]:
    """A policy answering the open questions of ``domain.md`` §10, often not as the default."""
    return _strategy(_policy)


# --- documents --------------------------------------------------------------------------------

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
    ("NQ", "UBTVQH14"),
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
    if form is NumberForm.NORMATIVE:
        default_kind, default_issuer = _pick(draw, _NORMATIVE_SYMBOLS)
        return DocumentNumber(
            form=form,
            number=num,
            year=yr,
            kind=kind or default_kind,
            issuer=issuer or default_issuer,
        )
    khoa = 13 + (yr - 2011) // 5  # QH13 = 2011-2016, QH14 = 2016-2021, QH15 = 2021-2026
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


# --- votes ------------------------------------------------------------------------------------


def _vote_rule(draw: st.DrawFn) -> VoteRule:
    if _yes(draw):
        return _pick(draw, (MORE_THAN_HALF_OF_TOTAL, AT_LEAST_TWO_THIRDS_OF_TOTAL))
    return VoteRule(
        base=_pick(draw, tuple(VoteBase)),
        fraction=_pick(draw, (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1))),
        comparison=_pick(draw, tuple(VoteComparison)),
        legal_basis=_maybe_pick(draw, cat.LEGAL_BASES),
    )


def _usual_rule(draw: st.DrawFn) -> VoteRule:
    return MORE_THAN_HALF_OF_TOTAL if _yes(draw) else _vote_rule(draw)


def vote_rules() -> st.SearchStrategy[VoteRule]:
    """A threshold: usually one of the two legal ones, sometimes another base, share or test."""
    return _strategy(_vote_rule)


def _vote_tally(
    draw: st.DrawFn,
    *,
    total_delegates: int | None = None,
    present: int | None = None,
    resolution_id: str | None = None,
) -> VoteTally:
    total = _total(draw, total_delegates)
    rule = _usual_rule(draw)
    if present is None and (rule.base is VoteBase.PRESENT or _yes(draw)):
        present = _int(draw, total * 2 // 3, total)
    limit = present if present is not None else total
    in_favour = _int(draw, limit // 2, limit) if _yes(draw) else _int(draw, 0, limit)
    against = _maybe_int(draw, 0, limit - in_favour)
    not_voting = _maybe_int(draw, 0, limit - in_favour - (against or 0))
    methods = tuple(VoteMethod)
    refers, has_id, subject, method = _digits(
        draw, 2, 2, len(cat.RESOLUTION_TITLES) + 1, len(methods) + 1
    )
    if resolution_id is not None:
        rid = resolution_id if refers else None
    else:
        rid = _ident(draw, "nq") if refers else None
    return VoteTally(
        in_favour=in_favour,
        total_delegates=total,
        against=against,
        not_voting=not_voting,
        present=present,
        id=_ident(draw, "bq") if has_id else None,
        subject=_or_none(cat.RESOLUTION_TITLES, subject),
        resolution_id=rid,
        method=_or_none(methods, method),
        rule=rule,
    )


def vote_tallies(
    *,
    total_delegates: int | None = None,
    present: int | None = None,
    resolution_id: str | None = None,
) -> st.SearchStrategy[VoteTally]:
    """The counts of a vote: in favour + against + not voting <= present <= total.

    Args:
        total_delegates: delegates in office (15-85 when None).
        present: the delegates present (drawn, or left unstated, when None).
        resolution_id: the resolution the vote adopts (the reference is sometimes left out).
    """
    return _strategy(
        _vote_tally, total_delegates=total_delegates, present=present, resolution_id=resolution_id
    )


def _ballots(draw: st.DrawFn, *, total_delegates: int | None = None) -> Ballots:
    cap = total_delegates or _int(draw, 1, _MAX_DELEGATES)
    issued = _maybe_int(draw, cap * 2 // 3, cap)
    returned = _maybe_int(draw, 0, issued if issued is not None else cap)
    room = returned if returned is not None else (issued if issued is not None else cap)
    valid = _maybe_int(draw, 0, room)
    if returned is not None and valid is not None:
        invalid = returned - valid if _yes(draw) else None
    else:
        invalid = _maybe_int(draw, 0, room - (valid or 0))
    return Ballots(issued=issued, returned=returned, valid=valid, invalid=invalid)


def ballots(*, total_delegates: int | None = None) -> st.SearchStrategy[Ballots]:
    """Ballot counts: valid + invalid = returned <= issued <= delegates, some unstated.

    Args:
        total_delegates: delegates in office, the cap on every count (1-85 when None).
    """
    return _strategy(_ballots, total_delegates=total_delegates)


def _ballot_cap(counted: Ballots, total: int) -> int:
    """The most votes one candidate or official may get: the valid ballots, or the delegates."""
    return counted.valid if counted.valid is not None else total


def _candidate_result(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> CandidateResult:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    return CandidateResult(
        person=person if person is not None else _person(draw), votes=_int(draw, 0, cap)
    )


def candidate_results(*, max_votes: int | None = None) -> st.SearchStrategy[CandidateResult]:
    """The votes one candidate received (at most ``max_votes``)."""
    return _strategy(_candidate_result, max_votes=max_votes)


def _election(draw: st.DrawFn, *, total_delegates: int | None = None) -> Election:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    candidates = tuple(
        _candidate_result(draw, max_votes=cap, person=p) for p in _distinct_people(draw, 1, 3)
    )
    return Election(
        office=_pick(draw, cat.ELECTED_OFFICES),
        total_delegates=total,
        candidates=candidates,
        id=_maybe_ident(draw, "bau"),
        seats=_int(draw, 1, len(candidates)),
        ballots=counted,
        rule=_usual_rule(draw),
    )


def elections(*, total_delegates: int | None = None) -> st.SearchStrategy[Election]:
    """An election by secret ballot: 1-3 distinct candidates, votes within the valid ballots."""
    return _strategy(_election, total_delegates=total_delegates)


def _poll_entry(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> ConfidencePollEntry:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    votes = _int(draw, 0, cap)
    high = _int(draw, 0, votes)
    confident = _int(draw, 0, votes - high)
    return ConfidencePollEntry(
        person=person if person is not None else _person(draw),
        office=_pick(draw, cat.ELECTED_OFFICES),
        high=high,
        confident=confident,
        low=votes - high - confident,
    )


def confidence_poll_entries(
    *, max_votes: int | None = None
) -> st.SearchStrategy[ConfidencePollEntry]:
    """One official's ratings (high, confident, low) adding up to at most ``max_votes``."""
    return _strategy(_poll_entry, max_votes=max_votes)


def _confidence_poll(draw: st.DrawFn, *, total_delegates: int | None = None) -> ConfidencePoll:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    return ConfidencePoll(
        total_delegates=total,
        entries=tuple(
            _poll_entry(draw, max_votes=cap, person=p) for p in _distinct_people(draw, 1, 3)
        ),
        id=_maybe_ident(draw, "lpt"),
        ballots=counted,
    )


def confidence_polls(*, total_delegates: int | None = None) -> st.SearchStrategy[ConfidencePoll]:
    """A confidence poll (lấy phiếu tín nhiệm) of 1-3 distinct officials."""
    return _strategy(_confidence_poll, total_delegates=total_delegates)


def _vote_entry(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> ConfidenceVoteEntry:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    votes = _int(draw, 0, cap)
    trust = _int(draw, 0, votes)
    return ConfidenceVoteEntry(
        person=person if person is not None else _person(draw),
        office=_pick(draw, cat.ELECTED_OFFICES),
        trust=trust,
        no_trust=votes - trust,
    )


def confidence_vote_entries(
    *, max_votes: int | None = None
) -> st.SearchStrategy[ConfidenceVoteEntry]:
    """One official's trust and no-trust votes adding up to at most ``max_votes``."""
    return _strategy(_vote_entry, max_votes=max_votes)


def _confidence_vote(draw: st.DrawFn, *, total_delegates: int | None = None) -> ConfidenceVote:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    return ConfidenceVote(
        total_delegates=total,
        entries=tuple(
            _vote_entry(draw, max_votes=cap, person=p) for p in _distinct_people(draw, 1, 2)
        ),
        id=_maybe_ident(draw, "bpt"),
        ballots=counted,
        rule=_usual_rule(draw),
    )


def confidence_votes(*, total_delegates: int | None = None) -> st.SearchStrategy[ConfidenceVote]:
    """A confidence vote (bỏ phiếu tín nhiệm) on 1-2 distinct officials."""
    return _strategy(_confidence_vote, total_delegates=total_delegates)


# --- what was said, agenda items, meetings ------------------------------------------------------


def _ids_or_default(draw: st.DrawFn, ids: Sequence[str] | None) -> tuple[str, ...]:
    if ids is not None:
        return tuple(ids)
    return tuple(dict.fromkeys(_ident(draw, "tp") for _ in range(_int(draw, 0, 3))))


def _statement(draw: st.DrawFn, *, speaker_ids: Sequence[str] | None = None) -> Statement:
    ids = _ids_or_default(draw, speaker_ids)
    text, speaker, group = _digits(draw, len(cat.STATEMENTS), len(ids) + 1, 9)
    return Statement(
        text=cat.STATEMENTS[text],
        speaker_id=_or_none(ids, speaker),
        group=f"Tổ đại biểu số {group}" if group else None,
    )


def statements(*, speaker_ids: Sequence[str] | None = None) -> st.SearchStrategy[Statement]:
    """What someone said, summarised; the speaker is one of ``speaker_ids`` or unstated.

    Args:
        speaker_ids: the participant ids to draw the speaker from (a few made-up ids when None).
    """
    return _strategy(_statement, speaker_ids=None if speaker_ids is None else tuple(speaker_ids))


def _question(draw: st.DrawFn, *, participant_ids: Sequence[str] | None = None) -> Question:
    ids = _ids_or_default(draw, participant_ids)
    pair, asker, respondent, answered, topic = _digits(
        draw, len(cat.QUESTIONS), len(ids) + 1, len(ids) + 1, 2, len(cat.TOPICS) + 1
    )
    question, answer = cat.QUESTIONS[pair]
    return Question(
        question=question,
        asker_id=_or_none(ids, asker),
        respondent_id=_or_none(ids, respondent),
        answer=answer if answered else None,
        topic=_or_none(cat.TOPICS, topic),
    )


def questions(*, participant_ids: Sequence[str] | None = None) -> st.SearchStrategy[Question]:
    """A question (chất vấn) and its answer; asker and respondent among ``participant_ids``.

    Args:
        participant_ids: the participant ids to draw from (a few made-up ids when None).
    """
    ids = None if participant_ids is None else tuple(participant_ids)
    return _strategy(_question, participant_ids=ids)


def _some(draw: st.DrawFn, build: Callable[[], T], most: int) -> tuple[T, ...]:
    """Up to ``most`` results of ``build``."""
    return tuple(build() for _ in range(_int(draw, 0, most))) if most else ()


_MOST_TITLES = max(len(titles) for titles in cat.AGENDA_TITLES.values())


def _agenda_item(
    draw: st.DrawFn,
    *,
    number: int | None = None,
    participant_ids: Sequence[str] | None = None,
    total_delegates: int | None = None,
) -> AgendaItem:
    ids = _ids_or_default(draw, participant_ids)
    total = _total(draw, total_delegates)
    kinds = tuple(AgendaItemKind)
    kind_digit, title, n_presenters, conclusion = _digits(
        draw, len(kinds), _MOST_TITLES, 3 if ids else 1, len(cat.CONCLUSIONS) + 1
    )
    kind = kinds[kind_digit]
    titles = cat.AGENDA_TITLES[kind]
    presenters = tuple(dict.fromkeys(_pick(draw, ids) for _ in range(n_presenters)))
    asking = kind in (AgendaItemKind.QUESTIONING, AgendaItemKind.EXPLANATION)
    voting = kind in (AgendaItemKind.ADOPTION, AgendaItemKind.SUBMISSION, AgendaItemKind.OTHER)
    confidence = kind is AgendaItemKind.CONFIDENCE
    return AgendaItem(
        number=number if number is not None else _int(draw, 1, 30),
        title=titles[title % len(titles)],
        kind=kind,
        presenter_ids=presenters,
        documents=_some(draw, lambda: _document_ref(draw), 2),
        statements=_some(draw, lambda: _statement(draw, speaker_ids=ids), 3),
        questions=_some(draw, lambda: _question(draw, participant_ids=ids), 2 if asking else 0),
        votes=_some(draw, lambda: _vote_tally(draw, total_delegates=total), 2 if voting else 0),
        elections=_some(
            draw,
            lambda: _election(draw, total_delegates=total),
            1 if kind in (AgendaItemKind.ELECTION, AgendaItemKind.OTHER) else 0,
        ),
        confidence_polls=_some(
            draw, lambda: _confidence_poll(draw, total_delegates=total), int(confidence)
        ),
        confidence_votes=_some(
            draw, lambda: _confidence_vote(draw, total_delegates=total), int(confidence)
        ),
        conclusion=_or_none(cat.CONCLUSIONS, conclusion),
    )


def agenda_items(
    *,
    number: int | None = None,
    participant_ids: Sequence[str] | None = None,
    total_delegates: int | None = None,
) -> st.SearchStrategy[AgendaItem]:
    """An agenda item with its documents, statements and, by its kind, questions, votes,
    elections and confidence ballots.

    Args:
        number: its place in the agenda.
        participant_ids: the ids presenters, speakers, askers and respondents are drawn from
            (a few made-up ids when None; no references at all when empty).
        total_delegates: delegates in office, for the votes and ballots.
    """
    ids = None if participant_ids is None else tuple(participant_ids)
    return _strategy(
        _agenda_item, number=number, participant_ids=ids, total_delegates=total_delegates
    )


def _organ_kind_for(draw: st.DrawFn, kind: MeetingKind) -> OrganKind:
    if kind.is_sitting:
        return OrganKind.COUNCIL
    if kind in _STANDING_KINDS:
        return _pick(draw, (OrganKind.STANDING_COMMITTEE, OrganKind.COMMITTEE))
    if kind is MeetingKind.COMMITTEE:
        return OrganKind.COMMITTEE
    return _pick(draw, tuple(OrganKind))


def _clock(draw: st.DrawFn, lo: int, hi: int) -> dt.time:
    """A time on the five minutes between ``lo`` and ``hi`` (in five-minute steps)."""
    steps = _int(draw, lo, hi)
    return dt.time(steps // 12, steps % 12 * 5)


def _meeting(
    draw: st.DrawFn,
    *,
    day: dt.date | None = None,
    kind: MeetingKind | None = None,
    kinds: Sequence[MeetingKind] | None = None,
    organ: OrganKind | None = None,
    meeting_id: str | None = None,
    session_id: str | None = None,
    participants: int | Sequence[Participant] | None = None,
    agenda: int | None = None,
    total_delegates: int | None = None,
    committees: Sequence[CommitteeKind] | None = None,
) -> Meeting:
    if kind is None:
        kind = _pick(draw, tuple(kinds) if kinds is not None else tuple(MeetingKind))
    organ = organ if organ is not None else _organ_kind_for(draw, kind)
    committee = None
    if organ is OrganKind.COMMITTEE:
        committee = _maybe_pick(draw, tuple(CommitteeKind if committees is None else committees))
    total = _total(draw, total_delegates)
    if participants is None or isinstance(participants, int):
        count = participants if participants is not None else _int(draw, 0, 4)
        people_ = tuple(
            _participant(
                draw,
                participant_id=f"tp-{i + 1}",
                role=ParticipantRole.CHAIR if i == 0 else None,
            )
            for i in range(count)
        )
    else:
        people_ = tuple(participants)
    ids = tuple(p.id for p in people_)
    n_items = agenda if agenda is not None else _int(draw, 0, 3)
    start = _clock(draw, 7 * 12, 15 * 12) if _yes(draw) else None
    end = _clock(draw, (start.hour * 12 if start else 7 * 12) + 12, 20 * 12) if _yes(draw) else None
    return Meeting(
        id=meeting_id if meeting_id is not None else _ident(draw, "phien"),
        kind=kind,
        date=day if day is not None else _day(draw, EARLIEST, LATEST),
        organ=organ,
        committee=committee,
        session_id=session_id if session_id is not None and _yes(draw) else None,
        number=_maybe_int(draw, 1, 60),
        title=_maybe_pick(draw, cat.MEETING_TITLES),
        start_time=start,
        end_time=end,
        location=_maybe_pick(draw, cat.LOCATIONS),
        mode=_pick(draw, tuple(MeetingMode)),
        closed=_int(draw, 0, 4) == 0,
        participants=people_,
        attendance=_attendance(draw, total_delegates=total) if _yes(draw) else None,
        agenda=tuple(
            _agenda_item(draw, number=i + 1, participant_ids=ids, total_delegates=total)
            for i in range(n_items)
        ),
        conclusions=_some(draw, lambda: _pick(draw, cat.CONCLUSIONS), 3),
        documents=_some(draw, lambda: _document_ref(draw), 2),
    )


def meetings(
    *,
    day: dt.date | None = None,
    kind: MeetingKind | None = None,
    kinds: Sequence[MeetingKind] | None = None,
    organ: OrganKind | None = None,
    meeting_id: str | None = None,
    session_id: str | None = None,
    participants: int | Sequence[Participant] | None = None,
    agenda: int | None = None,
    total_delegates: int | None = None,
    committees: Sequence[CommitteeKind] | None = None,
) -> st.SearchStrategy[Meeting]:
    """A meeting (phiên họp) whose organ fits its kind and whose agenda refers to its participants.

    Args:
        day: the date (drawn between :data:`EARLIEST` and :data:`LATEST` when None).
        kind: the kind of meeting; or ``kinds``, the kinds to draw from.
        organ: whose meeting it is (drawn to fit the kind when None).
        meeting_id: its id.
        session_id: the session it is a sitting of (sometimes left out).
        participants: the participants, or how many to draw (0-4 when None).
        agenda: how many agenda items to draw (0-3 when None).
        total_delegates: delegates in office, for the roll call and the votes.
        committees: the Ban kinds allowed for a committee's meeting (all when None).
    """
    return _strategy(
        _meeting,
        day=day,
        kind=kind,
        kinds=None if kinds is None else tuple(kinds),
        organ=organ,
        meeting_id=meeting_id,
        session_id=session_id,
        participants=participants
        if participants is None or isinstance(participants, int)
        else tuple(participants),
        agenda=agenda,
        total_delegates=total_delegates,
        committees=None if committees is None else tuple(committees),
    )


# --- signatures, resolutions, sessions ----------------------------------------------------------

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
) -> Resolution:
    rid = resolution_id if resolution_id is not None else _ident(draw, "nq")
    nature = nature if nature is not None else _pick(draw, tuple(ResolutionNature))
    lo, hi = between if between is not None else (EARLIEST, LATEST)
    adopted = _maybe_day(draw, lo, hi)
    doc_number = None
    if _int(draw, 0, 3) > 0:
        normative = nature is ResolutionNature.NORMATIVE
        doc_number = _document_number(
            draw,
            form=NumberForm.NORMATIVE if normative else NumberForm.ADMINISTRATIVE,
            kind="NQ",
            issuer="HĐND",
            year=(adopted or lo).year if normative else None,
            number=number,
        )
    if adopted is not None:
        effective = _maybe_day(draw, adopted, adopted + 60 * _DAY)
    else:
        effective = _maybe_day(draw, lo, hi)
    if with_vote is None:
        with_vote = _yes(draw)
    vote = (
        _vote_tally(draw, total_delegates=total_delegates, resolution_id=rid) if with_vote else None
    )
    return Resolution(
        id=rid,
        title=_pick(draw, cat.RESOLUTION_TITLES),
        nature=nature,
        number=doc_number,
        council_id=_given_or_none(draw, council_id, "hdnd"),
        session_id=_given_or_none(draw, session_id, "kh"),
        adopted_on=adopted,
        effective_on=effective,
        signer=_signature(draw, block="resolution") if _yes(draw) else None,
        vote=vote,
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
) -> st.SearchStrategy[Resolution]:
    """A resolution whose number fits its nature: ``12/2020/NQ-HĐND`` or ``45/NQ-HĐND``.

    A normative number carries the year of adoption; the vote, when recorded, refers to the
    resolution or to nothing.

    Args:
        resolution_id: its id.
        nature: normative or individual.
        number: the running number, when it has a number.
        council_id: the council (sometimes left out).
        session_id: the session (sometimes left out).
        between: the first and last days it may be adopted on.
        with_vote: always (True), never (False) or sometimes (None) record the vote.
        total_delegates: delegates in office, for the vote.
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
    )


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
        )
        for i, day in enumerate(days)
    )
    n_resolutions = resolutions if resolutions is not None else _int(draw, 0, 3)
    numbers = list(itertools.accumulate(_int(draw, 1, 20) for _ in range(n_resolutions)))
    adopted = tuple(
        _resolution(
            draw,
            resolution_id=f"{sid}-nq-{i + 1}",
            number=n,
            council_id=cid,
            session_id=sid,
            between=(first, last),
            with_vote=with_votes,
            total_delegates=total,
        )
        for i, n in enumerate(numbers)
    )
    return Session(
        id=sid,
        council_id=cid,
        term_id=term_id if term_id is not None else _ident(draw, "nhiem-ky"),
        number=number,
        # A news post may give the number of a session without its kind.
        kind=kind if kind is SessionKind.FIRST or _int(draw, 0, 7) > 0 else None,
        start_date=first,
        end_date=last,
        series=series,
        timing=_maybe_pick(draw, tuple(SessionTiming)) if kind is SessionKind.REGULAR else None,
        location=_maybe_pick(draw, cat.LOCATIONS),
        meetings=sittings,
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


# --- minutes ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _council_spans(policy: Policy) -> tuple[tuple[AdministrativeUnit, dt.date, dt.date], ...]:
    """Every catalogue unit with the spans of three days or more in which it has a council.

    Whether a unit has a council changes only on the days the regimes, the kinds of unit and
    the pilots begin or end, so testing the first day of each piece is enough.
    """
    cuts = {dt.date(2021, 1, 1), dt.date(2021, 7, 1), dt.date(2025, 3, 1), dt.date(2025, 7, 1)}
    for pilot in policy.pilots:
        cuts |= {pilot.start, pilot.end + _DAY}
    spans: list[tuple[AdministrativeUnit, dt.date, dt.date]] = []
    for entry in cat.UNITS:
        lo = max(EARLIEST, entry.since or EARLIEST)
        hi = min(LATEST, entry.until or LATEST)
        points = sorted({lo, hi + _DAY} | {c for c in cuts if lo < c <= hi})
        current: tuple[dt.date, dt.date] | None = None
        for a, b in itertools.pairwise(points):
            if entry.unit.has_council(a, policy):
                current = (current[0] if current else a, b - _DAY)
            elif current is not None:
                spans.append((entry.unit, *current))
                current = None
        if current is not None:
            spans.append((entry.unit, *current))
    return tuple(s for s in spans if (s[2] - s[1]).days >= 2)


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
        meeting = _meeting(draw, day=first, meeting_id=f"{council.id}-phien-1", committees=allowed)
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
        chair=_signature(draw, block="chair") if _yes(draw) else None,
        recipients=tuple(dict.fromkeys(_some(draw, lambda: _pick(draw, cat.RECIPIENTS), 3))),
        filing=_pick(draw, cat.FILINGS),
    )


def minutes(*, kind: MinutesKind | None = None) -> st.SearchStrategy[Minutes]:
    """Minutes (biên bản) valid under the regime of their council's unit on their dates.

    The unit has a council on every recorded day (no district-level unit after 2025-06-30, no
    special zone before 2025-07-01, none of the 2021-2025 urban pilots' wards and quận), the
    term covers the days, the Ban kinds exist at the council's level, and every id is unique.

    Args:
        kind: minutes of a ``"session"`` or of a single ``"meeting"`` (either when None).
    """
    return _strategy(_minutes, kind=kind)


def large_minutes() -> st.SearchStrategy[Minutes]:
    """Minutes of a session drawn as by :func:`large_sessions`."""
    return _strategy(_minutes, kind="session", large=True)
