"""Streams: JSON Lines files and XML archives, read and written record by record."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import hdnd_model as hm
from tests.serialize.conftest import voted_session

FORMATS = ["jsonl", "xml"]


def _people(n: int) -> Iterator[hm.Person]:
    return (hm.Person(full_name=f"Nguyễn Văn {i}", id=f"p{i}") for i in range(n))


@pytest.mark.parametrize("ext", FORMATS)
class TestRoundTrip:
    def test_mixed_records(self, ext: str, tmp_path: Path, seed: hm.Minutes) -> None:
        """Records of any type are written and read back in order."""
        records = [seed, voted_session(), seed.council, hm.Person(full_name="An")]
        path = tmp_path / f"archive.{ext}"
        assert 4 == hm.write_records(path, records)
        assert records == list(hm.iter_records(path))

    def test_cls(self, ext: str, tmp_path: Path) -> None:
        """With cls, every record must be of that class."""
        path = tmp_path / f"people.{ext}"
        hm.write_records(path, [hm.Person(full_name="An"), voted_session()])
        with pytest.raises(hm.FormatError) as info:
            list(hm.iter_records(path, hm.Person))
        assert 1 == len(info.value.problems)
        assert "(record 2)" in info.value.problems[0]

    def test_memory_is_flat(self, ext: str, tmp_path: Path) -> None:
        """Peak memory reading 10x more records stays within a small margin."""
        peaks = []
        for n in (500, 5000):
            path = tmp_path / f"{n}.{ext}"
            hm.write_records(path, _people(n))
            tracemalloc.start()
            count = sum(1 for _ in hm.iter_records(path))
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            assert n == count
        assert peaks[1] < peaks[0] * 1.5 + 64 * 1024


def _bad_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "bad.jsonl"
    good = hm.to_json(hm.Person(full_name="An"))
    lines = [good, '{"type": "person", "format_version": 1}', "not json", good, "", good]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class TestErrors:
    def test_collect_reads_on(self, tmp_path: Path) -> None:
        """By default every good record is yielded, then every problem is raised with its line."""
        path = _bad_jsonl(tmp_path)
        seen = []
        with pytest.raises(hm.FormatError) as info:
            seen.extend(hm.iter_records(path))
        assert 3 == len(seen)
        assert info.value.problems[0] == "line 2 (record 2): @ $.full_name: missing required field"
        assert info.value.problems[1].startswith("line 3 (record 3): @ $: invalid JSON")

    def test_skip(self, tmp_path: Path) -> None:
        """on_error='skip' yields the good records only."""
        assert 3 == len(list(hm.iter_records(_bad_jsonl(tmp_path), on_error="skip")))

    def test_raise(self, tmp_path: Path) -> None:
        """on_error='raise' stops at the first bad record."""
        seen = []
        with pytest.raises(hm.FormatError) as info:
            seen.extend(hm.iter_records(_bad_jsonl(tmp_path), on_error="raise"))
        assert 1 == len(seen)
        assert 1 == len(info.value.problems)

    def test_newer_record_version(self, tmp_path: Path) -> None:
        """A record of a newer format raises UnsupportedVersionError when asked to stop."""
        path = tmp_path / "new.jsonl"
        path.write_text('{"type": "person", "format_version": 9, "full_name": "An"}\n')
        with pytest.raises(hm.UnsupportedVersionError):
            list(hm.iter_records(path, on_error="raise"))

    def test_bad_archive_record(self, tmp_path: Path) -> None:
        """A bad record in an XML archive names its line and record number."""
        path = tmp_path / "a.xml"
        hm.write_records(path, [hm.Person(full_name="An"), hm.Person(full_name="Bình")])
        text = path.read_text("utf-8").replace("full_name>Bình</full_name", "name>Bình</name")
        path.write_text(text, "utf-8")
        with pytest.raises(hm.FormatError) as info:
            list(hm.iter_records(path))
        assert info.value.problems[0].startswith("line 4 (record 2): @ $")

    @pytest.mark.parametrize(
        "prefix",
        [b'<!DOCTYPE archive [<!ENTITY x "y">]>', b'<?xml-stylesheet href="x"?>'],
        ids=["doctype", "pi"],
    )
    def test_unsafe_archive(self, tmp_path: Path, prefix: bytes) -> None:
        """An archive with a DOCTYPE or a processing instruction is refused as a whole."""
        path = tmp_path / "a.xml"
        hm.write_records(path, [hm.Person(full_name="An")])
        body = path.read_bytes().split(b"?>", 1)[1]
        path.write_bytes(prefix + body)
        with pytest.raises(hm.FormatError):
            list(hm.iter_records(path))

    def test_malformed_archive(self, tmp_path: Path) -> None:
        """A truncated archive stops the stream with a FormatError naming the line."""
        path = tmp_path / "a.xml"
        hm.write_records(path, [hm.Person(full_name="An")])
        path.write_bytes(path.read_bytes()[:-12])
        with pytest.raises(hm.FormatError, match="malformed XML archive"):
            list(hm.iter_records(path))

    def test_unknown_extension(self, tmp_path: Path) -> None:
        """Only .jsonl and .xml are streams."""
        with pytest.raises(ValueError, match="unknown stream format"):
            hm.write_records(tmp_path / "x.csv", [])
        with pytest.raises(ValueError, match="on_error"):
            list(hm.iter_records(tmp_path / "x.jsonl", on_error="ignore"))  # type: ignore[arg-type]
