"""Legacy encodings against glibc iconv, VNI by its rules, mojibake, mixed text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from hdnd_model.ingest import decode_legacy, load, repair_text

SAMPLE = (
    "Hội đồng nhân dân tỉnh Phú Yên khóa VII, kỳ họp thứ 3 thông qua ngày 15/12/2016. "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc. "
    "Nghị quyết về dự toán ngân sách: ưu tiên đầu tư, giữ ổn định; ỳ ỷ ỹ ý ỵ."
)
ICONV = shutil.which("iconv")


def _iconv(text: str, encoding: str) -> bytes:
    assert ICONV is not None
    return subprocess.run(
        [ICONV, "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True, check=True
    ).stdout


@pytest.mark.skipif(ICONV is None, reason="iconv not installed")
class TestAgainstIconv:
    @pytest.mark.parametrize(("ours", "glibc"), [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII")])
    def test_sample(self, ours: str, glibc: str) -> None:
        """Text encoded by iconv decodes back to the same NFC text."""
        assert SAMPLE == decode_legacy(_iconv(SAMPLE, glibc), ours)

    @pytest.mark.parametrize(("ours", "glibc"), [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII")])
    def test_every_byte(self, ours: str, glibc: str) -> None:
        """Each single byte decodes as iconv decodes it (NFC), where iconv reads it."""
        for code in range(256):
            done = subprocess.run(
                [ICONV, "-f", glibc, "-t", "UTF-8"],
                input=bytes([code]),
                capture_output=True,
                check=False,
            )
            if done.returncode:
                continue
            import unicodedata

            assert unicodedata.normalize("NFC", done.stdout.decode()) == decode_legacy(
                bytes([code]), ours
            ), hex(code)

    @pytest.mark.parametrize("glibc", ["TCVN5712-1", "VISCII"])
    def test_detected_from_bytes(self, glibc: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
        """A file in a legacy encoding is detected, converted and flagged."""
        path = tmp_path / "old.txt"
        path.write_bytes(_iconv(SAMPLE, glibc))
        result = load(path)
        assert SAMPLE in result.text
        assert any("not UTF-8" in w for w in result.warnings)


class TestVni:
    def test_words(self) -> None:
        """VNI letters and their marks compose to NFC."""
        assert "Hội đồng nhân dân" == decode_legacy("Hoäi ñoàng nhaân daân".encode("cp1252"), "vni")
        assert "Được thực hiện" == decode_legacy("Ñöôïc thöïc hieän".encode("cp1252"), "vni")

    def test_surface_text_in_utf8(self) -> None:
        """VNI shown as Windows-1252 inside UTF-8 text is converted with a warning."""
        text, how, warnings = repair_text("Kyø hoïp thöù 3 Hoäi ñoàng nhaân daân tænh")
        assert "Kỳ họp thứ 3 Hội đồng nhân dân tỉnh" == text
        assert "vni" == how
        assert warnings


class TestRepairs:
    def test_mojibake(self) -> None:
        """UTF-8 read as Windows-1252 is undone."""
        broken = "Hội đồng nhân dân".encode().decode("cp1252", errors="replace")
        assert "Hội đồng nhân dân" == repair_text(broken)[0]

    def test_tcvn3_surface(self) -> None:
        """TCVN3 shown as Windows-1252 (``Héi ®ång``) is converted."""
        surface = _tcvn_surface("Hội đồng nhân dân huyện")
        assert "Hội đồng nhân dân huyện" == repair_text(surface)[0]

    def test_mixed_text_warns(self) -> None:
        """Unicode lines mixed with legacy lines get a warning, not a silent conversion."""
        surface = _tcvn_surface("Hội đồng nhân dân huyện")
        _, _, warnings = repair_text(f"Kỳ họp thứ nhất\n{surface}")
        assert any("mixed encodings" in w for w in warnings)


def _tcvn_surface(text: str) -> str:
    from hdnd_model.ingest._legacy import _TABLES

    reverse = {ch: code for code, ch in enumerate(_TABLES["tcvn3"]) if code >= 128}
    return bytes(reverse.get(ch, ord(ch)) for ch in text).decode("cp1252", errors="replace")
