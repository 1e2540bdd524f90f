"""Score the news-post importer against a corpus of expected summaries.

Usage::

    python benchmarks/eval_import.py --corpus ../shared/corpus [--json] [--details] [--split]

Every ``DIR/texts/NAME.txt`` is imported and its summary compared with
``DIR/expected/NAME.json``. Each stated value is a fact; per field the script counts true
positives (the value read equals the one expected), false positives (a value read that is not
expected) and false negatives (an expected value not read), and prints precision, recall and
F1, then the same figures over all facts (micro-average). Matching:

- scalar fields (kind, council level/unit type/unit name, khóa, period, session number and
  kind, date, attendance counts): equal after NFC;
- names (chair, participants, officials in ballots): equal by the tone-placement-insensitive
  key :func:`hdnd_model.vn.fold_key`;
- document numbers: equal after :meth:`hdnd_model.DocumentNumber.parse` (so ``5/BC-HĐND``
  equals ``05/BC-HĐND``);
- agenda items and resolution titles: by word overlap: the shared syllables (function words
  left out, ``Ủy ban nhân dân`` read as ``UBND`` and the like) over the syllables of the
  shorter text, at least 0.5 and at least two syllables shared; one-to-one, best pairs first;
- ballots (``other_votes``): matched by person (one of ``persons`` for an entry naming
  several; by subject overlap when neither names one); each stated count, tally and
  result of a matched ballot is a fact of ``other_votes.counts``;
- resolution counts: each stated number is a fact of its matched item.

``--split`` also scores the two halves of the corpus apart, split by the parity of the
number a file name starts with (``00``, ``10`` … even; ``03``, ``13`` … odd): the even half
is the one rules are tuned on, the odd half the one they are checked on. The split is fixed
by the names, not chosen after looking at the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from hdnd_model import DocumentNumber, InvalidModelError
from hdnd_model.ingest import load, summary
from hdnd_model.vn import fold_key

Counts = dict[str, list[int]]

_EXPANSIONS = (
    ("ủy ban nhân dân", "ubnd"),
    ("uỷ ban nhân dân", "ubnd"),
    ("hội đồng nhân dân", "hđnd"),
    ("ngân sách nhà nước", "nsnn"),
    ("kinh tế - xã hội", "kt-xh"),
    ("kinh tế xã hội", "kt-xh"),
    ("mặt trận tổ quốc", "mttq"),
    ("quốc phòng - an ninh", "qp-an"),
)
_STOP = frozenset(
    fold_key(w)
    for w in [
        "của",
        "và",
        "các",
        "những",
        "về",
        "đối",
        "với",
        "cho",
        "trong",
        "tại",
        "để",
        "theo",
        "được",
        "đã",
        "sẽ",
        "một",
        "là",
        "có",
        "này",
        "đó",
        "từ",
        "đến",
        "trên",
        "thuộc",
        "việc",
        "nêu",
        "như",
        "sau",
    ]
)


def _tokens(text: str) -> set[str]:
    folded = fold_key(text)
    for long, short in _EXPANSIONS:
        folded = folded.replace(fold_key(long), fold_key(short))
    words = re.findall(r"[^\W_]+(?:[-.][^\W_]+)*", folded)
    return {w for w in words if w not in _STOP}


def overlap(a: str, b: str) -> float:
    """The word-overlap score of two short texts (0 when they share fewer than two words)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    if shared < min(2, len(ta), len(tb)):
        return 0.0
    return shared / min(len(ta), len(tb))


def _match(
    expected: list[Any], found: list[Any], score: Callable[[Any, Any], float], floor: float
) -> list[tuple[Any, Any]]:
    pairs = sorted(
        ((score(e, f), i, j) for i, e in enumerate(expected) for j, f in enumerate(found)),
        key=lambda p: -p[0],
    )
    used_e: set[int] = set()
    used_f: set[int] = set()
    out: list[tuple[Any, Any]] = []
    for value, i, j in pairs:
        if value < floor or i in used_e or j in used_f:
            continue
        used_e.add(i)
        used_f.add(j)
        out.append((expected[i], found[j]))
    return out


def _add(counts: Counts, field: str, tp: int, fp: int, fn: int) -> None:
    row = counts.setdefault(field, [0, 0, 0])
    row[0] += tp
    row[1] += fp
    row[2] += fn


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _scalar(counts: Counts, field: str, expected: Any, found: Any) -> None:
    e, f = _nfc(expected), _nfc(found)
    if e is None and f is None:
        _add(counts, field, 0, 0, 0)
    elif e == f:
        _add(counts, field, 1, 0, 0)
    else:
        _add(counts, field, 0, int(f is not None), int(e is not None))


def _sets(counts: Counts, field: str, expected: Iterable[str], found: Iterable[str]) -> None:
    e, f = set(expected), set(found)
    _add(counts, field, len(e & f), len(f - e), len(e - f))


def _doc_key(text: str) -> str:
    try:
        return str(DocumentNumber.parse(text))
    except InvalidModelError:
        return unicodedata.normalize("NFC", text)


def _resolution_score(e: dict[str, Any], f: dict[str, Any]) -> float:
    if e.get("number") and f.get("number"):
        return 1.0 if _doc_key(e["number"]) == _doc_key(f["number"]) else 0.0
    return overlap(e.get("title") or "", f.get("title") or "")


def _vote_score(e: dict[str, Any], f: dict[str, Any]) -> float:
    """1.0 when a ballot found is the one expected: the same person, one of the persons of
    an expected entry for several, or (neither naming one) subjects that overlap."""
    found = f.get("person")
    if e.get("person") and found:
        return float(fold_key(e["person"]) == fold_key(found))
    persons = e.get("persons") or []
    if persons and found:
        return float(any(fold_key(p) == fold_key(found) for p in persons))
    if not e.get("person") and not persons and not found:
        return float(overlap(e.get("subject") or "", f.get("subject") or "") >= 0.5)
    return 0.0


def score_one(expected: dict[str, Any], found: dict[str, Any], counts: Counts) -> None:
    """Add the facts of one source to ``counts`` (field -> [tp, fp, fn])."""
    _scalar(counts, "kind", expected.get("kind"), found.get("kind"))
    for key in ("level", "unit_type", "unit_name"):
        _scalar(
            counts,
            f"council.{key}",
            (expected.get("council") or {}).get(key),
            (found.get("council") or {}).get(key),
        )
    for key in ("khoa", "period"):
        _scalar(
            counts,
            f"term.{key}",
            (expected.get("term") or {}).get(key),
            (found.get("term") or {}).get(key),
        )
    for key in ("session_number", "session_kind", "date"):
        _scalar(counts, key, expected.get(key), found.get(key))
    _scalar(
        counts,
        "resolutions_passed_count",
        expected.get("resolutions_passed_count"),
        found.get("resolutions_passed_count"),
    )
    chair = lambda d: {fold_key(d["chair"]["name"])} if d.get("chair") else set()  # noqa: E731
    _sets(counts, "chair", chair(expected), chair(found))
    names = lambda d: {fold_key(p["name"]) for p in d.get("participants") or []}  # noqa: E731
    _sets(counts, "participants", names(expected), names(found))
    docs = lambda d: {_doc_key(n) for n in d.get("documents_referenced") or []}  # noqa: E731
    _sets(counts, "documents_referenced", docs(expected), docs(found))
    e_res, f_res = expected.get("resolutions_passed") or [], found.get("resolutions_passed") or []
    pairs = _match(e_res, f_res, _resolution_score, 0.5)
    _add(counts, "resolutions_passed", len(pairs), len(f_res) - len(pairs), len(e_res) - len(pairs))
    for key in ("votes_for", "votes_against", "abstain", "total_delegates"):
        for e, f in pairs:
            _scalar(counts, "resolution_counts", e.get(key), f.get(key))
    e_ag, f_ag = expected.get("agenda") or [], found.get("agenda") or []
    pairs = _match(e_ag, f_ag, overlap, 0.5)
    _add(counts, "agenda", len(pairs), len(f_ag) - len(pairs), len(e_ag) - len(pairs))
    if "attendance" in expected or "attendance" in found:
        for key in ("present", "total"):
            _scalar(
                counts,
                "attendance",
                (expected.get("attendance") or {}).get(key),
                (found.get("attendance") or {}).get(key),
            )
    e_v, f_v = expected.get("other_votes") or [], found.get("other_votes") or []
    if e_v or f_v:
        pairs = _match(e_v, f_v, _vote_score, 1.0)
        _add(counts, "other_votes", len(pairs), len(f_v) - len(pairs), len(e_v) - len(pairs))
        for e, f in pairs:
            for key in set(e) - {"subject", "person", "persons", "title"}:
                _scalar(counts, "other_votes.counts", e.get(key), f.get(key))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; 1.0 where there is nothing to find and nothing was found."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def half(stem: str) -> str:
    """The half of the split a source belongs to: ``"even"`` or ``"odd"`` by its number."""
    digits = re.match(r"\d+", stem)
    return "odd" if digits and int(digits.group()) % 2 else "even"


def evaluate(corpus: Path, details: bool = False, only: str | None = None) -> dict[str, Any]:
    """Import every text of ``corpus`` (or of one half, ``only``) and score it."""
    counts: Counts = {}
    sources = sorted((corpus / "texts").glob("*.txt"))
    if only is not None:
        sources = [s for s in sources if half(s.stem) == only]
    per_source: dict[str, Any] = {}
    for text in sources:
        expected_path = corpus / "expected" / f"{text.stem}.json"
        if not expected_path.is_file():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        found = summary(load(text))
        mine: Counts = {}
        score_one(expected, found, mine)
        for field, (tp, fp, fn) in mine.items():
            _add(counts, field, tp, fp, fn)
        if details:
            per_source[text.stem] = {
                "misses": {k: v for k, v in mine.items() if v[1] or v[2]},
                "found": found,
            }
    fields = {
        k: dict(zip(("precision", "recall", "f1"), prf(*v), strict=True))
        | {"tp": v[0], "fp": v[1], "fn": v[2]}
        for k, v in sorted(counts.items())
    }
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    overall = dict(zip(("precision", "recall", "f1"), prf(*total), strict=True)) | {
        "tp": total[0],
        "fp": total[1],
        "fn": total[2],
    }
    return {"sources": len(sources), "fields": fields, "overall": overall, "details": per_source}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder with texts/, expected/")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="show each source's misses")
    parser.add_argument(
        "--split", action="store_true", help="also score the even (tuning) and odd halves apart"
    )
    args = parser.parse_args(argv)
    if not (args.corpus / "texts").is_dir():
        print(f"no texts/ folder in {args.corpus}", file=sys.stderr)
        return 2
    result = evaluate(args.corpus, details=args.details)
    halves = {h: evaluate(args.corpus, only=h) for h in ("even", "odd")} if args.split else {}
    if args.json:
        result["split"] = halves
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    _table(result, f"all {result['sources']} texts")
    for name, figures in halves.items():
        _table(figures, f"{name} half ({figures['sources']} texts)")
    for name, detail in result["details"].items():
        print(f"\n{name}: {detail['misses']}")
    return 0


def _table(result: dict[str, Any], title: str) -> None:
    print(f"\n{title}")
    print(f"{'field':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    rows = [*result["fields"].items(), ("OVERALL", result["overall"])]
    for field, row in rows:
        print(
            f"{field:<24}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
            f"{row['tp']:>5}{row['fp']:>5}{row['fn']:>5}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
