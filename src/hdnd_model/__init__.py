"""hdnd_model: a typed, immutable model of Vietnamese People's Council proceedings.

The public API is what this module exports; everything else is private. The model classes,
the vocabularies (also in :mod:`hdnd_model.vocab`) and the error tree are here.
"""

import importlib
from typing import TYPE_CHECKING, Any

from hdnd_model._version import __version__

if TYPE_CHECKING:
    from hdnd_model.errors import (
        FormatError,
        HdndError,
        ImporterError,
        InvalidModelError,
        ModelWarning,
        RenderError,
        SchemaValidationError,
        UnsupportedVersionError,
    )
    from hdnd_model.model import (
        AT_LEAST_TWO_THIRDS_OF_TOTAL,
        MORE_THAN_HALF_OF_TOTAL,
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
        Regime,
        Resolution,
        Session,
        Signature,
        Source,
        Statement,
        Term,
        VoteRule,
        VoteTally,
        current_policy,
        use_policy,
        with_sources,
    )
    from hdnd_model.model.vocab import (
        AdminLevel,
        AgendaItemKind,
        AttendanceStatus,
        CommitteeKind,
        ConfidenceLevel,
        DocumentKind,
        MeetingKind,
        MeetingMode,
        NumberForm,
        OrganKind,
        ParticipantRole,
        PositionKind,
        ResolutionNature,
        ResolutionProcedure,
        RuleMode,
        SessionKind,
        SessionSeries,
        SessionTiming,
        SigningAuthority,
        TrustChoice,
        UnitKind,
        VoteBase,
        VoteChoice,
        VoteComparison,
        VoteMethod,
        VoteOutcome,
    )
    from hdnd_model.render import render_document, render_minutes
    from hdnd_model.serialize import (
        FORMAT_VERSION,
        from_json,
        from_xml,
        iter_records,
        json_schema,
        to_json,
        to_xml,
        write_records,
        xsd_path,
    )

# Everything loads on first use: the model, its vocabularies and the errors from their modules
# (the fallback of __getattr__), the format and rendering layers from the table below; so that
# ``hdnd --help`` and ``hdnd --version`` start without importing the model, cattrs, orjson, lxml
# or python-docx.
_LAZY = {
    "FORMAT_VERSION": "hdnd_model.serialize",
    "from_json": "hdnd_model.serialize",
    "from_xml": "hdnd_model.serialize",
    "iter_records": "hdnd_model.serialize",
    "json_schema": "hdnd_model.serialize",
    "render_document": "hdnd_model.render",
    "render_minutes": "hdnd_model.render",
    "to_json": "hdnd_model.serialize",
    "to_xml": "hdnd_model.serialize",
    "write_records": "hdnd_model.serialize",
    "xsd_path": "hdnd_model.serialize",
}


_HOMES = ("hdnd_model.errors", "hdnd_model.model", "hdnd_model.model.vocab")


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None and name in __all__:
        module = next((m for m in _HOMES if hasattr(importlib.import_module(m), name)), None)
    if module is None:
        raise AttributeError(f"module 'hdnd_model' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "AT_LEAST_TWO_THIRDS_OF_TOTAL",
    "AdminLevel",
    "AdministrativeUnit",
    "AgendaItem",
    "AgendaItemKind",
    "Annex",
    "Article",
    "Attendance",
    "AttendanceStatus",
    "Ballots",
    "CandidateResult",
    "Citation",
    "Clause",
    "CommitteeKind",
    "CommitteeRule",
    "Conclusion",
    "ConclusionNotice",
    "ConfidenceLevel",
    "ConfidencePoll",
    "ConfidencePollEntry",
    "ConfidenceVote",
    "ConfidenceVoteEntry",
    "Council",
    "DocumentKind",
    "DocumentNumber",
    "DocumentRef",
    "EffectiveDelayRule",
    "Election",
    "FORMAT_VERSION",
    "FormatError",
    "HdndError",
    "ImporterError",
    "InvalidModelError",
    "MORE_THAN_HALF_OF_TOTAL",
    "Meeting",
    "MeetingKind",
    "MeetingMode",
    "Membership",
    "Minutes",
    "ModelWarning",
    "NumberForm",
    "Organ",
    "OrganKind",
    "Participant",
    "ParticipantRole",
    "Person",
    "PilotRule",
    "Point",
    "Policy",
    "PositionKind",
    "Question",
    "Regime",
    "RenderError",
    "Resolution",
    "ResolutionNature",
    "ResolutionProcedure",
    "RuleMode",
    "SchemaValidationError",
    "Session",
    "SessionKind",
    "SessionSeries",
    "SessionTiming",
    "Signature",
    "SigningAuthority",
    "Source",
    "Statement",
    "Term",
    "TrustChoice",
    "UnitKind",
    "UnsupportedVersionError",
    "VoteBase",
    "VoteChoice",
    "VoteComparison",
    "VoteMethod",
    "VoteOutcome",
    "VoteRule",
    "VoteTally",
    "__version__",
    "current_policy",
    "from_json",
    "from_xml",
    "iter_records",
    "json_schema",
    "render_document",
    "render_minutes",
    "to_json",
    "to_xml",
    "use_policy",
    "with_sources",
    "write_records",
    "xsd_path",
]
