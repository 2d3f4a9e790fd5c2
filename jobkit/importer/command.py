"""`jobkit import` for the CLI: run the import, print what was found and where it went."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from jobkit.errors import EXIT_INPUT, EXIT_OK
from jobkit.importer.finish import MISSING
from jobkit.importer.run import ImportReport, import_files

_STATUS = {
    "written": ("已写入", "written"),
    "would-write": ("将写入", "would write"),
    "exists": ("已存在，未覆盖（加 --force 覆盖）", "exists, left alone (--force overwrites)"),
}


def run_import(paths: list[Path], out: Path, dry_run: bool, force: bool, lang: str) -> int:
    report = import_files(paths, out, dry_run=dry_run, force=force)
    en = lang == "en"
    for job in report.jobs:
        draft = job.draft
        status = _STATUS[job.status][1 if en else 0]
        duties = 0 if ("duties",) in draft.guessed else len(draft.data.get("duties", []))
        missing = sum(why == MISSING for why in draft.guessed.values())
        guessed = len(draft.guessed) - missing
        counts = (f"{duties} duties, {guessed} guessed, {missing} missing, {len(draft.notes)} notes"
                  if en else f"职责 {duties} 项，推测 {guessed} 处，缺少 {missing} 项，"
                             f"备注 {len(draft.notes)} 条")
        click.echo(f"{job.source.name} → {_shown(job.target)}  {draft.get('basic.title')}  "
                   f"({counts})  {status}")
        for path, why in draft.guessed.items():
            label = ("missing" if en else "缺少") if why == MISSING else \
                ("guessed" if en else "推测")
            click.echo(f"    {label} {_path(path)}: {_half(why, en)}")
        for note in draft.notes:
            click.echo(f"    {'not placed, kept in notes' if en else '未归入字段，已放入 notes'}: "
                       f"{note}")
    for source, text in report.left_out:
        short = text if len(text) <= 80 else text[:80] + "…"
        click.echo(f"{source.name}: {'not part of any job' if en else '不属于任何岗位的内容'}: {short}")
    sys.stdout.flush()  # the details first, then problems and the summary on stderr
    for problem in report.problems:
        click.echo(problem.format(lang), err=True)
    click.echo(_summary(report, paths, dry_run, en), err=True)
    refused = any(job.status == "exists" for job in report.jobs)
    return EXIT_INPUT if report.problems or refused else EXIT_OK


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _path(path: tuple) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _half(text: str, en: bool) -> str:
    zh, _, english = text.partition(" / ")
    return (english or zh) if en else zh


def _summary(report: ImportReport, paths, dry_run: bool, en: bool) -> str:
    written = sum(job.status == "written" for job in report.jobs)
    exists = sum(job.status == "exists" for job in report.jobs)
    if en:
        verb = "would be written" if dry_run else "written"
        return (f"import: {len(paths)} files, {len(report.jobs)} jobs found, "
                f"{written if not dry_run else len(report.jobs) - exists} {verb}, "
                f"{exists} already there, {len(report.problems)} files failed")
    verb = "将写入" if dry_run else "写入"
    return (f"import：{len(paths)} 个文件，找到 {len(report.jobs)} 个岗位，{verb} "
            f"{written if not dry_run else len(report.jobs) - exists} 个，已存在 {exists} 个，"
            f"失败 {len(report.problems)} 个文件")
