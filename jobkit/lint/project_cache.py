"""What `jobkit lint` read of the documents that only give context, kept between runs.

Linting one changed file (a pre-commit hook) still reads the whole project so references
resolve; parsing and validating every other document each time made that grow with the
project. Their validated data is kept per project in the cache folder, by content hash:
a document whose bytes, jobkit version and limits are unchanged is not parsed again. The
cache is only ever a shortcut: a missing, stale or damaged one means reading the files.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from jobkit import __version__
from jobkit.cache import cache_folder
from jobkit.config import Config
from jobkit.fsutil import atomic_write_bytes
from jobkit.load.reading import UnfitFile, read_input
from jobkit.lint.salvage import Salvaged, salvage
from jobkit.validate import check_file

_FORMAT = 2  # what an entry holds; 2 added what can be read of invalid documents
_SKIP = None  # stored for a file that is invalid or not a document: no context from it


class ProjectCache:
    """The data of a project's valid documents by file, checked against their content."""

    def __init__(self, config: Config) -> None:
        root = str(config.root.resolve()) if config.root else ""
        name = hashlib.sha256(root.encode()).hexdigest()[:16]
        self.file = cache_folder() / "lint" / f"{name}.json"
        self.stamp = f"{__version__}\0{config.limits!r}\0{_FORMAT}"
        self.entries: dict[str, dict] = {}
        self.changed = False
        try:
            stored = json.loads(self.file.read_bytes())
            if stored.get("stamp") == self.stamp:
                self.entries = stored["documents"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no cache yet, or one to rebuild

    def read(self, path: Path, config: Config, display: str) -> tuple[dict | None, Salvaged | None]:
        """The validated data of the document at path (None if it gives no context), and for
        an invalid document what can still be read of it (its kind and id)."""
        try:
            raw = read_input(path, config.limits.max_file_bytes)
        except (OSError, UnfitFile):
            return None, None  # the document's own check reports it
        digest = hashlib.sha256(raw).hexdigest()
        key = str(path.resolve())
        entry = self.entries.get(key)
        if isinstance(entry, dict) and entry.get("sha256") == digest:
            stored = entry.get("salvaged")
            return entry.get("data"), (Salvaged.from_json(display, path, stored)
                                       if isinstance(stored, dict) else None)
        checked = check_file(path, config.limits, display)
        data = _SKIP if checked.problems or checked.kind is None else checked.loaded.data
        salvaged = salvage(display, path, checked.loaded and checked.loaded.data,
                           config.limits.max_file_bytes) if checked.problems else None
        if data is not _SKIP and json.loads(json.dumps(data, ensure_ascii=False)) != data:
            return data, None  # not plain JSON data (never expected): use it, do not keep it
        self.entries[key] = {"sha256": digest, "data": data,
                             "salvaged": salvaged.as_json() if salvaged else None}
        self.changed = True
        return data, salvaged

    def save(self, kept: set[str]) -> None:
        """Write the cache if something changed, forgetting files that are gone."""
        for key in [k for k in self.entries if k not in kept]:
            del self.entries[key]
            self.changed = True
        if not self.changed:
            return
        text = json.dumps({"stamp": self.stamp, "documents": self.entries}, ensure_ascii=False)
        try:
            atomic_write_bytes(self.file, text.encode("utf-8"))
        except OSError:
            pass  # a read-only cache folder only means reading the files next time
