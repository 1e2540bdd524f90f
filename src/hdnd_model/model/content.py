"""The content of a resolution: what it cites and what it provides (``documents.md`` §11).

A resolution cites its legal bases (căn cứ) and what the council considered (xét), then provides
in articles (Điều), each of clauses (khoản) made of points (điểm), and may attach annexes
(Phụ lục). The tree holds the text as the resolution writes it; numbering is stored, so that a
resolution quoted in part (an excerpt, a single Điều) keeps its own numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.documents import DocumentRef

__all__ = ["POINT_LETTERS", "Annex", "Article", "Citation", "Clause", "Point"]

POINT_LETTERS: tuple[str, ...] = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip
"""The letters that label points, in order: the Vietnamese alphabet without its vowels with
marks (``a)``, ``b)`` ... ``đ)``, ``e)``, ``g)``), as drafting practice writes them."""

_POINT_LABEL = re.compile(rf"(?:{'|'.join(POINT_LETTERS)})[0-9]{{0,2}}")
_ANNEX_LABEL = re.compile(r"[0-9A-Za-z.]{1,12}")


@attrs.frozen(kw_only=True)
class Citation:
    """A line citing a document or a fact: a legal basis (căn cứ) or a consideration (xét).

    ``Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`` cites a document;
    ``Xét ... ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp`` cites a fact.

    Attributes:
        document: the document cited, when the line cites one.
        text: the line as written, without ``Căn cứ``/``Xét`` and the closing punctuation; when a
            document is given, only where the line says more than the document's own fields.
    """

    document: DocumentRef | None = None
    text: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.document is None and self.text is None:
            raise fail(self, "document", None, "must be given when there is no text")


@attrs.frozen(kw_only=True)
class Point:
    """A point of a clause (điểm): ``a) Trình tự, thủ tục ...``.

    Attributes:
        label: its letter (``"a"``, ``"đ"``), with the digits an amending text adds (``"a1"``).
        text: what it provides.
    """

    label: str = attrs.field()
    text: str = attrs.field(validator=_checks.text)

    @label.validator
    def _check_label(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or _POINT_LABEL.fullmatch(value) is None:
            raise fail(
                self,
                "label",
                value,
                "must be a point letter (a, b, c, d, đ, e, g ...) in lower case",
            )


def _check_increasing(owner: object, field: str, numbers: Sequence[int], noun: str) -> None:
    for i in range(1, len(numbers)):
        if numbers[i] <= numbers[i - 1]:
            raise fail(
                owner,
                f"{field}[{i}].number",
                numbers[i],
                f"must be greater than the {noun} before it ({numbers[i - 1]})",
            )


@attrs.frozen(kw_only=True)
class Clause:
    """A clause of an article (khoản): ``1. ...``, with its points.

    Attributes:
        number: its number in the article.
        text: what it provides, or the words that introduce its points.
        points: its points (điểm), in order.
    """

    number: int = attrs.field(validator=_checks.positive)
    text: str | None = attrs.field(default=None, validator=_checks.optional_text)
    points: tuple[Point, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.text is None and not self.points:
            raise fail(self, "text", None, "must be given when the clause has no points")
        _checks.unique(self, "points", [p.label for p in self.points], "point label")


@attrs.frozen(kw_only=True)
class Article:
    """An article (Điều) of a resolution: ``Điều 1. Phạm vi điều chỉnh``.

    Attributes:
        number: its number (Điều 1).
        name: its name (tên Điều), when it has one; the Law 64/2025 gives every article one.
        text: what it provides, or the words that introduce its clauses.
        clauses: its clauses (khoản), in order.
    """

    number: int = attrs.field(validator=_checks.positive)
    name: str | None = attrs.field(default=None, validator=_checks.optional_text)
    text: str | None = attrs.field(default=None, validator=_checks.optional_text)
    clauses: tuple[Clause, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.text is None and not self.clauses:
            raise fail(self, "text", None, "must be given when the article has no clauses")
        _check_increasing(self, "clauses", [c.number for c in self.clauses], "clause")


@attrs.frozen(kw_only=True)
class Annex:
    """An annex (Phụ lục) attached to a resolution, by its title.

    Attributes:
        title: its title as written (``"Danh mục dự án ..."``).
        label: its number or letter (``"I"``, ``"01"``), when it has one.
    """

    title: str = attrs.field(validator=_checks.text)
    label: str | None = attrs.field(default=None)

    @label.validator
    def _check_label(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (
            not isinstance(value, str) or _ANNEX_LABEL.fullmatch(value) is None
        ):
            raise fail(self, "label", value, "must be a number or a Roman numeral such as 'II'")


def check_articles(owner: object, field: str, articles: Sequence[Article]) -> None:
    """Refuse articles whose numbers do not increase."""
    _check_increasing(owner, field, [a.number for a in articles], "article")
