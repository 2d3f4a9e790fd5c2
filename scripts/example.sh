#!/usr/bin/env bash
# Set up (if needed) and publish the bundled example system, examples/customer-service:
# the nine-module pack as DOCX, PDF and HTML with an index, into out/customer-service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/jobkit pack examples/customer-service -o out/customer-service --zip
echo "example: published to out/customer-service (open out/customer-service/index.html)"
