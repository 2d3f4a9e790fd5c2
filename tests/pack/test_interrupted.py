"""An interrupted pack or render (Ctrl-C, a kill) leaves a folder the next run continues."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import JOBKIT, run_jobkit

JOURNAL = ".jobkit-manifest.journal"


def interrupted(args: list[str], out: Path, how: signal.Signals) -> None:
    """Start jobkit, wait until it has written two files, then interrupt the whole process
    group as a terminal's Ctrl-C does (or kill it)."""
    process = subprocess.Popen([str(JOBKIT), *args], start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "NO_COLOR": "1"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if len(list(out.rglob("*.pdf"))) >= 2:
            break
        time.sleep(0.02)
    assert process.poll() is None, "jobkit finished before it could be interrupted"
    os.killpg(process.pid, how)
    _, err = process.communicate(timeout=60)
    assert "Traceback" not in err
    if how == signal.SIGINT:
        assert process.returncode == 130 and "run the command again to continue" in err


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupted_pack_is_continued_by_the_next_run(project, tmp_path, how, jobs):
    out = tmp_path / "out"
    args = ["pack", str(project), "-o", str(out), "-f", "pdf", "-f", "docx", "-j", jobs, "--lang", "en"]
    interrupted(args, out, how)
    assert (out / JOURNAL).is_file()  # no manifest yet: the journal holds what was written
    again = run_jobkit(*args)
    assert again.code == 0, again.text
    assert "not produced by jobkit" not in again.text
    documents = list((project / "modules").rglob("*.yaml"))
    for document in documents:
        relative = document.relative_to(project).with_suffix("")
        for suffix in (".pdf", ".docx"):
            assert (out / relative).with_suffix(suffix).is_file()
    assert not list(out.rglob("*.jobkit-tmp"))
    assert not (out / JOURNAL).exists() and (out / ".jobkit-manifest.json").is_file()
    # the next run knows every file: nothing is left to build
    assert f"0 built, {len(documents) + 1} unchanged" in run_jobkit(*args).err


def test_an_interrupted_render_is_continued_by_the_next_run(project, tmp_path):
    out = tmp_path / "out"
    args = ["render", str(project / "modules"), "-o", str(out), "-f", "pdf", "--lang", "en"]
    interrupted(args, out, signal.SIGKILL)
    again = run_jobkit(*args)
    assert again.code == 0, again.text
    assert len(list(out.glob("*.pdf"))) == len(list((project / "modules").rglob("*.yaml")))
