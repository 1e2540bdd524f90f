"""Batch pieces: sources from paths and globs, a pure picklable converter, Dask."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from hdnd_model.ingest import SourceOutcome, convert_source, iter_sources


class TestBatch:
    def test_iter_sources(self, fixtures: Path, tmp_path: Path) -> None:
        """Folders, files and globs give each file once; a missing name is kept."""
        first = fixtures / "vote_percent.txt"
        found = list(iter_sources([fixtures, first, str(fixtures / "*.txt"), tmp_path / "nope"]))
        assert len(found) == len(set(found))
        assert first in found
        assert tmp_path / "nope" in found

    def test_outcomes(self, fixtures: Path, tmp_path: Path) -> None:
        """Good sources convert; bad ones give an error and never raise."""
        bad = tmp_path / "bad.docx"
        bad.write_bytes(b"PK\x03\x04broken")
        good = convert_source(fixtures / "standing_monthly.txt")
        assert good.ok
        assert good.record is not None
        assert good.summary is not None
        assert good.sha256 is not None
        failed = convert_source(bad)
        assert not failed.ok
        assert "DOCX" in (failed.error or "")
        assert not convert_source(tmp_path / "missing.txt").ok

    def test_picklable_in_processes(self, fixtures: Path) -> None:
        """The converter and its outcome cross process boundaries."""
        assert pickle.loads(pickle.dumps(convert_source)) is convert_source
        paths = sorted(fixtures.glob("*.txt"))
        with ProcessPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(convert_source, paths))
        assert all(isinstance(o, SourceOutcome) and o.ok for o in outcomes)

    def test_dask_bag(self, fixtures: Path) -> None:
        """The same conversion runs on a Dask bag with the local scheduler."""
        bag = pytest.importorskip("dask.bag")
        paths = [str(p) for p in sorted(fixtures.glob("*.txt"))]
        outcomes = (
            bag.from_sequence(paths, npartitions=2)
            .map(convert_source)
            .compute(scheduler="synchronous")
        )
        assert [o.source for o in outcomes] == paths
        assert all(o.ok for o in outcomes)
