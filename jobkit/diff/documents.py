"""Two sets of documents (by id) compared: which were added or removed, and what changed in
each of the others."""
from __future__ import annotations

from jobkit.diff.compare import Change, DocumentDiff, compare
from jobkit.diff.policy import AS_ARTICLES, article_changes
from jobkit.diff.sources import Version


def title_of(data: dict) -> str:
    basic = data.get("basic")
    if isinstance(basic, dict) and basic.get("title"):
        return str(basic["title"])
    return str(data.get("title") or data.get("id") or "")


def diff_documents(old: dict[str, Version], new: dict[str, Version]) -> list[DocumentDiff]:
    found = []
    for ident in list(old) + [i for i in new if i not in old]:
        before, after = old.get(ident), new.get(ident)
        data = (after or before).data
        diff = DocumentDiff(ident, str(data.get("kind")), title_of(data),
                            "added" if before is None else "removed" if after is None else
                            "changed", before.file if before else "", after.file if after else "",
                            str(data.get("lang") or "zh-CN"))
        if before is not None and after is not None:
            diff.changes = document_changes(before.data, after.data)
            if not diff.changes:
                continue
        found.append(diff)
    return found


def document_changes(old: dict, new: dict) -> list[Change]:
    if new.get("kind") == "policy" and old.get("kind") == "policy":
        strip = lambda d: {k: v for k, v in d.items() if k not in AS_ARTICLES}  # noqa: E731
        return compare(strip(old), strip(new)) + article_changes(old, new)
    return compare(old, new)
