"""Sessions (kỳ họp), meetings (phiên họp), agenda items and what was said in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.documents import DocumentRef
from hdnd_model.model.people import Attendance, Participant
from hdnd_model.model.resolutions import Resolution
from hdnd_model.model.vocab import (
    AgendaItemKind,
    AttendanceStatus,
    CommitteeKind,
    MeetingKind,
    MeetingMode,
    OrganKind,
    ParticipantRole,
    SessionKind,
    SessionSeries,
    SessionTiming,
)
from hdnd_model.model.votes import ConfidencePoll, ConfidenceVote, Election, VoteTally

__all__ = ["AgendaItem", "Meeting", "Question", "Session", "Statement"]


@attrs.frozen(kw_only=True)
class Statement:
    """What someone said (phát biểu, ý kiến), summarised as the minutes record it.

    Attributes:
        text: the summary.
        speaker_id: the participant who spoke, when recorded.
        group: where it was said when not in plenary (``"Tổ đại biểu số 2"``).
    """

    text: str = attrs.field(validator=_checks.text)
    speaker_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    group: str | None = attrs.field(default=None, validator=_checks.optional_name)


@attrs.frozen(kw_only=True)
class Question:
    """A question and its answer (chất vấn và trả lời chất vấn, giải trình).

    Attributes:
        question: the question as recorded.
        asker_id: the participant who asked.
        respondent_id: the participant who answered.
        answer: the answer as recorded.
        topic: the topic, when stated.
    """

    question: str = attrs.field(validator=_checks.text)
    asker_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    respondent_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    answer: str | None = attrs.field(default=None, validator=_checks.optional_text)
    topic: str | None = attrs.field(default=None, validator=_checks.optional_text)


@attrs.frozen(kw_only=True)
class AgendaItem:
    """An item of a meeting's agenda (nội dung), with everything done under it.

    Attributes:
        number: its place in the agenda, from 1.
        title: what it is about.
        kind: what it does.
        presenter_ids: the participants who presented it.
        documents: the documents it concerns (Tờ trình, Báo cáo thẩm tra ...).
        statements: what was said.
        questions: questions and answers.
        votes: votes taken.
        elections: elections held.
        confidence_polls: confidence polls held.
        confidence_votes: confidence votes held.
        conclusion: the chair's conclusion (kết luận).
    """

    number: int = attrs.field(validator=_checks.positive)
    title: str = attrs.field(validator=_checks.text)
    kind: AgendaItemKind = AgendaItemKind.OTHER
    presenter_ids: tuple[str, ...] = attrs.field(default=(), validator=_checks.identifiers)
    documents: tuple[DocumentRef, ...] = ()
    statements: tuple[Statement, ...] = ()
    questions: tuple[Question, ...] = ()
    votes: tuple[VoteTally, ...] = ()
    elections: tuple[Election, ...] = ()
    confidence_polls: tuple[ConfidencePoll, ...] = ()
    confidence_votes: tuple[ConfidenceVote, ...] = ()
    conclusion: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def participant_refs(self) -> Iterator[tuple[str, str]]:
        """Every participant id this item refers to, with the field that refers to it."""
        for i, pid in enumerate(self.presenter_ids):
            yield f"presenter_ids[{i}]", pid
        for i, s in enumerate(self.statements):
            if s.speaker_id is not None:
                yield f"statements[{i}].speaker_id", s.speaker_id
        for i, q in enumerate(self.questions):
            if q.asker_id is not None:
                yield f"questions[{i}].asker_id", q.asker_id
            if q.respondent_id is not None:
                yield f"questions[{i}].respondent_id", q.respondent_id


Ballot = VoteTally | Election | ConfidencePoll | ConfidenceVote
_BALLOT_FIELDS = ("votes", "elections", "confidence_polls", "confidence_votes")
_ABSENT = frozenset({AttendanceStatus.ABSENT_WITH_REASON, AttendanceStatus.ABSENT_WITHOUT_REASON})
_TELLERS = frozenset(
    {ParticipantRole.TELLER_HEAD, ParticipantRole.TELLER_SECRETARY, ParticipantRole.TELLER}
)


def _refs_resolve(agenda: tuple[AgendaItem, ...], unsaid: set[str | None]) -> bool:
    """Whether every participant id of ``agenda`` is in ``unsaid`` (ids and None)."""
    for a in agenda:
        if not unsaid.issuperset(a.presenter_ids):
            return False
        for s in a.statements:
            if s.speaker_id not in unsaid:
                return False
        for q in a.questions:
            if q.asker_id not in unsaid or q.respondent_id not in unsaid:
                return False
    return True


def _with_named_ballots(agenda: tuple[AgendaItem, ...]) -> list[AgendaItem]:
    """The items of ``agenda`` holding ballots on people: elections and confidence ballots."""
    return [a for a in agenda if a.elections or a.confidence_polls or a.confidence_votes]


def _check_tellers_not_on_ballot(owner: object, meetings: tuple[Meeting, ...]) -> None:
    """Nobody on a secret ballot sits on the Ban kiểm phiếu counting it (``domain.md`` §3.6)."""
    tellers = {
        p.person.full_name
        for m in meetings
        for p in m.participants
        if p.role in _TELLERS and p.person is not None
    }
    if not tellers:
        return
    for k, meeting in enumerate(meetings):
        for i, kind, j, ballot in meeting.ballots():
            if isinstance(ballot, VoteTally):
                continue
            name = "candidates" if isinstance(ballot, Election) else "entries"
            people = [r.person for r in getattr(ballot, name)]
            for n, person in enumerate(people):
                if person.full_name in tellers:
                    where = f"meetings[{k}]." if owner is not meeting else ""
                    raise fail(
                        owner,
                        f"{where}agenda[{i}].{kind}[{j}].{name}[{n}].person",
                        person.full_name,
                        "must not be a teller (Ban kiểm phiếu) of the ballot",
                    )


_STANDING_KINDS = frozenset(
    {MeetingKind.STANDING_MONTHLY, MeetingKind.STANDING, MeetingKind.EXPLANATION}
)


@attrs.frozen(kw_only=True)
class Meeting:
    """A meeting (phiên họp): a sitting of a session, or a meeting of a body between sessions.

    Attributes:
        id: the id other objects use to refer to it.
        kind: what meeting it is.
        date: the day it is held.
        organ: whose meeting it is (the council for sittings, the Standing Committee ...).
        committee: which Ban, for a committee's meeting (None when the source does not say).
        documents: documents referred to outside any agenda item (in the conclusions, say).
        session_id: the session it is a sitting of.
        number: its own number (``phiên họp thứ 25`` of the Standing Committee).
        title: its name as written (``"Phiên họp tháng 8/2020"``).
        start_time / end_time: when it began and ended.
        location: where.
        mode: in person, online or both.
        closed: held behind closed doors (họp kín).
        participants: who took part, in their roles.
        attendance: the roll call of delegates.
        agenda: the items, in order.
        conclusions: the chair's closing conclusions.
    """

    id: str = attrs.field(validator=_checks.identifier)
    kind: MeetingKind
    date: dt.date
    organ: OrganKind = OrganKind.COUNCIL
    committee: CommitteeKind | None = None
    session_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    number: int | None = attrs.field(default=None, validator=_checks.positive)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    location: str | None = attrs.field(default=None, validator=_checks.optional_name)
    mode: MeetingMode = MeetingMode.IN_PERSON
    closed: bool = False
    participants: tuple[Participant, ...] = ()
    attendance: Attendance | None = None
    agenda: tuple[AgendaItem, ...] = ()
    conclusions: tuple[str, ...] = attrs.field(default=(), validator=_checks.texts)
    documents: tuple[DocumentRef, ...] = ()

    def __attrs_post_init__(self) -> None:
        for field in ("start_time", "end_time"):
            value: dt.time | None = getattr(self, field)
            if value is not None and value.tzinfo is not None:
                raise fail(self, field, value.isoformat(), "must be a local time without time zone")
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise fail(self, "end_time", self.end_time.isoformat(), "must not be before start_time")
        if self.kind.is_sitting and self.organ is not OrganKind.COUNCIL:
            raise fail(self, "organ", self.organ.value, f"must be council for a {self.kind.value}")
        if self.kind.is_standing and self.organ is OrganKind.COUNCIL:
            raise fail(
                self,
                "organ",
                self.organ.value,
                f"must be the body holding a {self.kind.value} meeting, not the council",
            )
        if self.kind is MeetingKind.COMMITTEE and self.organ is not OrganKind.COMMITTEE:
            raise fail(self, "organ", self.organ.value, "must be committee for a committee meeting")
        if self.committee is not None and self.organ is not OrganKind.COMMITTEE:
            raise fail(
                self, "committee", self.committee.value, "must be None unless organ is committee"
            )
        ids = [p.id for p in self.participants]
        _checks.unique(self, "participants", ids)
        _checks.unique(self, "agenda", [a.number for a in self.agenda], "agenda number")
        self._check_participant_refs(ids)
        named = _with_named_ballots(self.agenda)
        if self.attendance is not None:
            votes = [v for a in self.agenda for v in a.votes]
            self._check_votes_within_attendance(self.attendance, votes)
            self._check_totals_match_attendance(self.attendance, votes, bool(named))
            self._check_roll_call_within_attendance(self.attendance)
        if named and self.participants:
            _check_tellers_not_on_ballot(self, (self,))

    def _check_participant_refs(self, ids: list[str]) -> None:
        """Every participant id the agenda names (presenters, speakers, askers, respondents)
        is the id of one of the meeting's participants; a speaker may be left unsaid."""
        if _refs_resolve(self.agenda, {*ids, None}):
            return
        known = set(ids)
        for i, item in enumerate(self.agenda):
            for field, pid in item.participant_refs():
                if pid not in known:
                    raise fail(self, f"agenda[{i}].{field}", pid, "must be the id of a participant")

    def numbered_votes(self) -> Iterator[tuple[int, int, VoteTally]]:
        """Every vote of the agenda with its place: ``(i, j, vote)`` is ``agenda[i].votes[j]``."""
        for i, item in enumerate(self.agenda):
            for j, vote in enumerate(item.votes):
                yield i, j, vote

    def ballots(self) -> Iterator[tuple[int, str, int, Ballot]]:
        """Every vote, election and confidence ballot of the agenda with its place:
        ``(i, name, j, ballot)`` is ``agenda[i].<name>[j]``."""
        for i, item in enumerate(self.agenda):
            for name in _BALLOT_FIELDS:
                for j, ballot in enumerate(getattr(item, name)):
                    yield i, name, j, ballot

    def _check_votes_within_attendance(
        self, attendance: Attendance, votes: list[VoteTally]
    ) -> None:
        """A vote that does not state its present is bounded by the meeting's present."""
        present = attendance.present
        if present is None or not [v for v in votes if v.present is None and v.voting > present]:
            return
        for i, j, vote in self.numbered_votes():
            if vote.present is None and vote.voting > present:
                raise fail(
                    self,
                    f"agenda[{i}].votes[{j}].in_favour + against + not_voting",
                    vote.voting,
                    f"must not exceed the present of the meeting's attendance ({present})",
                )

    def _check_totals_match_attendance(
        self, attendance: Attendance, votes: list[VoteTally], named: bool
    ) -> None:
        """Every ballot that states its delegates in office counts as many as the meeting's
        attendance (``named``: the agenda holds elections or confidence ballots besides
        ``votes``)."""
        total = attendance.total_delegates
        if not named and {v.total_delegates for v in votes} <= {total, None}:
            return
        for i, name, j, ballot in self.ballots():
            if ballot.total_delegates not in (total, None):
                raise fail(
                    self,
                    f"agenda[{i}].{name}[{j}].total_delegates",
                    ballot.total_delegates,
                    f"must equal the total_delegates of the meeting's attendance ({total})",
                )

    def _check_roll_call_within_attendance(self, attendance: Attendance) -> None:
        """The delegates named absent (participants' statuses and the attendance's names) do not
        outnumber the absent the attendance counts."""
        if not (
            attendance.absent_with_reason_names
            or attendance.absent_without_reason_names
            or not _ABSENT.isdisjoint({p.status for p in self.participants})
        ):
            return
        named: dict[AttendanceStatus, set[object]] = {
            AttendanceStatus.ABSENT_WITH_REASON: set(attendance.absent_with_reason_names),
            AttendanceStatus.ABSENT_WITHOUT_REASON: set(attendance.absent_without_reason_names),
        }
        for p in self.participants:
            if p.status in named:
                named[p.status].add(p.person if p.person is not None else p.id)
        limits = (
            (AttendanceStatus.ABSENT_WITH_REASON, attendance.absent_with_reason),
            (AttendanceStatus.ABSENT_WITHOUT_REASON, attendance.absent_without_reason),
        )
        for status, count in limits:
            if count is not None and len(named[status]) > count:
                raise fail(
                    self,
                    "participants",
                    len(named[status]),
                    f"must not name more delegates {status.label_vi} than the attendance "
                    f"counts ({count})",
                )
        absent = attendance.absent
        every = len(named[AttendanceStatus.ABSENT_WITH_REASON]) + len(
            named[AttendanceStatus.ABSENT_WITHOUT_REASON]
        )
        if absent is not None and every > absent:
            raise fail(
                self,
                "participants",
                every,
                f"must not name more absent delegates than the attendance counts ({absent})",
            )

    def with_role(self, *roles: ParticipantRole) -> tuple[Participant, ...]:
        """The participants in any of ``roles``, in order."""
        return tuple(p for p in self.participants if p.role in roles)

    @property
    def chairs(self) -> tuple[Participant, ...]:
        """The chair and co-chairs (chủ tọa)."""
        return self.with_role(ParticipantRole.CHAIR, ParticipantRole.CO_CHAIR)

    @property
    def secretaries(self) -> tuple[Participant, ...]:
        """The secretaries (thư ký)."""
        return self.with_role(ParticipantRole.SECRETARY)

    def participant(self, participant_id: str) -> Participant:
        """The participant with ``participant_id``.

        Raises:
            KeyError: no such participant.
        """
        for p in self.participants:
            if p.id == participant_id:
                return p
        raise KeyError(participant_id)

    def votes(self) -> Iterator[VoteTally]:
        """Every vote taken in the meeting, in agenda order."""
        for item in self.agenda:
            yield from item.votes


@attrs.frozen(kw_only=True)
class Session:
    """A session of a council (kỳ họp), with its sittings and the resolutions it adopted.

    Attributes:
        id: the id other objects use to refer to it.
        council_id: the council.
        term_id: the term, when known.
        number: its number in the term (kỳ họp thứ 10), counted in its series; None when the
            source does not give it.
        kind: first, regular, thematic or extraordinary; None when the source does not say.
        start_date / end_date: the first and last days it sat, as the source states them; None
            when it does not (a session known from one sitting): :attr:`first_day` and
            :attr:`last_day` then come from the sittings.
        series: the numbering series (some councils number thematic sessions apart).
        timing: mid-year or year-end, for a regular session.
        location: where.
        meetings: its sittings (phiên họp), each dated within the session.
        resolutions: the resolutions adopted.
    """

    id: str = attrs.field(validator=_checks.identifier)
    council_id: str = attrs.field(validator=_checks.identifier)
    start_date: dt.date | None = None
    number: int | None = attrs.field(default=None, validator=_checks.positive)
    kind: SessionKind | None = None
    term_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    end_date: dt.date | None = None
    series: SessionSeries = SessionSeries.MAIN
    timing: SessionTiming | None = None
    location: str | None = attrs.field(default=None, validator=_checks.optional_name)
    meetings: tuple[Meeting, ...] = ()
    resolutions: tuple[Resolution, ...] = ()

    def __attrs_post_init__(self) -> None:
        start, end = self.start_date, self.end_date
        if start is None and end is None and not self.meetings:
            raise fail(self, "start_date", None, "must be given when the session has no sittings")
        if start is not None and end is not None and end < start:
            raise fail(self, "end_date", end.isoformat(), "must not be before start_date")
        if self.kind is SessionKind.FIRST and self.number not in (1, None):
            raise fail(self, "number", self.number, "must be 1 for a first session")
        if self.timing is not None and self.kind not in (SessionKind.REGULAR, None):
            raise fail(
                self, "timing", self.timing.value, "must be None unless the session is regular"
            )
        if self.series is SessionSeries.THEMATIC and self.kind not in (SessionKind.THEMATIC, None):
            raise fail(
                self, "series", self.series.value, "must be main unless the session is thematic"
            )
        _checks.unique(self, "meetings", [m.id for m in self.meetings])
        _checks.unique(self, "resolutions", [r.id for r in self.resolutions])
        for i, meeting in enumerate(self.meetings):
            if not self._within(meeting.date):
                raise fail(
                    self,
                    f"meetings[{i}].date",
                    meeting.date.isoformat(),
                    f"must fall within the session ({self._span()})",
                )
            if meeting.session_id not in (None, self.id):
                raise fail(
                    self,
                    f"meetings[{i}].session_id",
                    meeting.session_id,
                    f"must be None or this session's id ({self.id!r})",
                )
            if not meeting.kind.is_sitting:
                raise fail(
                    self,
                    f"meetings[{i}].kind",
                    meeting.kind.value,
                    "must be a sitting of a session",
                )
        self._check_vote_resolutions()
        if len(self.meetings) > 1 and [m for m in self.meetings if _with_named_ballots(m.agenda)]:
            _check_tellers_not_on_ballot(self, self.meetings)
        for i, res in enumerate(self.resolutions):
            if res.session_id not in (None, self.id):
                raise fail(
                    self,
                    f"resolutions[{i}].session_id",
                    res.session_id,
                    f"must be None or this session's id ({self.id!r})",
                )
            if res.council_id not in (None, self.council_id):
                raise fail(
                    self,
                    f"resolutions[{i}].council_id",
                    res.council_id,
                    f"must be None or this session's council ({self.council_id!r})",
                )
            if res.adopted_on and not self._within(res.adopted_on):
                raise fail(
                    self,
                    f"resolutions[{i}].adopted_on",
                    res.adopted_on.isoformat(),
                    "must fall within the session",
                )

    def _check_vote_resolutions(self) -> None:
        """Every vote of a sitting that names a resolution names one of the session's."""
        named = {
            v.resolution_id
            for m in self.meetings
            for a in m.agenda
            for v in a.votes
            if v.resolution_id is not None
        }
        if not named or named <= {r.id for r in self.resolutions}:
            return
        ids: set[str] | None = None
        for k, meeting in enumerate(self.meetings):
            for i, j, vote in meeting.numbered_votes():
                if vote.resolution_id is None:
                    continue
                if ids is None:
                    ids = {r.id for r in self.resolutions}
                if vote.resolution_id not in ids:
                    raise fail(
                        self,
                        f"meetings[{k}].agenda[{i}].votes[{j}].resolution_id",
                        vote.resolution_id,
                        "must be the id of one of the session's resolutions",
                    )

    def _within(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the stated dates (an unstated end is open)."""
        start, end = self.start_date, self.end_date
        if start is not None and day < start:
            return False
        return end is None or day <= end

    def _span(self) -> str:
        start, end = self.start_date, self.end_date
        return f"{start.isoformat() if start else '…'} to {end.isoformat() if end else '…'}"

    @property
    def first_day(self) -> dt.date:
        """The first day: the stated start, or the first sitting's day."""
        if self.start_date is not None:
            return self.start_date
        if self.meetings:
            return min(m.date for m in self.meetings)
        assert self.end_date is not None  # refused at construction otherwise
        return self.end_date

    @property
    def last_day(self) -> dt.date:
        """The last day: the stated end, or the last sitting's day, or the stated start."""
        if self.end_date is not None:
            return self.end_date
        days = [m.date for m in self.meetings]
        if self.start_date is not None:
            days.append(self.start_date)
        return max(days)

    @property
    def dates_stated(self) -> bool:
        """Whether the source states the session's own dates (else they come from sittings)."""
        return self.start_date is not None

    def votes(self) -> Iterator[VoteTally]:
        """Every vote of the session: its sittings' votes, then its resolutions' other votes."""
        in_meetings = [vote for meeting in self.meetings for vote in meeting.votes()]
        yield from in_meetings
        for res in self.resolutions:
            if res.vote is not None and res.vote not in in_meetings:
                yield res.vote
