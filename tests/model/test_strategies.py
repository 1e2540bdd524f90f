"""The shipped hypothesis strategies: valid by construction, frozen, hashable, NFC, complete."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hdnd_model.model
from hdnd_model.model import (
    AdministrativeUnit,
    AgendaItem,
    Annex,
    Article,
    Attendance,
    Ballots,
    CandidateResult,
    Citation,
    Clause,
    CommitteeRule,
    Conclusion,
    ConclusionNotice,
    ConfidencePoll,
    ConfidencePollEntry,
    ConfidenceVote,
    ConfidenceVoteEntry,
    Council,
    DocumentNumber,
    DocumentRef,
    EffectiveDelayRule,
    Election,
    Meeting,
    Membership,
    Minutes,
    Organ,
    Participant,
    Person,
    PilotRule,
    Point,
    Policy,
    Question,
    Resolution,
    Session,
    Signature,
    Source,
    Statement,
    Term,
    VoteRule,
    VoteTally,
    use_policy,
)
from hdnd_model.model.vocab import NumberForm, ResolutionNature, UnitKind
from hdnd_model.testing import strategies as hst

Factory = Callable[[], st.SearchStrategy[Any]]

STRATEGIES: dict[type, Factory] = {
    AdministrativeUnit: hst.administrative_units,
    AgendaItem: hst.agenda_items,
    Annex: hst.annexes,
    Article: hst.articles,
    Attendance: hst.attendances,
    Ballots: hst.ballots,
    CandidateResult: hst.candidate_results,
    Citation: hst.citations,
    Clause: hst.clauses,
    CommitteeRule: hst.committee_rules,
    Conclusion: hst.conclusions,
    ConclusionNotice: hst.conclusion_notices,
    ConfidencePoll: hst.confidence_polls,
    ConfidencePollEntry: hst.confidence_poll_entries,
    ConfidenceVote: hst.confidence_votes,
    ConfidenceVoteEntry: hst.confidence_vote_entries,
    Council: hst.councils,
    DocumentNumber: hst.document_numbers,
    DocumentRef: hst.document_refs,
    EffectiveDelayRule: hst.effective_delay_rules,
    Election: hst.elections,
    Meeting: hst.meetings,
    Membership: hst.memberships,
    Minutes: hst.minutes,
    Organ: hst.organs,
    Participant: hst.participants,
    Person: hst.people,
    PilotRule: hst.pilot_rules,
    Point: hst.points,
    Policy: hst.policies,
    Question: hst.questions,
    Resolution: hst.resolutions,
    Session: hst.sessions,
    Signature: hst.signatures,
    Source: hst.sources,
    Statement: hst.statements,
    Term: hst.terms,
    VoteRule: hst.vote_rules,
    VoteTally: hst.vote_tallies,
}

VARIANTS: list[tuple[str, type, Factory]] = [
    ("persons", Person, hst.persons),
    ("large_sessions", Session, hst.large_sessions),
    ("large_minutes", Minutes, hst.large_minutes),
    ("minutes_of_session", Minutes, lambda: hst.minutes(kind="session")),
    ("minutes_of_meeting", Minutes, lambda: hst.minutes(kind="meeting")),
    *(
        (
            f"document_numbers_{form.value}",
            DocumentNumber,
            lambda f=form: hst.document_numbers(form=f),
        )
        for form in NumberForm
    ),
]

CASES = [pytest.param(cls, factory, id=factory.__name__) for cls, factory in STRATEGIES.items()] + [
    pytest.param(cls, factory, id=name) for name, cls, factory in VARIANTS
]

parametrized = pytest.mark.parametrize(("cls", "factory"), CASES)


def _values(obj: object) -> Iterator[object]:
    """``obj`` and every value nested in it through attrs fields and collections."""
    yield obj
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield from _values(getattr(obj, field.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            yield from _values(item)


def _rebuild(obj: Any) -> Any:
    """``obj`` built again from its fields, innermost objects first, running every validator."""
    if attrs.has(type(obj)):
        changes = {f.name: _rebuild(getattr(obj, f.name)) for f in attrs.fields(type(obj))}
        return attrs.evolve(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(_rebuild(item) for item in obj)
    return obj


class TestEveryStrategy:
    @parametrized
    @given(data=st.data())
    def test_yields_instances_of_its_class(
        self, cls: type, factory: Factory, data: st.DataObject
    ) -> None:
        """The strategy yields instances of its class."""
        assert type(data.draw(factory())) is cls

    @parametrized
    @given(data=st.data())
    def test_equal_to_its_copy_with_equal_hash(
        self, cls: type, factory: Factory, data: st.DataObject
    ) -> None:
        """An instance equals attrs.evolve of it, and both hash alike."""
        value = data.draw(factory())
        copy = attrs.evolve(value)
        assert value == copy
        assert hash(value) == hash(copy)

    @parametrized
    @given(data=st.data())
    def test_frozen(self, cls: type, factory: Factory, data: st.DataObject) -> None:
        """Assigning any attribute raises FrozenInstanceError."""
        value = data.draw(factory())
        for field in attrs.fields(cls):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(value, field.name, getattr(value, field.name))

    @parametrized
    @given(data=st.data())
    def test_validators_pass_again(self, cls: type, factory: Factory, data: st.DataObject) -> None:
        """Rebuilding an instance and everything in it runs the validators without an error."""
        value = data.draw(factory())
        attrs.validate(value)
        assert value == _rebuild(value)

    @parametrized
    @given(data=st.data())
    def test_text_is_nfc(self, cls: type, factory: Factory, data: st.DataObject) -> None:
        """Every text value, however deep, is non-empty NFC."""
        value = data.draw(factory())
        texts = [v for v in _values(value) if isinstance(v, str) and not isinstance(v, enum.Enum)]
        for text in texts:
            assert text.strip()
            assert unicodedata.is_normalized("NFC", text)


class TestLargeSessions:
    @given(session=hst.large_sessions())
    def test_shape(self, session: Session) -> None:
        """A large session: 3 sittings, 60 participants, 25 agenda items, 12 voted resolutions."""
        assert len(session.meetings) == 3
        assert sum(len(m.participants) for m in session.meetings) == 60
        assert sum(len(m.agenda) for m in session.meetings) == 25
        assert len(session.resolutions) == 12
        assert all(r.vote is not None for r in session.resolutions)


class TestMinutes:
    @given(record=hst.minutes(kind="session"))
    def test_session_kind(self, record: Minutes) -> None:
        """minutes(kind="session") records a session, every sitting within its days."""
        assert record.session is not None
        assert record.meeting is None
        assert all(record.first_day <= m.date <= record.last_day for m in record.meetings)

    @given(record=hst.minutes(kind="meeting"))
    def test_meeting_kind(self, record: Minutes) -> None:
        """minutes(kind="meeting") records a single meeting."""
        assert record.session is None
        assert record.meeting is not None

    @given(record=hst.minutes())
    def test_council_exists_on_the_days(self, record: Minutes) -> None:
        """The council's unit has a council on the first and last days recorded."""
        assert record.council.unit.has_council(record.first_day)
        assert record.council.unit.has_council(record.last_day)
        if record.term is not None:
            assert record.term.covers(record.first_day)
            assert record.term.covers(record.last_day)

    @given(data=st.data())
    def test_follows_the_policy_in_force(self, data: st.DataObject) -> None:
        """Under a policy without special-zone councils, no minutes belong to a đặc khu."""
        with use_policy(Policy(special_zone_has_council=False)):
            record = data.draw(hst.minutes())
        assert record.council.unit.kind is not UnitKind.SPECIAL_ZONE


class TestResolutions:
    @given(resolution=hst.resolutions())
    def test_number_fits_nature(self, resolution: Resolution) -> None:
        """Normative numbers carry the adoption year; individual ones carry none."""
        number = resolution.number
        if number is None:
            return
        assert number.kind == "NQ"
        if resolution.nature is ResolutionNature.NORMATIVE:
            assert number.form is NumberForm.NORMATIVE
            if resolution.adopted_on is not None:
                assert number.year == resolution.adopted_on.year
        else:
            assert number.form is NumberForm.ADMINISTRATIVE

    @given(number=hst.document_numbers())
    def test_document_numbers_round_trip(self, number: DocumentNumber) -> None:
        """Every drawn document number reads back from its text."""
        assert DocumentNumber.parse(str(number)) == number


class TestCoverage:
    def test_every_public_class_has_a_strategy(self) -> None:
        """Every attrs class in hdnd_model.model.__all__ has a strategy."""
        public = {
            obj
            for name in hdnd_model.model.__all__
            if isinstance(obj := getattr(hdnd_model.model, name), type) and attrs.has(obj)
        }
        assert public == set(STRATEGIES)

    def test_named_strategies_exist(self) -> None:
        """The strategy names other tests rely on are exported."""
        names = {
            "people", "persons", "administrative_units", "councils", "terms", "organs",
            "memberships", "participants", "attendances", "document_numbers", "document_refs",
            "vote_rules", "vote_tallies", "ballots", "elections", "confidence_polls",
            "confidence_vote_entries", "confidence_poll_entries", "confidence_votes",
            "candidate_results", "statements", "questions", "agenda_items", "meetings",
            "sessions", "signatures", "resolutions", "minutes", "policies", "large_sessions",
            "large_minutes",
        }  # fmt: skip
        assert names <= set(hst.__all__)
        assert all(callable(getattr(hst, name)) for name in names)

    def test_all_sorted(self) -> None:
        """The strategies module's __all__ is sorted."""
        assert sorted(hst.__all__) == hst.__all__
