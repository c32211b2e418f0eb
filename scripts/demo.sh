#!/usr/bin/env bash
# Set up (idempotent), then run the demo: pytest --mambagen over the fixture app with the
# embedded model on this machine's CPU. Tests are generated beside the manual cases,
# validated, written and run in Chromium; the summary says how many pass.
#   bash scripts/demo.sh [extra pytest arguments, e.g. --mambagen-regenerate]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
cd "$here/fixtures/atlas"
exec "$here/.venv/bin/python" -m pytest --mambagen src -p no:cacheprovider -rA "$@"
