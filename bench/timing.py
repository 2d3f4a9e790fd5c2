"""Time whole processes, alternating two commands (A B A B …), and report medians and ratios."""
from __future__ import annotations

import statistics
import subprocess
import time


def wall(command: list[str], cwd: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compare(a: list[str], b: list[str], runs: int = 7, cwd: str | None = None) -> dict:
    """Median wall seconds of a and b, and the median of the pairwise ratios a/b."""
    wall(a, cwd), wall(b, cwd)  # warm-up: file cache, byte-code
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        ta, tb = wall(a, cwd), wall(b, cwd)
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    return {"a": statistics.median(times_a), "b": statistics.median(times_b),
            "ratio": statistics.median(ratios)}
