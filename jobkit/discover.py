"""Turn the paths a user gives into the YAML files to read, in a stable order."""
from __future__ import annotations

import os
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def discover(paths: list[Path]) -> list[Path]:
    """Files as given; folders searched recursively for *.yaml / *.yml, hidden folders skipped."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found.extend(Path(folder) / name for name in sorted(files)
                             if name.endswith(YAML_SUFFIXES))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def display_name(path: Path) -> str:
    """The path as messages show it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
