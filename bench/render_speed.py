"""Bars: `jobkit render` of one job to DOCX, whole process, ≤ 0.8 s; to PDF, report (< 2 s).

Peer in the same run: LibreOffice converting that DOCX to PDF (`soffice --headless
--convert-to pdf`), the step a user would otherwise take by hand.
Run: .venv/bin/python bench/render_speed.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from timing import compare

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
JOB = REPO / "examples/customer-service/modules/complaint/jobs/complaint-specialist.yaml"


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        render = [str(BIN / "jobkit"), "render", "--force", "-o", str(out)]
        docx = render + ["-f", "docx", str(JOB)]
        pdf = render + ["-f", "pdf", str(JOB)]
        peer = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out / "lo"),
                str(out / "complaint-specialist.docx")]
        result = compare(docx, peer, runs=5)
        print(f"render one job to DOCX: {result['a']:.2f} s (bar 0.8 s); "
              f"LibreOffice DOCX→PDF of it: {result['b']:.2f} s")
        result = compare(pdf, peer, runs=5)
        print(f"render one job to PDF: {result['a']:.2f} s (bar < 2 s); "
              f"ratio to LibreOffice {result['ratio']:.2f}")


if __name__ == "__main__":
    main()
