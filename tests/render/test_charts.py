"""Charts: Graphviz output is complete (not cropped) and labels cannot break the DOT source."""
from __future__ import annotations

import base64
import re

import pytest

from conftest import require_tool
from jobkit.render import charts, orgchart, swimlane


def first_page(lanes, steps) -> charts.Chart:
    return charts.draw(swimlane.swimlane_pages(lanes, steps)[0])


def svg_of(chart: charts.Chart) -> str:
    return base64.b64decode(chart.svg.split(",", 1)[1]).decode("utf-8")


def test_svg_is_drawn_at_its_own_size_so_nothing_is_cropped():
    require_tool("dot")
    chart = charts.draw(orgchart.org_source([("a", "经理", None), ("b", "专员", "a"),
                                          ("c", "主管", "a")]))
    svg = svg_of(chart)
    size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"\s+viewBox="0.00 0.00 '
                     r'([\d.]+) ([\d.]+)"', svg)
    assert size and abs(float(size.group(1)) - float(size.group(3))) < 1
    assert abs(float(size.group(2)) - float(size.group(4))) < 1
    assert 'transform="scale(1 1)' in svg
    assert chart.width_mm == round(float(size.group(3)) / 72 * 25.4, 1) > 10


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_png_has_print_resolution_at_the_size_it_is_shown():
    require_tool("dot")
    require_tool("neato")
    small = charts.draw(orgchart.org_source([("a", "经理", None), ("b", "专员", "a")]))
    width, _ = png_size(charts.png_for_ref(small.ref))
    assert width == pytest.approx(small.width_mm / 25.4 * charts.PNG_DPI, rel=0.05)
    # a chart wider than any page is shown at the page's width: drawn for that, not larger
    wide = charts.draw(orgchart.org_source([("p0", "总经理", None)] + [
        (f"p{i}", f"部门经理{i}", f"p{i - 1}") for i in range(1, 9)]))  # nine levels
    assert wide.width_mm > charts.LARGEST_BOX_MM[0]
    width, height = png_size(charts.png_for_ref(wide.ref))
    shown = wide.fit(*charts.LARGEST_BOX_MM)
    assert width == pytest.approx(shown / 25.4 * charts.PNG_DPI, rel=0.05)
    assert height / width == pytest.approx(wide.height_mm / wide.width_mm, rel=0.05)
    assert base64.b64decode(wide.png.split(",", 1)[1]) == charts.png_for_ref(wide.ref)


def test_unknown_chart_refs_give_no_picture():
    assert charts.png_for_ref(charts.REF_PREFIX + "0" * 24) is None
    assert charts.png_for_ref("chart.png") is None


def test_labels_with_quotes_and_newlines_stay_labels():
    require_tool("dot")
    steps = [{"id": "s1", "lane": "客户", "action": 'a"];b[', "type": "start",
              "exits": {"": "s2"}},
             {"id": "s2", "lane": "客户", "action": "结束\n换行", "type": "end", "exits": {}}]
    svg = svg_of(first_page([("客户", "客户")], steps))
    assert "a&quot;];b[" in svg and "结束" in svg  # drawn as text, no DOT syntax error


def test_entities_and_backslashes_in_labels_print_as_typed():
    require_tool("dot")
    steps = [{"id": "s1", "lane": "R&amp;D", "action": "核对A&amp;B与C&D\\N", "type": "start",
              "exits": {"": "s2"}},
             {"id": "s2", "lane": "R&amp;D", "action": "结束", "type": "end", "exits": {}}]
    svg = svg_of(first_page([("R&amp;D", "R&amp;D")], steps))
    texts = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    # the SVG escapes & once: &amp;amp; is the text "&amp;" as typed in the step
    assert "A&amp;amp;B" in texts and "C&amp;D" in texts and "R&amp;amp;D" in texts
    assert "\\N" in texts  # not Graphviz's node-name escape


@pytest.mark.parametrize("posts", [3, 12])
def test_org_charts_all_run_left_to_right_in_the_order_given(posts):
    source = orgchart.org_source([(f"p{i}", f"岗位{i}", "p0" if i else None) for i in range(posts)])
    where = {key: (float(x), -float(y)) for key, x, y in
             re.findall(r'"(p\d+)" \[label=[^\]]*pos="([\d.-]+),([\d.-]+)!"', source)}
    assert len(where) == posts
    under = [where[f"p{i}"] for i in range(1, posts)]
    assert all(x > where["p0"][0] for x, _ in under)  # posts to the right of their superior
    assert [y for _, y in under] == sorted(y for _, y in under)  # one below the other, in order


def test_swimlane_columns_follow_the_order_of_the_lanes():
    require_tool("neato")
    lanes = [("c", "客户"), ("a", "专员"), ("b", "主管"), ("t", "技术部")]
    steps = [
        {"id": "s1", "lane": "c", "action": "提出", "type": "start", "exits": {"": "s2"}},
        {"id": "s2", "lane": "t", "action": "检测", "type": "task", "exits": {"": "s3"}},
        {"id": "s3", "lane": "b", "action": "审批", "type": "decision",
         "exits": {"是": "s4", "否": "s2"}},
        {"id": "s4", "lane": "a", "action": "归档", "type": "end", "exits": {}},
    ]
    svg = svg_of(first_page(lanes, steps))
    centres = [float(re.search(rf'<text text-anchor="middle" x="([\d.-]+)"[^>]*>{title}</text>',
                               svg).group(1)) for _, title in lanes]
    assert centres == sorted(centres)


def test_rows_follow_the_flow_and_loops_go_back_up():
    steps = [{"id": "a", "lane": "x", "type": "start", "exits": {"": "b"}},
             {"id": "b", "lane": "y", "type": "task", "exits": {"": "c"}},
             {"id": "c", "lane": "x", "type": "decision", "exits": {"回": "b", "前": "d"}},
             {"id": "d", "lane": "x", "type": "end", "exits": {}}]
    rows = swimlane._rows(steps)
    assert rows["a"] < rows["b"] < rows["c"] < rows["d"]


def test_lane_lines_stay_straight_whatever_the_arrows_do():
    require_tool("neato")
    lanes = [("a", "客户"), ("b", "客服专员"), ("c", "主管")]
    steps = [
        {"id": "s1", "lane": "a", "action": "提出很长很长的服务请求并说明全部情况", "type": "start",
         "exits": {"": "s2"}},
        {"id": "s2", "lane": "c", "action": "判断是否需要转交其他部门处理", "type": "decision",
         "exits": {"是": "s3", "否": "s1"}},
        {"id": "s3", "lane": "a", "action": "确认处理结果并签收", "type": "task", "exits": {"": "s4"}},
        {"id": "s4", "lane": "c", "action": "归档", "type": "end", "exits": {}},
    ]
    svg = svg_of(first_page(lanes, steps))
    lines = re.findall(r"<title>p(\d+)a&#45;&gt;p\1b</title>\n<path[^>]* d=\"([^\"]+)\"", svg)
    assert len(lines) == len(lanes) + 1 + 3  # between lanes; the top, below the titles, the bottom
    for _, path in lines:
        points = [tuple(map(float, p)) for p in re.findall(r"(-?[\d.]+),(-?[\d.]+)", path)]
        assert len({round(p[0], 1) for p in points}) == 1 or \
            len({round(p[1], 1) for p in points}) == 1, path


@pytest.mark.parametrize("text,width,lines", [
    ("能否现场修复", 5, ["能否现", "场修复"]),  # balanced: no lonely last character
    ("登记报修信息，核对购买凭证", 9, ["登记报修信息，", "核对购买凭证"]),
    ("归档", 9, ["归档"]),
])
def test_labels_wrap_into_even_lines(text, width, lines):
    assert charts.wrap(text, width).split("\n") == lines


@pytest.mark.parametrize("text,width", [
    ("通过400热线、官方小程序或门店报修", 7), ("审核《服务协议》条款", 4),
    ("确认（必要时）、登记、归档。", 3), ("客户签字确认，保外维修收费并开具凭证，提交电子工单", 9),
])
def test_wrapped_lines_keep_punctuation_where_it_belongs(text, width):
    lines = charts.wrap(text, width).split("\n")
    assert "".join(lines) == text
    assert all(len(line) <= width + 1 for line in lines)
    assert not any(line[0] in "，。、；：）》”" for line in lines)
    assert not any(line[-1] in "（《“" for line in lines)


@pytest.mark.parametrize("width", range(3, 13))
def test_no_wrapped_label_ends_with_one_character_alone(width):
    sentence = "升级问题属于技术故障还是服务例外并按时记录，登记回访结果并归档（含录音）。"
    for length in range(width + 1, len(sentence) + 1):
        text = sentence[:length]
        lines = charts.wrap(text, width).split("\n")
        assert "".join(lines) == text
        assert len(lines) == 1 or len(lines[-1]) > 1, (text, lines)
        assert all(len(line) <= width + 2 for line in lines), (text, lines)


def test_a_figure_on_the_last_line_keeps_a_character_with_it():
    lines = charts.wrap("客户满意度是否达到80分", 5).split("\n")
    assert "".join(lines) == "客户满意度是否达到80分" and lines[-1].endswith("到80分")
