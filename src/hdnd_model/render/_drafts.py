"""A conclusion notice drafted from the minutes of the meeting it concludes."""

from __future__ import annotations

import datetime as dt

from hdnd_model.errors import RenderError
from hdnd_model.model.documents import DocumentNumber
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.notices import Conclusion, ConclusionNotice
from hdnd_model.model.resolutions import Signature
from hdnd_model.model.vocab import OrganKind, ParticipantRole, SigningAuthority
from hdnd_model.wording import LABELS as L

__all__ = ["draft_notice"]

_ISSUERS = (OrganKind.STANDING_COMMITTEE, OrganKind.COUNCIL, OrganKind.COMMITTEE)


def draft_notice(
    minutes: Minutes,
    *,
    number: DocumentNumber | None = None,
    date: dt.date | None = None,
    recipients: tuple[str, ...] = (),
) -> ConclusionNotice:
    """The draft of the notice of a meeting's conclusions, from its minutes.

    The meeting is embedded (its day, chair, attendees and agenda give the opening paragraph);
    the conclusions are the chair's closing conclusions, then each agenda item's conclusion; the
    chair signs on behalf of the body (``TM. THƯỜNG TRỰC HĐND`` / ``CHỦ TỊCH``).

    Raises:
        RenderError: the minutes are of a session, or record no conclusion.
    """
    meeting = minutes.meeting
    if meeting is None or meeting.organ not in _ISSUERS:
        raise RenderError(f"minutes {minutes.id!r}: a notice concludes a meeting, not a session")
    texts = [*meeting.conclusions, *(i.conclusion for i in meeting.agenda if i.conclusion)]
    if not texts:
        raise RenderError(f"minutes {minutes.id!r}: the meeting records no conclusion")
    chair = next(
        (p for p in meeting.participants if p.role is ParticipantRole.CHAIR and p.person), None
    )
    signer = None
    if chair is not None and chair.person is not None:
        body = (
            L.ON_BEHALF_STANDING
            if meeting.organ is OrganKind.STANDING_COMMITTEE
            else minutes.council.name.upper()
        )
        signer = Signature(
            person=chair.person,
            title=L.CHAIR_TITLE,
            authority=SigningAuthority.ON_BEHALF,
            on_behalf_of=body,
        )
    return ConclusionNotice(
        id=f"tb-{minutes.id}",
        council=minutes.council,
        issuer=meeting.organ,
        number=number,
        date=date or meeting.date,
        place=minutes.place,
        meeting=meeting,
        conclusions=tuple(Conclusion(text=t) for t in texts),
        signer=signer,
        recipients=recipients,
    )
