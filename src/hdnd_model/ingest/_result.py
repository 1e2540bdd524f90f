"""What an importer returns: the facts read, the draft record, the evidence and the warnings.

Every fact an importer extracts is a field of :class:`Draft` and has at least one
:class:`Evidence` saying where it was read and by which rule. A fact the source does not state
stays ``None`` (or an empty tuple); nothing is filled from a default.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

__all__ = [
    "Draft",
    "Evidence",
    "ImportResult",
    "PersonFact",
    "RecordKind",
    "ResolutionFact",
    "VoteFact",
]


class RecordKind(enum.StrEnum):
    """What a source is: the kind of record an importer reads it as.

    The values are the summary's ``kind`` strings (the corpus expected-file schema).
    """

    SESSION_REPORT = "session_report"
    """A report of a council session (kỳ họp) or one of its sittings."""
    STANDING_COMMITTEE_MEETING = "standing_committee_meeting"
    """A meeting of the Standing Committee (Thường trực HĐND), even one preparing a session."""
    QUESTIONING_SESSION = "questioning_session"
    """A questioning session (phiên chất vấn)."""
    EXPLANATION_SESSION = "explanation_session"
    """An explanation session (phiên giải trình)."""
    RESOLUTION = "resolution"
    """The text of a resolution (nghị quyết)."""
    ANNOUNCEMENT = "announcement"
    """A notice or other post about the council's work."""
    MINUTES_TEMPLATE = "minutes_template"
    """A blank form."""


@attrs.frozen(kw_only=True)
class Evidence:
    """Where and how one fact was read (chứng cứ của một dữ kiện).

    Attributes:
        field: the draft field the fact fills (``"date"``, ``"people[0]"``).
        value: the value read, as text.
        source: the source's name.
        rule: the name of the rule that matched (``"date.event_sentence"``).
        confidence: how sure the rule is, from 0 to 1.
        start: the first character of the matched text in :attr:`ImportResult.text`.
        end: one past its last character.
        paragraph: the paragraph index, for sources read by paragraph (DOCX).
    """

    field: str
    value: str
    source: str
    rule: str
    confidence: float
    start: int | None = None
    end: int | None = None
    paragraph: int | None = None


@attrs.frozen(kw_only=True)
class PersonFact:
    """A named person and their title as written (``đồng chí X - Chủ tịch HĐND quận``).

    Attributes:
        name: the full name, without titles.
        role: ``"chair"``, ``"co_chair"``, ``"secretary"``, ``"participant"`` or ``"signer"``.
        title: the title as written, when stated.
    """

    name: str
    role: str
    title: str | None = None


@attrs.frozen(kw_only=True)
class ResolutionFact:
    """A resolution adopted (nghị quyết được thông qua), with the counts the source states.

    ``present`` is the base of the counts when the source counts those present; a percentage
    of all delegates is never turned into a count of those present.
    """

    title: str
    number: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstain: int | None = None
    total_delegates: int | None = None
    present: int | None = None


@attrs.frozen(kw_only=True)
class VoteFact:
    """A ballot other than a resolution vote: a confidence poll or vote, or an election.

    Attributes:
        subject: what the ballot was (``"Lấy phiếu tín nhiệm"``, ``"Bỏ phiếu tín nhiệm"``,
            ``"Bầu cử"``).
        person: the official or candidate (None for a ballot reported without names).
        title: their title as written.
        counts: the stated counts by key (``valid_ballots``, ``high_confidence``,
            ``confidence``, ``low_confidence``, ``trust``, ``no_trust``, ``votes``).
        total_delegates: the total the shares are taken against, when stated or implied by
            the stated shares of all delegates.
        result: ``"elected"`` or ``"not elected"`` for an election, when stated.
        tally: the tally as written (``"20/25"``).
    """

    subject: str
    person: str | None = None
    title: str | None = None
    counts: tuple[tuple[str, int], ...] = ()
    total_delegates: int | None = None
    result: str | None = None
    tally: str | None = None


@attrs.frozen(kw_only=True)
class Draft:
    """The facts read from one source; every field ``None`` or empty unless stated.

    Attributes:
        kind: the kind of record (a :class:`RecordKind`).
        headline: the headline as written.
        level: the council's level (``province``, ``district``, ``commune``).
        unit_type: the unit's generic noun (``tỉnh``, ``quận``, ``xã`` ...).
        unit_name: the unit's proper name.
        khoa: the term's ordinal (khóa).
        period: the term label (``2016-2021``).
        session_number: the session's number, or a Standing Committee meeting's own number.
        session_kind: the summary's session kind value.
        meeting_kind: the kind of meeting stated (a :class:`~hdnd_model.MeetingKind` value).
        date: the event (or a resolution's adoption) date.
        end_date: the last day of a session that runs over several days.
        document_date: the date in a document's header.
        people: the named people, chairs first.
        present: delegates present.
        total_delegates: delegates in office.
        resolutions_count: the number of resolutions the text says were adopted, when it
            counts them (``đã thông qua 12 nghị quyết``).
        documents: document numbers referenced, normalised, the record's own excluded.
        own_number: the record's own number (a resolution's or minutes' số).
        resolutions: resolutions adopted.
        votes: other ballots (confidence polls and votes, elections).
        agenda: agenda items.
        conclusions: the conclusions (kết luận).
    """

    kind: RecordKind | None = attrs.field(
        default=None, converter=attrs.converters.optional(RecordKind)
    )
    headline: str | None = None
    level: str | None = None
    unit_type: str | None = None
    unit_name: str | None = None
    khoa: int | None = None
    period: str | None = None
    session_number: int | None = None
    session_kind: str | None = None
    meeting_kind: str | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    document_date: dt.date | None = None
    people: tuple[PersonFact, ...] = ()
    present: int | None = None
    total_delegates: int | None = None
    resolutions_count: int | None = None
    documents: tuple[str, ...] = ()
    own_number: str | None = None
    resolutions: tuple[ResolutionFact, ...] = ()
    votes: tuple[VoteFact, ...] = ()
    agenda: tuple[str, ...] = ()
    conclusions: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class ImportResult:
    """One imported source: the facts, the draft record, the evidence and the warnings.

    Attributes:
        source: the source's name (a path or the name given).
        importer: the importer that read it (``"article"``, ``"html"``, ``"docx"``).
        text: the text the evidence offsets refer to (NFC, after any legacy conversion).
        draft: every fact read.
        record: the draft model record (a :class:`~hdnd_model.Minutes`,
            :class:`~hdnd_model.Meeting`, :class:`~hdnd_model.Resolution`), or None when the
            facts stated are not enough for one without guessing.
        evidence: where each fact was read.
        warnings: what a reviewer should look at (encoding repairs, truncation, facts the
            model could not hold).
        encoding: how the bytes were read (``"utf-8"``, ``"tcvn3"``, ``"vni"`` ...).
    """

    source: str
    importer: str
    text: str
    draft: Draft
    record: Any = None
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str = "utf-8"

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """The evidence for ``field`` and its items (``"people"`` covers ``"people[0]"``)."""
        return tuple(
            e for e in self.evidence if e.field == field or e.field.startswith(f"{field}[")
        )

    def quote(self, evidence: Evidence) -> str:
        """The text an evidence item points at, or its value for paragraph evidence."""
        if evidence.start is None or evidence.end is None:
            return evidence.value
        return self.text[evidence.start : evidence.end]
