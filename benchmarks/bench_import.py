"""Posts per second of the news-post importer, with 1 and 2 worker processes.

Usage::

    python benchmarks/bench_import.py --corpus ../shared/corpus [--sources 10000]
    python benchmarks/bench_import.py --corpus ../shared/corpus --cpu

``--cpu`` instead imports the corpus texts in this process and reports posts per second of
CPU time, the best of 7 rounds: on a machine other work shares, the figure to compare two
versions of the readers by, run one after the other.

The corpus texts are repeated to ``--sources`` sources (written once to a temporary folder, so
every source is a real file read by :func:`hdnd_model.ingest.convert_source`), then converted
with a process pool of 1 and of 2 workers in chunks. The figures are posts per second and the
speed-up from 1 to 2 workers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hdnd_model.ingest import convert_source, load


def _prepare(corpus: Path, count: int, folder: Path) -> list[str]:
    texts = sorted((corpus / "texts").glob("*.txt"))
    if not texts:
        raise SystemExit(f"no texts in {corpus / 'texts'}")
    contents = [t.read_bytes() for t in texts]
    paths = []
    for i in range(count):
        path = folder / f"{i:05d}.txt"
        path.write_bytes(contents[i % len(contents)])
        paths.append(str(path))
    return paths


def _run(paths: list[str], workers: int) -> tuple[float, int]:
    chunk = max(1, len(paths) // (workers * 16))
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        failed = sum(not o.ok for o in pool.map(convert_source, paths, chunksize=chunk))
    return time.perf_counter() - started, failed


def _cpu(corpus: Path, rounds: int = 7) -> float:
    """Posts per second of CPU time in this process, the best of ``rounds`` rounds."""
    texts = [(t.read_bytes(), t.name) for t in sorted((corpus / "texts").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts in {corpus / 'texts'}")
    best = float("inf")
    for _ in range(rounds + 1):  # the first round warms up
        started = time.process_time()
        for data, name in texts:
            load(data, name=name)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cpu", action="store_true", help="CPU time in one process")
    args = parser.parse_args(argv)
    if args.cpu:
        print(f"{_cpu(args.corpus):.1f} posts/s of CPU time (best of 7, one process)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = _prepare(args.corpus, args.sources, Path(tmp))
        _run(paths[:50], 1)
        figures = {}
        for workers in (1, 2):
            seconds, failed = _run(paths, workers)
            figures[workers] = {
                "seconds": round(seconds, 2),
                "posts_per_second": round(len(paths) / seconds, 1),
                "failed": failed,
            }
    speedup = figures[2]["posts_per_second"] / figures[1]["posts_per_second"]
    result = {
        "sources": len(paths),
        "cores": os.cpu_count(),
        "workers": figures,
        "speedup_1_to_2": round(speedup, 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for workers, row in figures.items():
            print(
                f"{workers} worker(s): {row['posts_per_second']:>8.1f} posts/s "
                f"({row['seconds']} s, {row['failed']} failed)"
            )
        print(f"speed-up 1 -> 2 workers: {speedup:.2f}x on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
