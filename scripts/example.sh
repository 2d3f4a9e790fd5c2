#!/usr/bin/env bash
# Set up (if needed) and publish the bundled example system, examples/customer-service,
# into out/customer-service (DOCX, PDF and HTML of every document jobkit can render yet).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/jobkit lint --fail-on error examples/customer-service
# Until `jobkit pack` exists this renders the documents one by one; the command stays the same.
.venv/bin/jobkit render -f docx -f pdf -f html -o out/customer-service examples/customer-service
echo "example: published to out/customer-service"
