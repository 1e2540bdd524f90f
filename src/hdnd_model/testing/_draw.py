"""Drawing helpers: plain functions of ``draw``, no strategy built per call."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")

EARLIEST = dt.date(2016, 1, 1)
"""The first day drawn for dated records."""
LATEST = dt.date(2030, 12, 31)
"""The last day drawn for dated records."""

_DAY = dt.timedelta(days=1)
_MIN_DELEGATES, _MAX_DELEGATES = 15, 85
_BOOL = st.booleans()


@functools.lru_cache(maxsize=1024)
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def _int(draw: st.DrawFn, lo: int, hi: int) -> int:
    return draw(_ints(lo, hi))


def _yes(draw: st.DrawFn) -> bool:
    return draw(_BOOL)


def _maybe_int(draw: st.DrawFn, lo: int, hi: int) -> int | None:
    return _int(draw, lo, hi) if _yes(draw) else None


def _pick(draw: st.DrawFn, choices: Sequence[T]) -> T:
    return choices[_int(draw, 0, len(choices) - 1)]


def _maybe_pick(draw: st.DrawFn, choices: Sequence[T]) -> T | None:
    return _pick(draw, choices) if choices and _yes(draw) else None


def _digits(draw: st.DrawFn, *sizes: int) -> list[int]:
    """One choice below each of ``sizes``, from a single draw (all shrink towards 0)."""
    number = _int(draw, 0, math.prod(sizes) - 1)
    digits = []
    for size in reversed(sizes):
        number, digit = divmod(number, size)
        digits.append(digit)
    return digits[::-1]


def _or_none(choices: Sequence[T], digit: int) -> T | None:
    """Digit 0 is None, digit ``i`` the ``i``-th choice (a digit below ``len(choices) + 1``)."""
    return None if digit == 0 else choices[digit - 1]


def _day(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + _int(draw, 0, (hi - lo).days) * _DAY


def _maybe_day(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> dt.date | None:
    return _day(draw, lo, hi) if _yes(draw) else None


def _ident(draw: st.DrawFn, prefix: str) -> str:
    return f"{prefix}-{_int(draw, 1, 999)}"


def _maybe_ident(draw: st.DrawFn, prefix: str) -> str | None:
    return _ident(draw, prefix) if _yes(draw) else None


def _total(draw: st.DrawFn, total_delegates: int | None) -> int:
    return total_delegates or _int(draw, _MIN_DELEGATES, _MAX_DELEGATES)


def _some(draw: st.DrawFn, build: Callable[[], T], most: int) -> tuple[T, ...]:
    """Up to ``most`` results of ``build``."""
    return tuple(build() for _ in range(_int(draw, 0, most))) if most else ()


def _strategy(build: Callable[..., T], /, **kwargs: Any) -> st.SearchStrategy[T]:
    """A strategy drawing ``build(draw, **kwargs)``."""

    def draw_one(draw: st.DrawFn) -> T:
        return build(draw, **kwargs)

    draw_one.__name__ = build.__name__.lstrip("_")
    draw_one.__qualname__ = draw_one.__name__
    return st.composite(draw_one)()


def identifiers(prefix: str = "id") -> st.SearchStrategy[str]:
    """Ids without spaces: ``"{prefix}-17"``."""
    return st.integers(1, 9999).map(lambda n: f"{prefix}-{n}")


_PARTIAL: contextvars.ContextVar[bool] = contextvars.ContextVar("hdnd_partial", default=False)


def _partial() -> bool:
    """Whether the record being drawn may hold partial facts (see :func:`partial_facts`)."""
    return _PARTIAL.get()


@contextlib.contextmanager
def partial_facts(on: bool) -> Iterator[None]:
    """Draw, inside the block, the facts sources state without counts or dates: votes with a
    stated outcome only, sessions known from their sittings, attendance as a share."""
    token = _PARTIAL.set(on)
    try:
        yield
    finally:
        _PARTIAL.reset(token)
