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

_VOWELS = "".join(
    sorted(
        {
            unicodedata.normalize("NFC", base + mark + tone)
            for base in "aeiouy"
            for mark in ("", "\u0302", "\u0306", "\u031b")
            for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
        }
    )
)
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    rf"[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40
MAX_ODD_SHARE = 0.3


_SAMPLE_CHARS = 700


def looks_scrambled(text: str) -> bool:
    """Whether more than ``MAX_ODD_SHARE`` of the lower-case words are not syllables.

    The first ``_SAMPLE_CHARS`` characters are looked at; a scrambled body is scrambled throughout.
    """
    sample = _WORD_RE.findall(text[:_SAMPLE_CHARS])
    words = [w.lower() for w in sample if not w.isupper()]
    if len(words) < MIN_WORDS:
        return False
    shaped = {w for w in set(words) if _SYLLABLE_RE.fullmatch(w)}
    odd = sum(1 for w in words if w not in shaped)
    return odd > MAX_ODD_SHARE * len(words)
