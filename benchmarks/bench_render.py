"""Benchmark the renderers: six-page minutes with a 60-row roll-call table, a 30-article
resolution and a 15-conclusion notice.

Run from the repository root::

    python benchmarks/bench_render.py [--repeat N]

Each DOCX figure is reported as a ratio to the floor measured in the same run: opening the
house template with ``docx.Document`` and saving it, the least a python-docx document costs.
The target is a ratio of at most 2 for every document. The layout step (model to blocks)
and the text, Markdown and HTML renderers are reported in milliseconds. This is a benchmark,
not a timed test: it prints and never fails on speed.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.render.synthetic import (  # noqa: E402
    benchmark_minutes,
    benchmark_notice,
    benchmark_resolution,
)

import hdnd_model as hm  # noqa: E402
from hdnd_model.render._layout import build_layout  # noqa: E402
from hdnd_model.render.docx import _template  # noqa: E402

TARGET = 2.0


def _median_ms(action: Callable[[], object], repeat: int, rounds: int = 5) -> float:
    """The best of ``rounds`` medians of ``repeat`` runs, garbage collected between rounds."""
    action()  # warm up: imports, caches
    medians = []
    for _ in range(rounds):
        gc.collect()
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        medians.append(statistics.median(times))
    return min(medians) * 1000


def _floor() -> None:
    docx.Document(_template()).save(io.BytesIO())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="runs per measurement")
    args = parser.parse_args(argv)
    minutes = benchmark_minutes()
    delegates = sum(1 for _ in minutes.participants(hm.ParticipantRole.DELEGATE))

    def render(fmt: str) -> Callable[[], object]:
        return lambda: hm.render_minutes(minutes, io.BytesIO(), format=fmt)

    floor = _median_ms(_floor, args.repeat)
    rows = [
        ("floor: Document(template) + save()", floor),
        ("layout only (model -> blocks)", _median_ms(lambda: build_layout(minutes), args.repeat)),
        ("docx", _median_ms(render("docx"), args.repeat)),
        ("txt", _median_ms(render("txt"), args.repeat)),
        ("md", _median_ms(render("md"), args.repeat)),
        ("html", _median_ms(render("html"), args.repeat)),
    ]
    resolution, notice = benchmark_resolution(), benchmark_notice()
    for label, record in (("resolution (30 articles)", resolution), ("notice (15)", notice)):
        rows.append(
            (
                f"{label} docx",
                _median_ms(lambda r=record: hm.render_document(r, io.BytesIO()), args.repeat),
            )
        )
    print(f"minutes: {delegates}-row roll call; best of 5 medians of {args.repeat} runs")
    for name, ms in rows:
        print(f"  {name:<38} {ms:8.2f} ms  {ms / floor:6.2f}x floor")
    for name, ms in (rows[2], *rows[-2:]):
        ratio = ms / floor
        verdict = "within" if ratio <= TARGET else "above"
        print(f"{name} / floor = {ratio:.2f} ({verdict} the target of {TARGET:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
