"""`jobkit render --compare OLD`: each document as a redline against its older version.

OLD is a file, a folder (documents matched by id) or a git revision. Both versions are
rendered with the same template; the DOCX carries the differences as Word tracked changes
(render/redline.py), the HTML and PDF mark them with <ins> and <del> (render/redline_html.py):
<id>.redline.docx, .html and .pdf beside the normal output.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from jobkit.config import Config
from jobkit.errors import UsageError
from jobkit.model import build_document
from jobkit.problems import Message, Problem
from jobkit.render.builders import BUILDERS, source_date_epoch
from jobkit.render.output import OutputFolder
from jobkit.render.run import RENDERABLE, RenderReport, Source, gather, organization_name, \
    project_index, render_failure, render_page


def older_versions(paths: list[Path], old: str, count: int):
    """id -> data of the older versions, and problems reading them."""
    from jobkit.diff.sources import from_git, from_paths

    spec = Path(old)
    if spec.exists():
        versions, problems = from_paths([spec])
        if spec.is_file() and count == 1 and len(versions) == 1:
            return {None: next(iter(versions.values())).data}, problems  # one file: any id
        return {ident: v.data for ident, v in versions.items()}, problems
    try:
        versions, problems = from_git(old, paths)
    except UsageError as exc:
        raise UsageError(f"--compare {old}: 既不是文件或文件夹，也不是 git 版本 / neither a file "
                         f"or folder nor a git revision ({exc})") from None
    return {ident: v.data for ident, v in versions.items()}, problems


def change_mark(config: Config, folder: Path) -> tuple[str, str]:
    """Author and date of the tracked changes: git's user.name (else the organisation), and
    SOURCE_DATE_EPOCH or now."""
    from jobkit.diff.propose import author

    who = author(folder) or config.organization.name or "jobkit"
    epoch = source_date_epoch()
    moment = datetime.fromtimestamp(epoch, timezone.utc) if epoch is not None else \
        datetime.now(timezone.utc).replace(microsecond=0)
    return who, moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def render_compare(paths: list[Path], old: str, formats: tuple[str, ...], out: Path,
                   config: Config, force: bool = False) -> RenderReport:

    report = RenderReport()
    sources, report.problems = gather(paths, config)
    sources = [s for s in sources if s.document.kind in RENDERABLE]
    older, problems = older_versions(paths, old, len(sources))
    report.problems += problems
    index = project_index(sources, config)
    organization = organization_name(config, sources)
    output = OutputFolder(out, force)
    output.ensure_writable()
    for source in sources:
        data = older.get(source.document.id, older.get(None))
        try:
            after = render_page(source, index, config, organization)
            # a document that is new since OLD: all of it is an insertion
            before = replace(after, html=_EMPTY) if data is None else render_page(
                Source(source.file, source.path, build_document(data)), index, config,
                organization)
        except Exception as exc:  # a template error fails this document only
            report.failures.append(render_failure(source, exc))
            continue
        for fmt in formats:
            _write_redline(source, fmt, before, after, config, output, report, old)
    output.save_manifest()
    return report


_EMPTY = "<!DOCTYPE html><html><head></head><body></body></html>"


def _write_redline(source, fmt, before, after, config, output, report, old) -> None:
    """One format of one document's redline, or the problem that stopped it."""
    from jobkit.render.redline import redline_docx
    from jobkit.render.redline_html import marked_html

    target = f"{source.document.id}.redline{BUILDERS[fmt].out_suffix}"
    if not output.may_write(target):
        report.problems.append(Problem(source.file, Message(
            f"{output.target(target)} 不是 jobkit 生成的，未覆盖；如需覆盖请加 --force。",
            f"{output.target(target)} was not produced by jobkit; use --force")))
        return
    try:
        if fmt == "docx":
            who, when = change_mark(config, source.path.parent)
            data = redline_docx(BUILDERS["docx"].build(before), BUILDERS["docx"].build(after),
                                who, when)
        else:
            note = (f"Changes against {old}: inserted text underlined in blue, deleted text "
                    "struck through in red." if after.meta.lang == "en" else
                    f"与 {old} 相比的修订标记：蓝色下划线为新增，红色删除线为删除。")
            data = BUILDERS[fmt].build(replace(after, html=marked_html(before.html, after.html,
                                                                       note)))
        output.write(target, data, source.file)
    except Exception as exc:  # one document must not stop the others
        report.failures.append(render_failure(source, exc, fmt))
        return
    report.written.append(output.target(target))
