"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC, TCVN 5712), VNI and VISCII, to NFC Unicode.

TCVN 5712 and VISCII are single-byte; VNI writes a letter as its base byte followed by a
diacritic byte. Each is read from bytes, or from text that went through Windows-1252 on the way
(``Héi ®ång nh©n d©n`` is TCVN3 shown as Windows-1252; ``Hoäi ñoàng`` is VNI). UTF-8 read as
Windows-1252 (``Há»™i Ä‘á»“ng``) is repaired too. The output is always NFC.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "LEGACY_ENCODINGS",
    "decode_legacy",
    "repair_mojibake",
    "vietnamese_score",
]

_TCVN_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
    "éẹềểễếệìỉỄẾỒĩíịò"
    "Ổỏõóọồổỗốộờởỡớợù"
    "ỖủũúụừửữứựỳỷỹýỵỐ"
)
_TCVN_LOW = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}
_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"
    "Õắằặấầẩậẽẹếềểễệố"
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"
    "àáâãảăữẫèéêẻìíĩỉ"
    "đựòóôõỏọụùúũủýợỮ"
)
_VISCII_LOW = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}


def _byte_table(high: str, low: dict[int, str]) -> list[str]:
    table = [chr(i) for i in range(128)] + list(high)
    for code, char in low.items():
        table[code] = char
    return table


_TABLES = {
    "tcvn3": _byte_table(_TCVN_HIGH, _TCVN_LOW),
    "viscii": _byte_table(_VISCII_HIGH, _VISCII_LOW),
}

# VNI: a base letter, then a byte that adds the marks. Shown here as Windows-1252 characters.
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
    "í": "í",
    "ì": "ì",
}


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for upper in (False, True):

        def case(s: str, up: bool = upper) -> str:
            return s.upper() if up else s

        for base in "aeiouy":
            for marker, tone in _TONES.items():
                pairs[case(base + marker)] = case(base) + tone
        for base in "ôö":
            plain = _VNI_SINGLE[base]
            for marker, tone in _TONES.items():
                pairs[case(base + marker)] = case(plain) + tone
        for base in "aeo":
            for marker, tone in _CIRCUMFLEX.items():
                pairs[case(base + marker)] = case(base) + "\u0302" + tone
        for marker, tone in _BREVE.items():
            pairs[case("a" + marker)] = case("a") + "\u0306" + tone
    return {key: unicodedata.normalize("NFC", value) for key, value in pairs.items()}


_VNI_PAIRS = _vni_pairs()
_VNI_SINGLES = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
_VNI_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(_VNI_PAIRS, key=len, reverse=True))
    + "|["
    + re.escape("".join(_VNI_SINGLES))
    + "]"
)

LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii", "cp1258")
"""The legacy encodings :func:`decode_legacy` reads."""

_VOWELS = "aăâeêioôơuưy"
_VIET_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone)
    for vowel in _VOWELS
    for base in (vowel, vowel.upper())
    for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
) - frozenset("aeiouyAEIOUY") | frozenset("đĐ")
ODD_CHARS = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd©®¬µ¸¹º»¼½¾¿×÷¢£¤¥¦§¨ª«°±²³´¶·"
    "ÄÅÆÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿ]"
)
_ODD_RE = re.compile(ODD_CHARS)


_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"(?:[aăâeêioôơuưy]{1,3})(?:ch|nh|ng|[cmnpt])?$"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _syllable_ok(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.lower()).translate(_TONE_MARKS)
    tones = len(unicodedata.normalize("NFD", word)) - len(bare) if len(bare) else 0
    return tones <= 1 and bool(_SYLLABLE_RE.match(unicodedata.normalize("NFC", bare)))


def vietnamese_score(text: str) -> int:
    """Score how much ``text`` reads as Vietnamese.

    Words with Vietnamese letters count for it when they are well-formed syllables and
    against it when they are not; characters Vietnamese text does not use (Latin-1 symbols,
    control characters, U+FFFD) count five against.

    Args:
        text: decoded text.

    Returns:
        The score; above 0 reads as Vietnamese.
    """
    score = 0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        score += 2 if _syllable_ok(word) else -3
    return score - 5 * len(_ODD_RE.findall(text))


def _decode_table(data: bytes, name: str) -> str:
    table = _TABLES[name]
    return unicodedata.normalize("NFC", "".join(table[b] for b in data))


def _decode_vni(data: bytes) -> str:
    surface = data.decode("cp1252", errors="replace")
    return vni_from_surface(surface)


def vni_from_surface(surface: str) -> str:
    """Convert VNI text shown as Windows-1252 characters to NFC Unicode."""
    converted = _VNI_RE.sub(
        lambda m: _VNI_PAIRS.get(m.group(), _VNI_SINGLES.get(m.group(), "")), surface
    )
    return unicodedata.normalize("NFC", converted)


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode bytes in a legacy Vietnamese encoding to NFC Unicode.

    Args:
        data: the bytes.
        encoding: one of :data:`LEGACY_ENCODINGS`.

    Returns:
        The text, NFC-normalised.

    Raises:
        ValueError: an unknown encoding.
    """
    if encoding in _TABLES:
        return _decode_table(data, encoding)
    if encoding == "vni":
        return _decode_vni(data)
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def best_legacy(data: bytes) -> tuple[str, str, int]:
    """Decode ``data`` with each legacy encoding and keep the one that reads best.

    Returns:
        ``(text, encoding, score)``.
    """
    best = ("", "", -(10**12))
    for name in LEGACY_ENCODINGS:
        text = decode_legacy(data, name)
        score = vietnamese_score(text)
        if score > best[2]:
            best = (text, name, score)
    return best


def _to_cp1252_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


MOJIBAKE_PATTERN = "Ã[\u0080-\u00bf]|á[º»]|Ä[‘\u0091]|Æ[°¡]|Ä[ƒ\u0083]"
_MOJIBAKE_RE = re.compile(MOJIBAKE_PATTERN)


def repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 that was read as Windows-1252 (``Há»™i`` back to ``Hội``).

    Args:
        text: one line or a short text.

    Returns:
        The repaired text, or None when it is not that kind of damage.
    """
    if not _MOJIBAKE_RE.search(text):
        return None
    raw = _to_cp1252_bytes(text)
    if raw is None:
        return None
    repaired = unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))
    if vietnamese_score(repaired) <= vietnamese_score(text):
        return None
    return repaired


def legacy_from_surface(text: str) -> tuple[str, str] | None:
    """Convert a line of legacy text shown as Windows-1252 characters, when that reads better.

    Returns:
        ``(text, encoding)``, or None when the line reads best as it is.
    """
    raw = _to_cp1252_bytes(text)
    if raw is None:
        return None
    converted, name, score = best_legacy(raw)
    if score > vietnamese_score(text) and score > 0:
        return converted, name
    return None
