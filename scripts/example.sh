#!/usr/bin/env bash
# Set up (if needed) and publish the bundled example system, examples/customer-service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Until `jobkit pack` exists this checks the example; the command in the README stays the same.
.venv/bin/jobkit validate examples/customer-service
echo "example: examples/customer-service is valid"
