"""Rules the sources leave open, gathered in one configurable policy (``domain.md`` §10).

The model validates records against the law in force on their dates. Where the sources
disagree or are silent (which committees a commune council has after 2025, whether Thủ Đức had a
council, the quorum), the answer is a field of :class:`Policy`, not a constant in a validator.
The policy in force is a context variable: ``with use_policy(Policy(...)):`` changes it for the
code inside the block (and the threads and tasks started from it).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from fractions import Fraction

import attrs

from hdnd_model.model import _checks
from hdnd_model.model.vocab import AdminLevel, CommitteeKind, RuleMode, UnitKind

__all__ = [
    "CommitteeRule",
    "EffectiveDelayRule",
    "PilotRule",
    "Policy",
    "current_policy",
    "use_policy",
]

_C = CommitteeKind


@attrs.frozen(kw_only=True)
class PilotRule:
    """An urban-government pilot: units of a city that had no council for a while.

    Attributes:
        city_code: the statistics code of the centrally-run city (``"01"`` for Hà Nội).
        city_names: the city's names as they may be written (compared tone-insensitively).
        unit_kinds: the kinds of unit inside the city that had no council.
        start: first day without councils.
        end: last day without councils.
        legal_basis: the instrument, e.g. ``"Nghị quyết số 97/2019/QH14"``.
    """

    city_code: str = attrs.field(validator=_checks.text)
    city_names: tuple[str, ...] = attrs.field(validator=_checks.names)
    unit_kinds: frozenset[UnitKind]
    start: dt.date
    end: dt.date
    legal_basis: str = attrs.field(validator=_checks.text)


@attrs.frozen(kw_only=True)
class CommitteeRule:
    """The committees (Ban) a council may have at a level, from a date on.

    Attributes:
        level: the level of government.
        since: the first day the rule applies; the newest rule not after a date wins.
        kinds: the committees allowed.
        central_city_extra: further committees allowed to centrally-run cities.
    """

    level: AdminLevel
    since: dt.date
    kinds: frozenset[CommitteeKind]
    central_city_extra: frozenset[CommitteeKind] = frozenset()


@attrs.frozen(kw_only=True)
class EffectiveDelayRule:
    """The least delay between a legal normative resolution and its taking effect.

    A promulgation law sets how many days after its signing (from 2025 also its adoption) a
    local normative document may take effect at the earliest, unless it is adopted by the
    shortened procedure or in a special case (``documents.md`` §13.3).

    Attributes:
        since: the first day the rule applies (by the resolution's signing, or adoption, date).
        province_days: the delay for a provincial council.
        district_days: the delay for a district council.
        commune_days: the delay for a commune council.
        legal_basis: the law and article, as text.
    """

    since: dt.date
    province_days: int = attrs.field(validator=_checks.count)
    district_days: int = attrs.field(validator=_checks.count)
    commune_days: int = attrs.field(validator=_checks.count)
    legal_basis: str = attrs.field(validator=_checks.text)

    def days(self, level: AdminLevel | None) -> int:
        """The delay at ``level``; the shortest of the three when the level is unknown."""
        if level is AdminLevel.PROVINCE:
            return self.province_days
        if level is AdminLevel.DISTRICT:
            return self.district_days
        if level is AdminLevel.COMMUNE:
            return self.commune_days
        return min(self.province_days, self.district_days, self.commune_days)


DEFAULT_EFFECTIVE_DELAYS = (
    EffectiveDelayRule(
        since=dt.date(2016, 7, 1),
        province_days=10,
        district_days=7,
        commune_days=7,
        legal_basis="Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 151",
    ),
    EffectiveDelayRule(
        since=dt.date(2025, 4, 1),
        province_days=10,
        district_days=10,
        commune_days=10,
        legal_basis="Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, Điều 53",
    ),
)


_PILOT_START = dt.date(2021, 7, 1)
_PILOT_END = dt.date(2025, 6, 30)

DEFAULT_PILOTS = (
    PilotRule(
        city_code="01",
        city_names=("Hà Nội", "Thủ đô Hà Nội", "thành phố Hà Nội"),
        unit_kinds=frozenset({UnitKind.WARD}),
        start=_PILOT_START,
        end=_PILOT_END,
        legal_basis="Nghị quyết số 97/2019/QH14",
    ),
    PilotRule(
        city_code="79",
        city_names=("Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "TPHCM"),
        unit_kinds=frozenset({UnitKind.URBAN_DISTRICT, UnitKind.WARD}),
        start=_PILOT_START,
        end=_PILOT_END,
        legal_basis="Nghị quyết số 131/2020/QH14",
    ),
    PilotRule(
        city_code="48",
        city_names=("Đà Nẵng", "thành phố Đà Nẵng"),
        unit_kinds=frozenset({UnitKind.URBAN_DISTRICT, UnitKind.WARD}),
        start=_PILOT_START,
        end=_PILOT_END,
        legal_basis="Nghị quyết số 119/2020/QH14",
    ),
)

_OLD = dt.date(1900, 1, 1)
_TWO_LEVEL = dt.date(2025, 7, 1)

DEFAULT_COMMITTEES = (
    CommitteeRule(
        level=AdminLevel.PROVINCE,
        since=_OLD,
        kinds=frozenset({_C.LEGAL, _C.ECONOMY_BUDGET, _C.CULTURE_SOCIETY, _C.ETHNIC}),
        central_city_extra=frozenset({_C.URBAN}),
    ),
    # The district column of domain.md §2.3 is "practice" only; the law's own wording for
    # districts (Ban pháp chế, Ban kinh tế - xã hội) is allowed too.
    CommitteeRule(
        level=AdminLevel.DISTRICT,
        since=_OLD,
        kinds=frozenset(
            {
                _C.LEGAL,
                _C.ECONOMY_BUDGET,
                _C.CULTURE_SOCIETY,
                _C.ETHNIC,
                _C.URBAN,
                _C.ECONOMY_SOCIETY,
            }
        ),
    ),
    CommitteeRule(
        level=AdminLevel.COMMUNE,
        since=_OLD,
        kinds=frozenset({_C.LEGAL, _C.ECONOMY_SOCIETY}),
    ),
    CommitteeRule(
        level=AdminLevel.COMMUNE,
        since=_TWO_LEVEL,
        kinds=frozenset({_C.LEGAL, _C.ECONOMY_SOCIETY}),
    ),
)


@attrs.frozen(kw_only=True)
class Policy:
    """The answers to the questions the sources leave open (``domain.md`` §10).

    Attributes:
        quorum: the share of the total number of delegates a session needs (§10 Q8; 2/3 by
            default, a rule of practice not found in the 2015-2025 law).
        pilots: the urban-government pilots (§1.3).
        city_in_central_city_has_council: whether Thủ Đức (2021-2025) had a council (§10 Q6);
            None leaves it unchecked.
        special_zone_has_council: whether a đặc khu has a council (§10 Q7).
        committees: which Ban a council may have, by level and date (§2.3, §10 Q4).
        check_committees: refuse a Ban kind that does not exist at the council's level.
        effective_delays: the least delay before a normative resolution takes effect, by the
            promulgation law in force (``documents.md`` §13.3).
        effective_delay_check: what a normative resolution that takes effect sooner gets: a
            warning (:class:`~hdnd_model.errors.ModelWarning`, the default: several real
            resolutions take effect on the day they are signed, on grounds the sources do not
            give), a refusal, or nothing.
        commune_confidence_polls: whether confidence polls apply to commune councils from
            2025-07-01 (§10 Q10: Resolution 96/2023/QH15 names provincial and district councils);
            None leaves it open, False refuses a poll in a commune council's record.
    """

    quorum: Fraction = attrs.field(default=Fraction(2, 3), validator=_checks.share)
    pilots: tuple[PilotRule, ...] = DEFAULT_PILOTS
    city_in_central_city_has_council: bool | None = None
    special_zone_has_council: bool = True
    committees: tuple[CommitteeRule, ...] = DEFAULT_COMMITTEES
    check_committees: bool = True
    effective_delays: tuple[EffectiveDelayRule, ...] = DEFAULT_EFFECTIVE_DELAYS
    effective_delay_check: RuleMode = RuleMode.WARN
    commune_confidence_polls: bool | None = None

    def effective_delay(self, on: dt.date) -> EffectiveDelayRule | None:
        """The delay rule in force on ``on``, if any."""
        rules = [r for r in self.effective_delays if r.since <= on]
        return max(rules, key=lambda r: r.since) if rules else None

    def committee_kinds(
        self, level: AdminLevel, on: dt.date, *, central_city: bool = False
    ) -> frozenset[CommitteeKind]:
        """The committees a council at ``level`` may have on ``on``."""
        rules = [r for r in self.committees if r.level is level and r.since <= on]
        if not rules:
            return frozenset(CommitteeKind)
        rule = max(rules, key=lambda r: r.since)
        return rule.kinds | rule.central_city_extra if central_city else rule.kinds


_DEFAULT = Policy()
_POLICY: contextvars.ContextVar[Policy | None] = contextvars.ContextVar("hdnd_policy", default=None)


def current_policy() -> Policy:
    """The policy in force in this context."""
    return _POLICY.get() or _DEFAULT


@contextlib.contextmanager
def use_policy(policy: Policy) -> Iterator[Policy]:
    """Put ``policy`` in force for the body of a ``with`` block."""
    token = _POLICY.set(policy)
    try:
        yield policy
    finally:
        _POLICY.reset(token)
