"""Rendering: the documents an HĐND issues, in the state format, as DOCX, text, Markdown, HTML
and PDF.

Every format is set from the same layout blocks (:func:`layout_of`), so the documents say the
same thing in the same order; their wording is :mod:`hdnd_model.wording`'s.
"""

from hdnd_model.render._api import FORMATS, LAYOUTS, layout_of, render, render_minutes
from hdnd_model.render._drafts import draft_notice, standalone_resolution
from hdnd_model.render._options import RenderOptions

#: :func:`render` under the name the top level gives it (``hdnd_model.render`` is this package).
render_document = render

__all__ = [
    "FORMATS",
    "LAYOUTS",
    "RenderOptions",
    "draft_notice",
    "layout_of",
    "render",
    "render_document",
    "render_minutes",
    "standalone_resolution",
]
