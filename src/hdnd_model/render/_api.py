"""``render_minutes``: one entry point for every output format."""

from __future__ import annotations

import os
from typing import IO, Final

from hdnd_model.errors import RenderError
from hdnd_model.files import atomic_write
from hdnd_model.model.minutes import Minutes
from hdnd_model.render._layout import build_layout
from hdnd_model.render._options import RenderOptions
from hdnd_model.render.html import render_html
from hdnd_model.render.markdown import render_markdown
from hdnd_model.render.text import render_text

__all__ = ["FORMATS", "render_minutes"]

#: The formats :func:`render_minutes` writes.
FORMATS: Final = ("docx", "md", "txt", "html")


def _write(data: bytes, dest: str | os.PathLike[str] | IO[bytes]) -> None:
    if isinstance(dest, str | os.PathLike):
        with atomic_write(dest) as out:
            out.write(data)
    else:
        dest.write(data)


def render_minutes(
    minutes: Minutes,
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    format: str = "docx",  # noqa: A002 - the public keyword the API contract names
    options: RenderOptions | None = None,
) -> None:
    """Write ``minutes`` as a document in the state format (Decree 30/2020/NĐ-CP).

    The same minutes and options always give the same content (for DOCX: the same
    ``word/document.xml`` and document properties).

    Args:
        minutes: the record to render.
        dest: a path, or a binary file object open for writing.
        format: ``"docx"``, ``"md"`` (Markdown), ``"txt"`` (plain text) or ``"html"``.
        options: page and text options within the decree's ranges; its defaults when None.

    Raises:
        RenderError: an unknown format, a text no document can carry, or ``dest`` cannot be
            written.
    """
    if format not in FORMATS:
        raise RenderError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    if not isinstance(minutes, Minutes):
        raise RenderError(f"can only render Minutes, not {type(minutes).__name__}")
    layout = build_layout(minutes, options)
    try:
        if format == "docx":
            # python-docx (and lxml) load on the first DOCX render, not with the package.
            from hdnd_model.render.docx import render_docx  # noqa: PLC0415

            target = os.fspath(dest) if isinstance(dest, os.PathLike) else dest
            render_docx(layout, target, options)
            return
        if format == "md":
            text = render_markdown(layout)
        elif format == "txt":
            text = render_text(layout)
        else:
            text = render_html(layout, options)
        _write(text.encode("utf-8"), dest)
    except OSError as error:
        raise RenderError(f"cannot write the {format} document to {dest!r}: {error}") from error
