"""The version of a file in git that a document is compared with (JK210), read once per run."""
from __future__ import annotations

import os
import time
from functools import lru_cache
from pathlib import Path

from jobkit.gitrun import run_git, toplevel

BASE_VARIABLE = "JOBKIT_REVISION_BASE"


def base() -> str:
    return os.environ.get(BASE_VARIABLE, "").strip() or "HEAD"


def _git(folder: Path, *args: str) -> str | None:
    done = run_git(folder, *args, timeout=30)
    return done.stdout.decode("utf-8", "replace") if done and done.returncode == 0 else None


@lru_cache(maxsize=64)
def _root(folder: Path) -> Path | None:
    return toplevel(folder)


_changed_files: dict[tuple[Path, str], tuple[int, frozenset[str]]] = {}


def _changed(root: Path, rev: str, edited_ns: int) -> frozenset[str]:
    """Files whose working-tree content differs from rev. One git call per lint run: the
    answer is kept until a file checked was edited after it was given."""
    kept = _changed_files.get((root, rev))
    if kept is not None and kept[0] > edited_ns:
        return kept[1]
    asked = time.time_ns()
    listed = _git(root, "diff", "--name-only", "-z", rev, "--")
    found = frozenset(listed.split("\0")) if listed else frozenset()
    _changed_files[(root, rev)] = (asked, found)
    return found


def committed_text(path: Path) -> str | None:
    """The file's text at the base revision, when the working tree has changed it; None when
    it is unchanged, new, or not in a git repository."""
    resolved = path.resolve()
    root = _root(resolved.parent)
    if root is None:
        return None
    relative = resolved.relative_to(root).as_posix()
    if relative not in _changed(root, base(), resolved.stat().st_mtime_ns):
        return None
    return _git(root, "show", f"{base()}:{relative}")
