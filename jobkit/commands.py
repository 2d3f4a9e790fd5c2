"""The library functions behind the light commands (validate, schema); no rendering imports."""
from __future__ import annotations

from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.discover import discover, display_name
from jobkit.errors import EXIT_INPUT, EXIT_OK, UsageError
from jobkit.schema import CONFIG, KINDS, schema_text
from jobkit.validate import check_file

KIND_NAMES = {
    "job": "岗位说明书 / job analysis", "policy": "管理制度 / policy",
    "process": "工作流程 / workflow", "tool": "执行工具 / working tool",
    "form": "实用表单 / form", "plan": "实施方案 / implementation plan",
    "pack": "体系文件包 / nine-module pack", "config": "项目配置 jobkit.yaml / configuration",
}


def run_validate(paths: list[Path], lang: str | None, documents_only: bool = False) -> int:
    """Validate every YAML file under paths, print all problems, return the exit code."""
    config = load_config(paths[0])
    lang = lang or config.lang
    files = discover(paths, documents_only)
    bad = errors = 0
    for path in files:
        checked = check_file(path, config.limits, display_name(path))
        for problem in checked.problems:
            click.echo(problem.format(lang))
        if checked.problems:
            bad += 1
            errors += len(checked.problems)
    if lang == "en":
        summary = f"{len(files)} file(s) checked, {bad} invalid, {errors} error(s)"
    else:
        summary = f"检查了 {len(files)} 个文件，{bad} 个无效，共 {errors} 处错误"
    click.echo(summary, err=True)
    return EXIT_INPUT if bad or not (files or documents_only) else EXIT_OK


def run_schema(kind: str | None, output: Path | None) -> None:
    """Print one schema, list the kinds, or write all schemas into a folder."""
    names = (*KINDS, CONFIG)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        for name in names:
            (output / f"{name}.json").write_text(schema_text(name), encoding="utf-8")
        click.echo(f"{len(names)} schemas → {output}")
        return
    if kind is None:
        for name in names:
            click.echo(f"{name:8} {KIND_NAMES[name]}")
        return
    if kind not in names:
        raise UsageError(f"未知类型 / unknown kind '{kind}'; choose one of {', '.join(names)}")
    click.echo(schema_text(kind), nl=False)
