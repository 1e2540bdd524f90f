"""Resolutions adopted: a resolution's own title, the lists and sentences of a post."""

from __future__ import annotations

import re

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import ResolutionFact
from hdnd_model.ingest.article.documents import NUMBER_RE, normalise_number
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import fold_key, parse_number_words

__all__ = ["find_resolution_count", "find_resolutions"]

_LIST_RE = re.compile(
    r"thông qua\s+(?:(?P<n>\d+|[a-zđ]+)\s+)?(?:dự thảo\s+)?nghị quyết[^:.;]{0,40}:"
    r"\s*(?P<list>[^\n]+)",
    re.IGNORECASE,
)
_TITLE_RE = re.compile(
    r"^[ \t]*NGHỊ QUYẾT[ \t]*\n(?:[ \t]*\n){0,3}"
    r"(?P<title>(?:^(?![ \t]*(?:HỘI ĐỒNG|THƯỜNG TRỰC|Căn cứ))"
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
                num = NUMBER_RE.search(item)
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
                    num = NUMBER_RE.fullmatch(match["num"])
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


_COUNT_RE = re.compile(
    r"(?<!\w)(?P<verb>thông qua|ban hành|biểu quyết thông qua)[ \t]{1,3}(?:được[ \t]{1,3})?"
    r"(?:tổng cộng[ \t]{1,3}|tất cả[ \t]{1,3})?(?P<n>\d{1,3}|[^\W\d]+(?:[ \t][^\W\d]+){0,2}?)"
    r"[ \t]{1,3}(?:dự thảo[ \t]{1,3})?nghị quyết(?!\w)",
    re.IGNORECASE,
)
_NOT_DONE_RE = re.compile(r"(?:sẽ|dự kiến|kế hoạch|chuẩn bị)[^.;]{0,40}$", re.IGNORECASE)


def _count(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    try:
        return parse_number_words(raw)
    except FormatError:
        return None


def find_resolution_count(doc: Doc, col: Collector) -> None:
    """How many resolutions the text says were adopted (``đã thông qua 12 nghị quyết``,
    ``ban hành 09 nghị quyết``, ``thông qua mười lăm nghị quyết``); not a plan."""
    for line in doc.content():
        for match in _COUNT_RE.finditer(line.text):
            before = line.text[max(0, match.start() - 60) : match.start()]
            number = _count(match["n"])
            if number is None or number == 0 or _NOT_DONE_RE.search(before):
                continue
            span = (line.start + match.start(), line.start + match.end())
            col.set(
                "resolutions_count",
                number,
                rule="resolution.count_adopted",
                confidence=0.8,
                span=span,
            )
            return
