"""The wording of the documents: every fixed Vietnamese phrase, and how model values are written.

One home for what the documents say. :data:`LABELS` holds the fixed phrases (labels,
templates); the functions write model values as the documents print them: a person
(:func:`person_text`), a document reference (:func:`document_text`), a vote
(:func:`vote_heading`, :func:`vote_lines`, :func:`vote_outcome`), a rule (:func:`rule_text`),
an election's candidate (:func:`candidate_text`), a confidence ballot, the summary of minutes
(:func:`summary_of`), a sitting (:func:`sitting_name`), and a title in the middle of a sentence
(:func:`mid_sentence`). Every function is pure. The renderers, the layout readers
(:mod:`hdnd_model.ingest`) and the exports (:mod:`hdnd_model.interop`) all use them, so one vote
reads the same in every document and in what is read back.
"""

from hdnd_model.wording._labels import LABELS
from hdnd_model.wording._people import chair_text, delegate_text, people_text, person_text
from hdnd_model.wording._records import (
    at_time,
    council_with_term,
    document_text,
    header_bodies,
    resolution_text,
    sitting_name,
    statement_text,
    summary_of,
)
from hdnd_model.wording._resolutions import (
    annex_label,
    citation_text,
    clause_number,
    consideration_line,
    legal_basis_line,
    point_number,
)
from hdnd_model.wording._text import (
    bullet_text,
    mid_sentence,
    recipient_text,
    sentence_case,
    without_about,
)
from hdnd_model.wording._votes import (
    SHARE_WORDS,
    ballots_text,
    candidate_text,
    confidence_entry_text,
    poll_entry_text,
    rule_text,
    share_text,
    stated_outcome_text,
    vote_heading,
    vote_lines,
    vote_outcome,
)

__all__ = [
    "LABELS",
    "SHARE_WORDS",
    "annex_label",
    "at_time",
    "ballots_text",
    "bullet_text",
    "candidate_text",
    "chair_text",
    "citation_text",
    "clause_number",
    "confidence_entry_text",
    "consideration_line",
    "council_with_term",
    "delegate_text",
    "document_text",
    "header_bodies",
    "legal_basis_line",
    "mid_sentence",
    "people_text",
    "person_text",
    "point_number",
    "poll_entry_text",
    "recipient_text",
    "resolution_text",
    "rule_text",
    "sentence_case",
    "share_text",
    "sitting_name",
    "stated_outcome_text",
    "statement_text",
    "summary_of",
    "vote_heading",
    "vote_lines",
    "vote_outcome",
    "without_about",
]
