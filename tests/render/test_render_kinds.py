"""Workflows, working tools, forms and plans: every step, item, field, column, phase and risk
is in the PDF and in LibreOffice's reading of the DOCX; charts are drawn."""
from __future__ import annotations

import subprocess
import zipfile

import docx
import pytest

from conftest import REPO, require_tool, run_jobkit
from jobkit.load import load_text
from render_helpers import pdf_fonts, pdf_text, squash

MODULE = REPO / "examples" / "customer-service" / "modules" / "complaint"
FILES = {
    "process": MODULE / "processes" / "complaint-process.yaml",
    "tool": MODULE / "tools" / "complaint-quality-checklist.yaml",
    "form": MODULE / "forms" / "complaint-register.yaml",
    "plan": MODULE / "plans" / "complaint-system-rollout.yaml",
}


def expected_texts(kind: str, data: dict) -> list[str]:
    texts = [data["title"]]
    if kind == "process":
        texts += [s["action"] for s in data["steps"]] + [s["output"] for s in data["steps"]
                                                         if s.get("output")]
    elif kind == "tool":
        texts += [i["text"] for s in data["sections"] for i in s["items"]]
        texts += [s["title"] for s in data["sections"]] + list(data.get("columns", []))
    elif kind == "form":
        texts += [f["label"] for f in data.get("fields", [])]
        texts += list(data.get("table", {}).get("columns", [])) + list(data.get("notes", []))
    elif kind == "plan":
        texts += [p["name"] for p in data["phases"]] + [r["risk"] for r in data.get("risks", [])]
        texts += [r["mitigation"] for r in data.get("risks", []) if r.get("mitigation")]
        texts += [b["item"] for b in data.get("budget", [])]
    return texts


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("kinds")
    result = run_jobkit("render", "-f", "pdf", "-f", "docx", "-o", str(out), *map(str, FILES.values()))
    assert result.code == 0, result.text
    soffice = require_tool("soffice")
    subprocess.run([soffice, "--headless", "--convert-to", "txt:Text", "--outdir", str(out / "txt"),
                    *map(str, sorted(out.glob("*.docx")))], check=True, capture_output=True,
                   timeout=180)
    return out


@pytest.mark.parametrize("kind", list(FILES))
def test_all_text_is_in_pdf_and_docx(rendered, kind):
    data = load_text(FILES[kind].read_text("utf-8"), kind).data
    pdf = squash(pdf_text(rendered / f"{data['id']}.pdf"))
    word = squash((rendered / "txt" / f"{data['id']}.txt").read_text("utf-8-sig"))
    for text in expected_texts(kind, data):
        assert squash(text) in pdf, (kind, text, "pdf")
        assert squash(text) in word, (kind, text, "docx")
    fonts = pdf_fonts(rendered / f"{data['id']}.pdf")
    assert any("CJK-SC" in f for f in fonts) and not any("CJK-JP" in f for f in fonts)


def test_workflow_chart_is_svg_in_pdf_and_png_in_docx(rendered):
    pdf = pdf_text(rendered / "complaint-process.pdf")
    assert "提交投诉" in pdf or "投诉" in pdf  # the chart's labels are real text in the PDF
    with zipfile.ZipFile(rendered / "complaint-process.docx") as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert media and media[0].endswith(".png")


def test_form_cells_are_real_cells_to_type_into(rendered):
    document = docx.Document(str(rendered / "complaint-register.docx"))
    data = load_text(FILES["form"].read_text("utf-8"), "form").data
    rows = document.tables[1].rows
    assert [c.text for c in rows[0].cells] == data["table"]["columns"]
    assert len(rows) == data["table"]["rows"] + 1
    assert all(c.text == "" for c in rows[1].cells)


def test_scorecard_total_and_plan_budget_total(rendered):
    tool = load_text(FILES["tool"].read_text("utf-8"), "tool").data
    points = sum(i.get("score", 0) for s in tool["sections"] for i in s["items"])
    assert squash(f"合计{points:g}") in squash(pdf_text(rendered / f"{tool['id']}.pdf"))
    plan = load_text(FILES["plan"].read_text("utf-8"), "plan").data
    total = sum(b["amount"] for b in plan["budget"])
    assert f"{total:,.2f}" in pdf_text(rendered / f"{plan['id']}.pdf")


def test_matrix_values_without_a_column_are_not_printed_and_lint_says_so(tmp_path):
    """The renderer prints a value only under a column; JK209 reports the others."""
    (tmp_path / "tool.yaml").write_text("""\
kind: tool
id: kpi-matrix
title: 指标矩阵
tool_type: matrix
columns: [目标值, 责任岗位]
sections:
  - title: 响应效率
    items:
      - {text: 20秒接通率, values: [≥85%, 呼叫中心主管, 无处可放的值]}
""", encoding="utf-8")
    result = run_jobkit("render", "-f", "pdf", "-o", str(tmp_path / "out"), str(tmp_path / "tool.yaml"))
    assert result.code == 0, result.text
    text = squash(pdf_text(tmp_path / "out" / "kpi-matrix.pdf"))
    assert "呼叫中心主管" in text and "无处可放的值" not in text
    lint = run_jobkit("lint", str(tmp_path / "tool.yaml"))
    assert lint.code == 1 and "JK209" in lint.text and "无处可放的值" in lint.text


TOOL_LAYOUTS = {
    "columns-without-item-column": """\
tool_type: checklist
columns: [检查结果, 整改期限, 备注]
sections:
  - title: 工位
    items:
      - {text: 工作台面整洁, criteria: 台面无杂物, values: [合格, 当日, 复查]}
      - {text: 工牌佩戴规范, criteria: 佩戴在左胸前}
""",
    "named-item-column-no-points-column": """\
tool_type: scorecard
columns: [考核项目, 实际得分]
sections:
  - title: 服务态度
    items:
      - {text: 使用规范问候语, score: 15, criteria: 开场白完整}
      - {text: 耐心倾听客户诉求, score: 25}
""",
    "standard-checklist": """\
tool_type: checklist
sections:
  - title: 受理
    items:
      - {text: 登记要素齐全, criteria: 八项要素无缺漏}
""",
    "matrix": """\
tool_type: matrix
columns: [目标值, 预警值, 责任岗位]
sections:
  - title: 效率
    items:
      - {text: 20秒接通率, criteria: 按日统计, values: [≥85%, 低于80%, 呼叫中心主管]}
""",
    "matrix-with-points": """\
tool_type: matrix
columns: [评分方法]
sections:
  - title: 效率
    items:
      - {text: 接通率达标, score: 30, values: [每低1个百分点扣2分]}
""",
}


@pytest.mark.parametrize("layout", list(TOOL_LAYOUTS))
def test_every_column_item_criterion_point_and_value_of_a_tool_is_printed(tmp_path, layout):
    text = f"kind: tool\nid: t-{layout}\ntitle: 工具版式{layout}\n" + TOOL_LAYOUTS[layout]
    (tmp_path / "tool.yaml").write_text(text, encoding="utf-8")
    result = run_jobkit("render", "-f", "pdf", "-f", "docx", "-o", str(tmp_path / "out"),
                        str(tmp_path / "tool.yaml"))
    assert result.code == 0, result.text
    data = load_text(text, "tool").data
    wanted = list(data.get("columns", []))
    for section in data["sections"]:
        wanted.append(section["title"])
        for item in section["items"]:
            wanted += [item["text"], item.get("criteria", ""), *item.get("values", [])]
            wanted += [f"{item['score']:g}"] if "score" in item else []
    pdf = squash(pdf_text(tmp_path / "out" / f"t-{layout}.pdf"))
    document = docx.Document(str(tmp_path / "out" / f"t-{layout}.docx"))
    cells = squash(" ".join(c.text for t in document.tables for r in t.rows for c in r.cells))
    for piece in filter(None, wanted):
        assert squash(piece) in pdf, (piece, "pdf")
        assert squash(piece) in cells, (piece, "docx")


SCORECARD = """\
kind: tool
id: rated
title: 坐席评分表
tool_type: scorecard
sections:
  - title: 开场
    items: [{text: 规范问候, score: 5}]
"""


@pytest.mark.parametrize("extra,fields,signers", [
    ("", ["被评人", "工号", "岗位", "评分日期"], ["评分人签字", "被评人确认签字"]),
    ("fields: [{label: 坐席姓名}, {label: 录音编号, span: 2}]\nsignatures: [质检专员]\n",
     ["坐席姓名", "录音编号"], ["质检专员签字"]),
    ("fields: []\nsignatures: []\n", [], []),
])
def test_a_scorecard_names_who_is_rated_and_whose_signature_each_line_takes(
        tmp_path, extra, fields, signers):
    (tmp_path / "tool.yaml").write_text(SCORECARD + extra, encoding="utf-8")
    result = run_jobkit("render", "-f", "docx", "-o", str(tmp_path / "out"),
                        str(tmp_path / "tool.yaml"))
    assert result.code == 0, result.text
    tables = docx.Document(str(tmp_path / "out" / "rated.docx")).tables
    header = [c.text for c in tables[0].rows[0].cells] if fields else []
    assert [text for text in dict.fromkeys(header) if text] == fields  # merged cells repeat
    signatures = [row.cells[0].text for row in tables[-1].rows] if signers else []
    assert signatures == signers
    assert len(tables) == 1 + bool(fields) + bool(signers)
