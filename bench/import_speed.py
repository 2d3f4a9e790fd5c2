"""Bar: `jobkit import` of 100 job descriptions in DOCX, whole process, takes a few seconds.

The files are the example's 20 jobs rendered by jobkit, five copies each. Peer in the same
run: LibreOffice turning the same 100 DOCX into plain text in one batch (soffice --headless
--convert-to txt), the least a person would do to get the text out by machine.
Run: .venv/bin/python bench/import_speed.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import compare

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXAMPLE = REPO / "examples" / "customer-service"


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        jobs = sorted((EXAMPLE / "modules").glob("*/jobs/*.yaml"))
        subprocess.run([str(BIN / "jobkit"), "render", "-f", "docx", "-o", str(work / "one"),
                        *map(str, jobs)], check=True, capture_output=True)
        files = []
        for copy in range(5):
            for path in sorted((work / "one").glob("*.docx")):
                target = work / "in" / f"{path.stem}-{copy}.docx"
                target.parent.mkdir(exist_ok=True)
                shutil.copy(path, target)
                files.append(str(target))
        ours = [str(BIN / "jobkit"), "import", "--dry-run", "-o", str(work / "out"), *files]
        peer = [soffice, "--headless", "--convert-to", "txt:Text", "--outdir", str(work / "txt"),
                *files]
        result = compare(ours, peer, runs=3)
        print(f"import {len(files)} job DOCX: {result['a']:.2f} s (bar: a few seconds); "
              f"LibreOffice to text in one batch: {result['b']:.2f} s; "
              f"ratio {result['ratio']:.2f}")


if __name__ == "__main__":
    main()
