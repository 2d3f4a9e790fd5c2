"""`jobkit pack` as a library function the CLI calls: progress, summary, zip, exit code."""
from __future__ import annotations

import io
import sys
import time
import zipfile
from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.errors import EXIT_INPUT, EXIT_OK, EXIT_RENDER, UsageError
from jobkit.pack import build_pack, default_jobs
from jobkit.render.builders import source_date_epoch
from jobkit.render.output import OutputFolder


def _progress_bar():
    """A one-line bar on a terminal; nothing when output goes to a file or CI log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", err=True,
                   nl=done == total)

    return show


def write_zip(out: Path, name: str, force: bool = False) -> Path:
    """One archive of the files jobkit wrote into the output folder, with fixed entry dates.

    Only files in the manifest, and never through a symbolic link: a link or a file someone
    else put into the folder (notes.txt -> /etc/shadow) must not end up in the archive. The
    archive is recorded in the manifest too: a zip jobkit did not write is not replaced."""
    output = OutputFolder(out, force)
    if not output.may_write(name):
        raise UsageError(f"{output.target(name)} 不是 jobkit 生成的，未覆盖；请改名或加 --force。 / "
                         f"{output.target(name)} was not produced by jobkit and is left alone; "
                         "rename it or use --force")
    epoch = source_date_epoch()
    stamp = time.gmtime(epoch)[:6] if epoch else (1980, 1, 1, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in output.own_files():
            if path.name == name and path.parent == out:
                continue  # not the archive itself
            info = zipfile.ZipInfo(path.relative_to(out).as_posix(), stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    output.write(name, buffer.getvalue())
    output.save_manifest()
    return output.target(name)


def run_pack(folder: Path, out: Path, formats: tuple[str, ...], jobs: int | None, make_zip: bool,
             keep_going: bool, force: bool, lang: str | None) -> int:
    config = load_config(folder)
    lang = lang or config.lang
    report = build_pack(folder, out, config, tuple(dict.fromkeys(formats)), jobs or default_jobs(),
                        keep_going, force, _progress_bar())
    for problem in report.problems + report.failures:
        rule = f" [{problem.code} {problem.rule}]" if problem.code.startswith("JK") else ""
        click.echo(problem.format(lang) + rule, err=True)
    if report.problems and not keep_going and not report.written:
        click.echo("有错误，未写入任何文件；修正后重试，或加 --keep-going / errors found, nothing "
                   "written; fix them or use --keep-going", err=True)
        return EXIT_INPUT
    if make_zip:
        archive = write_zip(out, f"{folder.resolve().name}.zip", force)
        click.echo(f"zip: {archive}", err=True)
    if lang == "en":
        click.echo(f"pack: {report.built} built, {report.skipped} unchanged, "
                   f"{len(report.failures)} failed, {report.seconds:.1f} s → {out}", err=True)
    else:
        click.echo(f"pack：生成 {report.built} 个，未变 {report.skipped} 个，失败 "
                   f"{len(report.failures)} 个，用时 {report.seconds:.1f} 秒 → {out}", err=True)
    if report.failures:
        return EXIT_RENDER
    return EXIT_INPUT if report.problems else EXIT_OK
