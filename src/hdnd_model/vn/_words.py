"""Numbers written in words (số đếm bằng chữ) and ordinals (số thứ tự: ``thứ nhất``, ``thứ tư``)."""

from __future__ import annotations

from hdnd_model.errors import FormatError
from hdnd_model.vn._roman import from_roman
from hdnd_model.vn._text import fold_key

__all__ = ["number_words", "ordinal_words", "parse_number_words", "parse_ordinal"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ((10**6, "triệu"), (10**3, "nghìn"))
_BILLION = 10**9
_LIMIT = 10**18


def _keys(words: dict[str, int]) -> dict[str, int]:
    return {fold_key(word): value for word, value in words.items()}


_DIGIT = _keys({word: value for value, word in enumerate(_DIGITS)} | {"bẩy": 7})
# The written rule for 5: "lăm" after "mười" and "mươi" (mười lăm, hai mươi lăm), "năm"
# everywhere else (năm, năm mươi, một trăm linh năm); "mười năm" and "linh lăm" are refused.
# Units after "mười" (11-19), after "... mươi" (21-99) and after "linh" (101-109), with their
# variant spellings (tư for 4, mốt for a final 1 after mươi, nhăm for lăm).
_AFTER_MUOI = {k: v for k, v in _DIGIT.items() if v not in (0, 5)} | _keys({"tư": 4, "lăm": 5})
_AFTER_MUOI_TENS = _AFTER_MUOI | _keys({"mốt": 1, "nhăm": 5})
_AFTER_LINH = {k: v for k, v in _DIGIT.items() if v != 0} | _keys({"tư": 4})
_SCALE = _keys({"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3})
_TRAM, _MUOI_10, _MUOI = fold_key("trăm"), fold_key("mười"), fold_key("mươi")
_LINH = frozenset(_keys({"linh": 0, "lẻ": 0}))
_ORDINAL = _keys({"nhất": 1, "nhứt": 1, "nhì": 2, "tư": 4})
_THU, _LAN = fold_key("thứ"), fold_key("lần")


def _small_words(n: int, *, full: bool) -> list[str]:
    """Words for 0..999; ``full`` writes a zero hundreds digit (``không trăm linh năm``)."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if rest == 0:
        return words or [_DIGITS[0]]
    if rest < 10:
        return [*words, "linh", _DIGITS[rest]] if words else [_DIGITS[rest]]
    tens, unit = divmod(rest, 10)
    words += ["mười"] if tens == 1 else [_DIGITS[tens], "mươi"]
    if unit == 5:
        words.append("lăm")
    elif unit == 1 and tens > 1:
        words.append("mốt")
    elif unit:
        words.append(_DIGITS[unit])
    return words


def number_words(n: int) -> str:
    """Write a cardinal number in Vietnamese words (số đếm bằng chữ).

    The spelling is the one used for amounts in official documents: ``mốt`` for a final 1 after
    ``mươi``, ``lăm`` for a final 5 after ``mười``/``mươi``, ``linh`` for a zero tens digit,
    ``không trăm`` inside larger numbers, and ``nghìn``, ``triệu``, ``tỷ``.

    Numbers of a thousand billion (nghìn tỷ) and more are written as a number of billions
    followed by ``tỷ``: 3 790 000 000 000 is ``ba nghìn bảy trăm chín mươi tỷ``.

    Args:
        n: the number, from 0 to 10^18 - 1.

    Returns:
        ``"hai mươi mốt"`` (21), ``"một trăm linh năm"`` (105),
        ``"một nghìn không trăm linh năm"`` (1005).

    Raises:
        FormatError: ``n`` is negative or too large.
    """
    if not 0 <= n < _LIMIT:
        raise FormatError(f"cannot write {n!r} in words: must be from 0 to {_LIMIT - 1}")
    if n < 1000:
        return " ".join(_small_words(n, full=False))
    billions, n = divmod(n, _BILLION)
    words = [*number_words(billions).split(), "tỷ"] if billions else []
    for scale, name in (*_SCALES, (1, "")):
        group = n // scale % 1000
        if group:
            words += _small_words(group, full=bool(words))
            words += [name] if name else []
    return " ".join(words)


def _unit(table: dict[str, int], tokens: list[str]) -> int:
    """Read zero or one unit word from ``tokens`` using ``table``; -1 when it is not one."""
    if not tokens:
        return 0
    if len(tokens) == 1 and tokens[0] in table:
        return table[tokens[0]]
    return -1


def _parse_small(tokens: list[str]) -> int:
    """Read the words for 0..999; -1 when they are not such a number."""
    value = 0
    if len(tokens) >= 2 and tokens[1] == _TRAM and tokens[0] in _DIGIT:
        value, tokens = 100 * _DIGIT[tokens[0]], tokens[2:]
        if not tokens:
            return value
        if tokens[0] in _LINH:
            unit = _unit(_AFTER_LINH, tokens[1:])
            return value + unit if unit > 0 else -1
    elif len(tokens) == 1 and tokens[0] in _DIGIT:
        return _DIGIT[tokens[0]]
    if tokens and tokens[0] == _MUOI_10:
        unit = _unit(_AFTER_MUOI, tokens[1:])
        return value + 10 + unit if unit >= 0 else -1
    if len(tokens) >= 2 and tokens[1] == _MUOI and _DIGIT.get(tokens[0], 0) >= 2:
        unit = _unit(_AFTER_MUOI_TENS, tokens[2:])
        return value + 10 * _DIGIT[tokens[0]] + unit if unit >= 0 else -1
    return -1


def _parse_tokens(tokens: list[str]) -> int:
    """Read folded number words; -1 when they are not a number.

    Everything before the last ``tỷ`` is a number of billions below a billion (``ba nghìn bảy
    trăm chín mươi tỷ``); what follows it is below a billion.
    """
    billions = [i for i, token in enumerate(tokens) if _SCALE.get(token) == _BILLION]
    if not billions:
        return _parse_below_billion(tokens)
    last = billions[-1]
    high = _parse_tokens(tokens[:last]) if tokens[:last] else -1
    low = _parse_below_billion(tokens[last + 1 :]) if tokens[last + 1 :] else 0
    if not 1 <= high < _BILLION or low < 0:
        return -1
    return high * _BILLION + low


def _parse_below_billion(tokens: list[str]) -> int:
    """Read folded number words below a billion, scales descending; -1 when they are not."""
    total, group, last_scale = 0, [], _BILLION
    for token in [*tokens, ""]:
        if token and token not in _SCALE:
            group.append(token)
            continue
        if not group and (token or last_scale == _BILLION):
            return -1
        value = _parse_small(group) if group else 0
        scale = _SCALE.get(token, 1)
        if value < 0 or scale >= last_scale:
            return -1
        total, group, last_scale = total + value * scale, [], scale
    return total


def parse_number_words(text: str) -> int:
    """Read a cardinal number written in Vietnamese words.

    Accepts what :func:`number_words` writes and the usual variants: ``lẻ`` for ``linh``,
    ``tư`` for a final 4, ``nhăm`` for ``lăm``, ``ngàn`` for ``nghìn``, ``tỉ`` for ``tỷ``,
    ``bẩy`` for ``bảy``; any case, either tone-mark placement, composed or decomposed. A final 5
    follows the written rule: ``lăm`` after ``mười``/``mươi`` (``hai mươi năm`` is "twenty
    years", not 25, and is refused), ``năm`` after ``linh``. Below a billion the scales descend;
    before ``tỷ`` stands a number of billions (``ba nghìn bảy trăm chín mươi tỷ``).

    Args:
        text: the number in words; commas between groups are ignored.

    Returns:
        The number.

    Raises:
        FormatError: the text is not a number in words.
    """
    value = _parse_tokens(fold_key(text.replace(",", " ")).split())
    if value < 0:
        raise FormatError(f"cannot read {text!r} as a number in words")
    return value


def ordinal_words(n: int) -> str:
    """Write an ordinal in words (số thứ tự), as in ``kỳ họp thứ nhất``.

    1 and 4 are irregular (``thứ nhất``, ``thứ tư``); every other ordinal is ``thứ`` and the
    cardinal, so 24 is ``thứ hai mươi bốn`` and 21 is ``thứ hai mươi mốt``.

    Args:
        n: the ordinal, 1 or more.

    Returns:
        ``"thứ nhất"``, ``"thứ hai"``, ``"thứ tư"``, ``"thứ mười lăm"``.

    Raises:
        FormatError: ``n`` is less than 1 or too large for :func:`number_words`.
    """
    if n < 1:
        raise FormatError(f"cannot write {n!r} as an ordinal: must be 1 or more")
    irregular = {1: "nhất", 4: "tư"}
    return f"thứ {irregular.get(n) or number_words(n)}"


def parse_ordinal(text: str) -> int:
    """Read an ordinal written in words, digits or Roman numerals.

    Accepted: ``thứ nhất`` (also ``thứ nhứt``), ``thứ nhì``, ``thứ tư``, ``thứ mười``,
    ``THỨ HAI MƯƠI BỐN``, ``thứ hai mươi tư``, ``thứ 15``, ``lần thứ 7``, and upper-case Roman
    numerals (``lần thứ XXVI``); any case for words, either tone-mark placement, composed or
    decomposed.

    Args:
        text: the ordinal, starting with ``thứ`` or ``lần thứ``.

    Returns:
        The number, 1 or more.

    Raises:
        FormatError: the text is not an ordinal.
    """
    tokens = fold_key(text).split()
    if tokens[:1] == [_LAN]:
        tokens = tokens[1:]
    value = -1
    if len(tokens) >= 2 and tokens[0] == _THU:
        rest = tokens[1:]
        if len(rest) == 1 and rest[0].isascii() and rest[0].isdigit():
            value = int(rest[0])
        elif len(rest) == 1 and rest[0] in _ORDINAL:
            value = _ORDINAL[rest[0]]
        else:
            value = _parse_tokens(rest)
        numeral = text.rsplit(maxsplit=1)[-1]
        if value < 0 and len(rest) == 1 and numeral.isascii() and numeral.isupper():
            try:
                value = from_roman(numeral)
            except FormatError:
                value = -1
    if value < 1:
        raise FormatError(f"cannot read {text!r} as an ordinal")
    return value
