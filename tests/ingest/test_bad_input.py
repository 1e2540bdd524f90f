"""Sources with nothing to import are refused alike by ``load``, the batch and the CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hdnd_model.cli import main
from hdnd_model.errors import ImporterError
from hdnd_model.ingest import convert_source, load

NO_COUNCIL = "Hôm nay trời đẹp, cả nhà đi chơi công viên và ăn kem.\n".encode()
REFUSED = {
    "empty.txt": (b"", "empty: there is no text to import"),
    "blank.txt": (b" \n\t\r\n  \n", "empty: there is no text to import"),
    "bom.txt": (b"\xef\xbb\xbf\n", "empty: there is no text to import"),
    "weather.txt": (
        NO_COUNCIL,
        "nothing about a People's Council was found (no HĐND, session or resolution)",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_load_refuses(name: str) -> None:
    """``load`` raises ImporterError naming the source and the problem."""
    data, problem = REFUSED[name]
    with pytest.raises(ImporterError) as caught:
        load(data, name=name)
    assert f"{name}: {problem}" == str(caught.value)


def test_binary_is_refused() -> None:
    """Bytes that are not text are refused."""
    with pytest.raises(ImporterError, match="binary data, not text"):
        load(b"\x00\x01\x02" * 100 + os.urandom(64), name="noise.txt")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_batch_refuses_the_same(tmp_path: Path, name: str) -> None:
    """The batch path gives the same error for the same source (one rule for both)."""
    data, problem = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(data)
    outcome = convert_source(path)
    assert outcome.record is None
    assert outcome.error == f"{path}: {problem}"


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_summary_exits_non_zero(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``hdnd import --summary`` prints the problem and exits 1."""
    data, problem = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert 1 == main(["import", "--summary", str(path)])
    assert problem in capsys.readouterr().err


def test_a_council_post_is_read() -> None:
    """A post that speaks of a council is not refused (the rule is not too wide)."""
    result = load("Chiều 3/7/2024, HĐND huyện Ba Tơ khai mạc kỳ họp thứ 9.\n".encode(), name="p")
    assert "session_report" == result.draft.kind
