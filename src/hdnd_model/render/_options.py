"""Rendering options, within the ranges of Decree 30/2020/NĐ-CP, Phụ lục I (``domain.md`` §6.1)."""

from __future__ import annotations

from typing import Any

import attrs

from hdnd_model.errors import RenderError

__all__ = ["RenderOptions"]

_A4_WIDTH_MM = 210.0


def _within(low: float, high: float) -> Any:
    def check(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
        if not low <= value <= high:
            raise RenderError(f"{attribute.name} must be from {low} to {high}, got {value!r}")

    return check


@attrs.frozen(kw_only=True)
class RenderOptions:
    """How to set the minutes; the defaults are the decree's suggested values.

    Attributes:
        body_size_pt: the body size, 13 or 14 pt (title and signatures follow it).
        top_mm: the top margin, 20-25 mm.
        bottom_mm: the bottom margin, 20-25 mm.
        left_mm: the left margin, 30-35 mm.
        right_mm: the right margin, 15-20 mm.
        first_line_indent_mm: the first-line indent of body paragraphs, 10 or 12.7 mm.
        line_spacing: the line spacing of the body, from 1 (single) to 1.5 lines.
        place_date: print the place and date line under the motto (off, as in Mẫu 1.9).
        table_threshold: list more named delegates than this in a roll-call table.
        resolution_layout: ``"auto"`` (by the resolution's nature and date), ``"2016"`` (Mẫu 1.1
            and the normative layout until 2025-03-31) or ``"2025"`` (Mẫu 17 of Decree 78/2025).
        resolution_on_behalf: put ``TM. HỘI ĐỒNG NHÂN DÂN`` above ``CHỦ TỊCH`` on an individual
            resolution signed without a recorded signer (the decree's templates do; practice
            does not, so off by default).
        considerations_italic: set the xét line in italics like the căn cứ lines (unknown rule;
            on by default).
        notice_issuer_standing: head a conclusion notice ``HĐND <UNIT>`` / ``THƯỜNG TRỰC HĐND``
            instead of ``HỘI ĐỒNG NHÂN DÂN`` / ``<UNIT>`` (both occur; off by default).
    """

    body_size_pt: int = attrs.field(default=14)
    top_mm: float = attrs.field(default=20.0, validator=_within(20, 25))
    bottom_mm: float = attrs.field(default=20.0, validator=_within(20, 25))
    left_mm: float = attrs.field(default=30.0, validator=_within(30, 35))
    right_mm: float = attrs.field(default=15.0, validator=_within(15, 20))
    first_line_indent_mm: float = attrs.field(default=10.0)
    line_spacing: float = attrs.field(default=1.2, validator=_within(1.0, 1.5))
    place_date: bool = False
    table_threshold: int = 10
    resolution_layout: str = attrs.field(default="auto")
    resolution_on_behalf: bool = False
    considerations_italic: bool = True
    notice_issuer_standing: bool = False

    @resolution_layout.validator
    def _check_layout(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in ("auto", "2016", "2025"):
            raise RenderError(f"resolution_layout must be auto, 2016 or 2025, got {value!r}")

    @body_size_pt.validator
    def _check_size(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value not in (13, 14):
            raise RenderError(f"body_size_pt must be 13 or 14, got {value!r}")

    @first_line_indent_mm.validator
    def _check_indent(self, attribute: attrs.Attribute[float], value: float) -> None:
        if value not in (10.0, 12.7):
            raise RenderError(f"first_line_indent_mm must be 10 or 12.7, got {value!r}")

    @property
    def text_width_mm(self) -> float:
        """The width between the margins of an A4 portrait page."""
        return _A4_WIDTH_MM - self.left_mm - self.right_mm
