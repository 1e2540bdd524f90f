"""Strategies for units, councils, terms, organs, memberships and policies."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Sequence
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from hdnd_model.model import (
    AdministrativeUnit,
    CommitteeRule,
    Council,
    EffectiveDelayRule,
    Membership,
    Organ,
    PilotRule,
    Policy,
    Term,
)
from hdnd_model.model.rules import DEFAULT_COMMITTEES, DEFAULT_EFFECTIVE_DELAYS, DEFAULT_PILOTS
from hdnd_model.model.vocab import (
    AdminLevel,
    CommitteeKind,
    OrganKind,
    PositionKind,
    RuleMode,
    UnitKind,
)
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    _DAY,
    EARLIEST,
    LATEST,
    _day,
    _ident,
    _int,
    _maybe_day,
    _maybe_int,
    _maybe_pick,
    _pick,
    _strategy,
    _yes,
)
from hdnd_model.testing._people import _person

_TERM_STARTS = (2011, 2016, 2021, 2026)


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
    if _int(draw, 0, 5) == 0:  # a merged unit, with the units merged into it
        same = [u for u in pool if u.level is unit.level and u != unit]
        if same:
            return attrs.evolve(unit, predecessors=(_pick(draw, same),))
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
    cid = _council_id(unit)
    formed = dt.date(2025, 7, 1)
    if _int(draw, 0, 3) > 0 or not unit.has_council(formed):
        return Council(id=cid, unit=unit)
    # A council of the two-level government, formed from the councils it replaces.
    return Council(
        id=cid,
        unit=unit,
        formed_on=formed,
        predecessor_ids=tuple(f"{cid}-cu-{i + 1}" for i in range(_int(draw, 0, 2))),
    )


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


def _effective_delay_rule(draw: st.DrawFn) -> EffectiveDelayRule:
    return EffectiveDelayRule(
        since=_day(draw, EARLIEST, LATEST),
        province_days=_int(draw, 0, 15),
        district_days=_int(draw, 0, 15),
        commune_days=_int(draw, 0, 15),
        legal_basis=_pick(draw, cat.LEGAL_BASES),
    )


def effective_delay_rules() -> st.SearchStrategy[EffectiveDelayRule]:
    """A least delay between a normative resolution's signing and its effect, by level."""
    return _strategy(_effective_delay_rule)


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
        effective_delays=DEFAULT_EFFECTIVE_DELAYS
        if _yes(draw)
        else tuple(_effective_delay_rule(draw) for _ in range(_int(draw, 0, 2))),
        effective_delay_check=_pick(draw, tuple(RuleMode)),
        commune_confidence_polls=_pick(draw, (None, True, False)),
    )


def policies() -> st.SearchStrategy[Policy]:
    """A policy answering the open questions of ``domain.md`` §10, often not as the default."""
    return _strategy(_policy)


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
