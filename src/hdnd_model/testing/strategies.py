"""Hypothesis strategies for every public model class, valid by construction.

Use them in your own property tests::

    from hypothesis import given
    from hdnd_model.testing import strategies as hst

    @given(hst.minutes())
    def test_renders(minutes): ...

Every strategy builds its objects so that they pass the model's validators, without filtering:
ids do not repeat, counts add up, dates fall within their session, their term and the life of
the council, references resolve. Text is real Vietnamese in NFC. Collections are small by default
(0-4 items) so that property tests stay fast; :func:`large_sessions` and :func:`large_minutes`
build big records.

:func:`minutes` reads the policy in force (:func:`hdnd_model.model.current_policy`) when it
draws, so it follows a policy put in force with :func:`hdnd_model.model.use_policy`.
"""

from hdnd_model.testing import _draw, _sessions
from hdnd_model.testing._documents import document_numbers, document_refs
from hdnd_model.testing._draw import identifiers
from hdnd_model.testing._meetings import agenda_items, meetings, questions, statements
from hdnd_model.testing._minutes import MinutesKind, large_minutes, minutes
from hdnd_model.testing._notices import conclusion_notices, conclusions
from hdnd_model.testing._people import attendances, participants, people, persons
from hdnd_model.testing._resolutions import (
    SignatureBlock,
    annexes,
    articles,
    citations,
    clauses,
    points,
    resolutions,
    signatures,
)
from hdnd_model.testing._sessions import large_sessions, sessions
from hdnd_model.testing._sources import sources
from hdnd_model.testing._units import (
    administrative_units,
    committee_rules,
    councils,
    effective_delay_rules,
    memberships,
    organs,
    pilot_rules,
    policies,
    terms,
)
from hdnd_model.testing._votes import (
    ballots,
    candidate_results,
    confidence_poll_entries,
    confidence_polls,
    confidence_vote_entries,
    confidence_votes,
    elections,
    vote_rules,
    vote_tallies,
)

__all__ = [
    "EARLIEST",
    "LARGE_AGENDA",
    "LARGE_PARTICIPANTS",
    "LARGE_RESOLUTIONS",
    "LATEST",
    "MinutesKind",
    "SignatureBlock",
    "administrative_units",
    "agenda_items",
    "annexes",
    "articles",
    "attendances",
    "ballots",
    "candidate_results",
    "citations",
    "clauses",
    "committee_rules",
    "conclusion_notices",
    "conclusions",
    "confidence_poll_entries",
    "confidence_polls",
    "confidence_vote_entries",
    "confidence_votes",
    "councils",
    "document_numbers",
    "document_refs",
    "effective_delay_rules",
    "elections",
    "identifiers",
    "large_minutes",
    "large_sessions",
    "meetings",
    "memberships",
    "minutes",
    "organs",
    "participants",
    "people",
    "persons",
    "pilot_rules",
    "points",
    "policies",
    "questions",
    "resolutions",
    "sessions",
    "signatures",
    "sources",
    "statements",
    "terms",
    "vote_rules",
    "vote_tallies",
]

# Bound here, with their docstrings, so that the API reference documents them.
EARLIEST = _draw.EARLIEST
"""The first day drawn for dated records."""
LATEST = _draw.LATEST
"""The last day drawn for dated records."""
LARGE_PARTICIPANTS = _sessions.LARGE_PARTICIPANTS
"""Participants per sitting of a large session."""
LARGE_AGENDA = _sessions.LARGE_AGENDA
"""Agenda items per sitting of a large session."""
LARGE_RESOLUTIONS = _sessions.LARGE_RESOLUTIONS
"""Resolutions of a large session, each with its vote."""
