"""Strategies for what was said, agenda items and meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from hdnd_model.model import (
    AgendaItem,
    Attendance,
    Election,
    Meeting,
    Participant,
    Question,
    Statement,
    VoteTally,
)
from hdnd_model.model.vocab import (
    AgendaItemKind,
    AttendanceStatus,
    CommitteeKind,
    MeetingKind,
    MeetingMode,
    OrganKind,
    ParticipantRole,
)
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._documents import _document_ref
from hdnd_model.testing._draw import (
    EARLIEST,
    LATEST,
    _day,
    _digits,
    _ident,
    _int,
    _maybe_int,
    _maybe_pick,
    _or_none,
    _pick,
    _some,
    _strategy,
    _total,
    _yes,
)
from hdnd_model.testing._people import _attendance, _participant
from hdnd_model.testing._votes import (
    _confidence_poll,
    _confidence_vote,
    _election,
    _vote_tally,
)

_STANDING_KINDS = frozenset(k for k in MeetingKind if k.is_standing)
_SITTING_KINDS = tuple(k for k in MeetingKind if k.is_sitting)


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


_MOST_TITLES = max(len(titles) for titles in cat.AGENDA_TITLES.values())
_TELLERS = (ParticipantRole.TELLER_HEAD, ParticipantRole.TELLER_SECRETARY, ParticipantRole.TELLER)


def _agenda_vote(draw: st.DrawFn, total: int, resolution_ids: Sequence[str] | None) -> VoteTally:
    """A vote naming one of ``resolution_ids`` or none (any resolution when None)."""
    if resolution_ids is None:
        return _vote_tally(draw, total_delegates=total)
    if resolution_ids:
        return _vote_tally(draw, total_delegates=total, resolution_id=_pick(draw, resolution_ids))
    return attrs.evolve(_vote_tally(draw, total_delegates=total), resolution_id=None)


def _fit_roll_call(
    people: tuple[Participant, ...], attendance: Attendance
) -> tuple[Participant, ...]:
    """``people`` with the absent statuses the attendance's counts leave no room for dropped."""
    named: dict[AttendanceStatus, set[object]] = {
        AttendanceStatus.ABSENT_WITH_REASON: set(attendance.absent_with_reason_names),
        AttendanceStatus.ABSENT_WITHOUT_REASON: set(attendance.absent_without_reason_names),
    }
    limits = {
        AttendanceStatus.ABSENT_WITH_REASON: attendance.absent_with_reason,
        AttendanceStatus.ABSENT_WITHOUT_REASON: attendance.absent_without_reason,
    }
    absent = attendance.absent
    out = []
    for person in people:
        if person.status in named:
            key = person.person if person.person is not None else person.id
            mine, limit = named[person.status], limits[person.status]
            every = sum(len(n) for n in named.values()) + (key not in mine)
            fits = limit is None or len(mine | {key}) <= limit
            if fits and (absent is None or every <= absent):
                mine.add(key)
            else:
                person = attrs.evolve(person, status=None)  # noqa: PLW2901
        out.append(person)
    return tuple(out)


def _on_ballot(agendas: Sequence[Sequence[AgendaItem]]) -> set[str]:
    """The names of everyone on a secret ballot of ``agendas``."""
    return {
        r.person.full_name
        for agenda in agendas
        for item in agenda
        for ballot in (*item.elections, *item.confidence_polls, *item.confidence_votes)
        for r in getattr(ballot, "candidates" if isinstance(ballot, Election) else "entries")
    }


def _settled(people: Sequence[Participant], on_ballot: set[str]) -> tuple[Participant, ...]:
    """``people`` with every teller who is on a ballot made a delegate."""
    return tuple(
        attrs.evolve(p, role=ParticipantRole.DELEGATE)
        if p.role in _TELLERS and p.person is not None and p.person.full_name in on_ballot
        else p
        for p in people
    )


def settle_tellers(meetings: Sequence[Meeting]) -> tuple[Meeting, ...]:
    """``meetings`` with every teller who is on a ballot of any of them made a delegate."""
    on_ballot = _on_ballot([m.agenda for m in meetings])
    out = []
    for m in meetings:
        people = _settled(m.participants, on_ballot)
        out.append(m if people == m.participants else attrs.evolve(m, participants=people))
    return tuple(out)


def _agenda_item(
    draw: st.DrawFn,
    *,
    number: int | None = None,
    participant_ids: Sequence[str] | None = None,
    total_delegates: int | None = None,
    resolution_ids: Sequence[str] | None = None,
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
        votes=_some(draw, lambda: _agenda_vote(draw, total, resolution_ids), 2 if voting else 0),
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
    resolution_ids: Sequence[str] | None = None,
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
    agenda_items = tuple(
        _agenda_item(
            draw,
            number=i + 1,
            participant_ids=ids,
            total_delegates=total,
            resolution_ids=resolution_ids,
        )
        for i in range(n_items)
    )
    # The roll call's present bounds every vote that does not state its own; the strategy
    # keeps it above every vote, as minutes print no vote's own present.
    voting = [v.voting for a in agenda_items for v in a.votes]
    attendance = (
        _attendance(draw, total_delegates=total, min_present=max(voting, default=0))
        if _yes(draw)
        else None
    )
    people_ = _settled(people_, _on_ballot([agenda_items]))
    if attendance is not None:
        people_ = _fit_roll_call(people_, attendance)
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
        attendance=attendance,
        agenda=agenda_items,
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
