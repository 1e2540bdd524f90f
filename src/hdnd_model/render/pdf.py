"""PDF through LibreOffice: the DOCX converted by ``soffice --headless --convert-to pdf``.

The PDF is what a clerk's office software makes of the DOCX, so it is only as available as
LibreOffice: where ``soffice`` is not on the ``PATH``, :func:`docx_to_pdf` raises a
:class:`~hdnd_model.errors.RenderError` naming the program.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from hdnd_model.errors import RenderError

__all__ = ["SOFFICE", "docx_to_pdf"]

#: The LibreOffice program that converts DOCX to PDF.
SOFFICE: Final = "soffice"
_TIMEOUT = 300


def docx_to_pdf(data: bytes) -> bytes:
    """The PDF LibreOffice makes of the DOCX ``data``.

    Raises:
        RenderError: ``soffice`` is not installed, fails, or writes no PDF.
    """
    program = shutil.which(SOFFICE)
    if program is None:
        raise RenderError(
            f"cannot render PDF: the LibreOffice program {SOFFICE!r} is not on the PATH "
            "(install LibreOffice Writer, or render to docx)"
        )
    with tempfile.TemporaryDirectory(prefix="hdnd-pdf-") as tmp:
        out = Path(tmp)
        source = out / "document.docx"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as error:
            raise RenderError(f"cannot render PDF: {SOFFICE} failed: {error}") from error
        pdf = out / "document.pdf"
        if not pdf.is_file():
            raise RenderError(f"cannot render PDF: {SOFFICE} wrote no PDF")
        return pdf.read_bytes()
