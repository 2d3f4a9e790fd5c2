"""A duty is a major area of work, not a tiny one-off task (打印文件) or a two-word note.

职责应是一个主要工作领域，而不是很小的单项任务（如“打印文件”）或过短的几个字。

What it does / 检查内容:
  Reports a duty whose `statement` has 4 characters or fewer (受理投诉: say for whom, how and
  with what result), and a short statement (at most 12 characters) that opens with a small
  act of jk1-trivial-tasks.txt (打印, 复印, 订餐, 收发快递, 接电话 …). A duty that takes 15% of
  the working time or more is never reported as trivial, and a catch-all duty is not checked.
  Level info: for some posts (a receptionist) such acts are the job.
  `statement` 不超过 4 个字时报告（如“受理投诉”：应说明对象、方式和结果）；不超过 12 个字、
  且以 jk1-trivial-tasks.txt 中的小任务（打印、复印、订餐、收发快递、接电话……）开头时报告。
  时间占比 15% 及以上的职责不视为小任务；兜底职责不检查。级别为提示：对前台等岗位，
  这些工作本身就是主要职责。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): duties are designed around the job's
  goals, one area of work at a time; a small task is not made into a duty of its own.
  《客户服务管理体系设计全案》（弗布克管理咨询）：岗位职责围绕工作目标，按工作大类逐类设计，很小的
  单项任务不应单独列为一项职责。

Example / 示例:

```yaml fail
duties:
  - title: 文件打印
    statement: 打印部门文件
    time_pct: 5
```

```yaml pass
duties:
  - title: 部门文书管理
    statement: 起草、印发和归档部门通知、会议纪要等文件，建立文件收发台账
    time_pct: 10
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import cjk_length, duties, has_cjk, is_catch_all, lexicon
from jobkit.lint.rules.jk1._verbs import skip_adverbials
from jobkit.problems import Message

ID = "JK105"
NAME = "duty-not-trivial"
LEVEL = "info"
KINDS = ("job",)

MIN_LENGTH = 4
SHORT = 12
MAJOR_SHARE = 15


def _trivial(text: str, ctx) -> str | None:
    start = skip_adverbials(text, 0, lexicon(ctx.words))
    for size in range(6, 0, -1):
        if text[start:start + size] in ctx.words["jk1-trivial-tasks"]:
            return text[start:start + size]
    return None


def check(ctx):
    for index, duty in duties(ctx):
        text = duty.statement or ""
        if not has_cjk(text) or is_catch_all(duty, ctx.words):
            continue
        if duty.time_pct is not None and duty.time_pct >= MAJOR_SHARE:
            continue
        length = cjk_length(text)
        if length <= MIN_LENGTH:
            yield ctx.finding(
                ("duties", index, "statement"),
                Message(f"职责描述只有 {length} 个字，说不清一个工作领域；请写明对象、做法和结果，"
                        "例如“受理客户经电话和在线渠道提交的投诉并登记分类”。",
                        f"the statement has only {length} characters: say what is acted on, "
                        "how, and with what result"))
            continue
        act = _trivial(text, ctx) if length <= SHORT else None
        if act:
            yield ctx.finding(
                ("duties", index, "statement"),
                Message(f"“{act}”是一项很小的具体任务，不宜单列为岗位职责；请并入它所服务的工作领域"
                        "（如“部门文书管理”），或删去。",
                        f"'{act}' is a small task, not a duty: fold it into the area of work it "
                        "serves (e.g. 部门文书管理) or drop it"),
                offset=text.find(act), length=len(act))
