"""The HTML importer: the main text of a portal page, then the news-post rules.

The main text is taken by trafilatura when the ``html`` extra is installed; otherwise by a
small lxml reader that drops scripts, styles, navigation and forms. Nothing is fetched: links,
images and external resources are never followed.
"""

from __future__ import annotations

import re
from pathlib import Path

from hdnd_model.errors import ImporterError
from hdnd_model.ingest._result import ImportResult
from hdnd_model.ingest._source import decode_bytes, read_source
from hdnd_model.ingest.article import import_text

__all__ = ["HtmlImporter", "main_text"]

_HTML_RE = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)
_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "object",
    "svg",
    "button",
    "select",
    "template",
)
_VOID = ("embed", "source", "track", "wbr", "keygen", "param")
"""Void elements the HTML parser may wrongly give the text after them as children: their tag is
dropped and that text kept."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""C0 controls (and DEL) HTML does not allow; each is read as a space."""
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "section",
    "article",
    "blockquote",
    "table",
)


def main_text(html: str) -> tuple[str, str]:
    """The main text of a page and the extractor used (``"trafilatura"`` or ``"lxml"``)."""
    try:
        import trafilatura  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
    except ImportError:
        return _lxml_text(html), "lxml"
    html = _CONTROL.sub(" ", html)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if text:
        return str(text), "trafilatura"
    return _lxml_text(html), "lxml"


def _lxml_text(html: str) -> str:
    from lxml import html as lxml_html  # noqa: PLC0415

    parser = lxml_html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(_CONTROL.sub(" ", html), parser=parser)
    except Exception:
        return ""
    for void in list(root.iter(*_VOID)):
        if void.getparent() is not None:
            void.drop_tag()  # type: ignore[attr-defined]  # an lxml.html element
    for element in list(root.iter(*_DROP)):
        parent = element.getparent()
        if parent is None:
            continue
        tail, previous = element.tail, element.getprevious()
        parent.remove(element)
        if tail and previous is not None:
            previous.tail = (previous.tail or "") + tail
        elif tail:
            parent.text = (parent.text or "") + tail
    for element in root.iter(*_BLOCKS):
        element.tail = f"\n{element.tail or ''}"
        if element.tag in ("br",):
            continue
        element.text = f"\n{element.text or ''}"
    text = "".join(str(t) for t in root.itertext())
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


class HtmlImporter:
    """Imports portal pages saved as HTML."""

    name = "html"

    def detect(self, data: bytes, name: str) -> bool:
        """Whether the source is HTML (by its name or its first bytes)."""
        return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(
            _HTML_RE.match(data[:512])
        )

    def load(self, source: str | Path | bytes, *, name: str | None = None) -> ImportResult:
        """Read a page from a path or bytes.

        Raises:
            ImporterError: the source cannot be read or holds no text.
        """
        data, label = read_source(source, name)
        decoded = decode_bytes(data, label)
        text, extractor = main_text(decoded.text)
        if not text.strip():
            raise ImporterError(label, "the page holds no readable text")
        warnings = [*decoded.warnings, f"main text taken by {extractor}"]
        return import_text(
            text, source=label, importer=self.name, encoding=decoded.encoding, warnings=warnings
        )
