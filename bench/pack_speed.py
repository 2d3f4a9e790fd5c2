"""Bars for `jobkit pack` on the example (examples/customer-service), DOCX + PDF:
- cold: no slower than LibreOffice converting the same pack's DOCX files to PDF in one batch
  (soffice --headless --convert-to pdf), measured in the same run;
- again with no change: ≤ 1 s wall;
- peak memory (largest process): ≤ 400 MB;
- a pack ten times larger (copies of the example, ids suffixed): ≤ 11 × the time.
Run: .venv/bin/python bench/pack_speed.py [--skip-scaling]
"""
from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXAMPLE = REPO / "examples" / "customer-service"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def pack(folder: Path, out: Path) -> float:
    return timed([str(BIN / "jobkit"), "pack", "-f", "docx", "-f", "pdf", str(folder), "-o", str(out)])


def copies(target: Path, count: int) -> Path:
    """The example count times: each copy's ids (and references to them) suffixed."""
    shutil.copytree(EXAMPLE, target)
    documents = list((target / "modules").rglob("*.yaml"))
    ids = [re.search(r"^id: (\S+)", p.read_text("utf-8"), re.M).group(1) for p in documents]
    pattern = re.compile(r"(?<![a-z0-9-])(" + "|".join(map(re.escape, ids)) + r")(?![a-z0-9-])")
    for number in range(1, count):
        for path in documents:
            text = pattern.sub(lambda m: f"{m.group(1)}-c{number}", path.read_text("utf-8"))
            path.with_name(f"{path.stem}-c{number}.yaml").write_text(text, encoding="utf-8")
    return target


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cold = pack(EXAMPLE, work / "out")
        again = pack(EXAMPLE, work / "out")
        # the largest jobkit process so far (measured before LibreOffice runs)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        docx = sorted(str(p) for p in (work / "out").rglob("*.docx"))
        peer = timed([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo"),
                      *docx])
        print(f"example pack, DOCX + PDF, cold: {cold:.1f} s; LibreOffice converting its "
              f"{len(docx)} DOCX files in one batch: {peer:.1f} s; ratio {cold / peer:.2f} (bar ≤ 1)")
        print(f"again with no change: {again:.2f} s (bar ≤ 1 s)")
        print(f"peak memory of the largest process: {peak:.0f} MB (bar ≤ 400 MB)")
        if "--skip-scaling" not in sys.argv:
            big = pack(copies(work / "big", 10), work / "big-out")
            print(f"ten times the pack: {big:.1f} s = {big / cold:.1f} × (bar ≤ 11 ×)")


if __name__ == "__main__":
    main()
