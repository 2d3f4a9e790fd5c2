"""jobkit's cache folder: things made once and kept between runs (never needed, safe to delete).

`$JOBKIT_CACHE_DIR`, else `$XDG_CACHE_HOME/jobkit`, else `~/.cache/jobkit`. Holds the core
font faces for PDF (render/fonts.py) and what `jobkit lint` read of unchanged documents
(lint/project_cache.py). Nothing in it is ever the only copy of anything.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    if os.environ.get("JOBKIT_CACHE_DIR"):
        return Path(os.environ["JOBKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jobkit"
