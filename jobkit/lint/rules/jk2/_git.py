"""The version of a file in git that a document is compared with (JK210), read once per run."""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

BASE_VARIABLE = "JOBKIT_REVISION_BASE"


def base() -> str:
    return os.environ.get(BASE_VARIABLE, "").strip() or "HEAD"


def _git(folder: Path, *args: str) -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run([git, *args], cwd=folder, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


@lru_cache(maxsize=64)
def _root(folder: Path) -> Path | None:
    top = _git(folder, "rev-parse", "--show-toplevel")
    return Path(top.strip()) if top else None


@lru_cache(maxsize=8)
def _changed(root: Path, rev: str, run: int) -> frozenset[str]:
    """Files whose working-tree content differs from rev: one git call per lint run (run is
    the identity of the run's configuration), since files may change between runs."""
    listed = _git(root, "diff", "--name-only", "-z", rev, "--")
    return frozenset(listed.split("\0")) if listed else frozenset()


def committed_text(path: Path, run: int) -> str | None:
    """The file's text at the base revision, when the working tree has changed it; None when
    it is unchanged, new, or not in a git repository."""
    folder = path.resolve().parent
    root = _root(folder)
    if root is None:
        return None
    relative = path.resolve().relative_to(root).as_posix()
    if relative not in _changed(root, base(), run):
        return None
    return _git(root, "show", f"{base()}:{relative}")
