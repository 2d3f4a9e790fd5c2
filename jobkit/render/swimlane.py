"""Swim-lane flowcharts laid out here, drawn by Graphviz (neato -n2 keeps every position and
every line as given): one column per lane, one row per step, right-angled arrows that run in
the gaps between rows and the channels beside the lane lines, so they never cross a shape.

Everything is sized in points at print size: the chart is as wide as the text of an A4 page,
its text 8.5 pt, and a flow taller than a page continues on the next one (numbered
connectors link the parts) instead of being shrunk.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jobkit.render.charts import wrap

TEXT_PT = 8.5  # step labels: at least 8 pt on paper, as the chart is never scaled down
SMALL_PT = 8.0  # exit labels, lane titles' second line, connectors
LINE = 11.0  # line height of TEXT_PT
WIDTH = 445.0  # the chart's width: 160 mm of text width less Graphviz's pad
LANE_MAX = 190.0
CHANNEL = 11.0  # kept free beside each lane line for arrows running up or down
GAP = 28.0  # between rows: room for arrows turning and their labels
ARROW = 6.0
MAX_LINES = 12  # a longer step text is cut short in its shape (never in the step table)
PAGE_HEIGHTS = (570.0, 650.0)  # first page (below the title and heading), then the others
_FILL = {"start": "#e3efe3", "end": "#efe3e3", "decision": "#fff6dd", "task": "#f4f6f9",
         "connector": "#ffffff"}
# The usual flowchart symbols: a rounded terminator for start and end, a rectangle for a
# task, a diamond for a decision, a small circle for a connector to another page.
_SHAPE = {"start": "box", "end": "box", "decision": "diamond", "task": "box",
          "connector": "circle"}


@dataclass
class _Shape:
    id: str
    number: int
    lane: int
    row: int
    type: str
    lines: list[str]
    w: float = 0.0
    h: float = 0.0
    x: float = 0.0
    y: float = 0.0  # centre, growing downwards


@dataclass
class _Page:
    rows: list[int]
    top: dict[int, float] = field(default_factory=dict)  # row → y of its top
    heights: dict[int, float] = field(default_factory=dict)


def _rows(steps: list[dict]) -> dict[str, int]:
    """A row for each step: below every step that leads to it, loops aside; one step a cell."""
    ids = [s["id"] for s in steps]
    targets = {s["id"]: [t for t in s["exits"].values() if t in ids] for s in steps}
    start = next((s["id"] for s in steps if s["type"] == "start"), ids[0] if ids else None)
    order, back, state = [], set(), {}

    # Iterative DFS (no recursion limit on long flows), exits taken last to first, so that in
    # the reversed finishing order a step's first exit comes before its second.
    def visit(node: str) -> None:
        stack = [(node, iter(targets[node][::-1]))]
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
                stack.append((child, iter(targets[child][::-1])))

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


def _size(shape: _Shape, lane_w: float, text: str) -> None:
    """Wrap the label for the shape and size the shape so the text sits inside it."""
    w = lane_w - 2 * CHANNEL
    room = (0.65 if shape.type == "decision" else 1.0) * w - 8
    shape.lines = wrap(text, max(2, int(room // TEXT_PT)), lead=f"{shape.number} ").split("\n")
    if len(shape.lines) > MAX_LINES:  # the step table below has the whole text
        shape.lines = shape.lines[:MAX_LINES - 1] + [shape.lines[MAX_LINES - 1][:-1] + "…"]
    block = len(shape.lines) * LINE
    shape.w = w
    shape.h = block / 0.35 + 4 if shape.type == "decision" else block + 10


def _label(shape: _Shape) -> str:
    """An HTML-like label: the step number in bold, as in the step table, then the text."""
    def esc(s: str) -> str:
        # \\N and the like are Graphviz escapes even in HTML labels: a backslash is doubled
        return s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(
            ">", "&gt;").replace('"', "&quot;")
    number = str(shape.number)
    first = shape.lines[0]
    rest = [esc(line) for line in shape.lines[1:]]
    head = f"<B>{number}</B>{esc(first[len(number):])}" if first.startswith(number) else esc(first)
    return "<" + "<BR/>".join([head, *rest]) + ">"


def _pages(shapes: list[_Shape], header: float) -> list[_Page]:
    """Rows split into pages no taller than a page holds."""
    rows = sorted({s.row for s in shapes})
    heights = {r: max(s.h for s in shapes if s.row == r) for r in rows}
    pages, current, used = [], [], header
    for r in rows:
        # room kept for a row of connectors above and below, and the gap under the titles
        limit = PAGE_HEIGHTS[min(len(pages), 1)] - 2 * (16 + GAP) - GAP / 2
        if current and used + heights[r] + GAP > limit:
            pages.append(_Page(current))
            current, used = [], header
        current.append(r)
        used += heights[r] + GAP
    if current:
        pages.append(_Page(current))
    for page in pages:
        page.heights = {r: heights[r] for r in page.rows}
    return pages


def swimlane_pages(lanes: list[tuple[str, str]], steps: list[dict]) -> list[str]:
    """Graphviz sources (for neato -n2), one per page, of a flowchart with one column per lane.

    lanes: (key, title); steps: {id, lane, action, type, exits: {label: target}, number}.
    """
    column = {key: n for n, (key, _) in enumerate(lanes)}
    steps = [s for s in steps if s["lane"] in column]
    lane_w = min(LANE_MAX, WIDTH / max(len(lanes), 1))
    titles = [wrap(title, max(2, int((lane_w - 8) // 9))).split("\n") for _, title in lanes]
    header = max((len(t) for t in titles), default=1) * LINE + 8
    rows = _rows(steps) if steps else {}
    shapes = {}
    for n, s in enumerate(steps, 1):
        shape = _Shape(s["id"], s.get("number", n), column[s["lane"]], rows[s["id"]], s["type"], [])
        _size(shape, lane_w, s["action"])
        shapes[s["id"]] = shape
    pages = _pages(list(shapes.values()), header) or [_Page([])]
    page_of = {sid: i for i, p in enumerate(pages) for sid, sh in shapes.items() if sh.row in p.rows}
    from jobkit.render.swimlane_draw import draw_page

    return [draw_page(i, page, pages, shapes, page_of, steps, lanes, titles, lane_w, header)
            for i, page in enumerate(pages)]

