"""Safe file writes: whole files or nothing, never over a file that must not be replaced."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jobkit.errors import UsageError


def _temporary(path: Path, data: bytes) -> Path:
    """Write data to a new temporary file next to path (same file system), synced."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jobkit-tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:  # a full disk, say: no half-written temporary file stays behind
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _default_mode() -> int:
    """What open() would give a new file: 0o666 less the umask (mkstemp makes 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, text: str) -> None:
    """Replace path's text in one step, keeping its permission bits."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace path's content in one step, keeping its permission bits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path, data)
    try:
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else _default_mode())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_new_file(path: Path, text: str) -> None:
    """Create path with text, atomically; never replace a file that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path, text.encode("utf-8"))
    os.chmod(temporary, _default_mode())
    try:
        os.link(temporary, path)  # fails if path exists: no overwrite, even in a race
    except FileExistsError:
        raise UsageError(f"文件已存在，未覆盖 / file exists, not overwritten: {path}") from None
    finally:
        temporary.unlink()
