"""--fix applies only safe, non-overlapping typography edits and never breaks a file."""
from __future__ import annotations

from pathlib import Path

from jobkit.lint.engine import LintResult
from jobkit.lint.fix import plan_fixes, write_fixes
from jobkit.problems import Message, Problem

TEXT = "kind: job\n# 注释保留\nsummary: '客户投诉,处理'  # 行尾注释\ntitle: \"a\"\n"
COMMA = TEXT.index(",")


def result_with(fixes, code="JK401", path=Path("x.yaml")) -> LintResult:
    findings = [Problem("x.yaml", Message("m", "m"), 3, 1, code=code, level="info", fix=fix)
                for fix in fixes]
    return LintResult(findings, 1, 0, {}, {"x.yaml": TEXT}, {"x.yaml": path})


def test_applies_edits_and_keeps_comments_and_quoting(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(TEXT, encoding="utf-8")
    planned = plan_fixes(result_with([((COMMA, COMMA + 1, "，"),)], path=path))
    assert len(planned) == 1
    write_fixes(planned)
    after = path.read_text("utf-8")
    assert after == TEXT.replace(",", "，")
    assert "# 注释保留" in after and "# 行尾注释" in after and "'客户投诉，处理'" in after
    assert "+summary: '客户投诉，处理'" in planned[0].diff()


def test_overlapping_edits_apply_once():
    planned = plan_fixes(result_with([((COMMA, COMMA + 1, "，"),), ((COMMA, COMMA + 1, "、"),)]))
    assert planned[0].after.count("，") + planned[0].after.count("、") == 1


def test_edits_that_would_change_structure_or_break_yaml_are_refused():
    quote = TEXT.index("'")
    assert plan_fixes(result_with([((quote, quote + 1, ""),)])) == []  # unbalanced quote
    colon = TEXT.index(": '")
    assert plan_fixes(result_with([((colon, colon + 1, "："),)])) == []  # key becomes text


def test_only_typography_rules_fix():
    assert plan_fixes(result_with([((COMMA, COMMA + 1, "，"),)], code="JK109")) == []


DOC = """\
kind: job   # 文档类型
id: agent
basic: {title: "坐席", department: 呼叫中心}
summary: 受理客户来电,记录诉求并跟踪处理结果。  # 行尾注释
duties:
  - title: 来电受理
    statement: 接听客户来电,解答咨询（详见 https://example.com/a,b ）
    time_pct: 100
"""


def test_cli_diff_shows_and_fix_writes_typography_fixes(jobkit, write):
    path = write("job.yaml", DOC)
    diff = jobkit("lint", "--select", "JK4", "--diff", str(path))
    assert "-summary: 受理客户来电,记录" in diff.out and "+summary: 受理客户来电，记录" in diff.out
    assert path.read_text("utf-8") == DOC  # --diff writes nothing
    fixed = jobkit("lint", "--select", "JK4", "--fix", "--lang", "en", str(path))
    assert fixed.code == 0 and "fixed" in fixed.err
    after = path.read_text("utf-8")
    assert "受理客户来电，记录诉求并跟踪处理结果。  # 行尾注释" in after
    assert "接听客户来电，解答咨询" in after and "https://example.com/a,b" in after
    assert "kind: job   # 文档类型" in after and 'title: "坐席"' in after
    again = jobkit("lint", "--select", "JK401", "--format", "json", str(path))
    assert '"rule": "JK401"' not in again.out
