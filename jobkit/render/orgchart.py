"""Organisation charts laid out here as a tree read left to right (superior, then the posts
under it, in the order given), drawn by Graphviz with neato -n2 so nothing moves."""
from __future__ import annotations

from jobkit.render.charts import FONT, quote, straight_spline

FONT_PT = 10.0
BOX_H = 22.0
ROW_GAP = 8.0  # between two boxes one above the other
COLUMN_GAP = 34.0  # between a superior's column and its posts'


def _width(label: str) -> float:
    return sum(FONT_PT if ord(ch) > 0x2e80 else FONT_PT * 0.6 for ch in label) + 18


def org_source(posts: list[tuple[str, str, str | None]]) -> str:
    """DOT (for neato -n2) of an organisation chart: (key, label, key of the superior or None).

    Every chart reads left to right, the same way whatever its size, so a large one is as
    tall as a page rather than many pages wide; posts keep the order given.
    """
    labels = {key: label for key, label, _ in posts}
    children: dict[str | None, list[str]] = {}
    for key, _, boss in posts:
        children.setdefault(boss if boss in labels and boss != key else None, []).append(key)
    depth, order = {}, []

    def place(root: str) -> None:  # iterative: no recursion limit
        stack = [(root, 0)]
        while stack:
            key, level = stack.pop()
            if key in depth:
                continue
            depth[key] = level
            order.append(key)
            stack.extend((child, level + 1) for child in reversed(children.get(key, [])))

    for root in children.get(None, []):
        place(root)
    for key in labels:  # posts in a loop of superiors: shown as roots of their own
        if key not in depth:
            place(key)
    widths = {key: _width(label) for key, label in labels.items()}
    columns = max(depth.values(), default=0) + 1
    column_w = [max((widths[k] for k in depth if depth[k] == c), default=0) for c in range(columns)]
    left = [sum(column_w[:c]) + COLUMN_GAP * c for c in range(columns)]
    y = _rows(order, children, depth)
    out = ["digraph org {\n", 'graph [pad=0.1, bgcolor="white"];\n',
           f'node [fontname="{FONT}", fontsize={FONT_PT:g}, shape=box, style="rounded,filled", '
           f'fillcolor="#f4f6f9", color="#445566", penwidth=0.8, fixedsize=true, margin=0];\n'
           f'edge [color="#445566", penwidth=0.8, arrowhead=none];\n']
    for key in order:
        x = left[depth[key]] + widths[key] / 2
        out.append(f'{quote(key)} [label={quote(labels[key])}, pos="{x:.1f},{-y[key]:.1f}!", '
                   f'width={widths[key] / 72:.3f}, height={BOX_H / 72:.3f}];\n')
    for key in order:
        for child in children.get(key, []):
            if depth.get(child) != depth[key] + 1:
                continue
            x1 = left[depth[key]] + widths[key]
            x2 = left[depth[child]]
            mid = x2 - COLUMN_GAP / 2
            points = [(x1, y[key]), (mid, y[key]), (mid, y[child]), (x2, y[child])]
            out.append(f"{quote(key)} -> {quote(child)} [pos=\"{straight_spline(points)}\"];\n")
    out.append("}\n")
    return "".join(out)


def _rows(order: list[str], children: dict, depth: dict) -> dict[str, float]:
    """y of each box: the posts without posts under them one below the other, a superior
    level with the middle of the posts under it."""
    y, next_y = {}, 0.0
    for key in order:  # leaves in the order they are met
        if not [c for c in children.get(key, []) if depth.get(c) == depth[key] + 1]:
            y[key] = next_y
            next_y += BOX_H + ROW_GAP
    for key in reversed(order):  # superiors after the posts under them
        if key not in y:
            below = [y[c] for c in children[key] if depth.get(c) == depth[key] + 1]
            y[key] = (min(below) + max(below)) / 2
    return y
