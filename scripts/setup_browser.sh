#!/usr/bin/env bash
# Install what the browser tests need: Debian's Chromium and the fixture project's
# npm packages (react, react-dom, esbuild). Idempotent and quiet when all is there.
#
#   scripts/setup_browser.sh [PROJECT_DIR ...]     (default: fixtures/atlas)
#
# - Chromium: `apt-get install chromium` only when /usr/bin/chromium is missing and
#   we are root (Playwright's own download, `playwright install`, cannot work offline).
# - npm: `npm ci` when a lock file exists (`npm install` otherwise), only when
#   node_modules is missing or older than package.json / package-lock.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=("$here/fixtures/atlas")
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup_browser: installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "setup_browser: /usr/bin/chromium is missing; install it with 'sudo apt-get install chromium'" >&2
  fi
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup_browser: installing nodejs and npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "setup_browser: npm is missing; install Node.js 18+ and npm" >&2
    exit 1
  fi
fi

stale() {
  # node_modules missing, or a manifest newer than the install marker npm writes
  local dir="$1" marker="$1/node_modules/.package-lock.json"
  [ -d "$dir/node_modules/react" ] || return 0
  [ -d "$dir/node_modules/esbuild" ] || return 0
  [ -f "$marker" ] || return 0
  [ "$dir/package.json" -nt "$marker" ] && return 0
  [ -f "$dir/package-lock.json" ] && [ "$dir/package-lock.json" -nt "$marker" ] && return 0
  return 1
}

for project in "${projects[@]}"; do
  if [ ! -f "$project/package.json" ]; then
    echo "setup_browser: no package.json in $project" >&2
    exit 1
  fi
  if stale "$project"; then
    echo "setup_browser: npm packages for $project"
    if [ -f "$project/package-lock.json" ]; then
      (cd "$project" && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd "$project" && npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
  # esbuild's postinstall may be skipped by npm; its platform binary still works
  if ! ls "$project"/node_modules/@esbuild/*/bin/esbuild >/dev/null 2>&1 \
     && [ ! -x "$project/node_modules/esbuild/bin/esbuild" ]; then
    echo "setup_browser: esbuild binary not found under $project/node_modules" >&2
    exit 1
  fi
done
echo "setup_browser: ready ($(/usr/bin/chromium --version 2>/dev/null | head -1 || echo 'no chromium'))"
