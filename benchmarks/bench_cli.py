"""Start-up time of the ``hdnd`` command against bare Python, measured in the same run.

Run it with ``python benchmarks/bench_cli.py``. It starts ``python -c pass``, ``hdnd --version``
and ``hdnd --help`` (as ``python -m hdnd_model``) many times each, and prints the median wall
time of each and the start-up cost ``hdnd`` adds over bare Python. Target: ``hdnd --help`` and
``hdnd --version`` within 150 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET_MS = 150.0


def _median_ms(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Measure and print; exit 0 (a benchmark reports, it does not fail)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    python = [sys.executable]
    floor = _median_ms([*python, "-c", "pass"], args.runs)
    print(f"{'command':<24} {'median ms':>10} {'over python':>12} {'x floor':>8}")
    print(f"{'python -c pass':<24} {floor:>10.1f} {0:>12.1f} {1:>8.1f}")
    for label, extra in (("hdnd --version", ["--version"]), ("hdnd --help", ["--help"])):
        ms = _median_ms([*python, "-m", "hdnd_model", *extra], args.runs)
        verdict = "ok" if ms <= TARGET_MS else f"over the {TARGET_MS:.0f} ms target"
        print(f"{label:<24} {ms:>10.1f} {ms - floor:>12.1f} {ms / floor:>8.1f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
