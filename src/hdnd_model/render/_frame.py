"""What every document shares: the header, the title and its rule, signature blocks, Nơi nhận.

Decree 30/2020/NĐ-CP, Phụ lục I sets these the same way for the minutes, the resolutions and
the notices; each document's layout fills them with its own wording.
"""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.errors import RenderError
from hdnd_model.model.people import Participant
from hdnd_model.model.resolutions import Signature
from hdnd_model.render._blocks import (
    Block,
    DocumentInfo,
    Header,
    Layout,
    Recipients,
    SignatureBlock,
    Title,
)
from hdnd_model.render._metrics import text_width_pt
from hdnd_model.render._options import RenderOptions
from hdnd_model.vn import format_place_date
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import recipient_text

__all__ = ["UNDATED", "checked", "header", "place_date", "recipients", "signature_block", "title"]

#: The date in the properties of a document the record does not date (so that renders are
#: reproducible): the day Decree 30/2020/NĐ-CP took effect.
UNDATED = dt.date(2020, 3, 5)
_MM_PER_PT = 25.4 / 72
_ISSUER_RULE_SHARE = 0.4  # Decree 30: 1/3 to 1/2 of the issuing body's text
# Characters XML 1.0 cannot hold (tab and line feed are set as such by every renderer).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def header(
    parent: tuple[str, ...],
    issuer: tuple[str, ...],
    number: object | None,
    symbol: str,
    place_date_line: str | None,
) -> Header:
    """The two-column header: bodies and number on the left, Quốc hiệu and Tiêu ngữ right."""
    widest = max(text_width_pt(line, 12, bold=True) for line in issuer)
    if number is not None:
        number_text = L.NUMBER.format(number=number)
    else:
        number_text = L.NUMBER_BLANK.format(symbol=f"{symbol}-{L.COUNCIL_SYMBOL}")
    return Header(
        parent_body=parent,
        issuer=issuer,
        issuer_rule_pt=round(widest * _ISSUER_RULE_SHARE, 1),
        number=number_text,
        national_name=L.NATIONAL_NAME,
        motto=L.MOTTO,
        motto_rule_pt=round(text_width_pt(L.MOTTO, 13, bold=True), 1),
        place_date=place_date_line,
    )


def place_date(place: str, day: dt.date | None) -> str:
    """``Đắk Lắk, ngày 08 tháng 12 năm 2023``; blanks for a date not yet given."""
    return (
        format_place_date(place, day) if day is not None else L.PLACE_DATE_BLANK.format(place=place)
    )


def title(kind: str, summary: str, opts: RenderOptions) -> Title:
    """The kind of document, its summary, and the rule under them."""
    width = min(
        text_width_pt(summary, opts.body_size_pt, bold=True), opts.text_width_mm / _MM_PER_PT
    )
    return Title(kind=kind, summary=summary, rule_pt=round(width * _ISSUER_RULE_SHARE, 1))


def signature_block(
    sig: Signature | None, heading: tuple[str, ...], fallback: Participant | None = None
) -> SignatureBlock:
    """A signature block: the authority and title lines (upper case) and the bare name.

    Without a signature, the default ``heading`` and the fallback participant's name, if any.
    """
    if sig is None:
        name = fallback.person.full_name if fallback and fallback.person else None
        return SignatureBlock(heading=heading, name=name)
    lines: tuple[str, ...] = (sig.title.upper(),)
    if sig.on_behalf_of:
        lines = (f"{sig.authority.label_vi} {sig.on_behalf_of.upper()}", *lines)
    return SignatureBlock(heading=lines, name=sig.person.full_name)


def recipients(lines: tuple[str, ...], filing: str) -> Recipients:
    """``Nơi nhận:``, a ``- line;`` for each recipient, and ``- Lưu: <filing>.``"""
    out = [L.RECIPIENT.format(line=recipient_text(r)) for r in lines]
    out.append(L.FILING.format(filing=filing.strip().rstrip(".")))
    return Recipients(heading=L.RECIPIENTS, lines=tuple(out))


def checked(blocks: list[Block], info: DocumentInfo) -> Layout:
    """The layout of ``blocks``, once no text holds a character documents cannot carry.

    Raises:
        RenderError: naming the text and the character.
    """
    layout = Layout(blocks=tuple(blocks), info=info)
    for text in layout.fragments():
        bad = _ILLEGAL.search(text)
        if bad is not None:
            raise RenderError(
                f"cannot render {text!r}: it holds U+{ord(bad.group()):04X}, which documents "
                "cannot carry"
            )
    return layout
