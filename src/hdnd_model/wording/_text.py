"""Case and punctuation: a phrase at the start of a sentence, a title inside one, list items."""

from __future__ import annotations

__all__ = ["bullet_text", "mid_sentence", "recipient_text", "sentence_case", "without_about"]


def sentence_case(text: str) -> str:
    """``text`` with its first letter upper case, as a sentence or a label's value starts."""
    return text[:1].upper() + text[1:]


def _title_case_word(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def mid_sentence(text: str) -> str:
    """A title as it reads inside a sentence: ``Về kế hoạch`` -> ``về kế hoạch``.

    Only a capital that marks the start of a sentence is lowered: the first word is written
    with one capital and the word after it, if any, starts lower case. A proper name
    (``Hà Nội ...``), a name of a document (``Luật Tổ chức ...``) or an all-capital word keeps
    its case.
    """
    words = text.split(" ", 2)
    if not _title_case_word(words[0]):
        return text
    if len(words) > 1 and not words[1][:1].islower():
        return text
    return text[:1].lower() + text[1:]


def without_about(text: str) -> str:
    """A subject without its leading ``Về``: what follows ``về`` in ``Tờ trình ... về ...``."""
    head, _, rest = text.partition(" ")
    return rest if head.casefold() == "về" and rest else text


def bullet_text(text: str) -> str:
    """A text as a list item keeps it: one closing ``.`` or ``;`` is not told apart."""
    return text[:-1] if text.endswith((".", ";")) else text


def recipient_text(line: str) -> str:
    """A ``Nơi nhận`` line without its dash and closing punctuation."""
    return line.strip().lstrip("-").strip().rstrip(";.")
