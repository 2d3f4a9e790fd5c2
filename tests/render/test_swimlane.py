"""Swim-lane charts a person can read: text at least 8 pt on paper, step numbers as in the step
table, right-angled arrows that never cross a shape, exit labels by their own arrow, and a long
flow continued on the next page instead of shrunk."""
from __future__ import annotations

import base64
import re

import pytest

from conftest import REPO, require_tool, run_jobkit
from jobkit.render import charts, swimlane

PROCESSES = sorted((REPO / "examples" / "customer-service" / "modules").glob("*/processes/*.yaml"))
_POINTS = re.compile(r"(-?[\d.]+),(-?[\d.]+)")


def charts_of(html: str) -> list[tuple[str, float]]:
    """(SVG, width shown in mm) of every chart in a rendered page."""
    found = re.findall(r'<img src="data:image/svg\+xml;base64,([^"]+)"[^>]*?'
                       r'style="width: ([\d.]+)mm"', html)
    return [(base64.b64decode(data).decode("utf-8"), float(width)) for data, width in found]


def natural_mm(svg: str) -> float:
    return float(re.search(r'<svg width="([\d.]+)pt"', svg).group(1)) / 72 * 25.4


def groups(svg: str, kind: str) -> dict[str, str]:
    return dict(re.findall(rf'<g id="[^"]+" class="{kind}">\n<title>([^<]*)</title>\n(.*?)</g>',
                           svg, re.S))


def boxes(svg: str) -> dict[str, tuple[float, float, float, float]]:
    """Bounding boxes of the step shapes and connectors."""
    out = {}
    for title, body in groups(svg, "node").items():
        if not title.startswith("s:"):
            continue
        circle = re.search(r'<ellipse[^>]* cx="([\d.-]+)" cy="([\d.-]+)" rx="([\d.]+)" '
                           r'ry="([\d.]+)"', body)
        if circle:
            cx, cy, rx, ry = map(float, circle.groups())
            out[title[2:]] = (cx - rx, cy - ry, cx + rx, cy + ry)
            continue
        outline = re.search(r'(?:points|d)="([^"]+)"', body).group(1)
        xs, ys = zip(*((float(x), float(y)) for x, y in _POINTS.findall(outline)))
        out[title[2:]] = (min(xs), min(ys), max(xs), max(ys))
    return out


def arrows(svg: str) -> list[tuple[str, str, list[tuple[float, float]]]]:
    out = []
    for title, body in groups(svg, "edge").items():
        if title.startswith("s:"):
            tail, head = title.replace("&#45;&gt;", "\x00").split("\x00")
            path = re.search(r' d="([^"]+)"', body).group(1)
            points = [(float(x), float(y)) for x, y in _POINTS.findall(path)]
            out.append((tail[2:], head[2:], points))
    return out


def crosses(a, b, box) -> bool:
    """Whether the axis-parallel segment a–b runs through the inside of the box."""
    x1, y1, x2, y2 = box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1
    return min(a[0], b[0]) < x2 and max(a[0], b[0]) > x1 and \
        min(a[1], b[1]) < y2 and max(a[1], b[1]) > y1


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require_tool("neato")
    out = tmp_path_factory.mktemp("flows")
    result = run_jobkit("render", "-f", "html", "-o", str(out), *map(str, PROCESSES))
    assert result.code == 0, result.text
    return {p.stem: (p.read_text("utf-8"), charts_of(p.read_text("utf-8")))
            for p in out.glob("*.html")}


def test_every_example_flow_is_drawn(pages):
    assert len(pages) == len(PROCESSES) == 9
    assert all(found for _, found in pages.values())


def test_chart_text_prints_at_8_pt_or_more(pages):
    for name, (_, found) in pages.items():
        for svg, shown in found:
            scale = shown / natural_mm(svg)
            sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
            assert sizes and min(sizes) * scale >= 8, (name, min(sizes), scale)


def test_arrows_run_at_right_angles_and_never_through_a_shape(pages):
    for name, (_, found) in pages.items():
        for svg, _ in found:
            shapes = boxes(svg)
            assert shapes and arrows(svg)
            for tail, head, points in arrows(svg):
                for a, b in zip(points, points[1:]):
                    assert abs(a[0] - b[0]) < 0.2 or abs(a[1] - b[1]) < 0.2, (name, tail, head)
                    for other, box in shapes.items():
                        if other not in (tail, head):
                            assert not crosses(a, b, box), (name, tail, head, other)


def test_shapes_carry_the_step_numbers_of_the_step_table(pages):
    html, found = pages["call-center-process"]
    table = re.findall(r'<tr><td class="center">(?:<span class="nowrap">)?(\d+)', html)
    numbers = set()
    for svg, _ in found:
        for title, body in groups(svg, "node").items():
            if title.startswith("s:") and "font-weight=\"bold\"" in body:
                numbers.add(re.search(r'font-weight="bold"[^>]*>(\d+)<', body).group(1))
    assert numbers == set(table) and len(numbers) == 12


def test_each_exit_label_sits_by_its_own_arrow(pages):
    for name, (_, found) in pages.items():
        for svg, _ in found:
            nodes = groups(svg, "node")
            starts = {(t, h): p[0] for t, h, p in arrows(svg)}
            for title, body in nodes.items():
                if title.startswith("label:"):
                    _, tail, head = title.split(":", 2)
                    x, y = map(float, re.search(r'<text[^>]* x="([\d.-]+)" y="([\d.-]+)"',
                                                body).groups())
                    sx, sy = starts[(tail, head)]
                    assert abs(y - sy) < 20 and abs(x - sx) < 45, (name, title)


def test_a_long_flow_continues_on_the_next_page_at_the_same_size():
    require_tool("neato")
    lanes = [(f"l{i}", f"岗位{i}") for i in range(4)]
    steps = [{"id": f"s{i}", "lane": f"l{i % 4}", "action": "核对并登记客户提交的资料，确认无误后转交",
              "type": "task", "exits": {"": f"s{i + 1}"} if i < 39 else {}} for i in range(40)]
    drawn = [charts.draw(source) for source in swimlane.swimlane_pages(lanes, steps)]
    assert len(drawn) >= 3
    for chart in drawn:
        assert chart.width_mm <= 160 and chart.height_mm <= 230
        assert chart.fit(160, 230) == chart.width_mm  # shown at its own size, never shrunk
    svg = base64.b64decode(drawn[1].svg.split(",", 1)[1]).decode("utf-8")
    connectors = [t for t in groups(svg, "node") if t.startswith("s:in:") or t.startswith("s:out:")]
    assert connectors  # numbered circles link the parts


def test_a_step_with_a_very_long_text_still_fits_a_page():
    require_tool("neato")
    steps = [{"id": "s1", "lane": "a", "action": "核对" * 1500, "type": "task", "exits": {}}]
    (chart,) = [charts.draw(s) for s in swimlane.swimlane_pages([("a", "专员")], steps)]
    assert chart.height_mm < 230
    assert "…" in base64.b64decode(chart.svg.split(",", 1)[1]).decode("utf-8")
