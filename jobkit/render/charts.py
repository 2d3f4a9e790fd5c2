"""Charts drawn once with Graphviz: swim-lane flowcharts and organisation charts.

Each chart comes back as an SVG (for HTML and PDF) and a PNG at print resolution (for DOCX),
both as data: URLs, from the same DOT source.
"""
from __future__ import annotations

import base64
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jobkit.errors import RenderError

FONT = "Noto Sans CJK SC"
PNG_DPI = 200
_WRAP = 11  # characters per line inside a box: Chinese labels have no spaces to wrap at


@dataclass(frozen=True)
class Chart:
    svg: str  # data: URL
    png: str  # data: URL
    width_mm: float  # natural size
    height_mm: float

    def fit(self, width_mm: float, height_mm: float) -> float:
        """The width to show the chart at so that it fits the box, never enlarged."""
        scale = min(1.0, width_mm / self.width_mm, height_mm / self.height_mm)
        return round(self.width_mm * scale, 1)


def quote(text: str) -> str:
    """A DOT string literal; the text cannot end it or inject attributes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def wrap(text: str, width: int = _WRAP) -> str:
    lines, line = [], ""
    for char in text:
        line += char
        if len(line) >= width and char not in "，。、；：":
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return "\n".join(lines)


def _run_dot(source: str) -> tuple[bytes, bytes]:
    """SVG and PNG from one Graphviz run (the layout is computed once for both)."""
    positioned = 'pos="' in source  # a flowchart laid out here: neato keeps the positions
    dot = shutil.which("neato" if positioned else "dot")
    if dot is None:
        raise RenderError("Graphviz (dot) 未安装，无法绘制图表 / Graphviz (dot) is not installed: "
                          "run scripts/setup.sh or apt-get install graphviz")
    with tempfile.TemporaryDirectory(prefix="jobkit-chart-") as folder:
        svg, png = Path(folder, "chart.svg"), Path(folder, "chart.png")
        done = subprocess.run([dot, *(["-n2"] if positioned else []), "-Tsvg", "-o", str(svg),
                               f"-Gdpi={PNG_DPI}", "-Tpng", "-o", str(png)],
                              input=source.encode("utf-8"),
                              capture_output=True, timeout=60)
        if done.returncode != 0:
            raise RenderError(f"Graphviz failed: {done.stderr.decode('utf-8', 'replace')[:300]}")
        return _undo_dpi(svg.read_text("utf-8")).encode("utf-8"), png.read_bytes()


_SVG_SIZE = re.compile(r'<svg width="[\d.]+pt" height="[\d.]+pt"\s+viewBox="([\d.]+) ([\d.]+) '
                       r'([\d.]+) ([\d.]+)"')
_SVG_SCALE = re.compile(r'(<g id="graph0" class="graph" transform=")scale\([\d.]+ [\d.]+\) ')


def _undo_dpi(svg: str) -> str:
    """The dpi for the PNG also scales the SVG's drawing but not its viewBox (Graphviz 2.43),
    which would crop it: draw the SVG at its natural size; it is sized by the page anyway."""
    svg = _SVG_SIZE.sub(lambda m: f'<svg width="{m.group(3)}pt" height="{m.group(4)}pt" '
                        f'viewBox="{m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)}"', svg, 1)
    return _SVG_SCALE.sub(r"\1scale(1 1) ", svg, 1)


@lru_cache(maxsize=256)
def draw(source: str) -> Chart:
    """Run Graphviz once for a DOT source."""
    svg, png = _run_dot(source)
    width_px = int.from_bytes(png[16:20], "big")  # PNG IHDR width and height
    height_px = int.from_bytes(png[20:24], "big")
    return Chart("data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii"),
                 "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
                 round(width_px / PNG_DPI * 25.4, 1), round(height_px / PNG_DPI * 25.4, 1))


_HEAD = (f'graph [fontname="{FONT}", fontsize=11, newrank=true, nodesep=0.3, ranksep=0.35, '
         f'bgcolor="white", pad=0.15];\n'
         f'node [fontname="{FONT}", fontsize=10, shape=box, style="rounded,filled", '
         f'fillcolor="#f4f6f9", color="#445566", penwidth=0.8, margin="0.12,0.06"];\n'
         f'edge [fontname="{FONT}", fontsize=9, color="#445566", arrowsize=0.6, penwidth=0.8];\n')
_SHAPES = {
    "start": 'shape=ellipse, style="filled", fillcolor="#e3efe3"',
    "end": 'shape=ellipse, style="filled", fillcolor="#efe3e3"',
    "decision": 'shape=diamond, style="filled", fillcolor="#fff6dd", margin="0.02,0.02"',
    "task": "",
}


LANE_WIDTH = 170.0  # points
ROW_HEIGHT = 72.0
HEADER_HEIGHT = 30.0


def _rows(steps: list[dict]) -> dict[str, int]:
    """A row for each step: below every step that leads to it, loops aside; one step a cell."""
    ids = [s["id"] for s in steps]
    targets = {s["id"]: [t for t in s["exits"].values() if t in ids] for s in steps}
    start = next((s["id"] for s in steps if s["type"] == "start"), ids[0] if ids else None)
    order, back, state = [], set(), {}

    def visit(node: str) -> None:  # iterative DFS: no recursion limit on long flows
        stack = [(node, iter(targets[node]))]
        state[node] = "open"
        while stack:
            current, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[current] = "done"
                order.append(current)
                stack.pop()
            elif state.get(child) == "open":
                back.add((current, child))
            elif child not in state:
                state[child] = "open"
                stack.append((child, iter(targets[child])))

    for node in ([start] if start else []) + ids:
        if node not in state:
            visit(node)
    lane_of = {s["id"]: s["lane"] for s in steps}
    row: dict[str, int] = {}
    taken: set[tuple[int, str]] = set()
    for node in reversed(order):  # topological order of the flow without its loops
        preds = [r for r in row if node in targets[r] and (r, node) not in back]
        wanted = max((row[p] + 1 for p in preds), default=0)
        while (wanted, lane_of[node]) in taken:
            wanted += 1
        row[node] = wanted
        taken.add((wanted, lane_of[node]))
    return row


def swimlane_source(lanes: list[tuple[str, str]], steps: list[dict]) -> str:
    """Graphviz source (for neato -n2) of a flowchart with one column per lane, in order.

    lanes: (key, title); steps: {id, lane, action, type, exits: {label: target}}. Positions
    are computed here, so the lanes keep the order given; Graphviz routes the arrows.
    """
    column = {key: number for number, (key, _) in enumerate(lanes)}
    steps = [s for s in steps if s["lane"] in column]
    rows = _rows(steps) if steps else {}
    depth = max(rows.values(), default=0) + 1
    bottom = -(HEADER_HEIGHT + depth * ROW_HEIGHT)
    # small margins: lane lines and headers sit close to each other but never overlap
    out = ["digraph flow {\n", _HEAD, 'splines=true; outputorder=edgesfirst; sep="+1"; '
           'esep="+0.5";\n']
    for number, (_, title) in enumerate(lanes):  # lane headers and the lines between lanes
        x = number * LANE_WIDTH + LANE_WIDTH / 2
        out.append(f'head{number} [label={quote(wrap(title, 9))}, pos="{x},{-HEADER_HEIGHT / 2}!", '
                   f'shape=box, style="filled", fillcolor="#dde4ee", width={(LANE_WIDTH - 8) / 72}, '
                   f'height={(HEADER_HEIGHT - 10) / 72}, fixedsize=true];\n')
    for number in range(len(lanes) + 1):
        x = number * LANE_WIDTH
        out.append(f'top{number} [shape=point, width=0, label="", pos="{x},0!"];\n'
                   f'bottom{number} [shape=point, width=0, label="", pos="{x},{bottom}!"];\n'
                   f'top{number} -> bottom{number} [dir=none, color="#99aabb"];\n')
    out.append(f"top0 -> top{len(lanes)} [dir=none, color=\"#99aabb\"];\n"
               f"bottom0 -> bottom{len(lanes)} [dir=none, color=\"#99aabb\"];\n")
    for step in steps:
        x = column[step["lane"]] * LANE_WIDTH + LANE_WIDTH / 2
        y = -(HEADER_HEIGHT + rows[step["id"]] * ROW_HEIGHT + ROW_HEIGHT / 2)
        shape = _SHAPES.get(step["type"], "")
        # narrow labels keep every shape inside its lane, so arrows can be routed around them
        width = {"decision": 7, "start": 8, "end": 8}.get(step["type"], 10)
        out.append(f"{quote('s:' + step['id'])} [label={quote(wrap(step['action'], width))}, "
                   f'pos="{x},{y}!"{", " + shape if shape else ""}];\n')
    known = {s["id"] for s in steps}
    for step in steps:
        for label, target in step["exits"].items():
            if target in known:
                attrs = f" [xlabel={quote(label)}]" if label else ""
                out.append(f"{quote('s:' + step['id'])} -> {quote('s:' + target)}{attrs};\n")
    out.append("}\n")
    return "".join(out)


def org_source(posts: list[tuple[str, str, str | None]]) -> str:
    """DOT for an organisation chart: (key, label, key of the superior or None).

    A small chart reads top-down; a large one left to right, so that it is as tall as a page
    rather than many pages wide.
    """
    direction = "TB" if len(posts) <= 8 else "LR"
    out = ["digraph org {\n", _HEAD, f"rankdir={direction}; splines=ortho;\n"]
    keys = {key for key, _, _ in posts}
    for key, label, _ in posts:
        out.append(f"{quote(key)} [label={quote(label)}];\n")
    for key, _, boss in posts:
        if boss is not None and boss in keys:
            out.append(f"{quote(boss)} -> {quote(key)} [arrowhead=none];\n")
    out.append("}\n")
    return "".join(out)
