"""Ballots: confidence polls and votes, elections, with their tallies."""

from __future__ import annotations

import re
from decimal import Decimal

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import VoteFact
from hdnd_model.ingest.article.prep import NAME_WORD, Doc
from hdnd_model.vn import format_share, parse_percent

__all__ = ["find_votes"]

_ENTRY_RE = re.compile(
    rf"^\s*\d+[.)]\s*(?:Ông|Bà|Đồng chí|Đ/c)\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})"
    r"\s*[-–,]\s*(?P<title>[^:\n]+?)\s*:?\s*$",
    re.MULTILINE,
)
_POLL_KEYS = (
    ("valid_ballots", r"hợp lệ\s*:?\s*(\d+)"),
    ("high_confidence", r"tín nhiệm cao\s*:?\s*(\d+)"),
    ("low_confidence", r"tín nhiệm thấp\s*:?\s*(\d+)"),
    ("no_trust", r"không tín nhiệm\s*:?\s*(\d+)"),
    ("confidence", r"(?<!không )tín nhiệm(?!\s*(?:cao|thấp))\s*:?\s*(\d+)"),
)
_SHARE_RE = re.compile(
    r"(\d+)\s*(?:phiếu)?\s*\(?\s*(?:chiếm|đạt)\s*(\d+(?:[.,]\d+)?\s*%)"
    r"\s*tổng số đại biểu",
    re.IGNORECASE,
)


def find_votes(doc: Doc, col: Collector) -> None:
    """Confidence polls and votes, one entry per official, with their tallies."""
    text = doc.text
    entries = list(_ENTRY_RE.finditer(text))
    polled = re.search(r"lấy phiếu tín nhiệm", text, re.IGNORECASE)
    for i, entry in enumerate(entries):
        block_end = (
            entries[i + 1].start() if i + 1 < len(entries) else min(len(text), entry.end() + 800)
        )
        block = text[entry.end() : block_end]
        counts: list[tuple[str, int]] = []
        for key, pattern in _POLL_KEYS:
            match = re.search(pattern, block, re.IGNORECASE)
            if match:
                counts.append((key, int(match.group(1))))
        if len(counts) < 2:
            continue
        keys = {k for k, _ in counts}
        subject = (
            "Lấy phiếu tín nhiệm"
            if polled and "high_confidence" in keys
            else ("Bỏ phiếu tín nhiệm")
        )
        total = _total_from_shares(block, col.values.get("total_delegates"))
        fact = VoteFact(
            subject=subject,
            person=entry["name"],
            title=entry["title"].strip(),
            counts=tuple(counts),
            total_delegates=total,
        )
        col.add(
            "votes",
            fact,
            rule="vote.confidence_entry",
            confidence=0.8,
            span=(entry.start(), block_end),
        )


def _total_from_shares(block: str, stated_total: int | None) -> int | None:
    """The total the shares are taken of: the stated total when every share agrees with it."""
    shares = [(int(c), parse_percent(p)) for c, p in _SHARE_RE.findall(block)]
    shares = [(c, p) for c, p in shares if c > 0 and p > 0]
    if not shares:
        return None
    candidates = [stated_total] if stated_total else []
    count, percent = shares[0]
    candidates.append(int((Decimal(count) * 100 / percent).to_integral_value()))
    for total in candidates:
        if total and all(_agrees(c, total, p) for c, p in shares):
            return total
    return None


def _agrees(count: int, total: int, percent: Decimal) -> bool:
    try:
        shown = parse_percent(format_share(count, total))
    except FormatError:
        return False
    return abs(shown - percent) <= Decimal("0.06")
