"""The output folder: jobkit overwrites only files it wrote itself (listed in a manifest).

The manifest is written at the end of a run; until then each file is recorded in a journal
beside it as it is written, so a run that is interrupted (Ctrl-C, a kill, a crash) leaves a
folder whose files the next run knows as its own and simply continues.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
from pathlib import Path

from jobkit.errors import InputError, UsageError
from jobkit.fsutil import atomic_write_bytes
from jobkit.problems import Message, Problem

MANIFEST = ".jobkit-manifest.json"
JOURNAL = ".jobkit-manifest.journal"


def os_reason(exc: OSError, lang: str) -> str:
    """Why a file could not be written, in words a user acts on (a full disk says so)."""
    if exc.errno == errno.ENOSPC:
        return "磁盘已满（设备上没有剩余空间）" if lang == "zh" else "the disk is full (no space left)"
    return exc.strerror or str(exc)


def describe_failure(exc: Exception) -> str:
    """A failed document's cause for the report."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_reason(exc, "en") + (f": {exc.filename}" if exc.filename else "")
    return f"{type(exc).__name__}: {exc}"


def safe_target(folder: Path, name: str) -> Path:
    """folder/name, refused if it would leave the folder or be hidden (like the manifest)."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or any(p.startswith(".") for p in parts):
        raise ValueError(f"output name escapes the output folder: {name}")
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ValueError(f"output name escapes the output folder: {name}")
    return path


def write_output(folder: Path, name: str, data: bytes, inputs: str = "") -> dict:
    """Write one output file atomically, recorded in the journal; its manifest record.

    The file is claimed before it appears (with no inputs, so a later run rebuilds it) and
    recorded in full after: a run killed at any moment leaves no file it wrote unclaimed.
    """
    target = safe_target(folder, name)
    digest = hashlib.sha256(data).hexdigest()
    _journal(folder, name, {"sha256": digest, "inputs": None})
    atomic_write_bytes(target, data)
    record = {"sha256": digest, "inputs": inputs}
    _journal(folder, name, record)
    return record


def _journal(folder: Path, name: str, record: dict) -> None:
    # One write() of one line to a file opened for appending: lines of the pack's worker
    # processes never interleave, and a line is either there or not.
    line = json.dumps({"name": name, **record}, ensure_ascii=False) + "\n"
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(folder / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode("utf-8"))
    finally:
        os.close(descriptor)


def read_journal(folder: Path) -> dict[str, dict]:
    """name → record of the files an unfinished run wrote (the last record of a name wins)."""
    try:
        lines = (folder / JOURNAL).read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    records: dict[str, dict] = {}
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line cut short by the interruption
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            name = entry.pop("name")
            records[name] = entry
    return records


class OutputFolder:
    """Writes files into one folder, atomically, keeping a manifest of what jobkit produced."""

    def __init__(self, folder: Path, force: bool = False) -> None:
        self.folder = folder
        self.force = force
        self.manifest_path = folder / MANIFEST
        self.produced: dict[str, dict] = {**self._read_manifest(), **read_journal(folder)}

    def _read_manifest(self) -> dict[str, dict]:
        """The manifest's records; a damaged one is an error, not a list of no files (which
        would make every earlier output look foreign)."""
        if not self.manifest_path.is_file():
            return {}
        line = col = None
        try:
            data = json.loads(self.manifest_path.read_text("utf-8"))
            files = data.get("files") if isinstance(data, dict) else None
            if isinstance(files, dict) and all(isinstance(v, dict) for v in files.values()):
                return files
        except json.JSONDecodeError as exc:
            line, col = exc.lineno, exc.colno
        except (OSError, ValueError):
            pass
        if self.force:
            return {}  # every file is overwritten anyway, and the manifest written anew
        raise InputError([Problem(str(self.manifest_path), Message(
            "jobkit 的输出清单已损坏，无法判断哪些文件是 jobkit 生成的；请用 --force 重新生成"
            "（会覆盖输出文件夹中的同名文件，并写出新的清单）。",
            "jobkit's output manifest is damaged, so it cannot tell which files it wrote; run "
            "again with --force (it overwrites files of the same name in the output folder and "
            "writes a new manifest)"), line, col, code="output/damaged-manifest")])

    def target(self, name: str) -> Path:
        """The path for an output name; names come from validated ids, and are checked again."""
        try:
            return safe_target(self.folder, name)
        except ValueError:
            raise UsageError(
                f"输出路径 {self.folder / name} 经过符号链接通到了输出文件夹之外，未写入；请删除该链接"
                f"或换一个输出文件夹。 / the output path {self.folder / name} leads out of the "
                "output folder through a symbolic link; nothing is written there: remove the "
                "link or choose another output folder") from None

    def ensure_writable(self) -> None:
        """Make the folder and prove a file can be written there, before any work is done."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, probe = tempfile.mkstemp(prefix=".probe.", suffix=".jobkit-tmp",
                                             dir=self.folder)
            os.close(handle)
            os.unlink(probe)
        except OSError as exc:
            raise UsageError(f"无法写入输出文件夹 {self.folder}：{os_reason(exc, 'zh')}。 / "
                             f"cannot write to the output folder {self.folder}: "
                             f"{os_reason(exc, 'en')}") from None

    def may_write(self, name: str) -> bool:
        """False for a file jobkit did not produce (unless --force)."""
        path = self.target(name)
        return self.force or not path.exists() or name in self.produced

    def write(self, name: str, data: bytes, inputs: str = "") -> None:
        self.produced[name] = write_output(self.folder, name, data, inputs)

    def remove_leftovers(self) -> None:
        """Delete the temporary files of an interrupted run (only jobkit names them so)."""
        if self.folder.is_dir():
            for path in self.folder.rglob(".*.jobkit-tmp"):
                if path.is_file() and not path.is_symlink():
                    path.unlink(missing_ok=True)

    def own_files(self) -> list[Path]:
        """The files of the folder that jobkit wrote and that are still regular files there,
        reached without passing a symbolic link."""
        found = []
        for name in sorted(self.produced):
            try:
                self.target(name)
            except ValueError:
                continue  # a damaged record pointing outside: not ours to touch
            parts = Path(name).parts
            steps = [self.folder.joinpath(*parts[:n]) for n in range(1, len(parts) + 1)]
            if steps[-1].is_file() and not any(step.is_symlink() for step in steps):
                found.append(steps[-1])
        return found

    def save_manifest(self) -> None:
        """Fold the journal into the manifest (nothing at all when nothing was ever written)."""
        if not self.produced and not self.manifest_path.exists():
            return
        text = json.dumps({"tool": "jobkit", "files": dict(sorted(self.produced.items()))},
                          ensure_ascii=False, indent=1) + "\n"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.manifest_path, text.encode("utf-8"))
        except OSError as exc:  # the journal still holds every file written: nothing is lost
            raise UsageError(f"无法写入输出清单 {self.manifest_path}：{os_reason(exc, 'zh')}；"
                             "已写入的文件记录在日志中，腾出空间后再运行一次即可。 / cannot write "
                             f"the output manifest {self.manifest_path}: {os_reason(exc, 'en')}; "
                             "the files written are recorded in the journal: run again once "
                             "there is space") from None
        (self.folder / JOURNAL).unlink(missing_ok=True)
