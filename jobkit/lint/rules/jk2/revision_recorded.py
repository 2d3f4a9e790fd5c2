"""An approved document was changed without a new entry in its revision history.

已批准的文档内容有改动，但修订记录没有新增条目。

What it does / 检查内容:
  For a document that is `status: approved` both now and in git's base revision, compares
  its content (everything except `revisions`, `approval`, `status` and the review dates) with
  the committed version, and reports when it differs while `revisions` has no more entries
  than before. The base is `HEAD` (the last commit: what pre-commit sees), or the revision in
  the environment variable `JOBKIT_REVISION_BASE` (in a pull request, its base commit).
  Outside a git repository, or for a file git does not know yet, nothing is checked.
  对现在和 git 基准版本中都是 `status: approved` 的文档，比较其内容（`revisions`、`approval`、
  `status` 和复核日期以外的全部字段）与已提交的版本；内容不同而修订记录条目没有增加时报告。
  基准默认为 `HEAD`（最近一次提交，即 pre-commit 看到的情况），也可以用环境变量
  `JOBKIT_REVISION_BASE` 指定（在拉取请求中设为其基准提交）。不在 git 仓库中或文件尚未
  纳入 git 时不检查。

Why / 为什么:
  An approved job description or policy is what recruitment, appraisal and audits rely on;
  ISO 9001:2015 clause 7.5.3 asks that changes to documented information be controlled, and
  a revision history is how a reader tells which version was approved and what changed since.
  `jobkit diff --rev HEAD --propose-revision` suggests the entry.
  已批准的岗位说明书和制度是招聘、考核和审核的依据；GB/T 19001—2016（ISO 9001:2015）
  7.5.3 要求对成文信息的更改进行控制，修订记录让读者知道哪一版经过批准、此后改了什么。
  `jobkit diff --rev HEAD --propose-revision` 可给出建议的修订条目。

Example / 示例:

```yaml fail
# committed: modules/complaint/jobs/example.yaml
status: approved
# file: modules/complaint/jobs/example.yaml
status: approved
summary: 受理、调查和处理客户投诉，对处理时效、处理质量和客户满意度负责。
```

```yaml pass
# committed: modules/complaint/jobs/example.yaml
status: approved
# file: modules/complaint/jobs/example.yaml
status: approved
summary: 受理、调查和处理客户投诉，对处理时效、处理质量和客户满意度负责。
revisions:
  - {version: "1.1", date: 2026-09-01, author: 客户服务部, summary: 工作概要增加处理质量}
```
"""
from __future__ import annotations

from jobkit.errors import InputError
from jobkit.lint.rules.jk2._git import base, committed_text
from jobkit.load import load_text
from jobkit.problems import Message

ID = "JK210"
NAME = "revision-recorded"
LEVEL = "warning"
KINDS = ()  # every kind

_NOT_CONTENT = ("revisions", "approval", "status", "last_reviewed", "review_cycle_months")


def _content(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in _NOT_CONTENT}


def check(ctx):
    data = ctx.data
    if data.get("status") != "approved":
        return
    text = committed_text(ctx.path)
    if text is None:
        return
    try:
        old = load_text(text, f"{base()}:{ctx.file}").data
    except InputError:
        return
    if not isinstance(old, dict) or old.get("status") != "approved":
        return
    if _content(old) == _content(data):
        return
    before, after = len(old.get("revisions") or []), len(data.get("revisions") or [])
    if after > before:
        return
    at = ("revisions",) if "revisions" in data else ("status",)
    yield ctx.finding(at, Message(
        f"这份已批准的文档与 {base()} 相比内容有改动，但修订记录没有新增条目；请在 revisions 中"
        "写明这次修订（版本号、日期、修订人、修订内容），或把 status 改回 review 重新审批。",
        f"this approved document's content differs from {base()}, but its revision history "
        "has no new entry; add one to revisions (version, date, author, summary), or set "
        "status back to review for a new approval"))
