"""Councils, their terms (nhiệm kỳ, khóa), their bodies and the positions people hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.people import Person
from hdnd_model.model.rules import Policy, current_policy
from hdnd_model.model.units import AdministrativeUnit
from hdnd_model.model.vocab import CommitteeKind, OrganKind, PositionKind, UnitKind

__all__ = ["Council", "Membership", "Organ", "Term", "check_khoa", "committee_problem"]

_MAX_KHOA = 40
_TERM_YEARS = 5


@attrs.frozen(kw_only=True)
class Council:
    """A People's Council (Hội đồng nhân dân) of an administrative unit.

    Attributes:
        id: the id other objects use to refer to this council.
        unit: the administrative unit it is the council of.
        formed_on: the day the council began, for a council formed by a merger or a new unit
            (2025-07-01 for the councils of the two-level government).
        predecessor_ids: the ids of the councils it replaces (those of the merged units).
    """

    id: str = attrs.field(validator=_checks.identifier)
    unit: AdministrativeUnit
    formed_on: dt.date | None = None
    predecessor_ids: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)

    def __attrs_post_init__(self) -> None:
        if self.predecessor_ids:
            for i, pid in enumerate(self.predecessor_ids):
                if not isinstance(pid, str) or _checks.ID.match(pid) is None:
                    raise fail(
                        self, f"predecessor_ids[{i}]", pid, "must be a non-empty id without spaces"
                    )
            _checks.unique(self, "predecessor_ids", self.predecessor_ids, "council id")
            if self.id in self.predecessor_ids:
                raise fail(self, "predecessor_ids", self.id, "must not name the council itself")
        if self.formed_on is not None:
            problem = self.unit.council_problem(self.formed_on)
            if problem:
                raise fail(self, "formed_on", self.formed_on.isoformat(), problem)

    @property
    def name(self) -> str:
        """``Hội đồng nhân dân quận Hai Bà Trưng``."""
        return f"Hội đồng nhân dân {self.unit.full_name}"

    @property
    def short_name(self) -> str:
        """``HĐND quận Hai Bà Trưng``."""
        return f"HĐND {self.unit.full_name}"

    def check_on(self, day: dt.date, *, field: str = "date", policy: Policy | None = None) -> None:
        """Refuse ``day`` if the council's unit has no council then.

        Raises:
            InvalidModelError: naming ``field``, the date and the rule.
        """
        problem = self.life_problem(day, policy)
        if problem:
            raise fail(self, field, day.isoformat(), problem)

    def life_problem(self, day: dt.date, policy: Policy | None = None) -> str | None:
        """Why ``day`` is outside the life of the council (the reason of an error), or None."""
        problem = self.unit.council_problem(day, policy)
        if problem is None:
            return None
        return f"is outside the life of the council: {self.unit.full_name} {problem}"


def check_khoa(instance: Any, attribute: Any, value: int | None) -> None:
    """attrs validator: None or a khóa from 1 to 40 (written in Roman numerals)."""
    if value is not None and (isinstance(value, bool) or not 1 <= value <= _MAX_KHOA):
        raise fail(instance, "khoa", value, f"must be between 1 and {_MAX_KHOA}")


def _default_last_year(term: Term) -> int:
    return term.first_year + _TERM_YEARS


@attrs.frozen(kw_only=True)
class Term:
    """A term of a council (nhiệm kỳ), and its ordinal (khóa) where known.

    Attributes:
        id: the id other objects use to refer to this term.
        council_id: the council.
        first_year: the first year of the label (``2021`` in ``2021-2026``).
        last_year: the last year of the label; five years later unless the National Assembly
            shortened or extended the term.
        khoa: the ordinal of the term for this council (khóa XVI = 16), when known.
        start_date: the first session of the term, when known; for a council formed within a
            term (the merged councils of 2025-07-01), the day it began.
        end_date: the first session of the next term, when known.
    """

    id: str = attrs.field(validator=_checks.identifier)
    council_id: str = attrs.field(validator=_checks.identifier)
    first_year: int = attrs.field()
    last_year: int = attrs.field(default=attrs.Factory(_default_last_year, takes_self=True))
    khoa: int | None = attrs.field(default=None, validator=check_khoa)
    start_date: dt.date | None = None
    end_date: dt.date | None = None

    @first_year.validator
    def _check_first_year(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not 1945 <= value <= 2200:
            raise fail(self, "first_year", value, "must be between 1945 and 2200")

    def __attrs_post_init__(self) -> None:
        if not self.first_year < self.last_year <= self.first_year + _TERM_YEARS + 2:
            raise fail(self, "last_year", self.last_year, "must be 1 to 7 years after first_year")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise fail(self, "end_date", self.end_date.isoformat(), "must not be before start_date")
        if self.end_date and not self.first_year <= self.end_date.year <= self.last_year + 1:
            raise fail(
                self,
                "end_date",
                self.end_date.isoformat(),
                f"must fall between {self.first_year} and {self.last_year + 1}",
            )
        # A council formed within a term (a merged commune's, from 2025-07-01) starts late.
        if self.start_date and not (self.first_year - 1 <= self.start_date.year <= self.last_year):
            raise fail(
                self,
                "start_date",
                self.start_date.isoformat(),
                f"must fall between {self.first_year - 1} and {self.last_year}",
            )

    @property
    def label(self) -> str:
        """``2021-2026``."""
        return f"{self.first_year}-{self.last_year}"

    def covers(self, day: dt.date) -> bool:
        """Whether ``day`` falls in this term (by its dates where known, else by its label)."""
        start = self.start_date or dt.date(self.first_year, 1, 1)
        end = self.end_date or dt.date(self.last_year, 12, 31)
        return start <= day <= end


@attrs.frozen(kw_only=True)
class Organ:
    """A body of a council: the council itself, its Standing Committee, a Ban, a Tổ đại biểu.

    Attributes:
        id: the id other objects use to refer to this body.
        council_id: the council it belongs to.
        kind: what body it is.
        committee: which Ban, for ``kind=COMMITTEE`` (None when the source does not say).
        number: the number of a delegate group (Tổ đại biểu số 3).
        name: its name as written, when it differs from the standard one.
    """

    id: str = attrs.field(validator=_checks.identifier)
    council_id: str = attrs.field(validator=_checks.identifier)
    kind: OrganKind
    committee: CommitteeKind | None = None
    number: int | None = attrs.field(default=None, validator=_checks.positive)
    name: str | None = attrs.field(default=None, validator=_checks.optional_name)

    def __attrs_post_init__(self) -> None:
        if self.committee is not None and self.kind is not OrganKind.COMMITTEE:
            raise fail(
                self, "committee", self.committee.value, "must be None unless kind is committee"
            )
        if self.number is not None and self.kind is not OrganKind.DELEGATE_GROUP:
            raise fail(self, "number", self.number, "must be given only for a delegate group")

    @property
    def display_name(self) -> str:
        """The name as written, or the standard name of the body."""
        if self.name:
            return self.name
        if self.committee is not None:
            return self.committee.label_vi
        if self.number is not None:
            return f"Tổ đại biểu số {self.number}"
        return self.kind.label_vi

    def check_committee(self, council: Council, day: dt.date, policy: Policy | None = None) -> None:
        """Refuse a Ban kind that a council of ``council``'s level does not have on ``day``.

        Raises:
            InvalidModelError: naming the committee, the level and the date.
        """
        if self.committee is None:
            return
        problem = committee_problem(self.committee, council, day, policy)
        if problem:
            raise fail(self, "committee", self.committee.value, problem)


def committee_problem(
    committee: CommitteeKind, council: Council, day: dt.date, policy: Policy | None = None
) -> str | None:
    """Why ``council`` cannot have the Ban ``committee`` on ``day``, or None if it can."""
    policy = policy or current_policy()
    if not policy.check_committees:
        return None
    unit = council.unit
    allowed = policy.committee_kinds(
        unit.level, day, central_city=unit.kind is UnitKind.CENTRAL_CITY
    )
    if committee in allowed:
        return None
    return f"does not exist at the level of a {unit.kind.label_vi} on {day.isoformat()}"


@attrs.frozen(kw_only=True)
class Membership:
    """A position a person holds in a body of a council (chức vụ), for a time.

    Attributes:
        person: who holds it.
        organ_id: the body.
        position: the position.
        full_time: whether they serve full-time (chuyên trách); None if unstated.
        start: the first day, if known.
        end: the last day, if known.
        title: the title as written, when the source gives one.
    """

    person: Person
    organ_id: str = attrs.field(validator=_checks.identifier)
    position: PositionKind
    full_time: bool | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = attrs.field(default=None, validator=_checks.optional_name)

    def __attrs_post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise fail(self, "end", self.end.isoformat(), "must not be before start")
        if self.position is PositionKind.VICE_CHAIR and self.full_time is False:
            raise fail(
                self, "full_time", False, "must not be False for a Phó Chủ tịch (always full-time)"
            )

    def held_on(self, day: dt.date) -> bool:
        """Whether the position was held on ``day`` (open ends count as held)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)
