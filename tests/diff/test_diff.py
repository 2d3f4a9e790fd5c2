"""`jobkit diff`: realistic edits are said exactly, in text, Markdown and JSON, between files,
folders and git revisions."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE, JOBKIT, REPO, require_tool, run_jobkit, swap_duties

JOB = EXAMPLE / "modules/complaint/jobs/complaint-specialist.yaml"
POLICY = EXAMPLE / "modules/complaint/policies/complaint-policy.yaml"


@pytest.fixture
def edited(tmp_path) -> tuple[Path, Path]:
    old = tmp_path / "old.yaml"
    shutil.copy(JOB, old)
    text = JOB.read_text("utf-8")
    text = text.replace("受理客户经400热线、在线客服、电子邮件和门店转交的投诉",
                        "受理客户经400热线、在线客服、微信公众号、电子邮件和门店转交的投诉", 1)
    text = swap_duties(text, "进度沟通与答复", "结案回访")
    text = text.replace("  - name: 投诉按时办结率\n", "  - name: 投诉按时办结率\n", 1)
    text = text.replace("weight: 30", "weight: 25", 1).replace("weight: 15\n", "weight: 20\n", 1)
    new = tmp_path / "new.yaml"
    new.write_text(text, encoding="utf-8")
    return old, new


def test_a_reworded_duty_two_swapped_and_kpi_weights_are_said_exactly(edited):
    result = run_jobkit("diff", *map(str, edited))
    assert result.code == 0, result.text
    lines = [line.strip() for line in result.out.splitlines()]
    assert "~ 职责“投诉受理登记”的工作内容改写" in lines
    assert "+ 受理客户经400热线、在线客服、微信公众号、电子邮件和门店转交的投诉，在投诉工单系统中登记要素并分类分级" in lines
    assert "↕ 职责“进度沟通与答复”与“结案回访”互换位置（第4项和第5项）" in lines
    assert "~ 考核指标“投诉登记及时率”的权重：15% → 20%" in lines
    assert "~ 考核指标“投诉按时办结率”的权重：30% → 25%" in lines
    changes = [line for line in lines if line[:1] in "+-~↕" and not line.startswith(("+ 受", "- 受"))]
    assert len(changes) == 4  # nothing else is reported as changed


def test_json_and_markdown_say_the_same(edited):
    data = json.loads(run_jobkit("diff", *map(str, edited), "-f", "json").out)
    (document,) = data["documents"]
    assert (document["id"], document["kind"], document["status"]) == \
        ("complaint-specialist", "job", "changed")
    actions = sorted(c["action"] for c in document["changes"])
    assert actions == ["changed", "changed", "reworded", "swapped"]
    weight = next(c for c in document["changes"] if c["path"] == ["kpis", "投诉按时办结率", "weight"])
    assert (weight["old"], weight["new"]) == (30, 25)
    markdown = run_jobkit("diff", *map(str, edited), "-f", "markdown", "--lang", "en").out
    assert markdown.startswith("## jobkit diff: 1 document changed")
    assert re.search(r"在线客服\*\*、?微信公众号、?\*\*、?电子邮件", markdown)  # inserted: bold
    assert "KPI “投诉按时办结率”: Weight: 30% → 25%" in markdown


def test_a_chapter_added_to_a_policy_renumbers_the_articles_after_it(tmp_path):
    old = tmp_path / "old.yaml"
    shutil.copy(POLICY, old)
    new = tmp_path / "new.yaml"
    new.write_text(POLICY.read_text("utf-8").replace("chapters:\n", (
        "chapters:\n  - title: 投诉渠道公示\n    articles:\n"
        "      - 公司在官方网站、产品说明书和门店醒目位置公示全部投诉渠道及其受理时间。\n"), 1),
        encoding="utf-8")
    out = run_jobkit("diff", str(old), str(new)).out
    assert "+ 新增第二章 投诉渠道公示（1条）" in out
    assert "↕ 第六条至第二十六条依次改为第七条至第二十七条（内容未变）" in out
    assert len([line for line in out.splitlines() if line.startswith("  ")]) == 2


def test_folders_show_documents_added_removed_and_changed(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(EXAMPLE / "modules/complaint", old)
    shutil.copytree(EXAMPLE / "modules/complaint", new)
    (new / "forms/complaint-register.yaml").unlink()
    shutil.copy(EXAMPLE / "modules/credit/forms/credit-application-form.yaml", new / "forms")
    job = new / "jobs/complaint-supervisor.yaml"
    job.write_text(job.read_text("utf-8").replace("grade: M1", "grade: M2"), encoding="utf-8")
    result = run_jobkit("diff", str(old), str(new), "--exit-code")
    assert result.code == 1  # something changed
    assert "删除 " in result.out and "complaint-register" in result.out
    assert "新增 " in result.out and "credit-application-form" in result.out
    assert "~ 基本资料 · 工资等级：M1 → M2" in result.out
    assert result.out.rstrip().endswith("共 3 份文件有变化：修改 1 份，新增 1 份，删除 1 份")
    same = run_jobkit("diff", str(old), str(old), "--exit-code")
    assert same.code == 0 and "没有变化" in same.out


@pytest.fixture
def repository(tmp_path) -> Path:
    git = require_tool("git")
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE / "modules/complaint", repo / "modules/complaint")
    env = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]
    for command in (["init", "-q"], ["add", "."], [*env, "commit", "-q", "-m", "first"]):
        subprocess.run([git, *command], cwd=repo, check=True, capture_output=True)
    return repo


def test_the_working_tree_and_two_revisions_against_git(repository):
    git = shutil.which("git")
    job = repository / "modules/complaint/jobs/complaint-specialist.yaml"
    job.write_text(job.read_text("utf-8").replace("headcount: 4", "headcount: 5"), "utf-8")
    result = run_jobkit("diff", "--rev", "HEAD", str(repository))
    assert result.code == 0, result.text
    assert "~ 基本资料 · 定员人数：4 → 5" in result.out
    subprocess.run([git, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q",
                    "-am", "more staff"], cwd=repository, check=True)
    between = run_jobkit("diff", "--rev", "HEAD~1", "--rev", "HEAD", str(repository))
    assert "~ 基本资料 · 定员人数：4 → 5" in between.out
    assert "HEAD:modules/complaint/jobs/complaint-specialist.yaml" in between.out


def test_mistakes_get_a_clear_message(tmp_path, repository):
    one = run_jobkit("diff", str(JOB))
    assert one.code == 2 and "OLD NEW" in one.err
    outside = tmp_path / "plain"
    outside.mkdir()
    shutil.copy(JOB, outside / "job.yaml")
    no_repo = run_jobkit("diff", "--rev", "HEAD", str(outside))
    assert no_repo.code == 2 and "git" in no_repo.err and "Traceback" not in no_repo.err
    bad_rev = run_jobkit("diff", "--rev", "no-such-rev", str(repository))
    assert bad_rev.code == 2 and "Traceback" not in bad_rev.err
    broken = tmp_path / "broken.yaml"
    broken.write_text("kind: job\nid: x\nbasic: [\n", encoding="utf-8")
    invalid = run_jobkit("diff", str(JOB), str(broken))
    assert invalid.code == 2 and "broken.yaml" in invalid.err


def test_the_github_action_writes_the_diff_to_the_job_summary(repository, tmp_path):
    action = yaml.safe_load((REPO / "action.yml").read_text("utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("name") == "What changed")
    assert "diff-base" in action["inputs"] and "inputs.diff-base" in step["if"]
    lint = next(s for s in action["runs"]["steps"] if s.get("name") == "Lint")
    assert lint["env"]["JOBKIT_REVISION_BASE"] == "${{ inputs.diff-base }}"  # JK210's base
    job = repository / "modules/complaint/jobs/complaint-specialist.yaml"
    job.write_text(job.read_text("utf-8").replace("headcount: 4", "headcount: 5"), "utf-8")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "JOBKIT_PATHS": "modules", "JOBKIT_BASE": "HEAD",
           "GITHUB_STEP_SUMMARY": str(summary), "PATH": f"{JOBKIT.parent}:{os.environ['PATH']}"}
    subprocess.run(["bash", "-c", step["run"]], cwd=repository, env=env, check=True)
    text = summary.read_text("utf-8")
    assert text.startswith("## jobkit diff:") and "定员人数：4 → 5" in text


def test_a_revision_entry_is_proposed_for_each_changed_document(repository):
    git = shutil.which("git")
    subprocess.run([git, "config", "user.name", "王芳"], cwd=repository, check=True)
    job = repository / "modules/complaint/jobs/complaint-specialist.yaml"
    job.write_text(job.read_text("utf-8").replace("headcount: 4", "headcount: 5"), "utf-8")
    result = run_jobkit("diff", "--rev", "HEAD", str(repository), "--propose-revision",
                        env={"JOBKIT_TODAY": "2026-12-03"})
    snippet = result.out[result.out.index("# complaint-specialist"):]
    (entry,) = yaml.safe_load(snippet)
    last = yaml.safe_load(job.read_text("utf-8"))["revisions"][-1]["version"]
    assert str(entry["version"]) == f"{last.rsplit('.', 1)[0]}.{int(last.rsplit('.', 1)[1]) + 1}"
    assert (str(entry["date"]), entry["author"]) == ("2026-12-03", "王芳")
    assert entry["summary"] == "基本资料 · 定员人数：4 → 5"
    data = json.loads(run_jobkit("diff", "--rev", "HEAD", str(repository), "-f", "json",
                                 "--propose-revision").out)
    assert data["documents"][0]["proposed_revision"]["summary"] == "基本资料 · 定员人数：4 → 5"


def test_duties_added_removed_and_time_shares_changed(tmp_path):
    old = tmp_path / "old.yaml"
    shutil.copy(JOB, old)
    text = JOB.read_text("utf-8")
    start = text.index("  - title: 问题线索反馈")
    end = text.index("\nrelations:")
    text = text[:start] + (
        "  - title: 投诉知识库维护\n    statement: 把典型投诉的处理口径整理进知识库\n"
        "    time_pct: 7\n") + text[end:]
    text = text.replace("time_pct: 20", "time_pct: 25", 1)
    new = tmp_path / "new.yaml"
    new.write_text(text, encoding="utf-8")
    lines = [line.strip() for line in run_jobkit("diff", str(old), str(new)).out.splitlines()]
    assert "- 删除职责“问题线索反馈”" in lines
    assert "+ 新增职责“投诉知识库维护”" in lines
    assert "~ 职责“投诉受理登记”的时间占比：20% → 25%" in lines


def test_text_is_coloured_only_for_a_terminal():
    from jobkit.diff.compare import Change, DocumentDiff
    from jobkit.diff.formats import as_text

    diff = DocumentDiff("x", "job", "投诉处理专员", "changed",
                        changes=[Change("added", ("duties", "结案回访"), None, {"title": "结案回访"})])
    assert "\033[32m" in as_text([diff], "zh-CN", colour=True)
    assert "\033[" not in as_text([diff], "zh-CN", colour=False)
    assert "\033[" not in run_jobkit("diff", str(JOB), str(JOB)).out  # a pipe: no colour
