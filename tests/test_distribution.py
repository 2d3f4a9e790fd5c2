"""The pre-commit hooks and the GitHub action are well-formed and call real commands."""
from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest
import yaml

from conftest import MINIMAL_JOB, REPO


def test_pre_commit_hooks_call_jobkit_commands(jobkit):
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {hook["id"] for hook in hooks} == {"jobkit-lint", "jobkit-validate"}
    for hook in hooks:
        assert hook["language"] == "python" and hook["types"] == ["yaml"]
        command = hook["entry"].split()[1]
        assert jobkit(command, "--help").code == 0


def test_hooks_given_every_yaml_file_check_only_jobkit_documents(jobkit, write, tmp_path):
    """pre-commit passes every staged YAML file (types: [yaml]); CI workflows are not ours."""
    write(".github/workflows/ci.yml", "on: push\njobs:\n  test: {runs-on: ubuntu-latest}\n")
    write("mkdocs.yml", "site_name: 文档\n")
    write("jobs/good.yaml", MINIMAL_JOB)
    write("jobs/bad.yaml", MINIMAL_JOB.replace("summary:", "sumary:"))
    write("modules/complaint/jobs/no-kind.yaml", MINIMAL_JOB.replace("kind: job\n", ""))
    staged = [".github/workflows/ci.yml", "mkdocs.yml", "jobs/good.yaml"]
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    for hook in hooks:
        command = hook["entry"].split()[1:]
        clean = jobkit(*command, "--lang", "en", *staged, cwd=tmp_path)
        assert clean.code == 0, clean.text
        assert "JK001" not in clean.text and "kind" not in clean.out
        broken = jobkit(*command, "--lang", "en", *staged, "jobs/bad.yaml",
                        "modules/complaint/jobs/no-kind.yaml", cwd=tmp_path)
        assert broken.code == 2
        assert "bad.yaml:6:1" in broken.out and "no-kind.yaml:1:1" in broken.out
        assert "ci.yml" not in broken.out and "mkdocs" not in broken.out


def test_action_runs_lint_with_each_output_and_keeps_the_exit_code():
    action = yaml.safe_load((REPO / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "format", "fail-on", "sarif-file"}
    scripts = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "jobkit lint --format sarif --output" in scripts
    assert "jobkit lint --format github" in scripts
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif")
               for step in action["runs"]["steps"])


def _lock() -> dict[str, str]:
    lines = (REPO / "requirements.lock").read_text("utf-8").splitlines()
    pins = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {canonical(name): version for name, version in pins}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.skipif(bool(os.environ.get("JOBKIT_UNLOCKED")),
                    reason="scripts/test-latest.sh tests the newest releases on purpose")
def test_the_environment_is_exactly_the_lock():
    """scripts/setup.sh installs requirements.lock: nothing missing, nothing drifted."""
    installed = {canonical(dist.metadata["Name"]): dist.version
                 for dist in importlib.metadata.distributions()}
    installed.pop("jobkit")
    assert installed == _lock()


def test_the_lock_pins_every_declared_dependency():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {canonical(re.match(r"[A-Za-z0-9_.-]+", spec).group()) for spec in declared}
    assert names <= set(_lock())


def test_the_wheel_builds_without_warnings_and_holds_every_data_file(tmp_path):
    tracked = subprocess.run(["git", "ls-files", "pyproject.toml", "README.md", "jobkit",
                              "schemas", "templates"], cwd=REPO, capture_output=True,
                             text=True, check=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    source = tmp_path / "src"
    for name in tracked:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-w", str(tmp_path / "dist"), str(source)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    output = built.stdout + built.stderr
    assert "absent from the `packages` configuration" not in output
    assert "SetuptoolsDeprecationWarning" not in output
    (wheel,) = (tmp_path / "dist").glob("jobkit-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for name in tracked:
        if name.startswith(("templates/", "schemas/")):
            assert "jobkit/" + name in shipped, name
        elif name.startswith("jobkit/"):
            assert name in shipped, name
