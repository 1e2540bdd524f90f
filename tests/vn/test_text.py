"""Tests for Unicode normalisation and the tone-placement-insensitive comparison key."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd_model.vn import fold_key, nfc, same_text

TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
# Vowel clusters where the two spellings differ in which vowel carries the tone; each vowel is
# given decomposed, with its vowel-quality mark.
CLUSTERS = (
    ("o", "a"),
    ("o", "e"),
    ("u", "y"),
    ("u", "a"),
    ("i", "a"),
    ("u\u031b", "a"),
    ("u\u031b", "o\u031b"),
    ("u", "o\u0302"),
    ("i", "e\u0302"),
    ("u", "o\u031b", "i"),
    ("o", "a", "i"),
)
ONSETS = ("", "h", "kh", "th", "ng", "qu", "đ", "Đ", "tr", "H", "NGH")
CODAS = ("", "n", "ng", "c", "t", "nh", "m")


def syllable(onset: str, cluster: tuple[str, ...], tone: str, at: int, coda: str) -> str:
    """Build a decomposed syllable with its tone mark on vowel number ``at``."""
    vowels = [v + tone if i == at else v for i, v in enumerate(cluster)]
    return onset + "".join(vowels) + coda


class TestNfc:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Ho\u0300a", "Hòa"),
            ("Hòa", "Hòa"),
            ("C\u00d4\u0323NG", "CỘNG"),
            ("", ""),
        ],
    )
    def test_composes(self, text: str, expected: str) -> None:
        """nfc returns the composed form."""
        assert expected == nfc(text)


class TestFoldKey:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Hoà", "Hòa"),
            ("khoá", "khóa"),
            ("Thuỷ", "Thủy"),
            ("UỶ BAN", "Ủy ban"),
            ("CỘNG HOÀ", "Cộng hòa"),
            ("  Uỷ   ban\tnhân\ndân ", "Ủy ban nhân dân"),
            ("Mỹ Hoà Hưng", "MỸ HÒA HƯNG"),
            (unicodedata.normalize("NFD", "Hoà"), "Hòa"),
        ],
    )
    def test_equal_keys(self, a: str, b: str) -> None:
        """Spellings that differ only in tone placement, case or spacing share a key."""
        assert fold_key(a) == fold_key(b)

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Hòa", "Hoa"),
            ("Hòa", "Hóa"),
            ("Hòa", "Hõa"),
            ("khóa", "khoa"),
            ("Đà", "Da"),
            ("hơn", "hon"),
            ("ăn", "ân"),
            ("Hòa-Binh", "Hoa-Bình"),
            ("Hòa Bình", "HòaBình"),
        ],
    )
    def test_different_keys(self, a: str, b: str) -> None:
        """Tones, vowel-quality marks, đ and word boundaries stay significant."""
        assert fold_key(a) != fold_key(b)

    @given(st.text())
    def test_invariant_under_normal_form(self, text: str) -> None:
        """The key of a text is the same composed and decomposed."""
        assert fold_key(unicodedata.normalize("NFC", text)) == fold_key(
            unicodedata.normalize("NFD", text)
        )

    @given(
        st.sampled_from(ONSETS),
        st.sampled_from(CLUSTERS),
        st.sampled_from(TONES),
        st.data(),
        st.sampled_from(CODAS),
    )
    def test_invariant_under_tone_placement(
        self,
        onset: str,
        cluster: tuple[str, ...],
        tone: str,
        data: st.DataObject,
        coda: str,
    ) -> None:
        """Moving a tone mark between the vowels of a syllable keeps its key."""
        first = data.draw(st.integers(0, len(cluster) - 1))
        second = data.draw(st.integers(0, len(cluster) - 1))
        a = nfc(syllable(onset, cluster, tone, first, coda))
        b = syllable(onset, cluster, tone, second, coda)
        assert fold_key(a) == fold_key(b)

    @given(
        st.sampled_from(CLUSTERS),
        st.sampled_from(TONES),
        st.sampled_from(TONES),
    )
    def test_tone_significant(self, cluster: tuple[str, ...], one: str, other: str) -> None:
        """Two syllables with different tones never share a key."""
        a = syllable("h", cluster, one, 0, "")
        b = syllable("h", cluster, other, len(cluster) - 1, "")
        assert (one == other) == (fold_key(a) == fold_key(b))


class TestSameText:
    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            ("Uỷ ban nhân dân", "Ủy ban nhân dân", True),
            ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam", True),
            ("khoá IX", "Khóa  IX", True),
            ("khóa IX", "khóa X", False),
            ("Hòa", "Hoa", False),
        ],
    )
    def test_same_text(self, a: str, b: str, expected: bool) -> None:
        """same_text compares by fold_key."""
        assert expected == same_text(a, b)
