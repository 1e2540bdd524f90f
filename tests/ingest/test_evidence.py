"""Every fact's evidence quotes text that holds the value, or the value as it is written."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from hdnd_model.ingest import ImportResult, load
from hdnd_model.vn import find_dates, ordinal_words, to_roman

DERIVED = frozenset(["kind", "level", "session_kind", "meeting_kind", "headline"])
"""Facts classified from a cue rather than copied from the text."""


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _bare(text: str) -> str:
    return re.sub(r"[\s\-–—]", "", _plain(text))


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split()).casefold()


def _holds(field: str, draft_value: object, quote: str) -> bool:
    said = _plain(quote)
    if isinstance(draft_value, dt.date):
        return any(d == draft_value for d, _, _ in find_dates(quote, year=draft_value.year))
    if isinstance(draft_value, int):
        n = draft_value
        words = (str(n), to_roman(n).casefold(), ordinal_words(n).casefold())
        return any(w in said for w in words)
    if field == "period":
        return re.sub(r"\D", "", str(draft_value)) in re.sub(r"\D", "", quote)
    text = str(draft_value)
    if field == "unit_type" and text == "thành phố":
        return "thành phố" in said or "tp" in said
    if field == "unit_name":
        return _plain(text) in said or _initials(text) in _bare(quote)
    if field.startswith("documents") or field == "own_number":
        return _bare(text).replace("-", "") in _bare(quote).replace("-", "")
    return _plain(text) in said


def _value(result: ImportResult, field: str) -> object:
    draft = result.draft
    match = re.fullmatch(r"(\w+)\[(\d+)\]", field)
    if match is None:
        return getattr(draft, field)
    item = getattr(draft, match.group(1))[int(match.group(2))]
    if isinstance(item, str):
        return item
    for attribute in ("name", "person", "title"):
        value = getattr(item, attribute, None)
        if value:
            return value
    if hasattr(item, "subject"):
        return item.subject
    return item


def test_every_evidence_quotes_its_value(corpus: Path) -> None:
    """Over all corpus texts: the quote of each fact's evidence holds the value read."""
    failures = []
    checked = 0
    for path in sorted((corpus / "texts").glob("*.txt")):
        result = load(path)
        for evidence in result.evidence:
            if evidence.field in DERIVED or evidence.start is None:
                continue
            value = _value(result, evidence.field)
            quote = result.quote(evidence)
            checked += 1
            if not _holds(evidence.field.split("[")[0], value, quote):
                failures.append((path.name[:2], evidence.field, str(value)[:40], quote[:60]))
    assert checked > 200
    assert [] == failures


def test_facts_with_a_value_have_a_span(corpus: Path) -> None:
    """A fact copied from the text has evidence pointing into it."""
    for path in sorted((corpus / "texts").glob("*.txt")):
        result = load(path)
        for evidence in result.evidence:
            if evidence.field not in DERIVED:
                assert evidence.start is not None, (path.name, evidence.field)


def test_no_corpus_text_is_taken_for_scrambled(corpus: Path) -> None:
    """Real council posts are not reported as scrambled (the check does not fire on text)."""
    flagged = [
        path.name
        for path in sorted((corpus / "texts").glob("*.txt"))
        if any("looks scrambled" in w for w in load(path).warnings)
    ]
    assert [] == flagged
