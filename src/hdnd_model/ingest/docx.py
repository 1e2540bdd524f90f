"""The minutes-DOCX importer: biên bản laid out by the project's renderer or by hand.

The package is checked before python-docx opens it: a truncated or foreign ZIP, a ZIP bomb
(too many parts, too large once inflated, or inflating too much) and a package without a main
document are refused with :class:`ImporterError`. External relationships (linked images,
templates, hyperlinks) are never followed; they are reported as a warning. Paragraphs and
table rows are read in body order, then the news-post rules read the text; evidence also gives
the paragraph index. A DOCX laid out by the project's renderer is also read by its layout
(:mod:`hdnd_model.ingest.layout`), which gives the full :class:`~hdnd_model.Minutes` as the
record; one that departs from that layout keeps the record of the text rules, with a warning.
"""

from __future__ import annotations

import bisect
import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

import attrs

from hdnd_model.errors import HdndError, ImporterError
from hdnd_model.ingest._result import Evidence, ImportResult
from hdnd_model.ingest._source import read_source
from hdnd_model.ingest.article import import_text
from hdnd_model.ingest.layout import LayoutError, Para, Row, is_rendered_layout, read_layout

__all__ = [
    "MAX_ELEMENTS",
    "MAX_LAYOUT_CHARS",
    "MAX_PARTS",
    "MAX_RATIO",
    "MAX_UNZIPPED_BYTES",
    "DocxImporter",
    "docx_paragraphs",
]

MAX_PARTS = 2000
"""The most parts a package may have."""
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
"""The most bytes the parts may inflate to, all together."""
MAX_RATIO = 200
"""The highest inflation ratio of a part larger than 1 MiB."""
MAX_LAYOUT_CHARS = 4_000_000
"""The most characters of text a DOCX may hold to be read by the renderer's layout too."""
MAX_ELEMENTS = 2_000_000
"""The most XML elements the main document may hold (counted while inflating, before a tree
is built, so memory stays bounded however the package was made)."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAIN = "word/document.xml"


def _check_package(data: bytes, label: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError) as error:
        raise ImporterError(
            label,
            f"not a readable DOCX (truncated, damaged or unsupported ZIP): {error}",
            location="zip directory",
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise ImporterError(
                label, f"ZIP bomb: more than {MAX_PARTS} parts", location="zip directory"
            )
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImporterError(
                    label,
                    "encrypted DOCX: open it and save it without a password",
                    location=info.filename,
                )
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
                raise ImporterError(
                    label, f"ZIP bomb: part inflates {ratio:.0f} times", location=info.filename
                )
            if total > MAX_UNZIPPED_BYTES:
                raise ImporterError(
                    label,
                    f"ZIP bomb: parts inflate past {MAX_UNZIPPED_BYTES} bytes",
                    location=info.filename,
                )
        if _MAIN not in archive.namelist():
            raise ImporterError(label, "not a DOCX: no word/document.xml", location="zip directory")
        try:
            bad = archive.testzip()
        except NotImplementedError as error:  # a compression or ZIP version not supported
            raise ImporterError(label, f"unsupported DOCX: {error}", location="zip data") from None
        except (
            zipfile.BadZipFile,
            EOFError,
            OSError,
            ValueError,
            RuntimeError,
            zlib.error,
        ) as error:
            raise ImporterError(label, f"damaged DOCX: {error}", location="zip data") from None
        if bad is not None:
            raise ImporterError(label, "damaged DOCX: a part fails its checksum", location=bad)
        _count_elements(archive, label)


class _Counter:
    """An lxml parser target that builds nothing and stops past :data:`MAX_ELEMENTS`."""

    def __init__(self, label: str) -> None:
        self.count = 0
        self.label = label

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise ImporterError(
                self.label, f"more than {MAX_ELEMENTS:,} XML elements", location=_MAIN
            )

    def close(self) -> int:
        return self.count


def _count_elements(archive: zipfile.ZipFile, label: str) -> None:
    """Stream the main part through a tree-less parser, counting its elements."""
    from lxml import etree  # noqa: PLC0415

    parser = etree.XMLParser(
        target=_Counter(label),  # type: ignore[arg-type]
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    try:
        with archive.open(_MAIN) as part:
            for block in iter(lambda: part.read(1 << 16), b""):
                parser.feed(block)
        parser.close()
    except etree.XMLSyntaxError as error:
        raise ImporterError(label, f"damaged DOCX: {error}", location=_MAIN) from None


def _open(data: bytes, label: str) -> tuple[Any, list[str]]:
    _check_package(data, label)
    import docx  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise ImporterError(
            label, f"the DOCX cannot be read: {type(error).__name__}: {error}", location=_MAIN
        ) from None
    if getattr(document.element, "body", None) is None:
        what = etree_name(document.element)
        raise ImporterError(label, f"not a DOCX body: <{what}> holds no w:body", location=_MAIN)
    warnings: list[str] = []
    external = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    if external:
        warnings.append(f"{len(external)} external relationship(s) ignored (not fetched)")
    return document, warnings


def etree_name(element: Any) -> str:
    """The local name of an element, for messages."""
    tag = str(getattr(element, "tag", "?"))
    return tag.rsplit("}", 1)[-1]


def _paragraphs(document: Any) -> list[str]:
    paragraphs: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraphs.append(_text(child))
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = [_text(cell) for cell in row.iter(f"{_W}tc")]
                paragraphs.append(" | ".join(c for c in cells if c))
    return paragraphs


def docx_paragraphs(data: bytes, label: str) -> tuple[list[str], list[str]]:
    """The paragraphs of a DOCX in body order (a table row is one paragraph, cells by `` | ``).

    Returns:
        ``(paragraphs, warnings)``.

    Raises:
        ImporterError: the package is damaged, hostile or not a DOCX.
    """
    document, warnings = _open(data, label)
    return _paragraphs(document), warnings


def _runs(p: Any, styles: dict[str, str], index: int) -> Para:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    name = styles.get(style.get(f"{_W}val", "") if style is not None else "", "")
    runs = []
    for r in p.iter(f"{_W}r"):
        text = "".join(
            (node.text or "")
            if node.tag == f"{_W}t"
            else ("\t" if node.tag == f"{_W}tab" else "\n")
            for node in r.iter(f"{_W}t", f"{_W}tab", f"{_W}br")
        )
        props = r.find(f"{_W}rPr")
        bold = props is not None and _on(props.find(f"{_W}b"))
        italic = props is not None and _on(props.find(f"{_W}i"))
        runs.append((text, bold, italic))
    return Para(index=index, style=name, runs=tuple(runs))


def _on(flag: Any) -> bool:
    return flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false", "off")


def _body(document: Any) -> list[Para | Row]:
    """The body in order, with styles and run faces, numbered as :func:`docx_paragraphs`."""
    styles = {s.style_id: s.name for s in document.styles}
    out: list[Para | Row] = []
    index = 0
    for n, child in enumerate(document.element.body.iterchildren()):
        if child.tag == f"{_W}p":
            out.append(_runs(child, styles, index))
            index += 1
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = tuple(
                    tuple(_runs(p, styles, index) for p in cell.iter(f"{_W}p"))
                    for cell in row.iter(f"{_W}tc")
                )
                out.append(Row(index=index, cells=cells, table=n))
                index += 1
    return out


def _text(element: object) -> str:
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):  # type: ignore[attr-defined]
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _kind_hint(paragraphs: list[str]) -> str | None:
    for i, text in enumerate(paragraphs):
        if text.strip().upper() == "BIÊN BẢN" and i + 1 < len(paragraphs):
            summary = paragraphs[i + 1].casefold()
            if "kỳ họp" in summary:
                return "session_report"
            if "giải trình" in summary:
                return "explanation_session"
            if "chất vấn" in summary:
                return "questioning_session"
            if "thường trực" in summary or "phiên họp" in summary:
                return "standing_committee_meeting"
    return None


class DocxImporter:
    """Imports minutes (biên bản) written as DOCX."""

    name = "docx"

    def detect(self, data: bytes, name: str) -> bool:
        """Whether the source is a ZIP package (a DOCX, or something posing as one)."""
        return data.startswith(b"PK\x03\x04") or name.lower().endswith(".docx")

    def load(self, source: str | Path | bytes, *, name: str | None = None) -> ImportResult:
        """Read minutes from a path or bytes.

        Raises:
            ImporterError: the DOCX is damaged, hostile or holds no text.
        """
        data, label = read_source(source, name)
        document, warnings = _open(data, label)
        paragraphs = _paragraphs(document)
        if not any(p.strip() for p in paragraphs):
            raise ImporterError(label, "the DOCX holds no text", location=_MAIN)
        text = "\n".join(paragraphs)
        result = import_text(
            text,
            source=label,
            importer=self.name,
            warnings=warnings,
            kind_hint=_kind_hint(paragraphs),
        )
        starts = []
        pos = 0
        for paragraph in paragraphs:
            starts.append(pos)
            pos += len(paragraph) + 1
        evidence = tuple(
            attrs.evolve(e, paragraph=bisect.bisect_right(starts, e.start) - 1)
            if e.start is not None
            else e
            for e in result.evidence
        )
        result = attrs.evolve(result, evidence=evidence)
        if len(text) > MAX_LAYOUT_CHARS:
            return result
        body = _body(document)
        if not is_rendered_layout(body):
            return result
        props = document.core_properties
        try:
            record, notes, found = read_layout(
                body, {"author": props.author, "created": props.created}, label
            )
        except (LayoutError, HdndError, KeyError, ValueError) as error:
            note = f"laid out like the renderer's minutes, but not read in full: {error}"
            return attrs.evolve(result, warnings=(*result.warnings, note))
        layout_evidence = tuple(
            Evidence(
                field=f"record.{field}",
                value=value,
                source=label,
                rule=rule,
                confidence=1.0,
                paragraph=paragraph,
            )
            for field, value, paragraph, rule in found
        )
        return attrs.evolve(
            result,
            record=record,
            evidence=result.evidence + layout_evidence,
            warnings=(*warnings, *notes),
        )
