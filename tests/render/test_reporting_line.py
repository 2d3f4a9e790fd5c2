"""A job shows its place in the reporting line: its direct supervisor and, when the project
knows it, the supervisor's own supervisor (间接上级)."""
from __future__ import annotations

import docx

from conftest import MINIMAL_JOB, run_jobkit


def job(job_id: str, title: str, reports_to: str | None) -> str:
    text = MINIMAL_JOB.replace("id: complaint-specialist", f"id: {job_id}")
    text = text.replace("title: 投诉处理专员", f"title: {title}")
    if reports_to:
        text = text.replace("  department: 客户服务部\n",
                            f"  department: 客户服务部\n  reports_to: {reports_to}\n")
    return text


def basic_grid(path) -> dict[str, str]:
    cells = [c.text for row in docx.Document(str(path)).tables[0].rows for c in row.cells]
    return dict(zip(cells[::2], cells[1::2]))


def test_the_supervisor_and_the_next_level_up_are_named(tmp_path):
    files = {"agent.yaml": job("agent", "投诉专员", "lead"),
             "lead.yaml": job("lead", "投诉主管", "head"),
             "head.yaml": job("head", "客户服务部经理", "总经理"),
             "loose.yaml": job("loose", "回访专员", "客服中心负责人")}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_jobkit("render", "-f", "docx", "-o", str(tmp_path / "out"),
                        *(str(tmp_path / n) for n in files))
    assert result.code == 0, result.text
    agent = basic_grid(tmp_path / "out" / "agent.docx")
    assert agent["直接上级"] == "投诉主管" and agent["间接上级"] == "客户服务部经理"
    lead = basic_grid(tmp_path / "out" / "lead.docx")
    assert lead["直接上级"] == "客户服务部经理" and lead["间接上级"] == "总经理"
    head = basic_grid(tmp_path / "out" / "head.docx")
    assert head["直接上级"] == "总经理" and "间接上级" not in head
    loose = basic_grid(tmp_path / "out" / "loose.docx")  # a supervisor the project does not hold
    assert loose["直接上级"] == "客服中心负责人" and "间接上级" not in loose
