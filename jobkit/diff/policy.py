"""A policy's articles as printed (第一条 … numbered across chapters): which were added,
removed or reworded, which chapters came or went, and which only changed their number."""
from __future__ import annotations

from jobkit.diff.compare import Change
from jobkit.diff.match import pair

# Fields a policy prints as articles of 总则 and 附则: compared as articles, not as fields.
AS_ARTICLES = ("purpose", "basis", "scope", "definitions", "responsibilities", "chapters",
               "procedure", "appendices", "interpretation", "effective")


def printed_articles(data: dict) -> list[dict]:
    """[{number, label, chapter, heading, text}] in print order."""
    from jobkit.model import build_document
    from jobkit.render.context import Index, policy_chapters

    policy = build_document(data)
    found = []
    for chapter in policy_chapters(policy, Index()):
        for article in chapter["articles"]:
            text = article["text"] + "".join(item for _, item in article["enumeration"])
            found.append({"number": len(found) + 1, "label": article["label"],
                          "chapter": chapter["title"], "chapter_label": chapter["label"],
                          "heading": article["heading"], "text": text})
    return found


def article_changes(old_data: dict, new_data: dict) -> list[Change]:
    old, new = printed_articles(old_data), printed_articles(new_data)
    old_chapters = {a["chapter"] for a in old}
    new_chapters = {a["chapter"] for a in new}
    changes: list[Change] = []
    for title in [a["chapter"] for a in new if a["chapter"] not in old_chapters]:
        if not any(c.path == ("chapters", title) for c in changes):
            count = sum(a["chapter"] == title for a in new)
            label = next(a["chapter_label"] for a in new if a["chapter"] == title)
            changes.append(Change("added", ("chapters", title), None, f"{label} {title}",
                                  position=(0, count)))
    for title in [a["chapter"] for a in old if a["chapter"] not in new_chapters]:
        if not any(c.path == ("chapters", title) for c in changes):
            count = sum(a["chapter"] == title for a in old)
            label = next(a["chapter_label"] for a in old if a["chapter"] == title)
            changes.append(Change("removed", ("chapters", title), f"{label} {title}", None,
                                  position=(count, 0)))
    pairs = pair(old, new, key=lambda a: a["text"], text=lambda a: a["text"])
    paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, article in enumerate(old):
        if i not in paired_old and article["chapter"] in new_chapters:
            changes.append(Change("removed", ("articles", article["label"]), article["text"],
                                  position=(article["number"], 0)))
    for j, article in enumerate(new):
        if j not in paired_new and article["chapter"] in old_chapters:
            changes.append(Change("added", ("articles", article["label"]), None, article["text"],
                                  position=(0, article["number"])))
    renumbered = []
    for i, j in pairs:
        if old[i]["text"] != new[j]["text"]:
            changes.append(Change("reworded", ("articles", new[j]["label"]), old[i]["text"],
                                  new[j]["text"], position=(old[i]["number"], new[j]["number"])))
        elif old[i]["number"] != new[j]["number"]:
            renumbered.append((old[i], new[j]))
    changes.extend(_renumbered(renumbered))
    return changes


def _renumbered(moves: list[tuple[dict, dict]]) -> list[Change]:
    """Consecutive articles that moved by the same amount, as one change each run."""
    runs: list[list[tuple[dict, dict]]] = []
    for old, new in sorted(moves, key=lambda m: m[0]["number"]):
        if runs and old["number"] == runs[-1][-1][0]["number"] + 1 and \
                new["number"] - old["number"] == runs[-1][-1][1]["number"] - \
                runs[-1][-1][0]["number"]:
            runs[-1].append((old, new))
        else:
            runs.append([(old, new)])
    return [Change("renumbered", ("articles", run[0][1]["label"]),
                   (run[0][0]["label"], run[-1][0]["label"]),
                   (run[0][1]["label"], run[-1][1]["label"]),
                   position=(run[0][0]["number"], run[0][1]["number"])) for run in runs]
