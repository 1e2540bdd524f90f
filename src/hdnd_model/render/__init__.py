"""Rendering: minutes (biên bản) in the state format, as DOCX, plain text, Markdown and HTML.

Every format is set from the same layout blocks (:mod:`hdnd_model.render._layout`), so the
documents say the same thing in the same order.
"""

from hdnd_model.render._api import FORMATS, render_minutes
from hdnd_model.render._options import RenderOptions

__all__ = ["FORMATS", "RenderOptions", "render_minutes"]
