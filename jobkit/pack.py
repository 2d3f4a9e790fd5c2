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
from jobkit.config import Config, load_config
from jobkit.discover import display_name
from jobkit.model import build_document
from jobkit.errors import UsageError
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.problems import Message, Problem
from jobkit.render.builders import BUILDERS, build_order
from jobkit.render.environment import logo_uri, read_css, shipped_templates
from jobkit.render.index import index_inputs, index_page
from jobkit.render.memory import freeze_loaded, one_collection
from jobkit.render.output import MANIFEST, OutputFolder, describe_failure, write_output
from jobkit.render.run import RENDERABLE, Source, gather, organization_name, project_index, \
    render_page
from jobkit.validate import check_file
from jobkit.scaffold import DIMENSIONS



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
    """Every file of a templates folder: an image or font the CSS uses changes the output too."""
    if folder is None or not folder.is_dir():
        return b""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
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
    # A first build: workers start now and load the rendering stack while this process
    # checks the pack. A rebuild usually has little to do: workers start only if needed.
    pools = [_start_pool(jobs, config, formats)] if force or not (out / MANIFEST).is_file() else []
    try:
        sources, report.problems = check_pack(folder, config, keep_going)
        if not report.problems or keep_going:
            _build(folder, out, config, formats, force, progress, sources, report, pools, jobs)
    finally:
        for pool in pools:
            if pool is not None:
                pool.terminate()
                pool.join()
    report.seconds = time.perf_counter() - started
    return report


def _build(folder, out, config, formats, force, progress, sources, report, pools, jobs) -> None:
    index = project_index(sources, config, complete=folder.resolve() == config.root)
    organization = organization_name(config, sources)
    output = OutputFolder(out, force)
    output.ensure_writable()
    output.remove_leftovers()
    common = _digest(__version__.encode(), _folder_digest(shipped_templates()),
                     _folder_digest(config.templates),
                     config.file.read_bytes() if config.file else b"",
                     config.reference_docx.read_bytes() if config.reference_docx and
                     config.reference_docx.is_file() else b"",
                     logo_uri(config).encode(),
                     json.dumps([index.titles, index.supervisors], sort_keys=True,
                                ensure_ascii=False).encode())
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
    if not pools and len(tasks) > 1:
        pools.append(_start_pool(jobs, config, formats))
    _run(tasks, (str(folder), index, organization, str(out), formats), output, report,
         pools[0] if pools and len(tasks) > 1 else None, progress)
    output.save_manifest()


_worker: dict = {}  # per process: the configuration and, for the index, all documents


def _worker_config(folder: str) -> Config:
    if _worker.get("folder") != folder:
        _worker.clear()
        _worker.update(folder=folder, config=load_config(Path(folder)))
    return _worker["config"]


def _render_task(task: tuple) -> list[tuple]:
    """Render one document (or the index, path None) in every format and write the files.

    Runs in a worker started before the pack was checked, so the task carries only what
    pickles: a path, the digest of its inputs, and what every document shares.
    """
    with one_collection():
        return _render_and_write(*task)


def _render_and_write(path, inputs, shared) -> list[tuple]:
    folder, index, organization, out, formats = shared
    config, out = _worker_config(folder), Path(out)
    done = []
    try:
        if path is None:
            if "sources" not in _worker:
                _worker["sources"] = gather([Path(folder)], config)[0]
            page = index_page(_worker["sources"], index, config, organization, out, formats)
        else:
            checked = check_file(Path(path), config.limits, display_name(Path(path)))
            source = Source(checked.file, Path(path), build_document(checked.loaded.data))
            page = render_page(source, index, config, organization)
        for fmt in build_order(formats):
            builder = BUILDERS[fmt]
            name = f"index{builder.out_suffix}" if path is None else \
                output_name(source, builder.out_suffix)
            done.append(("ok", name, write_output(out, name, builder.build(page), inputs), ""))
    except Exception as exc:  # one document must not stop the pack
        done.append(("failed", path or "index", {}, describe_failure(exc)))
    return done


def _names(task, formats) -> list[str]:
    source = task[0]
    return [f"index{BUILDERS[f].out_suffix}" if source is None else
            output_name(source, BUILDERS[f].out_suffix) for f in formats]


def _run(tasks, shared: tuple, output, report, pool, progress) -> None:
    formats = shared[-1]
    refused = [t for t in tasks if not all(output.may_write(n) for n in _names(t, formats))]
    for source, _ in refused:
        report.problems.append(Problem(source.file if source else "index", Message(
            "输出文件夹中有不是 jobkit 生成的同名文件，未覆盖；如需覆盖请加 --force。",
            "a file in the output folder was not produced by jobkit; use --force to overwrite")))
    work = [(str(source.path) if source else None, inputs, shared)
            for source, inputs in tasks if (source, inputs) not in refused]
    if not work:
        return
    if pool is None:
        results = map(_render_task, work)
    else:
        results = pool.imap_unordered(_render_task, work)
    for done in results:
        for status, name, record, error in done:
            if status == "ok":
                output.produced[name] = record
                report.written.append(output.target(name))
            else:
                report.failures.append(Problem(name, Message(
                    f"渲染失败：{error}", f"failed to render: {error}"), code="render"))
        report.built += 1
        if progress:
            progress(report.built, len(work))


def _start_pool(jobs: int, config: Config, formats: tuple[str, ...]):
    """Worker processes (fork), or None to render in this process."""
    if jobs <= 1 or sys.platform in ("win32", "darwin"):
        return None
    import multiprocessing

    if "pdf" in formats:
        from jobkit.render.fonts import face_rules

        face_rules()  # found (or made) once here; the workers inherit the answer
    return multiprocessing.get_context("fork").Pool(jobs, initializer=_warm_up, initargs=(
        read_css(config.templates), config.reference_docx, formats))


_WARM_UP_PAGE = ("<h1>岗位说明书</h1><p>工作职责、任职资格与工作环境。</p>"
                 "<table><tr><th>职责</th><td>1</td></tr></table>")


def _warm_up(css: str, reference_docx: Path | None, formats: tuple[str, ...]) -> None:
    """Load the rendering stack of the formats asked for (for PDF the fonts of both faces and
    the stylesheet) once per worker, while the main process checks the pack: the first real
    document then costs no more than the others."""
    from jobkit.render.docx_writer import write_docx
    from jobkit.render.pdf import write_pdf

    html = f"<html><head><style>{css}</style></head><body>{_WARM_UP_PAGE}</body></html>"
    try:
        if "pdf" in formats:
            write_pdf(html, base_url=Path.cwd(), allowed=[], css=css)
        if "docx" in formats:
            write_docx(html, reference=reference_docx)
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first document
        pass
    freeze_loaded()


def default_jobs() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cores or 1)
