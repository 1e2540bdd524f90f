"""Administrative units and the legal regime in force on a date (``domain.md`` §0, §1)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.rules import Policy, current_policy
from hdnd_model.model.vocab import AdminLevel, UnitKind
from hdnd_model.vn import fold_key

__all__ = ["AdministrativeUnit", "Regime", "kind_exists_on"]

_LAST_THREE_LEVEL_DAY = dt.date(2025, 6, 30)
_TWO_LEVEL_START = dt.date(2025, 7, 1)


class Regime(enum.Enum):
    """A legal regime of local government, in force between two dates (``domain.md`` §0)."""

    label_vi: str
    start: dt.date
    end: dt.date | None
    levels: int

    def __new__(
        cls, value: str, label_vi: str, start: dt.date, end: dt.date | None, levels: int
    ) -> Regime:
        member = object.__new__(cls)
        member._value_ = value
        member.label_vi = label_vi
        member.start = start
        member.end = end
        member.levels = levels
        return member

    LAW_1994 = (
        "law_1994",
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 1994",
        dt.date(1900, 1, 1),
        dt.date(2003, 12, 31),
        3,
    )
    LAW_2003 = (
        "law_2003",
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân số 11/2003/QH11",
        dt.date(2004, 1, 1),
        dt.date(2015, 12, 31),
        3,
    )
    LAW_2015 = (
        "law_2015",
        "Luật Tổ chức chính quyền địa phương số 77/2015/QH13",
        dt.date(2016, 1, 1),
        dt.date(2020, 6, 30),
        3,
    )
    LAW_2015_AMENDED_2019 = (
        "law_2015_amended_2019",
        "Luật số 77/2015/QH13, sửa đổi bởi Luật số 47/2019/QH14",
        dt.date(2020, 7, 1),
        dt.date(2025, 2, 28),
        3,
    )
    LAW_2025_INTERIM = (
        "law_2025_interim",
        "Luật Tổ chức chính quyền địa phương năm 2025 (hiệu lực từ 01/3/2025)",
        dt.date(2025, 3, 1),
        _LAST_THREE_LEVEL_DAY,
        3,
    )
    LAW_2025_TWO_LEVEL = (
        "law_2025_two_level",
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
        _TWO_LEVEL_START,
        None,
        2,
    )

    @classmethod
    def on(cls, day: dt.date) -> Regime:
        """The regime in force on ``day``."""
        for regime in cls:
            if regime.start <= day and (regime.end is None or day <= regime.end):
                return regime
        if day < cls.LAW_1994.start:  # the earliest regime stands for every day before it
            return cls.LAW_1994
        raise AssertionError(f"no regime covers {day}")  # pragma: no cover - regimes tile

    def __repr__(self) -> str:
        return f"Regime.{self.name}"


_LEVEL_OF = {
    UnitKind.PROVINCE: AdminLevel.PROVINCE,
    UnitKind.CENTRAL_CITY: AdminLevel.PROVINCE,
    UnitKind.SPECIAL_UNIT: AdminLevel.PROVINCE,
    UnitKind.RURAL_DISTRICT: AdminLevel.DISTRICT,
    UnitKind.URBAN_DISTRICT: AdminLevel.DISTRICT,
    UnitKind.DISTRICT_TOWN: AdminLevel.DISTRICT,
    UnitKind.PROVINCIAL_CITY: AdminLevel.DISTRICT,
    UnitKind.CITY_IN_CENTRAL_CITY: AdminLevel.DISTRICT,
    UnitKind.COMMUNE: AdminLevel.COMMUNE,
    UnitKind.WARD: AdminLevel.COMMUNE,
    UnitKind.TOWNSHIP: AdminLevel.COMMUNE,
    UnitKind.SPECIAL_ZONE: AdminLevel.COMMUNE,
}
_RANK = {AdminLevel.PROVINCE: 1, AdminLevel.DISTRICT: 2, AdminLevel.COMMUNE: 3}
_CODE_WIDTH = {AdminLevel.PROVINCE: 2, AdminLevel.DISTRICT: 3, AdminLevel.COMMUNE: 5}

# (first day, last day) a kind of unit exists; None is open.
_EXISTS: dict[UnitKind, tuple[dt.date | None, dt.date | None]] = {
    UnitKind.RURAL_DISTRICT: (None, _LAST_THREE_LEVEL_DAY),
    UnitKind.URBAN_DISTRICT: (None, _LAST_THREE_LEVEL_DAY),
    UnitKind.DISTRICT_TOWN: (None, _LAST_THREE_LEVEL_DAY),
    UnitKind.PROVINCIAL_CITY: (None, _LAST_THREE_LEVEL_DAY),
    UnitKind.CITY_IN_CENTRAL_CITY: (dt.date(2021, 1, 1), _LAST_THREE_LEVEL_DAY),
    UnitKind.TOWNSHIP: (None, _LAST_THREE_LEVEL_DAY),
    UnitKind.SPECIAL_ZONE: (_TWO_LEVEL_START, None),
}


def kind_exists_on(kind: UnitKind, day: dt.date) -> bool:
    """Whether units of ``kind`` exist in the regime in force on ``day``."""
    first, last = _EXISTS.get(kind, (None, None))
    return (first is None or first <= day) and (last is None or day <= last)


@attrs.frozen(kw_only=True)
class AdministrativeUnit:
    """An administrative unit (đơn vị hành chính): a province, district or commune.

    Attributes:
        kind: the kind of unit.
        name: the proper name without the generic noun (``"Hai Bà Trưng"``, ``"1"``).
        code: the official statistics code (2 digits province, 3 district, 5 commune).
        parent: the unit this one belongs to, if recorded.
        generic_capitalised: write the generic noun capitalised (``Phường Điện Biên Phủ``,
            ``Quận 1``), as Decree 30 wants for names of people, numbers and events.
        predecessors: the units merged into this one (the 2025 rearrangement), when recorded.
    """

    kind: UnitKind
    name: str = attrs.field(validator=_checks.name)
    code: str | None = attrs.field(default=None)
    parent: AdministrativeUnit | None = None
    generic_capitalised: bool = False
    predecessors: tuple[AdministrativeUnit, ...] = ()

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            return
        level = _LEVEL_OF[self.kind]
        width = _CODE_WIDTH[level]
        if not (value.isascii() and value.isdigit() and len(value) == width):
            raise fail(self, "code", value, f"must be {width} digits for a {self.kind.label_vi}")

    def __attrs_post_init__(self) -> None:
        if self.parent is not None and _RANK[self.parent.level] >= _RANK[self.level]:
            raise fail(
                self,
                "parent",
                self.parent.full_name,
                f"must be a unit of a higher level than a {self.kind.label_vi}",
            )
        for i, unit in enumerate(self.predecessors):
            if unit.level is not self.level:
                raise fail(
                    self,
                    f"predecessors[{i}]",
                    unit.full_name,
                    f"must be a unit of the same level as a {self.kind.label_vi}",
                )

    @property
    def level(self) -> AdminLevel:
        """The level of government of this unit (district-level kinds end on 2025-06-30)."""
        return _LEVEL_OF[self.kind]

    @property
    def full_name(self) -> str:
        """The name as Decree 30 writes it: ``quận Hai Bà Trưng``, ``Quận 1``."""
        generic = self.kind.short_label_vi
        if self.generic_capitalised or self.name[:1].isdigit():
            generic = generic[:1].upper() + generic[1:]
        return f"{generic} {self.name}"

    @property
    def province(self) -> AdministrativeUnit | None:
        """The province-level unit this unit is in (itself for a province), if recorded."""
        unit: AdministrativeUnit | None = self
        while unit is not None and unit.level is not AdminLevel.PROVINCE:
            unit = unit.parent
        return unit

    def is_named(self, name: str) -> bool:
        """Whether ``name`` names this unit, ignoring case and tone-mark placement."""
        return fold_key(name) in (fold_key(self.name), fold_key(self.full_name))

    def council_problem(self, day: dt.date, policy: Policy | None = None) -> str | None:
        """Why this unit has no council on ``day``, or None when it has one."""
        policy = policy or current_policy()
        if not kind_exists_on(self.kind, day):
            regime = Regime.on(day)
            return f"does not exist on {day.isoformat()} under {regime.label_vi}"
        if self.kind is UnitKind.SPECIAL_ZONE and not policy.special_zone_has_council:
            return "has no council (policy: special_zone_has_council is False)"
        if self.kind is UnitKind.SPECIAL_UNIT:
            return "has no council unless the National Assembly decides so"
        if (
            self.kind is UnitKind.CITY_IN_CENTRAL_CITY
            and policy.city_in_central_city_has_council is False
        ):
            return "has no council (policy: city_in_central_city_has_council is False)"
        city = self.province
        if city is None:
            return None
        for pilot in policy.pilots:
            if not (pilot.start <= day <= pilot.end and self.kind in pilot.unit_kinds):
                continue
            if city.code == pilot.city_code or any(city.is_named(n) for n in pilot.city_names):
                return (
                    f"has no council from {pilot.start.isoformat()} to {pilot.end.isoformat()}"
                    f" (urban-government pilot, {pilot.legal_basis})"
                )
        return None

    def has_council(self, day: dt.date, policy: Policy | None = None) -> bool:
        """Whether this unit has a council (HĐND) on ``day``."""
        return self.council_problem(day, policy) is None
