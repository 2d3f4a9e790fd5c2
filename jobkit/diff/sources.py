"""The two sides of a diff: documents read from files and folders, or from a git revision."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jobkit.config import CONFIG_NAMES
from jobkit.discover import discover
from jobkit.errors import InputError, UsageError
from jobkit.gitrun import run_git, toplevel
from jobkit.load import Limits, load_text
from jobkit.problems import Problem
from jobkit.validate import check_loaded


@dataclass
class Version:
    file: str  # as shown: a path, or REV:path
    data: dict


def from_paths(paths: list[Path]) -> tuple[dict[str, Version], list[Problem]]:
    texts = {}
    for path in discover(paths, documents_only=True):
        if path.name in CONFIG_NAMES:
            continue
        try:
            texts[str(path)] = (path, path.read_text("utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"无法读取 / cannot read {path}: {exc}") from None
    return _versions({name: text for name, (_, text) in texts.items()}, {
        name: path for name, (path, _) in texts.items()})


def _versions(texts: dict[str, str], paths: dict[str, Path]) -> tuple[dict[str, Version],
                                                                      list[Problem]]:
    found: dict[str, Version] = {}
    problems: list[Problem] = []
    for name, text in texts.items():
        try:
            loaded = load_text(text, name, Limits())
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        checked = check_loaded(loaded, paths.get(name, Path(name)))
        if checked.problems:
            problems.extend(checked.problems)
            continue
        ident = loaded.data.get("id")
        if isinstance(ident, str):
            found[ident] = Version(name, loaded.data)
    return found, problems


def _git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    done = run_git(root, *args, data=data)
    if done is None:
        raise UsageError("需要 git 才能比较版本 / comparing revisions needs git")
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def repository_root(start: Path) -> Path:
    folder = start if start.is_dir() else start.parent
    root = toplevel(folder.resolve())
    if root is None:
        raise UsageError(f"{start} 不在 git 仓库中 / {start} is not inside a git repository")
    return root


def from_git(rev: str, paths: list[Path]) -> tuple[dict[str, Version], list[Problem]]:
    """The jobkit documents under paths as they were at rev."""
    root = repository_root(paths[0] if paths else Path.cwd())
    relative = [Path(p).resolve().relative_to(root).as_posix() or "." for p in paths] or ["."]
    _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    listed = _git(root, "ls-tree", "-r", "-z", "--name-only", rev, "--", *relative)
    names = [n for n in listed.decode("utf-8").split("\0")
             if n.endswith((".yaml", ".yml")) and Path(n).name not in CONFIG_NAMES]
    if not names:
        return {}, []
    batch = _git(root, "cat-file", "--batch",
                 data="".join(f"{rev}:{n}\n" for n in names).encode("utf-8"))
    texts, position = {}, 0
    for name in names:
        header_end = batch.index(b"\n", position)
        size = int(batch[position:header_end].split()[2])
        body = batch[header_end + 1:header_end + 1 + size]
        position = header_end + 1 + size + 1
        text = body.decode("utf-8", "replace").lstrip("\ufeff")
        if "modules/" in name or _looks_like_document(text):
            texts[f"{rev}:{name}"] = text
    return _versions(texts, {key: root / key.split(":", 1)[1] for key in texts})


def _looks_like_document(text: str) -> bool:
    head = text[:65536]
    return any(line.startswith("kind:") for line in head.splitlines())

