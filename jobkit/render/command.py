"""`jobkit render` as a library function the CLI calls."""
from __future__ import annotations

from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.errors import EXIT_INPUT, EXIT_OK, EXIT_RENDER
from jobkit.render.run import render_paths

DEFAULT_FORMATS = ("docx", "pdf")


def run_render(paths: list[Path], formats: tuple[str, ...], out: Path, force: bool,
               lang: str | None, compare: str | None = None) -> int:
    config = load_config(paths[0])
    lang = lang or config.lang
    if compare:
        from jobkit.render.compare import render_compare

        report = render_compare(paths, compare, tuple(dict.fromkeys(formats or DEFAULT_FORMATS)),
                                out, config, force)
    else:
        report = render_paths(paths, tuple(dict.fromkeys(formats or DEFAULT_FORMATS)), out,
                              config, force)
    for problem in report.problems + report.failures:
        click.echo(problem.format(lang), err=True)
    written = len(report.written)
    if lang == "en":
        click.echo(f"{written} file(s) written to {out}; {len(report.problems)} input problem(s), "
                   f"{len(report.failures)} failure(s)", err=True)
    else:
        click.echo(f"已写入 {written} 个文件到 {out}；输入问题 {len(report.problems)} 个，"
                   f"渲染失败 {len(report.failures)} 个", err=True)
    if report.failures:
        return EXIT_RENDER
    return EXIT_INPUT if report.problems else EXIT_OK
