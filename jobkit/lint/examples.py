"""Run a rule's documented examples: the failing one must raise it, the passing one must not.

An example is YAML merged onto a clean base document of the rule's kind (mappings merge, lists
and text replace, null removes a key), so documentation shows only what matters. An example
made of several files marks each with a line `# file: PATH` and gives each its `kind`;
`# file: jobkit.yaml` sets the configuration. A file marked `# committed: PATH` is committed to
a new git repository in the example's folder first, as the version the files are compared with.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from jobkit.config import load_config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.rule import Rule
from jobkit.problems import Problem
from jobkit.scaffold import DIMENSIONS

BASES = {
    "job": """\
kind: job
id: complaint-specialist
module: complaint
basic:
  title: 投诉处理专员
  department: 客户服务部
  reports_to: 客服主管
  headcount: 2
  nature: 专业类
summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
    time_pct: 50
    authority: 执行
    outputs: [客户投诉登记表]
    kpis: [投诉登记及时率]
  - title: 投诉处理
    statement: 调查核实投诉事实，拟订处理方案并答复客户
    standard: 处理方案符合公司补偿标准，客户接受率不低于85%
    deadline: 受理后48小时内
    time_pct: 30
    authority: 执行
    outputs: [投诉处理方案]
    kpis: [投诉按时办结率]
  - title: 结案回访
    statement: 回访已结案的投诉客户并记录满意度评分
    standard: 回访覆盖全部已结案投诉，记录完整
    deadline: 结案后3个工作日内
    time_pct: 20
    authority: 执行
    outputs: [回访记录]
    kpis: [投诉按时办结率]
qualifications:
  education: {level: 大专, major: 市场营销或相近专业}
  experience: {years: 1, field: 客户服务}
  abilities: [沟通表达能力, 情绪管理能力]
  demographics: 不限
environment:
  workplace: 客户服务中心办公室
  schedule: 做五休二，节假日轮班
kpis:
  - {name: 投诉登记及时率, target: ">=98%", weight: 40, period: 月度}
  - {name: 投诉按时办结率, target: ">=95%", weight: 60, period: 月度}
""",
    "policy": """\
kind: policy
id: complaint-policy
module: complaint
title: 客户投诉管理制度
issuer: 客户服务部
purpose: 规范客户投诉的受理、调查、处理和回访，缩短处理时间，提高客户满意度。
basis: [《中华人民共和国消费者权益保护法》]
scope: 本制度适用于公司各业务线的客户投诉处理工作。
chapters:
  - title: 投诉受理
    articles:
      - 客户服务部通过热线电话、电子邮件和在线客服统一受理客户投诉。
      - {text: 投诉登记内容包括：, items: [客户信息, 投诉事项, 客户期望的处理结果]}
interpretation: 客户服务部
effective: 自发布之日起施行
""",
    "process": """\
kind: process
id: complaint-process
module: complaint
title: 客户投诉处理流程
lanes: [客户, 投诉处理专员, 客服主管]
steps:
  - {id: s1, lane: 客户, type: start, action: 提交投诉, next: s2}
  - {id: s2, lane: 投诉处理专员, action: 登记并分类投诉, output: 客户投诉登记表, next: s3}
  - {id: s3, lane: 客服主管, type: decision, action: 是否需要升级处理, next: {是: s4, 否: s5}}
  - {id: s4, lane: 客服主管, action: 审核重大投诉的处理方案, next: s5}
  - {id: s5, lane: 投诉处理专员, type: end, action: 答复客户并归档}
""",
    "tool": """\
kind: tool
id: complaint-quality-checklist
module: complaint
title: 投诉处理质量检查表
tool_type: checklist
purpose: 供客服主管每周抽查投诉处理质量。
sections:
  - title: 受理环节
    items:
      - {text: 是否在30分钟内完成登记}
      - {text: 登记信息是否完整}
""",
    "form": """\
kind: form
id: complaint-register
module: complaint
title: 客户投诉登记表
fields:
  - {label: 客户名称, span: 2}
  - {label: 联系电话}
  - {label: 投诉内容, span: 4, lines: 3}
signatures: [登记人]
""",
    "plan": """\
kind: plan
id: complaint-rollout
module: complaint
title: 客户投诉管理体系实施方案
objectives: [六个月内投诉平均处理时长缩短至48小时以内]
phases:
  - {name: 调研诊断, start: 2026-01-05, end: 2026-01-30, owner: 客户服务部}
  - {name: 试点运行, start: 2026-02-02, end: 2026-03-31, owner: 客户服务部}
""",
    "pack": """\
kind: pack
id: customer-service
title: 客户服务管理体系
organization: {name: 示例服务有限公司}
modules: [complaint]
""",
}

_FILE_MARK = re.compile(r"^# file: (\S+)\s*$", re.M)
_COMMITTED_MARK = re.compile(r"^# committed: (\S+)\s*$", re.M)


def merge(base: object, change: object) -> object:
    """Mappings merge key by key (null removes a key); anything else replaces."""
    if isinstance(base, dict) and isinstance(change, dict):
        merged = dict(base)
        for key, value in change.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = merge(base.get(key), value)
        return merged
    return change


def _document(kind: str, snippet: str) -> str:
    change = yaml.safe_load(snippet) or {}
    if isinstance(change, dict) and "kind" in change and change["kind"] != kind:
        kind = change["kind"]
    if "# jobkit:" in snippet:  # suppression comments must stay on their lines: keep verbatim
        rest = {k: v for k, v in yaml.safe_load(BASES[kind]).items() if k not in change}
        return yaml.safe_dump(rest, allow_unicode=True, sort_keys=False) + snippet
    data = merge(yaml.safe_load(BASES[kind]), change)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write_example(rule: Rule, text: str, folder: Path) -> None:
    """Write an example's files into folder."""
    kind = rule.kinds[0] if rule.kinds else "job"
    parts = _FILE_MARK.split(text)
    if len(parts) == 1:
        name = "pack.yaml" if kind == "pack" else f"modules/complaint/{DIMENSIONS[kind]}/example.yaml"
        _write(folder / name, _document(kind, text))
        return
    committed = _COMMITTED_MARK.split(parts[0])
    if len(committed) > 1:
        for name, body in zip(committed[1::2], committed[2::2]):
            _write(folder / name, _document(kind, body))
        _commit(folder)
    for name, body in zip(parts[1::2], parts[2::2]):
        content = body if name.endswith("jobkit.yaml") else _document(kind, body)
        _write(folder / name, content)


def _commit(folder: Path) -> None:
    import subprocess

    who = ["-c", "user.name=jobkit example", "-c", "user.email=example@example.com"]
    for command in (["init", "-q"], ["add", "."], [*who, "commit", "-q", "-m", "base"]):
        subprocess.run(["git", *command], cwd=folder, check=True, capture_output=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_example(rule: Rule, text: str, folder: Path) -> list[Problem]:
    """The findings of this rule on the example."""
    write_example(rule, text, folder)
    config = load_config(folder)
    result = lint_paths([folder], config, LintOptions())
    return [f for f in result.findings if f.code == rule.id]
