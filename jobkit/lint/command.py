"""`jobkit lint` and `jobkit rules` as library functions the CLI calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from jobkit.config import load_config
from jobkit.discover import discover
from jobkit.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, UsageError
from jobkit.fsutil import atomic_write
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.fix import fix_plan, plan_fixes, write_fixes
from jobkit.lint.formats import pick
from jobkit.lint.formats import text as text_format
from jobkit.lint.rules import all_rules, find_rule


def _tokens(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.strip() for value in values for t in value.split(",") if t.strip())


MAX_FIX_PASSES = 5  # a fix may reveal another (e.g. two marks in a row); stop if it never settles


def run_lint(paths: list[Path], *, lang: str | None, fmt: str, fail_on: str | None,
             select: tuple[str, ...], ignore: tuple[str, ...], statistics: bool,
             output: Path | None, fix: bool = False, diff: bool = False,
             documents_only: bool = False) -> int:
    """Lint (fixing or showing fixes first if asked), write the report, return the exit code."""
    config = load_config(paths[0])
    lang = lang or config.lang
    options = LintOptions(_tokens(select), _tokens(ignore), documents_only)
    if output is not None:
        _check_report_target(output, paths, documents_only)
    result = lint_paths(paths, config, options)
    if diff:
        for planned in plan_fixes(result):
            click.echo(planned.diff(), nl=False)
        return EXIT_FINDINGS if plan_fixes(result) else EXIT_OK
    unwritten = False
    if fix:
        result, unwritten = _fix(paths, config, options, result, lang)
    formatter = pick(fmt)
    colour = formatter.NAME == "text" and output is None and sys.stdout.isatty()
    report = formatter.render(result, lang, colour) if formatter.NAME == "text" else \
        formatter.render(result, lang)
    if output is not None:
        _write_report(output, report)
    else:
        click.echo(report, nl=False)
    if statistics:
        click.echo(text_format.statistics(result, lang), nl=False, err=True)
    click.echo(text_format.summary(result, lang), err=True)
    if result.invalid_files or unwritten:
        return EXIT_INPUT
    return EXIT_FINDINGS if result.reaches(fail_on or config.lint.fail_on) else EXIT_OK


def _check_report_target(output: Path, paths: list[Path], documents_only: bool) -> None:
    """Refuse a report file that is one of the inputs: the report would replace a document."""
    if not output.parent.is_dir():
        raise UsageError(f"报告文件所在的文件夹 {output.parent} 不存在。 / the folder of the "
                         f"report file, {output.parent}, does not exist")
    target = output.resolve()
    if any(target == path.resolve() for path in discover(paths, documents_only)):
        raise UsageError(f"报告文件 {output} 是要检查的输入文件之一，不能覆盖它；请换一个文件名。 / "
                         f"the report file {output} is one of the files to check; it is not "
                         "overwritten: choose another name")


def _write_report(output: Path, report: str) -> None:
    try:
        atomic_write(output, report)
    except OSError as exc:
        raise UsageError(f"无法写入报告 {output}：{exc.strerror or exc}。 / cannot write the "
                         f"report to {output}: {exc.strerror or exc}") from None


def _fix(paths, config, options, result, lang):
    """Fix, lint again, fix what the fixes revealed; say which files were left, and why."""
    fixed_files: set[str] = set()
    left: dict[str, object] = {}  # file → why it could not be written
    partly: dict[str, object] = {}  # file → why some of its fixes were not made
    edits, unwritten = 0, False
    for _ in range(MAX_FIX_PASSES):
        planned, unsafe = fix_plan(result)
        partly.update((file, why) for file, why in unsafe if file not in partly)
        planned = [p for p in planned if p.file not in left]
        if not planned:
            break
        written = write_fixes(planned)
        unwritten = unwritten or bool(written)
        left.update(written)
        done = [p for p in planned if p.file not in left]
        fixed_files.update(p.file for p in done)
        edits += sum(p.edits for p in done)
        result = lint_paths(paths, config, options)
    for file, why in {**partly, **left}.items():
        click.echo(f"{file}: {'not fixed' if lang == 'en' else '未修复'}: "
                   f"{why.en if lang == 'en' else why.zh}", err=True)
    if lang == "en":
        click.echo(f"fixed {edits} finding(s) in {len(fixed_files)} file(s)", err=True)
    else:
        click.echo(f"已修复 {len(fixed_files)} 个文件中的 {edits} 处问题", err=True)
    return result, unwritten  # unwritten: a file could not be written (exit 2)


def rules_markdown() -> str:
    """All rule documentation as one Markdown page (docs/rules.md is made from it)."""
    parts = ["# jobkit lint rules\n\n",
             "Generated by `jobkit rules --markdown`; do not edit by hand.\n\n",
             "| id | name | level | fix | what |\n|---|---|---|---|---|\n"]
    for rule in all_rules():
        fix = "yes" if rule.fixable else ""
        parts.append(f"| [{rule.id}](#{rule.id.lower()}) | {rule.name} | {rule.level} | {fix} | "
                     f"{rule.summary} |\n")
    for rule in all_rules():
        parts.append(f"\n## {rule.id}\n\n`{rule.name}` · default level **{rule.level}**"
                     f"{' · fixable with `--fix`' if rule.fixable else ''}\n\n{rule.doc}\n")
    return "".join(parts)


def run_rules(token: str | None, lang: str, markdown: bool = False) -> None:
    """List all rules, or explain one."""
    if markdown:
        click.echo(rules_markdown(), nl=False)
        return
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
