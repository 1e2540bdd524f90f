"""A resolution (nghị quyết) laid out: normative or individual, by the law in force on its date.

Two layouts (``RenderOptions.resolution_layout``, by default chosen by the resolution's date):

- ``"2016"``: Mẫu 1.1 of Decree 30 for an individual resolution, and the normative layout of
  Decree 34/2016 until 2025-03-31. Under ``NGHỊ QUYẾT`` and its name, the adopting body and its
  session (``HỘI ĐỒNG NHÂN DÂN TỈNH X`` / ``KHÓA X, KỲ HỌP THỨ 6``), the căn cứ and xét lines
  (xét ends with a full stop), ``QUYẾT NGHỊ:`` on its own line, the articles, and the closing
  sentence (regular) with the effective date.
- ``"2025"``: Mẫu 17 of Decree 78/2025 for a normative resolution from 2025-04-01: no authority
  line, xét ends with ``;``, the enacting sentence ``Hội đồng nhân dân ban hành Nghị quyết ...``,
  the articles (the effect is an article of its own), the closing sentence in italics.

An individual resolution keeps Mẫu 1.1 on every date. The signature is ``CHỦ TỊCH`` (or the
signer's own block, ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``); ``TM. HỘI ĐỒNG NHÂN DÂN`` above it is
an option for an individual resolution, the form the decree's templates show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hdnd_model.errors import RenderError
from hdnd_model.model.content import Article, Citation
from hdnd_model.model.council import Council
from hdnd_model.model.resolutions import Resolution
from hdnd_model.model.vocab import OrganKind, ResolutionNature, SessionKind, SessionSeries
from hdnd_model.render._blocks import (
    Block,
    DocumentInfo,
    Layout,
    Paragraph,
    ParagraphKind,
    SignatureBlock,
    Signatures,
    Span,
)
from hdnd_model.render._frame import (
    UNDATED,
    checked,
    header,
    place_date,
    recipients,
    signature_block,
    title,
)
from hdnd_model.render._items import label, plain
from hdnd_model.render._options import RenderOptions
from hdnd_model.vn import format_date, to_roman
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import citation_text, mid_sentence, sentence_case

__all__ = ["NEW_LAYOUT_FROM", "build_resolution_layout", "layout_year"]

#: The day the normative layout of Decree 78/2025 applies from.
NEW_LAYOUT_FROM = dt.date(2025, 4, 1)


def layout_year(res: Resolution, opts: RenderOptions) -> str:
    """``"2016"`` or ``"2025"``: the layout the resolution is set in."""
    if opts.resolution_layout != "auto":
        return opts.resolution_layout
    if res.nature is not ResolutionNature.NORMATIVE:
        return "2016"
    day = res.signed_on or res.adopted_on
    return "2016" if day is not None and day < NEW_LAYOUT_FROM else "2025"


def _council(res: Resolution) -> Council:
    if res.council is None:
        raise RenderError(
            f"resolution {res.id!r}: its council is not embedded (Resolution.council); "
            "a resolution renders on its own with the council that adopted it"
        )
    return res.council


def _session_words(res: Resolution) -> str:
    """``KỲ HỌP THỨ 6`` as the authority line writes it, with its kind when named."""
    if res.session_number is None:
        return ""
    if res.session_series is SessionSeries.THEMATIC:
        return L.AUTHORITY_THEMATIC.split(", ", 1)[1].format(number=res.session_number)
    text = L.AUTHORITY_SESSION.split(", ", 1)[1].format(number=res.session_number)
    if res.session_kind in (SessionKind.THEMATIC, SessionKind.EXTRAORDINARY):
        text += L.AUTHORITY_KIND.format(kind=res.session_kind.label_vi.upper())
    return text


def _authority(res: Resolution, council: Council) -> list[Paragraph]:
    """``HỘI ĐỒNG NHÂN DÂN TỈNH X`` / ``KHÓA X, KỲ HỌP THỨ 6``: who adopts it, at which session."""
    lines = [council.name.upper()]
    parts = []
    if res.khoa is not None:
        parts.append(L.AUTHORITY_KHOA.format(roman=to_roman(res.khoa)))
    if session := _session_words(res):
        parts.append(session)
    if parts:
        lines.append(", ".join(parts))
    return [plain(line, ParagraphKind.CENTRED) for line in lines]


def _citation(c: Citation) -> str:
    return citation_text(c)


def _citations(res: Resolution, year: str, opts: RenderOptions) -> list[Paragraph]:
    out = [
        Paragraph(spans=(Span(text=L.BASIS.format(text=_citation(c)), italic=True),))
        for c in res.legal_bases
    ]
    considered = "; ".join(_citation(c) for c in res.considerations)
    if considered:
        end = "." if year == "2016" else ";"
        text = L.CONSIDERING.format(text=considered) + end
        out.append(Paragraph(spans=(Span(text=text, italic=opts.considerations_italic),)))
    return out


def article_blocks(article: Article) -> Iterator[Paragraph]:
    """``Điều 1. Tên``, its text, ``1. ...`` clauses and ``a) ...`` points, as the law numbers."""
    if article.name:
        yield plain(
            L.ARTICLE_NAMED.format(number=article.number, name=article.name), ParagraphKind.HEADING
        )
        if article.text:
            yield plain(article.text)
    elif article.text:
        yield label(L.ARTICLE.format(number=article.number) + " ", article.text)
    else:
        yield plain(L.ARTICLE.format(number=article.number), ParagraphKind.HEADING)
    for clause in article.clauses:
        if clause.text:
            yield plain(L.CLAUSE.format(number=clause.number, text=clause.text))
        else:
            yield plain(L.CLAUSE.format(number=clause.number, text="").rstrip())
        for point in clause.points:
            yield plain(L.POINT.format(label=point.label, text=point.text))


def adoption_sentence(res: Resolution, council: Council, year: str) -> str:
    """``Nghị quyết này đã được Hội đồng nhân dân tỉnh X khóa X, kỳ họp thứ 6 thông qua ...``."""
    name = council.name
    if res.khoa is not None:
        name += " " + L.KHOA.format(roman=to_roman(res.khoa))
    session = ""
    if res.session_number is not None:
        template = (
            L.ADOPTED_THEMATIC
            if res.session_series is SessionSeries.THEMATIC
            else L.ADOPTED_SESSION
        )
        session = template.format(number=res.session_number)
    day = format_date(res.adopted_on) if res.adopted_on is not None else L.DATE_BLANK
    text = L.ADOPTED.format(council=name, session=session, date=day)
    has_effect_article = any(a.name == L.EFFECT_NAME for a in res.articles)
    if year == "2016" and res.effective_on is not None and not has_effect_article:
        text += L.ADOPTED_EFFECT.format(date=format_date(res.effective_on))
    return text + "." + L.END_MARK


def _signature(res: Resolution, opts: RenderOptions) -> Signatures:
    if res.signer is not None:
        right = signature_block(res.signer, ())
    else:
        heading: tuple[str, ...] = (L.CHAIR_TITLE,)
        on_behalf = res.issuer is OrganKind.STANDING_COMMITTEE or (
            res.nature is ResolutionNature.INDIVIDUAL and opts.resolution_on_behalf
        )
        if on_behalf:
            body = (
                L.ON_BEHALF_STANDING
                if res.issuer is OrganKind.STANDING_COMMITTEE
                else L.ON_BEHALF_COUNCIL
            )
            heading = (f"TM. {body}", L.CHAIR_TITLE)
        right = SignatureBlock(heading=heading, name=None)
    return Signatures(left=SignatureBlock(heading=(), name=None), right=right)


def build_resolution_layout(res: Resolution, options: RenderOptions | None = None) -> Layout:
    """Lay out ``res`` as its state-format document.

    Raises:
        RenderError: the resolution has no embedded council, or holds a character no document
            can carry.
    """
    opts = options or RenderOptions()
    council = _council(res)
    year = layout_year(res, opts)
    day = res.signed_on or res.adopted_on
    parent: tuple[str, ...] = ()
    if res.issuer is OrganKind.STANDING_COMMITTEE:
        parent = (f"{L.COUNCIL_SHORT_UPPER} {council.unit.full_name.upper()}",)
        issuer: tuple[str, ...] = (L.STANDING_UPPER,)
    else:
        issuer = (L.COUNCIL_UPPER, council.unit.full_name.upper())
    heading = title(L.RESOLUTION_KIND, res.title, opts)
    blocks: list[Block] = [
        header(
            parent,
            issuer,
            res.number,
            L.RESOLUTION_SYMBOL,
            place_date(res.place or council.unit.name, day),
        ),
        heading,
    ]
    if year == "2016":
        blocks += _authority(res, council)
    blocks += _citations(res, year, opts)
    if year == "2016":
        blocks.append(plain(L.ENACTING, ParagraphKind.CENTRED))
    else:
        blocks.append(plain(L.ENACTING_2025.format(title=mid_sentence(res.title))))
    for article in res.articles:
        blocks += article_blocks(article)
    closing = adoption_sentence(res, council, year)
    blocks.append(Paragraph(spans=(Span(text=closing, italic=year == "2025"),)))
    blocks.append(_signature(res, opts))
    blocks.append(recipients(res.recipients, res.filing or L.RESOLUTION_FILING))
    for annex in res.annexes:
        head = L.ANNEX.format(label=annex.label) if annex.label else L.ANNEX_UNNUMBERED
        blocks += [
            plain(head, ParagraphKind.CENTRED),
            plain(sentence_case(annex.title), ParagraphKind.CENTRED),
        ]
    info = DocumentInfo(
        title=f"{sentence_case(L.RESOLUTION_KIND.lower())} {mid_sentence(res.title)}",
        subject=res.title,
        author=council.name,
        date=day or res.effective_on or UNDATED,
        identifier=res.id,
        keywords=f"{L.RESOLUTION_KIND}; {council.short_name}",
        category="Nghị quyết",
    )
    return checked(blocks, info)
