"""Turn the paths a user gives into the YAML files to read, in a stable order."""
from __future__ import annotations

import os
import re
from pathlib import Path

from jobkit.errors import UsageError

YAML_SUFFIXES = (".yaml", ".yml")
_OWN_NAMES = frozenset({"jobkit.yaml", "jobkit.yml", "pack.yaml", "pack.yml"})
# A top-level kind: line, or the schema modeline jobkit writes, within the file's head.
_MARKS = re.compile(r"^kind[ \t]*:|yaml-language-server:[^\n]*jobkit|\$schema=[^\n]*/(?:job|policy|"
                    r"process|tool|form|plan|pack)\.json", re.MULTILINE)
_HEAD_BYTES = 64 * 1024


def discover(paths: list[Path], documents_only: bool = False) -> list[Path]:
    """Files as given; folders searched recursively for *.yaml / *.yml, hidden folders skipped.

    documents_only keeps only files that look like jobkit's (see is_jobkit_file): a hook that
    gets every YAML file of a repository must leave CI workflows and the like alone.
    """
    found = _discover(paths)
    return [path for path in found if is_jobkit_file(path)] if documents_only else found


def is_jobkit_file(path: Path) -> bool:
    """Whether a YAML file is a jobkit document or configuration, not some other tool's YAML.

    It is if it is named jobkit.yaml or pack.yaml, lies in a modules/ folder, or has a
    top-level kind: (or jobkit's schema modeline) near its top. A document whose kind is
    misspelt is still checked; one that has no kind: at all, outside modules/, is not ours.
    """
    if path.name in _OWN_NAMES or "modules" in path.parts[:-1]:
        return True
    if not path.is_file():
        return True  # not a regular file: let the reader report it
    try:
        with open(path, "rb") as stream:
            head = stream.read(_HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return True  # unreadable: let the reader report it
    return _MARKS.search(head.lstrip("\ufeff")) is not None


def _discover(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            before = len(found)
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found.extend(Path(folder) / name for name in sorted(files)
                             if name.endswith(YAML_SUFFIXES))
            if len(found) == before:  # a mistyped path must not pass as "nothing wrong"
                raise UsageError(f"{path} 是文件夹，其中没有 .yaml 或 .yml 文件。 / {path} is a "
                                 "folder with no .yaml or .yml files in it")
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def display_name(path: Path) -> str:
    """The path as messages show it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
