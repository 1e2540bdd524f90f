"""The ``hdnd`` command: validate, convert, render, export and import HĐND records.

A thin layer over the library: every command calls public functions, prints problems to stderr
and maps errors to exit codes (0 success, 1 invalid input, 2 usage). Heavy libraries (lxml,
python-docx, cattrs) are imported inside the commands that need them, so ``hdnd --help`` and
``hdnd --version`` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from hdnd_model._version import __version__
from hdnd_model.errors import FormatError, HdndError, SameFileError

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_FORMATS = {".json": "json", ".jsonl": "jsonl", ".xml": "xml"}
_RENDER_FORMATS = {
    ".docx": "docx",
    ".md": "md",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


class _Console:
    """Messages to stderr, honouring --quiet and --verbose, with a progress line on a tty."""

    def __init__(self, verbosity: int, stream: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.stream = stream or sys.stderr
        self._tty = self.stream.isatty()

    def error(self, message: str) -> None:
        print(f"hdnd: {message}", file=self.stream)

    def info(self, message: str) -> None:
        if self.verbosity >= 0:
            print(message, file=self.stream)

    def debug(self, message: str) -> None:
        if self.verbosity > 0:
            print(message, file=self.stream)

    def progress(self, items: Iterable[Any], label: str) -> Iterator[Any]:
        """Yield ``items``, showing a count on a terminal every 1,000 items and at the end."""
        count = 0
        show = self._tty and self.verbosity >= 0
        for count, item in enumerate(items, 1):
            if show and count % 1000 == 0:
                print(f"\r{label}: {count:,}", end="", file=self.stream, flush=True)
            yield item
        if show and count >= 1000:
            print(f"\r{label}: {count:,}", file=self.stream, flush=True)


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit 2)."""


class InputError(Exception):
    """A file that cannot be read, or holds what cannot be read (exit 1), named first."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


def cannot_read(path: Path | str, error: OSError) -> InputError:
    """The one wording of an input the system refuses to give: ``cannot read FILE: why``."""
    return InputError(path, f"cannot read: {error.strerror or error}")


def _refuse_same(inputs: Iterable[str | Path], output: str | Path) -> None:
    from hdnd_model.files import refuse_same_file

    refuse_same_file(inputs, output)


def _kind(path: Path, table: dict[str, str], what: str) -> str:
    try:
        return table[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(table))
        raise UsageError(
            f"{path}: cannot tell the {what} from {path.suffix!r} (use {known})"
        ) from None


def _read_one(path: Path) -> Any:
    """Read one record from a .json or .xml file, never more than the largest document."""
    from hdnd_model import serialize
    from hdnd_model.files import read_limited
    from hdnd_model.serialize import MAX_DOCUMENT_BYTES

    kind = _kind(path, _FORMATS, "format")
    if kind == "jsonl":
        raise UsageError(f"{path}: a .jsonl archive holds many records; name a .json or .xml file")
    try:
        data = read_limited(path, MAX_DOCUMENT_BYTES)
    except OSError as error:
        raise cannot_read(path, error) from None
    try:
        if len(data) > MAX_DOCUMENT_BYTES:
            raise FormatError(f"@ $: document larger than {MAX_DOCUMENT_BYTES} bytes")
        if kind == "json":
            return serialize.from_json(data)
        return serialize.from_xml(data)
    except HdndError as error:
        raise InputError(path, str(error)) from None


def _records(path: Path, out: _Console) -> Iterator[Any]:
    """The records of a stream, every problem and every read failure naming the file."""
    from hdnd_model import serialize

    try:
        yield from out.progress(serialize.iter_records(path), str(path))
    except HdndError as error:
        raise InputError(path, str(error)) from None
    except OSError as error:
        raise cannot_read(path, error) from None


def _cmd_validate(args: argparse.Namespace, out: _Console) -> int:
    from hdnd_model import serialize

    failed = 0
    for name in args.files:
        path = Path(name)
        kind = _kind(path, _FORMATS, "format")
        problems: list[str] = []
        try:
            if kind in ("jsonl",) or (kind == "xml" and args.archive):
                # "collect" reads every record, then raises one error listing every bad one.
                for _ in out.progress(serialize.iter_records(path, on_error="collect"), name):
                    pass
            else:
                _read_one(path)
        except InputError as exc:
            problems.append(str(exc))
        except HdndError as exc:
            problems.append(f"{name}: {exc}")
        except OSError as exc:
            problems.append(str(cannot_read(name, exc)))
        if problems:
            failed += 1
            for problem in problems:
                out.error(problem)
        else:
            out.debug(f"{name}: valid")
    if failed:
        out.info(f"{failed} of {len(args.files)} file(s) invalid")
        return EXIT_INVALID
    out.info(f"{len(args.files)} file(s) valid")
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace, out: _Console) -> int:
    from hdnd_model import serialize
    from hdnd_model.files import atomic_write

    src, dest = Path(args.input), Path(args.output)
    src_kind = _kind(src, _FORMATS, "input format")
    dest_kind = _kind(dest, _FORMATS, "output format")
    _refuse_same([src], dest)
    if src_kind == "jsonl" or dest_kind == "jsonl" or args.archive:
        written = serialize.write_records(dest, _records(src, out))
        out.info(f"{src} -> {dest}: {written:,} record(s)")
        return EXIT_OK
    record = _read_one(src)
    if dest_kind == "json":
        data = (serialize.to_json(record, indent=2) + "\n").encode("utf-8")
    else:
        data = serialize.to_xml(record)
    with atomic_write(dest) as stream:
        stream.write(data)
    out.info(f"{src} -> {dest}")
    return EXIT_OK


def _cmd_render(args: argparse.Namespace, out: _Console) -> int:
    from hdnd_model.render import LAYOUTS, render

    dest = Path(args.output)
    fmt = args.format or _kind(dest, _RENDER_FORMATS, "document format")
    _refuse_same([args.input], dest)
    record = _read_one(Path(args.input))
    if type(record) not in LAYOUTS:
        raise UsageError(f"{args.input}: holds a {type(record).__name__}, not a document")
    render(record, dest, format=fmt)
    out.info(f"{args.input} -> {dest}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: _Console) -> int:
    from hdnd_model import serialize

    if args.xsd:
        sys.stdout.write(serialize.xsd_path().read_text(encoding="utf-8"))
    else:
        import json

        sys.stdout.write(json.dumps(serialize.json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _iter_input(path: Path, out: _Console) -> Iterator[Any]:
    """Every record of a .json or .xml file, or of a .jsonl archive, with progress."""

    kind = _kind(path, _FORMATS, "input format")
    if kind == "jsonl":
        yield from _records(path, out)
    else:
        yield _read_one(path)


def _cmd_export(args: argparse.Namespace, out: _Console) -> int:
    if args.csv or args.sqlite:
        return _export_tables(args, out)
    if not args.to or not args.output:
        raise UsageError("export needs --to popolo|oparl|akn and -o OUT (or --csv / --sqlite)")
    from hdnd_model.interop import export

    _refuse_same([args.input], args.output)
    record = _read_one(Path(args.input))
    try:
        result = export(record, to=args.to, base_url=args.base_url)
    except ValueError as exc:
        if isinstance(exc, HdndError):
            raise
        raise UsageError(str(exc)) from None
    result.write(Path(args.output))
    for warning in result.warnings:
        out.info(f"warning: {warning}")
    out.info(f"{args.input} -> {args.output} ({args.to}, {len(result.warnings)} warning(s))")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: _Console) -> int:
    import json

    from hdnd_model import ingest

    if args.summary:
        result = ingest.load(Path(args.summary))
        for warning in result.warnings:
            out.debug(f"warning: {warning}")
        sys.stdout.write(json.dumps(ingest.summary(result), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not args.paths or not args.output:
        raise UsageError("import needs PATH... and -o OUT.jsonl (or --summary FILE)")
    dest = Path(args.output)
    if dest.suffix.lower() != ".jsonl":
        raise UsageError(f"{dest}: imports are written as JSON Lines (.jsonl)")
    sources = list(ingest.iter_sources(args.paths))
    _refuse_same(sources, dest)
    errors = Path(args.errors) if args.errors else dest.with_name(dest.name + ".errors.tsv")
    _refuse_same(sources, errors)
    counts = ingest.import_batch(
        sources,
        dest,
        resume=args.resume,
        jobs=args.jobs or os.cpu_count() or 1,
        errors=errors,
        progress=out.progress,
    )
    if counts.skipped:
        out.info(f"resuming: {counts.skipped:,} source(s) already converted")
    out.info(
        f"converted {counts.converted:,} / warnings {counts.warned:,} / failed {counts.failed:,}"
    )
    if counts.failed:
        out.info(f"failures listed in {errors}")
    return EXIT_INVALID if counts.failed else EXIT_OK


def _export_tables(args: argparse.Namespace, out: _Console) -> int:
    from hdnd_model import tabular

    for table in [Path(args.csv) / f"{n}.csv" for n in tabular.TABLES] if args.csv else []:
        _refuse_same([args.input], table)
    if args.sqlite:
        _refuse_same([args.input], args.sqlite)
    records = _iter_input(Path(args.input), out)
    try:
        if args.csv:
            written = tabular.export_csv(records, Path(args.csv))
            out.info(f"{args.input} -> {len(written)} CSV table(s) in {args.csv}")
        else:
            rows = tabular.export_sqlite(records, Path(args.sqlite))
            out.info(
                f"{args.input} -> {args.sqlite}: "
                + ", ".join(f"{name} {count:,}" for name, count in rows.items())
            )
    except ImportError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


_EXAMPLES = {
    "validate": ["hdnd validate minutes.json archive.jsonl"],
    "convert": ["hdnd convert minutes.json minutes.xml", "hdnd convert archive.jsonl archive.xml"],
    "render": ["hdnd render minutes.json -o bien-ban.docx"],
    "schema": ["hdnd schema --json > hdnd.schema.json"],
    "export": [
        "hdnd export --to akn minutes.json -o minutes.akn.xml",
        "hdnd export archive.jsonl --csv tables/",
    ],
    "import": [
        "hdnd import posts/ 'archive/**/*.docx' -o drafts.jsonl --jobs 2",
        "hdnd import posts/ -o drafts.jsonl --resume",
        "hdnd import --summary post.txt",
    ],
}


def _epilog(lines: list[str]) -> str:
    """The examples of a help text, one per line."""
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``hdnd``."""
    parser = argparse.ArgumentParser(
        prog="hdnd",
        description="Validate, convert, render and exchange records of People's Council "
        "(Hội đồng nhân dân) proceedings.",
        epilog=_epilog(
            [
                "hdnd validate minutes.json",
                "hdnd render minutes.json -o bien-ban.docx",
                "hdnd convert archive.jsonl archive.xml",
                "hdnd import posts/ -o drafts.jsonl",
            ]
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hdnd {__version__}")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="print more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, func: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_epilog(_EXAMPLES[name]),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(func=func)
        return p

    p = command(
        "validate", _cmd_validate, "check records (.json, .jsonl, .xml); list every problem"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--archive", action="store_true", help="read .xml files as archives")

    p = command("convert", _cmd_convert, "convert between .json, .jsonl and .xml by extension")
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    p.add_argument("--archive", action="store_true", help="treat .xml as a record archive")

    p = command("render", _cmd_render, "render a record's document: .docx, .md, .txt, .html, .pdf")
    p.add_argument("input", metavar="IN")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--format", choices=sorted(set(_RENDER_FORMATS.values())))

    p = command(
        "export",
        _cmd_export,
        "export a record to Popolo, OParl 1.1 or Akoma Ntoso 3.0, or records to tables",
    )
    p.add_argument("input", metavar="IN")
    p.add_argument("--to", choices=["popolo", "oparl", "akn"])
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("--base-url", help="base URL of the OParl ids (OParl only)")
    tables = p.add_mutually_exclusive_group()
    tables.add_argument("--csv", metavar="DIR", help="write tidy tables as CSV files in DIR")
    tables.add_argument("--sqlite", metavar="FILE", help="write tidy tables to an SQLite file")

    p = command("import", _cmd_import, "import news posts, minutes DOCX and legacy text as drafts")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or glob patterns")
    p.add_argument("-o", "--output", metavar="OUT.jsonl")
    p.add_argument("--summary", metavar="FILE", help="print the summary view of one source")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
    p.add_argument("--resume", action="store_true", help="skip sources already converted")
    p.add_argument("--errors", metavar="FILE", help="where to list failed sources")

    p = command("schema", _cmd_schema, "print the bundled JSON Schema or XSD")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--json", action="store_true", help="JSON Schema 2020-12")
    which.add_argument("--xsd", action="store_true", help="XML Schema")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``hdnd`` with ``argv``; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = _Console(-1 if args.quiet else 1 if args.verbose else 0)
    try:
        code: int = args.func(args, out)
    except (UsageError, SameFileError) as exc:
        out.error(str(exc))
        return EXIT_USAGE
    except (HdndError, InputError) as exc:
        out.error(str(exc))
        return EXIT_INVALID
    except OSError as exc:
        out.error(_os_problem(exc, args))
        return EXIT_INVALID
    except KeyboardInterrupt:
        out.error("interrupted")
        return 130
    return code


def _os_problem(error: OSError, args: argparse.Namespace) -> str:
    """``cannot write FILE: why`` for an output, else ``cannot read FILE: why``."""
    name = error.filename
    outputs = [getattr(args, key, None) for key in ("output", "csv", "sqlite", "errors")]
    if name is None:
        name = next((o for o in outputs if o), "?")
    from hdnd_model.files import same_file

    written = any(o and (str(name).startswith(str(o)) or same_file(o, name)) for o in outputs)
    is_in_csv = bool(getattr(args, "csv", None)) and Path(name).parent == Path(args.csv)
    verb = "write" if written or is_in_csv or error.filename is None else "read"
    return f"{name}: cannot {verb}: {error.strerror or error}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
