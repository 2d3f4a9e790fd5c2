"""Shared test helpers: run the installed jobkit command as a user would, write input files."""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
JOBKIT = Path(sys.executable).with_name("jobkit")

# jobkit's cache (the core font faces, jobkit/render/fonts.py) goes to a folder of this test
# run, not the home folder; every jobkit process the tests start inherits it.
if "JOBKIT_CACHE_DIR" not in os.environ:
    os.environ["JOBKIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="jobkit-test-cache-")
    atexit.register(shutil.rmtree, os.environ["JOBKIT_CACHE_DIR"], True)


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_jobkit(*args: str, cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run the installed jobkit command in a subprocess (the whole process, as a user runs it)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([str(JOBKIT), *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


PACK_PROJECT = REPO / "tests" / "lint" / "projects" / "after-sales"


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the small after-sales pack (pack.yaml, one module) in the test's folder."""
    target = tmp_path / "pack"
    shutil.copytree(PACK_PROJECT, target)
    return target


@pytest.fixture
def jobkit():
    return run_jobkit


@pytest.fixture
def write(tmp_path):
    """Write a file under tmp_path (text as UTF-8, or bytes as they are) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def require_tool(name: str) -> str:
    """The path of an external tool; skip without it, unless the test run demands tools."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("JOBKIT_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is required by the test set-up (scripts/setup.sh) but missing")
        pytest.skip(f"{name} not installed")
    return found


def require_shared() -> Path:
    """../shared (design documents and reference files); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


MINIMAL_JOB = """\
kind: job
id: complaint-specialist
basic:
  title: 投诉处理专员
  department: 客户服务部
summary: 受理并处理客户投诉，对处理结果和客户满意度负责。
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    time_pct: 60
  - title: 投诉回访
    statement: 回访已结案的投诉客户并记录满意度
    time_pct: 40
"""


@pytest.fixture
def minimal_job() -> str:
    return MINIMAL_JOB


MINIMAL_POLICY = """\
kind: policy
id: complaint-policy
title: 客户投诉管理制度
issuer: 客户服务部
purpose: 规范投诉处理。
scope: 适用于全公司。
interpretation: 客户服务部
effective: 2026-03-01
chapters:
  - title: 投诉受理
    articles:
      - 投诉统一登记。
      - {text: 登记内容包括：, items: [客户信息, 投诉事项]}
"""


EXAMPLE = REPO / "examples" / "customer-service"


@pytest.fixture(scope="session")
def published_example(tmp_path_factory):
    """The bundled example published once for the session, in every format, as a user runs it."""
    out = tmp_path_factory.mktemp("example") / "out"
    done = run_jobkit("pack", str(EXAMPLE), "-o", str(out), "-f", "pdf", "-f", "docx",
                      "-f", "html")
    assert done.code == 0, done.err
    return out


def swap_duties(text: str, first: str, second: str) -> str:
    """The duty blocks titled first and second, exchanged."""
    lines = text.split("\n")
    starts = [n for n, line in enumerate(lines) if line.startswith("  - title: ")]
    blocks = {}
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else \
            next(n for n in range(start + 1, len(lines)) if lines[n] and not lines[n][0] == " ")
        blocks[lines[start][len("  - title: "):]] = (start, end)
    (a1, a2), (b1, b2) = sorted([blocks[first], blocks[second]])
    return "\n".join(lines[:a1] + lines[b1:b2] + lines[a2:b1] + lines[a1:a2] + lines[b2:])
