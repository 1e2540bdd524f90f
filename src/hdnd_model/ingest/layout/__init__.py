"""Our own DOCX layouts read back: minutes, resolutions and notices the renderer wrote.

:func:`read_layout` reads the body of a DOCX the renderer wrote (paragraphs and table rows as
:class:`Para` and :class:`Row`) into a record; :func:`minutes_content` states what a reader of
the written minutes can know, and :func:`document_content` what a resolution or a notice
says, so that a record and its read-back compare equal. Both compile
their patterns from, and word their facts with, :mod:`hdnd_model.wording`.
"""

from hdnd_model.ingest.layout._content import minutes_content
from hdnd_model.ingest.layout._documents import document_content
from hdnd_model.ingest.layout._minutes import read_layout
from hdnd_model.ingest.layout._read import LayoutError, Para, Row, is_rendered_layout

__all__ = [
    "LayoutError",
    "Para",
    "Row",
    "document_content",
    "is_rendered_layout",
    "minutes_content",
    "read_layout",
]
