"""Strategies for the sources of records (provenance)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from hdnd_model.model import Source
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    EARLIEST,
    LATEST,
    _day,
    _int,
    _maybe_day,
    _maybe_pick,
    _pick,
    _strategy,
    _yes,
)

_ZONES = (dt.UTC, dt.timezone(dt.timedelta(hours=7)))


def _source(draw: st.DrawFn) -> Source:
    where = _int(draw, 0, 2)
    url = _pick(draw, cat.SOURCE_URLS) if where != 1 else None
    file = _pick(draw, cat.SOURCE_FILES) if where != 0 else None
    posted = _maybe_day(draw, EARLIEST, LATEST)
    retrieved = None
    if _yes(draw):
        day = _day(draw, posted or EARLIEST, LATEST)
        retrieved = dt.datetime(
            day.year,
            day.month,
            day.day,
            _int(draw, 0, 23),
            _int(draw, 0, 59),
            tzinfo=_pick(draw, _ZONES),
        )
    return Source(
        url=url,
        file=file,
        title=_maybe_pick(draw, cat.DOCUMENT_TITLES),
        publisher=_maybe_pick(draw, cat.PUBLISHERS),
        posted_on=posted,
        retrieved_at=retrieved,
        note=_maybe_pick(draw, cat.SOURCE_NOTES),
    )


def sources() -> st.SearchStrategy[Source]:
    """A source: a URL, a file or both, with or without title, publisher, dates and note."""
    return _strategy(_source)


def _some_sources(draw: st.DrawFn) -> tuple[Source, ...]:
    """0-2 distinct sources of a record."""
    return tuple(dict.fromkeys(_source(draw) for _ in range(_int(draw, 0, 2))))
