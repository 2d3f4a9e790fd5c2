"""The cache folder: where jobkit keeps what it made once (fonts, what lint read)."""
from __future__ import annotations

from pathlib import Path

from jobkit.cache import cache_folder


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JOBKIT_CACHE_DIR", str(tmp_path / "a"))
    assert cache_folder() == tmp_path / "a"
    monkeypatch.delenv("JOBKIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "jobkit"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == Path(tmp_path / "home" / ".cache" / "jobkit")
