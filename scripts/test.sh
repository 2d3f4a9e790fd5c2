#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite against the installed jobkit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Tools the tests need must be present here: a missing one fails instead of skipping.
export JOBKIT_REQUIRE_TOOLS=1
exec .venv/bin/pytest "$@"
