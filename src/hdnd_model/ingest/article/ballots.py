"""Ballots: confidence polls and votes, elections, with their tallies."""

from __future__ import annotations

import re
from decimal import Decimal

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import VoteFact
from hdnd_model.ingest.article.prep import NAME_WORD, Doc
from hdnd_model.vn import format_share, parse_percent

__all__ = ["find_ballots_reported", "find_elections", "find_votes"]

_ENTRY_RE = re.compile(
    rf"^[ \t]{{0,8}}\d{{1,3}}[.)][ \t]{{0,3}}(?:Ông|Bà|Đồng chí|Đ/c)[ \t]{{1,3}}"
    rf"(?P<name>{NAME_WORD}(?:[ \t]{{1,3}}{NAME_WORD}){{1,4}})"
    r"[ \t]{0,3}[-–,][ \t]{0,3}(?P<title>[^:\n]{1,200}?)[ \t]{0,3}:?[ \t]{0,3}$",
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
    r"(?<!\d)(\d{1,5})[ \t]{0,3}(?:phiếu)?[ \t]{0,3}\(?[ \t]{0,3}(?:chiếm|đạt)[ \t]{0,3}"
    r"(\d{1,3}(?:[.,]\d{1,4})?[ \t]{0,2}%)[ \t]{0,3}tổng số đại biểu",
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


_OFFICE = (
    r"(?:Phó\s+)?Chủ\s+tịch(?:\s+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân))?"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))?"
    r"|Trưởng\s+[Bb]an\s+[^,.;]{2,30}|Ủy viên\s+[^,.;]{2,30}|Uỷ viên\s+[^,.;]{2,30}"
)
_ELECTED_AS_RE = re.compile(
    rf"(?:trúng cử|đắc cử|tái đắc cử|tái cử|được bầu(?:\s+giữ chức)?|bầu(?:\s+tái cử)?)"
    rf"\s+(?:chức(?:\s+danh|\s+vụ)?\s+)?(?P<office>{_OFFICE})",
    re.IGNORECASE,
)
_TALLY_RE = re.compile(r"(?<![\d/])(?P<f>\d{1,4})/(?P<t>\d{1,4})(?![\d/])")
_PERSON_RE = re.compile(
    rf"(?<!\w)(?i:ông|bà|đồng chí|đ/c)\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})"
)
_FAILED_RE = re.compile(
    r"không\s+(?:đủ|đảm bảo|đạt|được)\s+(?:tỷ lệ|tỉ lệ|số phiếu|quá nửa)|không trúng cử|"
    r"không đắc cử|không được bầu",
    re.IGNORECASE,
)
_WON_RE = re.compile(r"trúng cử|đắc cử|được bầu", re.IGNORECASE)


def find_elections(doc: Doc, col: Collector) -> None:
    """Elections to an office with their tallies (``được bầu giữ chức Phó Chủ tịch với 30/31``).

    A sentence gives one election when it names the person, the office and one tally; the
    result is what the sentence says (``trúng cử``, ``không đảm bảo tỷ lệ``).
    """
    for line in doc.content():
        if not _TALLY_RE.search(line.text) or not _ELECTED_AS_RE.search(line.text):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            tallies = list(_TALLY_RE.finditer(sentence))
            office = _ELECTED_AS_RE.search(sentence)
            people = list(_PERSON_RE.finditer(sentence))
            if len(tallies) != 1 or office is None or len(people) != 1:
                continue
            tally = tallies[0]
            votes, total = int(tally["f"]), int(tally["t"])
            if not 0 <= votes <= total:
                continue
            result = (
                "not elected"
                if _FAILED_RE.search(sentence)
                else ("elected" if _WON_RE.search(sentence) else None)
            )
            start = line.start + line.text.find(sentence)
            col.add(
                "votes",
                VoteFact(
                    subject=f"Bầu {' '.join(office['office'].split())}",
                    person=people[0]["name"],
                    counts=(("votes_for", votes),),
                    total_delegates=total,
                    result=result,
                    tally=tally.group(),
                ),
                rule="vote.election_tally",
                confidence=0.75,
                span=(start, start + len(sentence)),
            )


_REPORTED_RE = re.compile(
    r"\bđã\s+(?:tiến hành\s+)?(?:bỏ phiếu\s+|biểu quyết\s+)?(?P<subject>(?:miễn nhiệm|bãi nhiệm|"
    r"bầu cử|bầu bổ sung|bầu|lấy phiếu tín nhiệm|bỏ phiếu tín nhiệm)\b[^.;]{3,120}?)(?=[.;]|$)",
    re.IGNORECASE,
)


def find_ballots_reported(doc: Doc, col: Collector) -> None:
    """A ballot a session report says was held without naming anyone (``đã bầu bổ sung
    các Ủy viên``), when no ballot is read otherwise."""
    if col.lists["votes"]:
        return
    for line in doc.content()[doc.headline_lines :]:
        match = _REPORTED_RE.search(line.text)
        if match is None or _PERSON_RE.search(match["subject"]):
            continue
        subject = match["subject"].strip(" ,")
        start = line.start + match.start("subject")
        col.add(
            "votes",
            VoteFact(subject=subject[:1].upper() + subject[1:]),
            rule="vote.reported_unnamed",
            confidence=0.5,
            span=(start, start + len(subject)),
        )
        return
