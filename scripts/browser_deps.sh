#!/usr/bin/env bash
# What the real-browser test (tests/test_browser.py) needs, from Debian and PyPI only.
#
# - Debian's Chromium: the test points Playwright at /usr/bin/chromium.
# - fonts-noto-cjk: without a CJK font the page's Chinese renders as empty boxes
#   in the screenshots the test saves for people to look at.
# - Playwright's Python package: the driver only. Never run `playwright install`:
#   it downloads a browser build, which this project must not do.
#
# Idempotent: installs only what is missing. Needs root for apt-get (CI runs as root).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c "import playwright.sync_api" 2>/dev/null; then
    "$PYTHON" -m pip install -q playwright
fi

/usr/bin/chromium --version 2>/dev/null | grep -v "unexpected operator" || true
"$PYTHON" -c "from importlib.metadata import version; print('playwright', version('playwright'))"
