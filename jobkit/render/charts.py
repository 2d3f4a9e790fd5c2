"""Charts drawn with Graphviz from sources laid out by jobkit (swimlane.py, orgchart.py).

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


_HAN = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/:+\-]*|\S|\s")


def _units(token: str) -> float:
    """Width in Chinese characters: Latin letters and figures are about half as wide."""
    return sum(1.0 if ord(ch) > 0x2e80 else 0.55 for ch in token)


def wrap(text: str, width: int = _WRAP, lead: str = "") -> str:
    """Lines of about equal length, at most width Chinese characters (a closing mark may
    stand past it), breaking Chinese text anywhere except inside a number or Latin word,
    before a closing or after an opening mark; the last line never holds one character.
    lead (a step number) goes before the text, kept with its first two characters."""
    text = " ".join(text.split())
    tokens = _TOKEN.findall(text)
    if lead:
        tokens[:2] = ["".join([lead, *tokens[:2]])]
    total = sum(_units(t) for t in tokens)
    if total <= width:
        return "".join(tokens)
    count = -(-total // width)
    lines, line, used, done = [], "", 0.0, 0.0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        line += token
        used += _units(token)
        target = (total - done) / max(count - len(lines), 1)
        nxt = _units(following)
        if following and following[0] not in _CLOSING and token[-1] not in _OPENING and \
                (used >= target - 0.25 or used + nxt > width):
            lines.append(line.strip())
            done += used
            line, used = "", 0.0
    if line.strip():
        lines.append(line.strip())
    # the last line keeps two Chinese characters (到80分, not 80分 under 是否达到): it takes
    # the last one of the line before, with any closing marks after it
    if len(lines) > 1 and len(_HAN.findall(lines[-1])) < 2:
        last = max((m.start() for m in _HAN.finditer(lines[-2])), default=0)
        if last > 0:
            lines[-2:] = [lines[-2][:last], lines[-2][last:] + lines[-1]]
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


def straight_spline(points: list[tuple[float, float]]) -> str:
    """Graphviz spline points (y up) for straight segments through points given with y down:
    each segment a cubic piece whose control points lie on it."""
    out = [points[0]]
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        out += [(x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3),
                (x1 + 2 * (x2 - x1) / 3, y1 + 2 * (y2 - y1) / 3), (x2, y2)]
    return " ".join(f"{x:.1f},{-y:.1f}" for x, y in out)
