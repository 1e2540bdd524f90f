"""Document numbers referenced, normalised, the record's own number left out."""

from __future__ import annotations

import re

from hdnd_model.errors import InvalidModelError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.model.documents import DocumentNumber
from hdnd_model.model.vocab import DocumentKind

__all__ = ["NUMBER_RE", "find_documents", "normalise_number"]

_SYMBOL_GROUP = r"[A-ZĐ][A-Za-zĐđ0-9&.]*"
NUMBER_RE = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,5}})/(?:(?P<year>(?:19|20)\d\d)/)?"
    rf"(?P<sym>{_SYMBOL_GROUP}(?:-[ ]?{_SYMBOL_GROUP})*)(?![\w/-])"
    rf"|(?<![\w/.-])(?P<pnum>\d{{1,5}})-(?P<pkind>[A-ZĐ]{{1,4}})/(?P<pissuer>[A-ZĐ]{{1,6}})(?![\w/-])"
)
_KIND_ABBREVIATIONS = sorted(
    (k.abbreviation for k in DocumentKind if k.abbreviation), key=len, reverse=True
)
_OWN_NUMBER_RE = re.compile(r"^[ \t]*Số[ \t]{0,3}:[ \t]{0,3}(?P<number>\S+)", re.MULTILINE)
_NA_SYMBOL = re.compile(r"^(?:QH|UBTVQH)\d{2}$")


def normalise_number(num: str, year: str | None, symbol: str) -> str | None:
    """A document number in its normal form, restoring stripped hyphens (``NQHĐND``)."""
    symbol = symbol.rstrip(".").replace(" ", "")
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
        match = NUMBER_RE.fullmatch(own.group("number").rstrip(".,;"))
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
        for match in NUMBER_RE.finditer(line.text):
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
