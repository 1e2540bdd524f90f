"""A crash-safe batch import into one JSON Lines file, resumable after any interruption.

A run writes its records to ``OUT.partial`` and, after each record is in that file (flushed and
synced), one line ``sha256<TAB>source<TAB>end offset`` to the ledger ``OUT.sources.tsv``. So a
source is in the ledger only once its record is durably in the output. On success the partial
file is renamed over ``OUT``; the previous ``OUT`` is kept byte for byte until then.

Resuming (after a kill, a crash or a power cut) reads the ledger's complete lines, cuts the
partial output back to the end of the last record the ledger names (dropping a record written
after it and a cut-off last line), and converts the sources not in it. A completed output is
resumed from a copy of itself, to add new sources. A lock file ``OUT.lock`` (``flock``, released
by the system when the process dies) refuses a second run on the same output.
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from hdnd_model.errors import OutputBusyError
from hdnd_model.files import atomic_write, fsync_directory

__all__ = ["BatchCounts", "BatchOutput", "import_batch"]


def _sidecar(dest: Path, suffix: str) -> Path:
    return dest.with_name(dest.name + suffix)


class BatchOutput:
    """The output of a batch import: the records file, its ledger and its lock.

    Use as a context manager; :meth:`add` each record, then leave the block normally to put
    the output in place. Leaving it with an exception keeps the partial output and the ledger
    for a later ``resume=True``.

    Attributes:
        dest: the output file (``OUT.jsonl``).
        ledger: ``OUT.jsonl.sources.tsv``.
        partial: ``OUT.jsonl.partial``, where records go until the run succeeds.
        lock: ``OUT.jsonl.lock``.
        done: how many times each content hash is already in the output.
    """

    def __init__(self, dest: str | os.PathLike[str], *, resume: bool) -> None:
        self.dest = Path(dest)
        self.ledger = _sidecar(self.dest, ".sources.tsv")
        self.partial = _sidecar(self.dest, ".partial")
        self.lock = _sidecar(self.dest, ".lock")
        self.resume = resume
        self.done: collections.Counter[str] = collections.Counter()
        self._lock_file: IO[bytes] | None = None
        self._out: IO[bytes] | None = None
        self._ledger: IO[bytes] | None = None
        self._offset = 0

    # -- the lock ---------------------------------------------------------------------------

    def _acquire(self) -> None:
        handle = self.lock.open("ab")
        try:
            import fcntl  # noqa: PLC0415 - POSIX only

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - no flock on this platform: no lock
            pass
        except OSError:
            handle.close()
            raise OutputBusyError(os.fspath(self.dest), os.fspath(self.lock)) from None
        self._lock_file = handle

    def _release(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()  # closing releases the flock
            self._lock_file = None

    # -- recovery ---------------------------------------------------------------------------

    def _prepare(self) -> None:
        if not self.resume:
            self.ledger.unlink(missing_ok=True)  # first, so no entry outlives its record
            self.partial.write_bytes(b"")
        elif not self.partial.exists():
            with atomic_write(self.partial) as copy:
                if self.dest.exists():
                    with self.dest.open("rb") as previous:
                        shutil.copyfileobj(previous, copy)
        self._recover()

    def _recover(self) -> None:
        """Keep the ledger entries whose record is in the partial output; cut the rest."""
        size = self.partial.stat().st_size
        kept: list[bytes] = []
        end, legacy = 0, False
        raw = self.ledger.read_bytes() if self.ledger.exists() else b""
        for line in raw.split(b"\n")[:-1]:  # the last piece is empty or a cut-off line
            fields = line.split(b"\t")
            if len(fields) == 2 and fields[0]:  # a ledger without offsets: trust it
                legacy = True
                kept.append(line)
                continue
            if len(fields) != 3 or not fields[2].isdigit():
                break
            offset = int(fields[2])
            if offset < end or offset > size:
                break
            kept.append(line)
            end = offset
        if legacy and end == 0:
            end = self._last_newline(size)
        with self.partial.open("r+b") as out:
            out.truncate(end)
            out.flush()
            os.fsync(out.fileno())
        new_ledger = b"".join(line + b"\n" for line in kept)
        if new_ledger != raw:
            with atomic_write(self.ledger) as ledger:
                ledger.write(new_ledger)
        self.done = collections.Counter(
            line.split(b"\t", 1)[0].decode("ascii", "replace") for line in kept
        )
        self._offset = end

    def _last_newline(self, size: int) -> int:
        """The end of the last complete line of the partial output."""
        with self.partial.open("rb") as out:
            step = 1 << 16
            pos = size
            while pos > 0:
                start = max(0, pos - step)
                out.seek(start)
                chunk = out.read(pos - start)
                found = chunk.rfind(b"\n")
                if found >= 0:
                    return start + found + 1
                pos = start
        return 0

    # -- writing ----------------------------------------------------------------------------

    def __enter__(self) -> BatchOutput:
        self._acquire()
        try:
            self._prepare()
            self._out = self.partial.open("ab")
            self._ledger = self.ledger.open("ab")
        except BaseException:
            self._close()
            self._release()
            raise
        return self

    def skip(self, sha256: str) -> bool:
        """Whether a source with this hash is already in the output (counted once each)."""
        if self.done[sha256] > 0:
            self.done[sha256] -= 1
            return True
        return False

    def add(self, line: str, *, sha256: str, source: str) -> None:
        """Append one record (a JSON document without its newline), then its ledger entry."""
        assert self._out is not None
        assert self._ledger is not None
        data = line.encode("utf-8") + b"\n"
        self._out.write(data)
        self._out.flush()
        os.fsync(self._out.fileno())
        self._offset += len(data)
        name = source.replace("\t", " ").replace("\n", " ")
        self._ledger.write(f"{sha256}\t{name}\t{self._offset}\n".encode())
        self._ledger.flush()

    def _close(self) -> None:
        for handle in (self._out, self._ledger):
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
        self._out = self._ledger = None

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        try:
            if kind is None:
                assert self._ledger is not None
                os.fsync(self._ledger.fileno())
                self._close()
                self.partial.replace(self.dest)
                fsync_directory(self.dest.parent)
        finally:
            self._close()
            self._release()


def pending(output: BatchOutput, sources: Iterable[Path], hash_of: Any) -> Iterator[Path]:
    """The sources not yet in ``output`` (a source that cannot be read is pending)."""
    for source in sources:
        try:
            digest = hash_of(source)
        except OSError:
            yield source
            continue
        if not output.skip(digest):
            yield source


@attrs.frozen
class BatchCounts:
    """What a batch import did.

    Attributes:
        converted: sources converted in this run.
        warned: of those, the ones with warnings.
        failed: sources that failed (listed in the errors file).
        skipped: sources already in the output (``resume``).
    """

    converted: int = 0
    warned: int = 0
    failed: int = 0
    skipped: int = 0


def import_batch(
    sources: Iterable[str | os.PathLike[str]],
    dest: str | os.PathLike[str],
    *,
    resume: bool = False,
    jobs: int = 1,
    errors: str | os.PathLike[str] | None = None,
    progress: Callable[[Iterable[Any], str], Iterable[Any]] | None = None,
) -> BatchCounts:
    """Convert sources into one JSON Lines file, crash-safe and resumable.

    Each source gives one record or one line ``source<TAB>reason`` in the errors file; a bad
    source never stops the others. After an interruption at any moment, running again with
    ``resume=True`` gives every source exactly once.

    Args:
        sources: the source files, in the order their records are written.
        dest: the output (``OUT.jsonl``); replaced only when the run succeeds.
        resume: keep what an earlier run on ``dest`` wrote and convert only the rest.
        jobs: worker processes (1 converts in this process).
        errors: where to list failed sources (default ``OUT.jsonl.errors.tsv``).
        progress: wraps the stream of outcomes (to show progress); none when None.

    Returns:
        The counts.

    Raises:
        OutputBusyError: another run is writing ``dest``.
        OSError: the output cannot be written (the previous output is kept).
    """
    from hdnd_model.ingest._batch import file_hash  # noqa: PLC0415

    output = BatchOutput(dest, resume=resume)
    errors_path = Path(errors) if errors is not None else _sidecar(output.dest, ".errors.tsv")
    failures: list[str] = []
    paths = [Path(s) for s in sources]
    counts = {"converted": 0, "warned": 0, "failed": 0}
    with output:
        todo = list(pending(output, paths, file_hash))
        skipped = len(paths) - len(todo)
        try:
            for outcome in _outcomes(todo, jobs, progress):
                line, reason = _record_line(outcome)
                if line is None:
                    counts["failed"] += 1
                    failures.append(f"{outcome.source}\t{reason}\n")
                    continue
                output.add(line, sha256=outcome.sha256 or "", source=outcome.source)
                counts["converted"] += 1
                counts["warned"] += bool(outcome.warnings)
        finally:
            with atomic_write(errors_path, "w") as report:
                report.writelines(failures)
    return BatchCounts(skipped=skipped, **counts)


def _outcomes(
    todo: list[Path],
    jobs: int,
    progress: Callable[[Iterable[Any], str], Iterable[Any]] | None,
) -> Iterator[Any]:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    from hdnd_model.ingest._batch import convert_source  # noqa: PLC0415

    pool = None
    if jobs > 1 and len(todo) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        outcomes: Iterable[Any] = pool.map(convert_source, todo, chunksize=4)
    else:
        outcomes = map(convert_source, todo)
    if progress is not None:
        outcomes = progress(outcomes, "sources")
    try:
        yield from outcomes
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _record_line(outcome: Any) -> tuple[str | None, str]:
    """The JSON Lines line of an outcome's record, or None and why there is none."""
    if not outcome.ok or outcome.record is None:
        return None, outcome.error or "no record could be built"
    import orjson  # noqa: PLC0415

    from hdnd_model.errors import HdndError  # noqa: PLC0415
    from hdnd_model.serialize import from_json, to_json  # noqa: PLC0415

    try:
        return to_json(from_json(orjson.dumps(outcome.record))), ""
    except HdndError as error:
        return None, str(error)
