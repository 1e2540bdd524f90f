"""Round trips for every public class, with every output checked by independent validators."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
import xmlschema
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import hdnd_model as hm
from hdnd_model.serialize._spec import RECORD_CLASSES
from hdnd_model.testing import strategies as hst

STRATEGIES: dict[type, Any] = {
    hm.AdministrativeUnit: hst.administrative_units,
    hm.AgendaItem: hst.agenda_items,
    hm.Annex: hst.annexes,
    hm.Article: hst.articles,
    hm.Attendance: hst.attendances,
    hm.Ballots: hst.ballots,
    hm.CandidateResult: hst.candidate_results,
    hm.Citation: hst.citations,
    hm.Clause: hst.clauses,
    hm.CommitteeRule: hst.committee_rules,
    hm.Conclusion: hst.conclusions,
    hm.ConclusionNotice: hst.conclusion_notices,
    hm.ConfidencePoll: hst.confidence_polls,
    hm.ConfidencePollEntry: hst.confidence_poll_entries,
    hm.ConfidenceVote: hst.confidence_votes,
    hm.ConfidenceVoteEntry: hst.confidence_vote_entries,
    hm.Council: hst.councils,
    hm.DocumentNumber: hst.document_numbers,
    hm.DocumentRef: hst.document_refs,
    hm.EffectiveDelayRule: hst.effective_delay_rules,
    hm.Election: hst.elections,
    hm.Meeting: hst.meetings,
    hm.Membership: hst.memberships,
    hm.Minutes: hst.minutes,
    hm.Organ: hst.organs,
    hm.Participant: hst.participants,
    hm.Person: hst.people,
    hm.PilotRule: hst.pilot_rules,
    hm.Point: hst.points,
    hm.Policy: hst.policies,
    hm.Question: hst.questions,
    hm.Resolution: hst.resolutions,
    hm.Session: hst.sessions,
    hm.Signature: hst.signatures,
    hm.Source: hst.sources,
    hm.Statement: hst.statements,
    hm.Term: hst.terms,
    hm.VoteRule: hst.vote_rules,
    hm.VoteTally: hst.vote_tallies,
}


class TestCoverage:
    def test_every_public_class_has_a_strategy(self) -> None:
        """Every class a document can hold is covered by a round-trip property."""
        assert sorted(c.__name__ for c in RECORD_CLASSES) == sorted(c.__name__ for c in STRATEGIES)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
class TestRoundTrip:
    @given(data=st.data())
    def test_json_round_trip(
        self, cls: type, data: st.DataObject, json_validator: jsonschema.Draft202012Validator
    ) -> None:
        """from_json(to_json(x)) == x, and the document validates against the JSON Schema."""
        obj = data.draw(STRATEGIES[cls]())
        text = hm.to_json(obj)
        assert obj == hm.from_json(text)
        assert obj == hm.from_json(text, cls)
        assert [] == [e.message for e in json_validator.iter_errors(json.loads(text))]

    @given(data=st.data())
    def test_xml_round_trip(
        self,
        cls: type,
        data: st.DataObject,
        lxml_schema: etree.XMLSchema,
        xml_schema: xmlschema.XMLSchema,
    ) -> None:
        """from_xml(to_xml(x)) == x, and the document validates against the XSD twice over."""
        obj = data.draw(STRATEGIES[cls]())
        document = hm.to_xml(obj)
        assert obj == hm.from_xml(document)
        assert lxml_schema.validate(etree.fromstring(document)), lxml_schema.error_log
        assert [] == [str(e) for e in xml_schema.iter_errors(document.decode("utf-8"))]

    @given(data=st.data())
    def test_json_xml_json_is_identity(self, cls: type, data: st.DataObject) -> None:
        """JSON -> model -> XML -> model -> JSON gives back the same JSON."""
        text = hm.to_json(data.draw(STRATEGIES[cls]()))
        assert text == hm.to_json(hm.from_xml(hm.to_xml(hm.from_json(text))))


class TestSeed:
    def test_seed_round_trips(self, seed: hm.Minutes) -> None:
        """The seed example survives both formats."""
        assert seed == hm.from_json(hm.to_json(seed))
        assert seed == hm.from_xml(hm.to_xml(seed))

    @settings(max_examples=3, deadline=None)  # large records: the time varies with the load
    @given(session=hst.large_sessions())
    def test_large_session_round_trips(
        self,
        session: hm.Session,
        json_validator: jsonschema.Draft202012Validator,
        lxml_schema: etree.XMLSchema,
    ) -> None:
        """A large session (3 sittings, 60 participants, 12 resolutions) survives both formats."""
        text = hm.to_json(session)
        assert session == hm.from_json(text)
        assert session == hm.from_xml(hm.to_xml(session))
        assert [] == [e.message for e in json_validator.iter_errors(json.loads(text))]
        assert lxml_schema.validate(etree.fromstring(hm.to_xml(session)))
