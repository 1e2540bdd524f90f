"""Benchmark of the JSON and XML formats against floors measured in the same run.

Run it with ``python benchmarks/bench_formats.py`` (``--quick`` for fewer repetitions). It
prints, for a large record (a session with 3 sittings, 60 participants, 25 agenda items and 12
resolutions with tallies, built deterministically below) and a small one (the seed meeting):

- JSON encode against ``orjson.dumps`` of the equivalent plain dicts;
- JSON decode+validate against ``orjson.loads`` of the same text;
- of that decode, the parse that refuses a repeated key (:func:`hdnd_model.serialize.json.loads`)
  against ``orjson.loads`` alone (no target: it shows what the refusal costs);
- XML encode against building the same element tree with lxml element by element and
  serialising it;
- XML decode+validate against parsing alone with the same hardened lxml parser;
- construction of the large record from Python (every type checked) against the same
  construction through the ``__init__`` attrs wrote, which runs the validators only;

and the peak memory of reading 10^4 and 10^5 records from a JSON Lines file and an XML archive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import tempfile
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import orjson
from lxml import etree

import hdnd_model as hm
from hdnd_model.model._typed import ATTRS_INITS
from hdnd_model.serialize import json as hjson
from hdnd_model.serialize.xml import parser

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"json encode": 3.0, "json decode": 3.0, "xml encode": 1.5, "xml decode": 4.0}
CONSTRUCTION_TARGET = 1.15
"""Strict construction may cost at most 15% over the attrs ``__init__`` without type checks."""

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
_GIVEN = ("Hòa", "Thủy", "Dũng", "Lan", "Cường", "Hương", "Tuấn", "Phương", "Thảo", "Quân")
_TITLES = ("Đại biểu HĐND tỉnh", "Giám đốc Sở Tài chính", "Trưởng Ban Pháp chế HĐND tỉnh")
_ROLES = (hm.ParticipantRole.DELEGATE, hm.ParticipantRole.GUEST, hm.ParticipantRole.ATTENDEE)


def _person(i: int) -> hm.Person:
    return hm.Person(full_name=f"{_SURNAMES[i % 10]} Văn {_GIVEN[(i // 10) % 10]}", id=f"p{i}")


def _participants(meeting: int) -> tuple[hm.Participant, ...]:
    chair = hm.Participant(
        id=f"m{meeting}-chair", role=hm.ParticipantRole.CHAIR, person=_person(0), title="Chủ tọa"
    )
    others = tuple(
        hm.Participant(
            id=f"m{meeting}-p{i}",
            role=_ROLES[i % 3],
            person=_person(meeting * 20 + i),
            title=_TITLES[i % 3],
            status=hm.AttendanceStatus.PRESENT,
        )
        for i in range(1, 20)
    )
    return (chair, *others)


def _agenda(meeting: int, count: int, first_resolution: int) -> tuple[hm.AgendaItem, ...]:
    items = []
    for n in range(1, count + 1):
        res = first_resolution + n - 1
        votes = ()
        if n <= 4:
            votes = (
                hm.VoteTally(
                    id=f"vote-{res}",
                    subject=f"Thông qua dự thảo Nghị quyết số {res}",
                    resolution_id=f"nq-{res}",
                    in_favour=48,
                    against=1,
                    not_voting=1,
                    present=50,
                    total_delegates=52,
                    method=hm.VoteMethod.ELECTRONIC,
                ),
            )
        items.append(
            hm.AgendaItem(
                number=n,
                title=f"Xem xét, quyết định nội dung số {n} về phát triển kinh tế - xã hội",
                kind=hm.AgendaItemKind.ADOPTION,
                presenter_ids=(f"m{meeting}-p{n}",),
                statements=tuple(
                    hm.Statement(
                        text="Đại biểu thống nhất với tờ trình, đề nghị làm rõ nguồn vốn "
                        f"và tiến độ thực hiện ý kiến thứ {k}.",
                        speaker_id=f"m{meeting}-p{n + k}",
                    )
                    for k in range(1, 3)
                ),
                votes=votes,
                conclusion="Chủ tọa kết luận, giao cơ quan soạn thảo tiếp thu, hoàn chỉnh.",
            )
        )
    return tuple(items)


def large_session() -> hm.Session:
    """A session with 3 sittings, 60 participants, 25 agenda items and 12 resolutions."""
    start = dt.date(2023, 12, 6)
    meetings, resolutions, first = [], [], 1
    for m, count in enumerate((8, 8, 9)):
        agenda = _agenda(m, count, first)
        meetings.append(
            hm.Meeting(
                id=f"phien-{m + 1}",
                kind=hm.MeetingKind.PLENARY,
                date=start + dt.timedelta(days=m),
                start_time=dt.time(8, 0),
                end_time=dt.time(17, 0),
                location="Hội trường HĐND tỉnh",
                participants=_participants(m),
                attendance=hm.Attendance(total_delegates=52, present=50, absent_with_reason=2),
                agenda=agenda,
                conclusions=("Kỳ họp hoàn thành nội dung của phiên họp.",),
            )
        )
        resolutions += [
            hm.Resolution(
                id=f"nq-{first + i}",
                title=f"Về nội dung số {first + i} của kỳ họp",
                adopted_on=start + dt.timedelta(days=m),
                vote=item.votes[0],
            )
            for i, item in enumerate(agenda[:4])
        ]
        first += count
    return hm.Session(
        id="ky-hop-15",
        council_id="hdnd-tinh",
        term_id="hdnd-tinh-2021-2026",
        number=15,
        kind=hm.SessionKind.REGULAR,
        timing=hm.SessionTiming.YEAR_END,
        start_date=start,
        end_date=start + dt.timedelta(days=2),
        location="Hội trường HĐND tỉnh",
        meetings=tuple(meetings),
        resolutions=tuple(resolutions),
    )


def seed_meeting() -> hm.Meeting:
    """The seed example's meeting."""
    path = ROOT / "examples" / "hai_ba_trung_2020_08.py"
    spec = importlib.util.spec_from_file_location("seed_example", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    meeting: hm.Meeting = module.build().meetings[0]
    return meeting


def _best(fn: Callable[[], object], number: int, repeat: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def _replay_ops(document: bytes) -> tuple[str, list[tuple[int, str, str | None]]]:
    root = etree.fromstring(document)
    index = {root: 0}
    ops = []
    for element in root.iter():
        if element is root:
            continue
        index[element] = len(index)
        ops.append((index[element.getparent()], element.tag, element.text))
    return root.tag, ops


def _xml_floor(tag: str, ops: list[tuple[int, str, str | None]]) -> bytes:
    sub = etree.SubElement
    root = etree.Element(tag, nsmap={None: hm.serialize.NAMESPACE})  # type: ignore[dict-item]
    root.set("format_version", str(hm.FORMAT_VERSION))
    elements = [root]
    for parent, child_tag, text in ops:
        element = sub(elements[parent], child_tag)
        if text is not None:
            element.text = text
        elements.append(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def measure(obj: object, number: int, repeat: int) -> dict[str, tuple[float, float]]:
    """Each operation's time and its floor's, in seconds."""
    text = hm.to_json(obj)
    plain = orjson.loads(text)
    document = hm.to_xml(obj)
    tag, ops = _replay_ops(document)
    assert _xml_floor(tag, ops) == document
    hardened = parser()
    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "json encode": (lambda: hm.to_json(obj), lambda: orjson.dumps(plain)),
        "json decode": (lambda: hm.from_json(text), lambda: orjson.loads(text)),
        "json keys": (lambda: hjson.loads(text), lambda: orjson.loads(text)),
        "xml encode": (lambda: hm.to_xml(obj), lambda: _xml_floor(tag, ops)),
        "xml decode": (lambda: hm.from_xml(document), lambda: etree.fromstring(document, hardened)),
    }
    return {
        name: (_best(ours, number, repeat), _best(floor, number, repeat))
        for name, (ours, floor) in pairs.items()
    }


def construction(number: int, repeat: int) -> tuple[float, float]:
    """Building the large session from Python: with the strict ``__init__``, and with the
    ``__init__`` attrs wrote (the same validators, no type checks), interleaved in one run."""
    strict = {cls: cls.__init__ for cls in ATTRS_INITS}
    best = {"strict": float("inf"), "attrs": float("inf")}
    try:
        for _ in range(repeat):
            for label, table in (("strict", strict), ("attrs", ATTRS_INITS)):
                for cls, init in table.items():
                    cls.__init__ = init  # type: ignore[misc]
                best[label] = min(best[label], _best(large_session, number, 1))
    finally:
        for cls, init in strict.items():
            cls.__init__ = init  # type: ignore[misc]
    return best["strict"], best["attrs"]


def stream_peaks(sizes: tuple[int, ...]) -> dict[str, list[int]]:
    """Peak traced memory reading ``sizes`` records from each stream format."""
    council = hm.Council(
        id="hdnd-x",
        unit=hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Thái Bình", code="34"),
    )
    peaks: dict[str, list[int]] = {"jsonl": [], "xml": []}
    with tempfile.TemporaryDirectory() as tmp:
        for ext, found in peaks.items():
            for n in sizes:
                path = Path(tmp) / f"{n}.{ext}"
                hm.write_records(path, (council for _ in range(n)))
                tracemalloc.start()
                count = sum(1 for _ in hm.iter_records(path))
                found.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                assert count == n
    return peaks


def _target(name: str) -> str:
    target = TARGETS.get(name)
    return "-" if target is None else f"{target:.1f}x"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    args = argparse.ArgumentParser(description=__doc__).parse_known_args(argv)[1]
    quick = "--quick" in args
    number, repeat = (20, 3) if quick else (200, 5)
    session = large_session()
    print(f"python {sys.version.split()[0]}, hdnd-model {hm.__version__}")
    print(f"large: {len(hm.to_json(session))} bytes JSON, {len(hm.to_xml(session))} bytes XML")
    print(
        f"{'record':<7} {'operation':<12} {'ours µs':>9} {'floor µs':>9} {'ratio':>6} {'target':>6}"
    )
    for label, obj, n in (("large", session, number // 10 or 1), ("small", seed_meeting(), number)):
        for name, (ours, floor) in measure(obj, n, repeat).items():
            ratio = ours / floor
            print(
                f"{label:<7} {name:<12} {ours * 1e6:>9.1f} {floor * 1e6:>9.1f} "
                f"{ratio:>5.2f}x {_target(name):>6}"
            )
    strict, unchecked = construction(number // 10 or 1, repeat)
    print(
        f"large   construction {strict * 1e6:>9.1f} {unchecked * 1e6:>9.1f} "
        f"{strict / unchecked:>5.2f}x {CONSTRUCTION_TARGET:>5.2f}x"
        "  (floor: the attrs __init__ without type checks)"
    )
    sizes = (10**3, 10**4) if quick else (10**4, 10**5)
    for ext, peaks in stream_peaks(sizes).items():
        growth = peaks[1] / peaks[0] - 1
        shown = ", ".join(
            f"{n:>6} records {p / 1024:>7.1f} KiB" for n, p in zip(sizes, peaks, strict=True)
        )
        print(f"stream {ext:<5}: {shown} (growth {growth:+.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
