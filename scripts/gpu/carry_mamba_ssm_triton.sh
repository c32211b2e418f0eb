#!/usr/bin/env bash
# Put mamba-ssm's Triton kernels (Python only) under .whl/mamba_ssm_triton for a GPU machine without
# network. Its package __init__ imports the Mamba-1 CUDA extension, which is not built there, so it is
# replaced by an empty one; ops/triton needs only torch, triton and einops. On the GPU machine:
#   export PYTHONPATH=$PWD/.whl/mamba_ssm_triton:$PYTHONPATH
# and pytest_mambagen's forward uses mamba_chunk_scan_combined (MAMBAGEN_SCAN=torch turns it off).
set -euo pipefail
version="${1:-2.3.2.post1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
url="$(curl -fsS https://pypi.org/simple/mamba-ssm/ | grep -o "https://[^\"#]*mamba_ssm-${version}\.tar\.gz" | head -1)"
[ -n "$url" ] || { echo "mamba-ssm ${version}: no sdist on PyPI" >&2; exit 1; }
curl -fsSL "$url" -o "$work/sdist.tar.gz"
tar xzf "$work/sdist.tar.gz" -C "$work"
dest="$here/.whl/mamba_ssm_triton"
rm -rf "$dest/mamba_ssm"
mkdir -p "$dest"
cp -r "$work/mamba_ssm-${version}/mamba_ssm" "$dest/"
echo "__version__ = \"${version}\"  # Triton kernels only: the CUDA extensions are not built here" \
    > "$dest/mamba_ssm/__init__.py"
grep -qxF '/.whl/' "$here/.git/info/exclude" 2>/dev/null || echo '/.whl/' >> "$here/.git/info/exclude"
echo "wrote $dest/mamba_ssm (carry .whl in device runs)"
