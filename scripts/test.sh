#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite, browser tests included.
#   bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
cd "$here"
export MAMBAGEN_NODE_MODULES="$here/fixtures/atlas/node_modules"
.venv/bin/python -m ruff check pytest_mambagen tests benchmarks scripts
exec .venv/bin/python -m pytest -p no:cacheprovider -q "$@"
