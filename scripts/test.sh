#!/usr/bin/env bash
# Install everything (test tools and Chromium included), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export OMP_THREAD_LIMIT=1
exec .venv/bin/python -m pytest -q "$@"
