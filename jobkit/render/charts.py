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
    dot = shutil.which("dot")
    if dot is None:
        raise RenderError("Graphviz (dot) 未安装，无法绘制图表 / Graphviz (dot) is not installed: "
                          "run scripts/setup.sh or apt-get install graphviz")
    with tempfile.TemporaryDirectory(prefix="jobkit-chart-") as folder:
        svg, png = Path(folder, "chart.svg"), Path(folder, "chart.png")
        done = subprocess.run([dot, "-Tsvg", "-o", str(svg), f"-Gdpi={PNG_DPI}", "-Tpng",
                               "-o", str(png)], input=source.encode("utf-8"),
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


def swimlane_source(lanes: list[tuple[str, str]], steps: list[dict]) -> str:
    """DOT for a flowchart with one column per lane, in the given order.

    lanes: (key, title); steps: {id, lane, action, type, exits: {label: target}}.
    """
    out = ["digraph flow {\n", _HEAD, "rankdir=TB;\n"]
    lane_index = {key: number for number, (key, _) in enumerate(lanes)}
    for number, (key, title) in enumerate(lanes):
        out.append(f"subgraph cluster_lane{number} {{ label={quote(title)}; style=\"rounded\"; "
                   f"color=\"#99aabb\"; fontsize=11;\n")
        for step in (s for s in steps if s["lane"] == key):
            shape = _SHAPES.get(step["type"], "")
            out.append(f"  {quote('s:' + step['id'])} [label={quote(wrap(step['action']))}"
                       f"{', ' + shape if shape else ''}];\n")
        out.append("}\n")
    # Lane order: invisible anchors above the lanes (outside the clusters, where dot keeps a
    # chain of same-rank nodes in order), each pulling its lane's first step below it.
    for number in range(len(lanes)):
        out.append(f'lane{number} [style=invis, shape=point, width=0, label=""];\n')
    heads = " ".join(f"lane{n};" for n in range(len(lanes)))
    out.append(f"{{ rank=min; {heads} }}\n")
    if len(lanes) > 1:
        out.append(" -> ".join(f"lane{n}" for n in range(len(lanes)))
                   + " [style=invis, weight=10];\n")
    for number, (key, _) in enumerate(lanes):
        first = next((s for s in steps if s["lane"] == key), None)
        if first is not None:
            out.append(f"lane{number} -> {quote('s:' + first['id'])} [style=invis, weight=50];\n")
    known = {s["id"] for s in steps if s["lane"] in lane_index}
    for step in steps:
        for label, target in step["exits"].items():
            if step["id"] in known and target in known:
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
