#!/usr/bin/env bash
# The test suite: set up what is missing, lint, then pytest (unit and end-to-end tests,
# the latter with the real Tesseract on samples/). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/ruff check pipeline dictionaries tests benchmarks samples
.venv/bin/python -m pytest "$@"
