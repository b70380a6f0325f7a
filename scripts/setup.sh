#!/usr/bin/env bash
# Install everything the inspector needs, idempotently, without prompts.
#   bash scripts/setup.sh          system packages + Python packages for the app and CLI
#   bash scripts/setup.sh --test   the same, plus test tools and Chromium for the browser test
# System packages come from Debian (run as root, or with sudo available);
# Python packages go into .venv in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1

APT_PKGS=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng
          fonts-noto-cjk fonts-wqy-microhei fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming
          python3 python3-venv python3-pip)
[ "$WANT_TEST" = 1 ] && APT_PKGS+=(chromium)

missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$PY" -m venv .venv
fi
REQ=requirements.txt
[ "$WANT_TEST" = 1 ] && REQ=requirements-dev.txt
# pip is quick when everything is already satisfied, so this stays idempotent.
.venv/bin/python -m pip install -q --disable-pip-version-check -r "$REQ" >&2
# The package itself, editable, for the `inspector` command.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e . >&2
echo "setup: ready (tesseract $(tesseract --version 2>/dev/null | head -n1 | awk '{print $2}'))" >&2
