"""Property tests over the shipped strategies: exports validate; the AKN round trip holds.

Each drawn record is checked against all three standards at once, since drawing whole minutes
costs more than exporting them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings

import hdnd_model as hm
from hdnd_model.interop import export, from_akn
from hdnd_model.testing import strategies as hst

_FIXTURES = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
JsonCheck = Callable[[dict[str, Any]], list[str]]
XmlCheck = Callable[[bytes], list[str]]


def _check_all(
    record: hm.Minutes | hm.Resolution | hm.ConclusionNotice,
    popolo: JsonCheck,
    oparl: JsonCheck,
    akn: XmlCheck,
) -> bytes:
    popolo_doc = export(record, to="popolo").content
    oparl_doc = export(record, to="oparl", base_url="https://example.org/oparl").content
    akn_doc = export(record, to="akn").content
    assert isinstance(popolo_doc, dict)
    assert isinstance(oparl_doc, dict)
    assert isinstance(akn_doc, bytes)
    assert ([], [], []) == (popolo(popolo_doc), oparl(oparl_doc), akn(akn_doc))
    return akn_doc


class TestExportsValidateAndRoundTrip:
    @_FIXTURES
    @given(hst.minutes())
    def test_minutes(
        self,
        popolo_validate: JsonCheck,
        oparl_validate: JsonCheck,
        akn_validate: XmlCheck,
        minutes: hm.Minutes,
    ) -> None:
        """Any minutes export valid Popolo, OParl and AKN, and read back from AKN unchanged."""
        akn = _check_all(minutes, popolo_validate, oparl_validate, akn_validate)
        assert minutes == from_akn(akn)

    @_FIXTURES
    @given(hst.minutes(kind="session"))
    def test_session_minutes(
        self,
        popolo_validate: JsonCheck,
        oparl_validate: JsonCheck,
        akn_validate: XmlCheck,
        minutes: hm.Minutes,
    ) -> None:
        """Minutes of whole sessions, with sittings and resolutions, do the same."""
        akn = _check_all(minutes, popolo_validate, oparl_validate, akn_validate)
        assert minutes == from_akn(akn)

    @_FIXTURES
    @given(hst.resolutions())
    def test_resolutions(
        self,
        popolo_validate: JsonCheck,
        oparl_validate: JsonCheck,
        akn_validate: XmlCheck,
        resolution: hm.Resolution,
    ) -> None:
        """A resolution on its own exports valid Popolo, OParl and Akoma Ntoso."""
        _check_all(resolution, popolo_validate, oparl_validate, akn_validate)

    @_FIXTURES
    @given(hst.conclusion_notices())
    def test_notices(
        self,
        popolo_validate: JsonCheck,
        oparl_validate: JsonCheck,
        akn_validate: XmlCheck,
        notice: hm.ConclusionNotice,
    ) -> None:
        """A conclusion notice exports valid Popolo, OParl and Akoma Ntoso (a ``doc``)."""
        akn = _check_all(notice, popolo_validate, oparl_validate, akn_validate)
        assert b'<doc name="thongBaoKetLuan"' in akn
