#!/usr/bin/env bash
# The main job on the samples: set up what is missing, digitise samples/ into out/,
# and print the records found. Run it again and every file is skipped as already stored.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/vanban digitise samples/ --db out/samples.db --json-dir out/json "$@"
echo
echo "Try:  .venv/bin/vanban search --db out/samples.db ke hoach cai cach hanh chinh"
echo "      .venv/bin/vanban show --db out/samples.db <file name or id>"
