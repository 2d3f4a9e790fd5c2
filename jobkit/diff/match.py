"""Pairing the items of two lists the way a reader would: the same key first (a duty's
title), then the most similar text, never by position alone; and which pairs changed places."""
from __future__ import annotations

from difflib import SequenceMatcher

SIMILAR = 0.55  # below this two texts are different items, not one reworded


def similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair(old: list, new: list, key, text) -> list[tuple[int, int]]:
    """(old index, new index) pairs: equal keys, then, among the rest, the most similar texts
    (best first) above SIMILAR."""
    pairs: list[tuple[int, int]] = []
    used_old, used_new = set(), set()
    new_by_key: dict = {}
    for j, item in enumerate(new):
        new_by_key.setdefault(key(item), []).append(j)
    for i, item in enumerate(old):
        candidates = [j for j in new_by_key.get(key(item), []) if j not in used_new]
        if key(item) is not None and candidates:
            pairs.append((i, candidates[0]))
            used_old.add(i)
            used_new.add(candidates[0])
    scored = sorted(((similarity(text(old[i]), text(new[j])), i, j)
                     for i in range(len(old)) if i not in used_old
                     for j in range(len(new)) if j not in used_new), reverse=True)
    for score, i, j in scored:
        if score < SIMILAR:
            break
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)


def moved(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs that changed places: those outside a longest run kept in order."""
    if not pairs:
        return set()
    ordered = sorted(pairs)
    news = [j for _, j in ordered]
    # longest increasing subsequence of the new positions, in O(n²): lists here are short
    best = [1] * len(news)
    back = [-1] * len(news)
    for b in range(len(news)):
        for a in range(b):
            if news[a] < news[b] and best[a] + 1 > best[b]:
                best[b], back[b] = best[a] + 1, a
    end = max(range(len(news)), key=lambda k: best[k])
    kept = set()
    while end != -1:
        kept.add(ordered[end])
        end = back[end]
    return set(ordered) - kept
