"""Where a record comes from (nguồn): a web page or a file, who published it, when it was read."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail

__all__ = ["Source", "with_sources"]

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")

R = TypeVar("R")


def _check_url(instance: Any, attribute: Any, value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or _URL.fullmatch(value) is None):
        raise fail(instance, "url", value, "must be an absolute URL without spaces (https://...)")


def _check_retrieved(instance: Any, attribute: Any, value: dt.datetime | None) -> None:
    if value is not None and (not isinstance(value, dt.datetime) or value.utcoffset() is None):
        raise fail(
            instance,
            "retrieved_at",
            value if not isinstance(value, dt.datetime) else value.isoformat(),
            "must be a date and time with its time zone (e.g. datetime.UTC)",
        )


@attrs.frozen(kw_only=True)
class Source:
    """A source of a record (nguồn): a web page or a file, as the archive found it.

    Attributes:
        url: the address of the page or file, when it was read from the web.
        file: the file name or path, when it was read from a file.
        title: the title of the page or document, as written.
        publisher: who published it (``"Cổng thông tin điện tử quận Hai Bà Trưng"``).
        posted_on: the day it was posted, as the page states it.
        retrieved_at: when the archive read it, with its time zone.
        note: anything else worth keeping (``"bản chụp, thiếu trang 2"``).
    """

    url: str | None = attrs.field(default=None, validator=_check_url)
    file: str | None = attrs.field(default=None, validator=_checks.optional_text)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    publisher: str | None = attrs.field(default=None, validator=_checks.optional_text)
    posted_on: dt.date | None = None
    retrieved_at: dt.datetime | None = attrs.field(default=None, validator=_check_retrieved)
    note: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.url is None and self.file is None and self.title is None:
            raise fail(self, "url", None, "must be given when there is no file and no title")
        if (
            self.posted_on is not None
            and self.retrieved_at is not None
            and self.retrieved_at.date() < self.posted_on
        ):
            raise fail(
                self,
                "retrieved_at",
                self.retrieved_at.isoformat(),
                f"must not be before posted_on ({self.posted_on.isoformat()})",
            )

    @classmethod
    def at(cls, location: str, **facts: Any) -> Source:
        """The source at ``location``: a URL when it has a scheme (``https://``), else a file.

        ``facts`` are the other fields (``title=``, ``publisher=``, ``retrieved_at=`` ...).
        """
        if _URL.fullmatch(location):
            return cls(url=location, **facts)
        return cls(file=location, **facts)


def with_sources(record: R, *sources: Source) -> R:
    """``record`` (minutes, a resolution or a notice) with ``sources`` added after its own.

    Raises:
        InvalidModelError: the record repeats a source.
    """
    current: tuple[Source, ...] = record.sources  # type: ignore[attr-defined]
    return attrs.evolve(record, sources=(*current, *sources))  # type: ignore[misc]
