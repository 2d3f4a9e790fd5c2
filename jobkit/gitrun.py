"""git as the diff, the redline and lint rule JK210 call it: one way to run it and to find a
repository's top folder."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def run_git(folder: Path, *args: str, data: bytes | None = None,
            timeout: float | None = None) -> subprocess.CompletedProcess | None:
    """git args in folder; None when git is not installed, cannot start or takes too long."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        return subprocess.run([git, *args], cwd=folder, input=data, capture_output=True,
                              timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None


def toplevel(folder: Path) -> Path | None:
    """The top folder of the git repository holding folder, or None."""
    done = run_git(folder, "rev-parse", "--show-toplevel", timeout=30)
    if done is None or done.returncode != 0:
        return None
    return Path(done.stdout.decode("utf-8", "replace").strip())
