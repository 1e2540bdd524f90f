"""The DOCX package: the parts python-docx writes, in its order, the same bytes every time."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

import hdnd_model as hm
from tests.render.conftest import render_bytes


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def _resaved(data: bytes) -> bytes:
    out = io.BytesIO()
    docx.Document(io.BytesIO(data)).save(out)
    return out.getvalue()


class TestPackage:
    @pytest.mark.parametrize("which", ["seed", "large"])
    def test_python_docx_writes_back_the_same_parts(
        self, which: str, request: pytest.FixtureRequest
    ) -> None:
        """Opened and saved by python-docx, the package keeps every part, byte for byte."""
        minutes: hm.Minutes = request.getfixturevalue(which)
        data = render_bytes(minutes)
        assert _parts(_resaved(data)) == _parts(data)

    def test_options_write_back_unchanged(self, seed: hm.Minutes) -> None:
        """With page and style options too, python-docx writes every part back unchanged."""
        data = render_bytes(seed, body_size_pt=13, first_line_indent_mm=12.7, top_mm=25.0)
        assert _parts(_resaved(data)) == _parts(data)

    def test_same_minutes_same_bytes(self, seed: hm.Minutes) -> None:
        """The same minutes give the same file, zip headers included."""
        assert render_bytes(seed) == render_bytes(seed)

    def test_deflated_with_fixed_stamps(self, seed: hm.Minutes) -> None:
        """Every part is deflated and stamped with the template's date."""
        with zipfile.ZipFile(io.BytesIO(render_bytes(seed))) as archive:
            infos = archive.infolist()
        assert {(i.compress_type, i.date_time) for i in infos} == {
            (zipfile.ZIP_DEFLATED, (2020, 1, 1, 0, 0, 0))
        }

    def test_options_do_not_leak(self, seed: hm.Minutes) -> None:
        """A render with other options leaves the next default render unchanged."""
        before = render_bytes(seed)
        other = render_bytes(seed, body_size_pt=13, left_mm=35.0)
        assert other != before
        assert render_bytes(seed) == before

    def test_path_and_file_object(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """A path and a binary file object receive the same bytes."""
        target = tmp_path / "bb.docx"
        hm.render_minutes(seed, target)
        hm.render_minutes(seed, str(tmp_path / "bb2.docx"))
        expected = render_bytes(seed)
        assert target.read_bytes() == expected
        assert (tmp_path / "bb2.docx").read_bytes() == expected

    def test_unwritable_path(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """A DOCX destination that cannot be written is a RenderError."""
        with pytest.raises(hm.RenderError, match="cannot write the docx document"):
            hm.render_minutes(seed, tmp_path / "missing" / "bb.docx")
