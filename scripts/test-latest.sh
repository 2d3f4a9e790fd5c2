#!/usr/bin/env bash
# Run the suite against the newest releases that pyproject.toml allows, in .venv-latest, so a
# new release of a dependency that breaks jobkit is found by us before a user finds it.
# The README's commands are not affected: they install requirements.lock into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh  # system packages and the Node validator the tests use
rm -rf .venv-latest
python3 -m venv .venv-latest
.venv-latest/bin/pip install -q --disable-pip-version-check --upgrade pip setuptools wheel
.venv-latest/bin/pip install -q --disable-pip-version-check --upgrade --no-build-isolation ".[test]"
echo "test-latest: testing with"
.venv-latest/bin/pip freeze --all --exclude jobkit | sed 's/^/  /'
export JOBKIT_REQUIRE_TOOLS=1 JOBKIT_UNLOCKED=1
exec .venv-latest/bin/pytest "$@"
