"""`jobkit pack`: check the whole nine-module pack, then render it in parallel, with an index.

Everything is gathered and checked before anything is written. Documents whose inputs
(their file, the templates, the configuration, the titles they show and the jobkit version)
are unchanged since the last build are skipped, using the content hashes in the output
folder's manifest.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from jobkit import __version__
from jobkit.config import Config
from jobkit.errors import UsageError
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.problems import Message, Problem
from jobkit.render.builders import BUILDERS
from jobkit.render.environment import shipped_templates
from jobkit.render.index import index_inputs, index_page
from jobkit.render.output import OutputFolder, write_output
from jobkit.render.run import RENDERABLE, Source, organization_name, project_index, render_page
from jobkit.scaffold import DIMENSIONS

_shared: dict = {}  # set before the workers fork; they inherit it


@dataclass
class PackReport:
    built: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)  # blocking input errors: exit 2
    failures: list[Problem] = field(default_factory=list)  # render failures: exit 3
    written: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def _digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(hashlib.sha256(part).digest())
    return hasher.hexdigest()


def _folder_digest(folder: Path | None) -> bytes:
    if folder is None or not folder.is_dir():
        return b""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".html", ".css",
                                                                                ".docx"))
    return _digest(*(p.relative_to(folder).as_posix().encode() + p.read_bytes()
                     for p in files)).encode()


def output_name(source: Source, suffix: str) -> str:
    """modules/<module>/<dimension>/<id><suffix>, from validated keys: it stays inside OUT."""
    doc = source.document
    module = doc.module or "other"
    return f"modules/{module}/{DIMENSIONS[doc.kind]}/{doc.id}{suffix}"


def check_pack(folder: Path, config: Config, keep_going: bool) -> tuple[list[Source], list[Problem]]:
    """All documents, and the problems that stop a build (invalid input, lint errors)."""
    if not (folder / "pack.yaml").is_file():
        raise UsageError(f"没有 pack.yaml / no pack.yaml in {folder}: a pack is a folder with "
                         f"pack.yaml and modules/ (jobkit init makes one)")
    result = lint_paths([folder], config, LintOptions())  # reads and validates every file
    problems = [f for f in result.findings if f.level == "error"]
    sources = [Source(ctx.file, ctx.path, ctx.model) for ctx in result.documents]
    return sources, problems


def build_pack(folder: Path, out: Path, config: Config, formats: tuple[str, ...], jobs: int,
               keep_going: bool = False, force: bool = False, progress=None) -> PackReport:
    started = time.perf_counter()
    report = PackReport()
    sources, report.problems = check_pack(folder, config, keep_going)
    if report.problems and not keep_going:
        report.seconds = time.perf_counter() - started
        return report
    index = project_index(sources, config, complete=folder.resolve() == config.root)
    organization = organization_name(config, sources)
    output = OutputFolder(out, force)
    common = _digest(__version__.encode(), _folder_digest(shipped_templates()),
                     _folder_digest(config.templates),
                     config.file.read_bytes() if config.file else b"",
                     config.reference_docx.read_bytes() if config.reference_docx and
                     config.reference_docx.is_file() else b"",
                     json.dumps(index.titles, sort_keys=True, ensure_ascii=False).encode())
    index_digest = index_inputs(sources, formats, common)
    index_names = [f"index{BUILDERS[f].out_suffix}" for f in formats]
    index_tasks = [] if not force and all(
        output.produced.get(n, {}).get("inputs") == index_digest and (out / n).is_file()
        for n in index_names) else [(None, index_digest)]
    report.skipped += 1 - len(index_tasks)
    document_tasks = []
    for source in (s for s in sources if s.document.kind in RENDERABLE):
        inputs = _digest(common.encode(), source.path.read_bytes())
        names = [output_name(source, BUILDERS[f].out_suffix) for f in formats]
        if not force and all(output.produced.get(n, {}).get("inputs") == inputs
                             and (out / n).is_file() for n in names):
            report.skipped += 1
            continue
        document_tasks.append((source, inputs))
    # Longest first (the index with its charts, then by file size): the workers end together.
    document_tasks.sort(key=lambda task: -task[0].path.stat().st_size)
    tasks = index_tasks + document_tasks
    _run(tasks, sources, index, config, organization, formats, output, report, jobs, progress)
    output.save_manifest()
    report.seconds = time.perf_counter() - started
    return report


def _render_task(number: int) -> list[tuple]:
    """In a worker: render one document in every format, write the files, say what was done."""
    source, inputs = _shared["tasks"][number]
    index, config, organization = _shared["index"], _shared["config"], _shared["organization"]
    out, formats = _shared["out"], _shared["formats"]
    done = []
    try:
        if source is None:  # the index document
            page = index_page(_shared["sources"], index, config, organization, out, formats)
        else:
            page = render_page(source, index, config, organization)
        for fmt in formats:
            builder = BUILDERS[fmt]
            name = f"index{builder.out_suffix}" if source is None else \
                output_name(source, builder.out_suffix)
            done.append(("ok", name, write_output(out, name, builder.build(page), inputs), ""))
    except Exception as exc:  # one document must not stop the pack
        what = "index" if source is None else source.file
        done.append(("failed", what, {}, f"{type(exc).__name__}: {exc}"))
    return done


def _names(task, formats) -> list[str]:
    source = task[0]
    return [f"index{BUILDERS[f].out_suffix}" if source is None else
            output_name(source, BUILDERS[f].out_suffix) for f in formats]


def _run(tasks, sources, index, config, organization, formats, output, report, jobs,
         progress) -> None:
    refused = [t for t in tasks if not all(output.may_write(n) for n in _names(t, formats))]
    for source, _ in refused:
        report.problems.append(Problem(source.file if source else "index", Message(
            "输出文件夹中有不是 jobkit 生成的同名文件，未覆盖；如需覆盖请加 --force。",
            "a file in the output folder was not produced by jobkit; use --force to overwrite")))
    tasks = [t for t in tasks if t not in refused]
    _shared.update(tasks=tasks, sources=sources, index=index, config=config,
                   organization=organization, out=output.folder, formats=formats)
    try:
        for results in _results(len(tasks), jobs):
            for status, name, record, error in results:
                if status == "ok":
                    output.produced[name] = record
                    report.written.append(output.target(name))
                else:
                    report.failures.append(Problem(name, Message(
                        f"渲染失败：{error}", f"failed to render: {error}"), code="render"))
            report.built += 1
            if progress:
                progress(report.built, len(tasks))
    finally:
        _shared.clear()


def _results(count: int, jobs: int):
    if count == 0:
        return
    if jobs <= 1 or count == 1 or sys.platform in ("win32", "darwin"):
        from jobkit.render.pdf import _font_config

        _font_config()
        for number in range(count):
            yield _render_task(number)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(min(jobs, count), initializer=_warm_up) as pool:
        yield from pool.imap_unordered(_render_task, range(count))


def _warm_up() -> None:
    """Import the rendering stack once per worker, with one shared font configuration."""
    from jobkit.render.pdf import _font_config

    _font_config()


def default_jobs() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cores or 1)
