"""The jobs already in the folder jobkit imports into: their ids (not to be reused) and titles
(so that 直接上级：投诉主管 becomes the id of that job)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jobkit.errors import InputError
from jobkit.load import Limits, load_file

_ID = re.compile(r"^id:\s*['\"]?([a-z0-9][a-z0-9-]*)", re.MULTILINE)


@dataclass
class ProjectJobs:
    is_project: bool = False
    ids: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)  # job id -> its file


def project_jobs(folder: Path) -> ProjectJobs:
    found = ProjectJobs(is_project=any((folder / name).exists() for name in (
        "jobkit.yaml", "jobkit.yml", "pack.yaml", "modules")))
    if not folder.is_dir():
        return found
    # a project is searched whole; any other folder only where the files would go
    candidates = folder.rglob("*.y*ml") if found.is_project else folder.glob("*.y*ml")
    for path in sorted(candidates):
        if path.suffix not in (".yaml", ".yml") or any(p.startswith(".") for p in path.parts):
            continue
        try:
            head = path.read_text("utf-8", errors="replace")[:65536]
        except OSError:
            continue
        ident = _ID.search(head)
        if ident:
            found.ids.add(ident.group(1))
        if ident and re.search(r"^kind:\s*job\b", head, re.MULTILINE):
            try:
                data = load_file(path, Limits()).data
            except InputError:
                continue
            title = (data.get("basic") or {}).get("title") if isinstance(data, dict) else None
            if isinstance(title, str):
                found.titles.setdefault(title, ident.group(1))
                found.paths.setdefault(ident.group(1), path)
    return found
