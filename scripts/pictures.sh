#!/usr/bin/env bash
# Redraw the README's pictures (docs/pictures/*.png): one page of each kind of document from
# the published example, as printed (the PDF, through Poppler's pdftoppm at 50 dpi), and a
# redline DOCX as LibreOffice shows it.
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
# a redline: the job with two duties edited, as Word tracked changes seen through LibreOffice
job=examples/customer-service/modules/complaint/jobs/complaint-specialist.yaml
mkdir -p "$out/old" "$out/new"
cp "$job" "$out/old/"
sed -e 's/在线客服、电子邮件和门店转交的投诉/在线客服、微信公众号、电子邮件和门店转交的投诉/' \
    -e 's/需要鉴定的投诉3个工作日内完成核实/需要鉴定的投诉2个工作日内完成核实/' "$job" > "$out/new/$(basename "$job")"
.venv/bin/jobkit render --compare "$out/old/$(basename "$job")" -f docx -o "$out/red" \
  "$out/new/$(basename "$job")" >/dev/null
soffice --headless --convert-to pdf --outdir "$out/red" "$out/red/complaint-specialist.redline.docx" >/dev/null 2>&1
pdftoppm -png -r 90 -f 1 -l 1 -x 60 -y 525 -W 630 -H 365 -singlefile "$out/red/complaint-specialist.redline.pdf" docs/pictures/redline
ls -l docs/pictures
