"""Resolutions and conclusion notices laid out by the renderer, read back into their records.

A document is read by its structure: the header table (number, place and date), the kind and
summary in the title styles, the body paragraphs, the signature table and ``Nơi nhận``. What
the layout prints is read into the fields that print it, so that the record read back lays out
as the same document (:func:`document_content`); what the layout derives and does not print
(the meeting behind a notice, the documents behind a căn cứ line) is kept as the printed text.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import AbstractContextManager
from typing import Any

import attrs

from hdnd_model import model as m
from hdnd_model.ingest.layout._read import LayoutError, Para, Row
from hdnd_model.model.content import Annex, Article, Citation, Clause, Point
from hdnd_model.model.vocab import (
    NumberForm,
    OrganKind,
    ResolutionNature,
    RuleMode,
    SessionKind,
    SessionSeries,
    SigningAuthority,
    UnitKind,
)
from hdnd_model.vn import fold_key, from_roman, parse_date
from hdnd_model.wording import LABELS as L

__all__ = ["document_content", "read_notice", "read_resolution"]

_DATE = r"ngày \d{1,2} tháng \d{1,2} năm \d{4}"
_AUTHORITIES = {a.label_vi: a for a in SigningAuthority if a.label_vi}
_DAYS = (dt.date(2020, 3, 5), dt.date(2025, 7, 1), dt.date(2016, 7, 1), dt.date(2004, 7, 1))


def document_content(record: object) -> list[str]:
    """What a resolution's or a notice's document says: its layout's text, in reading order.

    A record read back from its DOCX has the same content as the record rendered.
    """
    from hdnd_model.render import layout_of  # noqa: PLC0415 - render loads python-docx lazily

    return list(layout_of(record).fragments())


def _council(author: str, day: dt.date | None) -> m.Council:
    prefix = L.COUNCIL + " "
    if not author.startswith(prefix):
        raise LayoutError(f"the author is not a council: {author!r}")
    full = author[len(prefix) :]
    for kind in sorted(UnitKind, key=lambda k: -len(k.short_label_vi)):
        generic = kind.short_label_vi
        if fold_key(full[: len(generic)]) != fold_key(generic) or full[len(generic) :][:1] != " ":
            continue
        name = full[len(generic) + 1 :]
        capitalised = full[:1].isupper() and not name[:1].isdigit()
        unit = m.AdministrativeUnit(kind=kind, name=name, generic_capitalised=capitalised)
        days = (day, *_DAYS) if day is not None else _DAYS
        if unit.full_name == full and any(unit.has_council(d) for d in days):
            slug = re.sub(r"[^0-9a-z]+", "-", fold_key(full).encode("ascii", "ignore").decode())
            return m.Council(id=f"hdnd-{slug.strip('-')}", unit=unit)
    raise LayoutError(f"no unit with a council is named {full!r}")


class _Doc:
    """The parts every document shares, read from the body."""

    def __init__(self, paras: list[Para | Row], kind: str) -> None:
        tables: dict[int, list[Row]] = {}
        for p in paras:
            if isinstance(p, Row):
                tables.setdefault(p.table, []).append(p)
        if len(tables) < 2:
            raise LayoutError("no header or signature table")
        header = tables[min(tables)]
        signature = tables[max(tables)][0]
        left = header[0].cells[0]
        self.parent = tuple(p.text for p in left if p.style.endswith("Agency") and p.text)
        self.issuer = tuple(p.text for p in left if p.style.endswith("Issuer") and p.text)
        number_text = " ".join(p.text for p in header[1].cells[0] if p.text).strip()
        number = number_text.removeprefix("Số: ").strip()
        self.number = None if number.startswith("/") else m.DocumentNumber.parse(number)
        place_date = " ".join(p.text for p in header[1].cells[1] if p.text)
        place, _, day = place_date.rpartition(", ")
        self.place = place
        self.date = parse_date(day) if re.fullmatch(_DATE, day) else None
        body = [p for p in paras if isinstance(p, Para) and header[-1].index < p.index]
        titles = [p.text for p in body if p.style.endswith("Title")]
        if not titles or titles[0] != kind:
            raise LayoutError(f"expected {kind!r}")
        self.summary = next(p.text for p in body if p.style.endswith("Summary"))
        start = next(i for i, p in enumerate(body) if p.style.endswith("Summary")) + 1
        self.body = [
            p
            for p in body[start:]
            if p.index < signature.index and p.text and "Rule" not in p.style
        ]
        right = signature.cells[1]
        self.heading = [p.text for p in right if p.style.endswith("Signature Title") and p.text]
        names = [p.text for p in right if p.style.endswith("Signature Name") and p.text]
        self.name = names[0] if names else None
        after = [p for p in paras if isinstance(p, Para) and p.index > signature.index]
        texts = [p.text for p in after]
        if L.RECIPIENTS not in texts:
            raise LayoutError("no Nơi nhận")
        lines = texts[texts.index(L.RECIPIENTS) + 1 :]
        filing_head = L.FILING.split("{")[0]
        self.recipients: list[str] = []
        self.filing = ""
        self.tail: list[Para] = []
        for p, line in zip(after[texts.index(L.RECIPIENTS) + 1 :], lines, strict=True):
            if self.filing:
                if line:
                    self.tail.append(p)
            elif line.startswith(filing_head):
                self.filing = line[len(filing_head) :].removesuffix(".")
            elif line.startswith("- ") and line.endswith(";"):
                self.recipients.append(line[2:-1])
        if not self.filing:
            raise LayoutError("no filing line")

    def signer(self) -> m.Signature | None:
        if self.name is None:
            return None
        authority, on_behalf = SigningAuthority.NONE, None
        if len(self.heading) == 2:
            line = self.heading[0]
            for label, value in _AUTHORITIES.items():
                if line.startswith(label + " "):
                    authority, line = value, line[len(label) + 1 :]
                    break
            on_behalf = line
        return m.Signature(
            person=m.Person(full_name=self.name),
            title=self.heading[-1],
            authority=authority,
            on_behalf_of=on_behalf,
        )


def read_notice(paras: list[Para | Row], props: dict[str, Any]) -> m.ConclusionNotice:
    """A conclusion notice written by the renderer."""
    doc = _Doc(paras, L.NOTICE_KIND)
    council = _council(str(props.get("author") or ""), doc.date)
    if not doc.body:
        raise LayoutError("a notice without its opening paragraph")
    opening, rest = doc.body[0].text, doc.body[1:]
    conclusions: list[dict[str, Any]] = []
    for p in rest:
        text = p.text.removesuffix("." + L.END_MARK)
        if p.lead == L.ADDRESSEE and conclusions:
            conclusions[-1]["addressee"] = text[len(L.ADDRESSEE) :].removesuffix(".")
        elif p.lead == L.DEADLINE and conclusions:
            day = text[len(L.DEADLINE) :].removesuffix(".")
            conclusions[-1]["deadline"] = parse_date(day)
        elif (found := re.fullmatch(r"(\d+)\. (.+)", text, re.DOTALL)) is not None:
            if int(found[1]) != len(conclusions) + 1:
                raise LayoutError(f"conclusion {found[1]} out of order")
            conclusions.append({"text": found[2]})
        else:
            raise LayoutError(f"unexpected paragraph in a notice: {text[:80]!r}")
    issuer = OrganKind.STANDING_COMMITTEE
    if doc.heading and doc.heading[0] == f"TM. {council.name.upper()}":
        issuer = OrganKind.COUNCIL
    return m.ConclusionNotice(
        id=f"tb-{council.id}-{(doc.date or _DAYS[0]).isoformat()}",
        council=council,
        conclusions=tuple(m.Conclusion(**c) for c in conclusions),
        issuer=issuer,
        number=doc.number,
        title=doc.summary,
        place=doc.place,
        date=doc.date,
        opening=opening,
        signer=doc.signer(),
        recipients=tuple(doc.recipients),
        filing=doc.filing,
    )


_KIND_IN_LINE = re.compile(r"\(KỲ HỌP ([^)]+)\)$")
_CLOSING = re.compile(
    r"Nghị quyết này đã được (?P<council>.+?)(?: khóa (?P<khoa>[IVXLCDM]+))?"
    rf"(?:, kỳ họp (?:thứ (?P<number>\d+)|chuyên đề lần thứ (?P<thematic>\d+)))?"
    rf" thông qua (?P<adopted>{_DATE}|ngày … tháng … năm …)"
    rf"(?: và có hiệu lực từ (?P<effective>{_DATE}))?\./\.",
    re.DOTALL,
)
_ARTICLE = re.compile(r"Điều (?P<number>\d+)\.(?: (?P<name>.+))?", re.DOTALL)
_CLAUSE = re.compile(r"(?P<number>\d+)\.(?: (?P<text>.+))?", re.DOTALL)
_POINT = re.compile(r"(?P<label>[a-zđ]\d{0,2})\) (?P<text>.+)", re.DOTALL)
_KINDS = {k.label_vi.upper(): k for k in SessionKind}


def _articles(paras: list[Para]) -> list[Article]:
    articles: list[dict[str, Any]] = []
    for p in paras:
        text = p.text
        if p.style.endswith("Heading") and (found := _ARTICLE.fullmatch(text)):
            articles.append({"number": int(found["number"]), "name": found["name"], "clauses": []})
        elif p.bold_lead and (found := _ARTICLE.fullmatch(p.bold_lead.strip())):
            body = text[len(p.bold_lead) :]
            articles.append({"number": int(found["number"]), "text": body, "clauses": []})
        elif not articles:
            raise LayoutError(f"a paragraph before the first article: {text[:80]!r}")
        elif (found := _POINT.fullmatch(text)) and articles[-1]["clauses"]:
            point = Point(label=found["label"], text=found["text"])
            articles[-1]["clauses"][-1]["points"].append(point)
        elif found := _CLAUSE.fullmatch(text):
            clause: dict[str, Any] = {
                "number": int(found["number"]),
                "text": found["text"],
                "points": [],
            }
            articles[-1]["clauses"].append(clause)
        elif articles[-1].get("text") is None and not articles[-1]["clauses"]:
            articles[-1]["text"] = text
        else:
            raise LayoutError(f"unexpected paragraph in an article: {text[:80]!r}")
    return [
        Article(
            number=a["number"],
            name=a.get("name"),
            text=a.get("text"),
            clauses=tuple(
                Clause(number=c["number"], text=c["text"], points=tuple(c["points"]))
                for c in a["clauses"]
            ),
        )
        for a in articles
    ]


def _without_delay_check() -> AbstractContextManager[m.Policy]:
    """The policy in force without the effective-date check. The layout does not print the
    procedure (rút gọn): a resolution read back is not checked for the delay, which its record
    was checked for when it was built."""
    return m.use_policy(attrs.evolve(m.current_policy(), effective_delay_check=RuleMode.OFF))


def read_resolution(paras: list[Para | Row], props: dict[str, Any]) -> m.Resolution:
    """A resolution written by the renderer, in either layout."""
    doc = _Doc(paras, L.RESOLUTION_KIND)
    council = _council(str(props.get("author") or ""), doc.date)
    body = doc.body
    texts = [p.text for p in body]
    old = L.ENACTING in texts
    fields: dict[str, Any] = {}
    i = 0
    if old:
        if texts[0] != council.name.upper():
            raise LayoutError(f"expected the council's name, read {texts[0][:80]!r}")
        i = 1
        if texts[1].startswith(("KHÓA ", "KỲ HỌP ")):
            found = _KIND_IN_LINE.search(texts[1])
            if found is not None:
                fields["session_kind"] = _KINDS.get(found[1])
            i = 2
    if old:
        enacting = texts.index(L.ENACTING)
    else:
        lead = L.ENACTING_2025.split("{")[0]
        enacting = next((k for k, t in enumerate(texts) if t.startswith(lead)), -1)
        if enacting < 0:
            raise LayoutError("no enacting formula")
    bases, considerations = [], []
    for text in texts[i:enacting]:
        if text.startswith("Căn cứ "):
            bases.append(Citation(text=text[len("Căn cứ ") :].removesuffix(";")))
        elif text.startswith("Xét "):
            considerations.append(Citation(text=text[len("Xét ") :][:-1]))
        else:
            raise LayoutError(f"expected a căn cứ or xét line, read {text[:80]!r}")
    i = enacting + 1
    closing = _CLOSING.fullmatch(texts[-1])
    if closing is None:
        raise LayoutError(f"no closing sentence: {texts[-1][:80]!r}")
    articles = _articles(body[i:-1])
    if closing["khoa"]:
        fields["khoa"] = from_roman(closing["khoa"])
    if closing["number"]:
        fields["session_number"] = int(closing["number"])
    elif closing["thematic"]:
        fields["session_number"] = int(closing["thematic"])
        fields["session_series"] = SessionSeries.THEMATIC
    adopted = closing["adopted"]
    effective = closing["effective"]
    number = doc.number
    normative = number.form is NumberForm.NORMATIVE if number is not None else not old
    issuer = OrganKind.STANDING_COMMITTEE if L.STANDING_UPPER in doc.issuer else OrganKind.COUNCIL
    adopted_on = parse_date(adopted) if adopted != L.DATE_BLANK else None
    with _without_delay_check():
        return m.Resolution(
            id=f"nq-{council.id}-{(doc.date or adopted_on or _DAYS[0]).isoformat()}",
            title=doc.summary,
            nature=ResolutionNature.NORMATIVE if normative else ResolutionNature.INDIVIDUAL,
            number=number,
            council=council,
            issuer=issuer,
            adopted_on=adopted_on,
            signed_on=doc.date,
            effective_on=parse_date(effective) if effective else None,
            place=doc.place,
            legal_bases=tuple(bases),
            considerations=tuple(considerations),
            articles=tuple(articles),
            signer=doc.signer(),
            recipients=tuple(doc.recipients),
            filing=doc.filing,
            annexes=tuple(_annexes(doc.tail)),
            **fields,
        )


def _annexes(paras: list[Para]) -> list[Annex]:
    out = []
    texts = [p.text for p in paras]
    for head, annex_title in zip(texts[::2], texts[1::2], strict=False):
        label = head.removeprefix(L.ANNEX_UNNUMBERED).strip() or None
        out.append(Annex(label=label, title=annex_title))
    return out
