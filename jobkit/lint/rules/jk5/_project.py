"""What the JK5xx rules share: ids, the job index, the reporting graph and folder positions."""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.model import Job
from jobkit.scaffold import DIMENSIONS

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
DIMENSION_KINDS = {folder: kind for kind, folder in DIMENSIONS.items()}
KIND_NAMES = {"job": ("岗位说明书", "job"), "policy": ("管理制度", "policy"),
              "process": ("工作流程", "process"), "tool": ("执行工具", "tool"),
              "form": ("实用表单", "form"), "plan": ("实施方案", "plan"),
              "pack": ("文档包", "pack")}

T = TypeVar("T")


def cached(project: ProjectContext, key: str, build: Callable[[], T]) -> T:
    """Compute something once per lint run: rules of the family share the project object."""
    store = project.cache.setdefault("jk5", {})
    if key not in store:
        store[key] = build()
    return store[key]


def looks_like_id(value: object) -> bool:
    """Whether a reference is written as an id (a slug) rather than as free text."""
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


def by_file(docs: Iterable[DocumentContext]) -> list[DocumentContext]:
    """Documents in a stable order: the one reported on is always the same."""
    return sorted(docs, key=lambda doc: doc.file)


def linted_last(project: ProjectContext) -> Callable[[DocumentContext], tuple[bool, str]]:
    """A sort key putting the documents being linted last, then by file name.

    A rule that reports on "the later" of two documents then reports on one the user asked
    about: when one changed file is linted, the rest of the project is only context.
    """
    return lambda doc: (project.is_linted(doc), doc.file)


def first_by_id(project: ProjectContext) -> dict[str, DocumentContext]:
    """id → document; with duplicate ids (JK509) the first file keeps the id."""
    def build() -> dict[str, DocumentContext]:
        found: dict[str, DocumentContext] = {}
        for doc in sorted(project.documents, key=linted_last(project)):
            found.setdefault(doc.model.id, doc)
        return found
    return cached(project, "first_by_id", build)


def did_you_mean(value: str, candidates: Iterable[str]) -> str | None:
    """The closest existing id, if one is close enough to be a typo."""
    matches = difflib.get_close_matches(value, sorted(set(candidates)), n=1, cutoff=0.6)
    return matches[0] if matches else None


def kind_name(kind: str) -> tuple[str, str]:
    return KIND_NAMES.get(kind, (kind, kind))


class Jobs:
    """The jobs of a project, and the reporting lines between them.

    A reference resolves to a job when it is the job's id, or the title of exactly one job
    (people write 投诉主管 as often as complaint-supervisor).
    """

    def __init__(self, project: ProjectContext) -> None:
        self.docs = by_file(project.of_kind("job"))
        self.by_id: dict[str, DocumentContext] = {}
        titles: dict[str, list[DocumentContext]] = {}
        for doc in self.docs:
            self.by_id.setdefault(doc.model.id, doc)
            titles.setdefault(doc.model.basic.title.strip(), []).append(doc)
        self.by_title = {title: docs[0] for title, docs in titles.items() if len(docs) == 1}

    def resolve(self, value: object) -> DocumentContext | None:
        if not isinstance(value, str):
            return None
        value = value.strip()
        return self.by_id.get(value) or self.by_title.get(value)

    def boss(self, doc: DocumentContext) -> DocumentContext | None:
        """The job this one reports to, when reports_to names a job of the project."""
        return self.resolve(job(doc).basic.reports_to)

    def up(self, doc: DocumentContext) -> list[DocumentContext]:
        """Jobs directly above: reports_to and supervised_by."""
        model = job(doc)
        refs = (model.basic.reports_to, *model.relations.supervised_by)
        return [found for found in map(self.resolve, refs) if found is not None]

    def down(self, doc: DocumentContext) -> list[DocumentContext]:
        """Jobs directly below: subordinates and supervises."""
        model = job(doc)
        refs = (*model.basic.subordinates, *model.relations.supervises)
        return [found for found in map(self.resolve, refs) if found is not None]

    def reaches(self, start: DocumentContext, target: DocumentContext,
                step: Callable[[DocumentContext], list[DocumentContext]]) -> bool:
        """Whether target is reached from start by repeated steps (indirect lines count)."""
        seen = {id(start)}
        todo = list(step(start))
        while todo:
            doc = todo.pop()
            if doc is target:
                return True
            if id(doc) not in seen:
                seen.add(id(doc))
                todo.extend(step(doc))
        return False

    def checkable(self, refs: tuple[str, ...] | None) -> bool:
        """Whether a list can be held against the others: given, and all of it names jobs.

        An absent list says nothing; a list with free text (一线客服人员) may mean the job
        in other words, so only a list of resolvable entries, or an explicit [], is judged.
        """
        return refs is not None and all(self.resolve(ref) is not None for ref in refs)


def jobs(project: ProjectContext) -> Jobs:
    return cached(project, "jobs", lambda: Jobs(project))


def job(doc: DocumentContext) -> Job:
    return doc.model  # type: ignore[return-value]


def given(doc: DocumentContext, *path: str) -> object:
    """The raw value at path, or None when the document does not give it."""
    value: object = doc.data
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def existing_path(doc: DocumentContext, *candidates: tuple) -> tuple:
    """The first of the paths that the document has (to point at the nearest place)."""
    for path in candidates:
        if given(doc, *path) is not None:
            return path
    return candidates[-1]


def folder_parts(project: ProjectContext, doc: DocumentContext) -> tuple[str, ...] | None:
    """(module, dimension) from modules/<module>/<dimension>/… in the document's path.

    The path is taken relative to the pack's folder, the folder of jobkit.yaml or a folder
    linted, so that a `modules` folder higher up the disk does not count.
    """
    path = doc.path.resolve()
    for base in _bases(project):
        try:
            parts = path.relative_to(base).parts
        except ValueError:
            continue
        if len(parts) >= 4 and parts[0] == "modules":
            return parts[1], parts[2]
    parts = path.parts  # no base holds it: trust only a complete, known modules/m/dim/ shape
    for index in range(len(parts) - 4, -1, -1):
        if parts[index] == "modules" and parts[index + 2] in DIMENSION_KINDS:
            return parts[index + 1], parts[index + 2]
    return None


def _bases(project: ProjectContext) -> list[Path]:
    bases = []
    if project.pack is not None:
        bases.append(project.pack.path.resolve().parent)
    if project.config.root is not None:
        bases.append(Path(project.config.root).resolve())
    bases.extend(Path(root).resolve() for root in project.roots)
    return list(dict.fromkeys(bases))
