#!/usr/bin/env bash
# Build the documentation as CI does: HTML, every warning an error.
# Needs the docs extra: pip install -e '.[docs]'. Output: docs/_build/html/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
exec "$python" -m sphinx -W --keep-going -b html docs docs/_build/html "$@"
