"""Conclusion notices (thông báo kết luận) of a Standing Committee (``documents.md`` §12).

After a meeting, the Standing Committee (Thường trực) of a council issues a notice of what it
concluded: ``05/TB-HĐND``, an opening paragraph (when and where it met, who chaired, what it
heard), numbered conclusions each with who is to act and by when, the signature, ``Nơi nhận``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.council import Council
from hdnd_model.model.documents import DocumentNumber, DocumentRef, check_number_kind
from hdnd_model.model.meetings import Meeting
from hdnd_model.model.provenance import Source
from hdnd_model.model.resolutions import Signature
from hdnd_model.model.vocab import DocumentKind, OrganKind

__all__ = ["Conclusion", "ConclusionNotice"]

_ISSUERS = frozenset({OrganKind.STANDING_COMMITTEE, OrganKind.COUNCIL, OrganKind.COMMITTEE})


@attrs.frozen(kw_only=True)
class Conclusion:
    """One numbered conclusion of a notice (kết luận), with who is to act and by when.

    Attributes:
        text: the conclusion as written.
        addressee: who is asked or assigned to act (``"Ủy ban nhân dân tỉnh"``,
            ``"Văn phòng"``), when the conclusion names one.
        deadline: the day by which, when the conclusion gives a date.
    """

    text: str = attrs.field(validator=_checks.text)
    addressee: str | None = attrs.field(default=None, validator=_checks.optional_text)
    deadline: dt.date | None = None


@attrs.frozen(kw_only=True)
class ConclusionNotice:
    """A conclusion notice (thông báo kết luận): ``05/TB-HĐND``, issued by a Standing Committee.

    The meeting it concludes is embedded (``meeting``), when the archive holds it, or named
    (``meeting_id``, ``meeting_date``, ``meeting_title``), or both. Conclusions are numbered by
    their order.

    Attributes:
        id: the id of the record.
        council: the council whose body issues it.
        conclusions: the conclusions, in order (at least one).
        issuer: the issuing body: the Standing Committee (Thường trực) by default.
        number: its number (``05/TB-HĐND``), once assigned.
        title: its summary under ``THÔNG BÁO`` (``"Kết luận của Thường trực Hội đồng nhân dân
            tỉnh tại phiên họp thường kỳ tháng 3"``), when given.
        place: the place of the place and date line.
        date: the date of the notice.
        meeting: the meeting concluded, embedded.
        meeting_id: the id of the meeting concluded, when it is recorded elsewhere.
        meeting_date: the day of the meeting, when the meeting is not embedded.
        meeting_title: the meeting's name as the notice writes it, when not embedded.
        opening: the opening paragraph as written, when the notice is not derived from the
            embedded meeting.
        documents: the documents the notice refers to.
        signer: who signs (``TM. THƯỜNG TRỰC HĐND`` / ``CHỦ TỊCH``, or ``KT.``).
        recipients: the ``Nơi nhận`` lines, without the filing line.
        filing: the filing line after ``Lưu:``, when given.
        sources: where the record comes from (pages, files), in the order given.
    """

    DOCUMENT_KIND: ClassVar[DocumentKind] = DocumentKind.NOTICE
    """The kind of document notices are: their numbers carry ``TB``."""

    id: str = attrs.field(validator=_checks.identifier)
    council: Council
    conclusions: tuple[Conclusion, ...]
    issuer: OrganKind = OrganKind.STANDING_COMMITTEE
    number: DocumentNumber | None = None
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    place: str | None = attrs.field(default=None, validator=_checks.optional_text)
    date: dt.date | None = None
    meeting: Meeting | None = None
    meeting_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    meeting_date: dt.date | None = None
    meeting_title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    opening: str | None = attrs.field(default=None, validator=_checks.optional_text)
    documents: tuple[DocumentRef, ...] = ()
    signer: Signature | None = None
    recipients: tuple[str, ...] = attrs.field(default=(), validator=_checks.texts)
    filing: str | None = attrs.field(default=None, validator=_checks.optional_text)
    sources: tuple[Source, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_number_kind(self, self.number, self.DOCUMENT_KIND)
        _checks.unique(self, "sources", self.sources, "source")
        if not self.conclusions:
            raise fail(self, "conclusions", (), "must list at least one conclusion")
        if self.issuer not in _ISSUERS:
            raise fail(
                self,
                "issuer",
                self.issuer.value,
                "must be the standing_committee, the council or a committee",
            )
        self._check_meeting()
        held = "meeting.date" if self.meeting is not None else "meeting_date"
        for field, day in (("date", self.date), (held, self.held_on)):
            problem = None if day is None else self.council.life_problem(day)
            if problem:
                raise fail(self, field, str(day), problem)

    def _check_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None:
            if self.date and self.meeting_date and self.date < self.meeting_date:
                raise fail(self, "date", self.date.isoformat(), "must not be before meeting_date")
            return
        if self.meeting_id not in (None, meeting.id):
            raise fail(self, "meeting_id", self.meeting_id, f"must be None or {meeting.id!r}")
        for field in ("meeting_date", "meeting_title"):
            if getattr(self, field) is not None:
                raise fail(
                    self, field, getattr(self, field), "must be None when the meeting is embedded"
                )
        if meeting.organ is not self.issuer:
            raise fail(
                self,
                "meeting.organ",
                meeting.organ.value,
                f"must be the issuer of the notice ({self.issuer.value})",
            )
        if self.date is not None and self.date < meeting.date:
            raise fail(
                self,
                "date",
                self.date.isoformat(),
                f"must not be before {meeting.date.isoformat()}",
            )

    @property
    def held_on(self) -> dt.date | None:
        """The day of the meeting concluded, embedded or named."""
        return self.meeting.date if self.meeting is not None else self.meeting_date
