"""A document's `module` or `kind` does not match the folder it is in, or the pack's modules.

文档的 `module` 或 `kind` 与所在文件夹不符，或不在文档包的模块列表中。

What it does / 检查内容:
  A document stored as `modules/<module>/<dimension>/…` (relative to the pack's folder, the
  folder of jobkit.yaml or a folder linted) must give that module in `module` (when it gives
  one) and have the kind of that dimension: jobs → job, policies → policy, processes →
  process, tools → tool, forms → form, plans → plan. A dimension folder with another name
  is reported too. When the project has a pack.yaml, a document's `module` must be one of
  the pack's `modules`. Findings are at `module` or `kind`.
  存放在 `modules/<模块>/<维度>/…`（相对于文档包、jobkit.yaml 所在文件夹或所检查的文件夹）
  中的文档，写了 `module` 时应与该模块一致，`kind` 应与维度对应：jobs → job、
  policies → policy、processes → process、tools → tool、forms → form、plans → plan。维度
  文件夹名称不是这六个之一的也会报告。项目有 pack.yaml 时，文档的 `module` 还必须是
  文档包 `modules` 中的一个。结果报告在 `module` 或 `kind` 处。

Why / 为什么:
  The pack is laid out as nine modules × six dimensions, following 《客户服务管理体系设计全案》
  (Fobook Management Consulting); rendering and the table of contents follow `module` and
  `kind`, so a job filed under policies, or a document copied from another module without
  changing `module`, lands in the wrong chapter.
  文档包按《客户服务管理体系设计全案》（弗布克管理咨询）的九个模块 × 六个维度组织；生成文档和
  目录依据 `module` 和 `kind`，放错维度文件夹的岗位说明书，或从其他模块复制后没有修改
  `module` 的文档，会出现在错误的章节中。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
module: after-sales
```

```yaml pass
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
module: complaint
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import DIMENSION_KINDS, by_file, folder_parts, kind_name
from jobkit.problems import Message, Problem

ID = "JK508"
NAME = "module-folder"
LEVEL = "error"
KINDS = ()
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    pack = project.pack
    modules = tuple(pack.model.modules) if pack is not None else None  # type: ignore[attr-defined]
    for doc in by_file(project.documents):
        if doc.kind == "pack":
            continue
        parts = folder_parts(project, doc)
        folder_module = parts[0] if parts else None
        if parts is not None:
            yield from _kind(doc, parts[1])
        module = doc.model.module
        if module is not None and folder_module is not None and module != folder_module:
            yield _wrong_module(doc, module, folder_module)
        elif modules is not None and (module or folder_module) not in (None, *modules):
            yield _not_in_pack(doc, module or folder_module, modules,  # type: ignore[arg-type]
                               pack.file)  # type: ignore[union-attr]


def _kind(doc: DocumentContext, dimension: str) -> Iterator[Problem]:
    expected = DIMENSION_KINDS.get(dimension)
    if expected is None:
        folder = f"modules/{doc.model.module or '…'}/{dimension}"
        right = f"modules/…/{_folder_of(doc.kind)}/"
        yield doc.finding(("kind",), Message(
            f"文件夹 {folder} 不是六个维度之一：{kind_name(doc.kind)[0]}应放在 {right} 下。",
            f"{folder} is not one of the six dimension folders: a {doc.kind} belongs in "
            f"{right}"), length=len(doc.kind))
    elif expected != doc.kind:
        yield doc.finding(("kind",), Message(
            f"{dimension} 文件夹应存放{kind_name(expected)[0]}（kind: {expected}），本文档是 "
            f"{doc.kind}：请移到 {_folder_of(doc.kind)}/ 文件夹，或更正 kind。",
            f"the {dimension} folder holds {expected} documents but this is a {doc.kind}: "
            f"move it to {_folder_of(doc.kind)}/ or correct kind"), length=len(doc.kind))


def _wrong_module(doc: DocumentContext, module: str, folder: str) -> Problem:
    return doc.finding(("module",), Message(
        f"文档位于 modules/{folder}/ 下，但 module 写的是 {module}：请统一两者。",
        f"the document is in modules/{folder}/ but its module is {module}: make them agree"),
        length=len(module), suggestion=Message(f"module: {folder}", f"module: {folder}"))


def _not_in_pack(doc: DocumentContext, module: str, modules: tuple[str, ...],
                 pack_file: str) -> Problem:
    listed = ", ".join(modules)
    path = ("module",) if doc.model.module is not None else ("id",)
    return doc.finding(path, Message(
        f"模块 {module} 不在文档包（{pack_file}）的 modules 中（{listed}）：请更正 module，"
        "或把该模块加入 pack.yaml。",
        f"module {module} is not among the modules of the pack ({pack_file}: {listed}): "
        "correct module or add it to pack.yaml"), length=len(module))


def _folder_of(kind: str) -> str:
    return {k: f for f, k in DIMENSION_KINDS.items()}.get(kind, kind)
