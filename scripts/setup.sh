#!/usr/bin/env bash
# Everything pytest-mambagen's demo and tests need on a fresh machine, idempotent:
#   - Debian's Chromium and the fixture project's npm packages (scripts/setup_browser.sh),
#   - a virtual environment in .venv with PyTorch's CPU build (torch==2.13.0; a plain
#     `torch` requirement would pull a multi-GB CUDA build) and this package with its
#     dev extras, installed from this checkout.
# Re-running skips what is already there. VENV=path overrides the environment's place.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${VENV:-$here/.venv}"
python="${PYTHON:-python3}"

bash "$here/scripts/setup_browser.sh"

if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.mambagen-installed"
if [ ! -f "$stamp" ] || [ "$here/pyproject.toml" -nt "$stamp" ]; then
  echo "setup: installing PyTorch (CPU build) and pytest-mambagen[dev] into $venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  if ! "$venv/bin/python" -c "import torch" 2>/dev/null; then
    "$venv/bin/python" -m pip install -q "torch==2.13.0" || "$venv/bin/python" -m pip install -q torch \
      --index-url https://download.pytorch.org/whl/cpu
  fi
  "$venv/bin/python" -m pip install -q -e "$here[dev]"
  touch "$stamp"
fi
echo "setup: ready ($("$venv/bin/python" -c 'import torch, transformers; print("torch", torch.__version__, "transformers", transformers.__version__)'))"
