"""The renderer's layout as paragraphs and table rows, the patterns of its labels and a reader.

:class:`Para` and :class:`Row` are the body as :mod:`hdnd_model.ingest.docx` hands it over;
:class:`Reader` walks it with a cursor and keeps the notes and the evidence of one reading. The
patterns are compiled from the wording of :mod:`hdnd_model.wording`, so what the renderer
prints is what is read back.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator
from typing import Any

import attrs

from hdnd_model import model as m
from hdnd_model.errors import HdndError
from hdnd_model.model.vocab import DocumentKind, ParticipantRole
from hdnd_model.vn import parse_date, parse_time
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import document_text

__all__ = [
    "PATTERNS",
    "LayoutError",
    "Para",
    "Reader",
    "Row",
    "Sitting",
    "after_label",
    "bullet_item",
    "document_ref",
    "full_match",
    "is_rendered_layout",
    "time_or_blank",
]


_DATE = r"ngày \d{1,2} tháng \d{1,2} năm \d{4}"
_TIME = r"\d{1,2} giờ \d{2}|… giờ …"
_SHARE = r"\d+(?:,\d+)?%"
_NUM = r"\d+"


class LayoutError(ValueError):
    """The DOCX does not follow the renderer's layout where it should."""


@attrs.frozen
class Para:
    """A paragraph: its index (as in :func:`~hdnd_model.ingest.docx.docx_paragraphs`), its
    style's name and its runs as ``(text, bold, italic)``."""

    index: int
    style: str
    runs: tuple[tuple[str, bool, bool], ...]

    @property
    def text(self) -> str:
        return "".join(r[0] for r in self.runs)

    @property
    def lead(self) -> str | None:
        """The first run's text when it is an italic label."""
        return self.runs[0][0] if self.runs and self.runs[0][2] else None

    @property
    def bold_lead(self) -> str | None:
        """The first run's text when it is a bold label."""
        return self.runs[0][0] if self.runs and self.runs[0][1] else None


@attrs.frozen
class Row:
    """A table row: its index and its cells, each a tuple of paragraphs."""

    index: int
    cells: tuple[tuple[Para, ...], ...]
    table: int


def _compile(template: str, **fields: str) -> re.Pattern[str]:
    out = []
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(re.escape(literal))
        if field is not None:
            out.append(f"(?P<{field}>{fields.get(field, '.+?')})")
    return re.compile("".join(out), re.DOTALL)


_COUNTS = {"count": _NUM, "total": _NUM, "share": _SHARE}
PATTERNS = {
    "number": _compile(L.NUMBER, number=r"\S+"),
    "session_days": _compile(L.SESSION_DAYS, first=_DATE, last=_DATE),
    "at": _compile(L.AT_TIME_ON, time=_TIME, date=_DATE),
    "meeting_end": _compile(L.MEETING_END + L.END_MARK, time=_TIME, date=_DATE),
    "session_end": _compile(L.SESSION_END + L.END_MARK, time=_TIME, date=_DATE),
    "total": _compile(L.TOTAL_DELEGATES.rstrip("."), total=_NUM),
    "present": _compile(L.PRESENT, present=_NUM, total=_NUM, share=_SHARE),
    "online": _compile(L.ONLINE, online=_NUM),
    "with_reason": _compile(L.ABSENT_WITH_REASON, count=_NUM),
    "without_reason": _compile(L.ABSENT_WITHOUT_REASON, count=_NUM),
    "voting": _compile(L.VOTING, **_COUNTS),
    "in_favour": _compile(L.IN_FAVOUR, **_COUNTS),
    "against": _compile(L.AGAINST, **_COUNTS),
    "not_voting": _compile(L.NOT_VOTING, **_COUNTS),
    "passed": _compile(L.PASSED),
    "failed": _compile(L.FAILED),
    "ballot_total": _compile(L.TOTAL_DELEGATES, total=_NUM),
    "ballots": _compile(L.BALLOTS, issued=r"\d+|……", returned=r"\d+|……", valid=r"\d+|……"),
    "candidate": _compile(L.CANDIDATE, votes=_NUM, total=_NUM, share=_SHARE),
    "poll": _compile(
        L.POLL_ENTRY,
        high=_NUM,
        confident=_NUM,
        low=_NUM,
        high_share=_SHARE,
        confident_share=_SHARE,
        low_share=_SHARE,
    ),
    "confidence": _compile(
        L.CONFIDENCE_ENTRY, trust=_NUM, no_trust=_NUM, trust_share=_SHARE, no_trust_share=_SHARE
    ),
    "resolution_vote": re.compile(
        "(?P<head>.+): " + _compile(L.IN_FAVOUR, **_COUNTS).pattern, re.DOTALL
    ),
    "resolution": _compile(L.RESOLUTION, number=r"\S+"),
    "resolution_bare": _compile(L.RESOLUTION_UNNUMBERED),
    "item": _compile(L.ITEM, number=_NUM),
    "question": re.compile(
        "(?P<asker>.+?)"
        + re.escape(L.QUESTION_BY.format(asker=""))
        + "(?:"
        + re.escape(L.QUESTION_TOPIC.format(topic=""))
        + "(?P<topic>.+?))?: (?P<question>.+)",
        re.DOTALL,
    ),
    "sitting": re.compile(f"(?P<name>.+), (?P<time>{_TIME}), (?P<date>{_DATE})", re.DOTALL),
}
PATTERNS["election"] = re.compile(  # ``Bầu {office}``, then `` ({seats} người)`` when seats > 1
    re.escape(L.ELECTION.format(office="")) + r"(?P<office>.+?)(?: \((?P<seats>\d+) người\))?",
    re.DOTALL,
)

_DOC_KINDS = {k.label_vi: k for k in DocumentKind}
_DOC_KIND_RE = "|".join(re.escape(k) for k in sorted([*_DOC_KINDS, "Văn bản"], key=len)[::-1])
_DOCUMENT = re.compile(
    rf"(?P<kind>{_DOC_KIND_RE})(?: số (?P<number>\S+))?(?: (?P<date>{_DATE}))?"
    r"(?: của (?P<issuer>.+?))?(?: về (?P<title>.+))?",
    re.DOTALL,
)
# A document named by its subject (``Luật Tổ chức ... số 77/2015/QH13``); an issuer holds no
# ``của``, so the last ``của`` starts it.
_NAMED_DOCUMENT = re.compile(
    rf"(?P<title>(?P<kind>{_DOC_KIND_RE}) .+?)(?: số (?P<number>\S+))?(?: (?P<date>{_DATE}))?"
    r"(?: của (?P<issuer>(?:(?! của ).)+))?",
    re.DOTALL,
)
# The same without an issuer, for a subject that itself holds ``của`` ("Quy định chi tiết một số
# điều của Luật ...").
_NAMED_WITHOUT_ISSUER = re.compile(
    rf"(?P<title>(?P<kind>{_DOC_KIND_RE}) .+?)(?: số (?P<number>\S+))?(?: (?P<date>{_DATE}))?"
    r"(?P<issuer>(?!))?",
    re.DOTALL,
)


def full_match(key: str, text: str) -> re.Match[str]:
    """The match of the pattern named ``key`` over the whole of ``text``."""
    found = PATTERNS[key].fullmatch(text)
    if found is None:
        raise LayoutError(f"expected {key!r}, read {text[:80]!r}")
    return found


def after_label(text: str, label: str) -> str:
    """The text after its leading ``label``."""
    if not text.startswith(label):
        raise LayoutError(f"expected {label!r}, read {text[:80]!r}")
    return text[len(label) :]


def bullet_item(text: str) -> str:
    """The text of a ``- text;`` list item, without its dash and its added ``;`` or ``.``."""
    body = after_label(text, "- ")
    return body[:-1] if body.endswith((".", ";")) else body


def time_or_blank(text: str) -> dt.time | None:
    """A printed time of day, ``None`` when the time is left blank."""
    return None if text == L.TIME_BLANK else parse_time(text)


def is_rendered_layout(paras: list[Para | Row]) -> bool:
    """Whether the body reads as one of the renderer's layouts: a document's title and its
    skeleton are there."""
    texts = {p.text for p in paras if isinstance(p, Para)}
    starts = any(p.text.startswith(L.START) for p in paras if isinstance(p, Para))
    styles = {p.style for p in paras if isinstance(p, Para)}
    if "Minutes Title" not in styles or L.RECIPIENTS not in texts:
        return False
    if texts & {L.RESOLUTION_KIND, L.NOTICE_KIND}:
        return True
    return starts and {L.KIND, L.ATTENDANCE, L.CONTENT} <= texts


@attrs.define
class Sitting:
    """A sitting as read: its heading, day and start, and what was read under it."""

    heading: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    items: list[m.AgendaItem] = attrs.Factory(list)
    conclusions: list[str] = attrs.Factory(list)
    documents: list[m.DocumentRef] = attrs.Factory(list)
    people: list[m.Participant] = attrs.Factory(list)
    known: dict[str, str] = attrs.Factory(dict)
    attendance: m.Attendance | None = None


class Reader:
    """Reads the body, paragraph by paragraph, into the parts of a record."""

    def __init__(self, paras: list[Para | Row], source: str) -> None:
        self.paras = paras
        self.pos = 0
        self.source = source
        self.notes: list[str] = []
        self.evidence: list[tuple[str, str, int, str]] = []
        self.next_id = 0
        self.sittings: list[Sitting] = []

    # -- cursor -------------------------------------------------------------------------

    def peek(self) -> Para | Row | None:
        return self.paras[self.pos] if self.pos < len(self.paras) else None

    def para(self) -> Para:
        found = self.peek()
        if not isinstance(found, Para):
            raise LayoutError(f"expected a paragraph at {self.pos}")
        self.pos += 1
        return found

    def note(self, field: str, value: str, para: Para | Row, rule: str) -> None:
        self.evidence.append((field, value, para.index, f"docx.layout.{rule}"))

    def bullets(self) -> Iterator[tuple[Para, str]]:
        while True:
            found = self.peek()
            if not (
                isinstance(found, Para)
                and found.text.startswith("- ")
                and found.lead is None
                and found.style.endswith("Body")
            ):
                return
            self.pos += 1
            yield found, bullet_item(found.text)

    def new_id(self) -> str:
        self.next_id += 1
        return f"p{self.next_id}"

    def person(self, text: str, role: ParticipantRole, *, office_only: bool = False) -> Any:
        name, sep, title = text.partition(", ")
        if office_only:
            return m.Participant(id=self.new_id(), role=role, title=text)
        return m.Participant(
            id=self.new_id(),
            role=role,
            person=m.Person(full_name=name),
            title=title if sep else None,
        )

    def people_list(self, text: str) -> list[str]:
        if text == L.BLANK:
            return []
        if not text.endswith("."):
            raise LayoutError(f"a list of people without its full stop: {text[:80]!r}")
        return text[:-1].split("; ")

    def speaker(self, sitting: Sitting, text: str, role: ParticipantRole) -> str:
        if text not in sitting.known:
            p = self.person(text, role)
            sitting.people.append(p)
            sitting.known[text] = p.id
        return sitting.known[text]


def document_ref(text: str) -> m.DocumentRef:
    """A document reference as the layout prints it (kind, number, date, issuer, title)."""
    for pattern in (_DOCUMENT, _NAMED_DOCUMENT, _NAMED_WITHOUT_ISSUER):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        number = found["number"]
        try:
            doc = m.DocumentRef(
                kind=_DOC_KINDS.get(found["kind"]),
                number=m.DocumentNumber.parse(number) if number else None,
                date=parse_date(found["date"]) if found["date"] else None,
                issuer_name=found["issuer"],
                title=found["title"],
            )
        except (HdndError, ValueError):
            continue
        if document_text(doc) == text:
            return doc
    raise LayoutError(f"a document reference that cannot be read: {text[:80]!r}")
