"""Safe outputs: every file the library and the command write is replaced whole or not at all.

:func:`atomic_write` opens a temporary file in the destination's directory; on success the data
is flushed, synced to disk and renamed over the destination, so a reader sees either the old file
or the complete new one. On any error (a bad record halfway through, a full disk, an
interruption) the temporary file is removed and the previous output is left byte for byte.

:func:`refuse_same_file` refuses an output that is one of the inputs (the same path, the same
file through a symbolic or hard link) before anything is opened for writing.

"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal, overload

from hdnd_model.errors import SameFileError

__all__ = [
    "SameFileError",
    "atomic_write",
    "fsync_directory",
    "read_limited",
    "refuse_same_file",
    "same_file",
]

PathLike = str | os.PathLike[str]

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def same_file(a: PathLike, b: PathLike) -> bool:
    """Whether two names are one file: the same path once resolved, or the same inode."""
    pa, pb = Path(a), Path(b)
    with contextlib.suppress(OSError):
        if pa.resolve() == pb.resolve():
            return True
    try:
        return pa.samefile(pb)
    except OSError:
        return False


def refuse_same_file(inputs: Iterable[PathLike], output: PathLike) -> None:
    """Refuse an output that is one of the inputs.

    Raises:
        SameFileError: naming the input and the output.
    """
    for name in inputs:
        if same_file(name, output):
            raise SameFileError(os.fspath(name), os.fspath(output))


def read_limited(path: PathLike, limit: int) -> bytes:
    """The bytes of a file, reading at most ``limit + 1`` of them.

    A result longer than ``limit`` means the file is too large: the caller refuses it without
    the rest ever being read (a link to ``/dev/zero`` included).

    Raises:
        OSError: the file cannot be read.
    """
    with Path(path).open("rb") as handle:
        return handle.read(limit + 1)


def fsync_directory(directory: PathLike) -> None:
    """Sync a directory entry (after a rename), where the platform allows it."""
    try:
        fd = os.open(os.fspath(directory), os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


@overload
def atomic_write(
    path: PathLike, mode: Literal["wb"] = "wb", *, encoding: None = None
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


@overload
def atomic_write(
    path: PathLike, mode: Literal["w"], *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]]: ...


def atomic_write(
    path: PathLike, mode: str = "wb", *, encoding: str | None = None
) -> contextlib.AbstractContextManager[IO[bytes]] | contextlib.AbstractContextManager[IO[str]]:
    """Write ``path`` whole or not at all.

    Use as ``with atomic_write(path) as out: out.write(...)``. The file object writes to a
    temporary file next to ``path`` (named ``.NAME.XXXX.tmp``); leaving the block normally syncs
    it and renames it over ``path`` (keeping the permissions of a file it replaces, and writing
    through a symbolic link to the file it names); leaving it with an exception removes it.

    Args:
        path: the destination.
        mode: ``"wb"`` for bytes, ``"w"`` for text (newlines written as ``\\n``).
        encoding: the text encoding (UTF-8 when None), for ``"w"``.

    Raises:
        OSError: the directory cannot be written, or the disk is full (the destination is
            untouched).
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    if target.is_symlink():  # replace the file the link names, and keep the link
        target = Path(os.path.realpath(target))
    return _atomic(target, mode, encoding or "utf-8")  # type: ignore[return-value]


@contextlib.contextmanager
def _atomic(path: Path, mode: str, encoding: str) -> Iterator[IO[bytes] | IO[str]]:
    directory = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise _naming(error, path, None) from None
    temp = Path(temp_name)
    try:
        handle: IO[bytes] | IO[str]
        if mode == "wb":
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline="\n")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, temp)
        temp.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _naming(error, path, temp) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(directory)


def _naming(error: OSError, path: Path, temp: Path | None) -> OSError:
    """The error naming the destination: a write error names no file, ours the temporary one.

    An error naming another file (an input read inside the block) is left as it is.
    """
    if error.errno is None:
        return error
    if temp is not None and error.filename not in (None, os.fspath(temp)):
        return error
    return type(error)(error.errno, error.strerror, os.fspath(path))


def _keep_mode(path: Path, temp: Path) -> None:
    """Give the new file the permissions of the one it replaces (else the umask's)."""
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(OSError):
        temp.chmod(mode)
