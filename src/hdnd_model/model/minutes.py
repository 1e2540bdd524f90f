"""Minutes (biên bản): the record of a meeting or a session, and the aggregate root.

A :class:`Minutes` holds everything a record needs (the council, its term and bodies, the
session or the meeting) and checks the rules that span objects: ids resolve and do not
repeat, the council existed on the record's dates under the law then in force, its Ban kinds
exist at its level, the dates fall within the term.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.council import Council, Membership, Organ, Term, committee_problem
from hdnd_model.model.documents import DocumentNumber, check_number_kind
from hdnd_model.model.meetings import Meeting, Session
from hdnd_model.model.people import Participant
from hdnd_model.model.provenance import Source
from hdnd_model.model.resolutions import Resolution, Signature
from hdnd_model.model.rules import current_policy
from hdnd_model.model.units import Regime
from hdnd_model.model.vocab import AdminLevel, DocumentKind, ParticipantRole

__all__ = ["Minutes"]

_TWO_LEVEL_START = dt.date(2025, 7, 1)


@attrs.frozen(kw_only=True)
class Minutes:
    """Minutes (biên bản) of a meeting or of a whole session.

    Exactly one of ``session`` and ``meeting`` is given.

    Attributes:
        id: the id of the record.
        council: the council.
        term: the term, when known.
        organs: the council's bodies the record refers to.
        memberships: positions held by the people in the record.
        session: the session recorded (with its sittings), or
        meeting: the meeting recorded (a Standing Committee meeting, a hearing ...).
        number: the minutes' number (``01/BB-HĐND``), once assigned.
        parent_body: the parent body in the header (tên cơ quan chủ quản), when there is one.
        issuer: the issuing body in the header, when it differs from the council's name.
        title: the summary under ``BIÊN BẢN``, when it differs from the derived one.
        place: the place for the optional place and date line.
        date: the date of the minutes.
        secretary: the secretary's signature block (THƯ KÝ).
        chair: the chair's signature block (CHỦ TỌA).
        recipients: the ``Nơi nhận`` lines, without the filing line.
        filing: the filing line after ``Lưu:`` (``"VT, Hồ sơ"``).
        sources: where the record comes from (pages, files), in the order given.
    """

    DOCUMENT_KIND: ClassVar[DocumentKind] = DocumentKind.MINUTES
    """The kind of document minutes are: their numbers carry ``BB``."""

    id: str = attrs.field(validator=_checks.identifier)
    council: Council
    term: Term | None = None
    organs: tuple[Organ, ...] = ()
    memberships: tuple[Membership, ...] = ()
    session: Session | None = None
    meeting: Meeting | None = None
    number: DocumentNumber | None = None
    parent_body: str | None = attrs.field(default=None, validator=_checks.optional_name)
    issuer: str | None = attrs.field(default=None, validator=_checks.optional_name)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    place: str | None = attrs.field(default=None, validator=_checks.optional_name)
    date: dt.date | None = None
    secretary: Signature | None = None
    chair: Signature | None = None
    recipients: tuple[str, ...] = attrs.field(default=(), validator=_checks.texts)
    filing: str = attrs.field(default="VT, Hồ sơ", validator=_checks.text)
    sources: tuple[Source, ...] = ()

    def __attrs_post_init__(self) -> None:
        if (self.session is None) == (self.meeting is None):
            raise fail(self, "session", None, "exactly one of session and meeting must be given")
        check_number_kind(self, self.number, self.DOCUMENT_KIND)
        _checks.unique(self, "sources", self.sources, "source")
        self._check_references()
        self._check_dates()
        self._check_confidence_polls()
        if self.meeting is not None:
            self._check_meeting_vote_resolutions(self.meeting)
        if self.chair is not None:
            self._check_chair_signs(self.chair)

    def _check_meeting_vote_resolutions(self, meeting: Meeting) -> None:
        """A record of one meeting holds no resolutions: none of its votes may name one."""
        for i, j, vote in meeting.numbered_votes():
            if vote.resolution_id is not None:
                raise fail(
                    self,
                    f"meeting.agenda[{i}].votes[{j}].resolution_id",
                    vote.resolution_id,
                    "must be None: a record of one meeting holds no resolutions",
                )

    def _check_chair_signs(self, chair: Signature) -> None:
        """The signer under CHỦ TỌA is one of the record's chairs, when it names any."""
        chairs = {
            p.person.full_name
            for p in self.participants(ParticipantRole.CHAIR, ParticipantRole.CO_CHAIR)
            if p.person is not None
        }
        if chairs and chair.person.full_name not in chairs:
            raise fail(
                self,
                "chair.person",
                chair.person.full_name,
                f"must be a chair of the record ({', '.join(sorted(chairs))})",
            )

    def _check_references(self) -> None:
        council_id = self.council.id
        if self.term is not None and self.term.council_id != council_id:
            raise fail(self, "term.council_id", self.term.council_id, f"must be {council_id!r}")
        for i, organ in enumerate(self.organs):
            if organ.council_id != council_id:
                raise fail(
                    self, f"organs[{i}].council_id", organ.council_id, f"must be {council_id!r}"
                )
        _checks.unique(self, "organs", (o.id for o in self.organs))
        organ_ids = {o.id for o in self.organs}
        for i, membership in enumerate(self.memberships):
            if membership.organ_id not in organ_ids:
                raise fail(
                    self,
                    f"memberships[{i}].organ_id",
                    membership.organ_id,
                    "must be the id of one of the organs",
                )
        if self.session is not None:
            if self.session.council_id != council_id:
                raise fail(
                    self, "session.council_id", self.session.council_id, f"must be {council_id!r}"
                )
            if self.term is not None and self.session.term_id not in (None, self.term.id):
                raise fail(
                    self, "session.term_id", self.session.term_id, f"must be {self.term.id!r}"
                )
        ids = [self.id, *organ_ids]
        if self.session is not None:
            ids.append(self.session.id)
            ids.extend(m.id for m in self.session.meetings)
            ids.extend(r.id for r in self.session.resolutions)
        else:
            assert self.meeting is not None
            ids.append(self.meeting.id)
        _checks.unique(self, "id", ids)

    def _check_dates(self) -> None:
        first, last = self.first_day, self.last_day
        if self.session is None:
            where = "meeting.date"
        else:
            where = "session.start_date" if self.session.dates_stated else "session.meetings"
        for day in (first, last):
            problem = self.council.life_problem(day)
            if problem:
                raise fail(self, where, day.isoformat(), problem)
        if self.term is not None and not (self.term.covers(first) and self.term.covers(last)):
            raise fail(
                self, where, first.isoformat(), f"must fall within the term {self.term.label}"
            )
        committees = [
            (f"organs[{i}].committee", o.committee, first) for i, o in enumerate(self.organs)
        ]
        committees += [
            (f"meetings[{i}].committee", m.committee, m.date) for i, m in enumerate(self.meetings)
        ]
        for field, committee, day in committees:
            if committee is None:
                continue
            problem = committee_problem(committee, self.council, day)
            if problem:
                raise fail(self, field, committee.value, problem)
        if self.date is not None and self.date < first:
            raise fail(
                self, "date", self.date.isoformat(), f"must not be before {first.isoformat()}"
            )

    def _check_confidence_polls(self) -> None:
        """A commune council's confidence polls from 2025-07-01, when the policy excludes them."""
        if current_policy().commune_confidence_polls is not False:
            return
        if self.council.unit.level is not AdminLevel.COMMUNE:
            return
        for i, meeting in enumerate(self.meetings):
            if meeting.date < _TWO_LEVEL_START:
                continue
            for j, item in enumerate(meeting.agenda):
                if item.confidence_polls:
                    raise fail(
                        self,
                        f"meetings[{i}].agenda[{j}].confidence_polls",
                        len(item.confidence_polls),
                        "must be empty: confidence polls do not apply to commune councils "
                        "(policy: commune_confidence_polls is False)",
                    )

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings recorded: the session's sittings, or the one meeting."""
        if self.session is not None:
            return self.session.meetings
        assert self.meeting is not None
        return (self.meeting,)

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        """The resolutions adopted at the recorded session."""
        return self.session.resolutions if self.session is not None else ()

    @property
    def first_day(self) -> dt.date:
        """The first day recorded."""
        if self.session is not None:
            return self.session.first_day
        assert self.meeting is not None
        return self.meeting.date

    @property
    def last_day(self) -> dt.date:
        """The last day recorded."""
        if self.session is not None:
            return self.session.last_day
        assert self.meeting is not None
        return self.meeting.date

    @property
    def regime(self) -> Regime:
        """The legal regime in force on the first day recorded."""
        return Regime.on(self.first_day)

    def participants(self, *roles: ParticipantRole) -> Iterator[Participant]:
        """Participants of every recorded meeting in any of ``roles`` (all when none given),
        each distinct one once."""
        seen: set[Participant] = set()
        for meeting in self.meetings:
            for p in meeting.participants:
                if (not roles or p.role in roles) and p not in seen:
                    seen.add(p)
                    yield p
