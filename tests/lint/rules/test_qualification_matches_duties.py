"""JK201 qualification-matches-duties: managers list a management ability; languages, licences
and tools named in duties have a matching qualification."""
from __future__ import annotations

import textwrap
from types import MappingProxyType

import pytest

from jobkit.config import Config, LintSettings
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: job
id: complaint-supervisor
basic:
  title: 投诉主管
  department: 客户服务部
summary: 负责投诉处理组的日常运行，对投诉处理时效和质量负责。
"""


def lint(tmp_path, body: str, config: Config | None = None):
    path = tmp_path / "job.yaml"
    path.write_text(HEAD + textwrap.dedent(body), encoding="utf-8")
    findings = lint_paths([path], config or Config(), LintOptions(select=("JK201",))).findings
    assert all(f.code == "JK201" for f in findings), [f.format("en") for f in findings]
    return findings


def test_directing_duty_without_management_ability_is_found_at_the_phrase(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 团队日常运行
            statement: 编制月度排班表，指导并考核投诉处理专员的工作质量
        qualifications:
          abilities: [沟通表达能力, 情绪管理能力]
        """)
    assert len(found) == 1
    assert (found[0].line, found[0].col) == (9, 24)  # at 指导, not at the start of the text
    assert found[0].path == "duties[0].statement"
    assert "团队管理能力" in found[0].message.zh


def test_subordinates_alone_make_a_post_supervisory(tmp_path):
    body = """\
        duties:
          - title: 投诉质量复核
            statement: 复核重大投诉的处理方案并签发答复函
        relations:
          supervises: [complaint-specialist]
        """
    found = lint(tmp_path, body)
    assert [(f.line, f.col, f.path) for f in found] == [(11, 15, "relations.supervises")]
    with_ability = body.rstrip(" ") + "        qualifications:\n          abilities: [组织协调能力]\n"
    assert lint(tmp_path, with_ability) == []


@pytest.mark.parametrize("ability", [
    "团队管理能力", "组织协调能力", "带教辅导能力", "领导力", "3年以上客服团队管理经验"])
def test_a_management_ability_satisfies_the_rule(tmp_path, ability):
    assert lint(tmp_path, f"""\
        duties:
          - title: 团队日常运行
            statement: 带领投诉处理组完成月度服务指标，考核组员的工作绩效
        qualifications:
          abilities: [{ability}]
        """) == []


def test_look_alikes_of_management_do_not_count_as_ability(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 团队日常运行
            statement: 管理投诉处理团队，安排班次并检查服务质量
        qualifications:
          abilities: [情绪管理能力, 时间管理能力, 服从领导安排]
        """)
    assert len(found) == 1


@pytest.mark.parametrize("statement", [
    "在投诉主管的指导下受理一般投诉并登记分类",
    "接受客服主管的考核，按月提交工作小结",
    "整理客户档案并完善档案管理台账",
    "向管理团队汇报月度投诉数据",
    "指导客户正确使用产品并解答操作问题",
    "配合人力资源部完成员工考核资料的收集",
    "向部门领导汇报团队的月度工作情况",
    "核对客户信息管理专员提交的资料变更申请",
    "整理员工档案并按季度更新",
])
def test_being_directed_or_directing_things_is_not_supervising(tmp_path, statement):
    assert lint(tmp_path, f"""\
        duties:
          - title: 日常工作
            statement: {statement}
        """) == []


def test_language_in_a_duty_needs_a_language_qualification(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 海外投诉处理
            statement: 用英语受理海外客户的邮件投诉并登记分类
        """)
    assert [(f.line, f.col) for f in found] == [(9, 17)]
    assert "qualifications.languages" in found[0].message.zh
    assert found[0].end_col == 19


@pytest.mark.parametrize("qualification", [
    "  languages: [英语读写熟练]",
    "  abilities: [良好的英文书面表达能力]",
    "  certificates: [大学英语六级（CET-6）]",
    "  education: {level: 本科, major: 英语}",
])
def test_language_is_met_by_any_qualification_field(tmp_path, qualification):
    assert lint(tmp_path, f"""\
        duties:
          - title: 海外投诉处理
            statement: 用英语受理海外客户的邮件投诉并登记分类
        qualifications:
        {qualification}
        """) == []


def test_tool_is_met_by_office_skills_or_equipment(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - title: 投诉数据分析
            statement: 用Excel汇总月度投诉数据，在CRM中标注重点客户
        equipment: [计算机, 客户关系管理系统]
        qualifications:
          skills: [熟练使用办公软件]
        """) == []


def test_tool_without_skill_is_reported_once(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 投诉数据分析
            statement: 用Excel汇总月度投诉数据
          - title: 周报编制
            statement: 用Excel编制投诉周报
        """)
    assert [(f.line, f.col, f.path) for f in found] == [(9, 17, "duties[0].statement")]
    assert found[0].suggestion.zh == "熟练使用Excel"


def test_latin_tool_names_match_whole_words_only(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - title: 服务改进
            statement: 收集客户对excellent服务评级的意见并整理改进建议
        """) == []


def test_licence_work_needs_a_certificate(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 上门走访
            statement: 驾驶公司车辆上门走访重大投诉客户
        """)
    assert len(found) == 1 and "驾驶证" in found[0].message.zh
    assert lint(tmp_path, """\
        duties:
          - title: 上门走访
            statement: 驾驶公司车辆上门走访重大投诉客户
        qualifications:
          certificates: [C1及以上机动车驾驶证]
        """) == []


def test_words_inside_quoted_titles_are_ignored(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - title: 制度执行
            statement: 按《公司Excel报表模板使用规范》检查投诉台账的填写质量
        """) == []


def test_projects_can_add_requirements(tmp_path):
    config = Config(lint=LintSettings(words=MappingProxyType(
        {"jk2_tools": ("Axure = 原型设计|Axure",)})))
    found = lint(tmp_path, """\
        duties:
          - title: 服务界面优化
            statement: 用Axure绘制自助服务页面原型
        """, config)
    assert len(found) == 1 and found[0].suggestion.zh == "熟练使用原型设计"
