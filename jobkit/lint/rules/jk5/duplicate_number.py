"""Two documents of the project carry the same document number.

项目中有两个文档使用了相同的编号。

What it does / 检查内容:
  Compares the numbers printed on documents: a job's `basic.code` (职位编号), a policy's
  `doc_number` (文号) and a form's `number` (表单编号). The first file in file-name order
  keeps a number; each further document of the same kind with that number is reported at the
  number, naming the first file. Spaces and letter case do not make two numbers different.
  比较印在文档上的编号：岗位说明书的 `basic.code`（职位编号）、制度的 `doc_number`（文号）
  和表单的 `number`（表单编号）。按文件名排序的第一个文件保留该编号；其后同类文档使用
  相同编号的，在编号处报告，并写明第一个文件。空格和字母大小写不同不算不同的编号。

Why / 为什么:
  On paper the number is how a document is filed, cited and withdrawn: a form is asked for by
  its number, a policy is cited by its 文号. Two documents with one number mean the wrong
  form gets filled in or the wrong policy gets replaced. It usually happens when a file is
  copied as the start of a new one and the number is not changed.
  在纸面上，编号是文档归档、引用和废止的依据：表单按编号领用，制度按文号引用。两个
  文档同用一个编号，就会填错表单或替换错制度。这通常发生在复制旧文件作为新文件的
  起点而忘了改编号之后。

Example / 示例:

```yaml fail
# file: modules/complaint/forms/complaint-register.yaml
kind: form
id: complaint-register
title: 客户投诉登记表
number: KF-BD-05
fields: [{label: 客户姓名}]
# file: modules/complaint/forms/complaint-visit-record.yaml
kind: form
id: complaint-visit-record
title: 投诉回访记录表
number: KF-BD-05
fields: [{label: 客户姓名}]
```

```yaml pass
# file: modules/complaint/forms/complaint-register.yaml
kind: form
id: complaint-register
title: 客户投诉登记表
number: KF-BD-05
fields: [{label: 客户姓名}]
# file: modules/complaint/forms/complaint-visit-record.yaml
kind: form
id: complaint-visit-record
title: 投诉回访记录表
number: KF-BD-06
fields: [{label: 客户姓名}]
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import ProjectContext
from jobkit.lint.rules.jk5._project import linted_last
from jobkit.problems import Message, Problem

ID = "JK510"
NAME = "duplicate-number"
LEVEL = "warning"
KINDS = ()
SCOPE = "project"

# kind -> (path of the number, its name in Chinese and English)
_NUMBERS = {"job": (("basic", "code"), "职位编号", "job code"),
            "policy": (("doc_number",), "文号", "document number"),
            "form": (("number",), "表单编号", "form number")}


def _number_of(model, path: tuple[str, ...]) -> str | None:
    value = model
    for key in path:
        value = getattr(value, key, None)
    return value if isinstance(value, str) and value.strip() else None


def check(project: ProjectContext) -> Iterator[Problem]:
    first: dict[tuple[str, str], object] = {}
    for doc in sorted(project.documents, key=linted_last(project)):
        if doc.model.kind not in _NUMBERS:
            continue
        path, name_zh, name_en = _NUMBERS[doc.model.kind]
        number = _number_of(doc.model, path)
        if number is None:
            continue
        key = (doc.model.kind, "".join(number.split()).casefold())
        original = first.setdefault(key, doc)
        if original is not doc:
            yield doc.finding(path, Message(
                f"{name_zh} {number} 已被 {original.file} 使用：请为本文档另编一个号。",
                f"{name_en} {number} is already used by {original.file}: give this document "
                "a number of its own"), length=len(number))
