"""Charts drawn with Graphviz: swim-lane flowcharts and organisation charts.

A chart is laid out and drawn as SVG once (for HTML and PDF). Its PNG, for DOCX, is drawn only
when a DOCX asks for it, at a resolution that gives print quality at the size it is shown:
documents that never become DOCX never pay for a raster image.
"""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from jobkit.errors import RenderError

FONT = "Noto Sans CJK SC"
PNG_DPI = 300  # print resolution, at the size the chart is shown on the page
LARGEST_BOX_MM = (160.0, 190.0)  # no template shows a chart larger than this
REF_PREFIX = "jobkit-chart:"  # what an <img data-docx-src> holds in place of the PNG itself
_WRAP = 11  # characters per line inside a box: Chinese labels have no spaces to wrap at


@dataclass(frozen=True)
class Chart:
    source: str  # DOT
    svg: str  # data: URL
    width_mm: float  # natural size
    height_mm: float

    def fit(self, width_mm: float, height_mm: float) -> float:
        """The width to show the chart at so that it fits the box, never enlarged."""
        scale = min(1.0, width_mm / self.width_mm, height_mm / self.height_mm)
        return round(self.width_mm * scale, 1)

    @property
    def ref(self) -> str:
        """A short stand-in for the PNG in HTML; the DOCX builder turns it into the PNG."""
        return REF_PREFIX + _key(self.source)

    @property
    def png(self) -> str:
        """The PNG as a data: URL (for templates that want the picture itself)."""
        return "data:image/png;base64," + base64.b64encode(png_bytes(self.source)).decode("ascii")


_drawn: dict[str, str] = {}  # ref key -> DOT source, for the charts this process has drawn


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:24]


def png_for_ref(ref: str) -> bytes | None:
    """The PNG of a chart this process drew, from its ref; None for anything else."""
    source = _drawn.get(ref[len(REF_PREFIX):]) if ref.startswith(REF_PREFIX) else None
    return png_bytes(source) if source is not None else None


def quote(text: str) -> str:
    """A DOT string literal; the text cannot end it or inject attributes, and prints as typed.

    Graphviz decodes HTML entities in labels (&amp; would print as &), so & is escaped too.
    """
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("&", "&amp;")
    return '"' + text.replace("\n", "\\n") + '"'


_CLOSING = set("，。、；：？！）》」』”’…%")  # never starts a line
_OPENING = set("（《「『“‘")  # never ends one


def wrap(text: str, width: int = _WRAP) -> str:
    """Lines of about equal length, at most width characters (one more for a closing mark),
    breaking Chinese text anywhere except before a closing or after an opening mark; the
    last line never holds one character alone."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    count = -(-len(text) // width)
    lines, line, start = [], "", 0
    for index, char in enumerate(text):
        line += char
        left = count - len(lines)  # lines still to fill, this one included
        target = -(-(len(text) - start) // left) if left > 0 else width
        following = text[index + 1] if index + 1 < len(text) else ""
        if len(line) >= target and following and following not in _CLOSING \
                and char not in _OPENING:
            lines.append(line.strip())
            line, start = "", index + 1
    if line:
        lines.append(line.strip())
    if len(lines) > 1 and len(lines[-1]) == 1:
        lines[-2:] = [lines[-2][:-1], lines[-2][-1] + lines[-1]]
    return "\n".join(lines)


def _run_graphviz(source: str, *options: str) -> bytes:
    positioned = 'pos="' in source  # a flowchart laid out here: neato keeps the positions
    program = shutil.which("neato" if positioned else "dot")
    if program is None:
        raise RenderError("Graphviz (dot) 未安装，无法绘制图表 / Graphviz (dot) is not installed: "
                          "run scripts/setup.sh or apt-get install graphviz")
    done = subprocess.run([program, *(["-n2"] if positioned else []), *options],
                          input=source.encode("utf-8"), capture_output=True, timeout=60)
    if done.returncode != 0 or not done.stdout:
        raise RenderError(f"Graphviz failed: {done.stderr.decode('utf-8', 'replace')[:300]}")
    return done.stdout


_SVG_SIZE = re.compile(r'<svg width="[\d.]+pt" height="[\d.]+pt"\s+viewBox="[\d.-]+ [\d.-]+ '
                       r'([\d.]+) ([\d.]+)"')


@lru_cache(maxsize=256)
def draw(source: str) -> Chart:
    """Lay out and draw a DOT source as SVG, at its natural size (72 dpi: points are points)."""
    # The PDF prints the labels with the core face when it has one (see render/fonts.py);
    # Graphviz measured them with the full face, whose glyphs are the same.
    svg = _run_graphviz(source, "-Tsvg").replace(f'font-family="{FONT}"'.encode(),
                                                 f'font-family="{FONT} Core,{FONT}"'.encode())
    size = _SVG_SIZE.search(svg.decode("utf-8", "replace"))
    if size is None:
        raise RenderError("Graphviz drew an SVG without a size")
    width_mm, height_mm = (round(float(v) / 72 * 25.4, 1) for v in size.groups())
    _drawn[_key(source)] = source  # so that a DOCX of this process can ask for its PNG
    return Chart(source, "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii"),
                 width_mm, height_mm)


@lru_cache(maxsize=32)
def png_bytes(source: str) -> bytes:
    """The chart as PNG, PNG_DPI at the largest size any template shows it.

    A chart larger than that box is shown scaled down, so drawing it at full resolution
    would only make a larger file (and take longer)."""
    chart = draw(source)
    scale = min(1.0, LARGEST_BOX_MM[0] / chart.width_mm, LARGEST_BOX_MM[1] / chart.height_mm)
    return _run_graphviz(source, f"-Gdpi={max(72, round(PNG_DPI * scale))}", "-Tpng")


_HEAD = (f'graph [fontname="{FONT}", fontsize=11, newrank=true, nodesep=0.3, ranksep=0.35, '
         f'bgcolor="white", pad=0.15];\n'
         f'node [fontname="{FONT}", fontsize=10, shape=box, style="rounded,filled", '
         f'fillcolor="#f4f6f9", color="#445566", penwidth=0.8, margin="0.12,0.06", height=0.3];\n'
         f'edge [fontname="{FONT}", fontsize=9, color="#445566", arrowsize=0.6, penwidth=0.8];\n')
_SHAPES = {
    "start": 'shape=ellipse, style="filled", fillcolor="#e3efe3"',
    "end": 'shape=ellipse, style="filled", fillcolor="#efe3e3"',
    "decision": 'shape=diamond, style="filled", fillcolor="#fff6dd", margin="0.02,0.02"',
    "task": "",
}


LINE_HEIGHT = 11.0  # points: a label line at fontsize 10
ROW_GAP = 18.0  # between the tallest shapes of two rows: room for arrows and their labels
PAD = 0.15 * 72  # Graphviz's pad around the drawing
LANE_WIDTHS = (130.0, 150.0, 170.0, 200.0)  # tried in turn: the one printing largest wins
SWIMLANE_BOX_MM = (160.0, 190.0)  # the room a workflow's chart has on its page


def _wraps(lane_width: float) -> dict[str, int]:
    """Characters per label line that keep each kind of shape inside a lane this wide."""
    ellipse = int((lane_width - 35) // 13)
    return {"decision": int((lane_width - 30) // 20), "start": ellipse, "end": ellipse,
            "task": int((lane_width - 40) // 10)}


def _shape_height(step_type: str, label: str) -> float:
    """How tall Graphviz draws the shape around a label (measured at fontsize 10: at least
    0.3 inch; a diamond grows twice as fast as a box)."""
    lines = label.count("\n") + 1
    grows = {"decision": (2 * LINE_HEIGHT, 4), "start": (1.4 * LINE_HEIGHT, 12),
             "end": (1.4 * LINE_HEIGHT, 12)}.get(step_type, (LINE_HEIGHT, 9))
    return max(22.0, grows[0] * lines + grows[1])


def _row_middles(rows: dict[str, int], steps: list[dict], labels: dict[str, str],
                 top: float) -> tuple[list[float], float]:
    """The y of the middle of each row (each as tall as its tallest shape) and the bottom."""
    heights = [0.0] * (max(rows.values(), default=0) + 1)
    for step in steps:
        row = rows[step["id"]]
        heights[row] = max(heights[row], _shape_height(step["type"], labels[step["id"]]))
    middles = []
    for height in heights:
        middles.append(-(top + (height + ROW_GAP) / 2))
        top += height + ROW_GAP
    return middles, -top


@dataclass(frozen=True)
class _LaneLayout:
    width: float  # of a lane
    header: float  # height of the lane titles' row
    titles: list[str]  # wrapped lane titles
    labels: dict[str, str]  # wrapped step labels by step id
    middles: list[float]  # y of each row's middle
    bottom: float


def _lane_layout(titles: list[str], rows: dict[str, int], steps: list[dict]) -> _LaneLayout:
    """The lane width printing the chart largest on its page, and the layout that goes with it:
    few lanes and many steps get wide lanes, so labels take fewer lines and rows less room."""
    box_w, box_h = (size / 25.4 * 72 for size in SWIMLANE_BOX_MM)
    best: tuple[float, _LaneLayout] | None = None
    for width in LANE_WIDTHS:
        wraps = _wraps(width)
        wrapped = [wrap(title, int(width // 12)) for title in titles]
        header = max((t.count("\n") + 1 for t in wrapped), default=1) * LINE_HEIGHT + 9
        labels = {s["id"]: wrap(s["action"], wraps.get(s["type"], wraps["task"])) for s in steps}
        middles, bottom = _row_middles(rows, steps, labels, header + 6)
        scale = min(1.0, box_w / (len(titles) * width + 2 * PAD), box_h / (2 * PAD - bottom))
        if best is None or scale > best[0] + 0.01:
            best = (scale, _LaneLayout(width, header, wrapped, labels, middles, bottom))
    return best[1]


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


def _ruled(x1: float, y1: float, x2: float, y2: float) -> str:
    """Attributes of a straight lane line: its spline is given, so Graphviz never bends it
    around a shape that sits close to it."""
    points = " ".join(f"{x1 + (x2 - x1) * t / 3:g},{y1 + (y2 - y1) * t / 3:g}" for t in range(4))
    return f'[dir=none, color="#99aabb", pos="{points}"]'


def swimlane_source(lanes: list[tuple[str, str]], steps: list[dict]) -> str:
    """Graphviz source (for neato -n2) of a flowchart with one column per lane, in order.

    lanes: (key, title); steps: {id, lane, action, type, exits: {label: target}}. Positions
    are computed here, so the lanes keep the order given; Graphviz routes the arrows.
    """
    column = {key: number for number, (key, _) in enumerate(lanes)}
    steps = [s for s in steps if s["lane"] in column]
    rows = _rows(steps) if steps else {}
    layout = _lane_layout([title for _, title in lanes], rows, steps)
    width, bottom = layout.width, layout.bottom
    # small margins: lane lines and headers sit close to each other but never overlap
    out = ["digraph flow {\n", _HEAD, 'splines=true; outputorder=edgesfirst; sep="+1"; '
           'esep="+0.5";\n']
    for number, title in enumerate(layout.titles):  # lane titles, then the lines around lanes
        out.append(f'head{number} [label={quote(title)}, pos="{(number + 0.5) * width:g},'
                   f'{-(layout.header + 6) / 2:g}!", shape=box, style="filled", '
                   f'fillcolor="#dde4ee", width={(width - 8) / 72:.3f}, '
                   f'height={layout.header / 72:.3f}, fixedsize=true];\n')
    right = len(lanes) * width
    for number in range(len(lanes) + 1):
        x = number * width
        out.append(f'top{number} [shape=point, width=0, label="", pos="{x:g},0!"];\n'
                   f'bottom{number} [shape=point, width=0, label="", pos="{x:g},{bottom:g}!"];\n'
                   f'top{number} -> bottom{number} {_ruled(x, 0, x, bottom)};\n')
    out.append(f"top0 -> top{len(lanes)} {_ruled(0, 0, right, 0)};\n"
               f"bottom0 -> bottom{len(lanes)} {_ruled(0, bottom, right, bottom)};\n")
    for step in steps:
        x = (column[step["lane"]] + 0.5) * width
        shape = _SHAPES.get(step["type"], "")
        out.append(f"{quote('s:' + step['id'])} [label={quote(layout.labels[step['id']])}, "
                   f'pos="{x:g},{layout.middles[rows[step["id"]]]:g}!"'
                   f'{", " + shape if shape else ""}];\n')
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
