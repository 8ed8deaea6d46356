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

if [[ -x "$chromium" && -d "$font_dir" ]]; then
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
