"""Safe outputs: an output is replaced whole or not at all, and never is one of the inputs."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import hdnd_model as hm
from hdnd_model import files
from hdnd_model.cli import main
from hdnd_model.interop import export
from hdnd_model.render import render_minutes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "data" / "hai_ba_trung_2020_08.json"


def _run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture
def seed() -> hm.Minutes:
    minutes: hm.Minutes = hm.from_json(SEED.read_bytes())
    return minutes


@pytest.fixture
def people() -> list[hm.Person]:
    return [hm.Person(full_name=f"Nguyễn Văn {i}") for i in range(1, 21)]


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fsync fails as on a full disk (the data never reaches it)."""

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", fsync)


class TestAtomicWrite:
    def test_replaces_whole(self, tmp_path: Path) -> None:
        """A completed block replaces the file and leaves no temporary file behind."""
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")
        with files.atomic_write(target) as out:
            out.write(b"new")
        assert target.read_bytes() == b"new"
        assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]

    def test_error_keeps_the_old_file(self, tmp_path: Path) -> None:
        """An exception inside the block leaves the previous file byte for byte."""
        target = tmp_path / "out.txt"
        target.write_bytes(b"old\n")

        def half_then_fail() -> None:
            with files.atomic_write(target, "w") as out:
                out.write("half")
                raise RuntimeError("bad record")

        with pytest.raises(RuntimeError, match="bad record"):
            half_then_fail()
        assert target.read_bytes() == b"old\n"
        assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]

    def test_full_disk_names_the_destination(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A full disk is an OSError naming the destination, not the temporary file."""
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")
        _full_disk(monkeypatch)

        def write() -> None:
            with files.atomic_write(target) as out:
                out.write(b"new")

        with pytest.raises(OSError, match="No space left") as caught:
            write()
        assert caught.value.errno == errno.ENOSPC
        assert caught.value.filename == str(target)
        assert target.read_bytes() == b"old"
        assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]

    def test_through_a_link(self, tmp_path: Path) -> None:
        """A link to the destination stays a link; the file it names is replaced."""
        real, link = tmp_path / "real.txt", tmp_path / "link.txt"
        real.write_text("old", encoding="utf-8")
        link.symlink_to(real)
        with files.atomic_write(link, "w") as out:
            out.write("new")
        assert link.is_symlink()
        assert real.read_text(encoding="utf-8") == "new"

    def test_keeps_permissions(self, tmp_path: Path) -> None:
        """The new file has the permissions of the one it replaces."""
        target = tmp_path / "out.txt"
        target.write_text("old", encoding="utf-8")
        target.chmod(0o640)
        with files.atomic_write(target, "w") as out:
            out.write("new")
        assert target.stat().st_mode & 0o777 == 0o640

    def test_missing_directory_names_the_file(self, tmp_path: Path) -> None:
        """A directory that does not exist is an error naming the destination."""
        target = tmp_path / "no" / "out.xml"
        with pytest.raises(FileNotFoundError) as caught, files.atomic_write(target):
            pass
        assert caught.value.filename == str(target)


class TestSameFile:
    def test_path_link_and_hard_link(self, tmp_path: Path) -> None:
        """The same file is recognised by path, through a symbolic link and a hard link."""
        real = tmp_path / "a.jsonl"
        real.write_text("", encoding="utf-8")
        (tmp_path / "sym.jsonl").symlink_to(real)
        os.link(real, tmp_path / "hard.jsonl")
        for other in ("a.jsonl", "./a.jsonl", "sym.jsonl", "hard.jsonl"):
            assert files.same_file(real, tmp_path / other)
        assert not files.same_file(real, tmp_path / "b.jsonl")

    def test_refusal_names_both(self, tmp_path: Path) -> None:
        """The error names the output and the input it is."""
        real = tmp_path / "a.jsonl"
        real.write_text("", encoding="utf-8")
        with pytest.raises(files.SameFileError) as caught:
            files.refuse_same_file([real], real)
        assert str(caught.value) == f"{real}: the output is also an input; name another file"


class TestConvertInPlace:
    @pytest.mark.parametrize("suffix", [".jsonl", ".xml"])
    @pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
    def test_refused_and_untouched(
        self,
        tmp_path: Path,
        people: list[hm.Person],
        suffix: str,
        how: str,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``hdnd convert a a`` (or through a link) is refused, exit 2, the file untouched."""
        src = tmp_path / f"a{suffix}"
        hm.write_records(src, people)
        before = src.read_bytes()
        dest = src
        if how == "symlink":
            dest = tmp_path / f"link{suffix}"
            dest.symlink_to(src)
        elif how == "hardlink":
            dest = tmp_path / f"hard{suffix}"
            os.link(src, dest)
        assert 2 == _run("convert", "--archive", str(src), str(dest))
        assert src.read_bytes() == before
        assert "the output is also an input" in capsys.readouterr().err

    @pytest.mark.parametrize("command", ["render", "export"])
    def test_render_and_export_refuse_their_input(
        self, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A render or an export over its own input is refused before anything is written."""
        src = tmp_path / "seed.json"
        src.write_bytes(SEED.read_bytes())
        extra = ["--to", "popolo"] if command == "export" else ["--format", "md"]
        assert 2 == _run(command, str(src), *extra, "-o", str(src))
        assert src.read_bytes() == SEED.read_bytes()
        assert f"{src}: the output is also an input" in capsys.readouterr().err


class TestFailedRunKeepsOutput:
    def test_bad_record_midway(
        self, tmp_path: Path, people: list[hm.Person], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad record halfway: exit 1, the previous output byte for byte, no partial file."""
        src, dest = tmp_path / "in.jsonl", tmp_path / "out.xml"
        lines = [hm.to_json(p) for p in people]
        lines[10] = lines[10].replace('"full_name"', '"full_nam"')
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        dest.write_bytes(b"previous output")
        assert 1 == _run("convert", str(src), str(dest))
        assert dest.read_bytes() == b"previous output"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.xml"]
        err = capsys.readouterr().err
        assert f"hdnd: {src}: 2 problems:\n  line 11 (record 11): @ $.full_name: missing" in err

    def test_truncated_archive(self, tmp_path: Path, people: list[hm.Person]) -> None:
        """A truncated XML archive leaves the previous JSON Lines output as it was."""
        src, dest = tmp_path / "in.xml", tmp_path / "out.jsonl"
        hm.write_records(src, people)
        src.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
        dest.write_bytes(b"previous output\n")
        assert 1 == _run("convert", str(src), str(dest))
        assert dest.read_bytes() == b"previous output\n"

    def test_full_disk(
        self,
        tmp_path: Path,
        people: list[hm.Person],
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A full disk: exit 1, a message naming the output, the previous output kept."""
        src, dest = tmp_path / "in.jsonl", tmp_path / "out.xml"
        hm.write_records(src, people)
        dest.write_bytes(b"previous output")
        _full_disk(monkeypatch)
        assert 1 == _run("convert", str(src), str(dest))
        assert dest.read_bytes() == b"previous output"
        assert f"hdnd: {dest}: cannot write: No space left on device" in capsys.readouterr().err

    def test_archive_to_a_missing_directory(
        self, tmp_path: Path, people: list[hm.Person], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Writing an archive where no directory exists names the file (not "None")."""
        src, dest = tmp_path / "in.jsonl", tmp_path / "no" / "out.xml"
        hm.write_records(src, people)
        assert 1 == _run("convert", str(src), str(dest))
        err = capsys.readouterr().err
        assert f"hdnd: {dest}: cannot write: No such file or directory" in err
        assert "None" not in err

    def test_write_records_generator_fails(self, tmp_path: Path, people: list[hm.Person]) -> None:
        """The library writer: records failing partway leave the previous file."""
        dest = tmp_path / "out.jsonl"
        dest.write_bytes(b"previous\n")

        def records() -> Iterator[hm.Person]:
            yield from people[:5]
            raise hm.FormatError("line 6: bad")

        with pytest.raises(hm.FormatError):
            hm.write_records(dest, records())
        assert dest.read_bytes() == b"previous\n"

    @pytest.mark.parametrize("fmt", ["docx", "md", "html"])
    def test_render_full_disk(
        self, tmp_path: Path, seed: hm.Minutes, monkeypatch: pytest.MonkeyPatch, fmt: str
    ) -> None:
        """A render that cannot finish leaves the previous document."""
        dest = tmp_path / f"out.{fmt}"
        dest.write_bytes(b"previous")
        _full_disk(monkeypatch)
        with pytest.raises((hm.RenderError, OSError)):
            render_minutes(seed, dest, format=fmt)
        assert dest.read_bytes() == b"previous"

    def test_export_full_disk(
        self, tmp_path: Path, seed: hm.Minutes, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ExportResult.write that cannot finish leaves the previous document."""
        dest = tmp_path / "out.akn.xml"
        dest.write_bytes(b"previous")
        result = export(seed, to="akn")
        _full_disk(monkeypatch)
        with pytest.raises(OSError, match="No space left"):
            result.write(dest)
        assert dest.read_bytes() == b"previous"


class TestCannotRead:
    @pytest.mark.parametrize(
        "argv",
        [
            ["validate", "{src}"],
            ["convert", "{src}", "{dest}.xml"],
            ["render", "{src}", "-o", "{dest}.md"],
            ["export", "--to", "popolo", "{src}", "-o", "{dest}.json"],
        ],
    )
    def test_one_wording_naming_the_file(
        self, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every command words a missing input the same way, naming it."""
        src, dest = tmp_path / "missing.json", tmp_path / "out"
        assert 1 == _run(*(a.format(src=src, dest=dest) for a in argv))
        assert f"hdnd: {src}: cannot read: No such file or directory" in capsys.readouterr().err

    def test_dev_zero_is_refused_cleanly(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A link to /dev/zero is refused as too large, without reading it all."""
        link = tmp_path / "zero.json"
        link.symlink_to("/dev/zero")
        assert 1 == _run("validate", str(link))
        assert f"{link}: @ $: document larger than" in capsys.readouterr().err
