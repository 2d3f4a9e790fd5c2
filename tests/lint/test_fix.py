"""--fix applies only safe, non-overlapping typography edits and never breaks a file."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

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


NEEDS_FIX = DOC  # the CLI test's document: two half-width commas in Chinese text


def _fix(jobkit, *paths):
    return jobkit("lint", "--select", "JK4", "--fix", "--lang", "en", *map(str, paths))


def test_fix_keeps_the_bom_links_and_hard_links(jobkit, tmp_path):
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf" + NEEDS_FIX.encode())
    target = tmp_path / "real.yaml"
    target.write_text(NEEDS_FIX, encoding="utf-8")
    link = tmp_path / "docs" / "link.yaml"
    link.parent.mkdir()
    link.symlink_to(target)
    first = tmp_path / "first.yaml"
    first.write_text(NEEDS_FIX, encoding="utf-8")
    second = tmp_path / "second.yml"
    os.link(first, second)
    result = _fix(jobkit, bom, link, first)
    assert result.code == 0, result.text
    assert bom.read_bytes().startswith(b"\xef\xbb\xbf") and "受理客户来电，记录" in bom.read_text(
        "utf-8-sig")
    assert link.is_symlink() and "受理客户来电，记录" in target.read_text("utf-8")
    assert os.path.samefile(first, second) and "受理客户来电，记录" in second.read_text("utf-8")


def test_fix_leaves_a_read_only_file_and_says_so(jobkit, tmp_path):
    path = tmp_path / "job.yaml"
    path.write_text(NEEDS_FIX, encoding="utf-8")
    path.chmod(0o444)
    result = _fix(jobkit, path)
    assert result.code == 2 and "not fixed: the file is read-only" in result.err, result.text
    assert path.read_text("utf-8") == NEEDS_FIX and oct(path.stat().st_mode & 0o777) == "0o444"


def test_fix_on_a_file_it_cannot_write_is_a_clear_error(jobkit, tmp_path):
    path = tmp_path / "job.yaml"
    path.write_text(NEEDS_FIX, encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        result = _fix(jobkit, path)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    assert result.code == 2 and "not fixed: cannot write it" in result.err, result.text
    assert "internal error" not in result.text and path.read_text("utf-8") == NEEDS_FIX


def test_fix_never_overwrites_an_edit_made_while_it_ran(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(TEXT, encoding="utf-8")
    planned = plan_fixes(result_with([((COMMA, COMMA + 1, "，"),)], path=path))
    path.write_text(TEXT + "note: 有人刚刚改过\n", encoding="utf-8")  # a person saves meanwhile
    [(file, why)] = write_fixes(planned)
    assert file == "x.yaml" and "changed after it was read" in why.en
    assert path.read_text("utf-8").endswith("note: 有人刚刚改过\n")


def test_a_fix_that_is_unsafe_in_a_multi_line_value_is_reported_and_others_made(jobkit, tmp_path):
    path = tmp_path / "job.yaml"
    text = NEEDS_FIX.replace("summary: 受理客户来电,记录诉求并跟踪处理结果。  # 行尾注释",
                             "summary: 受理客户来电,\n  记录诉求并跟踪处理结果。")
    assert text != NEEDS_FIX
    path.write_text(text, encoding="utf-8")
    result = _fix(jobkit, path)
    assert "not fixed: some fixes would change" in result.err, result.text
    after = path.read_text("utf-8")
    assert "受理客户来电,\n" in after and "接听客户来电，解答咨询" in after
