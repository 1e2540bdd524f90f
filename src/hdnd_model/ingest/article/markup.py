"""Markup inside a text file: HTML pasted or exported into a ``.txt``, character references.

A text that is really HTML (a Word export saved as text, a page's source copied into a data
file) is read for its text, as the HTML importer reads a page; named entities and numeric
character references left in plain text (``&nbsp;``, ``&#7896;``) are decoded.
"""

from __future__ import annotations

import html
import re

__all__ = ["strip_markup"]

_META_RE = re.compile(r"(?:source|retrieved-via|url|link|nguồn|title)\s*:", re.IGNORECASE)
_TAG_RE = re.compile(r"<[A-Za-z!/][^<>]{0,400}>")
_REFERENCE_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,10});")
_MIN_TAGS = 5
_SPACE_RE = re.compile(r"\s+")


def _split_meta(text: str) -> tuple[str, str]:
    """The leading metadata lines (``source: …``) and the rest."""
    pos = 0
    while True:
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if not _META_RE.match(line) or end < 0:
            break
        pos = end + 1
    return text[:pos], text[pos:]


def strip_markup(text: str) -> tuple[str, list[str]]:
    """The text without markup, and a warning saying what was done (empty when nothing).

    Args:
        text: the decoded text.

    Returns:
        ``(text, warnings)``: HTML read for its text when the body is markup, character
        references decoded otherwise.
    """
    if "<" not in text and "&" not in text:
        return text, []
    head, body = _split_meta(text)
    start = body.lstrip()[:1]
    tags = 0
    for _ in _TAG_RE.finditer(body, 0, min(len(body), 20_000)):
        tags += 1
        if tags >= _MIN_TAGS:
            break
    if start == "<" and tags >= _MIN_TAGS:
        from hdnd_model.ingest.html import _lxml_text  # noqa: PLC0415

        flowing = _SPACE_RE.sub(" ", body)
        return f"{head}\n{_lxml_text(flowing)}\n", ["the text is HTML markup: its text was read"]
    if "&" in body and _REFERENCE_RE.search(body):
        return head + html.unescape(body), ["character references decoded"]
    return text, []
