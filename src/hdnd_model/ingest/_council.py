"""Rules for the kind of record, the council, its term and the session."""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._prep import LOWER, UPPER, Doc
from hdnd_model.vn import from_roman, parse_ordinal

__all__ = ["find_council", "find_kind", "find_session", "find_term", "is_template"]

_UNIT = r"(?P<unit>(?i:thành phố|TP\.?|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường|đặc khu))"
_WORD = rf"(?:[{UPPER}][{LOWER}{UPPER}]*|\d+)"
_COUNCIL_RE = re.compile(
    rf"(?i:HĐND|Hội đồng nhân dân)(?:\s*\(HĐND\))?\s+{_UNIT}"
    rf"(?![{LOWER}{UPPER}])(?:\s+(?P<name>{_WORD}(?:[ \t]+{_WORD}|\s*-\s*{_WORD}(?=\s)){{0,5}}))?",
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
SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đào",
        "Cao",
        "Lương",
        "Trịnh",
        "Mai",
        "Trương",
        "Lâm",
        "Phùng",
        "Tạ",
        "Tô",
        "Thái",
        "Lưu",
        "Châu",
        "Đoàn",
        "Vương",
        "Kiều",
        "Quách",
        "Triệu",
        "Tăng",
        "Chu",
        "Lò",
        "Hứa",
        "Nông",
        "Lục",
        "Đàm",
        "Khổng",
        "Mạc",
        "Thân",
        "Quan",
        "Tôn",
        "Hầu",
        "Ông",
        "Diệp",
        "Giáp",
        "Từ",
        "Kha",
        "Văn",
        "Âu",
        "Lại",
        "Hà",
        "Đồng",
        "Khúc",
        "Mã",
        "Ninh",
        "Phó",
        "Tống",
        "Trang",
        "Viên",
        "Thạch",
        "Danh",
        "Sơn",
        "Y",
        "Lã",
        "Cù",
        "Bế",
    ]
)
_KHOA_RE = re.compile(r"\bkh(?:óa|oá)\s+(?P<roman>[IVXLC]+)\b", re.IGNORECASE)
_NOT_COUNCIL_KHOA = re.compile(
    r"(quốc hội|đảng|ban chấp hành|bch|trung ương|đoàn|hội nông dân|mặt trận|công đoàn)"
    r"[^.;]{0,25}$",
    re.IGNORECASE,
)
_PERIOD_RE = re.compile(r"nhiệm kỳ\s*:?\s*(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})", re.IGNORECASE)
_SESSION_RE = re.compile(
    r"(?P<what>kỳ họp|phiên họp)(?:\s+(?:chuyên đề|bất thường|thường lệ))?\s+"
    r"(?P<ord>(?:lần\s+)?thứ\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,3})",
    re.IGNORECASE,
)
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
    for line in doc.content():
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


def find_term(doc: Doc, col: Collector, date: dt.date | None) -> None:
    """The khóa and the nhiệm kỳ of the council, not of a party body or the National Assembly."""
    for line in doc.content():
        for match in _KHOA_RE.finditer(line.text):
            before = line.text[max(0, match.start() - 40) : match.start()]
            if _NOT_COUNCIL_KHOA.search(before):
                continue
            try:
                khoa = from_roman(match.group("roman"))
            except FormatError:
                continue
            span = (line.start + match.start(), line.start + match.end())
            col.set("khoa", khoa, rule="term.khoa_roman", confidence=0.85, span=span)
            break
        if col.has("khoa"):
            break
    candidates: list[tuple[int, int, tuple[int, int], bool]] = []
    for line in doc.content():
        for match in _PERIOD_RE.finditer(line.text):
            first, last = int(match.group("a")), int(match.group("b"))
            before = line.text[max(0, match.start() - 90) : match.start()]
            if not 3 <= last - first <= 7 or re.search(r"đảng|đại hội", before, re.IGNORECASE):
                continue
            council = bool(re.search(r"HĐND|Hội đồng nhân dân|khóa|khoá", before, re.IGNORECASE))
            span = (line.start + match.start(), line.start + match.end())
            candidates.append((first, last, span, council))
    if date is not None:
        covering = [c for c in candidates if c[0] <= date.year <= c[1] and c[3]]
        covering.sort(key=lambda c: (c[0] == date.year, c[2][0]))
        if covering:
            first, last, span, _ = covering[0]
            col.set(
                "period",
                f"{first}-{last}",
                rule="term.period_covering_date",
                confidence=0.8,
                span=span,
            )
            return
    council_periods = [c for c in candidates if c[3]]
    if council_periods and date is None:
        first, last, span, _ = council_periods[0]
        col.set(
            "period", f"{first}-{last}", rule="term.period_of_council", confidence=0.6, span=span
        )


def _ordinal(raw: str) -> int | None:
    words = raw.split()
    for n in range(len(words), 1, -1):
        try:
            return parse_ordinal(" ".join(words[:n]))
        except FormatError:
            continue
    return None


def find_session(doc: Doc, col: Collector, kind: str) -> None:
    """The session's number (or a meeting's own) and the session kind."""
    lead, _ = doc.lead()
    standing = (
        kind in ("standing_committee_meeting", "questioning_session", "explanation_session")
        and "kỳ họp" not in lead.casefold()
    )
    wanted = "phiên họp" if standing else "kỳ họp"
    for line in doc.content():
        for match in _SESSION_RE.finditer(line.text):
            if match.group("what").casefold() != wanted:
                continue
            after = line.text[match.end() : match.end() + 30]
            if re.search(r"quốc hội", after, re.IGNORECASE):
                continue
            number = _ordinal(match.group("ord"))
            if number is None:
                continue
            span = (line.start + match.start(), line.start + match.end())
            col.set("session_number", number, rule="session.ordinal", confidence=0.85, span=span)
            break
        if col.has("session_number"):
            break
    _session_kind(doc, col, standing, lead)
    _meeting_kind(col, standing, lead)


_MEETING_KINDS = (
    (r"khai mạc", "opening"),
    (r"bế mạc", "closing"),
    (r"lấy phiếu tín nhiệm|bỏ phiếu tín nhiệm", "confidence"),
    (r"chất vấn", "questioning"),
    (r"phiên trù bị", "preparatory"),
)


def _meeting_kind(col: Collector, standing: bool, lead: str) -> None:
    folded = lead.casefold()
    if standing:
        kind = col.values.get("session_kind")
        value = "standing_monthly" if kind == "standing_committee_monthly" else "standing"
        if col.values.get("kind") == "explanation_session":
            value = "explanation"
        col.set("meeting_kind", value, rule="meeting_kind.standing_body", confidence=0.7)
        return
    for pattern, value in _MEETING_KINDS:
        if re.search(pattern, folded):
            col.set("meeting_kind", value, rule=f"meeting_kind.{value}", confidence=0.7)
            return


def _session_kind(doc: Doc, col: Collector, standing: bool, lead: str) -> None:
    folded = lead.casefold()
    if standing:
        if re.search(r"phiên họp (?:thường kỳ )?(?:hằng |hàng )?tháng\b", folded):
            value, rule = "standing_committee_monthly", "session_kind.monthly"
        elif "phiên họp thường kỳ" in folded:
            value, rule = "standing_committee_regular", "session_kind.regular_meeting"
        elif "thường trực" in folded:
            value, rule = "standing_committee", "session_kind.standing_body"
        else:
            return
        col.set("session_kind", value, rule=rule, confidence=0.8)
        return
    scope = f"{lead}\n{doc.headline()}".casefold()
    for pattern, value in (
        (r"kỳ họp[^.;]{0,40}chuyên đề|chuyên đề[^.;]{0,10}kỳ họp", "thematic"),
        (r"kỳ họp[^.;]{0,40}bất thường|bất thường[^.;]{0,10}kỳ họp", "extraordinary"),
        (r"kỳ họp thứ nhất", "first_session"),
        (r"kỳ họp (?:thường lệ )?giữa năm", "regular_mid_year"),
        (r"kỳ họp (?:thường lệ )?cuối năm", "regular_year_end"),
    ):
        if re.search(pattern, scope):
            col.set("session_kind", value, rule=f"session_kind.{value}", confidence=0.8)
            return
