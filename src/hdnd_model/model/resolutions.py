"""Resolutions (nghị quyết) of a council or its Standing Committee, with their content.

``domain.md`` §4.1 and ``documents.md`` §11, §13: normative (``12/2020/NQ-HĐND``) or individual
(``45/NQ-HĐND``), what they cite and provide, the dates of adoption, signing and effect, and the
signature with its authority.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import ClassVar

import attrs

from hdnd_model.errors import ModelWarning
from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.content import Annex, Article, Citation, check_articles
from hdnd_model.model.council import Council, check_khoa
from hdnd_model.model.documents import DocumentNumber, DocumentRef, check_number_kind
from hdnd_model.model.people import Person
from hdnd_model.model.provenance import Source
from hdnd_model.model.rules import current_policy
from hdnd_model.model.vocab import (
    DocumentKind,
    NumberForm,
    OrganKind,
    ResolutionNature,
    ResolutionProcedure,
    RuleMode,
    SessionKind,
    SessionSeries,
    SigningAuthority,
)
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


_ISSUERS = frozenset({OrganKind.COUNCIL, OrganKind.STANDING_COMMITTEE})


@attrs.frozen(kw_only=True)
class Resolution:
    """A resolution (nghị quyết): legal normative or individual, with its content.

    A resolution adopted at a session sits in :attr:`Session.resolutions` and names its council
    and session by id; one that stands alone (archived from its own text) embeds its
    ``council`` and gives the khóa and the session's number as the header does
    (``KHÓA VII, KỲ HỌP THỨ 3``). Every field but ``id`` and ``title`` may be left out when the
    source does not give it.

    Attributes:
        id: the id other objects use to refer to it.
        title: its summary (trích yếu), e.g. ``"Về Nội quy kỳ họp"``.
        nature: normative (``12/2020/NQ-HĐND``) or individual (``45/NQ-HĐND``).
        number: its number, once assigned.
        council_id: the council that adopted it.
        session_id: the session that adopted it.
        adopted_on: the date of adoption (in the closing sentence: "thông qua ngày ...").
        effective_on: the date it takes effect.
        signer: who signed it, with the authority (``CHỦ TỊCH``; ``TM.``; ``KT.``).
        vote: the vote that adopted it.
        council: the issuing council, for a resolution that stands alone.
        issuer: the body that issued it: the council, or its Standing Committee.
        khoa: the khóa of the council that adopted it.
        session_number: the number of the session (kỳ họp thứ 3).
        session_kind: the session's kind, when the header names it (``kỳ họp chuyên đề``).
        session_series: the session's numbering series (``KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7``).
        place: the place of the place and date line (``Phú Yên``).
        signed_on: the date of the place and date line: the day it was signed and numbered.
        procedure: how a normative resolution was adopted (the shortened procedure lets it take
            effect without the usual delay); None when the text does not say.
        legal_bases: the legal bases (căn cứ), in order.
        considerations: what the council considered (xét): submissions, review reports, the
            delegates' discussion.
        articles: the articles (Điều), in order.
        annexes: the annexes (Phụ lục), by title.
        repeals: the documents it repeals or replaces.
        recipients: the ``Nơi nhận`` lines, without the filing line.
        filing: the filing line after ``Lưu:`` (``"VT, TH"``), when given.
        sources: where the record comes from (pages, files), in the order given.
    """

    DOCUMENT_KIND: ClassVar[DocumentKind] = DocumentKind.RESOLUTION
    """The kind of document resolutions are: their numbers carry ``NQ``."""

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
    council: Council | None = None
    issuer: OrganKind = OrganKind.COUNCIL
    khoa: int | None = attrs.field(default=None, validator=check_khoa)
    session_number: int | None = attrs.field(default=None, validator=_checks.positive)
    session_kind: SessionKind | None = None
    session_series: SessionSeries = SessionSeries.MAIN
    place: str | None = attrs.field(default=None, validator=_checks.optional_text)
    signed_on: dt.date | None = None
    procedure: ResolutionProcedure | None = None
    legal_bases: tuple[Citation, ...] = ()
    considerations: tuple[Citation, ...] = ()
    articles: tuple[Article, ...] = ()
    annexes: tuple[Annex, ...] = ()
    repeals: tuple[DocumentRef, ...] = ()
    recipients: tuple[str, ...] = attrs.field(default=(), validator=_checks.texts)
    filing: str | None = attrs.field(default=None, validator=_checks.optional_text)
    sources: tuple[Source, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.sources:
            _checks.unique(self, "sources", self.sources, "source")
        if self.number is not None:
            self._check_number(self.number)
        if self.adopted_on is not None:
            self._check_dates(self.adopted_on)
        if self.council is not None or self.issuer not in _ISSUERS:
            self._check_issuer()
        if self.vote is not None and self.vote.resolution_id not in (None, self.id):
            raise fail(
                self,
                "vote.resolution_id",
                self.vote.resolution_id,
                f"must be None or this resolution's id ({self.id!r})",
            )
        if self.articles:
            check_articles(self, "articles", self.articles)
        if self.annexes:
            _checks.unique(
                self, "annexes", [a.label for a in self.annexes if a.label], "annex label"
            )
        if self.effective_on is not None and self.nature is ResolutionNature.NORMATIVE:
            _check_effective_delay(self)

    def _check_number(self, number: DocumentNumber) -> None:
        check_number_kind(self, number, self.DOCUMENT_KIND)
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
        # The number is given when the resolution is signed (Decree 30, Art. 15).
        field, day = (
            ("signed_on", self.signed_on) if self.signed_on else ("adopted_on", self.adopted_on)
        )
        if day is not None and number.year is not None and number.year != day.year:
            raise fail(
                self, field, day.isoformat(), f"must fall in the year of the number {number}"
            )

    def _check_dates(self, adopted: dt.date) -> None:
        if self.effective_on and self.effective_on < adopted:
            raise fail(
                self,
                "effective_on",
                self.effective_on.isoformat(),
                "must not be before adopted_on",
            )
        if self.signed_on and self.signed_on < adopted:
            raise fail(
                self, "signed_on", self.signed_on.isoformat(), "must not be before adopted_on"
            )

    def _check_issuer(self) -> None:
        if self.issuer not in _ISSUERS:
            raise fail(
                self,
                "issuer",
                self.issuer.value,
                "must be the council or its standing_committee",
            )
        council = self.council
        if council is None:
            return
        if self.council_id not in (None, council.id):
            raise fail(self, "council_id", self.council_id, f"must be None or {council.id!r}")
        for field in ("adopted_on", "signed_on"):
            day: dt.date | None = getattr(self, field)
            problem = None if day is None else council.life_problem(day)
            if problem:
                raise fail(self, field, str(day), problem)

    @property
    def issuing_council_id(self) -> str | None:
        """The id of the council that adopted it, named or embedded."""
        if self.council_id is not None:
            return self.council_id
        return self.council.id if self.council is not None else None

    @property
    def passed(self) -> bool | None:
        """Whether the recorded vote carried, or None without a vote."""
        return None if self.vote is None else self.vote.passed


def _check_effective_delay(resolution: Resolution) -> None:
    """The least delay of ``documents.md`` §13.3 between signing (or adoption) and effect.

    Signing follows adoption, so a delay too short from the adoption date is too short from
    the signing date too: without a signing date, the adoption date is checked.
    """
    policy = current_policy()
    mode = policy.effective_delay_check
    if mode is RuleMode.OFF or resolution.procedure in (
        ResolutionProcedure.SHORTENED,
        ResolutionProcedure.SPECIAL,
    ):
        return
    field = "signed_on" if resolution.signed_on is not None else "adopted_on"
    start: dt.date | None = getattr(resolution, field)
    effective = resolution.effective_on
    if start is None or effective is None:
        return
    rule = policy.effective_delay(start)
    if rule is None:
        return
    level = resolution.council.unit.level if resolution.council is not None else None
    days = rule.days(level)
    if (effective - start).days >= days:
        return
    error = fail(
        resolution,
        "effective_on",
        effective.isoformat(),
        f"must be at least {days} days after {field} ({start.isoformat()}) for a normative "
        f"resolution ({rule.legal_basis}), unless adopted by the shortened procedure",
    )
    if mode is RuleMode.REFUSE:
        raise error
    warnings.warn(str(error), ModelWarning, stacklevel=4)
