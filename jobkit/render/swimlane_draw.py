"""One page of a swim-lane flowchart as DOT: rows placed, connectors to other pages added,
arrows routed at right angles through the gaps between rows and the channels by the lane lines."""
from __future__ import annotations

from jobkit.render.charts import FONT, quote, straight_spline
from jobkit.render.swimlane import (ARROW, GAP, LINE, SMALL_PT, TEXT_PT, _FILL, _label, _Page,
                                    _SHAPE, _Shape)

CONNECTOR = 16.0  # diameter of a connector to another page
_GAP_TRACKS = (0.0, -5.0, 5.0, -9.0, 9.0)
_CHANNEL_TRACKS = (3.5, 7.5, 10.0)


class _Router:
    """Right-angled routes; parallel runs in one gap or channel get tracks of their own."""

    def __init__(self, lane_w: float, row_band: dict, shapes_by_lane: dict):
        self.lane_w, self.row_band, self.by_lane = lane_w, row_band, shapes_by_lane
        self.gaps: dict[float, int] = {}
        self.channels: dict[tuple[int, int], int] = {}

    def gap(self, y: float) -> float:
        k = self.gaps.get(round(y), 0)
        self.gaps[round(y)] = k + 1
        return y + _GAP_TRACKS[k % len(_GAP_TRACKS)]

    def channel(self, lane: int, side: int) -> float:
        """x of a free track beside the lane line on that side (+1 right, -1 left) of a lane."""
        k = self.channels.get((lane, side), 0)
        self.channels[(lane, side)] = k + 1
        border = (lane + (1 if side > 0 else 0)) * self.lane_w
        return border - side * _CHANNEL_TRACKS[k % len(_CHANNEL_TRACKS)]

    def below(self, s: _Shape) -> float:
        return self.row_band[s.row][1] + GAP / 2

    def above(self, t: _Shape) -> float:
        return self.row_band[t.row][0] - GAP / 2

    def clear_between(self, s: _Shape, t: _Shape) -> bool:
        return s.lane == t.lane and t.row > s.row and not any(
            s.row < o.row < t.row for o in self.by_lane.get(s.lane, []))

    def route(self, s: _Shape, t: _Shape, port: str, tx: float) -> list[tuple[float, float]]:
        end = (tx, t.y - t.h / 2 - ARROW)
        if port == "bottom":
            start = (s.x, s.y + s.h / 2)
            if self.clear_between(s, t) and abs(tx - s.x) < 0.5:
                return [start, end]
            if t.row == s.row + 1:
                g = self.gap(self.below(s))
                return [start, (s.x, g), (tx, g), end]
            g1 = self.gap(self.below(s))
            side = 1 if t.lane >= s.lane else -1
            ch = self.channel(s.lane, side)
            g2 = self.gap(self.above(t))
            return [start, (s.x, g1), (ch, g1), (ch, g2), (tx, g2), end]
        side = 1 if port == "right" else -1
        start = (s.x + side * s.w / 2, s.y)
        ch = self.channel(s.lane, side)
        g2 = self.gap(self.above(t))
        return [start, (ch, s.y), (ch, g2), (tx, g2), end]


def _ports(s: _Shape, targets: list[_Shape], router: _Router) -> list[str]:
    """Which side each exit leaves by: straight down to the nearest target below with nothing
    in between, the others toward their target's lane (right when it is the same lane)."""
    chosen = [""] * len(targets)
    below = [i for i, t in enumerate(targets) if router.clear_between(s, t)]
    below = below or [i for i, t in enumerate(targets) if t.lane == s.lane and t.row > s.row]
    if below:
        chosen[min(below, key=lambda i: targets[i].row)] = "bottom"
    free = [p for p in ("bottom", "right", "left") if p not in chosen]
    for i, t in enumerate(targets):
        if chosen[i]:
            continue
        want = "left" if t.lane < s.lane else "right"
        other = "right" if want == "left" else "left"
        port = next((p for p in (want, "bottom", other) if p in free), "bottom")
        if port in free:
            free.remove(port)
        chosen[i] = port
    return chosen


def _spline(points: list[tuple[float, float]], tip: tuple[float, float]) -> str:
    """Graphviz edge pos: the straight segments, then the arrow to the tip."""
    return f"e,{tip[0]:.1f},{-tip[1]:.1f} {straight_spline(points)}"


def _place(page: _Page, shapes: list[_Shape], lane_w: float, top: float) -> float:
    """Rows top to bottom from y=top; shapes centred in their lane and row. Returns the bottom."""
    y = top
    for r in page.rows:
        page.top[r] = y
        y += page.heights[r] + GAP
    for s in shapes:
        s.x = (s.lane + 0.5) * lane_w
        s.y = page.top[s.row] + page.heights[s.row] / 2
    return y


def draw_page(number, page, pages, shapes, page_of, steps, lanes, titles, lane_w, header) -> str:
    here = [shapes[s["id"]] for s in steps if page_of[s["id"]] == number]
    incoming = sorted({t for s in steps if page_of[s["id"]] < number
                       for t in s["exits"].values() if page_of.get(t) == number})
    top = header + GAP / 2 + (CONNECTOR + GAP if incoming else 0)
    bottom = _place(page, here, lane_w, top)
    band = {r: (page.top[r], page.top[r] + page.heights[r]) for r in page.rows}
    first, last = (min(page.rows), max(page.rows)) if page.rows else (0, 0)
    outgoing = sorted({t for s in steps if page_of[s["id"]] == number
                       for t in s["exits"].values() if t in page_of and page_of[t] != number})
    connectors: dict[tuple[str, str], _Shape] = {}
    for t in incoming:
        c = _Shape(f"in:{t}", shapes[t].number, shapes[t].lane, first - 1, "connector",
                   [str(shapes[t].number)], CONNECTOR, CONNECTOR,
                   0.0, header + GAP / 2 + CONNECTOR / 2)
        connectors[("in", t)] = c
    if outgoing:
        bottom += CONNECTOR / 2
        for t in outgoing:
            connectors[("out", t)] = _Shape(
                f"out:{t}", shapes[t].number, shapes[t].lane, last + 1, "connector",
                [str(shapes[t].number)], CONNECTOR, CONNECTOR, 0.0, bottom)
        bottom += CONNECTOR / 2 + GAP / 2
    _spread(list(connectors.values()), lane_w)
    band[first - 1] = (header + GAP / 2, header + GAP / 2 + CONNECTOR)
    band[last + 1] = (bottom - GAP / 2 - CONNECTOR, bottom - GAP / 2)
    by_lane: dict[int, list[_Shape]] = {}
    for s in here:
        by_lane.setdefault(s.lane, []).append(s)
    router = _Router(lane_w, band, by_lane)
    out = ["digraph flow {\n",
           f'graph [pad=0.05, bgcolor="white", outputorder=edgesfirst];\n'
           f'node [fontname="{FONT}", fontsize={TEXT_PT}, penwidth=0.8, color="#445566", '
           f'fixedsize=true, margin=0];\n'
           f'edge [color="#445566", arrowsize=0.6, penwidth=0.8];\n']
    out += _frame(lanes, titles, lane_w, header, bottom)
    for s in here + list(connectors.values()):
        out.append(_node(s))
    edges = [(shapes[s["id"]], label, target) for s in steps if page_of[s["id"]] == number
             for label, target in s["exits"].items() if target in shapes]
    edges += [(c, "", t) for (kind, t), c in connectors.items() if kind == "in"]
    ends = [(s, label, _target(s, target, number, page_of, shapes, connectors))
            for s, label, target in edges]
    arrivals: dict[str, list] = {}
    for s, label, t in ends:
        arrivals.setdefault(t.id, []).append(s)
    for s in {id(e[0]): e[0] for e in ends}.values():
        mine = [(label, t) for src, label, t in ends if src is s]
        for (label, t), port in zip(mine, _ports(s, [t for _, t in mine], router)):
            tx = _arrival_x(t, arrivals[t.id].index(s), len(arrivals[t.id]))
            points = router.route(s, t, port, tx)
            tip = (tx, t.y - t.h / 2)
            out.append(f'{quote("s:" + s.id)} -> {quote("s:" + t.id)} '
                       f'[pos="{_spline(points, tip)}"];\n')
            if label:
                out.append(_edge_label(s, t, label, port, points))
    out.append("}\n")
    return "".join(out)


def _spread(connectors: list[_Shape], lane_w: float) -> None:
    """Connectors in one lane and row sit side by side, in step order."""
    groups: dict[tuple[int, int], list[_Shape]] = {}
    for c in sorted(connectors, key=lambda c: c.number):
        groups.setdefault((c.lane, c.row), []).append(c)
    for (lane, _), group in groups.items():
        for i, c in enumerate(group):
            c.x = (lane + 0.5) * lane_w + (i - (len(group) - 1) / 2) * (CONNECTOR + 6)


def _target(s, target, number, page_of, shapes, connectors):
    if page_of[target] == number:
        return shapes[target]
    return connectors[("out", target)]


def _arrival_x(t: _Shape, index: int, count: int) -> float:
    """Arrows into one box spread along its top; into a diamond or circle, its top point."""
    if t.type != "task" or count == 1:
        return t.x
    spread = min(10.0, (t.w - 16) / max(count - 1, 1))
    return t.x + (index - (count - 1) / 2) * spread


def _node(s: _Shape) -> str:
    style = "rounded,filled" if s.type in ("start", "end") else "filled"
    label = quote(s.lines[0]) if s.type == "connector" else _label(s)
    size = f"fontsize={SMALL_PT}, " if s.type == "connector" else ""
    return (f'{quote("s:" + s.id)} [shape={_SHAPE[s.type]}, style="{style}", '
            f'fillcolor="{_FILL[s.type]}", label={label}, {size}pos="{s.x:.1f},{-s.y:.1f}!", '
            f'width={s.w / 72:.3f}, height={s.h / 72:.3f}];\n')


def _edge_label(s: _Shape, t: _Shape, label: str, port: str, points) -> str:
    """The exit's label beside the first stretch of its own arrow."""
    width = sum(SMALL_PT if ord(ch) > 0x2e80 else SMALL_PT * 0.6 for ch in label) + 2
    (x0, y0) = points[0]
    if port == "bottom":  # beside the arrow, on the side it does not turn to
        turns_left = len(points) > 2 and points[2][0] < x0 - 0.5
        x, y = x0 + (3 + width / 2) * (1 if turns_left else -1), y0 + 6
        if len(points) == 2 or abs(points[2][0] - x0) < 0.5:
            x = x0 + 3 + width / 2
    else:
        x, y = x0 + (3 + width / 2) * (1 if port == "right" else -1), y0 - 7
    key = f"label:{s.id}:{t.id}"
    return (f'{quote(key)} [shape=plaintext, style="", label={quote(label)}, '
            f'fontsize={SMALL_PT}, pos="{x:.1f},{-y:.1f}!", width={width / 72:.3f}, '
            f'height={LINE / 72:.3f}];\n')


def _frame(lanes, titles, lane_w, header, bottom) -> list[str]:
    """Lane titles in a header row and straight lane lines from top to bottom."""
    out = []
    for n, lines in enumerate(titles):
        out.append(f'head{n} [shape=box, style="filled", fillcolor="#dde4ee", color="#dde4ee", '
                   f'label={quote(chr(10).join(lines))}, fontsize=9, '
                   f'pos="{(n + 0.5) * lane_w:.1f},{-header / 2:.1f}!", '
                   f'width={(lane_w - 4) / 72:.3f}, height={(header - 4) / 72:.3f}];\n')
    right = len(lanes) * lane_w
    lines = [((n * lane_w, 0), (n * lane_w, bottom)) for n in range(len(lanes) + 1)]
    lines += [((0, 0), (right, 0)), ((0, header), (right, header)), ((0, bottom), (right, bottom))]
    for k, ((x1, y1), (x2, y2)) in enumerate(lines):
        out.append(f'p{k}a [shape=point, width=0, height=0, label="", pos="{x1:.1f},{-y1:.1f}!"];\n'
                   f'p{k}b [shape=point, width=0, height=0, label="", pos="{x2:.1f},{-y2:.1f}!"];\n'
                   f'p{k}a -> p{k}b [dir=none, color="#99aabb", '
                   f'pos="{straight_spline([(x1, y1), (x2, y2)])}"];\n')
    return out
