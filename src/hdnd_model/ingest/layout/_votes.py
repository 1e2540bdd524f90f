"""Votes, elections and confidence ballots as the renderer's layout prints them.

A vote's rule is read from its outcome line. When that rule counts the delegates present, whose
number the layout does not print, the bound that gives the written outcome is taken and noted.
An election or a confidence vote does not print its rule: the first of the usual rules that gives
the written outcome is taken, and an election's is noted when it is not the default.
"""

from __future__ import annotations

import re
from fractions import Fraction

import attrs

from hdnd_model import model as m
from hdnd_model.ingest.layout._read import (
    PATTERNS,
    LayoutError,
    Para,
    Reader,
    after_label,
    full_match,
)
from hdnd_model.model.vocab import VoteBase, VoteComparison, VoteMethod
from hdnd_model.model.votes import AT_LEAST_TWO_THIRDS_OF_TOTAL, MORE_THAN_HALF_OF_TOTAL
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import SHARE_WORDS, confidence_entry_text

__all__ = ["read_confidence_vote", "read_election", "read_poll", "read_vote"]


_METHODS = {v.label_vi: v for v in VoteMethod}
_COMPARISONS = {c.label_vi: c for c in VoteComparison}
_BASES = {b.label_vi: b for b in VoteBase}
_FRACTIONS = (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1))
_USUAL_RULES = (
    MORE_THAN_HALF_OF_TOTAL,
    AT_LEAST_TWO_THIRDS_OF_TOTAL,
    *(
        m.VoteRule(base=b, fraction=f, comparison=c)
        for b in VoteBase
        for f in _FRACTIONS
        for c in VoteComparison
    ),
)


_SHARES = {words: fraction for fraction, words in SHARE_WORDS.items()}


def _rule_of(label: str) -> m.VoteRule:
    for comparison_label, comparison in _COMPARISONS.items():
        if not label.startswith(comparison_label + " "):
            continue
        rest = label[len(comparison_label) + 1 :]
        for base_label, base in _BASES.items():
            if not rest.endswith(" " + base_label):
                continue
            share = rest[: -len(base_label) - 1]
            fraction = _SHARES.get(share)
            try:
                fraction = fraction if fraction is not None else Fraction(share)
            except ValueError:
                continue
            return m.VoteRule(base=base, fraction=fraction, comparison=comparison)
    raise LayoutError(f"a vote rule that cannot be read: {label!r}")


def _distinct(names: list[str]) -> list[m.Person]:
    """People by name; two of one name (told apart only by id) get ids of their own."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(m.Person(full_name=name, id=f"person-{seen[name]}" if seen[name] > 1 else None))
    return out


def read_vote(r: Reader, head: str) -> m.VoteTally:
    """A vote under an agenda item: its labelled ``head``, its count lines and its outcome."""
    method = None
    for label, value in _METHODS.items():
        suffix = L.VOTE_METHOD.format(method=label)
        if head.endswith(suffix):
            method, head = value, head[: -len(suffix)]
            break
    subject = None
    if head != L.VOTE:
        subject = after_label(head, L.VOTE_ON.format(subject=""))
    counts: dict[str, int] = {}
    total = None
    for _, line in r.bullets():
        for key in ("voting", "in_favour", "against", "not_voting"):
            found = PATTERNS[key].fullmatch(line)
            if found is not None:
                counts[key] = int(found["count"])
                total = int(found["total"])
                break
        else:
            raise LayoutError(f"a vote line that cannot be read: {line!r}")
    outcome = r.para().text
    passed = PATTERNS["passed"].fullmatch(outcome)
    failed = PATTERNS["failed"].fullmatch(outcome)
    found_rule = passed or failed
    if found_rule is None or total is None or "in_favour" not in counts:
        raise LayoutError(f"a vote without its counts or outcome: {outcome!r}")
    rule = _rule_of(found_rule["rule"])
    tally = m.VoteTally(
        in_favour=counts["in_favour"],
        against=counts.get("against"),
        not_voting=counts.get("not_voting"),
        total_delegates=total,
        subject=subject,
        method=method,
        rule=rule if rule.base is not VoteBase.PRESENT else MORE_THAN_HALF_OF_TOTAL,
    )
    if rule.base is VoteBase.PRESENT:
        present = tally.voting if passed else total
        tally = attrs.evolve(tally, present=present, rule=rule)
        r.notes.append(
            f"vote {subject or ''!r}: the number present is not written; {present} is the "
            "bound that gives the written outcome"
        )
    return tally


def read_election(r: Reader, head: str) -> m.Election:
    """An election: its ballots line, its candidates and whether a new round is needed."""
    found = full_match("election", head)
    office, seats = found["office"], int(found["seats"] or 1)
    ballots = _ballots(r)
    rows: list[tuple[re.Match[str], bool]] = []
    for _, line in r.bullets():
        won = line.endswith(L.ELECTED)
        rows.append(
            (full_match("candidate", line.removesuffix(L.ELECTED if won else L.NOT_ELECTED)), won)
        )
    people = _distinct([c["name"] for c, _ in rows])
    candidates = [
        m.CandidateResult(person=person, votes=int(c["votes"]))
        for person, (c, _) in zip(people, rows, strict=True)
    ]
    elected = [c["name"] for c, won in rows if won]
    total = int(rows[-1][0]["total"]) if rows else None
    new_round = False
    p = r.peek()
    if isinstance(p, Para) and p.text == L.NEW_ROUND:
        r.pos += 1
        new_round = True
    if total is None:
        raise LayoutError(f"an election without candidates: {head!r}")
    for rule in _USUAL_RULES:
        e = m.Election(
            office=office,
            total_delegates=total,
            candidates=tuple(candidates),
            seats=seats,
            ballots=ballots,
            rule=rule,
        )
        if sorted(p.full_name for p in e.elected) == sorted(elected) and (
            e.needs_new_round == new_round
        ):
            if rule is not MORE_THAN_HALF_OF_TOTAL:
                r.notes.append(
                    f"election {office!r}: the rule is not written; {rule.label_vi} gives "
                    "the written outcome"
                )
            return e
    raise LayoutError(f"no usual rule gives the written outcome of {office!r}")


def _ballots(r: Reader) -> m.Ballots:
    """The tellers' counts line, when the next paragraph is one."""
    p = r.peek()
    if isinstance(p, Para) and p.lead is None and not p.text.startswith("- "):
        b = PATTERNS["ballots"].fullmatch(p.text)
        if b is not None:
            r.pos += 1
            issued, returned, valid, invalid = (
                None if b[k] == L.BLANK else int(b[k])
                for k in ("issued", "returned", "valid", "invalid")
            )
            return m.Ballots(issued=issued, returned=returned, valid=valid, invalid=invalid)
    return m.Ballots()


def _total_delegates(r: Reader, what: str) -> int:
    """The ``Tổng số đại biểu: N.`` line that opens a confidence ballot."""
    p = r.peek()
    found = PATTERNS["ballot_total"].fullmatch(p.text) if isinstance(p, Para) else None
    if found is None:
        raise LayoutError(f"{what} without its total number of delegates")
    r.pos += 1
    return int(found["total"])


def read_poll(r: Reader) -> m.ConfidencePoll:
    """A confidence poll (lấy phiếu tín nhiệm): its total, ballots line and entries."""
    total = _total_delegates(r, "a confidence poll")
    ballots = _ballots(r)
    rows = []
    for _, line in r.bullets():
        flag = None
        entry = line
        for suffix, name in (
            (L.POLL_REQUIRES_VOTE, "requires"),
            (L.POLL_MAY_RESIGN, "may_resign"),
        ):
            if entry.endswith(suffix):
                flag, entry = name, entry[: -len(suffix)]
        rows.append((full_match("poll", entry), flag))
    entries = tuple(
        m.ConfidencePollEntry(
            person=person,
            office=f["office"],
            high=int(f["high"]),
            confident=int(f["confident"]),
            low=int(f["low"]),
        )
        for person, (f, _) in zip(_distinct([f["name"] for f, _ in rows]), rows, strict=True)
    )

    return m.ConfidencePoll(total_delegates=total, entries=entries, ballots=ballots)


def read_confidence_vote(r: Reader) -> m.ConfidenceVote:
    """A confidence vote (bỏ phiếu tín nhiệm): its total, ballots line and entries."""
    total = _total_delegates(r, "a confidence vote")
    ballots = _ballots(r)
    rows = []
    lines = []
    for _, line in r.bullets():
        entry = line.removesuffix(L.NOT_TRUSTED).removesuffix(L.TRUSTED)
        rows.append((full_match("confidence", entry), line))
        lines.append(line)
    entries = tuple(
        m.ConfidenceVoteEntry(
            person=person,
            office=f["office"],
            trust=int(f["trust"]),
            no_trust=int(f["no_trust"]),
        )
        for person, (f, _) in zip(_distinct([f["name"] for f, _ in rows]), rows, strict=True)
    )
    for rule in _USUAL_RULES:
        vote = m.ConfidenceVote(total_delegates=total, entries=entries, ballots=ballots, rule=rule)
        if all(
            confidence_entry_text(vote, e) == line for e, line in zip(entries, lines, strict=True)
        ):
            return vote
    raise LayoutError("no usual rule gives the written outcome of a confidence vote")
