"""What can still be read of a document that failed to load or validate: its kind and id.

A job with a misspelt key or a duplicate key is reported once, at its own line (JK001). The
rest of the project must not then report every reference to it as unknown (JK501, with a
wrong "did you mean") or its module as incomplete (JK507): the document is there, only broken.
So project rules see the kind, id, module and title of such a file, when they can be read.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from jobkit.load.decode import DecodeFailure, decode

KINDS = frozenset({"job", "policy", "process", "tool", "form", "plan", "pack"})
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# A top-level `key: value` line, the value plain or quoted, an end-of-line comment allowed.
_TOP_LEVEL = re.compile(r"^(kind|id|module)[ \t]*:[ \t]*(['\"]?)([A-Za-z0-9_-]+)\2[ \t]*(?:#.*)?$",
                        re.MULTILINE)
_BASIC_TITLE = re.compile(r"^basic[ \t]*:[ \t]*\n(?:[ \t]+.*\n|[ \t]*\n)*?[ \t]+title[ \t]*:[ \t]*"
                          r"(['\"]?)([^'\"#\n]+?)\1[ \t]*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Salvaged:
    """A broken document as project rules may know it."""

    file: str
    path: Path
    kind: str
    id: str
    module: str | None = None
    title: str | None = None

    def as_json(self) -> dict:
        return {key: value for key, value in asdict(self).items() if key not in ("file", "path")}

    @classmethod
    def from_json(cls, file: str, path: Path, stored: dict) -> Salvaged | None:
        try:
            return cls(file, path, **stored)
        except TypeError:
            return None


def salvage(file: str, path: Path, data: object, max_bytes: int) -> Salvaged | None:
    """The kind and id of a broken document: from its data if it loaded, else from its text."""
    if isinstance(data, dict):
        fields = {key: data.get(key) for key in ("kind", "id", "module")}
        basic = data.get("basic")
        title = basic.get("title") if isinstance(basic, dict) else data.get("title")
    else:
        fields = _from_text(path, max_bytes)
        title = fields.get("title")
    kind, doc_id, module = fields.get("kind"), fields.get("id"), fields.get("module")
    if kind not in KINDS or not isinstance(doc_id, str) or not _ID.fullmatch(doc_id):
        return None
    return Salvaged(file, path, kind, doc_id, module if isinstance(module, str) else None,
                    title.strip() if isinstance(title, str) and title.strip() else None)


def _from_text(path: Path, max_bytes: int) -> dict[str, str]:
    """Top-level kind:, id: and module: lines (and basic: title:), for a file the YAML parser
    gave up on."""
    if not path.is_file():  # a FIFO or device would block or never end
        return {}
    try:
        with open(path, "rb") as stream:
            text = decode(stream.read(max_bytes))
    except (OSError, DecodeFailure):
        return {}
    found: dict[str, str] = {}
    for match in _TOP_LEVEL.finditer(text):
        found.setdefault(match.group(1), match.group(3))
    title = _BASIC_TITLE.search(text)
    if title is not None:
        found["title"] = title.group(2)
    return found
