"""Hostile and odd sources: garbage, huge text, HTML with scripts, empty input."""

from __future__ import annotations

import os
import time
import tracemalloc
from pathlib import Path

import pytest

import hdnd_model as hm
from hdnd_model.errors import ImporterError
from hdnd_model.ingest import load, summary


class TestHostile:
    def test_binary_garbage(self) -> None:
        """Random bytes are refused as binary."""
        with pytest.raises(hm.ImporterError, match="binary"):
            load(os.urandom(4096), name="garbage.bin")

    def test_huge_text_is_fast_and_bounded(self, tmp_path: Path) -> None:
        """50 MB of text is read within seconds and bounded memory, with a warning."""
        line = "Ngày 17/8/2020, HĐND quận Hai Bà Trưng họp; các nội dung khác thuộc thẩm quyền.\n"
        path = tmp_path / "big.txt"
        with path.open("w", encoding="utf-8") as handle:
            block = line * 1000
            while handle.tell() < 50 * 1024 * 1024:
                handle.write(block)
        tracemalloc.start()
        started = time.perf_counter()
        result = load(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert elapsed < 20
        assert peak < 600 * 1024 * 1024
        assert any("only the first" in w for w in result.warnings)
        assert "Hai Bà Trưng" == result.draft.unit_name

    def test_too_large(self) -> None:
        """A source over the limit is refused without reading it into the rules."""
        with pytest.raises(hm.ImporterError, match="larger than"):
            load(b"a" * (hm.ingest.MAX_SOURCE_BYTES + 1), name="huge.txt")

    def test_html_with_scripts(self, tmp_path: Path) -> None:
        """Scripts and menus are dropped; nothing is fetched."""
        page = (
            "<html><head><script>document.write('HĐND tỉnh Phú Yên')</script>"
            "<link rel='stylesheet' href='http://127.0.0.1:9/x.css'></head><body>"
            "<nav>Trang chủ | Tin tức</nav><h1>Khai mạc kỳ họp thứ 9</h1>"
            "<p>Sáng 5/12/2018, HĐND tỉnh Quảng Nam khai mạc kỳ họp thứ 9.</p>"
            "<img src='http://127.0.0.1:9/a.png'></body></html>"
        )
        path = tmp_path / "page.html"
        path.write_text(page, encoding="utf-8")
        result = load(path)
        out = summary(result)
        assert "html" == result.importer
        assert ("Quảng Nam", 9, "2018-12-05") == (
            out["council"]["unit_name"],
            out["session_number"],
            out["date"],
        )
        assert "Phú Yên" not in result.text

    def test_empty(self) -> None:
        """An empty source is refused, not read as an announcement."""
        with pytest.raises(ImporterError) as caught:
            load(b"", name="empty.txt")
        assert "empty.txt: empty: there is no text to import" == str(caught.value)
