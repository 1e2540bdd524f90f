"""Scrambled text: bodies that copy protection has shuffled into letters that are not words.

Some sites scramble the text they serve (letters swapped, junk syllables inserted) so that a
copy reads as nonsense. Such a body must not be read for names and numbers. Vietnamese is
written in syllables of a fixed shape (an onset, a vowel group, a coda); a body where many
lower-case words do not have that shape is reported as scrambled.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["looks_scrambled"]

_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40
MAX_ODD_SHARE = 0.3


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def looks_scrambled(text: str) -> bool:
    """Whether more than ``MAX_ODD_SHARE`` of the lower-case words are not syllables."""
    words = [w for w in _WORD_RE.findall(text) if not w.isupper()]
    if len(words) < MIN_WORDS:
        return False
    odd = sum(1 for w in words if not _SYLLABLE_RE.fullmatch(_bare(w)))
    return odd > MAX_ODD_SHARE * len(words)
