"""The summary view: one flat JSON object per source (the corpus expected-file schema)."""

from __future__ import annotations

from typing import Any

from hdnd_model.ingest._result import Draft, ImportResult
from hdnd_model.vn import to_roman

__all__ = ["summary"]

_VOTE_KEYS = ("votes_for", "votes_against", "abstain", "total_delegates")


def summary(result: ImportResult | Draft) -> dict[str, Any]:
    """The summary of an imported source, as ``hdnd import --summary`` prints it.

    Args:
        result: the import result (or its draft).

    Returns:
        A JSON-able dict with the keys of the expected-file schema: ``kind``, ``council``,
        ``term``, ``session_number``, ``session_kind``, ``date``, ``chair``,
        ``participants``, ``documents_referenced``, ``resolutions_passed``, ``agenda``, and
        where stated ``attendance``, ``other_votes``, ``resolutions_passed_count`` (the
        resolutions counted when none is named), ``document_date``,
        ``session_end_date``. Facts not stated are null or empty.
    """
    draft = result.draft if isinstance(result, ImportResult) else result
    term = None
    if draft.khoa is not None or draft.period is not None:
        term = {
            "khoa": to_roman(draft.khoa) if draft.khoa is not None else None,
            "period": draft.period,
        }
    chairs = [p for p in draft.people if p.role == "chair"]
    chair = {"name": chairs[0].name, "title": chairs[0].title} if chairs else None
    out: dict[str, Any] = {
        "kind": draft.kind.value if draft.kind is not None else None,
        "council": {
            "level": draft.level,
            "unit_type": draft.unit_type,
            "unit_name": draft.unit_name,
        },
        "term": term,
        "session_number": draft.session_number,
        "session_kind": draft.session_kind,
        "date": draft.date.isoformat() if draft.date else None,
        "chair": chair,
        "participants": [
            {"name": p.name, "title": p.title} for p in draft.people if p.role != "chair"
        ],
        "documents_referenced": list(draft.documents),
        "resolutions_passed": [
            {"number": r.number, "title": r.title, **{k: getattr(r, k) for k in _VOTE_KEYS}}
            for r in draft.resolutions
        ],
        "agenda": list(draft.agenda),
    }
    if draft.present is not None and draft.total_delegates is not None:
        out["attendance"] = {"present": draft.present, "total": draft.total_delegates}
    if draft.votes:
        out["other_votes"] = [
            {
                "subject": v.subject,
                "person": v.person,
                "title": v.title,
                **dict(v.counts),
                "total_delegates": v.total_delegates,
                **({"result": v.result} if v.result else {}),
                **({"tally_as_written": v.tally} if v.tally else {}),
            }
            for v in draft.votes
        ]
    if draft.resolutions_count is not None and not draft.resolutions:
        out["resolutions_passed_count"] = draft.resolutions_count
    if draft.document_date is not None:
        out["document_date"] = draft.document_date.isoformat()
    if draft.end_date is not None:
        out["session_end_date"] = draft.end_date.isoformat()
    return out
