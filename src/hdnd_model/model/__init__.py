"""The domain model: immutable attrs classes, standard library and attrs only.

Nothing here reads or writes files, JSON, XML or DOCX; those layers depend on the model, never
the reverse.
"""

from hdnd_model.model import _typed
from hdnd_model.model._checks import FORBIDDEN_CHARACTERS, MAX_COUNT, MAX_TEXT_LENGTH
from hdnd_model.model.content import Annex, Article, Citation, Clause, Point
from hdnd_model.model.council import Council, Membership, Organ, Term, committee_problem
from hdnd_model.model.documents import DocumentNumber, DocumentRef
from hdnd_model.model.meetings import AgendaItem, Meeting, Question, Session, Statement
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.notices import Conclusion, ConclusionNotice
from hdnd_model.model.people import Attendance, Participant, Person
from hdnd_model.model.provenance import Source, with_sources
from hdnd_model.model.resolutions import Resolution, Signature
from hdnd_model.model.rules import (
    CommitteeRule,
    EffectiveDelayRule,
    PilotRule,
    Policy,
    current_policy,
    use_policy,
)
from hdnd_model.model.units import AdministrativeUnit, Regime, kind_exists_on
from hdnd_model.model.votes import (
    AT_LEAST_TWO_THIRDS_OF_TOTAL,
    MORE_THAN_HALF_OF_TOTAL,
    Ballots,
    CandidateResult,
    ConfidencePoll,
    ConfidencePollEntry,
    ConfidenceVote,
    ConfidenceVoteEntry,
    Election,
    VoteRule,
    VoteTally,
)

__all__ = [
    "AT_LEAST_TWO_THIRDS_OF_TOTAL",
    "AdministrativeUnit",
    "AgendaItem",
    "Annex",
    "Article",
    "Attendance",
    "Ballots",
    "CandidateResult",
    "Citation",
    "Clause",
    "CommitteeRule",
    "Conclusion",
    "ConclusionNotice",
    "ConfidencePoll",
    "ConfidencePollEntry",
    "ConfidenceVote",
    "ConfidenceVoteEntry",
    "Council",
    "DocumentNumber",
    "DocumentRef",
    "EffectiveDelayRule",
    "Election",
    "FORBIDDEN_CHARACTERS",
    "MAX_COUNT",
    "MAX_TEXT_LENGTH",
    "MORE_THAN_HALF_OF_TOTAL",
    "Meeting",
    "Membership",
    "Minutes",
    "Organ",
    "Participant",
    "Person",
    "PilotRule",
    "Point",
    "Policy",
    "Question",
    "Regime",
    "Resolution",
    "Session",
    "Signature",
    "Source",
    "Statement",
    "Term",
    "VoteRule",
    "VoteTally",
    "committee_problem",
    "current_policy",
    "kind_exists_on",
    "use_policy",
    "with_sources",
]

_typed.install_all(__name__)
