"""Two documents of the project have the same `id`.

项目中有两个文档使用了相同的 `id`。

What it does / 检查内容:
  Groups the documents of the project by `id`. The first file in file-name order keeps the
  id; each further file with the same id is reported at its `id`, naming the first file.
  Documents of different kinds count too: ids are unique across the whole project.
  按 `id` 归并项目中的文档。按文件名排序的第一个文件保留该 id；其后使用相同 id 的每个
  文件都在其 `id` 处报告，并写明第一个文件。不同类型的文档也不能重复：id 在整个项目中唯一。

Why / 为什么:
  Other documents refer to a document by its id (reports_to, procedure, appendices …) and the
  rendered pack uses it for file names and links (formats: the id is unique within a
  project). With two documents under one id, references silently point at one of them,
  usually after a file was copied as the start of a new one.
  其他文档通过 id 引用文档（reports_to、procedure、appendices 等），生成的文件名和链接也
  使用 id（输入格式规定 id 在项目中唯一）。两个文档同用一个 id 时，引用会不声不响地指向
  其中一个；这通常发生在复制旧文件作为新文件的起点之后。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
basic: {title: 投诉主管, reports_to: 客户服务部经理}
```

```yaml pass
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理}
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import ProjectContext
from jobkit.lint.rules.jk5._project import by_file, first_by_id
from jobkit.problems import Message, Problem

ID = "JK509"
NAME = "duplicate-id"
LEVEL = "error"
KINDS = ()
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    first = first_by_id(project)
    for doc in by_file(project.documents):
        original = first[doc.model.id]
        if original is not doc:
            doc_id = doc.model.id
            yield doc.finding(("id",), Message(
                f"id {doc_id} 已被 {original.file} 使用：请为本文档另取一个唯一的 id，并更新"
                "引用它的文档。",
                f"id {doc_id} is already used by {original.file}: give this document an id of "
                "its own and update the documents that refer to it"), length=len(doc_id))
