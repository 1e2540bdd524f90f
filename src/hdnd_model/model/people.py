"""People, their part in a meeting, and attendance (``domain.md`` §2.4, §3.6, §7)."""

from __future__ import annotations

from fractions import Fraction

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.rules import current_policy
from hdnd_model.model.vocab import AttendanceStatus, ParticipantRole

__all__ = ["Attendance", "Participant", "Person"]


@attrs.frozen(kw_only=True)
class Person:
    """A person (đại biểu, khách mời, cán bộ): a value, equal wherever it appears.

    Attributes:
        full_name: the full name without titles (``"Đinh Thị Lan Duyên"``).
        id: a stable id, when the archive has one.
    """

    full_name: str = attrs.field(validator=_checks.name)
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)


@attrs.frozen(kw_only=True)
class Participant:
    """Someone taking part in a meeting, in a role, with their title as written.

    A participant may be known only by office (``title="Phó Trưởng Ban Pháp chế"``, no person).

    Attributes:
        id: the id other objects of the meeting use to refer to this participant.
        role: the part they play in the meeting.
        person: who it is, when named.
        title: the title as the source writes it (``"Chủ tịch HĐND quận"``).
        organization: the body they come from, for guests (``"Ủy ban MTTQ Việt Nam quận"``).
        count: how many people this entry stands for (``"các đồng chí trong Thường trực"``),
            when it names an office held by several and the source counts them; None if unsaid.
        status: their attendance, when recorded.
    """

    id: str = attrs.field(validator=_checks.identifier)
    role: ParticipantRole
    person: Person | None = None
    title: str | None = attrs.field(default=None, validator=_checks.optional_name)
    organization: str | None = attrs.field(default=None, validator=_checks.optional_name)
    count: int | None = attrs.field(default=None, validator=_checks.positive)
    status: AttendanceStatus | None = None

    def __attrs_post_init__(self) -> None:
        if self.person is None and self.title is None:
            raise fail(self, "person", None, "must be given when there is no title")
        if self.person is not None and self.count not in (None, 1):
            raise fail(self, "count", self.count, "must be 1 or None for a named person")

    @property
    def display_name(self) -> str:
        """The name, or the title for a participant known only by office."""
        if self.person is not None:
            return self.person.full_name
        assert self.title is not None
        return self.title


@attrs.frozen(kw_only=True)
class Attendance:
    """The attendance of delegates at a meeting (điểm danh).

    Counts the source does not give are None. ``online`` delegates are counted among the
    present.

    Attributes:
        total_delegates: the number of delegates in office (tổng số đại biểu).
        present: delegates present (có mặt), online included.
        absent_with_reason: absent with leave (vắng mặt có lý do).
        absent_without_reason: absent without leave (vắng mặt không lý do).
        online: present online (trực tuyến).
        absent_with_reason_names: who was absent with leave, where named.
        absent_without_reason_names: who was absent without leave, where named.
        stated_present_share: the share of delegates present as the source states it
            ("95% đại biểu có mặt"), when it gives no count of the present.
    """

    total_delegates: int = attrs.field(validator=_checks.positive)
    present: int | None = attrs.field(default=None, validator=_checks.count)
    absent_with_reason: int | None = attrs.field(default=None, validator=_checks.count)
    absent_without_reason: int | None = attrs.field(default=None, validator=_checks.count)
    online: int | None = attrs.field(default=None, validator=_checks.count)
    absent_with_reason_names: tuple[Person, ...] = ()
    absent_without_reason_names: tuple[Person, ...] = ()
    stated_present_share: Fraction | None = attrs.field(
        default=None, validator=_checks.optional_share
    )

    def __attrs_post_init__(self) -> None:
        total = self.total_delegates
        share = self.stated_present_share
        if share is not None:
            if self.present is not None:
                raise fail(
                    self,
                    "stated_present_share",
                    str(share),
                    "must be None when present is counted (the share is computed)",
                )
            if not 0 < share <= 1:
                raise fail(
                    self, "stated_present_share", str(share), "must be greater than 0 and at most 1"
                )
        if self.present is not None and self.present > total:
            raise fail(self, "present", self.present, f"must not exceed total_delegates ({total})")
        if self.online is not None:
            limit, what = (
                (self.present, "present")
                if self.present is not None
                else (total, "total_delegates")
            )
            if self.online > limit:
                raise fail(self, "online", self.online, f"must not exceed {what} ({limit})")
        parts = (self.present, self.absent_with_reason, self.absent_without_reason)
        known = sum(p for p in parts if p is not None)
        if known > total:
            raise fail(
                self,
                "absent_with_reason",
                self.absent_with_reason,
                f"present + absent must not exceed total_delegates ({total})",
            )
        if None not in parts and known != total:
            raise fail(
                self,
                "absent_without_reason",
                self.absent_without_reason,
                f"present + absent_with_reason + absent_without_reason must equal "
                f"total_delegates ({known} != {total})",
            )
        for field in ("absent_with_reason", "absent_without_reason"):
            names: tuple[Person, ...] = getattr(self, f"{field}_names")
            number: int | None = getattr(self, field)
            if number is not None and len(names) > number:
                raise fail(
                    self,
                    f"{field}_names",
                    len(names),
                    f"must not name more than {field} ({number})",
                )

    @property
    def absent(self) -> int | None:
        """All absent delegates, when the present count is known."""
        return None if self.present is None else self.total_delegates - self.present

    @property
    def present_share(self) -> Fraction | None:
        """The present as a share of the total number of delegates, counted or as stated."""
        if self.present is None:
            return self.stated_present_share
        return Fraction(self.present, self.total_delegates)

    def has_quorum(self, quorum: Fraction | None = None) -> bool | None:
        """Whether enough delegates are present (the policy's quorum, 2/3 by default)."""
        share = self.present_share
        if share is None:
            return None
        return share >= (quorum if quorum is not None else current_policy().quorum)
