"""The council: the unit's kind, its name and the level of local government."""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.lexicon import SURNAMES
from hdnd_model.ingest.article.prep import LOWER, UPPER, Doc

__all__ = ["find_council"]

_UNIT = r"(?P<unit>(?i:thành phố|TP\.?|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường|đặc khu))"
_WORD = rf"(?:[{UPPER}][{LOWER}{UPPER}]*|\d+)"
_COUNCIL_RE = re.compile(
    rf"(?i:HĐND|Hội đồng nhân dân)(?:\s*\(HĐND\))?\s+{_UNIT}"
    rf"(?![{LOWER}{UPPER}])(?:\s+(?P<name>{_WORD}(?:[ \t]+{_WORD}|\s*-\s*{_WORD}(?=\s)){{0,5}}))?",
)
_ABBREVIATED_RE = re.compile(
    r"(?i:HĐND|Hội đồng nhân dân)[ \t]+(?P<abbr>TP[.]?[ \t]?HCM|TPHCM|TP[.]?[ \t]?HN)(?![\w.])"
)
_ABBREVIATIONS = {"hcm": "Hồ Chí Minh", "hn": "Hà Nội"}
"""Cities written by their initials after ``TP`` (``HĐND TPHCM``)."""
_HEADER_COUNCIL_RE = re.compile(r"(?:HĐND|HỘI ĐỒNG NHÂN DÂN)")
_HEADER_UNIT_RE = re.compile(
    rf"(?P<unit>THÀNH PHỐ|TỈNH|QUẬN|HUYỆN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)[ \t]+"
    rf"(?P<name>[{UPPER}]+(?:[ \t][{UPPER}]+){{0,4}})"
)
_NAME_STOP = re.compile(
    r"^(khóa|khoá|kỳ|nhiệm|lần|tổ|thông|tổ chức|họp|phiên|về|năm|ngày|số|giai)$", re.IGNORECASE
)
_LEVEL = {
    "tỉnh": "province",
    "quận": "district",
    "huyện": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}
_CENTRAL_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")
_TWO_LEVEL = dt.date(2025, 7, 1)


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        if _NAME_STOP.match(word) or (i >= 2 and word in SURNAMES):
            break
        kept.append(word)
    if not kept or kept[-1] == "-":
        kept = kept[:-1] if kept else kept
    name = " ".join(kept)
    if name.isupper():
        name = name.title()
    return name or None


def _level(unit: str, name: str | None, date: dt.date | None) -> str | None:
    if unit != "thành phố":
        return _LEVEL.get(unit)
    if date is not None and date >= _TWO_LEVEL:
        return "province"
    if name is None:
        return None
    return "province" if name.casefold() in _CENTRAL_CITIES else "district"


def find_council(doc: Doc, col: Collector, date: dt.date | None) -> None:
    """The council: the first council named, with the name from any mention of that kind."""
    mentions: list[tuple[str, str | None, tuple[int, int]]] = []
    lines = doc.content()
    for index, line in enumerate(lines):
        if _HEADER_COUNCIL_RE.fullmatch(line.text.strip()) and index + 1 < len(lines):
            following = lines[index + 1]
            unit_line = _HEADER_UNIT_RE.fullmatch(following.text.strip())
            if unit_line:
                offset = following.start + following.text.find(unit_line.group())
                span = (line.start, offset + len(unit_line.group()))
                name = _clean_name(unit_line.group("name"))
                mentions.append((unit_line.group("unit").casefold(), name, span))
        for match in _ABBREVIATED_RE.finditer(line.text):
            key = re.sub(r"^tp[.]?\s?", "", match.group("abbr").casefold())
            span = (line.start + match.start(), line.start + match.end())
            mentions.append(("thành phố", _ABBREVIATIONS[key], span))
        for match in _COUNCIL_RE.finditer(line.text):
            unit = match.group("unit").casefold().rstrip(".")
            unit = "thành phố" if unit == "tp" else unit
            name = _clean_name(match.group("name"))
            span = (line.start + match.start(), line.start + match.end())
            mentions.append((unit, name, span))
    if not mentions:
        return
    unit, name, span = mentions[0]
    rule = "council.named" if name else "council.unnamed"
    if name is None:
        for other_unit, other_name, other_span in mentions:
            if other_unit == unit and other_name:
                name, span, rule = other_name, other_span, "council.named_later"
                break
    col.set("unit_type", unit, rule=rule, confidence=0.85, span=span)
    col.set("unit_name", name, rule=rule, confidence=0.8, span=span)
    col.set(
        "level", _level(unit, name, date), rule="council.level_of_unit", confidence=0.85, span=span
    )
