"""`jobkit lint` and `jobkit rules` as library functions the CLI calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, UsageError
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.fix import plan_fixes, write_fixes
from jobkit.lint.formats import pick
from jobkit.lint.formats import text as text_format
from jobkit.lint.rules import all_rules, find_rule


def _tokens(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.strip() for value in values for t in value.split(",") if t.strip())


MAX_FIX_PASSES = 5  # a fix may reveal another (e.g. two marks in a row); stop if it never settles


def run_lint(paths: list[Path], *, lang: str | None, fmt: str, fail_on: str | None,
             select: tuple[str, ...], ignore: tuple[str, ...], statistics: bool,
             output: Path | None, fix: bool = False, diff: bool = False) -> int:
    """Lint (fixing or showing fixes first if asked), write the report, return the exit code."""
    config = load_config(paths[0])
    lang = lang or config.lang
    options = LintOptions(_tokens(select), _tokens(ignore))
    result = lint_paths(paths, config, options)
    if diff:
        for planned in plan_fixes(result):
            click.echo(planned.diff(), nl=False)
        return EXIT_FINDINGS if plan_fixes(result) else EXIT_OK
    if fix:
        result = _fix(paths, config, options, result, lang)
    formatter = pick(fmt)
    colour = formatter.NAME == "text" and output is None and sys.stdout.isatty()
    report = formatter.render(result, lang, colour) if formatter.NAME == "text" else \
        formatter.render(result, lang)
    if output is not None:
        output.write_text(report, encoding="utf-8")
    else:
        click.echo(report, nl=False)
    if statistics:
        click.echo(text_format.statistics(result, lang), nl=False, err=True)
    click.echo(text_format.summary(result, lang), err=True)
    if result.invalid_files:
        return EXIT_INPUT
    return EXIT_FINDINGS if result.reaches(fail_on or config.lint.fail_on) else EXIT_OK


def _fix(paths, config, options, result, lang):
    fixed_files: set[str] = set()
    edits = 0
    for _ in range(MAX_FIX_PASSES):
        planned = plan_fixes(result)
        if not planned:
            break
        write_fixes(planned)
        fixed_files.update(p.file for p in planned)
        edits += sum(p.edits for p in planned)
        result = lint_paths(paths, config, options)
    if lang == "en":
        click.echo(f"fixed {edits} finding(s) in {len(fixed_files)} file(s)", err=True)
    else:
        click.echo(f"已修复 {len(fixed_files)} 个文件中的 {edits} 处问题", err=True)
    return result


def run_rules(token: str | None, lang: str) -> None:
    """List all rules, or explain one."""
    if token is None:
        for rule in all_rules():
            click.echo(f"{rule.id}  {rule.name:32} {rule.level:8} {rule.summary}")
        return
    rule = find_rule(token)
    if rule is None:
        raise UsageError(f"未知规则 / unknown rule '{token}' (jobkit rules lists them)")
    fixable = "  (--fix)" if rule.fixable else ""
    click.echo(f"{rule.id} {rule.name}  [{rule.level}]{fixable}\n")
    click.echo(rule.doc)
