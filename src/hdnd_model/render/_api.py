"""``render``: one entry point for every record kind and every output format."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import IO, Any, Final

from hdnd_model.errors import RenderError
from hdnd_model.files import atomic_write
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.notices import ConclusionNotice
from hdnd_model.model.resolutions import Resolution
from hdnd_model.render._blocks import Layout
from hdnd_model.render._layout import build_layout
from hdnd_model.render._notice import build_notice_layout
from hdnd_model.render._options import RenderOptions
from hdnd_model.render._resolution import build_resolution_layout
from hdnd_model.render.html import render_html
from hdnd_model.render.markdown import render_markdown
from hdnd_model.render.text import render_text

__all__ = ["FORMATS", "LAYOUTS", "layout_of", "render", "render_minutes"]

#: The formats :func:`render` writes; ``"pdf"`` needs LibreOffice.
FORMATS: Final = ("docx", "md", "txt", "html", "pdf")

#: The layout of each record kind that renders as a document: record type -> layout function.
LAYOUTS: dict[type, Callable[[Any, RenderOptions | None], Layout]] = {
    Minutes: build_layout,
    Resolution: build_resolution_layout,
    ConclusionNotice: build_notice_layout,
}


def _write(data: bytes, dest: str | os.PathLike[str] | IO[bytes]) -> None:
    if isinstance(dest, str | os.PathLike):
        with atomic_write(dest) as out:
            out.write(data)
    else:
        dest.write(data)


def layout_of(record: object, options: RenderOptions | None = None) -> Layout:
    """The layout blocks of ``record``, for whichever document its kind is.

    Raises:
        RenderError: the record is of no kind that renders as a document.
    """
    build = LAYOUTS.get(type(record))
    if build is None:
        kinds = ", ".join(sorted(k.__name__ for k in LAYOUTS))
        raise RenderError(f"can only render {kinds}, not {type(record).__name__}")
    return build(record, options)


def _docx(layout: Layout, options: RenderOptions | None) -> bytes:
    # python-docx (and lxml) load on the first DOCX render, not with the package.
    from hdnd_model.render.docx import render_docx  # noqa: PLC0415

    out = io.BytesIO()
    render_docx(layout, out, options)
    return out.getvalue()


def render(
    record: object,
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    format: str = "docx",  # noqa: A002 - the public keyword the API contract names
    options: RenderOptions | None = None,
) -> None:
    """Write ``record`` as its document in the state format (Decree 30/2020/NĐ-CP).

    Minutes render as a biên bản, a :class:`~hdnd_model.Resolution` as a nghị quyết (its
    council embedded), a :class:`~hdnd_model.ConclusionNotice` as a thông báo kết luận. The same
    record and options always give the same content
    (for DOCX: the same ``word/document.xml`` and document properties).

    Args:
        record: the record to render.
        dest: a path, or a binary file object open for writing.
        format: ``"docx"``, ``"md"`` (Markdown), ``"txt"`` (plain text), ``"html"``, or
            ``"pdf"`` (the DOCX converted by LibreOffice).
        options: page and text options within the decree's ranges; its defaults when None.

    Raises:
        RenderError: an unknown format or record kind, a text no document can carry, ``soffice``
            missing for PDF, or ``dest`` cannot be written.
    """
    if format not in FORMATS:
        raise RenderError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    layout = layout_of(record, options)
    if format == "docx":
        data = _docx(layout, options)
    elif format == "pdf":
        from hdnd_model.render.pdf import docx_to_pdf  # noqa: PLC0415

        data = docx_to_pdf(_docx(layout, options))
    elif format == "md":
        data = render_markdown(layout).encode("utf-8")
    elif format == "txt":
        data = render_text(layout).encode("utf-8")
    else:
        data = render_html(layout, options).encode("utf-8")
    try:
        _write(data, dest)
    except OSError as error:
        raise RenderError(f"cannot write the {format} document to {dest!r}: {error}") from error


def render_minutes(
    minutes: Minutes,
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    format: str = "docx",  # noqa: A002 - the public keyword the API contract names
    options: RenderOptions | None = None,
) -> None:
    """Write ``minutes`` as a biên bản: :func:`render` for minutes only.

    Raises:
        RenderError: as :func:`render`, or ``minutes`` is not a :class:`~hdnd_model.Minutes`.
    """
    if not isinstance(minutes, Minutes):
        raise RenderError(f"can only render Minutes, not {type(minutes).__name__}")
    render(minutes, dest, format=format, options=options)
