"""Word lists as data files that a non-programmer can extend; jobkit.yaml may add to them."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Mapping


@lru_cache(maxsize=None)
def _shipped(name: str) -> frozenset[str]:
    """Words of jobkit/data/words/NAME.txt: one per line, '#' starts a comment."""
    path = resources.files("jobkit.data").joinpath("words", f"{name}.txt")
    if not path.is_file():
        return frozenset()  # a list that only jobkit.yaml fills
    words = set()
    for line in path.read_text("utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word)
    return frozenset(words)


class Words:
    """The word lists for one project: shipped lists plus the project's additions."""

    def __init__(self, extra: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self._extra = extra or {}
        self._cache: dict[str, frozenset[str]] = {}

    def __getitem__(self, name: str) -> frozenset[str]:
        if name not in self._cache:
            config_key = name.replace("-", "_")
            self._cache[name] = _shipped(name) | frozenset(self._extra.get(config_key, ()))
        return self._cache[name]

    def longest_prefix(self, name: str, text: str, max_length: int = 6) -> str | None:
        """The longest word of the list that text starts with."""
        words = self[name]
        for length in range(min(max_length, len(text)), 0, -1):
            if text[:length] in words:
                return text[:length]
        return None
