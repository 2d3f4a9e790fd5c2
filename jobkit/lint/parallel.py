"""Run the document rules of many files on all cores.

The parent has read every file already (the project rules need them all); forked workers
inherit those documents instead of receiving them, run the document rules on a share each and
send back only their findings, while the parent runs the project rules.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

MIN_DOCUMENTS_PER_WORKER = 150  # below this, starting a worker costs more than it saves
_shared: dict = {}  # set before the fork, inherited by the workers


def worker_count(documents: int) -> int:
    if sys.platform == "win32" or sys.platform == "darwin":  # no (safe) fork there
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, documents // MIN_DOCUMENTS_PER_WORKER))


def _work(share: int) -> list:
    contexts, workers, check = _shared["contexts"], _shared["workers"], _shared["check"]
    return [finding for ctx in contexts[share::workers] for finding in check(ctx)]


def in_parallel(contexts: list, check: Callable, workers: int, meanwhile: Callable[[], list]):
    """(findings of check over contexts, result of meanwhile run in this process)."""
    import multiprocessing  # only a large run pays for this import

    _shared.update(contexts=contexts, workers=workers, check=check)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending = pool.map_async(_work, range(workers))
            other = meanwhile()
            shares = pending.get()
    finally:
        _shared.clear()
    return [finding for share in shares for finding in share], other
