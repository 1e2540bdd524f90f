"""What the three exports share: the result type, ids, and votes described in Vietnamese."""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from hdnd_model.files import atomic_write
from hdnd_model.model import AdministrativeUnit, Election, Meeting, Minutes, Source, VoteTally
from hdnd_model.wording import LABELS, candidate_text, vote_heading, vote_lines, vote_outcome

__all__ = [
    "ExportResult",
    "election_text_vi",
    "locality",
    "meeting_votes",
    "slug",
    "source_links",
    "source_note",
    "tally_text_vi",
    "vote_result",
]


@attrs.frozen(kw_only=True)
class ExportResult:
    """The outcome of an export: the document, and what the target standard could not hold.

    Attributes:
        target: ``"popolo"``, ``"oparl"`` or ``"akn"``.
        content: a JSON-ready dict (Popolo, OParl) or UTF-8 XML bytes (Akoma Ntoso).
        warnings: one line per kind of information lost, in English.
    """

    target: str
    content: dict[str, Any] | bytes
    warnings: tuple[str, ...] = ()

    def to_bytes(self) -> bytes:
        """The document as bytes: JSON in UTF-8 (indented, keys in order), or the XML."""
        if isinstance(self.content, bytes):
            return self.content
        text = json.dumps(self.content, ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the document to ``path`` (whole or not at all) and return the path."""
        target = Path(path)
        data = self.to_bytes()
        with atomic_write(target) as out:
            out.write(data)
        return target


def slug(text: str) -> str:
    """An ASCII id fragment: ``"quận Hai Bà Trưng"`` -> ``"quan-hai-ba-trung"``."""
    text = text.replace("Đ", "D").replace("đ", "d")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in bare.lower()).split()
    return "-".join(words) or "x"


def locality(unit: AdministrativeUnit) -> str:
    """The most specific statistics code known for ``unit`` or its parents, else its slug."""
    current: AdministrativeUnit | None = unit
    while current is not None:
        if current.code is not None:
            return current.code
        current = current.parent
    return slug(unit.name)


def vote_result(vote: VoteTally) -> str:
    """``"pass"`` or ``"fail"``, computed by the vote's rule."""
    return "pass" if vote.passed else "fail"


def tally_text_vi(vote: VoteTally) -> str:
    """The vote in Vietnamese, worded as the minutes print it, with the outcome under the rule."""
    lines = vote_lines(vote)
    counts = f"{'; '.join(lines)}. " if lines else ""
    return f"{vote_heading(vote)}: {counts}{vote_outcome(vote)}"


def election_text_vi(election: Election) -> str:
    """An election in Vietnamese, worded as the minutes print it: each candidate and outcome."""
    lines = "; ".join(candidate_text(election, c) for c in election.candidates)
    return f"{LABELS.ELECTION.format(office=election.office)}: {lines}."


def meeting_votes(minutes: Minutes) -> Iterator[tuple[int, Meeting, int, VoteTally]]:
    """Every vote of the record with its meeting index, meeting and agenda item number."""
    for k, meeting in enumerate(minutes.meetings):
        for item in meeting.agenda:
            for vote in item.votes:
                yield k, meeting, item.number, vote


def source_note(source: Source) -> str:
    """What a link's note says of a source: title, publisher, file, dates and note, in order."""
    parts = [source.title, source.publisher]
    if source.url is not None and source.file is not None:
        parts.append(f"tệp {source.file}")
    if source.posted_on is not None:
        parts.append(f"đăng ngày {source.posted_on.isoformat()}")
    if source.retrieved_at is not None:
        parts.append(f"truy cập {source.retrieved_at.isoformat()}")
    parts.append(source.note)
    return "; ".join(p for p in parts if p)


def source_links(sources: tuple[Source, ...]) -> list[dict[str, str]]:
    """The Popolo link objects (``url``, ``note``) of the sources that have a URL."""
    links = []
    for source in sources:
        if source.url is None:
            continue
        link = {"url": source.url}
        note = source_note(source)
        if note:
            link["note"] = note
        links.append(link)
    return links
