"""Property: any valid minutes render in every format, with every text fragment present."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import hdnd_model as hm
from hdnd_model.testing import strategies as hst
from tests.render.test_formats import missing_fragments


class TestAnyMinutes:
    @pytest.mark.parametrize("fmt", ["docx", "txt", "md", "html"])
    @settings(deadline=None)
    @given(minutes=hst.minutes())
    def test_renders_everything(self, fmt: str, minutes: hm.Minutes) -> None:
        """Rendering succeeds and loses no text."""
        assert missing_fragments(minutes, fmt) == []

    @settings(deadline=None, max_examples=5)
    @given(minutes=hst.large_minutes())
    def test_large_minutes(self, minutes: hm.Minutes) -> None:
        """Large sessions render to DOCX without losing text."""
        assert missing_fragments(minutes, "docx") == []
