#!/usr/bin/env bash
# Refresh requirements.lock: test the newest releases pyproject.toml allows (scripts/test-latest.sh)
# and, only if the whole suite passes with them, record exactly those versions as the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-latest.sh -q "$@"
{
  echo "# The exact versions the suite passed with, installed by scripts/setup.sh."
  echo "# Written by scripts/lock.sh on $(date -u +%F) with $(.venv-latest/bin/python -V); do not edit by hand."
  .venv-latest/bin/pip freeze --all --exclude jobkit
} > requirements.lock
echo "lock: requirements.lock updated; run ./scripts/test.sh, then commit it"
