"""Bar: `jobkit validate` on one job file, whole process, ≤ 0.25 s wall.

Peer in the same run: `yamllint -d relaxed` on the same file (a YAML checker users know).
Run: .venv/bin/python bench/validate_one.py   (installs yamllint into .venv if missing)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from timing import compare

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
JOB = REPO / "examples/customer-service/modules/complaint/jobs/complaint-specialist.yaml"


def main() -> None:
    if not (BIN / "yamllint").exists():
        subprocess.run([BIN / "pip", "install", "-q", "yamllint"], check=True)
    result = compare([str(BIN / "jobkit"), "validate", str(JOB)],
                     [str(BIN / "yamllint"), "-d", "relaxed", str(JOB)])
    print(f"jobkit validate (1 job): {result['a']:.3f} s median wall (bar 0.25 s)")
    print(f"yamllint -d relaxed (same file): {result['b']:.3f} s; ratio {result['ratio']:.2f}")


if __name__ == "__main__":
    main()
