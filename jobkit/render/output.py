"""The output folder: jobkit overwrites only files it wrote itself (listed in a manifest)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from jobkit.fsutil import atomic_write_bytes

MANIFEST = ".jobkit-manifest.json"


def safe_target(folder: Path, name: str) -> Path:
    """folder/name, refused if it would leave the folder or be hidden (like the manifest)."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or any(p.startswith(".") for p in parts):
        raise ValueError(f"output name escapes the output folder: {name}")
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ValueError(f"output name escapes the output folder: {name}")
    return path


def write_output(folder: Path, name: str, data: bytes, inputs: str = "") -> dict:
    """Write one output file atomically; its manifest record."""
    atomic_write_bytes(safe_target(folder, name), data)
    return {"sha256": hashlib.sha256(data).hexdigest(), "inputs": inputs}


class OutputFolder:
    """Writes files into one folder, atomically, keeping a manifest of what jobkit produced."""

    def __init__(self, folder: Path, force: bool = False) -> None:
        self.folder = folder
        self.force = force
        self.manifest_path = folder / MANIFEST
        self.produced: dict[str, dict] = self._read_manifest()

    def _read_manifest(self) -> dict[str, dict]:
        try:
            data = json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        files = data.get("files") if isinstance(data, dict) else None
        return files if isinstance(files, dict) else {}

    def target(self, name: str) -> Path:
        """The path for an output name; names come from validated ids, and are checked again."""
        return safe_target(self.folder, name)

    def may_write(self, name: str) -> bool:
        """False for a file jobkit did not produce (unless --force)."""
        path = self.target(name)
        return self.force or not path.exists() or name in self.produced

    def write(self, name: str, data: bytes, inputs: str = "") -> None:
        self.produced[name] = write_output(self.folder, name, data, inputs)

    def save_manifest(self) -> None:
        text = json.dumps({"tool": "jobkit", "files": dict(sorted(self.produced.items()))},
                          ensure_ascii=False, indent=1) + "\n"
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.manifest_path, text.encode("utf-8"))
