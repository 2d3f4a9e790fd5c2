"""Bars: `jobkit lint` on one job file ≤ 0.25 s; on 1,000 job files ≤ 1/5 of yamllint's time.

Peer in the same run: `yamllint -d relaxed` on the same files (what CI users already run on
YAML). The 1,000 files are copies of the example's job descriptions, each group with its own ids.
Run: .venv/bin/python bench/lint_speed.py   (installs yamllint into .venv if missing)
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import compare

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
JOBS = sorted((REPO / "examples" / "customer-service").rglob("jobs/*.yaml"))


def make_corpus(folder: Path, count: int = 1000) -> None:
    """count job files: copies of the example's jobs in groups, each group's ids (and the
    references between them) suffixed with the group number, so every id is unique."""
    ids = [re.search(r"^id: (\S+)", job.read_text("utf-8"), re.M).group(1) for job in JOBS]
    pattern = re.compile(r"(?<![a-z0-9-])(" + "|".join(map(re.escape, ids)) + r")(?![a-z0-9-])")
    for number in range(count):
        group = number // len(JOBS)
        text = pattern.sub(lambda m: f"{m.group(1)}-{group}", JOBS[number % len(JOBS)].read_text("utf-8"))
        (folder / f"job-{number:04d}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    if not (BIN / "yamllint").exists():
        subprocess.run([BIN / "pip", "install", "-q", "yamllint"], check=True)
    jobkit = [str(BIN / "jobkit"), "lint", "--fail-on", "never"]
    yamllint = [str(BIN / "yamllint"), "-d", "relaxed"]
    one = compare(jobkit + [str(JOBS[0])], yamllint + [str(JOBS[0])])
    print(f"one job file: jobkit lint {one['a']:.3f} s (bar 0.25 s); "
          f"yamllint {one['b']:.3f} s; ratio {one['ratio']:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder))
        many = compare(jobkit + [folder], yamllint + [folder], runs=3, cwd=folder)
    print(f"1,000 job files: jobkit lint {many['a']:.2f} s; yamllint {many['b']:.2f} s; "
          f"ratio {many['ratio']:.3f} (bar ≤ 0.200)")


if __name__ == "__main__":
    main()
