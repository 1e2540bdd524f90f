"""Resolutions (nghị quyết) of a council or its Standing Committee (``domain.md`` §4.1)."""

from __future__ import annotations

import datetime as dt

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.documents import DocumentNumber
from hdnd_model.model.people import Person
from hdnd_model.model.vocab import DocumentKind, NumberForm, ResolutionNature, SigningAuthority
from hdnd_model.model.votes import VoteTally

__all__ = ["Resolution", "Signature"]


@attrs.frozen(kw_only=True)
class Signature:
    """A signature block: the authority prefix, the title and the bare name.

    Attributes:
        person: who signs (the name only: no degrees or titles, Decree 30).
        title: the signer's title in the block (``"CHỦ TỊCH"``, ``"CHỦ TỌA"``, ``"THƯ KÝ"``).
        authority: TM., KT., Q., TL., TUQ. or none.
        on_behalf_of: the collective named after the prefix (``"HỘI ĐỒNG NHÂN DÂN"``).
    """

    person: Person
    title: str = attrs.field(validator=_checks.name)
    authority: SigningAuthority = SigningAuthority.NONE
    on_behalf_of: str | None = attrs.field(default=None, validator=_checks.optional_name)

    def __attrs_post_init__(self) -> None:
        if self.authority is SigningAuthority.NONE and self.on_behalf_of is not None:
            raise fail(self, "on_behalf_of", self.on_behalf_of, "needs an authority prefix")
        if self.authority is not SigningAuthority.NONE and self.on_behalf_of is None:
            raise fail(
                self,
                "on_behalf_of",
                None,
                f"must name the body after {self.authority.label_vi}",
            )


@attrs.frozen(kw_only=True)
class Resolution:
    """A resolution (nghị quyết): legal normative or individual.

    Attributes:
        id: the id other objects use to refer to it.
        title: its summary (trích yếu), e.g. ``"Về Nội quy kỳ họp"``.
        nature: normative (``12/2020/NQ-HĐND``) or individual (``45/NQ-HĐND``).
        number: its number, once assigned.
        council_id: the council that adopted it.
        session_id: the session that adopted it.
        adopted_on: the date of adoption.
        effective_on: the date it takes effect.
        signer: who signed it.
        vote: the vote that adopted it.
    """

    id: str = attrs.field(validator=_checks.identifier)
    title: str = attrs.field(validator=_checks.text)
    nature: ResolutionNature = ResolutionNature.INDIVIDUAL
    number: DocumentNumber | None = None
    council_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    session_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    adopted_on: dt.date | None = None
    effective_on: dt.date | None = None
    signer: Signature | None = None
    vote: VoteTally | None = None

    def __attrs_post_init__(self) -> None:
        number = self.number
        if number is not None:
            if number.document_kind is not DocumentKind.RESOLUTION:
                raise fail(self, "number", str(number), "must be a resolution number (NQ)")
            expected = (
                NumberForm.NORMATIVE
                if self.nature is ResolutionNature.NORMATIVE
                else NumberForm.ADMINISTRATIVE
            )
            if number.form is not expected:
                example = "12/2020/NQ-HĐND" if expected is NumberForm.NORMATIVE else "45/NQ-HĐND"
                raise fail(
                    self,
                    "number",
                    str(number),
                    f"must have the form of a {self.nature.label_vi} ({example})",
                )
            if self.adopted_on and number.year is not None and number.year != self.adopted_on.year:
                raise fail(
                    self,
                    "adopted_on",
                    self.adopted_on.isoformat(),
                    f"must fall in the year of the number {number}",
                )
        if self.adopted_on and self.effective_on and self.effective_on < self.adopted_on:
            raise fail(
                self,
                "effective_on",
                self.effective_on.isoformat(),
                "must not be before adopted_on",
            )
        if self.vote is not None and self.vote.resolution_id not in (None, self.id):
            raise fail(
                self,
                "vote.resolution_id",
                self.vote.resolution_id,
                f"must be None or this resolution's id ({self.id!r})",
            )

    @property
    def passed(self) -> bool | None:
        """Whether the recorded vote carried, or None without a vote."""
        return None if self.vote is None else self.vote.passed
