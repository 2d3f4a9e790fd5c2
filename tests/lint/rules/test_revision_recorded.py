"""JK210 revision-recorded: an approved document changed since the git base without a new
revision entry."""
from __future__ import annotations

import subprocess

import pytest

from conftest import require_tool
from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.examples import BASES

WHO = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]


def _git(folder, *args):
    subprocess.run([require_tool("git"), *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def committed(tmp_path):
    """An approved job, committed; returns its path."""
    path = tmp_path / "modules/complaint/jobs/job.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(BASES["job"] + "status: approved\n", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, *WHO, "commit", "-q", "-m", "approved")
    return path


def lint(path):
    findings = lint_paths([path], Config(), LintOptions(select=("JK210",))).findings
    return [f for f in findings if f.code == "JK210"]


def _edit(path, old, new):
    path.write_text(path.read_text("utf-8").replace(old, new), encoding="utf-8")


def test_changed_content_without_a_revision_entry_is_reported(committed):
    _edit(committed, "登记信息完整", "登记信息完整准确")
    (found,) = lint(committed)
    assert found.level == "warning" and found.path == "status"
    assert "HEAD" in found.message.zh and "revision history" in found.message.en


def test_a_new_revision_entry_or_no_change_is_fine(committed):
    assert lint(committed) == []
    _edit(committed, "登记信息完整", "登记信息完整准确")
    assert len(lint(committed)) == 1  # a second run sees the edit
    committed.write_text(committed.read_text("utf-8") + (
        "revisions:\n  - {version: '1.1', date: 2026-09-01, summary: 完成标准写明准确}\n"),
        encoding="utf-8")
    assert lint(committed) == []


def test_back_in_review_or_only_the_sign_off_changed_is_fine(committed):
    committed.write_text(committed.read_text("utf-8") + (
        "approval:\n  approved: {name: 客户服务部经理, date: 2026-09-01}\n"), encoding="utf-8")
    assert lint(committed) == []  # signing is not a change of content
    _edit(committed, "status: approved", "status: review")
    _edit(committed, "登记信息完整", "登记信息完整准确")
    assert lint(committed) == []


def test_the_base_can_be_an_older_commit(committed, monkeypatch):
    _edit(committed, "登记信息完整", "登记信息完整准确")
    _git(committed.parents[3], *WHO, "commit", "-q", "-am", "edited without a revision")
    assert lint(committed) == []  # nothing changed since HEAD
    monkeypatch.setenv("JOBKIT_REVISION_BASE", "HEAD~1")
    assert len(lint(committed)) == 1


def test_outside_git_nothing_is_checked(tmp_path):
    path = tmp_path / "job.yaml"
    path.write_text(BASES["job"] + "status: approved\n", encoding="utf-8")
    assert lint(path) == []
