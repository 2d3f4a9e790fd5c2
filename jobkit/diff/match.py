"""Pairing the items of two lists the way a reader would: the same key first (a duty's
title), then the most similar text, never by position alone; and which pairs changed places."""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Callable

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
    pairs += most_similar(old, new, [i for i in range(len(old)) if i not in used_old],
                          [j for j in range(len(new)) if j not in used_new], text)
    return sorted(pairs)


def most_similar(old: list, new: list, olds, news, text: Callable,
                 allowed: Callable = lambda a, b: True,
                 enough: Callable = lambda score, a, b: score >= SIMILAR) -> list[tuple[int, int]]:
    """Among the old and new indexes given, the allowed pairs taken best first while both are
    free and their similarity is enough."""
    scored = sorted(((similarity(text(old[i]), text(new[j])), i, j)
                     for i in olds for j in news if allowed(old[i], new[j])), reverse=True)
    pairs, used_old, used_new = [], set(), set()
    for score, i, j in scored:
        if i not in used_old and j not in used_new and enough(score, old[i], new[j]):
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return pairs


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


def ordered_pairs(old: list, new: list, text: Callable, kind: Callable,
                  always: Callable = lambda a, b: False) -> list[tuple[int, int]]:
    """Pairs that keep their order in both lists: runs of equal (kind, text), then, inside the
    runs that differ, the most similar items of one kind (or any two that always pair). A
    pair that would cross another is left out: its items count as removed and added."""
    matcher = SequenceMatcher(None, [(kind(x), text(x)) for x in old],
                              [(kind(x), text(x)) for x in new], autojunk=False)
    pairs = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pairs += list(zip(range(a1, a2), range(b1, b2)))
        elif op == "replace":
            pairs += most_similar(old, new, range(a1, a2), range(b1, b2), text,
                                  allowed=lambda a, b: kind(a) == kind(b),
                                  enough=lambda score, a, b: score >= SIMILAR or always(a, b))
    pairs.sort()
    crossing = moved(pairs)
    return [p for p in pairs if p not in crossing]
