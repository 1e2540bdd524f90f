"""Batch import under kills and concurrency: every source exactly once, nothing merged silently."""

from __future__ import annotations

import fcntl
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hdnd_model.cli import main
from hdnd_model.ingest import convert_source, import_batch
from tests.ingest import hostile_docx

KILLS = int(os.environ.get("HDND_KILLS", "4"))
"""How many runs the kill test interrupts (raise it for a longer run)."""


def _sources(folder: Path, fixtures: Path, copies: int) -> list[Path]:
    """``copies`` distinct text sources made from the fixtures."""
    folder.mkdir()
    texts = sorted(fixtures.glob("*.txt"))
    made = []
    for i in range(copies):
        base = texts[i % len(texts)].read_text(encoding="utf-8")
        path = folder / f"{i:03d}.txt"
        path.write_text(f"{base}\nBài số {i}.\n", encoding="utf-8")
        made.append(path)
    return made


def _hdnd(*argv: str) -> list[str]:
    return [sys.executable, "-m", "hdnd_model", *argv]


def _env() -> dict[str, str]:
    root = Path(__file__).resolve().parents[2]
    return {**os.environ, "PYTHONPATH": str(root / "src")}


class TestKilled:
    def test_sigkill_then_resume_gives_every_source_once(
        self, tmp_path: Path, fixtures: Path
    ) -> None:
        """Killed at random moments, then resumed: the output is the uninterrupted one."""
        _sources(tmp_path / "in", fixtures, 60)
        reference = tmp_path / "reference.jsonl"
        assert 0 == main(["-q", "import", str(tmp_path / "in"), "-o", str(reference), "-j", "1"])
        dest = tmp_path / "out.jsonl"
        dest.write_bytes(b"previous output\n")
        rng = random.Random(int(os.environ.get("HDND_KILL_SEED", "13")))
        argv = _hdnd("-q", "import", str(tmp_path / "in"), "-o", str(dest), "-j", "1")
        for attempt in range(KILLS):
            run = argv + (["--resume"] if attempt else [])
            process = subprocess.Popen(run, env=_env(), stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.35, 1.2))
            process.send_signal(signal.SIGKILL)
            process.wait()
            if attempt == 0:
                assert dest.read_bytes() in (b"previous output\n", reference.read_bytes())
        finished = subprocess.run([*argv, "--resume"], env=_env(), check=False)
        assert finished.returncode == 0
        assert dest.read_bytes() == reference.read_bytes()
        assert not (tmp_path / "out.jsonl.partial").exists()

    def test_cut_off_record_and_ledger_are_repaired(self, tmp_path: Path, fixtures: Path) -> None:
        """A record written but not in the ledger, and a cut-off ledger line, are redone once."""
        sources = _sources(tmp_path / "in", fixtures, 6)
        reference = tmp_path / "reference.jsonl"
        import_batch(sources, reference)
        dest = tmp_path / "out.jsonl"
        import_batch(sources[:3], dest)
        partial = tmp_path / "out.jsonl.partial"
        lines = reference.read_bytes().splitlines(keepends=True)
        # the fourth record is written and the fifth half written; the ledger line of the
        # fourth is cut off
        partial.write_bytes(dest.read_bytes() + lines[3] + lines[4][:40])
        ledger = tmp_path / "out.jsonl.sources.tsv"
        ledger.write_bytes(ledger.read_bytes() + b"0123abcd\tin/003.txt\t")
        counts = import_batch(sources, dest, resume=True)
        assert (counts.skipped, counts.converted) == (3, 3)
        assert dest.read_bytes() == reference.read_bytes()

    def test_resume_adds_new_sources_to_a_finished_output(
        self, tmp_path: Path, fixtures: Path
    ) -> None:
        """A completed import resumed with more sources adds only the new ones."""
        sources = _sources(tmp_path / "in", fixtures, 5)
        reference, dest = tmp_path / "reference.jsonl", tmp_path / "out.jsonl"
        import_batch(sources, reference)
        import_batch(sources[:2], dest)
        counts = import_batch(sources, dest, resume=True)
        assert (counts.skipped, counts.converted) == (2, 3)
        assert dest.read_bytes() == reference.read_bytes()


class TestConcurrent:
    def test_a_held_lock_refuses_the_run(
        self, tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """While another run holds the output's lock, a second is refused, output untouched."""
        dest = tmp_path / "out.jsonl"
        dest.write_bytes(b"previous output\n")
        with (tmp_path / "out.jsonl.lock").open("ab") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            assert 1 == main(["import", str(fixtures), "-o", str(dest), "-j", "1"])
        assert dest.read_bytes() == b"previous output\n"
        assert capsys.readouterr().err == (
            f"hdnd: {dest}: another import is writing this output "
            f"(lock {dest}.lock is held); wait for it to finish or name another output\n"
        )

    def test_two_runs_at_once(self, tmp_path: Path, fixtures: Path) -> None:
        """Two imports into one output at once: one runs, the other is refused."""
        _sources(tmp_path / "in", fixtures, 40)
        reference, dest = tmp_path / "reference.jsonl", tmp_path / "out.jsonl"
        assert 0 == main(["-q", "import", str(tmp_path / "in"), "-o", str(reference), "-j", "1"])
        argv = _hdnd("import", str(tmp_path / "in"), "-o", str(dest), "-j", "1")
        runs = [
            subprocess.Popen(argv, env=_env(), stderr=subprocess.PIPE, text=True) for _ in range(2)
        ]
        results = [(run.wait(), run.communicate()[1]) for run in runs]
        assert sorted(code for code, _ in results) == [0, 1]
        refused = next(err for code, err in results if code == 1)
        assert "another import is writing this output" in refused
        assert dest.read_bytes() == reference.read_bytes()


class TestUnreadableSources:
    @pytest.mark.parametrize(
        "make",
        [
            hostile_docx.encrypted,
            hostile_docx.no_body,
            hostile_docx.foreign_root,
            hostile_docx.version_needed,
            hostile_docx.corrupt_deflate,
        ],
    )
    def test_convert_source_never_raises(self, tmp_path: Path, make: object) -> None:
        """Each hostile DOCX gives an outcome with its error, never an exception."""
        assert callable(make)
        path = tmp_path / "bad.docx"
        path.write_bytes(make(hostile_docx.valid_docx()))
        outcome = convert_source(path)
        assert not outcome.ok
        assert str(path) in (outcome.error or "")

    def test_bad_sources_never_stop_the_others(
        self, tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With two workers, an encrypted DOCX and one without a body go to the errors file."""
        good = _sources(tmp_path / "in", fixtures, 4)
        valid = hostile_docx.valid_docx()
        (tmp_path / "in" / "encrypted.docx").write_bytes(hostile_docx.encrypted(valid))
        (tmp_path / "in" / "nobody.docx").write_bytes(hostile_docx.no_body(valid))
        dest = tmp_path / "out.jsonl"
        assert 1 == main(["import", str(tmp_path / "in"), "-o", str(dest), "-j", "2"])
        assert len(dest.read_bytes().splitlines()) == len(good)
        errors = (tmp_path / "out.jsonl.errors.tsv").read_text(encoding="utf-8").splitlines()
        assert sorted(line.split("\t")[0] for line in errors) == [
            str(tmp_path / "in" / "encrypted.docx"),
            str(tmp_path / "in" / "nobody.docx"),
        ]
        assert "failed 2" in capsys.readouterr().err

    def test_the_output_among_the_sources_is_refused(self, tmp_path: Path, fixtures: Path) -> None:
        """An output that is one of the sources is refused before anything is written."""
        source = tmp_path / "post.jsonl"
        source.write_bytes((fixtures / "vote_percent.txt").read_bytes())
        assert 2 == main(["import", str(source), "-o", str(source)])
        assert source.read_bytes() == (fixtures / "vote_percent.txt").read_bytes()

    def test_output_in_a_missing_folder(
        self, tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An output that cannot be written is named, with "cannot write"."""
        dest = tmp_path / "no" / "out.jsonl"
        assert 1 == main(["import", str(fixtures), "-o", str(dest), "-j", "1"])
        assert f"hdnd: {dest}.lock: cannot write: No such file" in capsys.readouterr().err
