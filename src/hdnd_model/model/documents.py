"""Document numbers (số, ký hiệu) and references to documents (``domain.md`` §5)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

import attrs

from hdnd_model.errors import InvalidModelError
from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.vocab import DocumentKind, NumberForm

__all__ = ["DocumentNumber", "DocumentRef", "check_number_kind"]

_GROUP = r"[A-ZĐ][A-Za-zĐđ0-9&.]*"
_SYMBOL = rf"{_GROUP}(?:-{_GROUP})*"
_NUM = r"(?P<num>\d{1,6})"
_NA = re.compile(rf"^{_NUM}/(?P<year>\d{{4}})/(?P<issuer>(?:QH|UBTVQH)\d{{2}})$")
_NORMATIVE = re.compile(rf"^{_NUM}/(?P<year>\d{{4}})/(?P<symbol>{_SYMBOL})$")
_ADMIN = re.compile(rf"^{_NUM}/(?P<symbol>{_SYMBOL})$")
_PARTY = re.compile(rf"^{_NUM}-(?P<kind>{_GROUP})/(?P<issuer>{_SYMBOL})$")
_GROUP_RE = re.compile(rf"^{_SYMBOL}$")
_MIN_YEAR, _MAX_YEAR = 1945, 2200
_NATIONAL_ASSEMBLY_KINDS = frozenset(
    {DocumentKind.LAW, DocumentKind.ORDINANCE, DocumentKind.RESOLUTION}
)
# The kinds a legal normative document (văn bản quy phạm pháp luật) may be: only their numbers
# carry a year. A known administrative kind (Biên bản, Tờ trình, Báo cáo ...) never does.
_NORMATIVE_KINDS = frozenset(
    {
        DocumentKind.RESOLUTION,
        DocumentKind.DECISION,
        DocumentKind.DIRECTIVE,
        DocumentKind.DECREE,
        DocumentKind.CIRCULAR,
    }
)
# The year each National Assembly (khóa) was elected: its documents are dated from then to the
# election of the next (both years included, the terms meeting in that year).
_NA_ELECTED = {
    1: 1946, 2: 1960, 3: 1964, 4: 1971, 5: 1975, 6: 1976, 7: 1981, 8: 1987,
    9: 1992, 10: 1997, 11: 2002, 12: 2007, 13: 2011, 14: 2016, 15: 2021, 16: 2026,
}  # fmt: skip
_NA_ISSUER = re.compile(r"(?:.*-)?(?:QH|UBTVQH)(?P<khoa>\d{2})")
_NA_ISSUER_ONLY = re.compile(r"(?:QH|UBTVQH)\d{2}")
_LENIENT_PREFIX = re.compile(r"^\s*(?:số|so)\s*[:.]?\s*", re.IGNORECASE)
_LENIENT_SPACES = re.compile(r"\s*([/-])\s*")
_LENIENT_CHARS = str.maketrans(
    {
        "\u00d0": "Đ",
        "\u0189": "Đ",
        "\u00f0": "đ",
        "\u0256": "đ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\uff0f": "/",
        "\u2215": "/",
    }
)


@functools.cache
def _na_years(khoa: int) -> tuple[int, int]:
    """The first and last year of the documents of the National Assembly of ``khoa``."""
    newest = max(_NA_ELECTED)

    def elected(k: int) -> int:
        return _NA_ELECTED.get(k, _NA_ELECTED[newest] + 5 * (k - newest))

    return elected(khoa), elected(khoa + 1)


_number_problem = _checks.lookalike_problem


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """The number and symbol of a document (số và ký hiệu): ``12/2020/NQ-HĐND``.

    Forms (``domain.md`` §5.1):

    - administrative ``82/TTr-UBND``, or a công văn ``12/UBND-VX`` (no kind);
    - legal normative ``12/2020/NQ-HĐND``;
    - National Assembly and its Standing Committee ``97/2019/QH14``, ``106/2025/UBTVQH15``;
    - Party ``60-NQ/TW`` (a reference only).

    Attributes:
        form: the syntax.
        number: the running number.
        year: the year, in normative and National Assembly numbers.
        kind: the kind abbreviation (``NQ``, ``TTr``, ``BC``), None for a công văn and for
            National Assembly numbers.
        issuer: the issuer's symbol groups (``HĐND``, ``UBND-VX``, ``QH14``, ``TW``).
    """

    form: NumberForm
    number: int = attrs.field(validator=_checks.positive)
    year: int | None = None
    kind: str | None = None
    issuer: str = attrs.field()

    @issuer.validator
    def _check_issuer(self, attribute: attrs.Attribute[str], value: str) -> None:
        problem = _number_problem(value)
        if problem:
            raise fail(self, "issuer", value, problem)
        if not unicodedata.is_normalized("NFC", value) or not _GROUP_RE.match(value):
            raise fail(self, "issuer", value, "must be symbol groups joined by '-' (e.g. 'HĐND')")

    def __attrs_post_init__(self) -> None:
        form = self.form
        needs_year = form in (NumberForm.NORMATIVE, NumberForm.NATIONAL_ASSEMBLY)
        if needs_year and self.year is None:
            raise fail(self, "year", None, f"must be given for a {form.value} number")
        if not needs_year and self.year is not None:
            raise fail(self, "year", self.year, f"must be None for a {form.value} number")
        if self.year is not None and not _MIN_YEAR <= self.year <= _MAX_YEAR:
            raise fail(self, "year", self.year, f"must be between {_MIN_YEAR} and {_MAX_YEAR}")
        if self.kind is not None:
            problem = _number_problem(self.kind)
            if problem:
                raise fail(self, "kind", self.kind, problem)
            if "-" in self.kind or not _GROUP_RE.match(self.kind):
                raise fail(self, "kind", self.kind, "must be one symbol group (e.g. 'NQ')")
        if form is NumberForm.NATIONAL_ASSEMBLY:
            if self.kind is not None:
                raise fail(self, "kind", self.kind, "must be None for a national_assembly number")
            if not _NA_ISSUER_ONLY.fullmatch(self.issuer):
                raise fail(self, "issuer", self.issuer, "must be QH or UBTVQH and the khóa")
        if form in (NumberForm.NORMATIVE, NumberForm.PARTY) and self.kind is None:
            raise fail(self, "kind", None, f"must be given for a {form.value} number")
        self._check_year_kind()
        self._check_legislature_year()

    def _check_year_kind(self) -> None:
        """Only legal normative documents carry a year: ``01/2020/BB-HĐND`` is no number."""
        if self.form is not NumberForm.NORMATIVE:
            return
        named = self.document_kind
        if named is not None and named not in _NORMATIVE_KINDS:
            raise fail(
                self,
                "year",
                self.year,
                f"must be None: a {named.label_vi} ({self.kind}) is numbered without a year",
            )

    def _check_legislature_year(self) -> None:
        """The khóa in ``QH14`` or ``UBTVQH15`` is that of the National Assembly in office in
        the number's year (the 15th was elected in 2021)."""
        if self.year is None or "QH" not in self.issuer:
            return
        found = _NA_ISSUER.fullmatch(self.issuer)
        if found is None:
            return
        khoa = int(found["khoa"])
        first, last = _na_years(khoa) if khoa >= 1 else (0, 0)
        if not first <= self.year <= last:
            raise fail(
                self,
                "year",
                self.year,
                f"must fall within the term of the National Assembly khóa {khoa} "
                f"({first}-{last}) named by {self.issuer}",
            )

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a document number in any form of ``domain.md`` §5.

        The text is NFC-normalised and stripped; the number may lack its leading zero
        (``5/BC-HĐND`` reads as ``05/BC-HĐND``).

        Raises:
            InvalidModelError: the text is not a document number, or writes Đ as a look-alike.
        """
        if not isinstance(text, str):
            raise InvalidModelError("number", text, "must be a string", owner=cls.__name__)
        raw = unicodedata.normalize("NFC", text).strip()
        problem = _number_problem(raw)
        if problem:
            raise InvalidModelError("number", text, problem, owner=cls.__name__)
        if m := _NA.match(raw):
            return cls(
                form=NumberForm.NATIONAL_ASSEMBLY,
                number=int(m["num"]),
                year=int(m["year"]),
                issuer=m["issuer"],
            )
        if m := _NORMATIVE.match(raw):
            kind, _, issuer = m["symbol"].partition("-")
            if not issuer:
                raise InvalidModelError(
                    "number",
                    text,
                    "must have a kind and an issuer after the year",
                    owner=cls.__name__,
                )
            return cls(
                form=NumberForm.NORMATIVE,
                number=int(m["num"]),
                year=int(m["year"]),
                kind=kind,
                issuer=issuer,
            )
        if m := _ADMIN.match(raw):
            first, _, rest = m["symbol"].partition("-")
            if rest and DocumentKind.from_abbreviation(first) is not None:
                kind, issuer = first, rest
            else:
                kind, issuer = None, m["symbol"]
            return cls(
                form=NumberForm.ADMINISTRATIVE, number=int(m["num"]), kind=kind, issuer=issuer
            )
        if m := _PARTY.match(raw):
            return cls(
                form=NumberForm.PARTY, number=int(m["num"]), kind=m["kind"], issuer=m["issuer"]
            )
        raise InvalidModelError(
            "number",
            text,
            "must be a document number such as '12/2020/NQ-HĐND'",
            owner=cls.__name__,
        )

    @classmethod
    def read(cls, text: str) -> DocumentNumber:
        """Read a document number as real files write it, for importers.

        Lenient where :meth:`parse` is strict: a leading ``Số:`` (``Số 57/NQ-HĐND``, ``số:``),
        spaces around ``/`` and ``-`` (``57 /NQ-HĐND``, ``12/ 2020 / NQ - HĐND``), runs of spaces,
        dashes and slashes that look like ``-`` and ``/`` (en dash, full-width solidus), and the
        look-alikes of Đ and đ (Ð U+00D0, Ɖ U+0189, ð, ɖ) are tidied, then the text is parsed
        with :meth:`parse`, so what it returns keeps every rule of the model.

        Raises:
            InvalidModelError: the tidied text is still not a document number.
        """
        if not isinstance(text, str):
            raise InvalidModelError("number", text, "must be a string", owner=cls.__name__)
        tidy = unicodedata.normalize("NFC", text).translate(_LENIENT_CHARS)
        tidy = _LENIENT_SPACES.sub(r"\1", _LENIENT_PREFIX.sub("", tidy, count=1))
        return cls.parse(" ".join(tidy.split()))

    @property
    def symbol(self) -> str:
        """The ký hiệu: ``NQ-HĐND``, ``UBND-VX``, ``QH14``."""
        return f"{self.kind}-{self.issuer}" if self.kind else self.issuer

    @property
    def document_kind(self) -> DocumentKind | None:
        """The kind of document the abbreviation stands for, when it is a known one."""
        if self.kind is None:
            return None
        return DocumentKind.from_abbreviation(self.kind)

    def __str__(self) -> str:
        if self.form is NumberForm.PARTY:
            return f"{self.number:02d}-{self.kind}/{self.issuer}"
        if self.form is NumberForm.NATIONAL_ASSEMBLY:
            return f"{self.number:02d}/{self.year}/{self.issuer}"
        if self.form is NumberForm.NORMATIVE:
            return f"{self.number:02d}/{self.year}/{self.symbol}"
        return f"{self.number:02d}/{self.symbol}"


@attrs.frozen(kw_only=True)
class DocumentRef:
    """A reference to a document (văn bản): ``Tờ trình số 82/TTr-UBND ngày 05/7/2023``.

    Attributes:
        kind: what the document is; None when the source cites only the number (see
            :attr:`effective_kind`).
        number: its number, when it has one.
        date: its date.
        issuer_name: who issued it, as written (``"UBND quận"``).
        title: its summary (trích yếu).
    """

    kind: DocumentKind | None = None
    number: DocumentNumber | None = None
    date: dt.date | None = None
    issuer_name: str | None = attrs.field(default=None, validator=_checks.optional_name)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __attrs_post_init__(self) -> None:
        number, kind = self.number, self.kind
        if kind is None and number is None and self.title is None:
            raise fail(self, "kind", None, "must be given when there is no number or title")
        if number is None:
            return
        if self.date is not None and number.year is not None and number.year != self.date.year:
            raise fail(
                self, "date", self.date.isoformat(), f"must fall in the year of the number {number}"
            )
        if kind is None:
            return
        if number.form is NumberForm.NATIONAL_ASSEMBLY and kind not in _NATIONAL_ASSEMBLY_KINDS:
            raise fail(
                self,
                "kind",
                kind.value,
                f"must be a law, ordinance or resolution for the number {number}",
            )
        named = number.document_kind
        if named is not None and named is not kind:
            raise fail(
                self,
                "number",
                str(number),
                f"must carry the abbreviation of a {kind.label_vi}, not of a {named.label_vi}",
            )

    @property
    def effective_kind(self) -> DocumentKind | None:
        """The kind as stated, or as the number's abbreviation tells it."""
        if self.kind is not None:
            return self.kind
        return self.number.document_kind if self.number is not None else None

    @property
    def label_vi(self) -> str:
        """How the text names the document's kind: ``Tờ trình``, or ``Văn bản`` if unknown."""
        kind = self.effective_kind
        return kind.label_vi if kind is not None else "Văn bản"


def check_number_kind(owner: object, number: DocumentNumber | None, kind: DocumentKind) -> None:
    """Refuse the number of a record that does not carry the record's own kind of document.

    Each kind of record carries its kind's abbreviation: minutes ``BB``, resolutions ``NQ``,
    notices ``TB``.

    Raises:
        InvalidModelError: naming the record's ``number``.
    """
    if number is not None and number.document_kind is not kind:
        raise fail(
            owner, "number", str(number), f"must be a {kind.value} number ({kind.abbreviation})"
        )
