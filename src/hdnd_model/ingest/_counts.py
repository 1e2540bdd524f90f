"""Rules for numbers: attendance, document numbers, resolutions with their votes, ballots."""

from __future__ import annotations

import re
from decimal import Decimal

from hdnd_model.errors import FormatError, InvalidModelError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._prep import NAME_WORD, Doc
from hdnd_model.ingest._result import ResolutionFact, VoteFact
from hdnd_model.model.documents import DocumentNumber
from hdnd_model.model.vocab import DocumentKind
from hdnd_model.vn import fold_key, format_share, parse_percent

__all__ = [
    "find_attendance",
    "find_documents",
    "find_resolutions",
    "find_votes",
    "normalise_number",
]

_ATTENDANCE_RES = (
    re.compile(
        r"(?P<p>\d{1,4})\s*/\s*(?P<t>\d{1,4})\s+đại biểu(?P<mid>[^.;:]{0,40}?)\s+có mặt",
        re.IGNORECASE,
    ),
    re.compile(r"có mặt\s*:?\s*(?P<p>\d{1,4})\s*/\s*(?P<t>\d{1,4})\s+đại biểu", re.IGNORECASE),
    re.compile(
        r"(?P<p>\d{1,4})\s+đại biểu[^.;]{0,30}?có mặt\s*(?:trên|/)\s*(?:tổng số\s*)?"
        r"(?P<t>\d{1,4})",
        re.IGNORECASE,
    ),
)
_TOTAL_RE = re.compile(
    r"tổng số(?: đại biểu)?[^.;:\d]{0,30}:?\s*(?P<t>\d{1,4})\s+đại biểu", re.IGNORECASE
)
_SYMBOL_GROUP = r"[A-ZĐ][A-Za-zĐđ0-9&.]*"
_NUMBER_RE = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,5}})/(?:(?P<year>(?:19|20)\d\d)/)?"
    rf"(?P<sym>{_SYMBOL_GROUP}(?:-{_SYMBOL_GROUP})*)(?![\w/-])"
    rf"|(?<![\w/.-])(?P<pnum>\d{{1,5}})-(?P<pkind>[A-ZĐ]{{1,4}})/(?P<pissuer>[A-ZĐ]{{1,6}})(?![\w/-])"
)
_KIND_ABBREVIATIONS = sorted(
    (k.abbreviation for k in DocumentKind if k.abbreviation), key=len, reverse=True
)
_OWN_NUMBER_RE = re.compile(r"^\s*Số\s*:\s*(?P<number>\S+)", re.MULTILINE)
_NA_SYMBOL = re.compile(r"^(?:QH|UBTVQH)\d{2}$")


def normalise_number(num: str, year: str | None, symbol: str) -> str | None:
    """A document number in its normal form, restoring stripped hyphens (``NQHĐND``)."""
    symbol = symbol.rstrip(".")
    if "-" not in symbol and not _NA_SYMBOL.match(symbol):
        for abbreviation in _KIND_ABBREVIATIONS:
            rest = symbol[len(abbreviation) :]
            if symbol.startswith(abbreviation) and rest[:1].isupper():
                symbol = f"{abbreviation}-{rest}"
                break
    text = f"{num}/{year}/{symbol}" if year else f"{num}/{symbol}"
    try:
        return str(DocumentNumber.parse(text))
    except InvalidModelError:
        return None


def find_documents(doc: Doc, col: Collector) -> None:
    """Every document number referenced, normalised, the record's own number left out."""
    own = _OWN_NUMBER_RE.search(doc.text)
    if own:
        match = _NUMBER_RE.fullmatch(own.group("number").rstrip(".,;"))
        if match and match.group("num"):
            number = normalise_number(match["num"], match["year"], match["sym"])
            col.set(
                "own_number",
                number,
                rule="document.own_number",
                confidence=0.9,
                span=(own.start("number"), own.end("number")),
            )
    seen = {col.values.get("own_number")}
    for line in doc.content():
        for match in _NUMBER_RE.finditer(line.text):
            if match.group("num"):
                number = normalise_number(match["num"], match["year"], match["sym"])
            else:
                number = _party(match["pnum"], match["pkind"], match["pissuer"])
            if number is None or number in seen:
                continue
            seen.add(number)
            span = (line.start + match.start(), line.start + match.end())
            col.add("documents", number, rule="document.number", confidence=0.9, span=span)


def _party(num: str, kind: str, issuer: str) -> str | None:
    try:
        return str(DocumentNumber.parse(f"{num}-{kind}/{issuer}"))
    except InvalidModelError:
        return None


def find_attendance(doc: Doc, col: Collector) -> None:
    """Delegates present out of the total (``53/58 đại biểu có mặt``)."""
    for line in doc.content():
        for pattern in _ATTENDANCE_RES:
            match = pattern.search(line.text)
            if match is None:
                continue
            present, total = int(match["p"]), int(match["t"])
            if 0 < present <= total:
                span = (line.start + match.start(), line.start + match.end())
                col.set(
                    "present",
                    present,
                    rule="attendance.present_of_total",
                    confidence=0.85,
                    span=span,
                )
                col.set(
                    "total_delegates",
                    total,
                    rule="attendance.present_of_total",
                    confidence=0.85,
                    span=span,
                )
                return
    for line in doc.content():
        match = _TOTAL_RE.search(line.text)
        if match:
            span = (line.start + match.start(), line.start + match.end())
            col.set(
                "total_delegates",
                int(match["t"]),
                rule="attendance.total",
                confidence=0.7,
                span=span,
            )
            return


_LIST_RE = re.compile(
    r"thông qua\s+(?:(?P<n>\d+|[a-zđ]+)\s+)?(?:dự thảo\s+)?nghị quyết[^:.;]{0,40}:"
    r"\s*(?P<list>[^\n]+)",
    re.IGNORECASE,
)
_TITLE_RE = re.compile(
    r"^\s*NGHỊ QUYẾT\s*$\n(?P<title>(?:^(?!\s*(?:HỘI ĐỒNG|THƯỜNG TRỰC|Căn cứ))"
    r".+$\n?){1,3})",
    re.MULTILINE,
)
_FOR_RES = (
    re.compile(
        r"(?P<f>\d{1,4})\s*/\s*(?P<b>\d{1,4})\s+đại biểu(?P<present>\s+có mặt)?[^.;]{0,20}?"
        r"tán thành",
        re.IGNORECASE,
    ),
    re.compile(r"tán thành\s*:?\s*(?P<f>\d{1,4})\s*/\s*(?P<b>\d{1,4})", re.IGNORECASE),
)
_AGAINST_RE = re.compile(
    r"(?P<n>\d{1,4})(?:\s*/\s*\d{1,4})?\s+(?:đại biểu\s+)?không tán thành"
    r"|không tán thành\s*:?\s*(?P<m>\d{1,4})",
    re.IGNORECASE,
)
_ABSTAIN_RE = re.compile(
    r"(?P<n>\d{1,4})(?:\s*/\s*\d{1,4})?\s+(?:đại biểu\s+)?"
    r"(?:không biểu quyết|phiếu trắng)|(?:không biểu quyết|phiếu trắng)"
    r"\s*:?\s*(?P<m>\d{1,4})",
    re.IGNORECASE,
)


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]


def _votes(sentence: str) -> dict[str, int | None]:
    counts: dict[str, int | None] = {}
    for pattern in _FOR_RES:
        match = pattern.search(sentence)
        if match:
            counts["votes_for"] = int(match["f"])
            base = int(match["b"])
            present = "present" in match.groupdict() and match.group("present")
            counts["present" if present else "total_delegates"] = base
            break
    for name, pattern in (("votes_against", _AGAINST_RE), ("abstain", _ABSTAIN_RE)):
        match = pattern.search(sentence)
        if match:
            counts[name] = int(match["n"] or match["m"])
    return counts


def find_resolutions(doc: Doc, col: Collector, kind: str) -> None:
    """Resolutions adopted: the resolution itself, or those a post lists, with any counts."""
    if kind == "resolution":
        match = _TITLE_RE.search(doc.text)
        if match:
            title = _sentence_case(match.group("title"))
            span = (match.start("title"), match.end("title"))
            col.add(
                "resolutions",
                ResolutionFact(title=title, number=col.values.get("own_number")),
                rule="resolution.own_title",
                confidence=0.85,
                span=span,
            )
        return
    for line in doc.content():
        for match in _LIST_RE.finditer(line.text):
            items = [i.strip(" .") for i in re.split(r";\s*", match.group("list")) if i.strip()]
            items = [i for i in items if re.match(r"nghị quyết", i, re.IGNORECASE)]
            for item in items:
                number = None
                num = _NUMBER_RE.search(item)
                if num and num.group("num"):
                    number = normalise_number(num["num"], num["year"], num["sym"])
                counts = _votes(item)
                fact = ResolutionFact(title=_sentence_case(item), number=number, **counts)
                offset = line.text.find(item, match.start("list"))
                span = (line.start + offset, line.start + offset + len(item))
                col.add("resolutions", fact, rule="resolution.listed", confidence=0.75, span=span)
            stated = match.group("n")
            if stated and stated.isdigit() and int(stated) != len(items):
                col.warnings.append(
                    f"the post says {stated} resolutions but lists {len(items)}: check the list"
                )
    _single_resolutions(doc, col)


_SINGLE_RE = re.compile(
    r"Nghị quyết\s+(?:số\s+(?P<num>\d[^\s,;]*)\s+)?(?P<title>(?:về|quy định|ban hành|phê duyệt|"
    r"bầu|miễn nhiệm|bãi nhiệm|điều chỉnh|giao|quyết định|thành lập|sáp nhập)\b[^.;]*?)"
    r"(?=\s+(?:được\s+(?:HĐND\s+)?(?:biểu quyết\s+)?thông qua|với)\b|\s*[.;,(]|$)"
)


def _single_resolutions(doc: Doc, col: Collector) -> None:
    """A resolution named in a sentence that says it was adopted, with the counts given."""
    known = {fold_key(r.title) for r in col.lists["resolutions"]}
    for line in doc.content():
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            if not re.search(r"thông qua", sentence, re.IGNORECASE):
                continue
            if re.search(r"\b(?:sẽ|dự kiến|dự thảo)\b", sentence, re.IGNORECASE):
                continue
            if _LIST_RE.search(sentence):
                continue
            for match in _SINGLE_RE.finditer(sentence):
                title = f"Nghị quyết {match['title'].strip()}"
                if fold_key(title) in known:
                    continue
                known.add(fold_key(title))
                number = None
                if match["num"]:
                    num = _NUMBER_RE.fullmatch(match["num"])
                    if num and num.group("num"):
                        number = normalise_number(num["num"], num["year"], num["sym"])
                counts = (
                    _votes(sentence[match.end() :])
                    if len(_SINGLE_RE.findall(sentence)) == 1
                    else {}
                )
                offset = line.text.find(sentence) + match.start()
                span = (line.start + offset, line.start + offset + len(match.group()))
                col.add(
                    "resolutions",
                    ResolutionFact(title=title, number=number, **counts),
                    rule="resolution.adopted_sentence",
                    confidence=0.7,
                    span=span,
                )


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
