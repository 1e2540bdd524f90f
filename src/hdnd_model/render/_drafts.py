"""Documents drafted from minutes: the notice of a meeting, a session's resolution alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from hdnd_model.errors import RenderError
from hdnd_model.model.documents import DocumentNumber
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.notices import Conclusion, ConclusionNotice
from hdnd_model.model.resolutions import Resolution, Signature
from hdnd_model.model.vocab import OrganKind, ParticipantRole, SigningAuthority
from hdnd_model.wording import LABELS as L

__all__ = ["draft_notice", "standalone_resolution"]

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


def standalone_resolution(minutes: Minutes, resolution_id: str) -> Resolution:
    """A resolution of a session's minutes, with what its document prints filled in from them.

    The council is embedded; the khóa, the session's number, kind and series, the adoption
    date (the session's last day) are taken from the minutes where the resolution leaves them
    out, so that ``render_document`` can set it out on its own.

    Raises:
        RenderError: the minutes record no resolution with that id.
    """
    found = next((r for r in minutes.resolutions if r.id == resolution_id), None)
    if found is None:
        raise RenderError(f"minutes {minutes.id!r}: no resolution {resolution_id!r}")
    session = minutes.session
    term = minutes.term
    changes: dict[str, Any] = {"council": minutes.council}
    if found.khoa is None and term is not None and term.khoa is not None:
        changes["khoa"] = term.khoa
    if session is not None and found.session_number is None and session.number is not None:
        changes["session_number"] = session.number
        changes["session_series"] = session.series
        changes["session_kind"] = found.session_kind or session.kind
    if found.adopted_on is None and found.signed_on is None:
        changes["adopted_on"] = minutes.last_day
    return attrs.evolve(found, **changes)
