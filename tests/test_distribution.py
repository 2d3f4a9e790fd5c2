"""The pre-commit hooks and the GitHub action are well-formed and call real commands."""
from __future__ import annotations

import yaml

from conftest import REPO


def test_pre_commit_hooks_call_jobkit_commands(jobkit):
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {hook["id"] for hook in hooks} == {"jobkit-lint", "jobkit-validate"}
    for hook in hooks:
        assert hook["language"] == "python" and hook["types"] == ["yaml"]
        command = hook["entry"].split()[1]
        assert jobkit(command, "--help").code == 0


def test_action_runs_lint_with_each_output_and_keeps_the_exit_code():
    action = yaml.safe_load((REPO / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "format", "fail-on", "sarif-file"}
    scripts = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "jobkit lint --format sarif --output" in scripts
    assert "jobkit lint --format github" in scripts
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif")
               for step in action["runs"]["steps"])
