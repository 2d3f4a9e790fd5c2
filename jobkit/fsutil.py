"""Safe file writes: whole files or nothing, never over a file that must not be replaced."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jobkit.errors import UsageError


def _temporary(path: Path, text: str) -> Path:
    """Write text to a new temporary file next to path (same file system), synced."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jobkit-tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(name)


def atomic_write(path: Path, text: str) -> None:
    """Replace path's content in one step, keeping its permission bits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path, text)
    try:
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_new_file(path: Path, text: str) -> None:
    """Create path with text, atomically; never replace a file that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path, text)
    try:
        os.link(temporary, path)  # fails if path exists: no overwrite, even in a race
    except FileExistsError:
        raise UsageError(f"文件已存在，未覆盖 / file exists, not overwritten: {path}") from None
    finally:
        temporary.unlink()
