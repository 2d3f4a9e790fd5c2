"""Two jobs carry nearly the same duty: overlapping responsibility.

两个岗位写了几乎相同的职责：职责重叠。

What it does / 检查内容:
  Compares the duty statements of every pair of jobs, ignoring punctuation and spaces, and
  reports a pair whose similarity is 90% or more (difflib ratio). The finding is on the duty
  of the job that comes later in file order and names the other job and duty. A superior and
  its direct subordinate may share wording when the superior's duty directs the work
  (审核、指导、监督、抽查……) and the subordinate's does it: such pairs are not reported.
  A duty that is shared on purpose (a rota, a deputy who stands in) is marked in the reported
  job by a comment on the line above its `statement:` (the finding is on that line, also when
  the statement is a block scalar): `# jobkit: disable-next-line=duplicate-duty-across-jobs`.
  逐对比较各岗位的职责描述（忽略标点和空格），相似度达到 90%（difflib ratio）即报告。
  结果报告在按文件名排在后面的岗位的职责上，并写明另一个岗位和职责。上级与其直接下属
  措辞相近、而上级职责是指导性的（审核、指导、监督、抽查……）时不报告。确需共担的职责
  （轮值、副职代行等），在被报告岗位该职责的 `statement:` 的上一行加注释
  `# jobkit: disable-next-line=duplicate-duty-across-jobs` 予以标明（statement 为多行文本时，
  结果同样报告在 `statement:` 这一行）。

Why / 为什么:
  Everyone in a service team should know which duties are theirs, so that work is not done
  twice and nobody can point at someone else; posts are set up for the work to be done
  (因事设岗), each with its own duties. Two posts with the same duty leave it unclear who
  answers for the result.
  团队中每个人都应清楚哪些职责属于自己，才不会重复劳动、互相推诿；岗位按工作需要设置
  （因事设岗），每个岗位有自己的职责。两个岗位写同一职责，结果由谁负责就说不清了。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    time_pct: 100
# file: modules/complaint/jobs/hotline-agent.yaml
kind: job
id: hotline-agent
basic: {title: 热线座席员}
duties:
  - title: 来电受理
    statement: 受理客户经电话、邮件、在线渠道提交的投诉，并登记分类
    time_pct: 100
```

```yaml pass
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    time_pct: 100
# file: modules/complaint/jobs/hotline-agent.yaml
kind: job
id: hotline-agent
basic: {title: 热线座席员}
duties:
  - title: 来电转接
    statement: 接听客户来电，识别投诉诉求后转接投诉处理专员并记录来电要素
    time_pct: 100
```
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import islice
from typing import Iterator, NamedTuple

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import Jobs, job, jobs
from jobkit.problems import Message, Problem

ID = "JK505"
NAME = "duplicate-duty-across-jobs"
LEVEL = "warning"
KINDS = ("job",)
SCOPE = "project"

THRESHOLD = 0.9
MIN_LENGTH = 4  # shorter statements are left to the duty phrasing rules
SHOWN = 3  # repeats named in a finding; the rest are counted
# ratio = 2·matches / (len a + len b) >= 0.9 needs the shorter to be >= 0.9/1.1 of the longer
LENGTH_RATIO = THRESHOLD / (2 - THRESHOLD)
# Cheap filter before difflib: at ratio 0.9 at most a tenth of the characters differ and each
# breaks at most two character pairs, so similar statements share about 70% of their pairs.
SHARED_PAIRS = 0.6
_NOT_TEXT = re.compile(r"[\W_]+")
# Verbs of directing others' work (上级行为 in the verb groups of 《客户服务管理体系设计全案》):
# a superior's version of a duty.
DIRECTING = ("审核", "审批", "审定", "审查", "批准", "复核", "指导", "督导", "督促", "督办",
             "监督", "监控", "检查", "抽查", "考核", "评估", "把关", "统筹")


class Entry(NamedTuple):
    doc: DocumentContext
    index: int
    text: str  # the statement without punctuation and spaces
    pairs: frozenset[str]  # its character bigrams


def check(project: ProjectContext) -> Iterator[Problem]:
    index = jobs(project)
    order = lambda entry: _order(entry, project)  # noqa: E731
    groups: dict[str, list[Entry]] = {}  # identical statements are compared once
    for entry in sorted(_entries(index), key=order):
        groups.setdefault(entry.text, []).append(entry)
    # reported duty → (the duty, the first few duties it repeats, how many it repeats)
    repeats: dict[tuple[int, int], list] = {}

    def note(later: Entry, firsts: list[Entry], count: int) -> None:
        record = repeats.setdefault((id(later.doc), later.index), [later, [], 0])
        record[1].extend(firsts)
        record[2] += count

    for group in groups.values():
        # Identical text: no verb can set a superior's version apart, so every earlier copy
        # in another job counts; name the first few, count the rest (linear, not pairwise).
        per_doc: Counter[int] = Counter()
        for position, later in enumerate(group):
            count = position - per_doc[id(later.doc)]
            if count:
                note(later, _first_others(group, position, later), count)
            per_doc[id(later.doc)] += 1
    for rep, others in _candidates([group[0] for group in groups.values()]):
        matcher = SequenceMatcher(None, "", rep.text, autojunk=False)  # b is analysed once
        for other in others:
            matcher.set_seq1(other.text)
            if matcher.quick_ratio() < THRESHOLD or matcher.ratio() < THRESHOLD:
                continue
            for a in groups[rep.text]:
                for b in groups[other.text]:
                    if a.doc is not b.doc and not _directed(index, a, b):
                        first, later = sorted((a, b), key=order)
                        note(later, [first], 1)
    for later, firsts, count in repeats.values():
        yield _report(later, sorted(firsts, key=order)[:SHOWN], count)


def _first_others(group: list[Entry], position: int, later: Entry) -> list[Entry]:
    """The first few entries before position that belong to another job."""
    found = []
    for entry in islice(group, position):
        if entry.doc is not later.doc:
            found.append(entry)
            if len(found) == SHOWN:
                break
    return found


def _order(entry: Entry, project: ProjectContext) -> tuple[bool, str, int]:
    """The later of two repeats is reported: a document being linted sorts last."""
    return project.is_linted(entry.doc), entry.doc.file, entry.index


def _entries(index: Jobs) -> Iterator[Entry]:
    for doc in index.docs:
        for number, duty in enumerate(job(doc).duties):
            text = _NOT_TEXT.sub("", duty.statement)
            if len(text) >= MIN_LENGTH:
                pairs = frozenset(text[i:i + 2] for i in range(len(text) - 1))
                yield Entry(doc, number, text, pairs)


def _candidates(entries: list[Entry]) -> Iterator[tuple[Entry, list[Entry]]]:
    """Each statement with the earlier ones it may repeat, without comparing all pairs.

    Prefix filtering: order each statement's bigrams rarest first; two statements that share
    at least SHARED_PAIRS of the larger one's bigrams share one among the first
    len - ceil(SHARED_PAIRS · len) + 1 of each, so only those are indexed.
    """
    frequency: Counter[str] = Counter()
    for entry in entries:
        frequency.update(entry.pairs)
    postings: dict[str, list[Entry]] = {}
    for entry in entries:
        ranked = sorted(entry.pairs, key=lambda pair: (frequency[pair], pair))
        prefix = ranked[:len(ranked) - math.ceil(SHARED_PAIRS * len(ranked)) + 1]
        size, pairs = len(entry.text), entry.pairs
        low, high = size * LENGTH_RATIO, size / LENGTH_RATIO
        seen: set[int] = set()
        close = []
        for pair in prefix:
            for other in postings.get(pair, ()):
                key = id(other)
                if key in seen:
                    continue
                seen.add(key)
                if low <= len(other.text) <= high and len(other.pairs & pairs) >= \
                        SHARED_PAIRS * max(len(other.pairs), len(pairs)):
                    close.append(other)
        if close:
            yield entry, close
        for pair in prefix:
            postings.setdefault(pair, []).append(entry)


def _directed(index: Jobs, a: Entry, b: Entry) -> bool:
    """A superior's directing version of its direct subordinate's duty."""
    for boss, staff in ((a, b), (b, a)):
        if _directly_above(index, boss.doc, staff.doc):
            verbs = [v for v in DIRECTING if v in boss.text and v not in staff.text]
            if verbs:
                return True
    return False


def _directly_above(index: Jobs, boss: DocumentContext, staff: DocumentContext) -> bool:
    return any(d is boss for d in index.up(staff)) or any(d is staff for d in index.down(boss))


def _report(entry: Entry, others: list[Entry], total: int) -> Problem:
    duty = job(entry.doc).duties[entry.index]
    names_zh = "；".join(f"{e.doc.model.id}（{e.doc.file}）的第 {e.index + 1} 项职责“"
                        f"{job(e.doc).duties[e.index].title}”" for e in others)
    names_en = "; ".join(f"duty {e.index + 1} ({job(e.doc).duties[e.index].title}) of "
                         f"{e.doc.model.id} ({e.doc.file})" for e in others)
    if total > len(others):
        names_zh += f"等 {total} 项职责"
        names_en += f" and {total - len(others)} more"
    path = ("duties", entry.index, "statement")
    problem = entry.doc.finding(path, Message(
        f"职责“{duty.title}”与 {names_zh} 几乎相同：请明确由哪个岗位负责，另一岗位改写为"
        "配合或复核的内容；确需共担的，在 statement: 的上一行加 "
        "# jobkit: disable-next-line=duplicate-duty-across-jobs。",
        f"duty “{duty.title}” is nearly the same as {names_en}: decide which job owns it and "
        "rewrite the other as support or review; if the duty is shared on purpose, add "
        "# jobkit: disable-next-line=duplicate-duty-across-jobs above statement:"),
        length=len(duty.statement))
    return _at_key_of_block(entry.doc, path, problem)


def _at_key_of_block(doc: DocumentContext, path: tuple, problem: Problem) -> Problem:
    """Text below its key (a block scalar) cannot carry a comment: point at `statement:`."""
    line, col = doc.loaded.source_map.key_position(path)
    if line == problem.line:
        return problem
    return dataclasses.replace(problem, line=line, col=col, end_line=None, end_col=None)
