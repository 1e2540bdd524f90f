"""Check every rendered document kind in a real consumer: LibreOffice converts the DOCX to PDF.

Usage::

    python scripts/check_pdf.py [--require] [--example FILE] [--pages N] [--png PATH]

The script renders each kind of document to DOCX: the minutes of ``build()`` of
``examples/hai_ba_trung_2020_08.py`` (or of ``--example FILE``), and, unless ``--example`` is
given, the resolutions and the conclusion notice of ``examples/documents_2023.py`` and the real
resolutions modelled from their texts (``examples/phu_yen_2016_resolution_57.py`` and the
others in ``REAL``). It converts
each with ``soffice --headless --convert-to pdf``, and checks with ``pdftotext`` that

- every string of the layout comes out exactly (compared in NFC, with runs of white space
  treated as one space, since lines wrap);
- page 1 carries no page number and every later page starts with its number;
- the PDF has the expected number of pages.

It then writes page 1 of each as a PNG (``pdftoppm``) for the documentation: the minutes' to
``--png PATH``, the others beside it, named with ``resolution``, ``resolution-2025`` and
``notice`` (or the real resolution's script name) in place of ``minutes`` in its stem (or added
to it: ``page1-notice.png``).

Exit status: 0 when every check passes, or when ``soffice``/``pdftotext``/``pdftoppm`` are
missing and ``--require`` was not given (the script says "skipped: ..."); 1 when a check fails
or a tool is missing under ``--require``; 2 on bad arguments. CI installs
``libreoffice-writer``, ``fonts-liberation2`` and ``poppler-utils`` and passes ``--require``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from types import ModuleType

import hdnd_model as hm
from hdnd_model.render import layout_of

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hai_ba_trung_2020_08.py"
DOCUMENTS = ROOT / "examples" / "documents_2023.py"
PNG = ROOT / "docs" / "_static" / "minutes-page1.png"
EXAMPLE_PAGES = 2
#: The other kinds: (suffix of the PNG's stem, builder in documents_2023.py, expected pages).
KINDS = (
    ("-resolution", "build_resolution", 2),
    ("-resolution-2025", "build_normative", 1),
    ("-notice", "build_notice", 2),
)
#: The real resolutions: (the script in examples/ whose build() gives it, expected pages).
REAL = (
    ("phu_yen_2016_resolution_57", 5),
    ("tien_giang_2011_resolution_11", 2),
    ("quang_ninh_2025_resolution_99", 2),
)
TOOLS = ("soffice", "pdftotext", "pdftoppm")
TIMEOUT = 300


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _convert(docx: Path, out: Path) -> Path:
    profile = (out / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )
    pdf = out / (docx.stem + ".pdf")
    if not pdf.is_file():
        raise SystemExit(f"error: soffice wrote no PDF for {docx}")
    return pdf


def _pages(pdf: Path) -> list[str]:
    # -raw keeps the content-stream order and, unlike the default mode, does not join a line
    # ending in " -" to the next one (``Ban Kinh tế -`` / ``Ngân sách`` would lose its dash).
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )
    pages = done.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _check_pages(pages: list[str], expected: int | None) -> tuple[list[str], list[str]]:
    """Check the page numbers and count; return the problems and the pages without numbers."""
    problems = []
    bodies = []
    if expected is not None and len(pages) != expected:
        problems.append(f"expected {expected} pages, got {len(pages)}")
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        first = lines[0].strip() if lines else ""
        if number == 1:
            if first.isdigit():
                problems.append(f"page 1 shows a page number ({first!r})")
            bodies.append(page)
            continue
        if first != str(number):
            problems.append(f"page {number} starts with {first!r}, not its page number")
            bodies.append(page)
        else:
            bodies.append("\n".join(lines[1:]))
    return problems, bodies


def check(
    record: object, out: Path, expected_pages: int | None, png: Path, name: str = "minutes"
) -> list[str]:
    """Render, convert and check ``record``; write page 1 to ``png``; return the problems."""
    docx = out / f"{name}.docx"
    hm.render_document(record, docx)
    pdf = _convert(docx, out)
    problems, bodies = _check_pages(_pages(pdf), expected_pages)
    problems = [f"{name}: {p}" for p in problems]
    text = _flat(" ".join(bodies))
    # A line may also wrap after a hyphen inside a word or a span (``2026-`` / ``2031``).
    joined = _flat(re.sub(r"(?<=\S)-\n", "-", " ".join(bodies)))
    for fragment in layout_of(record).fragments():
        # A run of spaces is a blank left for handwriting (``Số:        /BB-HĐND``); the
        # text on either side of it is checked on its own.
        for piece in re.split(r"\s{2,}", fragment):
            if _flat(piece) not in text and _flat(piece) not in joined:
                problems.append(f"{name}: missing from the PDF text: {piece!r} (in {fragment!r})")
    png.parent.mkdir(parents=True, exist_ok=True)
    prefix = out / f"{name}-page1"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )
    shutil.copyfile(prefix.with_suffix(".png"), png)
    return problems


def _beside(png: Path, name: str) -> Path:
    """The PNG path for ``name``: ``png``'s with ``name`` in place of ``minutes`` (or added)."""
    stem = png.stem.replace("minutes", name) if "minutes" in png.stem else f"{png.stem}-{name}"
    return png.with_name(stem + png.suffix)


def main(argv: list[str] | None = None) -> int:
    """Run the checks; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="store_true", help="fail when a tool is missing")
    parser.add_argument("--example", type=Path, default=EXAMPLE, help="a script with build()")
    parser.add_argument("--pages", type=int, default=None, help="the expected page count")
    parser.add_argument("--png", type=Path, default=PNG, help="where to write page 1")
    args = parser.parse_args(argv)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if args.require:
            print(f"error: {', '.join(missing)} not found", file=sys.stderr)
            return 1
        print(f"skipped: {', '.join(missing)} not found")
        return 0
    expected = args.pages
    if expected is None and args.example.resolve() == EXAMPLE:
        expected = EXAMPLE_PAGES
    jobs: list[tuple[str, object, int | None, Path]] = [
        ("minutes", _load(args.example).build(), expected, args.png)
    ]
    if args.example.resolve() == EXAMPLE:
        documents = _load(DOCUMENTS)
        for suffix, builder, pages in KINDS:
            png = _beside(args.png, suffix[1:])
            jobs.append((suffix[1:], getattr(documents, builder)(), pages, png))
        for script, pages in REAL:
            png = _beside(args.png, script)
            jobs.append((script, _load(ROOT / "examples" / f"{script}.py").build(), pages, png))
    problems = []
    with tempfile.TemporaryDirectory(prefix="hdnd-check-pdf-") as tmp:
        for name, record, pages, png in jobs:
            problems += check(record, Path(tmp), pages, png, name)
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if problems:
        return 1
    written = ", ".join(str(png) for *_, png in jobs)
    print(f"ok: {len(jobs)} documents, every string, page numbers and count; wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
