"""`jobkit render`: gather and check every input first, then render each document."""
from __future__ import annotations

import dataclasses

from dataclasses import dataclass, field
from pathlib import Path

from jobkit.config import Config
from jobkit.discover import discover, display_name
from jobkit.model import Document, Job, build_document
from jobkit.problems import Message, Problem
from jobkit.render.builders import BUILDERS, Page, build_order
from jobkit.render.context import Index, template_context
from jobkit.render.environment import logo_uri, make_environment, read_css, shipped_templates
from jobkit.render.layout import typeset
from jobkit.render.memory import one_collection
from jobkit.render.output import OutputFolder, describe_failure
from jobkit.validate import check_file

RENDERABLE = ("job", "policy", "process", "tool", "form", "plan")


@dataclass
class Source:
    """A valid document and where it came from."""

    file: str
    path: Path
    document: Document


@dataclass
class RenderReport:
    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # invalid input: exit 2
    failures: list[Problem] = field(default_factory=list)  # failed to render: exit 3


def gather(paths: list[Path], config: Config) -> tuple[list[Source], list[Problem]]:
    """Load and validate every file; invalid ones become problems, nothing is rendered yet."""
    sources, problems = [], []
    for path in discover(paths):
        checked = check_file(path, config.limits, display_name(path))
        if checked.problems:
            problems.extend(checked.problems)
        elif checked.kind is not None:
            sources.append(Source(checked.file, path, build_document(checked.loaded.data)))
    return sources, problems


def title_of(document: Document) -> str:
    return document.basic.title if isinstance(document, Job) else getattr(document, "title", "")


def project_index(sources: list[Source], config: Config, complete: bool = False) -> Index:
    """Titles of the documents rendered and of the rest of the project, for references
    (complete: the sources are the whole project already)."""
    known = list(sources)
    if config.root is not None and not complete:
        others, _ = gather([config.root], config)
        known.extend(others)
    return Index({s.document.id: title_of(s.document) for s in known},
                 {s.document.id: s.document.kind for s in known},
                 {s.document.id: s.document.basic.reports_to for s in known
                  if isinstance(s.document, Job) and s.document.basic.reports_to})


def organization_name(config: Config, sources: list[Source]) -> str:
    if config.organization.name:
        return config.organization.name
    packs = [s.document for s in sources if s.document.kind == "pack"]
    return packs[0].organization.name if packs else ""


def render_page(source: Source, index: Index, config: Config, organization: str) -> Page:
    """The HTML of a document from its kind's template, plus what the builders need."""
    env = make_environment(config.templates)
    context = template_context(source.document, index, organization)
    context["meta"] = dataclasses.replace(context["meta"], logo=logo_uri(config))
    context["css"] = read_css(config.templates)
    kind = source.document.kind
    html = typeset(env.get_template(f"{kind}/{kind}.html").render(context), context["meta"].lang)
    allowed = [source.path.parent.resolve(), shipped_templates()]
    if config.root is not None:
        allowed.append(config.root)
    if config.templates is not None:
        allowed.append(config.templates)
    return Page(html, context["meta"], source.path.parent.resolve(), tuple(allowed),
                config.reference_docx, context["css"])


def render_paths(paths: list[Path], formats: tuple[str, ...], out: Path, config: Config,
                 force: bool = False) -> RenderReport:
    report = RenderReport()
    sources, report.problems = gather(paths, config)
    index = project_index(sources, config)
    organization = organization_name(config, sources)
    output = OutputFolder(out, force)
    if any(source.document.kind in RENDERABLE for source in sources):
        output.ensure_writable()
    output.remove_leftovers()
    seen: dict[str, str] = {}
    for source in sources:
        doc = source.document
        if doc.kind not in RENDERABLE:
            continue
        if doc.id in seen:
            report.problems.append(Problem(source.file, Message(
                f"id {doc.id} 与 {seen[doc.id]} 重复，未输出。",
                f"id {doc.id} is also used by {seen[doc.id]}; not rendered"), 1, 1, "id"))
            continue
        seen[doc.id] = source.file
        with one_collection():
            _render_one(source, formats, index, config, organization, output, report)
    output.save_manifest()
    return report


def _render_one(source, formats, index, config, organization, output, report) -> None:
    try:
        page = render_page(source, index, config, organization)
    except Exception as exc:  # a template error (e.g. an override template) fails one document
        report.failures.append(render_failure(source, exc))
        return
    for name in build_order(formats):
        builder = BUILDERS[name]
        target = f"{source.document.id}{builder.out_suffix}"
        if not output.may_write(target):
            report.problems.append(Problem(source.file, Message(
                f"输出文件 {output.target(target)} 不是 jobkit 生成的，未覆盖；如需覆盖请加 --force。",
                f"{output.target(target)} was not produced by jobkit and is left alone; "
                f"use --force to overwrite it")))
            continue
        try:
            data = builder.build(page)
        except Exception as exc:  # one broken document must not stop the others
            report.failures.append(render_failure(source, exc, name))
            continue
        try:
            output.write(target, data, source.file)
        except OSError as exc:  # a full disk: the temporary file is gone, the cause is named
            report.failures.append(render_failure(source, exc, name))
            continue
        report.written.append(output.target(target))


def render_failure(source: Source, exc: Exception, fmt: str = "") -> Problem:
    what = f" ({fmt})" if fmt else ""
    cause = describe_failure(exc)
    return Problem(source.file, Message(f"渲染失败{what}：{cause}", f"failed to render{what}: {cause}"),
                   code="render")
