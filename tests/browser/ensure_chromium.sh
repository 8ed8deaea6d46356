#!/usr/bin/env bash
# Install the browser the end-to-end tests drive, when it is missing: Debian's `chromium`
# (Playwright's own browser downloads cannot work on these machines) and a CJK font, so
# screenshots show Chinese text rather than empty boxes. Idempotent: does nothing when
# both are there. Exits non-zero, with one line on stderr, when it cannot install them.
#
#   bash tests/browser/ensure_chromium.sh          # from .ci/run, before `make test`
set -euo pipefail

chromium="${NEWSARCHIVE_CHROMIUM:-/usr/bin/chromium}"
font_dir=/usr/share/fonts/truetype/wqy
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# axe-core, the accessibility checker the browser tests inject, from the npm registry at the version
# package-lock.json pins (tests/browser/node_modules is not committed).
ensure_axe() {
  if [[ -f "$here/node_modules/axe-core/axe.min.js" ]]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "ensure_chromium: npm is missing: cannot install axe-core for the accessibility check" >&2
    return 1
  fi
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
}

if [[ -x "$chromium" && -d "$font_dir" ]]; then
  ensure_axe
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_chromium: $chromium is missing and this is not a Debian system: install Chromium and set NEWSARCHIVE_CHROMIUM" >&2
  exit 1
fi
sudo=""
if [[ "$(id -u)" != 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure_chromium: need root (or sudo) to apt-get install chromium" >&2
    exit 1
  fi
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
if [[ ! -x "$chromium" ]]; then
  echo "ensure_chromium: apt-get installed chromium but $chromium is still missing" >&2
  exit 1
fi
"$chromium" --version >&2
ensure_axe
