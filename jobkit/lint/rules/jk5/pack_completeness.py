"""A module of the pack lacks one or more of the six dimensions.

文档包中的某个模块缺少六个维度中的一个或几个。

What it does / 检查内容:
  For each module listed in pack.yaml's `modules`, looks for at least one document of each
  dimension: jobs (job), policies (policy), processes (process), tools (tool), forms (form)
  and plans (plan). A document belongs to the module named in its `module` field, or, without
  one, to the module folder it is in (`modules/<module>/<dimension>/`). The finding is on the
  module's entry in `modules` and names what is missing. Only runs when pack.yaml is part of
  the project.
  对 pack.yaml 的 `modules` 中列出的每个模块，检查六个维度是否各有至少一份文档：岗位职责
  （job）、管理制度（policy）、工作流程（process）、执行工具（tool）、实用表单（form）、实施方案
  （plan）。文档按其 `module` 字段归入模块；未写 `module` 的按所在的
  `modules/<模块>/<维度>/` 文件夹归入。结果报告在 `modules` 中该模块的位置，并列出缺少的
  维度。项目中有 pack.yaml 时才检查。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting) designs every module of the
  customer-service management system along six dimensions (岗位职责 + 管理制度 + 工作流程 +
  执行工具 + 实用表单 + 实施方案); a module without its policy or its forms is not ready to be
  issued. While a pack is being written this is expected; remove modules you do not plan to
  write from `modules`.
  《客户服务管理体系设计全案》（弗布克管理咨询）对客户服务管理体系的每个模块从六个维度进行
  设计（岗位职责、管理制度、工作流程、执行工具、实用表单、实施方案）；缺少制度或表单的模块
  还不能发布。文档包编写过程中出现本提示是正常的；不打算编写的模块请从 `modules` 中删除。

Example / 示例:

```yaml fail
# file: pack.yaml
kind: pack
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
# file: modules/complaint/policies/complaint-policy.yaml
kind: policy
```

```yaml pass
# file: pack.yaml
kind: pack
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
# file: modules/complaint/policies/complaint-policy.yaml
kind: policy
# file: modules/complaint/processes/complaint-process.yaml
kind: process
# file: modules/complaint/tools/complaint-quality-checklist.yaml
kind: tool
# file: modules/complaint/forms/complaint-register.yaml
kind: form
# file: modules/complaint/plans/complaint-rollout.yaml
kind: plan
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import ProjectContext
from jobkit.lint.rules.jk5._project import folder_parts, kind_name
from jobkit.problems import Message, Problem
from jobkit.scaffold import DIMENSIONS

ID = "JK507"
NAME = "pack-completeness"
LEVEL = "warning"
KINDS = ("pack",)
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    pack = project.pack
    if pack is None:
        return
    present: dict[str, set[str]] = {}
    for doc in project.documents:
        if doc.kind == "pack":
            continue
        module = doc.model.module
        if module is None:
            parts = folder_parts(project, doc)
            module = parts[0] if parts else None
        if module is not None:
            present.setdefault(module, set()).add(doc.kind)
    for broken in project.broken:  # invalid documents are reported once, by JK001
        parts = folder_parts(project, broken)
        module = broken.module or (parts[0] if parts else None)
        if module is not None:
            present.setdefault(module, set()).add(broken.kind)
    for index, module in enumerate(pack.model.modules):  # type: ignore[attr-defined]
        missing = [kind for kind in DIMENSIONS if kind not in present.get(module, set())]
        if missing:
            yield pack.finding(("modules", index), _message(module, missing),
                               length=len(module))


def _message(module: str, missing: list[str]) -> Message:
    if len(missing) == len(DIMENSIONS):
        return Message(f"模块 {module} 还没有任何文档：请按六个维度编写，或从 modules 中删除该模块。",
                       f"module {module} has no documents yet: write its six dimensions or "
                       "remove it from modules")
    zh = "、".join(f"{kind_name(k)[0]}（{DIMENSIONS[k]}）" for k in missing)
    en = ", ".join(DIMENSIONS[k] for k in missing)
    return Message(f"模块 {module} 缺少 {zh}：请在 modules/{module}/ 下补充相应文档。",
                   f"module {module} lacks {en}: add them under modules/{module}/")
