"""The output folder's faults end in clear errors: links out, unwritable folders, a full disk."""
from __future__ import annotations

import errno
import subprocess

import pytest

from conftest import run_jobkit
from jobkit import fsutil

def _clean(result) -> None:
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text


@pytest.mark.parametrize("command", ["pack", "render"])
def test_a_link_inside_the_output_leading_out_is_not_written_through(project, tmp_path, command):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "modules").symlink_to(elsewhere, target_is_directory=True)
    (out / "after-sales-manager.html").symlink_to(elsewhere / "x.html")
    args = [str(project)] if command == "pack" else [str(project / "modules")]
    result = run_jobkit(command, *args, "-o", str(out), "-f", "html", "--lang", "en")
    _clean(result)
    if command == "pack":
        assert result.code == 2 and "leads out of the output folder" in result.err
    assert not any(elsewhere.iterdir()), "nothing written outside the output folder"


@pytest.mark.parametrize("command", ["pack", "render"])
def test_an_output_folder_that_cannot_be_written_is_a_clear_error(project, tmp_path, command):
    out = tmp_path / "out"
    out.mkdir()
    if subprocess.run(["chattr", "+i", str(out)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        args = [str(project)] if command == "pack" else [str(project / "modules")]
        result = run_jobkit(command, *args, "-o", str(out), "-f", "html", "--lang", "en")
    finally:
        subprocess.run(["chattr", "-i", str(out)], check=True)
    _clean(result)
    assert result.code == 2 and "cannot write to the output folder" in result.err


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.parametrize("command", ["pack", "render"])
def test_a_full_disk_is_named_and_leaves_no_temporary_files(project, small_disk, command):
    args = [str(project)] if command == "pack" else [str(project / "modules")]
    result = run_jobkit(command, *args, "-o", str(small_disk / "out"), "-f", "pdf", "-f", "docx",
                        "--lang", "en")
    _clean(result)
    assert result.code in (2, 3) and "the disk is full" in result.err
    assert not list(small_disk.rglob("*.jobkit-tmp"))


def test_a_failed_write_removes_its_temporary_file(tmp_path, monkeypatch):
    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, "fsync", full)
    with pytest.raises(OSError):
        fsutil.atomic_write_bytes(tmp_path / "a.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_any_file_of_the_templates_folder_counts_for_incremental_builds(project, tmp_path):
    (project / "tpl").mkdir()
    (project / "tpl" / "logo.png").write_bytes(b"\x89PNG first")
    config = project / "jobkit.yaml"
    config.write_text(config.read_text("utf-8") + "templates: tpl\n", "utf-8")
    out = tmp_path / "out"
    assert run_jobkit("pack", str(project), "-o", str(out), "-f", "html").code == 0
    (project / "tpl" / "logo.png").write_bytes(b"\x89PNG second")
    again = run_jobkit("pack", str(project), "-o", str(out), "-f", "html", "--lang", "en")
    assert again.code == 0 and "0 unchanged" in again.err, again.text
