"""`jobkit diff` for the CLI: gather both sides, compare, print in the format asked for."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from jobkit.diff.documents import diff_documents
from jobkit.diff.formats import FORMATS
from jobkit.diff.propose import proposal
from jobkit.lint.rules.jk2._shared import today
from jobkit.diff.sources import from_git, from_paths
from jobkit.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, UsageError


def run_diff(paths: list[Path], revs: tuple[str, ...], fmt: str, lang: str,
             exit_code: bool, propose: bool = False) -> int:
    old, new, problems = _sides(paths, revs)
    diffs = diff_documents(old, new)
    folder = (paths[-1] if paths[-1].is_dir() else paths[-1].parent) if paths else Path.cwd()
    proposals = {d.id: proposal(d, new[d.id].data, today().isoformat(), lang, folder)
                 for d in diffs if d.status == "changed"} if propose else None
    if fmt == "text":
        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        click.echo(FORMATS["text"](diffs, lang, colour, proposals), nl=False)
    else:
        click.echo(FORMATS[fmt](diffs, lang, proposals), nl=False)
    for problem in problems:  # the others are compared all the same
        click.echo(problem.format(lang), err=True)
    if problems:
        click.echo("以上文件无法读取或校验未通过，未参与比较 / the files above could not be read "
                   "or are invalid and were not compared", err=True)
        return EXIT_INPUT
    return EXIT_FINDINGS if exit_code and diffs else EXIT_OK


def _sides(paths: list[Path], revs: tuple[str, ...]):
    if len(revs) > 2:
        raise UsageError("--rev 最多两次 / --rev at most twice")
    if revs:
        where = paths or [Path.cwd()]
        old, problems_old = from_git(revs[0], where)
        if len(revs) == 2:
            new, problems_new = from_git(revs[1], where)
        else:
            new, problems_new = from_paths(where)
        return old, new, problems_old + problems_new
    if len(paths) != 2:
        raise UsageError("请给出两个文件或两个文件夹（OLD NEW），或用 --rev 与 git 版本比较 / give "
                         "two files or two folders (OLD NEW), or --rev to compare with a git "
                         "revision")
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path} 不存在 / {path} does not exist")
    old, problems_old = from_paths([paths[0]])
    new, problems_new = from_paths([paths[1]])
    if paths[0].is_file() and paths[1].is_file() and len(old) == len(new) == 1:
        # two files: one document in two versions, even if its id was changed
        old = {next(iter(new)): next(iter(old.values()))}
    return old, new, problems_old + problems_new
