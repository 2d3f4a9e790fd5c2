"""The jobkit command line: each command parses options and calls one library function."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from jobkit import __version__
from jobkit.errors import EXIT_INPUT, EXIT_RENDER, ConfigError, InputError, JobkitError

LANGS = ("zh-CN", "en")
_message_lang = {"value": os.environ.get("JOBKIT_LANG", "zh-CN")}


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Errors raised before a command knows its configuration still speak the asked language."""
    if value:
        _message_lang["value"] = value
    return value


_lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=None, callback=_remember_lang, is_eager=True,
    help="消息语言（默认取 jobkit.yaml 的 lang，否则 zh-CN）。 / Language of messages "
         "(default: lang in jobkit.yaml, else zh-CN).")
_paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
_documents_only_option = click.option(
    "--documents-only", is_flag=True,
    help="只检查 jobkit 的文件（有顶层 kind:、位于 modules/ 下，或名为 jobkit.yaml、pack.yaml），"
         "忽略其他 YAML（如 .github/workflows）；pre-commit 钩子使用此选项。 / Check only jobkit's "
         "files (a top-level kind:, under modules/, or jobkit.yaml, pack.yaml) and ignore other "
         "YAML such as .github/workflows; the pre-commit hooks use it.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="jobkit")
def cli() -> None:
    """jobkit：用 YAML 编写岗位说明书与客户服务管理体系文件，校验并发布为 DOCX 和 PDF。

    jobkit: write job analyses and the documents of a customer-service management system as
    YAML, check them, and publish them as DOCX and PDF.
    """


@cli.command()
@_paths_argument
@_documents_only_option
@_lang_option
def validate(paths: tuple[Path, ...], documents_only: bool, lang: str | None) -> None:
    """按 JSON Schema 校验文件或文件夹（递归查找 *.yaml、*.yml），报告全部错误。

    Check files or folders (searched recursively for *.yaml, *.yml) against the JSON Schemas
    and report every error. Exit 0 when all are valid, 2 otherwise.
    """
    from jobkit.commands import run_validate

    sys.exit(run_validate(list(paths), lang, documents_only))


@cli.command()
@click.argument("kind", required=False)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="把全部 Schema 写入此文件夹。 / Write all schemas into this folder.")
def schema(kind: str | None, output: Path | None) -> None:
    """打印某一类文档的 JSON Schema；不带参数时列出全部类型。

    Print the JSON Schema of a document kind (job, policy, process, tool, form, plan, pack,
    config); without KIND, list the kinds.
    """
    from jobkit.commands import run_schema

    run_schema(kind, output)


@cli.command()
@click.argument("directory", required=False, default=".",
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", "org_name", default=None,
              help="组织名称，写入 jobkit.yaml。 / Organisation name for jobkit.yaml.")
def init(directory: Path, org_name: str | None) -> None:
    """新建项目：jobkit.yaml、九个模块 × 六个维度的文件夹，以及每类文档一个示例。

    Scaffold a project: jobkit.yaml, pack.yaml, the nine module folders with their six
    dimension folders, and one valid sample of each kind. Existing files are never overwritten.
    """
    from jobkit.scaffold import init_project

    created = init_project(directory, org_name)
    click.echo(f"已创建 / created {len(created)} files in {directory}")


@cli.command()
@click.argument("kind")
@click.argument("doc_id", metavar="ID")
@click.option("-m", "--module", default=None,
              help="所属模块（如 complaint）；在项目中时写入对应文件夹。 / Module key "
                   "(e.g. complaint); inside a project the file goes into its folder.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="输出文件路径（默认按 ID 命名）。 / Where to write (default: ID.yaml).")
def new(kind: str, doc_id: str, module: str | None, output: Path | None) -> None:
    """按带注释的骨架新建一份文档；填好空白处即可通过校验。

    Write a new document of KIND with identifier ID from a commented skeleton; it validates
    once its blanks are filled in.
    """
    from jobkit.scaffold import new_document

    path = new_document(kind, doc_id, module, output)
    click.echo(f"已创建 / created {path}")


@cli.command()
@_paths_argument
@click.option("-f", "--format", "fmt", default="auto", show_default=True,
              type=click.Choice(["text", "json", "github", "sarif", "rdjson", "auto"]),
              help="报告格式；auto 在 GitHub Actions 中为 github，否则为 text。 / Report format; "
                   "auto is github inside GitHub Actions, else text.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="达到此级别的结果使退出码为 1（默认 error）。 / Exit 1 when a finding reaches "
                   "this level (default: error).")
@click.option("--select", multiple=True, metavar="RULES",
              help="只运行这些规则（编号、名称或前缀如 JK3，逗号分隔）。 / Run only these rules "
                   "(ids, names or prefixes such as JK3; comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULES",
              help="不运行这些规则。 / Do not run these rules.")
@click.option("--statistics", is_flag=True,
              help="按规则统计结果数。 / Count findings per rule.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="把报告写入文件（如 SARIF）。 / Write the report to a file (e.g. SARIF).")
@click.option("--fix", is_flag=True,
              help="就地修复排版问题（JK4xx），保留注释、顺序和引号。 / Fix typography findings "
                   "(JK4xx) in place, keeping comments, key order and quoting.")
@click.option("--diff", is_flag=True,
              help="只显示 --fix 会做的修改，不写文件。 / Show what --fix would change; write "
                   "nothing.")
@_documents_only_option
@_lang_option
def lint(paths, fmt, fail_on, select, ignore, statistics, output, fix, diff, documents_only,
         lang) -> None:
    """检查文档：格式错误、职责写法、一致性、法律合规、中文排版和组织结构。

    Check documents: schema errors, duty phrasing, consistency, law and fairness, Chinese
    typography and the organisation as a whole. Exit 0 clean, 1 findings at --fail-on,
    2 invalid input or options.
    """
    from jobkit.lint.command import run_lint

    sys.exit(run_lint(list(paths), lang=lang, fmt=fmt, fail_on=fail_on, select=select,
                      ignore=ignore, statistics=statistics, output=output, fix=fix,
                      diff=diff, documents_only=documents_only))


@cli.command()
@click.argument("rule", required=False)
@click.option("--markdown", is_flag=True,
              help="以 Markdown 输出全部规则文档。 / Print the documentation of all rules as "
                   "Markdown.")
@_lang_option
def rules(rule: str | None, markdown: bool, lang: str | None) -> None:
    """列出全部检查规则，或解释一条规则（含示例）。

    List all lint rules, or explain one (by id or name) with its examples.
    """
    from jobkit.lint.command import run_rules

    run_rules(rule, lang or "zh-CN", markdown)


@cli.command()
@_paths_argument
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(["docx", "pdf", "html"]),
              help="输出格式，可重复（默认 docx 和 pdf）。 / Output format, repeatable "
                   "(default: docx and pdf).")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default="out",
              show_default=True, help="输出文件夹。 / Output folder.")
@click.option("--force", is_flag=True,
              help="覆盖输出文件夹中不是 jobkit 生成的同名文件。 / Overwrite files in the output "
                   "folder that jobkit did not produce.")
@click.option("--compare", metavar="OLD", default=None,
              help="与旧版本比较，输出修订标记版（<id>.redline.docx 为 Word 修订，HTML/PDF 标出增删）；"
                   "OLD 为文件、文件夹或 git 版本。 / Write redlines against OLD (a file, a folder "
                   "or a git revision): <id>.redline.docx with Word tracked changes, HTML and PDF "
                   "with insertions and deletions marked.")
@_lang_option
def render(paths, formats, output, force, compare, lang) -> None:
    """把岗位说明书和管理制度输出为 DOCX、PDF 和 HTML（同一模板）。

    Render job descriptions and policies as DOCX, PDF and HTML from one template per kind.
    Output files are named by document id. Exit 2 for invalid input, 3 if a document failed
    to render; the others are written either way.
    """
    from jobkit.render.command import run_render

    sys.exit(run_render(list(paths), formats, output, force, lang, compare))


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default="out",
              show_default=True, help="输出文件夹。 / Output folder.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(["docx", "pdf", "html"]),
              help="输出格式，可重复（默认 docx、pdf 和 html）。 / Output format, repeatable "
                   "(default: docx, pdf and html).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="并行进程数（默认 CPU 核数）。 / Worker processes (default: CPU cores).")
@click.option("--zip", "make_zip", is_flag=True,
              help="另外打包为一个 zip 文件。 / Also write one zip archive of the output.")
@click.option("--keep-going", is_flag=True,
              help="有错误时仍输出其余文件。 / Write the other documents even when some have errors.")
@click.option("--force", is_flag=True,
              help="全部重新生成，并覆盖不是 jobkit 生成的同名文件。 / Rebuild everything and "
                   "overwrite files jobkit did not produce.")
@_lang_option
def pack(folder, output, formats, jobs, make_zip, keep_going, force, lang) -> None:
    """发布整套九模块文件包：先检查全部文件，再并行输出，附目录与组织结构图。

    Publish the whole nine-module pack: check everything first (nothing is written if a
    document has errors, unless --keep-going), render in parallel, skip documents unchanged
    since the last build, and write an index with organisation charts.
    """
    from jobkit.pack_command import run_pack

    sys.exit(run_pack(folder, output, formats or ("docx", "pdf", "html"), jobs, make_zip,
                      keep_going, force, lang))


@cli.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True,
              help="写入的文件夹；是项目时写入 modules/<模块>/jobs/。 / Folder to write into; in a "
                   "project, modules/<module>/jobs/.")
@click.option("--dry-run", is_flag=True,
              help="只显示将写入什么，不写文件。 / Show what would be written; write nothing.")
@click.option("--force", is_flag=True,
              help="覆盖已存在的同名文件。 / Overwrite files that already exist.")
@_lang_option
def import_(files, output, dry_run, force, lang) -> None:
    """把现有的 Word 岗位说明书（.docx；.doc、.wps、.rtf、.odt 经 LibreOffice）导入为岗位 YAML。

    Import existing Word job descriptions (.docx; .doc, .wps, .rtf and .odt through
    LibreOffice) as job YAML, one file per job found: form tables with merged cells, duty
    tables, headed prose and compilations of several jobs. What no field takes is kept in
    notes; guesses are marked. Exit 2 if a file could not be read or a target exists.
    """
    from jobkit.importer.command import run_import

    sys.exit(run_import(list(files), output, dry_run, force, lang or _message_lang["value"]))


@cli.command("diff")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rev", "revs", multiple=True, metavar="REV",
              help="与 git 版本比较（可给两次：比较两个版本）。 / Compare with a git revision "
                   "(twice: two revisions).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "markdown", "json"]),
              default="text", show_default=True,
              help="输出格式；markdown 可用于拉取请求评论。 / Output format; markdown suits a "
                   "pull-request comment.")
@click.option("--exit-code", is_flag=True,
              help="有变化时以 1 退出。 / Exit 1 when something changed.")
@click.option("--propose-revision", "propose", is_flag=True,
              help="为每份有改动的文件建议一条修订记录。 / Suggest a revision entry for each "
                   "changed document.")
@_lang_option
def diff(paths, revs, fmt, exit_code, propose, lang) -> None:
    """比较文件的两个版本：字段、职责（新增、删除、改写、调整顺序）、时间占比和指标权重、制度条款编号。

    Compare two versions: jobkit diff OLD NEW (two files or two folders), or jobkit diff
    --rev REV [PATH…] (the working tree against a git revision; --rev twice for two
    revisions). Duties are matched by title and by similarity, not by position.
    """
    from jobkit.diff.command import run_diff

    sys.exit(run_diff(list(paths), revs, fmt, lang or _message_lang["value"], exit_code,
                      propose))


def _report_problems(problems, lang: str) -> None:
    for problem in problems:
        click.echo(problem.format(lang), err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command and turn every user-caused error into an exit code."""
    try:
        cli.main(args=argv, prog_name="jobkit", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_INPUT)
    except (click.exceptions.Abort, KeyboardInterrupt):  # Ctrl-C: click makes it an Abort
        click.echo("\n已中断；已写入的文件都已记录，再次运行即可继续。 / interrupted; every file "
                   "written so far is recorded: run the command again to continue.", err=True)
        sys.exit(130)
    except ConfigError as exc:
        click.echo(f"jobkit: 配置无效 / invalid configuration: {exc}", err=True)
        _report_problems(exc.problems, _message_lang["value"])
        sys.exit(exc.exit_code)
    except InputError as exc:
        _report_problems(exc.problems, _message_lang["value"])
        sys.exit(exc.exit_code)
    except JobkitError as exc:
        click.echo(f"jobkit: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug in jobkit, not in the user's input
        if os.environ.get("JOBKIT_DEBUG"):
            raise
        click.echo(f"jobkit: 内部错误 / internal error: {type(exc).__name__}: {exc}\n"
                   "请报告此问题；设置 JOBKIT_DEBUG=1 可查看详细信息。 / Please report it; "
                   "set JOBKIT_DEBUG=1 for details.", err=True)
        sys.exit(EXIT_RENDER)
