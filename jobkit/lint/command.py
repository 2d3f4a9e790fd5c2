"""`jobkit lint` and `jobkit rules` as library functions the CLI calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, UsageError
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.formats import pick
from jobkit.lint.formats import text as text_format
from jobkit.lint.rules import all_rules, find_rule


def _tokens(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.strip() for value in values for t in value.split(",") if t.strip())


def run_lint(paths: list[Path], *, lang: str | None, fmt: str, fail_on: str | None,
             select: tuple[str, ...], ignore: tuple[str, ...], statistics: bool,
             output: Path | None) -> int:
    """Lint, write the report, return the exit code."""
    config = load_config(paths[0])
    lang = lang or config.lang
    result = lint_paths(paths, config, LintOptions(_tokens(select), _tokens(ignore)))
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
