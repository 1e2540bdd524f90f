"""Preparing a news post for the rules: its lines, the page cruft, the headline, the post date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hdnd_model.vn import find_dates

__all__ = ["LOWER", "NAME_WORD", "UPPER", "Doc", "Line"]

_VOWELS = "aăâeêioôơuưy"
_LOWER_SET = sorted(
    {
        unicodedata.normalize("NFC", v + t)
        for v in _VOWELS
        for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    }
    | {"đ"}
)
LOWER = "a-z" + "".join(c for c in _LOWER_SET if not c.isascii())
"""A regex character-class body for lower-case Vietnamese letters."""
UPPER = "A-Z" + "".join(c.upper() for c in _LOWER_SET if not c.isascii())
"""A regex character-class body for upper-case Vietnamese letters."""
NAME_WORD = rf"[{UPPER}][{LOWER}]+"
"""One capitalised syllable (``Nguyễn``)."""

_SENTENCE_RE = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}(])")
_META_RE = re.compile(r"^(source|retrieved-via|url|link|nguồn|title)\s*:", re.IGNORECASE)
_CAPTION_RE = re.compile(
    rf"(?:^|[.!?]\s+)\(?Ảnh\s*:?\s*(?:[{UPPER}][\w.]*\s*){{1,4}}\)?\.?\s*$"
    r"|^\s*\(?Ảnh\s*:|^\s*(?:Toàn cảnh|Quang cảnh|Clip)\b",
)
_COUNTER_RE = re.compile(
    r"lượt xem|lượt đọc|ngày đăng|cập nhật lúc|bình luận|chia sẻ|in bài|gửi bài|"
    r"mục lục bài viết|your browser does not support|trình duyệt (?:của bạn )?không hỗ trợ|"
    r"^[;|>•·\s-]*$",
    re.IGNORECASE,
)
_STOP_RE = re.compile(
    r"^\s*(các tin khác|tin liên quan|bài viết liên quan|tin cùng chuyên mục|xem thêm|"
    r"tin mới|tin đã đưa)\b",
    re.IGNORECASE,
)
_STAMP_ONLY_RE = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+\d{1,2}/\d{1,2}/\d{4}\s*$")
_STAMP_RE = re.compile(
    r"(?:\d{1,2}:\d{2}\s+(?P<a>\d{1,2}/\d{1,2}/\d{4}))|(?:(?P<b>\d{1,2}/\d{1,2}/\d{4}),?\s*"
    r"(?:\||-)?\s*\d{1,2}:\d{2})"
    r"|(?:ngày đăng|đăng ngày|cập nhật)\s*:?\s*(?P<c>\d{1,2}/\d{1,2}/\d{4})"
    r"|^\s*\((?P<d>\d{1,2}/\d{1,2}/\d{4})\)",
    re.IGNORECASE,
)


_CAPTION_OPENINGS = ("Toàn cảnh", "Quang cảnh", "Clip")


def _may_be_caption(text: str) -> bool:
    """Whether a line holds what every caption form needs (``Ảnh`` or an opening word)."""
    return "Ảnh" in text or text.lstrip().startswith(_CAPTION_OPENINGS)


class Line:
    """A line of the post with its offsets in the full text.

    ``lower`` is its text in lower case, computed once for the cheap substring checks the
    rules make before a regex.
    """

    __slots__ = ("_sentences", "cruft", "end", "lower", "start", "text")

    def __init__(self, text: str, start: int, cruft: bool) -> None:
        self.text = text
        self.lower = text.lower()
        self._sentences: list[tuple[str, int]] | None = None
        self.start = start
        self.end = start + len(text)
        self.cruft = cruft

    def sentences(self) -> list[tuple[str, int]]:
        """The sentences of the line with their offsets in the full text (split once)."""
        if self._sentences is None:
            out: list[tuple[str, int]] = []
            pos = 0
            for part in _SENTENCE_RE.split(self.text):
                start = self.text.find(part, pos)
                out.append((part, self.start + start))
                pos = start + len(part)
            self._sentences = out
        return self._sentences


class Doc:
    """A post ready for the rules.

    Attributes:
        text: the full text; every offset refers to it.
        lines: the lines of the body, each flagged when it is page cruft.
        post_date: the date the page was posted, when a date line gives it.
        post_span: the offsets of that date.
        headline_lines: the number of leading content lines that form the headline.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Line] = []
        self.post_date: dt.date | None = None
        self.post_span: tuple[int, int] | None = None
        self._split()
        self._find_post_date()
        self.headline_lines = self._headline_count()
        self._content = [line for line in self.lines if not line.cruft]

    def _split(self) -> None:
        raw: list[tuple[str, int]] = []
        pos = 0
        for part in self.text.split("\n"):
            raw.append((part, pos))
            pos += len(part) + 1
        start = 0
        metas = 0
        while metas < len(raw) and _META_RE.match(raw[metas][0]):
            metas += 1
        if metas and (metas == len(raw) or not raw[metas][0].strip()):
            start = metas
        stopped = False
        content = [(t, p) for t, p in raw[start:]]
        for index, (text, offset) in enumerate(content):
            stopped = stopped or bool(_STOP_RE.match(text))
            cruft = (
                stopped
                or not text.strip()
                or (_may_be_caption(text) and bool(_CAPTION_RE.search(text)))
                or bool(_STAMP_ONLY_RE.match(text))
                or (len(text) < 80 and bool(_COUNTER_RE.search(text)))
            )
            self.lines.append(Line(text, offset, cruft))
            del index
        self._mark_byline()

    def _mark_byline(self) -> None:
        tail = [ln for ln in self.lines if not ln.cruft]
        for line in reversed(tail[-2:]):
            words = line.text.split()
            short = 0 < len(words) <= 4 and not re.search(r"[,;:]|\d", line.text)
            if short and all(w[:1].isupper() for w in words) and len(line.text) < 40:
                line.cruft = True
                continue
            break

    def _find_post_date(self) -> None:
        for line in self.lines[:8]:
            match = _STAMP_RE.search(line.text)
            if match is None:
                continue
            group = next(g for g in ("a", "b", "c", "d") if match.group(g))
            found = find_dates(match.group(group))
            if found:
                self.post_date = found[0][0]
                start = line.start + match.start(group)
                self.post_span = (start, start + len(match.group(group)))
                return

    def _headline_count(self) -> int:
        count = 0
        for line in self.lines:
            if line.cruft:
                continue
            text = line.text.strip()
            if self.post_span and line.start <= self.post_span[0] < line.end:
                if len(text) < 60:
                    continue
                break
            if len(text) > 220 or text.endswith((".", "./.")) or count >= 3:
                break
            count += 1
        return count

    def content(self) -> list[Line]:
        """The lines that are not page cruft (the same list each call: do not change it)."""
        return self._content

    def headline(self) -> str:
        """The headline: the leading short lines, joined."""
        lines = self.content()[: self.headline_lines]
        return " ".join(line.text.strip() for line in lines)

    def lead(self) -> tuple[str, int]:
        """The headline and the first sentence of the body, with the body's first offset."""
        content = self.content()
        body = content[self.headline_lines :]
        first = body[0] if body else None
        if first is None:
            return self.headline(), len(self.text)
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZĐ" + UPPER[3:] + r"])", first.text, maxsplit=1)
        return f"{self.headline()}\n{sentence[0]}", first.start
