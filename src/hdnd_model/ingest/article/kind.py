"""The kind of record: a form, a resolution, or a post about a session or a meeting."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc

__all__ = ["find_kind", "is_template"]

_PLACEHOLDER_RE = re.compile(r"[.…]{3,}|…")
_HEADER_RE = re.compile(r"^\s*(NGHỊ QUYẾT|QUYẾT NGHỊ\s*:?)\s*$", re.MULTILINE)


def is_template(text: str) -> bool:
    """Whether the text is a blank form: many placeholders and a form's wording."""
    holes = len(_PLACEHOLDER_RE.findall(text))
    return holes >= 8 and bool(re.search(r"\bmẫu\b|BIÊN BẢN", text, re.IGNORECASE))


def find_kind(doc: Doc, col: Collector) -> str:
    """Classify the record from the form of the text and its lead sentence."""
    text = doc.text
    if is_template(text):
        kind, rule = "minutes_template", "kind.placeholders"
    elif len(_HEADER_RE.findall(text)) >= 2 or (
        _HEADER_RE.search(text) and re.search(r"^\s*Điều 1\.", text, re.MULTILINE)
    ):
        kind, rule = "resolution", "kind.resolution_header"
    else:
        lead = doc.lead()[0].casefold()
        if "kỳ họp" in lead:
            kind, rule = "session_report", "kind.lead_session"
        elif "chất vấn" in lead:
            kind, rule = "questioning_session", "kind.lead_questioning"
        elif "giải trình" in lead:
            kind, rule = "explanation_session", "kind.lead_explanation"
        elif "thường trực" in lead and "họp" in lead:
            kind, rule = "standing_committee_meeting", "kind.lead_standing"
        elif "kỳ họp" in text.casefold():
            kind, rule = "session_report", "kind.body_session"
        else:
            kind, rule = "announcement", "kind.other"
    col.set("kind", kind, rule=rule, confidence=0.8)
    return kind
