#!/usr/bin/env bash
# Redraw the README's pictures (docs/pictures/*.png): one page of each kind of document from
# the published example, as printed (the PDF, through Poppler's pdftoppm at 50 dpi).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.venv/bin/jobkit pack examples/customer-service -o "$out/pub" -f pdf >/dev/null
mkdir -p docs/pictures
page() {  # name, pdf inside the pack, page number
  pdftoppm -png -r 50 -f "$3" -l "$3" -singlefile "$out/pub/$2" "docs/pictures/$1"
}
page job modules/after-sales/jobs/after-sales-engineer.pdf 1
page policy modules/complaint/policies/complaint-policy.pdf 1
page process modules/after-sales/processes/after-sales-process.pdf 1
page tool modules/call-center/tools/call-center-qa-scorecard.pdf 1
page form modules/credit/forms/credit-application-form.pdf 1
page plan modules/quality/plans/quality-inspection-rollout.pdf 2
page index index.pdf 1
ls -l docs/pictures
