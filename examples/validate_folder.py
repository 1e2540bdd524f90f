"""Validate every record file in a folder (.json, .jsonl, .xml) and list every problem.

Run it on a folder of your own; it exits 1 if any file has a problem::

    python examples/validate_folder.py path/to/records

Without an argument it makes a demonstration folder ``records/`` in the current directory,
with the seed meeting as JSON and XML, an archive, and one document with two mistakes in it,
validates that, and exits 0 when it finds exactly the mistakes it planted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import hdnd_model as hm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hai_ba_trung_2020_08 import build  # the seed example, beside this script

SUFFIXES = (".json", ".jsonl", ".xml")


def problems_in(path: Path) -> list[str]:
    """Every problem of one file, each with its path in the document (empty if valid)."""
    try:
        if path.suffix == ".jsonl":
            for _ in hm.iter_records(path):  # collects every bad line, then raises once
                pass
        elif path.suffix == ".xml" and b"<archive" in path.read_bytes()[:300]:
            for _ in hm.iter_records(path):
                pass
        elif path.suffix == ".xml":
            hm.from_xml(path.read_bytes())
        else:
            hm.from_json(path.read_bytes())
    except hm.FormatError as exc:
        return list(exc.problems)
    return []


def validate(folder: Path) -> int:
    """Print each file's verdict and return the number of files with problems."""
    bad = 0
    for path in sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES):
        problems = problems_in(path)
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"    {problem}")
        bad += bool(problems)
    return bad


def _demo_folder() -> Path:
    folder = Path("records")
    folder.mkdir(exist_ok=True)
    minutes = build()
    (folder / "seed.json").write_text(hm.to_json(minutes, indent=2), encoding="utf-8")
    (folder / "seed.xml").write_bytes(hm.to_xml(minutes))
    hm.write_records(folder / "archive.jsonl", [minutes, minutes.council, minutes.term])
    broken = json.loads(hm.to_json(minutes))
    broken["meeting"]["kind"] = "weekly"  # not a kind of meeting
    broken["meeting"]["agenda"][0]["number"] = "1"  # a string where an int belongs
    (folder / "broken.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    """Validate the folder given, or a demonstration folder."""
    if argv:
        return 1 if validate(Path(argv[0])) else 0
    folder = _demo_folder()
    bad = validate(folder)
    print(f"{bad} file(s) with problems; the demonstration planted 1.")
    return 0 if bad == 1 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
