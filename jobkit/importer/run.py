"""`jobkit import` as a library function: Word files in, one validated job YAML per job out.

Everything is read and checked before anything is written; a bad file is reported and the
others go on. Existing files are left alone unless force is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jobkit.errors import UsageError
from jobkit.fsutil import atomic_write
from jobkit.importer.convert import NEEDS_CONVERSION, convert_all
from jobkit.importer.docx_read import NotReadable, Paragraph, read_docx
from jobkit.importer.draft import Draft
from jobkit.importer.emit import to_yaml
from jobkit.importer.extract import read_job, split_jobs
from jobkit.importer.finish import complete, link_reporting_lines
from jobkit.importer.naming import guess_module, job_id
from jobkit.importer.project import ProjectJobs, project_jobs
from jobkit.problems import Message, Problem
from jobkit.load import load_text
from jobkit.validate import check_loaded

READABLE = (".docx", ".docm", ".dotx")


@dataclass
class ImportedJob:
    source: Path
    draft: Draft
    id: str = ""
    target: Path | None = None
    text: str = ""
    status: str = ""  # written | exists | would-write
    problems: list[str] = field(default_factory=list)  # the YAML's own validation problems


@dataclass
class ImportReport:
    jobs: list[ImportedJob] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files that could not be read
    left_out: list[tuple[Path, str]] = field(default_factory=list)  # text before the first job


def import_files(paths: list[Path], out: Path, *, dry_run: bool = False,
                 force: bool = False) -> ImportReport:
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} 不是文件夹 / {out} is not a folder")
    report = ImportReport()
    readable = _readable(paths, report)
    project = project_jobs(out)
    for source, docx in readable:
        try:
            content = read_docx(docx)
        except (NotReadable, OSError) as exc:
            report.problems.append(_problem(source, str(exc)))
            continue
        found = _jobs_of(source, content, report)
        if not found:
            report.problems.append(_problem(source, "没有找到岗位说明书的内容（岗位名称、职责等） / "
                                                    "no job description found in it (title, "
                                                    "duties …)"))
        report.jobs.extend(found)
    _place(report.jobs, out, project)
    for job in list(report.jobs):
        if job.problems:  # never written: a file that does not validate helps nobody
            report.jobs.remove(job)
            report.problems.append(_problem(job.source, (
                f"jobkit 未能把“{job.draft.get('basic.title')}”写成有效的 YAML，请报告此问题 / "
                f"jobkit could not write a valid file for this job, please report it: "
                f"{'; '.join(job.problems)}")))
            continue
        _write(job, dry_run, force)
    return report


def _readable(paths: list[Path], report: ImportReport) -> list[tuple[Path, Path]]:
    direct, converted = [], []
    for path in paths:
        suffix = path.suffix.lower()
        if not path.is_file():
            report.problems.append(_problem(path, "文件不存在 / no such file"))
        elif suffix in READABLE:
            direct.append((path, path))
        elif suffix in NEEDS_CONVERSION:
            converted.append(path)
        else:
            report.problems.append(_problem(path, f"不支持的文件类型 {suffix or '（无扩展名）'}；可导入 "
                                                  f".docx、.doc、.wps、.rtf、.odt / unsupported "
                                                  f"file type {suffix or '(none)'}; jobkit imports "
                                                  ".docx, .doc, .wps, .rtf and .odt"))
    if converted:
        results, problems = convert_all(converted)
        report.problems.extend(_problem(p, m) for p, m in problems)
        direct.extend(results)
    return direct


def _problem(path: Path, text: str) -> Problem:
    zh, _, en = text.partition(" / ")
    return Problem(str(path), Message(zh, en or zh), code="import")


def _jobs_of(source: Path, content, report: ImportReport) -> list[ImportedJob]:
    found = []
    text = " ".join(b.text for b in content.blocks if isinstance(b, Paragraph))
    lang = "en" if len(re.findall(r"[\u4e00-\u9fff]", text)) < max(20, len(text) // 50) and \
        re.search(r"[A-Za-z]{4}", text) else "zh-CN"
    department = None
    for title, blocks in split_jobs(content):
        if title == "":
            left = "；".join(b.text for b in blocks if isinstance(b, Paragraph) and b.text)
            if left:
                report.left_out.append((source, left))
            # 客户服务部岗位职责汇编: the department of every job in it that names none
            named = re.match(r"^([\u4e00-\u9fff]{1,12}部)", left)
            department = named.group(1) if named else None
            continue
        draft = Draft(source.name, lang, derived_ok=content.made_by_jobkit)
        read_job(title, blocks, draft)
        if department and not draft.get("basic.department"):
            draft.assign("basic.department", department)
            draft.guess(("basic", "department"), "取自汇编标题 / from the compilation's title")
        if draft.get("basic.title") or draft.data.get("duties"):
            found.append(ImportedJob(source, draft))
    if len(found) == 1 and not found[0].draft.get("basic.title"):
        found[0].draft.assign("basic.title", source.stem)
        found[0].draft.guess(("basic", "title"), "取自文件名 / from the file name")
    return found


def _place(jobs: list[ImportedJob], out: Path, project: ProjectJobs) -> None:
    titles = dict(project.titles)
    taken = set(project.ids)
    for job in jobs:
        basic = job.draft.data.setdefault("basic", {})
        known = project.titles.get(basic.get("title", ""))
        if known and known in project.paths and not any(j.id == known for j in jobs):
            job.id, job.target = known, project.paths[known]  # the same job, imported again
        else:
            job.id = job_id(basic.get("code"), basic.get("title") or "job", taken)
        titles.setdefault(basic.get("title", ""), job.id)
    for job in jobs:
        draft = job.draft
        link_reporting_lines(draft, titles, job.id)
        module = guess_module(draft.get("basic.title") or "", draft.get("basic.department") or "")
        if project.is_project and module:
            draft.data["module"] = module
            draft.guess(("module",), "按岗位名称或部门推断 / from the title or department")
        complete(draft, job.id)
        folder = out / "modules" / module / "jobs" if project.is_project and module else \
            out / "jobs" if project.is_project else out
        job.target = job.target or folder / f"{job.id}.yaml"
        job.text = to_yaml(_document(draft, job.id), draft.guessed, _head(job))
        checked = check_loaded(load_text(job.text, str(job.target)), job.target)
        job.problems = [p.message.en for p in checked.problems]  # jobkit's mistake if any


def _document(draft: Draft, ident: str) -> dict:
    data = {"kind": "job", "id": ident, **({"lang": "en"} if draft.lang == "en" else {}),
            "status": "draft", **draft.data}
    if draft.notes:
        data["notes"] = draft.notes
    return data


def _head(job: ImportedJob) -> list[str]:
    lines = [f"jobkit import 自 {job.source.name} 导入 / imported by jobkit import from "
             f"{job.source.name}"]
    if job.draft.guessed:
        lines.append("标有“推测”的值由 jobkit 推断，请核对 / values marked “guessed” were "
                     "inferred by jobkit: check them")
    if job.draft.notes:
        lines.append("notes 中是原文里未能归入字段的内容，整理后请删除 / notes holds what of "
                     "the source found no field: sort it out, then remove it")
    return lines


def _write(job: ImportedJob, dry_run: bool, force: bool) -> None:
    if job.target.exists() and not force:
        job.status = "exists"
    elif dry_run:
        job.status = "would-write"
    else:
        job.target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(job.target, job.text)
        job.status = "written"

