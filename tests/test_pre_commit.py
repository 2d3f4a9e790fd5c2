"""The hooks through the real client: pre-commit installs jobkit from this repository and runs them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL_JOB, REPO

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def _snapshot_of_this_checkout(target: Path) -> str:
    """This checkout's files, uncommitted changes included, as one commit pre-commit can use.

    (`pre-commit try-repo` does the same, but installs a new environment on every call.)
    """
    listed = _git("ls-files", "-co", "--exclude-standard", "-z", cwd=REPO).split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git("init", "-q", cwd=target)
    _git("add", "-A", cwd=target)
    _git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm",
         "snapshot", cwd=target)
    return _git("rev-parse", "HEAD", cwd=target)


@pytest.fixture(scope="module")
def user_repo(tmp_path_factory):
    """A user's repository with a CI workflow, a clean job, a broken one and both hooks."""
    if shutil.which("git") is None or not PRE_COMMIT.exists():
        pytest.skip("needs git and pre-commit")
    source = tmp_path_factory.mktemp("jobkit-source")
    rev = _snapshot_of_this_checkout(source)
    root = tmp_path_factory.mktemp("user-repo")
    files = {".github/workflows/ci.yml": "on: push\njobs:\n  test: {runs-on: ubuntu-latest}\n",
             "mkdocs.yml": "site_name: 文档\n", "jobs/good.yaml": MINIMAL_JOB,
             "jobs/bad.yaml": MINIMAL_JOB.replace("summary:", "sumary:"),
             ".pre-commit-config.yaml": (f"repos:\n  - repo: {source}\n    rev: {rev}\n"
                                         "    hooks:\n      - id: jobkit-lint\n"
                                         "      - id: jobkit-validate\n")}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    _git("init", "-q", cwd=root)
    _git("add", "-A", cwd=root)
    return root, tmp_path_factory.mktemp("pre-commit-home")


def run_hook(user_repo, hook: str, *files: str) -> subprocess.CompletedProcess:
    root, home = user_repo
    # the hook's environment gets the locked versions, as the README's set-up does
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1",
           "PIP_CONSTRAINT": str(REPO / "requirements.lock")}
    return subprocess.run([str(PRE_COMMIT), "run", hook, "--files", *files],
                          cwd=root, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("hook", ["jobkit-lint", "jobkit-validate"])
def test_hooks_pass_a_repository_whose_other_yaml_is_not_jobkits(user_repo, hook):
    done = run_hook(user_repo, hook, ".github/workflows/ci.yml", "mkdocs.yml", "jobs/good.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "JK001" not in done.stdout and "ci.yml" not in done.stdout


@pytest.mark.parametrize("hook", ["jobkit-lint", "jobkit-validate"])
def test_hooks_fail_on_a_broken_document_at_its_position(user_repo, hook):
    done = run_hook(user_repo, hook, ".github/workflows/ci.yml", "jobs/bad.yaml")
    assert done.returncode == 1, done.stdout + done.stderr  # pre-commit's "a hook failed"
    assert "jobs/bad.yaml:6:1:" in done.stdout and "sumary" in done.stdout
    assert "workflows/ci.yml:" not in done.stdout
